/**
 * Turns any accepted matrix input into the kernel's form: a flat row-major `Float64Array` with no
 * more rows than columns (tall inputs are transposed), to be minimised, with every forbidden pair
 * as `+Infinity`. Validates every entry on the way and reports bad ones by position and value.
 */
import { type InputIssue, InvalidInputError } from '../../errors.js';
import { isDenseMatrix, isMatrixLike, type MatrixInput } from '../denseMatrix.js';
import { describeValue } from './describeValue.js';
import { checkDimension, checkSize, rowLength } from './matrixShape.js';

/**
 * A validated cost matrix in kernel orientation (`n ≤ m` unless transposition was turned off,
 * minimise, forbidden = `+Infinity`).
 */
export interface KernelMatrix {
  /** Kernel rows: `min(rows, cols)` (`rows` without transposition). */
  readonly n: number;
  /** Kernel columns: `max(rows, cols)` (`cols` without transposition). */
  readonly m: number;
  /** `n × m` row-major costs; may be the caller's own array (read only, never written). */
  readonly cost: Float64Array;
  /** Whether kernel rows are the input's columns. */
  readonly transposed: boolean;
  /** Rows of the input. */
  readonly rows: number;
  /** Columns of the input. */
  readonly cols: number;
}

/** Most issues listed in one error: enough to see a pattern, bounded for huge bad inputs. */
const MAX_ISSUES = 10;

/**
 * Largest magnitude of an allowed entry for a matrix with `lines` rows plus columns: sums of
 * entries along augmenting paths, duals and totals then stay far from overflowing to `Infinity`
 * (which would turn into `NaN`).
 */
export function magnitudeLimit(lines: number): number {
  return 1e300 / (lines + 1);
}

/**
 * Validates `input` and returns it in kernel form.
 *
 * @param fn - public function name, for messages.
 * @param input - the caller's matrix; never written.
 * @param maximize - whether the caller maximises (then `-Infinity` forbids and entries are negated).
 * @param transpose - `'tall'`: a tall input is transposed (kernel orientation `n ≤ m`); `'never'`:
 *   the input's orientation whatever its shape; `'always'`: transposed whatever its shape (a copy).
 */
export function readCostMatrix(
  fn: string,
  input: MatrixInput,
  maximize: boolean,
  transpose: 'tall' | 'never' | 'always' = 'tall',
): KernelMatrix {
  let rows: number;
  let cols: number;
  let rowsOf: ArrayLike<unknown>[];
  if (isDenseMatrix(input)) {
    rows = input.rows;
    cols = input.cols;
    const { data } = input;
    if (!maximize && (transpose === 'never' || (transpose === 'tall' && rows <= cols))) {
      // Fast path: validate in place and solve on the caller's array without copying it.
      checkFlat(fn, data, rows, cols);
      return { n: rows, m: cols, cost: data, transposed: false, rows, cols };
    }
    rowsOf = Array.from({ length: rows }, (_, i) => data.subarray(i * cols, i * cols + cols));
  } else if (isMatrixLike(input)) {
    rows = checkDimension(fn, 'rows', input.rows);
    cols = checkDimension(fn, 'columns', input.columns);
    checkSize(fn, rows, cols);
    rowsOf = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => input.get(i, j)));
  } else if (Array.isArray(input)) {
    rows = input.length;
    cols = rows === 0 ? 0 : rowLength(fn, input[0], 0);
    for (let i = 1; i < rows; i++) {
      const length = rowLength(fn, input[i], i);
      if (length !== cols) {
        throw new InvalidInputError(fn, [
          { path: [i], message: `row ${i} has ${length} entries but row 0 has ${cols} (ragged matrix)` },
        ]);
      }
    }
    rowsOf = input as ArrayLike<unknown>[];
  } else {
    throw new InvalidInputError(fn, [{ path: [], message: describeShape(input) }]);
  }
  checkSize(fn, rows, cols);
  const transposed = transpose === 'always' || (transpose === 'tall' && rows > cols);
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const cost = new Float64Array(n * m);
  if (!copyEntries(rowsOf, rows, cols, cost, transposed, maximize)) {
    throw new InvalidInputError(fn, listIssues(rowsOf, rows, cols, maximize));
  }
  return { n, m, cost, transposed, rows, cols };
}

