/**
 * Assignment with capacities: columns (mentors) take several rows, rows (mentees, or a mentee's
 * topic requests) may need several distinct columns, and rows of one group never share a column.
 */
import { InfeasibleError, type InputIssue, InvalidInputError } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { type CsrMatrix, isCsrMatrix } from './csrMatrix.js';
import { isDenseMatrix, isMatrixLike, type MatrixInput } from './denseMatrix.js';
import { arrayLike } from './internal/arrayLike.js';
import { runSteps, type Steps, startClock, timeLimitOf } from './internal/clock.js';
import { denseCosts, solveDense } from './internal/flow/csrCosts.js';
import type { FlowNetwork, FlowProblem } from './internal/flow/network.js';
import { indexCsr } from './internal/flow/rowIndex.js';
import { solveFlowSteps } from './internal/flow/solveFlow.js';
import { solveLine } from './internal/flow/solveLine.js';
import { fail, INVALID_LIST, INVALID_TYPE, REQUIRED, solverIssue, TOO_BIG, WRONG_LENGTH } from './internal/issue.js';
import {
  CAPACITATED_MAX_ENTRIES,
  checkDimension,
  checkEntries,
  checkStoredEntries,
  maxEntriesOption,
} from './internal/matrixShape.js';
import { type KernelMatrix, magnitudeLimit, readCostMatrix } from './internal/readCostMatrix.js';
import { readCsrEntries } from './internal/readCsrMatrix.js';
import { readGroups } from './internal/readGroups.js';
import { booleanOption, optionsRecord } from './internal/resolveOptions.js';

const FN = 'capacitatedAssignment';
/** Most issues listed in one error. */
const MAX_ISSUES = 10;

/** Options of {@link capacitatedAssignment}. */
export interface CapacitatedAssignmentOptions {
  /**
   * Per column: the most rows it takes, an integer ≥ 0, or `Infinity` for no limit. Required, one
   * entry per column.
   */
  readonly capacities: ArrayLike<number>;
  /** Per row: how many distinct columns it must get, an integer ≥ 0; default 1 for every row. */
  readonly demands?: ArrayLike<number>;
  /**
   * Per row: a group id (an integer); rows with the same id never get the same column, e.g. one
   * mentee's several topic requests never land on the same mentor. Default: no groups.
   */
  readonly groups?: ArrayLike<number>;
  /** Maximise the total instead of minimising it (then `-Infinity` forbids a pair); default `false`. */
  readonly maximize?: boolean;
  /**
   * When not every demand can be met, assign as many units as possible, and among those the optimal
   * total, instead of throwing; default `false`.
   */
  readonly partial?: boolean;
  /**
   * When given, any unit may stay unassigned at this cost (with `maximize`: for this value), as if
   * it went to a column of unlimited room exempt from groups: the result then optimises the total
   * including those units, and is never infeasible. With scores to maximise, `0` means "assign a
   * pair only when it adds to the total". Default: every unit must be assigned (or `partial`).
   */
  readonly unassignedCost?: number;
  /**
   * Most matrix entries (rows × columns) accepted, checked before anything is copied (over it:
   * {@link InvalidInputError} of code `TOO_LARGE`); an integer ≥ 0 or `Infinity`; default 2^25
   * (33,554,432: about 1 GiB with the flow network). For a {@link CsrMatrix}, its stored entries
   * (`indices.length`) are counted instead.
   */
  readonly maxEntries?: number;
  /**
   * The most milliseconds the solve may take (a number ≥ 0; default: no limit), checked against
   * the clock between shortest path searches: when it runs out, a {@link MentormatchError} of code
   * `TIME_LIMIT` is thrown.
   */
  readonly timeLimitMs?: number;
}

/** The result of {@link capacitatedAssignment}. */
export interface CapacitatedAssignment {
  /** Row of each assigned pair; pairs are sorted by row, then column. */
  readonly rows: Int32Array;
  /** Column of each assigned pair. */
  readonly cols: Int32Array;
  /** Sum of the assigned entries (`0` when nothing is assigned). */
  readonly total: number;
  /** Columns assigned to each row. */
  readonly rowLoad: Int32Array;
  /** Rows assigned to each column. */
  readonly colLoad: Int32Array;
}

