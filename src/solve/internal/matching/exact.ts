/**
 * The objectives without hours budgets, solved exactly by min-cost flows (`capacitatedAssignment`,
 * maximising):
 * - `total`: the highest Σ priority × score; a pair is made only when it adds to it
 *   (`unassignedCost: 0`).
 * - `coverage`: the highest Σ priority over the matched rows, then the highest Σ priority × score.
 *   With one priority level this is `partial` (the most pairs, then the best total). With several,
 *   every pair of a row at level t (levels numbered from the lowest priority, 1, 2, …) is worth
 *   t × M + priority × score, M = 1 + Σ priorities: the row sets a flow can serve form a matroid
 *   (a gammoid), whose heaviest bases for the priorities are the heaviest for any increasing
 *   function of them, and a swap of rows that raises Σ priority gains at least M in the level part
 *   while the score part moves by less than M. So the optimum of the flow is the lexicographic
 *   one, up to rounding at the scale of t × M.
 * - `fair`: among the matchings with the most pairs, the highest lowest score (scores within
 *   {@link FAIR_TOLERANCE} relative count as equal), then the highest Σ priority × score: a binary
 *   search over the distinct scores (is there still a matching of the largest size using only pairs
 *   scoring at least the threshold?), then `partial` over the pairs at or above the best threshold.
 *   O(log(distinct scores)) solves.
 * `capacity` may override the problem's places (a relaxation of hours budgets reads them as places).
 */
import {
  type CapacitatedAssignmentOptions,
  capacitatedAssignment,
  capacitatedSteps,
} from '../../capacitatedAssignment.js';
import type { CsrMatrix } from '../../csrMatrix.js';
import { drain, type Steps, slicesOf } from '../clock.js';
import { largestAbove } from './largestAbove.js';
import { type PricedSolution, solveTotalPriced } from './pricing.js';
import {
  derivedPairs,
  distinctAbove,
  FAIR_TOLERANCE,
  type MatchingObjective,
  type MatchingProblem,
  NO_LIMIT,
  scoreOf,
  solverMatrix,
  withScores,
} from './problem.js';
import type { DerivedValues } from './rowsHelper.js';
import { sparseRows } from './sparseRows.js';

type Pairs = ReturnType<typeof capacitatedAssignment>;

/** The exact optimum of `objective` ignoring hours budgets: a column per row, -1 = unmatched. */
export function solveExact(
  problem: MatchingProblem,
  objective: MatchingObjective,
  capacity: Int32Array = problem.capacity,
): Int32Array {
  return drain(solveExactSteps(problem, objective, capacity));
}

/**
 * Above this many pairs, `total`, `coverage` and `fair` are solved by column generation
 * (`pricing.ts`; `coverage` as the `total` of level × M + priority × score, `fair` in three such
 * steps, with groups its threshold search too) from each row's best {@link PRICED_CANDIDATES}
 * pairs ({@link PRICED_GROUP_CANDIDATES} with groups): on the classic programme
 * of 25,000 mentees × 2,500 mentors (44.7 million allowed pairs) the flow over every pair took most
 * of the solve.
 */
export const PRICED_PAIRS = 4_000_000;
/** Each row's best pairs the first subset of column generation holds. */
export const PRICED_CANDIDATES = 64;
/**
 * The same with groups (a mentee's requests, which need distinct mentors), whose flow slows down
 * far more with the subset's size: micro 50,000 requests × 5,000 mentors without hours budgets
 * (14.1 million allowed pairs) solved in 24 s from 64 pairs a row (2 rounds), 8.9 s from 16, 4.7 s
 * from 8, 2.9 s from 4 (3 rounds, 0.7 million pairs searched) and 3.0 s from 2, the same optimum.
 */
export const PRICED_GROUP_CANDIDATES = 4;

/**
 * How an optimum was found: the pairs its search ran on and the others, each priced against the
 * duals (or prices) that prove it.
 */
export interface ExactCounts {
  searched: number;
  priced: number;
  /** Subsets solved (1 without column generation). */
  rounds: number;
}

