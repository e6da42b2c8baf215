/**
 * What the two searches of the flow kernel share (the dense one of `augment.ts` and the sparse one
 * of `sparseAugment.ts`): their scratch arrays, the group edges of a scanned row, the rows a full
 * column leads to, the swaps within column groups, and the end of a search (the potential update
 * and the shift of the units along the path). The graph and the argument are in `augment.ts`.
 */
import { siftUp } from './heap.js';
import { type FlowNetwork, link, slotOf, unlink } from './network.js';
import { indexedCost, type RowIndex } from './rowIndex.js';

/** Scratch arrays of the search, allocated once per solve. */
export interface SearchScratch {
  /** Column distances; `m + 1` entries (the last: the extra column). */
  readonly dc: Float64Array;
  /** Row from which each column was reached. */
  readonly colPred: Int32Array;
  /**
   * With column groups: the column that `colPred` gives up to take each column (a swap within a
   * group), or -1 when the column was reached from a scanned row.
   */
  readonly colVia: Int32Array;
  /** Unscanned live real columns. */
  readonly others: Int32Array;
  /** Columns scanned in the current search. */
  readonly scannedCols: Int32Array;
  /** Columns from which no column with room can be reached any more. */
  readonly dead: Uint8Array;
  /** During a row scan: 1 + the row of the scanned row's group that uses each column, else 0. */
  readonly blocked: Int32Array;
  /** Row distances. */
  readonly dr: Float64Array;
  /** Column a reached row would give up. */
  readonly rowVia: Int32Array;
  /** Group mate a reached row gives its column up to, `-1` when reached from the column itself. */
  readonly rowFrom: Int32Array;
  /** Search stamp when a row was reached... */
  readonly rowSeen: Int32Array;
  /** ...and when it was scanned. */
  readonly rowDone: Int32Array;
  /** Binary heap of reached, unscanned rows, by distance. */
  readonly heap: Int32Array;
  /** Position of each row in the heap. */
  readonly heapPos: Int32Array;
  /** Rows scanned in the current search. */
  readonly scannedRows: Int32Array;
  /** Sparse search: binary heap of reached, unscanned columns, by distance... */
  readonly colHeap: Int32Array;
  /** ...their positions... */
  readonly colHeapPos: Int32Array;
  /** ...and the search stamps when a column was reached and scanned. */
  readonly colSeen: Int32Array;
  readonly colDone: Int32Array;
  /** Current search stamp. */
  stamp: number;
}

/** Allocates the scratch arrays for `n` rows and `m` real columns: O(n + m). */
export function createScratch(n: number, m: number): SearchScratch {
  return {
    dc: new Float64Array(m + 1),
    colPred: new Int32Array(m + 1),
    colVia: new Int32Array(m + 1).fill(-1),
    others: new Int32Array(m),
    scannedCols: new Int32Array(m + 1),
    dead: new Uint8Array(m + 1),
    blocked: new Int32Array(m),
    dr: new Float64Array(n),
    rowVia: new Int32Array(n),
    rowFrom: new Int32Array(n),
    rowSeen: new Int32Array(n),
    rowDone: new Int32Array(n),
    heap: new Int32Array(n),
    heapPos: new Int32Array(n),
    scannedRows: new Int32Array(n),
    colHeap: new Int32Array(m),
    colHeapPos: new Int32Array(m),
    colSeen: new Int32Array(m),
    colDone: new Int32Array(m),
    stamp: 0,
  };
}

/** Marks in `blocked` (1 + the row) every column that row `row` or a group mate of it uses. */
export function blockGroup(net: FlowNetwork, blocked: Int32Array, row: number): void {
  const { m, slotCol, rowStart, groupOf, groupStart, groupRows } = net;
  markColumnGroups(net, blocked, row, row + 1);
  const g = groupOf === null ? -1 : (groupOf[row] as number);
  const first = g < 0 ? row : ((groupStart as Int32Array)[g] as number);
  const last = g < 0 ? row + 1 : ((groupStart as Int32Array)[g + 1] as number);
  for (let q = first; q < last; q++) {
    const k = g < 0 ? row : ((groupRows as Int32Array)[q] as number);
    const end = rowStart[k + 1] as number;
    for (let t = rowStart[k] as number; t < end; t++) {
      const j = slotCol[t] as number;
      if (j >= 0 && j < m) blocked[j] = k + 1;
    }
  }
}