/**
 * Assigns rows to columns at the least total cost (or the greatest, with `maximize`) when columns
 * have capacities: every row `r` gets `demands[r]` distinct columns, every column `c` takes at most
 * `capacities[c]` rows, a pair is used at most once, and rows sharing a `groups` id never share a
 * column. Forbidden pairs are `Infinity` (`-Infinity` when maximising).
 *
 * Exact: a min-cost flow by successive shortest paths with potentials, where a column stays a sink
 * while it has room (columns are never replicated). One column (`n × 1`) or one row (`1 × m`) is
 * solved directly, in O(L log L) for its L entries: its best entries, one per group. Memory: the
 * cost matrix (borrowed when it is a `DenseMatrix` being minimised, else copied) plus
 * O(rows + columns + pairs). Deterministic; the input is never modified.
 *
 * A {@link CsrMatrix} (compressed sparse rows, scipy's `csr_matrix` fields) is solved without ever
 * building the dense `rows × cols` matrix: absent pairs are forbidden (as is the forbidding
 * infinity, when given), the kernel reads the allowed entries row by row (a pair's cost by binary
 * search in its row), and memory is O(stored entries + rows + columns), about 30 bytes per entry at
 * the peak. The results, options and errors are those of the dense equivalent (the same pairs, ties
 * included: a matrix with more than 40 % of its pairs allowed, or of one row or one column, is
 * solved in dense form, at most 20 bytes per stored entry); its fields are checked as
 * `linearSumAssignment` checks them, and `maxEntries` counts its stored entries.
 *
 * @param costs - cost of each (row, column) pair: nested arrays, a {@link DenseMatrix}, an
 *   ml-matrix `Matrix` or a {@link CsrMatrix}.
 * @param options - capacities (required), demands, groups, `maximize`, `partial`, `unassignedCost`.
 * @returns the pairs, sorted by row then column, their total and the loads.
 * @throws {@link InvalidInputError} on a bad matrix entry or option, naming its position and value.
 * @throws {@link InfeasibleError} when some demand cannot be met and `partial` is off.
 *
 * @example
 * ```ts
 * import { capacitatedAssignment } from 'mentormatch';
 *
 * // Three mentees, two mentors: mentor 0 takes up to two mentees, mentor 1 one.
 * const costs = [
 *   [1, 4],
 *   [2, 3],
 *   [1, 9],
 * ];
 * const { rows, cols, total } = capacitatedAssignment(costs, { capacities: [2, 1] });
 * console.log([...rows], [...cols], total); // [0, 1, 2] [0, 1, 0] 5
 * ```
 * @example
 * ```ts
 * import { capacitatedAssignment } from 'mentormatch';
 *
 * // The same problem in compressed sparse rows, without the pair (2, 1) (absent = forbidden).
 * const sparse = { rows: 3, cols: 2, indptr: [0, 2, 4, 5], indices: [0, 1, 1, 0, 0], data: [1, 4, 3, 2, 1] };
 * const { rows, cols, total } = capacitatedAssignment(sparse, { capacities: [2, 1] });
 * console.log([...rows], [...cols], total); // [0, 1, 2] [0, 1, 0] 5
 * ```
 */
export function capacitatedAssignment(
  costs: MatrixInput | CsrMatrix,
  options: CapacitatedAssignmentOptions,
): CapacitatedAssignment {
  return runSteps(capacitatedSteps(costs, options), startClock(FN, timeLimitOf(options)));
}

