/**
 * The dense matrix type the solvers work on, and the helpers to build and read one.
 *
 * @module
 */
import { describeValue } from '../internal/describeValue.js';
import { BAD_ENTRY, fail, INVALID_INDEX, INVALID_MATRIX, INVALID_ROW } from './internal/issue.js';
import { checkDimension, checkSize, rowLength } from './internal/matrixShape.js';

/**
 * A row-major dense matrix of numbers: entry `(i, j)` is `data[i * cols + j]`.
 *
 * @example
 * ```ts
 * import type { DenseMatrix } from 'mentormatch';
 * const m: DenseMatrix = { rows: 1, cols: 2, data: new Float64Array([4, 2]) };
 * ```
 */
export interface DenseMatrix {
  /** Number of rows. */
  readonly rows: number;
  /** Number of columns. */
  readonly cols: number;
  /** The entries, row after row; its length is `rows * cols`. */
  readonly data: Float64Array;
}

/**
 * Any matrix object shaped like ml-matrix's `Matrix` (its `AbstractMatrix`): `rows`, `columns`
 * and `get(row, column)`. The solvers recognise it by this shape and never import ml-matrix.
 *
 * @example
 * ```ts
 * import { Matrix } from 'ml-matrix';
 * import { linearSumAssignment, type MatrixLike } from 'mentormatch';
 * const m: MatrixLike = new Matrix([[1, 2], [2, 1]]);
 * linearSumAssignment(m).total; // 2
 * ```
 */
export interface MatrixLike {
  /** Number of rows. */
  readonly rows: number;
  /** Number of columns. */
  readonly columns: number;
  /** Entry at `(row, column)`. */
  get(row: number, column: number): number;
}

/**
 * What every function taking a matrix accepts: nested arrays (rows may be typed arrays), a
 * {@link DenseMatrix}, or an ml-matrix `Matrix` (any {@link MatrixLike}).
 *
 * @example
 * ```ts
 * import type { MatrixInput } from 'mentormatch';
 * const costs: MatrixInput = [[4, 1], [2, 3]];
 * ```
 */
export type MatrixInput = ReadonlyArray<ArrayLike<number>> | DenseMatrix | MatrixLike;

/**
 * Creates a `rows × cols` dense matrix filled with `fill`.
 *
 * @param rows - number of rows (integer ≥ 0).
 * @param cols - number of columns (integer ≥ 0).
 * @param fill - value of every entry; default `0`.
 * @returns a new matrix.
 * @throws {@link InvalidInputError} if a dimension is not a non-negative integer.
 * @example
 * ```ts
 * import { denseMatrix, setEntry } from 'mentormatch';
 * const m = denseMatrix(2, 3, Infinity); // every pair forbidden...
 * setEntry(m, 0, 1, 5); // ...but (0, 1), which costs 5
 * ```
 */
export function denseMatrix(rows: number, cols: number, fill = 0): DenseMatrix {
  checkDimension('denseMatrix', 'rows', rows);
  checkDimension('denseMatrix', 'cols', cols);
  checkSize('denseMatrix', rows, cols);
  const data = new Float64Array(rows * cols);
  if (fill !== 0) data.fill(fill);
  return { rows, cols, data };
}

/**
 * Copies nested arrays, a {@link DenseMatrix} or an ml-matrix `Matrix` into a new dense matrix.
 * Only the shape and the type of each entry are checked here (numbers, including `NaN` and
 * infinities, are copied as they are); the solvers check the values.
 *
 * @param input - the matrix to copy; never modified.
 * @returns a new matrix with its own `data`.
 * @throws {@link InvalidInputError} if the rows have different lengths or an entry is not a number.
 * @example
 * ```ts
 * import { denseMatrixFrom, getEntry } from 'mentormatch';
 * const m = denseMatrixFrom([[1, 2, 3], [4, 5, 6]]);
 * getEntry(m, 1, 2); // 6
 * ```
 */
