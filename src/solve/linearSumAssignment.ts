/**
 * Optimal one-to-one assignment on a rectangular matrix (the linear sum assignment problem).
 * [Reference]: R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for dense and
 * sparse linear assignment problems", Computing 38 (1987) 325–340 (initialisation and search);
 * D. F. Crouse, "On implementing 2D rectangular assignment algorithms", IEEE TAES 52(4) (2016)
 * 1679–1696 (rectangular problems, forbidden pairs, infeasibility). The kernel lives in
 * `internal/lsap/`.
 */
import type { Assignment, LinearSumAssignmentOptions } from './assignmentTypes.js';
import type { CsrMatrix } from './csrMatrix.js';
import type { MatrixInput } from './denseMatrix.js';
import { assignSteps } from './internal/assignWithDuals.js';
import { runSteps, startClock, timeLimitOf } from './internal/clock.js';

export type { Assignment, LinearSumAssignmentOptions } from './assignmentTypes.js';

/**
 * Solves the linear sum assignment problem: pairs rows with columns one to one, `min(rows, cols)`
 * pairs, with the least (or, with `maximize`, the greatest) total.
 *
 * Forbidden pairs are `Infinity` when minimising and `-Infinity` when maximising; they are never
 * assigned. Exact in floating point as far as the sums go; deterministic (ties resolved by index);
 * the input is never modified. Tall matrices are solved transposed. O(n²·m) time at worst for
 * `n = min(rows, cols)`, `m = max(rows, cols)`, much less on typical inputs; memory: one copy of the
 * matrix (none for a `DenseMatrix` that is minimised and not tall) plus O(rows + cols); a matrix
 * where most pairs are forbidden adds an index of its allowed entries (4 bytes each). With
 * `partial` on a matrix where k rows cannot be matched, the problem is solved a second time on a
 * copy widened by k columns.
 *
 * Any finite entry is accepted, up to `Number.MAX_VALUE` (as scipy does: `DBL_MAX` as a big-M for
 * unwanted pairs). Entries above about `1e300 / (rows + cols)` in magnitude are never added to one
 * another in the search: the problem is first solved with those above that bound forbidden, and
 * that answer is kept when the duals prove it optimal for the whole matrix (the usual big-M case,
 * exact as any other); otherwise the whole matrix is solved scaled by a power of two (exact scaling:
 * the same roundings as double arithmetic without overflow). Either way one more copy of the matrix
 * and up to two solves; `total` is `±Infinity` only when the optimum itself overflows.
 *
 * A {@link CsrMatrix} (compressed sparse rows, scipy's `csr_matrix` fields) is solved without ever
 * building the dense matrix: absent pairs are forbidden (as is the forbidding infinity, when given),
 * and the sparse kernel (Jonker–Volgenant's LAPJVsp: initialisation over the row lists, then
 * shortest augmenting paths) works in O(entries + rows + cols) memory: 12 bytes per entry, or none
 * when `indices` and `data` are an `Int32Array` and a `Float64Array`, minimised, with no forbidding
 * infinity among them (then read in place); the same results, options, errors and conventions as
 * above. Its fields are
 * checked too: lengths, a non-decreasing `indptr` from 0 to `indices.length`, column indices in
 * range and not repeated within a row; each bad field is reported with its position and value.
 *
 * @param costs - nested arrays, a {@link DenseMatrix}, an ml-matrix `Matrix` or a {@link CsrMatrix}.
 * @param options - {@link LinearSumAssignmentOptions}.
 * @returns `{ rowToCol, colToRow, total, size }`.
 * @throws {@link InvalidInputError} for a ragged or non-numeric matrix, `NaN`, the infinity that does
 *   not mean "forbidden", or bad options; `issues` gives each bad entry's `[row, column]` and the
 *   value read (each entry is read once).
 * @throws {@link InfeasibleError} when `min(rows, cols)` pairs cannot be made over allowed entries
 *   and `partial` is not set.
 * @example
 * ```ts
 * import { linearSumAssignment } from 'mentormatch';
 * const { rowToCol, total } = linearSumAssignment([
 *   [4, 1, 3],
 *   [2, 0, 5],
 *   [3, 2, 2],
 * ]);
 * // rowToCol = Int32Array [1, 0, 2], total = 5
 * ```
 * @example
 * ```ts
 * import { linearSumAssignment } from 'mentormatch';
 * // Sparse (compressed rows): row 0 may take columns 1 or 2, row 1 column 0 or 2, row 2 column 2.
 * const { rowToCol, total } = linearSumAssignment({
 *   rows: 3,
 *   cols: 3,
 *   indptr: [0, 2, 4, 5],
 *   indices: [1, 2, 0, 2, 2],
 *   data: [1, 3, 2, 5, 2],
 * });
 * // rowToCol = Int32Array [1, 0, 2], total = 5
 * ```
 */
export function linearSumAssignment(costs: MatrixInput | CsrMatrix, options?: LinearSumAssignmentOptions): Assignment {
  const clock = startClock(FN, timeLimitOf(options));
  return runSteps(assignSteps(FN, costs, options), clock).assignment;
}

const FN = 'linearSumAssignment';
