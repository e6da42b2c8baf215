/** Shape checks shared by every function that reads a matrix: dimensions, rows, total size. */
import { InvalidInputError } from '../../errors.js';
import { describeValue } from '../../internal/describeValue.js';

/** Largest number of entries a dense matrix may hold (a typed array's practical limit). */
const MAX_ENTRIES = 2 ** 31 - 1;

/** Returns `value` if it is a non-negative integer, else throws naming `name`. */
export function checkDimension(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InvalidInputError(fn, [
      { path: [name], message: `${name} must be a non-negative integer, got ${describeValue(value)}` },
    ]);
  }
  return value;
}

/** Throws when a `rows × cols` matrix cannot be held in one typed array. */
export function checkSize(fn: string, rows: number, cols: number): void {
  if (rows * cols > MAX_ENTRIES) {
    throw new InvalidInputError(fn, [
      { path: [], message: `a ${rows}×${cols} matrix has more than ${MAX_ENTRIES} entries` },
    ]);
  }
}

/** The length of row `i` of a nested-array matrix; throws unless it is array-like. */
export function rowLength(fn: string, row: unknown, i: number): number {
  const length = row !== null && typeof row === 'object' ? (row as { length?: unknown }).length : undefined;
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
    throw new InvalidInputError(fn, [{ path: [i], message: `row ${i} is not an array, got ${describeValue(row)}` }]);
  }
  return length;
}