/** Rows copied together when transposing, so that the writes stay within a few cache lines. */
const BLOCK = 16;

/**
 * Copies `rows × cols` entries given row by row (arrays, typed arrays or views of a DenseMatrix)
 * into `cost`, transposed or not, negated when maximising, checking each; returns false at the
 * first bad one. Transposition goes in blocks of rows so that the writes stay within a few cache
 * lines.
 */
function copyEntries(
  rowsOf: readonly ArrayLike<unknown>[],
  rows: number,
  cols: number,
  cost: Float64Array,
  transposed: boolean,
  maximize: boolean,
): boolean {
  const sign = maximize ? -1 : 1;
  const forbidden = sign * Number.POSITIVE_INFINITY;
  const limit = magnitudeLimit(rows + cols);
  const block = transposed ? BLOCK : rows;
  for (let i0 = 0; i0 < rows; i0 += block) {
    const i1 = Math.min(rows, i0 + block);
    for (let j = 0; j < cols; j++) {
      for (let i = i0; i < i1; i++) {
        const value = (rowsOf[i] as ArrayLike<unknown>)[j];
        if (typeof value !== 'number' || !((value <= limit && value >= -limit) || value === forbidden)) return false;
        cost[transposed ? j * rows + i : i * cols + j] = sign * value;
      }
    }
  }
  return true;
}

/** Every bad entry in row-major order (at most {@link MAX_ISSUES}), for the error. */
function listIssues(
  rowsOf: readonly ArrayLike<unknown>[],
  rows: number,
  cols: number,
  maximize: boolean,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const limit = magnitudeLimit(rows + cols);
  for (let i = 0; i < rows && issues.length < MAX_ISSUES; i++) {
    for (let j = 0; j < cols && issues.length < MAX_ISSUES; j++) {
      const value = (rowsOf[i] as ArrayLike<unknown>)[j];
      if (typeof value !== 'number' || !((value <= limit && value >= -limit) || value === forbidden)) {
        issues.push(entryIssue(i, j, value, limit));
      }
    }
  }
  return issues;
}

/** Validates a minimised `DenseMatrix` in place (forbidden = `+Infinity`). */
function checkFlat(fn: string, data: Float64Array, rows: number, cols: number): void {
  const forbidden = Number.POSITIVE_INFINITY;
  const limit = magnitudeLimit(rows + cols);
  let issues: InputIssue[] | undefined;
  for (let k = 0; k < data.length; k++) {
    const value = data[k] as number;
    // One range test in the common case; NaN fails it too.
    if (!(value <= limit && value >= -limit) && value !== forbidden) {
      issues ??= [];
      issues.push(entryIssue(Math.floor(k / cols), k % cols, value, limit));
      if (issues.length >= MAX_ISSUES) break;
    }
  }
  if (issues !== undefined) throw new InvalidInputError(fn, issues);
}

function entryIssue(i: number, j: number, value: unknown, limit: number): InputIssue {
  const at = `entry [${i}][${j}]`;
  let message: string;
  if (typeof value !== 'number') message = `${at} is not a number, got ${describeValue(value)}`;
  else if (Number.isNaN(value)) message = `${at} is NaN`;
  else if (value === Number.POSITIVE_INFINITY)
    message = `${at} is Infinity; when maximising, forbidden pairs are -Infinity`;
  else if (value === Number.NEGATIVE_INFINITY)
    message = `${at} is -Infinity; when minimising, forbidden pairs are Infinity`;
  else
    message = `${at} is ${value}, too large in magnitude: at most ${limit.toPrecision(3)} here, so that sums stay finite`;
  return { path: [i, j], message };
}

function describeShape(input: unknown): string {
  if (input !== null && typeof input === 'object' && 'data' in input && 'rows' in input && 'cols' in input) {
    const m = input as { rows: unknown; cols: unknown; data: unknown };
    const length = m.data instanceof Float64Array ? m.data.length : undefined;
    return length === undefined
      ? `a DenseMatrix needs a Float64Array data, got ${describeValue(m.data)}`
      : `DenseMatrix data has length ${length} but rows × cols is ${describeValue(m.rows)} × ${describeValue(m.cols)}`;
  }
  return `expected nested arrays, a DenseMatrix or an ml-matrix Matrix, got ${describeValue(input)}`;
}
