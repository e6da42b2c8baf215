/**
 * Tall matrices given as nested arrays, without copying them: keep each column's K cheapest entries
 * while validating row by row, solve that sparse problem (columns as rows, as the kernel wants
 * `n ≤ m`) by shortest augmenting paths with dual potentials, then price every entry of the input
 * against the duals in one more row-wise pass. When no reduced cost is negative the duals certify
 * the sparse optimum as an optimum of the whole matrix (LP duality: `u_i + v_j ≤ c_ij` everywhere,
 * equality on the pairs, `v_j = 0` on unassigned columns); otherwise, or when an entry is forbidden,
 * invalid or the sparse problem infeasible, the caller falls back to the dense path.
 * [Reference]: D. F. Crouse, "On implementing 2D rectangular assignment algorithms", IEEE TAES 52
 * (2016) 1679–1696 (the search and dual updates); the sparsify-then-price idea as in Jonker and
 * Volgenant's LAPJVsp and in column generation.
 *
 * Why: copying a 4000×2000 matrix into a fresh 64 MB array costs more than solving it on machines
 * where first-touching memory is slow; the sparse problem here holds K entries per column.
 * O(rows × cols) reads for the two passes plus the sparse searches; memory O(K × cols + rows).
 */
import { magnitudeLimit } from '../readCostMatrix.js';

/** Entries kept per column. */
const K = 24;

/** The solution in the caller's orientation and sense, with its certifying duals. */
export interface TallSolution {
  readonly rowToCol: Int32Array;
  readonly colToRow: Int32Array;
  /** Sum of the assigned entries as given. */
  readonly total: number;
  readonly rowDuals: Float64Array;
  readonly colDuals: Float64Array;
}

/**
 * Solves a tall (`rows > cols`), fully allowed matrix of nested rows, or returns null for the
 * dense path (see the file comment). Reads the input only.
 */
export function solveSparseTall(
  input: ReadonlyArray<ArrayLike<unknown>>,
  rows: number,
  cols: number,
  maximize: boolean,
): TallSolution | null {
  if (rows < K || rows <= cols) return null;
  const sign = maximize ? -1 : 1;
  const limit = magnitudeLimit(rows + cols);
  // Per column: its K cheapest entries (cost, row), unsorted, and the slot of the dearest.
  const keptCost = new Float64Array(cols * K).fill(Number.POSITIVE_INFINITY);
  const keptRow = new Int32Array(cols * K).fill(-1);
  const dearest = new Int32Array(cols);
  const bar = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  for (let r = 0; r < rows; r++) {
    const row = input[r] as ArrayLike<unknown>;
    if (row.length !== cols) return null;
    for (let c = 0; c < cols; c++) {
      const value = row[c];
      if (typeof value !== 'number' || !(value <= limit && value >= -limit)) return null;
      const cost = sign * value;
      if (cost >= (bar[c] as number)) continue;
      const base = c * K;
      const slot = base + (dearest[c] as number);
      keptCost[slot] = cost;
      keptRow[slot] = r;
      let worst = 0;
      for (let k = 1; k < K; k++) if ((keptCost[base + k] as number) > (keptCost[base + worst] as number)) worst = k;
      dearest[c] = worst;
      bar[c] = keptCost[base + worst] as number;
    }
  }
  const solved = solveSparse(cols, rows, keptCost, keptRow);
  if (solved === null) return null;
  const { u, v, rowOf, colOf } = solved;
  // Price every entry: c - u - v ≥ 0 up to rounding.
  for (let r = 0; r < rows; r++) {
    const row = input[r] as ArrayLike<number>;
    const vr = v[r] as number;
    for (let c = 0; c < cols; c++) {
      const cost = sign * (row[c] as number);
      const uc = u[c] as number;
      const reduced = cost - uc - vr;
      if (reduced < -1e-12 * (Math.abs(cost) + Math.abs(uc) + Math.abs(vr) + 1)) return null;
    }
  }
  let total = 0;
  for (let c = 0; c < cols; c++) total += (input[colOf[c] as number] as ArrayLike<number>)[c] as number;
  if (maximize) {
    for (let k = 0; k < u.length; k++) u[k] = -(u[k] as number);
    for (let k = 0; k < v.length; k++) v[k] = -(v[k] as number);
  }
  return { rowToCol: rowOf, colToRow: colOf, total, rowDuals: v, colDuals: u };
}

/**
 * Shortest augmenting paths on the sparse problem: `n` rows (the input's columns), `m` columns (the
 * input's rows), K entries per row in `cost`/`col`. Returns the duals (`u` per row, `v` per column),
 * each column's row (`rowOf`, -1 when free) and each row's column (`colOf`), or null when some row
 * cannot be matched within the kept entries.
 */
function solveSparse(
  n: number,
  m: number,
  cost: Float64Array,
  col: Int32Array,
): { u: Float64Array; v: Float64Array; rowOf: Int32Array; colOf: Int32Array } | null {
  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const rowOf = new Int32Array(m).fill(-1);
  const colOf = new Int32Array(n).fill(-1);
  const dist = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const pred = new Int32Array(m);
  const scanned = new Uint8Array(m);
  const touched = new Int32Array(m);
  const rowsSeen = new Int32Array(n);
  const inf = Number.POSITIVE_INFINITY;
  for (let f = 0; f < n; f++) {
    let numTouched = 0;
    let numRows = 0;
    let minVal = 0;
    let i = f;
    let sink = -1;
    while (sink < 0) {
      rowsSeen[numRows++] = i;
      const ui = u[i] as number;
      for (let e = i * K; e < i * K + K; e++) {
        const j = col[e] as number;
        if (scanned[j] !== 0) continue;
        const d = minVal + (cost[e] as number) - ui - (v[j] as number);
        if (d < (dist[j] as number)) {
          if (dist[j] === inf) touched[numTouched++] = j;
          dist[j] = d;
          pred[j] = i;
        }
      }
      // The nearest column reached and not yet scanned; at a tie, a free one.
      let best = -1;
      let lowest = inf;
      for (let t = 0; t < numTouched; t++) {
        const j = touched[t] as number;
        if (scanned[j] !== 0) continue;
        const d = dist[j] as number;
        if (d < lowest || (d === lowest && rowOf[j] === -1 && rowOf[best] !== -1)) {
          lowest = d;
          best = j;
        }
      }
      if (best < 0) return null;
      minVal = lowest;
      scanned[best] = 1;
      if (rowOf[best] === -1) sink = best;
      else i = rowOf[best] as number;
    }
    // Duals, then the path flipped, then the search state cleared.
    u[f] = (u[f] as number) + minVal;
    for (let s = 1; s < numRows; s++) {
      const row = rowsSeen[s] as number;
      u[row] = (u[row] as number) + minVal - (dist[colOf[row] as number] as number);
    }
    for (let t = 0; t < numTouched; t++) {
      const j = touched[t] as number;
      if (scanned[j] !== 0) v[j] = (v[j] as number) - (minVal - (dist[j] as number));
    }
    let j = sink;
    for (;;) {
      const row = pred[j] as number;
      rowOf[j] = row;
      const next = colOf[row] as number;
      colOf[row] = j;
      if (row === f) break;
      j = next;
    }
    for (let t = 0; t < numTouched; t++) {
      const jj = touched[t] as number;
      dist[jj] = inf;
      scanned[jj] = 0;
    }
  }
  return { u, v, rowOf, colOf };
}
