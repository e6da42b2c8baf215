/**
 * The objectives on a {@link MatchingProblem}, with a proof of how good the answer is. Without a
 * binding hours budget the flow optimum is exact (`exact.ts`). With one, the problem is a
 * generalised assignment problem (NP-hard): the flow on the budgets read as places is a relaxation,
 * whose optimum is exact when it happens to keep every budget, and otherwise bounds every figure
 * from above; the answer is then the relaxation made to keep the budgets and filled, or the
 * first-come-first-served matching if that ranks higher.
 */
import { solveExact } from './exact.js';
import { fillGreedily, repairBudgets } from './feasible.js';
import { budgetPlaces, keepsBudgets } from './places.js';
import {
  compareFigure,
  compareFigures,
  type Figures,
  figuresOf,
  levelsOf,
  type MatchingObjective,
  type MatchingProblem,
} from './problem.js';

/** A solution and its proof. */
export interface MatchingSolution {
  /** A column per row, -1 = unmatched. */
  readonly assign: Int32Array;
  /** Whether it is proven optimal (within the tolerances of `problem.ts`). */
  readonly exact: boolean;
  /** The figure `bound` is about: the first level of the objective not proven best, else the last. */
  readonly boundOn: keyof Figures;
  /** A proven upper bound on that figure over every matching that keeps the constraints. */
  readonly bound: number;
  /** Search nodes explored. */
  readonly nodes: number;
}

/** Options of {@link solveMatching}. */
export interface MatchingOptions {
  /** Most branch-and-bound nodes. */
  readonly maxNodes: number;
}

/** Solves `objective` on `problem`. */
export function solveMatching(
  problem: MatchingProblem,
  objective: MatchingObjective,
  options: MatchingOptions,
): MatchingSolution {
  void options;
  const { places, binds } = budgetPlaces(problem);
  const relaxed = solveExact(problem, objective, places);
  if (!binds || keepsBudgets(problem, relaxed)) return proven(problem, objective, relaxed);
  const assign = relaxed.slice();
  repairBudgets(problem, objective, assign);
  fillGreedily(problem, assign);
  const greedy = new Int32Array(problem.rows).fill(-1);
  fillGreedily(problem, greedy);
  const chosen =
    compareFigures(objective, figuresOf(problem, greedy), figuresOf(problem, assign)) > 0 ? greedy : assign;
  return withBound(problem, objective, chosen, figuresOf(problem, relaxed), 0);
}

/** An optimal solution: exact, its bound its own last figure. */
function proven(problem: MatchingProblem, objective: MatchingObjective, assign: Int32Array): MatchingSolution {
  const levels = levelsOf(objective);
  const last = levels[levels.length - 1] as keyof Figures;
  return { assign, exact: true, boundOn: last, bound: figuresOf(problem, assign)[last], nodes: 0 };
}

/**
 * The proof for `assign` given `upper`, figures that bound the objective lexicographically (the
 * relaxation's, or the best open node's): the first level where `upper` is above, else exact.
 */
export function withBound(
  problem: MatchingProblem,
  objective: MatchingObjective,
  assign: Int32Array,
  upper: Figures,
  nodes: number,
): MatchingSolution {
  const achieved = figuresOf(problem, assign);
  for (const key of levelsOf(objective)) {
    const c = compareFigure(key, upper[key], achieved[key]);
    if (c > 0) return { assign, exact: false, boundOn: key, bound: upper[key], nodes };
    // Above the bound (by rounding only, the bound being valid): nothing ranks higher.
    if (c < 0) break;
  }
  return { ...proven(problem, objective, assign), nodes };
}
