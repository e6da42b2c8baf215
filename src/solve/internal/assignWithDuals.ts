/**
 * The whole of `linearSumAssignment`, plus the optimal duals in the caller's orientation and sense,
 * which the test suite checks as an optimality certificate on every solve.
 */
import { InfeasibleError } from '../../errors.js';
import type { LinearSumAssignmentOptions } from '../assignmentTypes.js';
import { type CsrMatrix, isCsrMatrix } from '../csrMatrix.js';
import { isDenseMatrix, type MatrixInput } from '../denseMatrix.js';
import { assignCsrWithDuals } from './assignCsr.js';
import type { AssignmentWithDuals } from './assignmentWithDuals.js';
import { drain, type Steps } from './clock.js';
import { solveLsapHuge } from './lsap/solveHuge.js';
import { solveLsapSteps } from './lsap/solveLsap.js';
import { solveSparseTall } from './lsap/sparseTall.js';
import { checkEntries, checkStoredEntries, LSAP_MAX_ENTRIES, maxEntriesOption } from './matrixShape.js';
import { readCostMatrix } from './readCostMatrix.js';
import { booleanOption, optionsRecord } from './resolveOptions.js';

/**
 * Smallest tall input for the copy-free path: below about 4 million entries (a 32 MB copy) the
 * dense path is faster (measured with `npm run bench -- --classes tall`).
 */
const SPARSE_TALL_MIN_ENTRIES = 4_000_000;

export type { AssignmentWithDuals } from './assignmentWithDuals.js';

/** Solves like `linearSumAssignment` and also returns the duals. */
export function assignWithDuals(
  fn: string,
  costs: MatrixInput | CsrMatrix,
  options?: LinearSumAssignmentOptions,
): AssignmentWithDuals {
  return drain(assignSteps(fn, costs, options));
}

/** {@link assignWithDuals} in steps: `'read'`, then the solve, which yields when a time slice is over. */
export function* assignSteps(
  fn: string,
  costs: MatrixInput | CsrMatrix,
  options?: LinearSumAssignmentOptions,
): Steps<AssignmentWithDuals> {
  const record = optionsRecord(fn, options);
  const maximize = booleanOption(fn, record, 'maximize', false);
  const partial = booleanOption(fn, record, 'partial', false);
  const maxEntries = maxEntriesOption(fn, record, LSAP_MAX_ENTRIES);
  // Compressed sparse rows: the sparse kernel, never a dense copy (its size is its stored entries,
  // which `maxEntries` counts).
  if (isCsrMatrix(costs)) {
    checkStoredEntries(fn, costs, maxEntries);
    return assignCsrWithDuals(fn, costs, maximize, partial);
  }
  checkEntries(fn, costs, maxEntries);
  // A large tall matrix of nested rows or a DenseMatrix: solved without a copy when the sparse path
  // certifies it (see lsap/sparseTall.ts).
  const tall = partial ? null : tallRows(costs);
  if (tall !== null) {
    const solved = solveSparseTall(tall.rowsOf, tall.rows, tall.cols, maximize);
    if (solved !== null) {
      const { rowToCol, colToRow, total, rowDuals, colDuals } = solved;
      return {
        assignment: { rowToCol, colToRow, total: total + 0, size: tall.cols },
        rowDuals,
        colDuals,
        complete: true,
      };
    }
  }
  const km = yield* readCostMatrix(fn, costs, maximize, 'tall', 'accept');
  yield 'read';
  const { n, m, cost, transposed, rows, cols } = km;
  const solution = km.huge ? solveLsapHuge(n, m, cost, partial) : yield* solveLsapSteps(n, m, cost, partial);
  if (!solution.feasible) {
    throw new InfeasibleError(
      fn,
      `no assignment of ${n} pairs avoids every forbidden entry of this ${rows}×${cols} matrix (pass partial: true for as many pairs as possible)`,
    );
  }
  const rowToCol = transposed ? solution.y : solution.x;
  const colToRow = transposed ? solution.x : solution.y;
  const total = assignedTotal(cost, m, rowToCol, transposed);
  const sign = maximize ? -1 : 1;
  const rowDuals = transposed ? solution.v : solution.u;
  const colDuals = transposed ? solution.u : solution.v;
  if (maximize) {
    for (let k = 0; k < rowDuals.length; k++) rowDuals[k] = -(rowDuals[k] as number);
    for (let k = 0; k < colDuals.length; k++) colDuals[k] = -(colDuals[k] as number);
  }
  return {
    assignment: { rowToCol, colToRow, total: sign * total + 0, size: solution.size },
    rowDuals,
    colDuals,
    complete: solution.size === n,
  };
}

/**
 * Sum of the assigned kernel entries in row order. Entries above `magnitudeLimit` can overflow a
 * partial sum even when the total does not (`MAX_VALUE + MAX_VALUE - MAX_VALUE`): then the sum is
 * taken again with every term scaled by 2^-32 (no sum of fewer than 2^31 terms can overflow there)
 * and scaled back, which gives `±Infinity` only when the true total exceeds `Number.MAX_VALUE`.
 */
function assignedTotal(cost: Float64Array, m: number, rowToCol: Int32Array, transposed: boolean): number {
  let total = 0;
  for (let r = 0; r < rowToCol.length; r++) {
    const c = rowToCol[r] as number;
    if (c >= 0) total += cost[transposed ? c * m + r : r * m + c] as number;
  }
  if (Number.isFinite(total)) return total;
  let scaled = 0;
  for (let r = 0; r < rowToCol.length; r++) {
    const c = rowToCol[r] as number;
    if (c >= 0) scaled += (cost[transposed ? c * m + r : r * m + c] as number) * 2 ** -32;
  }
  return scaled * 2 ** 32;
}

/** The rows of a tall input large enough for the copy-free path, or null. */
function tallRows(
  costs: MatrixInput,
): { rowsOf: ReadonlyArray<ArrayLike<unknown>>; rows: number; cols: number } | null {
  if (isDenseMatrix(costs)) {
    const { rows, cols, data } = costs;
    if (rows * cols < SPARSE_TALL_MIN_ENTRIES || rows <= cols) return null;
    return { rowsOf: Array.from({ length: rows }, (_, i) => data.subarray(i * cols, i * cols + cols)), rows, cols };
  }
  if (!Array.isArray(costs)) return null;
  const first = costs[0] as unknown;
  const cols = first !== null && typeof first === 'object' ? (first as ArrayLike<unknown>).length : undefined;
  if (typeof cols !== 'number' || costs.length * cols < SPARSE_TALL_MIN_ENTRIES || costs.length <= cols) return null;
  return { rowsOf: costs as ReadonlyArray<ArrayLike<unknown>>, rows: costs.length, cols };
}
