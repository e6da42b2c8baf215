/**
 * Turns any accepted matrix input into the kernel's form: a flat row-major `Float64Array` with no
 * more rows than columns (tall inputs are transposed), to be minimised, with every forbidden pair
 * as `+Infinity`. Validates every entry on the way and reports bad ones by position and value.
 */
import { type InputIssue, InvalidInputError } from '../../errors.js';
import { describeValue } from '../../internal/describeValue.js';
import { isDenseMatrix, isMatrixLike, type MatrixInput } from '../denseMatrix.js';
import { SLICE, type Steps } from './clock.js';
import { BAD_ENTRY, fail, INVALID_MATRIX, INVALID_ROW, type Params, solverIssue } from './issue.js';
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
  /** Whether some finite entry is above {@link magnitudeLimit} in magnitude (only when accepted). */
  readonly huge: boolean;
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
 * Validates `input` and returns it in kernel form. Each entry is read once: copied, then, only if
 * some entry was bad, the copy is examined for the error (so a getter that answers differently on
 * a second read cannot hide or change an issue). In steps: a check point ({@link SLICE}) before
 * every {@link CHUNK} rows copied, where the runner checks the time limit and the signal.
 *
 * @param fn - public function name, for messages.
 * @param input - the caller's matrix; never written.
 * @param maximize - whether the caller maximises (then `-Infinity` forbids and entries are negated).
 * @param transpose - `'tall'`: a tall input is transposed (kernel orientation `n ≤ m`); `'never'`:
 *   the input's orientation whatever its shape; `'always'`: transposed whatever its shape (a copy).
 * @param huge - `'reject'`: finite entries above {@link magnitudeLimit} are errors; `'accept'`: any
 *   finite entry is kept, and {@link KernelMatrix.huge} says whether one is above the limit (the
 *   caller must then solve in a way that cannot overflow).
 */
export function* readCostMatrix(
  fn: string,
  input: MatrixInput,
  maximize: boolean,
  transpose: 'tall' | 'never' | 'always' = 'tall',
  huge: 'reject' | 'accept' = 'reject',
): Steps<KernelMatrix> {
  const accept = huge === 'accept';
  let rows: number;
  let cols: number;
  let rowOf: (i: number) => ArrayLike<unknown>;
  if (isDenseMatrix(input)) {
    const { data } = input;
    ({ rows, cols } = input);
    if (!maximize && (transpose === 'never' || (transpose === 'tall' && rows <= cols))) {
      // Fast path: validate in place and solve on the caller's array without copying it (one pass
      // of comparisons, a few ms even at 2000 × 2000: no check point inside).
      const status = checkFlat(data, rows, cols, accept);
      if (status === BAD) throw new InvalidInputError(fn, listIssues(data, rows, cols, false, false, accept, null));
      return { n: rows, m: cols, cost: data, transposed: false, rows, cols, huge: status === HUGE };
    }
    rowOf = (i) => data.subarray(i * cols, i * cols + cols);
  } else if (isMatrixLike(input)) {
    rows = checkDimension(fn, 'rows', input.rows);
    cols = checkDimension(fn, 'columns', input.columns);
    checkSize(fn, rows, cols);
    // Each row read into an array by `get`, once per entry, in row-major order.
    rowOf = (i) => Array.from({ length: cols }, (_, j): unknown => input.get(i, j));
  } else if (Array.isArray(input)) {
    rows = input.length;
    cols = rows === 0 ? 0 : rowLength(fn, input[0], 0);
    for (let i = 1; i < rows; i++) {
      const length = rowLength(fn, input[i], i);
      if (length !== cols) {
        fail(fn, [i], INVALID_ROW, { problem: 'length', row: i, length, count: cols });
      }
    }
    checkSize(fn, rows, cols);
    const rowsOf = input as ReadonlyArray<ArrayLike<unknown>>;
    rowOf = (i) => rowsOf[i] as ArrayLike<unknown>;
  } else {
    fail(fn, [], INVALID_MATRIX, describeShape(input));
  }
  // Every entry copied and checked, CHUNK input rows at a time, then, when one is bad, the error
  // (examining the copy, not the input).
  const transposed = transpose === 'always' || (transpose === 'tall' && rows > cols);
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const cost = new Float64Array(n * m);
  const odd: OddEntries = [];
  const state: CopyState = {
    rowStride: transposed ? 1 : cols,
    colStride: transposed ? rows : 1,
    sign: maximize ? -1 : 1,
    limit: magnitudeLimit(rows + cols),
    accept,
    status: OK,
  };
  for (let from = 0; from < rows; from += CHUNK) {
    yield SLICE;
    copyRows(rowOf, cols, from, Math.min(rows, from + CHUNK), cost, odd, state);
  }
  if (state.status === BAD) {
    throw new InvalidInputError(fn, listIssues(cost, rows, cols, transposed, maximize, accept, odd));
  }
  return { n, m, cost, transposed, rows, cols, huge: state.status === HUGE };
}

/** Input rows copied between two check points. */
const CHUNK = 64;

/** Status of a copy or check: every entry within the limit, some finite one above it, some bad one. */
const OK = 0;
const HUGE = 1;
const BAD = 2;

/** What the copy loops share: where to write, the sense, the limits, and what they found. */
interface CopyState {
  /** Target index of input entry (i, j) is `i * rowStride + j * colStride`. */
  readonly rowStride: number;
  readonly colStride: number;
  readonly sign: number;
  readonly limit: number;
  readonly accept: boolean;
  /** The worst status seen so far. */
  status: number;
}