/**
 * {@link solveExact} in steps: it yields when an async caller's time slice is over. With `most`,
 * `total`, `coverage` and `fair` are solved by column generation from each row's
 * best `most` pairs (by default above {@link PRICED_PAIRS} pairs); `counts`, when given, is told
 * the pairs searched and priced.
 */
export function* solveExactSteps(
  problem: MatchingProblem,
  objective: MatchingObjective,
  capacity: Int32Array = problem.capacity,
  most?: number,
  counts?: ExactCounts,
): Steps<Int32Array> {
  const size = problem.pairs.cols.length;
  const candidates =
    most ??
    (size > PRICED_PAIRS ? (problem.groups === undefined ? PRICED_CANDIDATES : PRICED_GROUP_CANDIDATES) : undefined);
  if (candidates !== undefined) {
    // `coverage` as the `total` of level × M + priority × score (see the file comment).
    const found =
      objective === 'fair'
        ? yield* solveFairPriced(problem, capacity, candidates)
        : // One column generation, the solve's last use of the helper: it may take on other work
          // between the pricing passes (`fair`'s later ones would wait for it).
          yield* pricedSolve(problem, objective, capacity, candidates);
    if (counts !== undefined) {
      counts.searched = found.searched;
      counts.priced = found.priced;
      counts.rounds = found.rounds;
    }
    return found.assign;
  }
  if (counts !== undefined) {
    counts.searched = size;
    counts.priced = 0;
    counts.rounds = 1;
  }
  const pairs = yield* solvePairs(problem, objective, capacity);
  const assign = new Int32Array(problem.rows).fill(-1);
  for (let k = 0; k < pairs.rows.length; k++) assign[pairs.rows[k] as number] = pairs.cols[k] as number;
  return assign;
}

/** `capacitatedAssignment` within the caller's phase: its time slices passed on. */
function assign(costs: CsrMatrix, options: CapacitatedAssignmentOptions): Steps<Pairs> {
  return slicesOf(capacitatedSteps(costs, { ...NO_LIMIT, ...options }));
}

function* solvePairs(problem: MatchingProblem, objective: MatchingObjective, capacity: Int32Array): Steps<Pairs> {
  const { groups } = problem;
  const scores = problem.pairs.scores;
  const base = { capacities: capacity, maximize: true, ...(groups === undefined ? {} : { groups }) };
  if (objective === 'total') {
    return yield* assign(matrix(problem, weighted(problem)), { ...base, unassignedCost: 0 });
  }
  if (objective === 'coverage')
    return yield* assign(matrix(problem, coverageValues(problem)), { ...base, partial: true });
  // fair: the most pairs, then the highest threshold that keeps them, then the best total above it.
  const widest = yield* assign(matrix(problem, null), { ...base, partial: true });
  const size = widest.rows.length;
  if (size === 0) return widest;
  let lowest = Number.POSITIVE_INFINITY;
  for (let k = 0; k < size; k++) {
    lowest = Math.min(lowest, scoreOf(problem, widest.rows[k] as number, widest.cols[k] as number));
  }
  const threshold = fairThreshold(problem, capacity, size, lowest);
  const values = weighted(problem) ?? scores;
  const above = new Float64Array(scores.length);
  for (let k = 0; k < above.length; k++) {
    above[k] = (scores[k] as number) >= threshold ? (values[k] as number) : Number.NEGATIVE_INFINITY;
  }
  return yield* assign(solverMatrix(problem, above), { ...base, partial: true });
}

/**
 * `fair`'s threshold: the highest score (less {@link FAIR_TOLERANCE}) such that the pairs scoring at
 * least it still hold a matching of `size` pairs, the largest there is; `lowest` is the lowest
 * score of one such matching (a threshold that keeps the size). Each threshold is checked without
 * groups by Hopcroft and Karp's phases on the pairs sorted once; with groups, the same check
 * without them first gives the highest threshold that can keep the size (groups only take
 * matchings away), and each threshold up to it is checked by a flow on the pairs at or above it,
 * by column generation from each row's best `most` pairs when `most` is given.
 */
