/**
 * Optimality certificate of a complete assignment, from the duals the solver returns:
 * `u[i] + v[j] ≤ c[i][j]` on every allowed entry (≥ when maximising), equality on assigned pairs,
 * and, for a rectangular matrix, the long side's duals ≤ 0 (≥ 0 when maximising) and 0 on its
 * unassigned lines. Together these prove, by LP duality, that no assignment has a better total.
 */
import type { MatrixInput } from '../../src/solve/denseMatrix.js';
import { denseMatrixFrom } from '../../src/solve/denseMatrix.js';
import { type AssignmentWithDuals, assignWithDuals } from '../../src/solve/internal/assignWithDuals.js';
import type { LinearSumAssignmentOptions } from '../../src/solve/linearSumAssignment.js';

/** Returns a list of violated conditions (empty when the certificate holds). */
export function certificateViolations(costs: MatrixInput, solved: AssignmentWithDuals, maximize = false): string[] {
  const { rows, cols, data } = denseMatrixFrom(costs);
  const { assignment, rowDuals, colDuals } = solved;
  const problems: string[] = [];
  let scale = 1;
  for (const c of data) if (Number.isFinite(c)) scale = Math.max(scale, Math.abs(c));
  for (const u of rowDuals) scale = Math.max(scale, Math.abs(u));
  for (const v of colDuals) scale = Math.max(scale, Math.abs(v));
  const eps = 1e-9 * scale * Math.max(1, Math.min(rows, cols));
  const sign = maximize ? -1 : 1;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const c = data[i * cols + j] as number;
      if (!Number.isFinite(c)) continue;
      const slack = sign * (c - (rowDuals[i] as number) - (colDuals[j] as number));
      if (slack < -eps) problems.push(`dual infeasible at [${i}][${j}]: slack ${slack}`);
      if (assignment.rowToCol[i] === j && Math.abs(slack) > eps)
        problems.push(`assigned [${i}][${j}] has slack ${slack}`);
    }
  }
  if (rows !== cols) {
    const longDuals = rows > cols ? rowDuals : colDuals;
    const longToShort = rows > cols ? assignment.rowToCol : assignment.colToRow;
    for (let k = 0; k < longDuals.length; k++) {
      const dual = sign * (longDuals[k] as number);
      if (dual > eps) problems.push(`long-side dual ${k} has the wrong sign: ${longDuals[k]}`);
      if (longToShort[k] === -1 && Math.abs(dual) > eps) problems.push(`unassigned line ${k} has dual ${longDuals[k]}`);
    }
  }
  return problems;
}

/**
 * Solves through the same path as `linearSumAssignment` and checks the certificate when the result
 * is complete; returns the solution.
 */
export function solveCertified(costs: MatrixInput, options: LinearSumAssignmentOptions = {}): AssignmentWithDuals {
  const solved = assignWithDuals('linearSumAssignment', costs, options);
  if (solved.complete) {
    const problems = certificateViolations(costs, solved, options.maximize ?? false);
    if (problems.length > 0) throw new Error(`optimality certificate fails: ${problems.slice(0, 5).join('; ')}`);
  }
  return solved;
}
