/**
 * The linear assignment kernel: Jonker–Volgenant initialisation (column reduction and reduction
 * transfer on square matrices), a greedy match on tight edges, augmenting row reduction, then one
 * shortest augmenting path per free row (the sparse search when most pairs are forbidden). Input: a validated `n × m` cost matrix with `n ≤ m`,
 * minimised, forbidden = `+Infinity`.
 *
 * `partial`, exactly and without a penalty constant: when some rows cannot be matched, the same
 * pass, skipping them, finds the largest number of pairs K (a row with no augmenting path never
 * gets one later: Berge's lemma, as in Kuhn's method). Then the problem is solved again with
 * `n − K` extra columns of one same cost for every row: every row is matched, at most `n − K` of
 * them to an extra column, so exactly K to real columns, with the least total among all
 * assignments of K pairs (the extra columns add the same constant to every solution). Rows
 * matched to an extra column are reported unmatched.
 */

import { checkTime, drain, SLICE, type Steps, sliceDue } from '../clock.js';
import { largestAllowed } from '../largestAllowed.js';
import { augmentingRowReduction } from './augmentingRowReduction.js';
import { matchTightEdges } from './matchTightEdges.js';
import { reduceColumns } from './reduceColumns.js';
import { sparseRowIndex } from './rowIndex.js';
import { seedFromRow, shortestAugmentingPath } from './shortestAugmentingPath.js';
import { sparseShortestAugmentingPath } from './sparseShortestAugmentingPath.js';
import { createWorkspace, type LsapWorkspace } from './workspace.js';

/**
 * After column reduction and the greedy match on a square matrix, the share of rows still free
 * above which the kernel starts again from zero duals (see `completeAssignment`).
 */
const RESTART_FREE = 0.75;

/** Which shortest path search the kernel uses. */
export type SearchChoice = 'auto' | 'dense' | 'sparse';

/** What the kernel returns, in kernel orientation. */
export interface LsapSolution {
  /** Column of each row, `-1` = unassigned. */
  readonly x: Int32Array;
  /** Row of each column, `-1` = unassigned. */
  readonly y: Int32Array;
  /** Row duals: `cost[i][x[i]] - v[x[i]]` for matched rows, 0 for the others. */
  readonly u: Float64Array;
  /** Column duals. */
  readonly v: Float64Array;
  /** Number of pairs. */
  readonly size: number;
  /** False when not every row could be matched and `partial` was off (nothing else is valid then). */
  readonly feasible: boolean;
}

/**
 * Solves the kernel problem.
 *
 * @param n - rows, `n ≤ m`.
 * @param m - columns.
 * @param cost - `n × m` row-major costs; read only.
 * @param partial - on rows that cannot be matched, solve for the most pairs instead of failing.
 * @param search - which shortest path search to use: chosen by density (`'auto'`), or forced (for
 *   tests that hold the two searches against each other).
 */
export function solveLsap(
  n: number,
  m: number,
  cost: Float64Array,
  partial: boolean,
  search: SearchChoice = 'auto',
): LsapSolution {
  return drain(solveLsapSteps(n, m, cost, partial, search));
}

/** {@link solveLsap} in steps: it yields (`'solve'`) when an async caller's time slice is over. */
export function* solveLsapSteps(
  n: number,
  m: number,
  cost: Float64Array,
  partial: boolean,
  search: SearchChoice = 'auto',
): Steps<LsapSolution> {
  const ws = createWorkspace(n, m, cost);
  const unmatched = yield* completeAssignment(ws, partial, search);
  if (unmatched === 0) return solution(cost, m, ws.x, ws.y, ws.v, n);
  if (!partial) return { x: ws.x, y: ws.y, u: new Float64Array(n), v: ws.v, size: 0, feasible: false };
  // Solve again with `unmatched` extra columns, then drop them.
  const wide = m + unmatched;
  const widened = new Float64Array(n * wide).fill(largestAllowed(cost));
  for (let i = 0; i < n; i++) widened.set(cost.subarray(i * m, i * m + m), i * wide);
  const extended = createWorkspace(n, wide, widened);
  yield* completeAssignment(extended, false, search);
  const x = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const j = extended.x[i] as number;
    x[i] = j < m ? j : -1;
  }
  return solution(cost, m, x, extended.y.slice(0, m), extended.v.slice(0, m), n - unmatched);
}

/** A feasible solution, with the implicit row duals made explicit. */
function solution(
  cost: Float64Array,
  m: number,
  x: Int32Array,
  y: Int32Array,
  v: Float64Array,
  size: number,
): LsapSolution {
  const u = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const j = x[i] as number;
    if (j >= 0) u[i] = (cost[i * m + j] as number) - (v[j] as number);
  }
  return { x, y, u, v, size, feasible: true };
}

/**
 * Matches every row it can. Stops at the first row without an augmenting path unless
 * `skipFailures`, in which case such rows are skipped (they stay free).
 *
 * @returns the number of rows left unmatched.
 */
function* completeAssignment(ws: LsapWorkspace, skipFailures: boolean, search: SearchChoice): Steps<number> {
  const { n, m, x, y, v, free } = ws;
  if (n === 0) return 0;
  let numFree = n === m ? yield* reduceColumns(ws) : -1;
  // After column reduction every reduced cost is ≥ 0.
  let floor = 0;
  if (numFree < 0) {
    floor = Number.NEGATIVE_INFINITY;
    // Rectangular, or a square matrix with a column that has no allowed entry.
    if (n === m && !skipFailures) return 1;
    x.fill(-1);
    y.fill(-1);
    v.fill(0);
    for (let i = 0; i < n; i++) free[i] = i;
    numFree = n;
  }
  numFree = yield* matchTightEdges(ws, numFree, floor);
  if (floor === 0 && numFree > RESTART_FREE * n) {
    // Column reduction left most rows free: a few rows hold the minima of most columns, as when
    // every row is a constant plus small noise (the rows with the smallest constants take every
    // column minimum). Those column duals rank the columns alike for every other row, so the
    // remaining rows contend for the same few columns and each search is long (12–21× scipy's time
    // measured at n = 1000–2000). Start again from zero duals and an empty matching, as on a
    // rectangular matrix: each row then takes its own smallest entry. Zero duals are feasible and
    // a greedy pair sits at its row's smallest reduced cost, so the invariants of the later
    // phases hold as they do there.
    floor = Number.NEGATIVE_INFINITY;
    x.fill(-1);
    y.fill(-1);
    v.fill(0);
    for (let i = 0; i < n; i++) free[i] = i;
    numFree = yield* matchTightEdges(ws, n, floor);
  }
  numFree = yield* augmentingRowReduction(ws, numFree);
  const index = numFree > 0 && search !== 'dense' ? sparseRowIndex(n, m, ws.cost, search === 'sparse') : null;
  if (index !== null) {
    ws.d.fill(Number.POSITIVE_INFINITY);
  }
  let unmatched = 0;
  for (let k = 0; k < numFree; k++) {
    // The time budget (a search costs O(m) at least), and the event loop's turn in the async form.
    checkTime();
    if (sliceDue()) yield SLICE;
    const f = free[k] as number;
    let reached: number;
    if (index === null) {
      seedFromRow(ws, f);
      reached = shortestAugmentingPath(ws);
    } else {
      reached = sparseShortestAugmentingPath(ws, index, f);
    }
    if (reached < 0) {
      unmatched++;
      if (!skipFailures) return unmatched;
    }
  }
  return unmatched;
}
