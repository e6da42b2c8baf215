/**
 * The sparse matrix form the assignment solvers (`linearSumAssignment`, `capacitatedAssignment`)
 * accept: compressed sparse rows, with the field names of scipy's `csr_matrix`.
 *
 * @module
 */

/**
 * A `rows × cols` matrix in compressed sparse row form (the fields of scipy's `csr_matrix`): the
 * entries of row `i` are `data[k]` at column `indices[k]` for `indptr[i] ≤ k < indptr[i + 1]`.
 * Pairs that are absent are forbidden. Within a row, `indices` may come in any order, but a column
 * may appear only once. `indptr` has `rows + 1` non-decreasing integers from `0` to
 * `indices.length`, and `data` has the length of `indices`. Any array or typed array will do for
 * the three fields; they are only read.
 *
 * @example
 * ```ts
 * import { linearSumAssignment, type CsrMatrix } from 'mentormatch';
 * // [[4, -, 3],
 * //  [2, 0, -],
 * //  [-, 2, 2]]   (- = absent, forbidden)
 * const costs: CsrMatrix = {
 *   rows: 3,
 *   cols: 3,
 *   indptr: [0, 2, 4, 6],
 *   indices: [0, 2, 0, 1, 1, 2],
 *   data: [4, 3, 2, 0, 2, 2],
 * };
 * linearSumAssignment(costs).total; // 6
 * ```
 */
export interface CsrMatrix {
  /** Number of rows. */
  readonly rows: number;
  /** Number of columns. */
  readonly cols: number;
  /** Where each row's entries start in `indices` and `data`, then their end: `rows + 1` values. */
  readonly indptr: ArrayLike<number>;
  /** Column of each entry. */
  readonly indices: ArrayLike<number>;
  /** Value of each entry. */
  readonly data: ArrayLike<number>;
}

/** @internal True when `value` has the shape of a {@link CsrMatrix} (an object with `indptr` and `indices`). */
export function isCsrMatrix(value: unknown): value is CsrMatrix {
  return (
    value !== null && typeof value === 'object' && !Array.isArray(value) && 'indptr' in value && 'indices' in value
  );
}
