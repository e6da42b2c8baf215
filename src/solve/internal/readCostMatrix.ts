/**
 * Turns any accepted matrix input into the kernel's form: a flat row-major `Float64Array` with no
 * more rows than columns (tall inputs are transposed), to be minimised, with every forbidden pair
 * as `+Infinity`. Validates every entry on the way and reports bad ones by position and value.
 */
import { type InputIssue, InvalidInputError } from '../../errors.js';
import { isDenseMatrix, isMatrixLike, type MatrixInput } from '../denseMatrix.js';
import { describeValue } from './describeValue.js';
import { checkDimension, checkSize, rowLength } from './matrixShape.js';

/** A validated cost matrix in kernel orientation (`n ≤ m`, minimise, forbidden = `+Infinity`). */
export interface KernelMatrix {
  /** Kernel rows: `min(rows, cols)`. */
  readonly n: number;
  /** Kernel columns: `max(rows, cols)`. */
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

type Getter = (i: number, j: number) => unknown;

/**
 * Validates `input` and returns it in kernel form.
 *
 * @param fn - public function name, for messages.
 * @param input - the caller's matrix; never written.
 * @param maximize - whether the caller maximises (then `-Infinity` forbids and entries are negated).
 */
export function readCostMatrix(fn: string, input: MatrixInput, maximize: boolean): KernelMatrix {
  let rows: number;
  let cols: number;
  let get: Getter;
  if (isDenseMatrix(input)) {
    rows = input.rows;
    cols = input.cols;
    const { data } = input;
    if (!maximize && rows <= cols) {
      // Fast path: validate in place and solve on the caller's array without copying it.
      checkFlat(fn, data, rows, cols);
      return { n: rows, m: cols, cost: data, transposed: false, rows, cols };
    }
    get = (i, j) => data[i * cols + j];
  } else if (isMatrixLike(input)) {
    rows = checkDimension(fn, 'rows', input.rows);
    cols = checkDimension(fn, 'columns', input.columns);
    get = (i, j) => input.get(i, j);
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
    const nested = input as ReadonlyArray<ArrayLike<unknown>>;
    get = (i, j) => (nested[i] as ArrayLike<unknown>)[j];
  } else {
    const shape = describeShape(input);
    throw new InvalidInputError(fn, [{ path: [], message: shape }]);
  }
  checkSize(fn, rows, cols);
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const cost = new Float64Array(n * m);
  const issues: InputIssue[] = [];
  const sign = maximize ? -1 : 1;
  const forbidden = sign * Number.POSITIVE_INFINITY;
  const limit = magnitudeLimit(rows + cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const value = get(i, j);
      if (
        typeof value !== 'number' ||
        Number.isNaN(value) ||
        (value !== forbidden && (value > limit || value < -limit))
      ) {
        issues.push(entryIssue(i, j, value, limit));
        if (issues.length >= MAX_ISSUES) throw new InvalidInputError(fn, issues);
        continue;
      }
      cost[transposed ? j * m + i : i * m + j] = sign * value;
    }
  }
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return { n, m, cost, transposed, rows, cols };
}

/** Validates a minimised `DenseMatrix` in place (forbidden = `+Infinity`). */
function checkFlat(fn: string, data: Float64Array, rows: number, cols: number): void {
  const forbidden = Number.POSITIVE_INFINITY;
  const limit = magnitudeLimit(rows + cols);
  let issues: InputIssue[] | undefined;
  for (let k = 0; k < data.length; k++) {
    const value = data[k] as number;
    if (Number.isNaN(value) || (value !== forbidden && (value > limit || value < -limit))) {
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
