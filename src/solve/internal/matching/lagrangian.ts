/**
 * The Lagrangian bound of one figure under hours budgets. [Reference]: M. L. Fisher, "The
 * Lagrangian relaxation method for solving integer programming problems", Management Science 27
 * (1981); subgradient steps as in M. Held, P. Wolfe and H. P. Crowder, "Validation of subgradient
 * optimization", Mathematical Programming 6 (1974).
 *
 * For multipliers λ ≥ 0 on the budgets, L(λ) = max over the matchings that keep places and groups
 * (budgets dropped) of Σ (v[r][j] − λ[j] × hours[r]) + Σ λ[j] × budget[j] is at least the best Σ v
 * of any matching that keeps the budgets, since each budget's term is ≥ 0 there. Each L(λ) is one
 * penalised solve (a min-cost flow: exact; or an auction: with its own certified bound); λ moves
 * against the budgets' slack, by steps that shrink when L stops falling. Every penalised matching,
 * made to keep the budgets, is also a candidate solution. The least L found is the bound.
 */

import { drain, SLICE, type Steps, sliceDue, timeUp } from '../clock.js';
import { fits, type MatchingProblem } from './problem.js';

/** A penalised solve: the matching and an upper bound on its penalised value (its value if exact). */
export interface PenalisedSolve {
  readonly assign: Int32Array;
  readonly upper: number;
  /**
   * True when `upper` is the bound over some of the pairs only (below the whole one, which the
   * solver skipped: that one was no lower than the `cutoff` it was given, so `upper` is not either).
   */
  readonly partial?: boolean;
}

/** Solves max Σ (values − λ × hours) over matchings that keep places and groups, budgets dropped. */
export type PenalisedSolver = (lambda: Float64Array) => PenalisedSolve;

/**
 * A {@link PenalisedSolver} in steps (it yields when an async caller's time slice is over). The
 * caller needs its `upper` only below `cutoff`: at or above it, the solver may return a bound over
 * some pairs that is (`partial`).
 */
export type PenalisedSteps = (lambda: Float64Array, cutoff: number) => Steps<PenalisedSolve>;

/** What the bound search returns. */
export interface LagrangianBound {
  /** The least L(λ) found: an upper bound on Σ values over every matching that keeps the budgets. */
  readonly bound: number;
  /** The multipliers of that bound. */
  readonly lambda: Float64Array;
}

/**
 * Minimises L over λ by `iterations` subgradient steps from λ = `start` (default 0). `lower` is a
 * value some matching that keeps the budgets reaches (it sizes the steps); `candidate` is called
 * with every penalised matching (to make one that keeps the budgets) and returns the value it
 * reached, which may raise `lower`.
 */
export function lagrangianBound(
  problem: MatchingProblem,
  solve: PenalisedSolver,
  iterations: number,
  lower: number,
  candidate: (assign: Int32Array) => number,
  start?: Float64Array,
): LagrangianBound {
  // biome-ignore lint/correctness/useYield: a solver without steps, as steps.
  const solveSteps = function* (lambda: Float64Array): Steps<PenalisedSolve> {
    return solve(lambda);
  };
  // biome-ignore lint/correctness/useYield: the same for the candidate.
  const candidateSteps = function* (assign: Int32Array): Steps<number> {
    return candidate(assign);
  };
  return drain(lagrangianSteps(problem, solveSteps, iterations, lower, candidateSteps, start));
}

/**
 * {@link lagrangianBound} in steps, with a solver in steps and a candidate in steps: it yields
 * when an async caller's time slice is over. `firstStep` scales the steps (Polyak's factor, halved
 * after three steps without a lower L).
 */
export function* lagrangianSteps(
  problem: MatchingProblem,
  solve: PenalisedSteps,
  iterations: number,
  lower: number,
  candidate: (assign: Int32Array) => Steps<number>,
  start?: Float64Array,
  firstStep = 1,
): Steps<LagrangianBound> {
  const { cols, hours, budget } = problem;
  const lambda = start === undefined ? new Float64Array(cols) : Float64Array.from(start);
  let best = Number.POSITIVE_INFINITY;
  let bestLambda = Float64Array.from(lambda);
  let floor = lower;
  let step = firstStep;
  let stale = 0;
  const used = new Float64Array(cols);
  for (let it = 0; it < iterations; it++) {
    // Every step's L(λ) bounds the optimum: out of time, the least so far.
    if (it > 0 && timeUp()) break;
    let priced = 0;
    for (let j = 0; j < cols; j++) {
      const b = budget[j] as number;
      if (b < Number.POSITIVE_INFINITY) priced += (lambda[j] as number) * b;
    }
    // L(λ) = upper + Σ λ × budget: the solver's upper bound matters below best − Σ λ × budget only
    // (a margin over the rounding of that difference).
    const cutoff = best - priced + 1e-9 * Math.max(1, Math.abs(best));
    const { assign, upper, partial } = yield* solve(lambda, cutoff);
    let value = upper;
    for (let j = 0; j < cols; j++) {
      const b = budget[j] as number;
      if (b < Number.POSITIVE_INFINITY) value += (lambda[j] as number) * b;
    }
    if (partial !== true && value < best) {
      best = value;
      bestLambda = Float64Array.from(lambda);
      stale = 0;
    } else if (++stale >= 3) {
      step /= 2;
      stale = 0;
    }
    floor = Math.max(floor, yield* candidate(assign));
    if (sliceDue()) yield SLICE;
    // The subgradient: each budget's slack in the penalised matching.
    used.fill(0);
    for (let r = 0; r < assign.length; r++) {
      const j = assign[r] as number;
      if (j >= 0) used[j] = (used[j] as number) + (hours[r] as number);
    }
    let norm = 0;
    let violated = false;
    for (let j = 0; j < cols; j++) {
      const b = budget[j] as number;
      if (b === Number.POSITIVE_INFINITY) {
        used[j] = 0;
        continue;
      }
      let g = b - (used[j] as number);
      if (!fits(used[j] as number, 0, b)) violated = true;
      if (g > 0 && (lambda[j] as number) <= 0) g = 0;
      used[j] = g;
      norm += g * g;
    }
    if (norm === 0 || (!violated && best - floor <= 1e-9 * Math.max(1, Math.abs(best)))) break;
    const t = (step * Math.max(value - floor, 1e-9 * Math.max(1, Math.abs(value)))) / norm;
    for (let j = 0; j < cols; j++) lambda[j] = Math.max(0, (lambda[j] as number) - t * (used[j] as number));
  }
  return { bound: best, lambda: bestLambda };
}
