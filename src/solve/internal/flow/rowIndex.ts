/**
 * The allowed entries of a flow problem, row by row (the sparse search's input, and the only costs
 * a problem given as compressed sparse rows has): built from a dense matrix, or from validated
 * compressed sparse rows (transposed or not) without any dense copy. Columns ascend within each
 * row, as a scan of the dense matrix would list them, so both sources give the same searches, and
 * the cost of one pair is found by binary search in its row: O(log d) for a row of d entries.
 */
import type { CsrCosts } from '../readCsrMatrix.js';

/**
 * Allowed entries row by row: row `i`'s columns are `cols[start[i] .. start[i + 1] - 1]`, ascending,
 * and their costs `cost[start[i] .. start[i + 1] - 1]`. The costs are copied beside the columns
 * because the search is bound by memory, not arithmetic: read from the dense matrix, each entry of a
 * scanned row is a cache miss (half the search's time at 5000 × 1000 with 8 % allowed, where this
 * copy made the whole solve 1.6–1.8× faster).
 */
export interface RowIndex {
  readonly start: Int32Array;
  readonly cols: Int32Array;
  readonly cost: Float64Array;
}

/** The cost of pair (`i`, `j`) in `index`, or `+Infinity` when it is not allowed. */
export function indexedCost(index: RowIndex, i: number, j: number): number {
  const { cols } = index;
  let lo = index.start[i] as number;
  let hi = (index.start[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = cols[mid] as number;
    if (c < j) lo = mid + 1;
    else if (c > j) hi = mid - 1;
    else return index.cost[mid] as number;
  }
  return Number.POSITIVE_INFINITY;
}

/** The allowed entries of the dense `n × m` matrix `cost` (forbidden = `+Infinity`), `allowed` of them. */
export function indexDense(n: number, m: number, cost: Float64Array, allowed: number): RowIndex {
  const start = new Int32Array(n + 1);
  const cols = new Int32Array(allowed);
  const costs = new Float64Array(allowed);
  let at = 0;
  for (let i = 0; i < n; i++) {
    start[i] = at;
    const base = i * m;
    for (let j = 0; j < m; j++) {
      const c = cost[base + j] as number;
      if (c < Number.POSITIVE_INFINITY) {
        cols[at] = j;
        costs[at++] = c;
      }
    }
  }
  start[n] = at;
  return { start, cols, cost: costs };
}

/**
 * The entries of validated compressed sparse rows (`readCsrEntries`: kernel costs, forbidden ones
 * already dropped) as a row index of the matrix (`transpose`: of its transpose), each cost lowered
 * by `shift`. A counting sort by column lists each row of the transpose in ascending order; rows
 * given in another order are sorted by sorting twice. O(entries + rows + cols) time and memory.
 */
export function indexCsr(costs: CsrCosts, transpose: boolean, shift: number): RowIndex {
  const { n, m, start, col, cost } = costs;
  const count = start[n] as number;
  if (transpose) return transposed(n, m, start, col, cost, shift);
  let ascending = true;
  for (let i = 0; i < n && ascending; i++) {
    const end = (start[i + 1] as number) - 1;
    for (let k = start[i] as number; k < end; k++) {
      if ((col[k] as number) > (col[k + 1] as number)) {
        ascending = false;
        break;
      }
    }
  }
  if (!ascending) {
    const once = transposed(n, m, start, col, cost, 0);
    return transposed(m, n, once.start, once.cols, once.cost, shift);
  }
  const out = cost.slice(0, count);
  for (let k = 0; k < count; k++) out[k] = (out[k] as number) - shift;
  return { start: start.slice(), cols: col.slice(0, count), cost: out };
}

/**
 * The transpose of the `n × m` rows `start` (entry `k` at column `col[k]`, cost `cost[k]`), each
 * cost lowered by `shift` (`x - 0` is `x`, `-0` included).
 */
function transposed(
  n: number,
  m: number,
  start: Int32Array,
  col: Int32Array,
  cost: Float64Array,
  shift: number,
): RowIndex {
  const count = start[n] as number;
  const out = new Int32Array(m + 1);
  for (let k = 0; k < count; k++) {
    const j = (col[k] as number) + 1;
    out[j] = (out[j] as number) + 1;
  }
  for (let j = 0; j < m; j++) out[j + 1] = (out[j + 1] as number) + (out[j] as number);
  const next = out.slice(0, m);
  const cols = new Int32Array(count);
  const outCost = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const end = start[i + 1] as number;
    for (let k = start[i] as number; k < end; k++) {
      const j = col[k] as number;
      const at = next[j] as number;
      next[j] = at + 1;
      cols[at] = i;
      outCost[at] = (cost[k] as number) - shift;
    }
  }
  return { start: out, cols, cost: outCost };
}
