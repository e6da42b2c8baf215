/**
 * The whole of `linearSumAssignment`, plus the optimal duals in the caller's orientation and sense,
 * which the test suite checks as an optimality certificate on every solve.
 */
import { InfeasibleError } from '../../errors.js';
import type { MatrixInput } from '../denseMatrix.js';
import type { Assignment, LinearSumAssignmentOptions } from '../linearSumAssignment.js';
import { solveLsap } from './lsap/solveLsap.js';
import { readCostMatrix } from './readCostMatrix.js';
import { booleanOption, optionsRecord } from './resolveOptions.js';

/** An assignment with its duals: `rowDuals[i] + colDuals[j] ≤ c[i][j]` (≥ when maximising). */
export interface AssignmentWithDuals {
  readonly assignment: Assignment;
  /** One per input row. */
  readonly rowDuals: Float64Array;
  /** One per input column. */
  readonly colDuals: Float64Array;
  /** Whether the assignment is a complete one (the duals certify it only then). */
  readonly complete: boolean;
}

/** Solves like `linearSumAssignment` and also returns the duals. */
export function assignWithDuals(
  fn: string,
  costs: MatrixInput,
  options?: LinearSumAssignmentOptions,
): AssignmentWithDuals {
  const record = optionsRecord(fn, options);
  const maximize = booleanOption(fn, record, 'maximize', false);
  const partial = booleanOption(fn, record, 'partial', false);
  const km = readCostMatrix(fn, costs, maximize);
  const { n, m, cost, transposed, rows, cols } = km;
  const solution = solveLsap(n, m, cost, partial);
  if (!solution.feasible) {
    throw new InfeasibleError(
      fn,
      `no assignment of ${n} pairs avoids every forbidden entry of this ${rows}×${cols} matrix (pass partial: true for as many pairs as possible)`,
    );
  }
  const rowToCol = transposed ? solution.y : solution.x;
  const colToRow = transposed ? solution.x : solution.y;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const c = rowToCol[r] as number;
    if (c >= 0) total += cost[transposed ? c * m + r : r * m + c] as number;
  }
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