/** {@link capacitatedAssignment} in steps: `'read'` (the matrix and options), then the solve. */
export function* capacitatedSteps(
  costs: MatrixInput | CsrMatrix,
  options: CapacitatedAssignmentOptions,
): Steps<CapacitatedAssignment> {
  if (options === undefined) {
    fail(FN, ['options', 'capacities'], REQUIRED, { expected: ['capacityPerColumn'] });
  }
  const record = optionsRecord(FN, options);
  const maximize = booleanOption(FN, record, 'maximize', false);
  const partial = booleanOption(FN, record, 'partial', false);
  const skip = record.unassignedCost;
  const maxEntries = maxEntriesOption(FN, record, CAPACITATED_MAX_ENTRIES);
  // Compressed sparse rows: never a dense copy; its size is its stored entries.
  const csr = isCsrMatrix(costs) ? costs : null;
  if (csr === null) checkEntries(FN, costs, maxEntries);
  else checkStoredEntries(FN, csr, maxEntries);
  // The shape first (the options' lengths depend on it), the entries once the orientation is known.
  const dims =
    csr !== null
      ? { rows: checkDimension(FN, 'rows', csr.rows), cols: checkDimension(FN, 'cols', csr.cols) }
      : (matrixDims(costs as MatrixInput) ?? (yield* readCostMatrix(FN, costs as MatrixInput, maximize, 'never')));
  const n = dims.rows;
  const m = dims.cols;
  const issues: InputIssue[] = [];
  const capacity = readCounts(record, 'capacities', m, n, true, issues);
  const demand = readCounts(record, 'demands', n, m, false, issues);
  const groupOf = readGroups(record, n, 'matrix', 'row', issues);
  const maximum = magnitudeLimit(n + m);
  if (skip !== undefined && (typeof skip !== 'number' || !(Math.abs(skip) <= maximum))) {
    const found = describeValue(skip);
    issues.push(solverIssue(['options', 'unassignedCost'], TOO_BIG, { origin: 'magnitude', maximum, found }));
  }
  if (issues.length > 0 || capacity === null) throw new InvalidInputError(FN, issues.slice(0, MAX_ISSUES));
  const demands = demand ?? new Int32Array(n).fill(1);
  let supply = 0;
  let wanted = 0;
  for (let j = 0; j < m; j++) supply += capacity[j] as number;
  for (let i = 0; i < n; i++) wanted += demands[i] as number;
  const sign = maximize ? -1 : 1;
  const flip = (partial || skip !== undefined) && supply < wanted;
  // Every entry is validated here, before any verdict on feasibility. Sparse input stays sparse
  // (`entries`) unless its dense form is no larger (see flow/csrCosts.ts).
  const read = csr === null ? null : readCsrEntries(FN, csr, maximize, false);
  const entries = read !== null && !solveDense(read) ? read : null;
  const km: KernelMatrix | null =
    read !== null
      ? entries === null
        ? {
            n: flip ? m : n,
            m: flip ? n : m,
            cost: denseCosts(read, flip),
            transposed: flip,
            rows: n,
            cols: m,
            huge: false,
          }
        : null
      : 'cost' in dims && !flip
        ? dims
        : yield* readCostMatrix(FN, costs as MatrixInput, maximize, flip ? 'always' : 'never');
  yield 'read';
  if (!partial && skip === undefined) {
    // A row cannot get more distinct columns than there are (demands were clamped to m)...
    const row = demand === null ? -1 : firstAbove(record, m);
    if (row >= 0) throw new InfeasibleError(FN, infeasibleReason(record, row, m));
    // ...and the columns cannot take more than their capacities.
    if (supply < wanted)
      throw new InfeasibleError(FN, `the rows ask for ${wanted} pairs but the columns' capacities allow ${supply}`);
  }

  // One column or one row: its best entries, directly (an n × 1 or 1 × n matrix is the same array).
  if (n === 1 || m === 1) {
    const { cost } = km as KernelMatrix;
    const line = solveLine(
      { n, m, cost, capacity, demand: demands, groupOf },
      partial,
      skip === undefined ? undefined : sign * (skip as number),
    );
    if (!line.feasible) throw new InfeasibleError(FN, infeasibleReason(record, line.failedRow, m));
    return lineResult(line.picked, n, m, cost, sign);
  }

  // Oversubscribed: the same b-matching solved from the columns' side, where the searches are short
  // (each column's units pick among many rows), as for tall assignments.
  // With unassignedCost c, leaving a row's unit out costs c: the same as subtracting c from every
  // entry and leaving units out for free, which is symmetric, so the columns' side can search.
  if (flip) {
    const shift = skip === undefined ? 0 : sign * (skip as number);
    // Sparse: the allowed entries of the transpose, lowered by `shift`; dense: the transposed copy.
    const flipped = entries === null ? (km as KernelMatrix).cost : null;
    if (flipped !== null && shift !== 0)
      for (let k = 0; k < flipped.length; k++) flipped[k] = (flipped[k] as number) - shift;
    // Row groups become column groups: a column (mentor) takes at most one row of a group.
    const problem: FlowProblem = {
      n: m,
      m: n,
      cost: flipped,
      sparse: entries === null ? null : indexCsr(entries, true, shift),
      capacity: demands,
      demand: capacity,
      groupOf: null,
      colGroupOf: groupOf,
    };
    const solution = yield* skip === undefined ? solveFlowSteps(problem, true) : solveFlowSteps(problem, false, 0);
    return collect(solution.net, solution.placed, n, m, shift, sign, true);
  }
  const problem: FlowProblem =
    entries === null
      ? { n, m, cost: (km as KernelMatrix).cost, capacity, demand: demands, groupOf }
      : { n, m, cost: null, sparse: indexCsr(entries, false, 0), capacity, demand: demands, groupOf };
  const solution = yield* solveFlowSteps(problem, partial, skip === undefined ? undefined : sign * (skip as number));
  if (!solution.feasible) throw new InfeasibleError(FN, infeasibleReason(record, solution.failedRow, m));
  return collect(solution.net, solution.placed, n, m, 0, sign, false);
}