function fairThreshold(
  problem: MatchingProblem,
  capacity: Int32Array,
  size: number,
  lowest: number,
  most?: number,
): number {
  const { rows, cols, groups } = problem;
  const scores = problem.pairs.scores;
  const base = { capacities: capacity, maximize: true, partial: true, ...(groups === undefined ? {} : { groups }) };
  // Each check's values: 0 (a flow over every pair) or 1 (column generation) at or above the
  // threshold, -Infinity below; one array for every check.
  const above = new Float64Array(groups === undefined ? 0 : scores.length);
  // No threshold below `lowest` is tried: only the pairs at or above it are sorted.
  const sorted = sparseRows(atOrAbove(problem, lowest));
  const free = (threshold: number): boolean => largestAbove(sorted, cols, capacity, threshold) >= size;
  const keeps = (threshold: number): boolean => {
    if (groups === undefined) return free(threshold);
    const value = most === undefined ? 0 : 1;
    for (let k = 0; k < above.length; k++) {
      above[k] = (scores[k] as number) >= threshold ? value : Number.NEGATIVE_INFINITY;
    }
    if (most === undefined)
      return capacitatedAssignment(solverMatrix(problem, above), { ...NO_LIMIT, ...base }).rows.length === size;
    // The most pairs at or above the threshold (each worth 1), by column generation.
    const found = drain(solveTotalPriced(problem, above, capacity, most));
    let matched = 0;
    for (let r = 0; r < rows; r++) if ((found.assign[r] as number) >= 0) matched++;
    return matched === size;
  };
  // No threshold above the size-th best of the rows' best scores keeps the size (a matching of that
  // size needs as many rows with a pair above it): the distinct scores between `lowest` and it are
  // the thresholds to search. Each row's best score at or above `lowest` leads its sorted pairs (a
  // row with none counts -Infinity: below `lowest`, it moves no rank at or above it).
  const best = Float64Array.from({ length: rows }, (_, r) =>
    (sorted.start[r] as number) < (sorted.start[r + 1] as number)
      ? (sorted.score[sorted.start[r] as number] as number)
      : Number.NEGATIVE_INFINITY,
  );
  best.sort();
  const top = best[rows - size] as number;
  const levels = distinctAbove(
    sorted.score.filter((v) => v >= lowest && v <= top),
    Number.NEGATIVE_INFINITY,
  );
  // levels[lo] keeps the size (`lowest`); find the highest that does. With groups, none above the
  // highest that keeps it without them, which is tried first.
  let lo = 0;
  let hi = levels.length - 1;
  if (groups !== undefined) {
    hi = highest(0, hi, (k) => free(levels[k] as number));
    if (hi > 0 && keeps(levels[hi] as number)) lo = hi;
    else hi--;
  }
  lo = highest(lo, Math.max(lo, hi), (k) => keeps(levels[k] as number));
  const level = Math.min(levels[lo] as number, problem.ceiling);
  return level - FAIR_TOLERANCE * Math.abs(level);
}

/** The highest `k` from `lo` to `hi` for which `holds(k)`, `holds` true at `lo` and monotone. */
function highest(lo: number, hi: number, holds: (k: number) => boolean): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (holds(mid)) a = mid;
    else b = mid - 1;
  }
  return a;
}

/**
 * `fair` by column generation: the most pairs (the `total` of M + priority × score,
 * M above every Σ priority × score), the threshold of {@link fairThreshold}, then the most pairs
 * and the best Σ priority × score on the pairs at or above it, the same way.
 */
function* solveFairPriced(problem: MatchingProblem, capacity: Int32Array, most: number): Steps<PricedSolution> {
  // The values of `countDerived`, and how the helper thread makes them from the scores.
  const countsFirst = (on: MatchingProblem) => {
    const derived = countDerived(on);
    return solveTotalPriced(on, derivedPairs(on, derived), capacity, most, false, derived);
  };
  const widest = yield* countsFirst(problem);
  let size = 0;
  let lowest = Number.POSITIVE_INFINITY;
  widest.assign.forEach((j, r) => {
    if (j < 0) return;
    size++;
    lowest = Math.min(lowest, scoreOf(problem, r, j));
  });
  if (size === 0) return widest;
  const threshold = fairThreshold(problem, capacity, size, lowest, most);
  const above = atOrAbove(problem, threshold);
  const found = yield* countsFirst(above);
  return { ...found, rounds: widest.rounds + found.rounds };
}

