/**
 * Validated compressed sparse rows (`readCsrEntries`) in the forms the capacitated kernel takes:
 * the row index of its allowed entries (`rowIndex.ts`), or a dense matrix when that costs no more
 * than the entries themselves: a line (one row or one column: O(rows + cols)), or a matrix where
 * more than {@link SPARSE_SHARE} of the pairs are allowed, where the dense search is the faster one
 * and a dense matrix takes at most 8 / SPARSE_SHARE = 20 bytes per stored entry. Solving the same
 * form as the dense input gives the same pairs, ties included.
 */
import type { CsrCosts } from '../readCsrMatrix.js';
import { SPARSE_SHARE } from './sparseAugment.js';

/** Whether the dense form of `costs` is the one to solve: a line, or more than {@link SPARSE_SHARE} allowed. */
export function solveDense(costs: CsrCosts): boolean {
  const { n, m, start } = costs;
  return n === 1 || m === 1 || (start[n] as number) > SPARSE_SHARE * n * m;
}

/**
 * The dense row-major form of `costs` (`transpose`: of its transpose), forbidden = `+Infinity`.
 * Only for the cases of {@link solveDense}, where it is O(stored entries + rows + cols).
 */
export function denseCosts(costs: CsrCosts, transpose: boolean): Float64Array {
  const { n, m, start, col, cost } = costs;
  const out = new Float64Array(n * m).fill(Number.POSITIVE_INFINITY);
  const rowStride = transpose ? 1 : m;
  const colStride = transpose ? n : 1;
  for (let i = 0; i < n; i++) {
    const end = start[i + 1] as number;
    for (let k = start[i] as number; k < end; k++)
      out[i * rowStride + (col[k] as number) * colStride] = cost[k] as number;
  }
  return out;
}