/**
 * The pairs of a solved network, sorted by row then column, with their total (summed from the
 * slots' costs, in network order) and loads; `flipped` when the network's rows are the input's
 * columns (then each cost was lowered by `shift`).
 */
function collect(
  net: FlowNetwork,
  placed: number,
  n: number,
  m: number,
  shift: number,
  sign: number,
  flipped: boolean,
): CapacitatedAssignment {
  const rows = new Int32Array(placed);
  const cols = new Int32Array(placed);
  const rowLoad = new Int32Array(n);
  const colLoad = new Int32Array(m);
  const real = flipped ? n : m;
  // Count per input row, then place each pair in network order (columns ascending within a row).
  const each = (visit: (i: number, j: number, s: number) => void) => {
    for (let a = 0; a < net.n; a++) {
      const end = net.rowStart[a + 1] as number;
      for (let s = net.rowStart[a] as number; s < end; s++) {
        const b = net.slotCol[s] as number;
        if (b < 0 || b >= real) continue;
        if (flipped) visit(b, a, s);
        else visit(a, b, s);
      }
    }
  };
  each((i, j) => {
    rowLoad[i] = (rowLoad[i] as number) + 1;
    colLoad[j] = (colLoad[j] as number) + 1;
  });
  const next = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) next[i + 1] = (next[i] as number) + (rowLoad[i] as number);
  let total = 0;
  const { slotCost } = net;
  each((i, j, s) => {
    const k = next[i] as number;
    next[i] = k + 1;
    rows[k] = i;
    cols[k] = j;
    total += flipped ? (slotCost[s] as number) + shift : (slotCost[s] as number);
  });
  for (let i = 0; i < n; i++) cols.subarray((next[i] as number) - (rowLoad[i] as number), next[i]).sort();
  return { rows, cols, total: sign * total + 0, rowLoad, colLoad };
}