/** `problem` with only its pairs scoring at least `threshold` (the others `-Infinity`). */
function atOrAbove(problem: MatchingProblem, threshold: number): MatchingProblem {
  return withScores(
    problem,
    problem.pairs.scores.map((v) => (v >= threshold ? v : Number.NEGATIVE_INFINITY)),
  );
}

/**
 * M + priority × score per pair, M = 1 + Σ priority (above every Σ priority × score, scores being at
 * most 1), as made from the scores (`-Infinity` stays): the `total` of these values makes the most
 * pairs, then the best Σ priority × score.
 */
function countDerived(problem: MatchingProblem): DerivedValues {
  const { priority } = problem;
  let sum = 0;
  for (let r = 0; r < problem.rows; r++) sum += priority[r] as number;
  return { scores: problem.pairs.scores, factor: priority, bonus: new Float64Array(problem.rows).fill(1 + sum) };
}

/** {@link solveTotalPriced} on the values of `objective`, the helper free between the passes. */
function* pricedSolve(
  problem: MatchingProblem,
  objective: 'total' | 'coverage',
  capacity: Int32Array,
  candidates: number,
): Steps<PricedSolution> {
  const { values, derived } = pricedValues(problem, objective);
  return yield* solveTotalPriced(problem, values, capacity, candidates, true, derived);
}

/** The problem's pairs with `values` (or their scores when null), as the solver takes them. */
function matrix(problem: MatchingProblem, values: Float64Array | null): CsrMatrix {
  return solverMatrix(problem, values ?? problem.pairs.scores);
}

/** priority × score per pair (of the problem's pattern), or null when every priority is 1 (the scores themselves). */
export function weighted(problem: MatchingProblem): Float64Array | null {
  const derived = weightedDerived(problem);
  return derived === null ? null : derivedPairs(problem, derived);
}

/** How {@link weighted} makes its values from the scores; null when every priority is 1. */
function weightedDerived(problem: MatchingProblem): DerivedValues | null {
  const { priority, pairs } = problem;
  return priority.every((p) => p === 1) ? null : { scores: pairs.scores, factor: priority, bonus: null };
}

/**
 * The values that make `coverage` one flow (see the file comment): null with a single priority
 * level (then `partial` on the weighted scores is exact), else level × M + priority × score; M
 * exceeds every total plus `extra` (the most a flow's other costs, e.g. penalties, can add up to).
 */
export function coverageValues(problem: MatchingProblem, extra = 0): Float64Array | null {
  return new Set(problem.priority).size <= 1 ? weighted(problem) : leveled(problem, extra);
}

/**
 * level × M + priority × score per pair, with one priority level too (where `coverageValues` leaves
 * `partial` to count the pairs): the values whose `total` is `coverage`.
 */
function leveled(problem: MatchingProblem, extra = 0): Float64Array {
  return derivedPairs(problem, levelDerived(problem, extra));
}

/** How {@link leveled} makes its values from the scores: each row's level × M its bonus. */
function levelDerived(problem: MatchingProblem, extra: number): DerivedValues {
  const { rows, priority } = problem;
  const distinct = [...new Set(priority)].sort((a, b) => a - b);
  const level = new Map(distinct.map((p, t) => [p, t + 1] as const));
  let sum = 0;
  for (let r = 0; r < rows; r++) sum += priority[r] as number;
  const M = 1 + sum + extra;
  const bonus = Float64Array.from(priority, (p) => (level.get(p) as number) * M);
  return { scores: problem.pairs.scores, factor: priority, bonus };
}

/**
 * The values of `total` (priority × score) or `coverage` ({@link leveled}) for column generation,
 * with how they are made from the scores (null: they are the scores), for a helper thread that
 * prices without them in shared memory.
 */
function pricedValues(
  problem: MatchingProblem,
  objective: 'total' | 'coverage',
): { values: Float64Array; derived: DerivedValues | null } {
  const derived = objective === 'coverage' ? levelDerived(problem, 0) : weightedDerived(problem);
  return derived === null
    ? { values: problem.pairs.scores, derived: null }
    : { values: derivedPairs(problem, derived), derived };
}