/**
 * Relaxes the group edges of row `row` (scanned with `offset` = its distance minus its potential):
 * to each mate using a column, which it would give up to `row`; clears the marks of
 * {@link blockGroup}. Returns the row heap's size.
 */
export function relaxMates(net: FlowNetwork, sc: SearchScratch, row: number, offset: number, heapSize: number): number {
  const { m, cost, sparse, slotCol, slotCost, rowStart, u, groupOf, groupStart, groupRows } = net;
  const { blocked, dr, rowVia, rowFrom, rowSeen, rowDone, heap, heapPos } = sc;
  const stamp = sc.stamp;
  const base = row * m;
  const g = groupOf === null ? -1 : (groupOf[row] as number);
  const first = g < 0 ? row : ((groupStart as Int32Array)[g] as number);
  const last = g < 0 ? row + 1 : ((groupStart as Int32Array)[g + 1] as number);
  let size = heapSize;
  for (let q = first; q < last; q++) {
    const k = g < 0 ? row : ((groupRows as Int32Array)[q] as number);
    const end = rowStart[k + 1] as number;
    for (let t = rowStart[k] as number; t < end; t++) {
      const j = slotCol[t] as number;
      if (j < 0 || j >= m) continue;
      blocked[j] = 0;
      if (k === row || rowDone[k] === stamp) continue;
      const c = cost !== null ? (cost[base + j] as number) : indexedCost(sparse as RowIndex, row, j);
      const h = c - (slotCost[t] as number) + offset + (u[k] as number);
      if (rowSeen[k] !== stamp) {
        if (h === Number.POSITIVE_INFINITY) continue;
        rowSeen[k] = stamp;
        dr[k] = h;
        rowVia[k] = j;
        rowFrom[k] = row;
        siftUp(heap, heapPos, dr, size++, k);
      } else if (h < (dr[k] as number)) {
        dr[k] = h;
        rowVia[k] = j;
        rowFrom[k] = row;
        siftUp(heap, heapPos, dr, heapPos[k] as number, k);
      }
    }
  }
  markColumnGroups(net, blocked, row, 0);
  return size;
}

/** Sets `blocked` to `mark` on every column of a column group that row `row` holds a column of. */
function markColumnGroups(net: FlowNetwork, blocked: Int32Array, row: number, mark: number): void {
  const { m, slotCol, rowStart, colGroupOf, colGroupStart, colGroupCols } = net;
  if (colGroupOf === null) return;
  const end = rowStart[row + 1] as number;
  for (let t = rowStart[row] as number; t < end; t++) {
    const j = slotCol[t] as number;
    if (j < 0 || j >= m) continue;
    const g = colGroupOf[j] as number;
    const last = (colGroupStart as Int32Array)[g + 1] as number;
    for (let q = (colGroupStart as Int32Array)[g] as number; q < last; q++)
      blocked[(colGroupCols as Int32Array)[q] as number] = mark;
  }
}

/**
 * Column groups: from full column `j`, reached at `dist`, each row holding it may give it up for
 * another column of the same group (a swap), reaching that column at
 * `dist + (c[i][j2] − v[j2]) − (c[i][j] − v[j])`. `sparse`: the reached columns go to the column
 * heap (of size `colHeapSize`); returns the new heap size.
 */