export function denseMatrixFrom(input: MatrixInput): DenseMatrix {
  const fn = 'denseMatrixFrom';
  if (isDenseMatrix(input)) {
    return { rows: input.rows, cols: input.cols, data: input.data.slice() };
  }
  if (isMatrixLike(input)) {
    const rows = checkDimension(fn, 'rows', input.rows);
    const cols = checkDimension(fn, 'columns', input.columns);
    checkSize(fn, rows, cols);
    const data = new Float64Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) data[i * cols + j] = entryOf(fn, input.get(i, j), i, j);
    }
    return { rows, cols, data };
  }
  if (!Array.isArray(input)) {
    fail(fn, [], INVALID_MATRIX, { problem: 'type', found: describeValue(input) });
  }
  const rows = input.length;
  const cols = rows === 0 ? 0 : rowLength(fn, input[0], 0);
  checkSize(fn, rows, cols);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = input[i];
    const length = rowLength(fn, row, i);
    if (length !== cols) {
      fail(fn, [i], INVALID_ROW, { problem: 'length', row: i, length, count: cols });
    }
    for (let j = 0; j < cols; j++) data[i * cols + j] = entryOf(fn, (row as ArrayLike<unknown>)[j], i, j);
  }
  return { rows, cols, data };
}

function entryOf(fn: string, value: unknown, i: number, j: number): number {
  if (typeof value !== 'number') {
    fail(fn, [i, j], BAD_ENTRY, { problem: 'type', row: i, col: j, found: describeValue(value) });
  }
  return value;
}

function checkIndex(fn: string, m: DenseMatrix, row: number, col: number): number {
  if (!Number.isInteger(row) || row < 0 || row >= m.rows) {
    fail(fn, ['row'], INVALID_INDEX, { kind: 'row', max: m.rows - 1, empty: 'matrix', found: describeValue(row) });
  }
  if (!Number.isInteger(col) || col < 0 || col >= m.cols) {
    fail(fn, ['col'], INVALID_INDEX, { kind: 'column', max: m.cols - 1, empty: 'matrix', found: describeValue(col) });
  }
  return row * m.cols + col;
}

/**
 * Reads entry `(row, col)` of a dense matrix.
 *
 * @param m - the matrix.
 * @param row - row index, `0 ≤ row < m.rows`.
 * @param col - column index, `0 ≤ col < m.cols`.
 * @returns the entry.
 * @throws {@link InvalidInputError} if an index is out of range or not an integer.
 * @example
 * ```ts
 * import { denseMatrixFrom, getEntry } from 'mentormatch';
 * getEntry(denseMatrixFrom([[1, 2]]), 0, 1); // 2
 * ```
 */
export function getEntry(m: DenseMatrix, row: number, col: number): number {
  return m.data[checkIndex('getEntry', m, row, col)] as number;
}

/**
 * Writes entry `(row, col)` of a dense matrix, in place.
 *
 * @param m - the matrix, modified.
 * @param row - row index, `0 ≤ row < m.rows`.
 * @param col - column index, `0 ≤ col < m.cols`.
 * @param value - the new entry.
 * @throws {@link InvalidInputError} if an index is out of range or not an integer.
 * @example
 * ```ts
 * import { denseMatrix, setEntry, getEntry } from 'mentormatch';
 * const m = denseMatrix(2, 2);
 * setEntry(m, 1, 0, 7);
 * getEntry(m, 1, 0); // 7
 * ```
 */
export function setEntry(m: DenseMatrix, row: number, col: number, value: number): void {
  m.data[checkIndex('setEntry', m, row, col)] = value;
}

/**
 * True when `value` is a {@link DenseMatrix}: integer `rows` and `cols` and a `Float64Array` `data`
 * of length `rows * cols`.
 *
 * @param value - anything.
 * @returns whether it is a well-formed dense matrix.
 * @example
 * ```ts
 * import { denseMatrix, isDenseMatrix } from 'mentormatch';
 * isDenseMatrix(denseMatrix(2, 2)); // true
 * isDenseMatrix([[1]]); // false
 * ```
 */
export function isDenseMatrix(value: unknown): value is DenseMatrix {
  if (value === null || typeof value !== 'object') return false;
  const m = value as Partial<DenseMatrix>;
  return (
    m.data instanceof Float64Array &&
    typeof m.rows === 'number' &&
    typeof m.cols === 'number' &&
    Number.isInteger(m.rows) &&
    Number.isInteger(m.cols) &&
    m.rows >= 0 &&
    m.cols >= 0 &&
    m.data.length === m.rows * m.cols
  );
}

/** @internal True when `value` has the shape of an ml-matrix matrix. */
export function isMatrixLike(value: unknown): value is MatrixLike {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const m = value as Partial<MatrixLike>;
  return typeof m.rows === 'number' && typeof m.columns === 'number' && typeof m.get === 'function';
}