/**
 * Non-numbers met while copying, by row-major input index, each with the value read: only the
 * {@link MAX_ISSUES} earliest are kept (the error lists no more), so a matrix of strings costs no
 * memory here.
 */
type OddEntries = Array<{ readonly index: number; readonly value: unknown }>;

/** Rows copied together when transposing, so that the writes stay within a few cache lines. */
const BLOCK = 16;

/**
 * Copies the entries of input rows `from` to `to - 1` given row by row (arrays, typed arrays or
 * views of a DenseMatrix), negated when maximising, reading each once. Transposition goes in blocks
 * of rows so that the writes stay within a few cache lines.
 */
function copyRows(
  rowOf: (i: number) => ArrayLike<unknown>,
  cols: number,
  from: number,
  to: number,
  cost: Float64Array,
  odd: OddEntries,
  state: CopyState,
): void {
  const { rowStride, colStride, sign, limit } = state;
  const block = colStride === 1 ? to : BLOCK;
  const rowsOf: ArrayLike<unknown>[] = [];
  for (let i0 = from; i0 < to; i0 += block) {
    const i1 = Math.min(to, i0 + block);
    for (let i = i0; i < i1; i++) rowsOf[i - i0] = rowOf(i);
    for (let j = 0; j < cols; j++) {
      for (let i = i0; i < i1; i++) {
        const value = (rowsOf[i - i0] as ArrayLike<unknown>)[j];
        const at = i * rowStride + j * colStride;
        if (typeof value === 'number' && value <= limit && value >= -limit) cost[at] = sign * value;
        else cost[at] = unusual(value, i * cols + j, odd, state);
      }
    }
  }
}

/**
 * The kernel value of an entry outside the common range (the forbidding infinity, a finite entry
 * above the limit, or a bad one, kept as it was read: a non-number becomes `NaN` in the copy and
 * is remembered in `odd`), updating the copy's status.
 */
function unusual(value: unknown, index: number, odd: OddEntries, state: CopyState): number {
  if (typeof value !== 'number') {
    state.status = BAD;
    odd.push({ index, value });
    if (odd.length > 2 * MAX_ISSUES) {
      odd.sort((a, b) => a.index - b.index);
      odd.length = MAX_ISSUES;
    }
    return Number.NaN;
  }
  const cost = state.sign * value;
  if (cost === Number.POSITIVE_INFINITY) return cost;
  if (state.accept && cost < Number.POSITIVE_INFINITY && cost > Number.NEGATIVE_INFINITY) {
    if (state.status === OK) state.status = HUGE;
  } else {
    state.status = BAD;
  }
  return cost;
}

/** Checks a minimised `DenseMatrix` in place (forbidden = `+Infinity`). */
function checkFlat(data: Float64Array, rows: number, cols: number, accept: boolean): number {
  const limit = magnitudeLimit(rows + cols);
  let status = OK;
  for (let k = 0; k < data.length; k++) {
    const value = data[k] as number;
    // One range test in the common case; NaN fails it too.
    if (!(value <= limit && value >= -limit) && value !== Number.POSITIVE_INFINITY) {
      if (!accept || !Number.isFinite(value)) return BAD;
      status = HUGE;
    }
  }
  return status;
}

/**
 * Every bad entry of a copy in the input's row-major order (at most {@link MAX_ISSUES}), for the
 * error: `cost` holds the kernel values (negated when maximising, `NaN` for the non-numbers in
 * `odd`), never re-read from the input.
 */
function listIssues(
  cost: Float64Array,
  rows: number,
  cols: number,
  transposed: boolean,
  maximize: boolean,
  accept: boolean,
  odd: OddEntries | null,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const sign = maximize ? -1 : 1;
  const limit = magnitudeLimit(rows + cols);
  const top = accept ? Number.MAX_VALUE : limit;
  const others = new Map<number, unknown>();
  for (const { index, value } of odd ?? []) others.set(index, value);
  for (let i = 0; i < rows && issues.length < MAX_ISSUES; i++) {
    for (let j = 0; j < cols && issues.length < MAX_ISSUES; j++) {
      const c = cost[transposed ? j * rows + i : i * cols + j] as number;
      if ((c <= top && c >= -top) || c === Number.POSITIVE_INFINITY) continue;
      const index = i * cols + j;
      issues.push(entryIssue(i, j, others.has(index) ? others.get(index) : sign * c, limit));
    }
  }
  return issues;
}

/** The problem of a bad matrix entry: `bad_entry`'s `problem` (`sparse` entries also name their index). */
export function entryProblem(value: unknown): string {
  return typeof value !== 'number'
    ? 'type'
    : Number.isNaN(value)
      ? 'nan'
      : value === Number.POSITIVE_INFINITY
        ? 'infinity'
        : value === Number.NEGATIVE_INFINITY
          ? 'negativeInfinity'
          : 'magnitude';
}

function entryIssue(i: number, j: number, value: unknown, limit: number): InputIssue {
  const problem = entryProblem(value);
  const found = describeValue(value);
  return solverIssue([i, j], BAD_ENTRY, { problem, row: i, col: j, found, limit: limit.toPrecision(3) });
}

/** The params of `invalid_matrix` for an input that is no matrix. */
function describeShape(input: unknown): Params {
  if (input !== null && typeof input === 'object' && 'data' in input && 'rows' in input && 'cols' in input) {
    const m = input as { rows: unknown; cols: unknown; data: unknown };
    return m.data instanceof Float64Array
      ? { problem: 'length', length: m.data.length, rows: describeValue(m.rows), cols: describeValue(m.cols) }
      : { problem: 'data', found: describeValue(m.data) };
  }
  return { problem: 'type', found: describeValue(input) };
}
