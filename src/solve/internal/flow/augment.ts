/**
 * One unit of flow: Dijkstra over reduced costs from one row to the nearest column with room, the
 * potential update, and the shift of the units along the path (successive shortest paths).
 * [Reference]: R. K. Ahuja, T. L. Magnanti and J. B. Orlin, "Network Flows" (1993), section 9.7;
 * the column side follows the Jonker–Volgenant search of the assignment kernel (`../lsap`).
 *
 * The residual graph, never built: a row reaches every column it may still take (allowed, not
 * used by the row, and not used by a group mate) at `c − u − v`; a column with no room reaches the
 * rows using it at `u + v − c` (they could give it up); a row reaches a group mate using column `j`
 * at `(c[i][j] − u[i]) − (c[k][j] − u[k])` (the mate gives `j` up to it). All of these are ≥ 0
 * under the potentials, so Dijkstra is exact. Unscanned columns sit in a list scanned in full by
 * each row (relaxation and the next minimum in one pass), rows in a binary heap: a column leads only
 * to its few rows. A column with room ends the search. O(m) per scanned row, plus O(log n) per
 * reached row.
 *
 * When no column with room is reachable, nothing changes and the columns reached are marked dead:
 * the set reached is closed in the residual graph, so no later augmenting path can enter it (the
 * flow version of Berge's lemma), and later searches skip those columns.
 *
 * The sparse search (`sparseAugment.ts`) walks the same graph from an index of the allowed entries
 * and keeps the reached columns in a heap; the two loops stay apart because each is the hot loop of
 * its case (a full pass over the columns against a heap of the few reached), and a shared loop
 * with a branch per entry would slow both. What they share is in `searchShared.ts`.
 */
import { popHeap } from './heap.js';
import type { FlowNetwork } from './network.js';
import { blockGroup, reachRows, relaxMates, relaxSwaps, type SearchScratch, shift } from './searchShared.js';

/**
 * Places one more unit of row `s`.
 *
 * @returns whether a column with room was reached (the unit is placed), or not (nothing changed).
 */
export function augmentFrom(net: FlowNetwork, sc: SearchScratch, s: number): boolean {
  const { m, capacity, colLoad, u, v, extraCost } = net;
  // Only run on dense problems (a sparse one always has a row index, so the sparse search).
  const cost = net.cost as Float64Array;
  const { dc, colPred, colVia, colDone, others, scannedCols, dead, blocked, dr, rowSeen, rowDone, heap } = sc;
  const inf = Number.POSITIVE_INFINITY;
  const stamp = ++sc.stamp;
  let numOthers = 0;
  for (let j = 0; j < m; j++) {
    if (dead[j] !== 0 || capacity[j] === 0) continue;
    dc[j] = inf;
    others[numOthers++] = j;
  }
  // The extra column, when there is one and it is live, is handled beside the list.
  let extraOpen = capacity[m] !== 0 && dead[m] === 0;
  dc[m] = inf;
  let numScannedCols = 0;
  let numScannedRows = 0;
  let heapSize = 0;
  rowSeen[s] = stamp;
  rowDone[s] = stamp;
  dr[s] = 0;
  sc.scannedRows[numScannedRows++] = s;
  let row = s;
  let lowest = inf;
  let index = -1;
  for (;;) {
    // Scan `row`: mark the columns its group uses, relax the others and find the new minimum.
    const rowDist = dr[row] as number;
    blockGroup(net, blocked, row);
    const base = row * m;
    const offset = rowDist - (u[row] as number);
    lowest = inf;
    index = -1;
    for (let k = 0; k < numOthers; k++) {
      const j = others[k] as number;
      let dj = dc[j] as number;
      if (blocked[j] === 0) {
        const h = (cost[base + j] as number) - (v[j] as number) + offset;
        if (h < dj) {
          dc[j] = h;
          colPred[j] = row;
          colVia[j] = -1;
          dj = h;
        }
      }
      if (dj < lowest || (dj === lowest && (colLoad[j] as number) < (capacity[j] as number))) {
        lowest = dj;
        index = k;
      }
    }
    // Group edges to the mates' columns, then clear the marks.
    heapSize = relaxMates(net, sc, row, offset, heapSize);
    if (extraOpen) {
      const h = extraCost - (v[m] as number) + offset;
      if (h < (dc[m] as number)) {
        dc[m] = h;
        colPred[m] = row;
        colVia[m] = -1;
      }
    }
    // Next: the nearest of the best column, the extra column and the nearest row.
    for (;;) {
      const top = heapSize > 0 ? (dr[heap[0] as number] as number) : inf;
      const extra = extraOpen ? (dc[m] as number) : inf;
      if (lowest <= extra && lowest <= top) {
        if (lowest === inf) {
          for (let k = 0; k < numScannedCols; k++) dead[scannedCols[k] as number] = 1;
          return false;
        }
        const j = others[index] as number;
        others.copyWithin(index, index + 1, numOthers--);
        colDone[j] = stamp;
        if ((colLoad[j] as number) < (capacity[j] as number)) {
          shift(net, sc, s, j, lowest, numScannedCols, numScannedRows);
          return true;
        }
        scannedCols[numScannedCols++] = j;
        heapSize = reachRows(net, sc, j, lowest, heapSize);
        if (net.colGroupOf !== null) relaxSwaps(net, sc, j, lowest, false, 0);
        lowest = inf;
        index = -1;
        for (let k = 0; k < numOthers; k++) {
          const jk = others[k] as number;
          const dj = dc[jk] as number;
          if (dj < lowest || (dj === lowest && (colLoad[jk] as number) < (capacity[jk] as number))) {
            lowest = dj;
            index = k;
          }
        }
      } else if (extra <= top) {
        if ((colLoad[m] as number) < (capacity[m] as number)) {
          shift(net, sc, s, m, extra, numScannedCols, numScannedRows);
          return true;
        }
        extraOpen = false;
        scannedCols[numScannedCols++] = m;
        heapSize = reachRows(net, sc, m, extra, heapSize);
      } else {
        row = popHeap(heap, sc.heapPos, dr, heapSize--);
        rowDone[row] = stamp;
        sc.scannedRows[numScannedRows++] = row;
        break;
      }
    }
  }
}
