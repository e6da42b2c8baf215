/**
 * Turns a {@link CsrMatrix} into the sparse kernel's form without ever building the dense matrix:
 * compressed rows with no more rows than columns (tall inputs are transposed by a counting sort),
 * to be minimised, each entry's column and cost in two parallel arrays. Forbidden entries (the
 * forbidding infinity) are dropped; every field is validated in one pass, and bad ones are reported
 * by field, position and value. An input whose `indices` and `data` already are an `Int32Array` and
 * a `Float64Array`, minimised and with no forbidden entry, is read in place: no copy at all.
 */
import { type InputIssue, InvalidInputError } from '../../errors.js';
import { describeValue } from '../../internal/describeValue.js';
import type { CsrMatrix } from '../csrMatrix.js';
import { arrayLike } from './arrayLike.js';
import {
  BAD_ENTRY,
  DUPLICATE_ENTRY,
  fail,
  INVALID_INDEX,
  INVALID_INDPTR,
  INVALID_TYPE,
  solverIssue,
  WRONG_LENGTH,
} from './issue.js';
import { checkDimension } from './matrixShape.js';
import { entryProblem, magnitudeLimit } from './readCostMatrix.js';

/**
 * Sparse costs in kernel orientation (`n ≤ m` after transposition, minimise, only allowed
 * entries): row `i`'s entries are `k` in `start[i] .. start[i + 1]`, entry `k` has column
 * `col[k]` and cost `cost[k]`. Never written: `col` and `cost` may be the input's own arrays.
 */
export interface CsrCosts {
  readonly n: number;
  readonly m: number;
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly cost: Float64Array;
  /**
   * Square costs as read (`readCsrEntries` with huge entries accepted): column `j`'s least cost
   * at `3j` (`+Infinity` for a column without entries), its row at `3j + 1` and its entry at
   * `3j + 2` (the first such entry in row order), found while validating, for the kernel's column
   * reduction.
   */
  readonly least?: Float64Array | undefined;
}

/** A validated CSR input in kernel form. */
export interface CsrKernelMatrix extends CsrCosts {
  /** Whether kernel rows are the input's columns. */
  readonly transposed: boolean;
  readonly rows: number;
  readonly cols: number;
  /** Whether some finite entry is above `magnitudeLimit(rows + cols)` in magnitude. */
  readonly huge: boolean;
}

/** Most issues listed in one error, as for dense matrices. */
const MAX_ISSUES = 10;

function field(fn: string, input: CsrMatrix, name: 'indptr' | 'indices' | 'data'): ArrayLike<unknown> {
  const value: unknown = input[name];
  const array = arrayLike(value);
  if (array === null)
    fail(fn, [name], INVALID_TYPE, { expected: ['array', 'typedArray'], found: describeValue(value) });
  return array;
}

/**
 * Validates `input` and returns it in kernel form; reads each entry once and never writes.
 *
 * @param fn - public function name, for messages.
 * @param maximize - whether the caller maximises (`-Infinity` forbids, costs are negated).
 */
