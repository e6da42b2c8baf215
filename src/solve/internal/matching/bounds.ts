/**
 * Upper bounds on single figures of matchings that keep the hours budgets, for the proof of a
 * result the search could not close: the Lagrangian bound with exact penalised flows for sums
 * (`weightedTotal`, `weightedCount`, `count`), and for `fair`'s lowest score, given its number of
 * pairs, the highest threshold at which the budgets read as places still allow that many pairs.
 */
import { capacitatedAssignment } from '../../capacitatedAssignment.js';
import { bufferOf } from './claims.js';
import { type LagrangianBound, lagrangianBound, type PenalisedSolver } from './lagrangian.js';
import {
  distinctAbove,
  type MatchingProblem,
  mapPairs,
  NO_LIMIT,
  pairValue,
  type SumFigure,
  solverMatrix,
} from './problem.js';
import { type SparseRows, shared } from './sparseRows.js';

/** Subgradient steps of a Lagrangian bound: 30, fewer as each flow grows (about 2e6 entries in all, at least 5). */
export function lagrangianSteps(problem: MatchingProblem): number {
  return Math.max(5, Math.min(30, Math.floor(2e6 / Math.max(1, problem.rows * problem.cols))));
}

/** What each pair is worth to a sum figure: `weightedTotal` priority × score, `weightedCount` priority, `count` 1. */
export function pairValues(problem: MatchingProblem, figure: SumFigure): Float64Array {
  const { priority } = problem;
  return mapPairs(problem, (r, s) => pairValue(figure, priority[r] as number, s));
}

/** {@link pairValues} on the allowed pairs only, one value per pair of `pairs` (in its order). */
export function pairValuesAt(
  problem: MatchingProblem,
  pairs: SparseRows,
  figure: 'weightedTotal' | 'weightedCount' | 'count',
): Float64Array {
  const { start, score } = pairs;
  // In shared memory like the scores (a helper thread may read them: the auction's passes).
  const out = new Float64Array(bufferOf(8 * score.length, shared(score)));
  for (let r = 0; r < problem.rows; r++) {
    const p = problem.priority[r] as number;
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++)
      out[e] = pairValue(figure, p, score[e] as number);
  }
  return out;
}

/**
 * The bound of a sum figure found in one pass over the allowed pairs: the least of every row at its
 * best pair and every mentor's `places` at its best pair (capacities and budgets read as places,
 * each a relaxation). Far weaker than the Lagrangian bound, but there at once.
 */
export function quickBound(
  problem: MatchingProblem,
  pairs: SparseRows,
  places: Int32Array,
  figure: 'weightedTotal' | 'weightedCount' | 'count',
): number {
  const { start, col, score } = pairs;
  const best = new Float64Array(problem.cols);
  let rows = 0;
  for (let r = 0; r < problem.rows; r++) {
    const p = problem.priority[r] as number;
    let most = 0;
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
      const v = figure === 'weightedTotal' ? p * (score[e] as number) : figure === 'weightedCount' ? p : 1;
      if (v > most) most = v;
      const j = col[e] as number;
      if (v > (best[j] as number)) best[j] = v;
    }
    rows += most;
  }
  let cols = 0;
  for (let j = 0; j < problem.cols; j++) cols += (places[j] as number) * (best[j] as number);
  return Math.min(rows, cols);
}

/** The penalised problem solved exactly by a min-cost flow over `values` with `places`. */
export function flowSolver(problem: MatchingProblem, values: Float64Array, places: Int32Array): PenalisedSolver {
  const { rows, hours, groups } = problem;
  const { start, cols } = problem.pairs;
  const data = new Float64Array(values.length);
  return (lambda) => {
    for (let r = 0; r < rows; r++) {
      const h = hours[r] as number;
      for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
        const v = values[e] as number;
        data[e] = v === Number.NEGATIVE_INFINITY ? v : v - (lambda[cols[e] as number] as number) * h;
      }
    }
    const pairs = capacitatedAssignment(solverMatrix(problem, data), {
      ...NO_LIMIT,
      capacities: places,
      maximize: true,
      unassignedCost: 0,
      ...(groups === undefined ? {} : { groups }),
    });
    const assign = new Int32Array(rows).fill(-1);
    for (let k = 0; k < pairs.rows.length; k++) assign[pairs.rows[k] as number] = pairs.cols[k] as number;
    return { assign, upper: pairs.total };
  };
}

/** The Lagrangian bound of a sum figure with exact flows. */
export function sumBound(
  problem: MatchingProblem,
  figure: 'weightedTotal' | 'weightedCount' | 'count',
  places: Int32Array,
  lower: number,
  candidate: (assign: Int32Array) => number,
): LagrangianBound {
  return lagrangianBound(
    problem,
    flowSolver(problem, pairValues(problem, figure), places),
    lagrangianSteps(problem),
    lower,
    candidate,
  );
}

/**
 * An upper bound on the lowest score of any matching with `count` pairs that keeps the budgets:
 * the highest score level at which the budgets read as places still allow `count` pairs (capped by
 * the problem's ceiling). O(log(levels)) flows.
 */
export function lowestBound(problem: MatchingProblem, places: Int32Array, count: number): number {
  const { groups } = problem;
  const { scores } = problem.pairs;
  if (count === 0) return problem.ceiling;
  const levels = distinctAbove(scores, Number.NEGATIVE_INFINITY);
  const data = new Float64Array(scores.length);
  const reaches = (threshold: number): boolean => {
    for (let k = 0; k < data.length; k++) data[k] = (scores[k] as number) >= threshold ? 0 : Number.NEGATIVE_INFINITY;
    const pairs = capacitatedAssignment(solverMatrix(problem, data), {
      ...NO_LIMIT,
      capacities: places,
      maximize: true,
      partial: true,
      ...(groups === undefined ? {} : { groups }),
    });
    return pairs.rows.length >= count;
  };
  let lo = 0;
  let hi = levels.length - 1;
  if (hi < 0 || !reaches(levels[0] as number)) return Number.NEGATIVE_INFINITY;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (reaches(levels[mid] as number)) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(levels[lo] as number, problem.ceiling);
}
