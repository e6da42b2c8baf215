/**
 * Checks that an assignment is one: `rowToCol` and `colToRow` inverse to each other, `size` pairs,
 * no forbidden pair, and `total` equal to the sum of its entries (summed row by row, as the solver
 * sums it, so the comparison is exact).
 */
import type { DenseMatrix } from '../../src/solve/denseMatrix.js';
import type { Assignment } from '../../src/solve/linearSumAssignment.js';

/** Returns the problems found (empty when the assignment is well formed). */
export function assignmentProblems(costs: DenseMatrix, assignment: Assignment, maximize: boolean): string[] {
  const { rows, cols, data } = costs;
  const { rowToCol, colToRow, total, size } = assignment;
  const problems: string[] = [];
  if (rowToCol.length !== rows) problems.push(`rowToCol has length ${rowToCol.length}, expected ${rows}`);
  if (colToRow.length !== cols) problems.push(`colToRow has length ${colToRow.length}, expected ${cols}`);
  const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  let pairs = 0;
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i] as number;
    if (j === -1) continue;
    if (!Number.isInteger(j) || j < 0 || j >= cols) {
      problems.push(`row ${i} is assigned to column ${j}`);
      continue;
    }
    if (colToRow[j] !== i) problems.push(`row ${i} → column ${j}, but column ${j} → row ${colToRow[j]}`);
    const c = data[i * cols + j] as number;
    if (c === forbidden) problems.push(`forbidden pair [${i}][${j}] is assigned`);
    sum += c;
    pairs++;
  }
  let assignedCols = 0;
  for (let j = 0; j < cols; j++) if (colToRow[j] !== -1) assignedCols++;
  if (assignedCols !== pairs) problems.push(`${assignedCols} columns but ${pairs} rows are assigned`);
  if (size !== pairs) problems.push(`size is ${size} but ${pairs} pairs are assigned`);
  if (total !== sum + 0) problems.push(`total is ${total} but the assigned entries sum to ${sum}`);
  return problems;
}
