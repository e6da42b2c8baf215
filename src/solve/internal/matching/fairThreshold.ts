/**
 * `fair` under binding budgets: the highest lowest score found by a search over thresholds. For a
 * threshold T, the pairs scoring below T are dropped and a matching with the most pairs is sought
 * (the flow on the budgets read as places, made to keep the budgets, filled, improved by local
 * search); T is kept when that matching has as many pairs as `count`. A binary search over the
 * distinct scores, O(log(scores)) flows; the matching at the best T is returned (or null when no
 * threshold above the current lowest score is reached).
 */
import { solveExact } from './exact.js';
import { fillGreedily, repairBudgets } from './feasible.js';
import { localSearch } from './localSearch.js';
import { budgetPlaces } from './places.js';
import { distinctAbove, figuresOf, type MatchingProblem, withScores } from './problem.js';
import { sparseRows } from './sparseRows.js';

/** Passes of the local search at each threshold. */
const PASSES = 5;

/** A matching with `count` pairs and a lowest score above `lowest`, as high as found, or null. */
export function raiseLowest(problem: MatchingProblem, count: number, lowest: number): Int32Array | null {
  const levels = distinctAbove(problem.pairs.scores, lowest);
  let lo = 0;
  let hi = levels.length - 1;
  let found: Int32Array | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const attempt = atThreshold(problem, levels[mid] as number);
    if (figuresOf(problem, attempt).count >= count) {
      found = attempt;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The most pairs found using only pairs scoring at least `threshold` (a matching of `problem`). */
function atThreshold(problem: MatchingProblem, threshold: number): Int32Array {
  const scores = problem.pairs.scores.map((s) => (s >= threshold ? s : Number.NEGATIVE_INFINITY));
  const sub = withScores(problem, scores);
  const relaxed = solveExact(sub, 'coverage', budgetPlaces(sub).places);
  repairBudgets(sub, 'fair', relaxed);
  fillGreedily(sub, relaxed);
  localSearch(sub, 'fair', sparseRows(sub), relaxed, PASSES);
  return relaxed;
}