export function readCsrMatrix(fn: string, input: CsrMatrix, maximize: boolean): CsrKernelMatrix {
  const entries = readCsrEntries(fn, input, maximize, true);
  const { rows, cols, huge } = entries;
  if (rows <= cols) return { ...entries, transposed: false };
  // Counting sort by column: kernel row j holds the input's column j, its entries in row order.
  const { start: firstStart, col: firstCol, cost: firstCost } = entries;
  const count = firstStart[rows] as number;
  const start = new Int32Array(cols + 1);
  for (let k = 0; k < count; k++) {
    const j = (firstCol[k] as number) + 1;
    start[j] = (start[j] as number) + 1;
  }
  for (let j = 0; j < cols; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  const next = start.slice(0, cols);
  const col = new Int32Array(count);
  const cost = new Float64Array(count);
  for (let i = 0; i < rows; i++) {
    const end = firstStart[i + 1] as number;
    for (let k = firstStart[i] as number; k < end; k++) {
      const j = firstCol[k] as number;
      const at = next[j] as number;
      next[j] = at + 1;
      col[at] = i;
      cost[at] = firstCost[k] as number;
    }
  }
  return { n: cols, m: rows, start, col, cost, transposed: true, rows, cols, huge };
}

/** A validated CSR input in the input's own orientation (`n = rows`, `m = cols`). */
export interface CsrEntries extends CsrCosts {
  readonly rows: number;
  readonly cols: number;
  /** Whether some finite entry is above `magnitudeLimit(rows + cols)` in magnitude (only when accepted). */
  readonly huge: boolean;
}

/**
 * Validates `input` and returns its allowed entries as kernel costs in the input's orientation
 * (minimised: negated when maximising; the forbidding infinity dropped); reads each entry once
 * (typed arrays twice when one of their entries is dropped) and never writes. Structural problems
 * (a dimension, a field, `indptr`, `indices`) throw at once, naming the field, position and value;
 * bad entries of `data` are listed together.
 *
 * @param fn - public function name, for messages.
 * @param maximize - whether the caller maximises (`-Infinity` forbids, costs are negated).
 * @param accept - `true`: finite entries above `magnitudeLimit(rows + cols)` are kept and flagged
 *   in `huge`; `false`: they are errors, as the dense matrices' are.
 * @param copy - copy even typed arrays (when an entry is dropped).
 */
export function readCsrEntries(
  fn: string,
  input: CsrMatrix,
  maximize: boolean,
  accept: boolean,
  copy = false,
): CsrEntries {
  const rows = checkDimension(fn, 'rows', input.rows);
  const cols = checkDimension(fn, 'cols', input.cols);
  const indptr = field(fn, input, 'indptr');
  const indices = field(fn, input, 'indices');
  const data = field(fn, input, 'data');
  const nnz = indices.length;
  if (indptr.length !== rows + 1) {
    fail(fn, ['indptr'], WRONG_LENGTH, { length: indptr.length, of: 'indptr', count: rows + 1, per: 'none' });
  }
  if (data.length !== nnz) {
    fail(fn, ['data'], WRONG_LENGTH, { length: data.length, of: 'indices', count: nnz, per: 'none' });
  }
  // Row bounds, read once.
  const bounds = new Int32Array(rows + 1);
  for (let i = 0; i <= rows; i++) {
    // Read as given: `Number.isInteger` is false for anything but an integral number.
    const p = indptr[i] as number;
    if (!Number.isInteger(p) || p < 0 || p > nnz) {
      fail(fn, ['indptr', i], INVALID_INDEX, { kind: 'offset', max: nnz, found: describeValue(p) });
    }
    if (i === 0 && p !== 0) fail(fn, ['indptr', 0], INVALID_INDPTR, { problem: 'first', found: describeValue(p) });
    if (i > 0 && p < (bounds[i - 1] as number)) {
      const previous = bounds[i - 1] as number;
      fail(fn, ['indptr', i], INVALID_INDPTR, { problem: 'decreasing', found: p, before: i - 1, previous });
    }
    bounds[i] = p;
  }
  if (bounds[rows] !== nnz) {
    fail(fn, ['indptr', rows], INVALID_INDPTR, { problem: 'last', count: nnz, found: bounds[rows] as number });
  }
  const limit = magnitudeLimit(rows + cols);
  // Typed arrays of the kernel's own types, minimised: read in place (never written) unless an
  // entry is dropped, which reads them again into copies.
  const direct = !copy && !maximize && indices instanceof Int32Array && data instanceof Float64Array;
  const col = direct ? indices : new Int32Array(nnz);
  const cost = direct ? data : new Float64Array(nnz);
  const start = direct ? bounds : new Int32Array(rows + 1);
  // Last row (plus one) that named each column, to find duplicates in a row whose indices do not ascend.
  const seenRow = new Int32Array(cols);
  const issues: InputIssue[] = [];
  const least = accept && rows === cols ? new Float64Array(3 * cols).fill(Number.POSITIVE_INFINITY) : undefined;
  let hasHuge = false;
  let count = 0;
  for (let i = 0; i < rows; i++) {
    const end = bounds[i + 1] as number;
    // A row whose indices ascend has no duplicate: the marks are needed only once one descends
    // (then `previous` is `cols`, and every later index of the row is marked).
    let previous = -1;
    for (let k = bounds[i] as number; k < end; k++) {
      // Read as given: a number that `>>> 0` leaves unchanged is an integer from 0 (cols < 2^31).
      const j = indices[k] as number;
      if (!(typeof j === 'number' && j >>> 0 === j && j < cols)) {
        fail(fn, ['indices', k], INVALID_INDEX, {
          kind: 'column',
          max: cols - 1,
          empty: 'matrix',
          found: describeValue(j),
        });
      }
      if (j > previous) previous = j;
      else {
        if (previous < cols) {
          for (let q = bounds[i] as number; q < k; q++) seenRow[indices[q] as number] = i + 1;
          previous = cols;
        }
        if (seenRow[j] === i + 1) {
          fail(fn, ['indices', k], DUPLICATE_ENTRY, { kind: 'column', found: String(j), list: 'indices' });
        }
        seenRow[j] = i + 1;
      }
      const value: unknown = data[k];
      const c = typeof value === 'number' ? (maximize ? -value : value) : Number.NaN;
      if (!(Math.abs(c) <= limit)) {
        if (c === Number.POSITIVE_INFINITY) {
          // Forbidden: not kept.
          if (direct) return readCsrEntries(fn, input, maximize, accept, true);
          continue;
        }
        if (accept && Number.isFinite(c)) hasHuge = true;
        else if (issues.length < MAX_ISSUES) issues.push(dataIssue(k, i, j, value, limit));
      }
      if (!direct) {
        col[count] = j;
        cost[count] = c;
      }
      if (least !== undefined && c < (least[3 * j] as number)) {
        least[3 * j] = c;
        least[3 * j + 1] = i;
        least[3 * j + 2] = count;
      }
      count++;
    }
    // In place, `start` is `bounds`, which holds this `count` already (nothing was dropped).
    start[i + 1] = count;
  }
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return { n: rows, m: cols, start, col, cost, rows, cols, huge: hasHuge, least };
}

function dataIssue(k: number, i: number, j: number, value: unknown, limit: number): InputIssue {
  const problem = entryProblem(value);
  const found = describeValue(value);
  return solverIssue(['data', k], BAD_ENTRY, {
    problem,
    sparse: true,
    index: k,
    row: i,
    col: j,
    found,
    limit: limit.toPrecision(3),
  });
}