export function relaxSwaps(
  net: FlowNetwork,
  sc: SearchScratch,
  j: number,
  dist: number,
  sparse: boolean,
  colHeapSize: number,
): number {
  const { m, cost, slotCost, capacity, v, colHead, nextInCol, slotRow } = net;
  const { colGroupOf, colGroupStart, colGroupCols } = net;
  const { dc, colPred, colVia, colDone, colSeen, dead, colHeap, colHeapPos } = sc;
  if (j >= m || colGroupOf === null) return colHeapSize;
  const stamp = sc.stamp;
  const g = colGroupOf[j] as number;
  const first = (colGroupStart as Int32Array)[g] as number;
  const last = (colGroupStart as Int32Array)[g + 1] as number;
  let size = colHeapSize;
  for (let t = colHead[j] as number; t >= 0; t = nextInCol[t] as number) {
    const i = slotRow[t] as number;
    const base = i * m;
    const given = dist - ((slotCost[t] as number) - (v[j] as number));
    for (let q = first; q < last; q++) {
      const j2 = (colGroupCols as Int32Array)[q] as number;
      if (j2 === j || colDone[j2] === stamp || dead[j2] !== 0 || capacity[j2] === 0) continue;
      const c = cost !== null ? (cost[base + j2] as number) : indexedCost(net.sparse as RowIndex, i, j2);
      const h = c - (v[j2] as number) + given;
      if (!(h < Number.POSITIVE_INFINITY)) continue;
      if (sparse && colSeen[j2] !== stamp) {
        colSeen[j2] = stamp;
        dc[j2] = h;
        colPred[j2] = i;
        colVia[j2] = j;
        siftUp(colHeap, colHeapPos, dc, size++, j2);
      } else if (h < (dc[j2] as number)) {
        dc[j2] = h;
        colPred[j2] = i;
        colVia[j2] = j;
        // Sparse: a column reached beyond the search's bound waits outside the heap (position -1).
        if (sparse) {
          const at = colHeapPos[j2] as number;
          siftUp(colHeap, colHeapPos, dc, at >= 0 ? at : size++, j2);
        }
      }
    }
  }
  return size;
}

/** Relaxes the rows using full column `j`, reached at distance `dist`; returns the heap size. */
export function reachRows(net: FlowNetwork, sc: SearchScratch, j: number, dist: number, heapSize: number): number {
  const { colHead, nextInCol, slotRow, slotCost, u, v } = net;
  const { dr, rowVia, rowFrom, rowSeen, rowDone, heapPos } = sc;
  const stamp = sc.stamp;
  const vj = v[j] as number;
  let size = heapSize;
  for (let t = colHead[j] as number; t >= 0; t = nextInCol[t] as number) {
    const r = slotRow[t] as number;
    if (rowDone[r] === stamp) continue;
    const h = dist + (u[r] as number) + vj - (slotCost[t] as number);
    if (rowSeen[r] !== stamp) {
      rowSeen[r] = stamp;
      dr[r] = h;
      rowVia[r] = j;
      rowFrom[r] = -1;
      siftUp(sc.heap, heapPos, dr, size++, r);
    } else if (h < (dr[r] as number)) {
      dr[r] = h;
      rowVia[r] = j;
      rowFrom[r] = -1;
      siftUp(sc.heap, heapPos, dr, heapPos[r] as number, r);
    }
  }
  return size;
}

/** Row `i` moves its unit from column `from` to column `to`. */
function move(net: FlowNetwork, i: number, from: number, to: number): void {
  const slot = slotOf(net, i, from);
  unlink(net, slot);
  link(net, slot, to);
}

/**
 * Ends a search at column `end` (with room) at distance `dist`: updates the potentials of
 * everything scanned, then moves the units along the path back to the source row `s`.
 */
export function shift(
  net: FlowNetwork,
  sc: SearchScratch,
  s: number,
  end: number,
  dist: number,
  numScannedCols: number,
  numScannedRows: number,
): void {
  const { u, v, rowLoad } = net;
  const { dc, dr, scannedCols, scannedRows, colPred, rowVia, rowFrom } = sc;
  for (let k = 0; k < numScannedCols; k++) {
    const j = scannedCols[k] as number;
    v[j] = (v[j] as number) + (dc[j] as number) - dist;
  }
  for (let k = 0; k < numScannedRows; k++) {
    const r = scannedRows[k] as number;
    u[r] = (u[r] as number) + dist - (dr[r] as number);
  }
  // Walk the path back from `end`: follow each column's predecessor edge (a scanned row taking
  // it, or a swap within a column group), and each row's (the column it gives up, taken by a group
  // mate or by the row that reached that column).
  const { m } = net;
  const { colVia } = sc;
  let c = end;
  for (;;) {
    const r = colPred[c] as number;
    const via = c < m ? (colVia[c] as number) : -1;
    if (via >= 0) {
      move(net, r, via, c);
      c = via;
      continue;
    }
    let row = r;
    let col = c;
    for (;;) {
      if (row === s) {
        link(net, slotOf(net, s, -1), col);
        rowLoad[s] = (rowLoad[s] as number) + 1;
        return;
      }
      const given = rowVia[row] as number;
      move(net, row, given, col);
      const from = rowFrom[row] as number;
      if (from < 0) break;
      row = from;
      col = given;
    }
    c = rowVia[row] as number;
  }
}