/** The result for one column (`picked` rows) or one row (`picked` columns) of `cost`. */
function lineResult(picked: Int32Array, n: number, m: number, cost: Float64Array, sign: number): CapacitatedAssignment {
  const zeros = new Int32Array(picked.length);
  const rowLoad = new Int32Array(n);
  const colLoad = new Int32Array(m);
  let total = 0;
  for (let k = 0; k < picked.length; k++) {
    const at = picked[k] as number;
    total += cost[at] as number;
    if (m === 1) rowLoad[at] = 1;
    else colLoad[at] = 1;
  }
  if (m === 1 && n > 0) colLoad[0] = picked.length;
  else if (n === 1) rowLoad[0] = picked.length;
  const [rows, cols] = m === 1 ? [picked, zeros] : [zeros, picked];
  return { rows, cols, total: sign * total + 0, rowLoad, colLoad };
}

/**
 * Reads a per-row or per-column count option (`capacities`, `demands`): integers ≥ 0 (and, for
 * capacities, `Infinity`), clamped to `most` (a column can take at most every row, a row at most
 * every column). Returns null when the option is absent and not required.
 */
function readCounts(
  record: Readonly<Record<string, unknown>>,
  name: 'capacities' | 'demands',
  length: number,
  most: number,
  required: boolean,
  issues: InputIssue[],
): Int32Array | null {
  const value = record[name];
  const what = name === 'capacities' ? 'column' : 'row';
  if (value === undefined && !required) return null;
  const list = arrayLike(value);
  if (list === null) {
    issues.push(
      solverIssue(['options', name], INVALID_LIST, { item: 'integer', per: what, found: describeValue(value) }),
    );
    return null;
  }
  if (list.length !== length) {
    const params = { length: list.length, of: 'matrix', count: length, per: what };
    issues.push(solverIssue(['options', name], WRONG_LENGTH, params));
    return null;
  }
  const counts = new Int32Array(length);
  for (let k = 0; k < length; k++) {
    const x = list[k];
    const unlimited = name === 'capacities' && x === Number.POSITIVE_INFINITY;
    if (typeof x !== 'number' || !(unlimited || (Number.isInteger(x) && x >= 0))) {
      const expected = name === 'capacities' ? ['integerFrom0', 'infinity'] : ['integerFrom0'];
      issues.push(solverIssue(['options', name, k], INVALID_TYPE, { expected, found: describeValue(x) }));
      continue;
    }
    counts[k] = Math.min(x, most);
  }
  return counts;
}

/**
 * The shape of a matrix input when it can be read without touching the entries (a `DenseMatrix`, a
 * `MatrixLike`, nested arrays with an array-like first row), else null; the entries are validated
 * later by `readCostMatrix`, which rejects any mismatch.
 */
function matrixDims(input: MatrixInput): { rows: number; cols: number } | null {
  if (isDenseMatrix(input)) return { rows: input.rows, cols: input.cols };
  if (isMatrixLike(input)) {
    const { rows, columns } = input;
    return Number.isSafeInteger(rows) && Number.isSafeInteger(columns) ? { rows, cols: columns } : null;
  }
  if (!Array.isArray(input)) return null;
  if (input.length === 0) return { rows: 0, cols: 0 };
  const first: unknown = input[0];
  const length = first !== null && typeof first === 'object' ? (first as { length?: unknown }).length : undefined;
  return typeof length === 'number' && Number.isSafeInteger(length) && length >= 0
    ? { rows: input.length, cols: length }
    : null;
}

/** The first row whose demand exceeds the `m` columns, or -1 (demands already validated). */
function firstAbove(record: Readonly<Record<string, unknown>>, m: number): number {
  const demands = arrayLike(record.demands) as ArrayLike<number>;
  for (let i = 0; i < demands.length; i++) if ((demands[i] as number) > m) return i;
  return -1;
}

/** Why the first unmet row could not be served, in words. */
function infeasibleReason(record: Readonly<Record<string, unknown>>, row: number, m: number): string {
  const demands = arrayLike(record.demands);
  const wanted = demands === null ? 1 : (demands[row] as number);
  const need = wanted === 1 ? 'a column' : `${wanted} distinct columns`;
  const why = wanted > m ? ` (the matrix has ${m} columns)` : '';
  return `row ${row} cannot get ${need}${why} over allowed pairs within the capacities and groups, together with the rows before it (pass partial: true for as many as possible)`;
}
