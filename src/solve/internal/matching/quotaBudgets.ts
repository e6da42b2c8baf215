/**
 * Hard quotas while hours budgets bind, with a proven bound. The quota flow with each budget read
 * as places (`quotaFlow.ts`, `places.ts`) is a relaxation: every matching that keeps the budgets
 * and the quotas is one of its matchings, so its optimum bounds the objective level by level. Its
 * matching is then made to keep the budgets: each column over budget keeps the rows worth the most
 * per hour that fit (the set's rows first, when without that the quota's minimum ends short), which
 * only drops rows, so caps and maxima still hold; every unmatched row then takes, in row order, the best
 * column left that keeps the places, the hours, the groups and the quotas (the set's rows first
 * while the minimum is short), and local search improves it under the quotas. The answer is that matching, exact when no level of the relaxation
 * is above it, else with the first level that is as its bound. When a minimum is still short,
 * there is no answer: the short sets are returned (no matching found, none proven impossible).
 */

import { pairIndex } from '../pairs.js';
import { worth } from './feasible.js';
import { localSearch } from './localSearch.js';
import {
  compareFigure,
  compareFigures,
  type Figures,
  figuresOf,
  fits,
  levelsOf,
  type MatchingObjective,
  type MatchingProblem,
} from './problem.js';
import { fillUnderQuotas, type PairCount, type QuotaLimits, setCounts } from './quotaLimits.js';
import type { MatchingSolution } from './solveMatching.js';
import { sparseRows } from './sparseRows.js';

/** Passes of the local search (which keeps the quotas) over the matching kept. */
const PASSES = 4;

/**
 * `relaxed` (the quota flow's optimum with budgets read as places, or with a `count` of marked
 * pairs the Lagrangian search's matching, whose bound is `total`) made to keep the budgets and
 * filled under `limits` (and `count`), proven against the relaxation; else the counted sets whose
 * minimum it could not keep (-1: the count's bounds).
 */
export function keepBudgetsUnderQuotas(
  problem: MatchingProblem,
  objective: MatchingObjective,
  limits: QuotaLimits,
  relaxed: Int32Array,
  count?: { readonly pairs: PairCount; readonly total: number },
): MatchingSolution | number[] {
  // Worth per hour first; if that leaves a minimum short, the sets' rows (and marked pairs) first.
  const pairs = sparseRows(problem);
  // A share's marks are 1 − s and −s: some below 0.
  const share = count?.pairs.marked.some((m) => m < 0) === true;
  let assign = Int32Array.from(relaxed);
  dropOverBudget(problem, objective, limits, assign, false, count?.pairs);
  let short = fillUnderQuotas(problem, pairs, limits, assign, count?.pairs);
  if (short.length > 0) {
    assign = Int32Array.from(relaxed);
    dropOverBudget(problem, objective, limits, assign, true, count?.pairs, share);
    short = fillUnderQuotas(problem, pairs, limits, assign, count?.pairs);
    if (short.length > 0) return short;
  }
  localSearch(problem, objective, pairs, assign, PASSES, limits, count?.pairs);
  const achieved = figuresOf(problem, assign);
  const upper = count === undefined ? figuresOf(problem, relaxed) : { ...achieved, weightedTotal: count.total };
  for (const key of levelsOf(objective)) {
    const c = compareFigure(key, upper[key], achieved[key]);
    if (c > 0) return { assign, exact: false, boundOn: key, bound: upper[key], nodes: 0 };
    if (c < 0) break; // ahead of the relaxation on this level (rounding): nothing left to prove
  }
  const last = levelsOf(objective).at(-1) as keyof Figures;
  return { assign, exact: true, boundOn: last, bound: achieved[last], nodes: 0 };
}

/**
 * Drops rows from every column over budget (in place): its rows ranked by worth per hour (ties:
 * lower row), with `setFirst` the rows of sets with a minimum (and the pairs a `count` with a
 * minimum marks) before the others, kept while they fit.
 */
function dropOverBudget(
  problem: MatchingProblem,
  objective: MatchingObjective,
  limits: QuotaLimits,
  assign: Int32Array,
  setFirst: boolean,
  count?: PairCount,
  share = false,
): void {
  const { cols, hours, budget } = problem;
  const { inSet } = limits;
  const held: number[][] = Array.from({ length: cols }, () => []);
  for (let r = 0; r < assign.length; r++) if ((assign[r] as number) >= 0) held[assign[r] as number]?.push(r);
  for (let j = 0; j < cols; j++) {
    const mine = held[j] as number[];
    let used = 0;
    for (const r of mine) used += hours[r] as number;
    if (fits(0, used, budget[j] as number)) continue;
    const ratio = (r: number) => worth(problem, objective, r, j) / Math.max(hours[r] as number, 1e-12);
    const first = (r: number) =>
      setFirst &&
      ((inSet !== null && (limits.min[inSet[r] as number] ?? 0) > 0) ||
        (count !== undefined && keptFirst(count, share, count.marked[pairIndex(problem.pairs, r, j)] as number)))
        ? 1
        : 0;
    mine.sort((x, y) => first(y) - first(x) || ratio(y) - ratio(x) || x - y);
    let kept = 0;
    for (const r of mine) {
      if (fits(kept, hours[r] as number, budget[j] as number)) kept += hours[r] as number;
      else assign[r] = -1;
    }
  }
}

/**
 * `kept` (a matching that keeps the budgets and the quotas, `count` too, with the bound of the quota flow) with
 * the bound of `free`, the budgets' own search without the quotas (a relaxation too): the least of
 * the two bounds on the first figure, which may prove `kept` optimal when it is the only one; and
 * `free` itself when it keeps the quotas and ranks higher (its proof holds under them).
 */
export function tightened(
  problem: MatchingProblem,
  objective: MatchingObjective,
  limits: QuotaLimits,
  kept: MatchingSolution,
  free: MatchingSolution,
  count?: PairCount,
): MatchingSolution {
  const levels = levelsOf(objective);
  const first = levels[0] as keyof Figures;
  const achieved = figuresOf(problem, kept.assign);
  const theirs = figuresOf(problem, free.assign);
  if (keepsQuotas(problem, limits, free.assign, count) && compareFigures(objective, theirs, achieved) > 0) return free;
  if (kept.boundOn !== first) return kept;
  // free's bound on the first figure, whatever the levels after it.
  const other = !free.exact && free.boundOn === first ? free.bound : theirs[first];
  const bound = Math.min(kept.bound, other);
  if (compareFigure(first, bound, achieved[first]) > 0) return { ...kept, bound };
  // The first figure is proven: the answer is optimal when it is the objective's only figure.
  return levels.length === 1 ? { ...kept, exact: true, bound: achieved[first] } : kept;
}

/** Whether `assign` keeps every cap and every set's bounds of `limits`, and the bounds of `count`. */
function keepsQuotas(problem: MatchingProblem, limits: QuotaLimits, assign: Int32Array, count?: PairCount): boolean {
  const { rowValue, valueCap, values } = limits;
  if (rowValue !== null) {
    const load = new Int32Array(valueCap.length);
    for (let r = 0; r < assign.length; r++) {
      const j = assign[r] as number;
      const v = rowValue[r] as number;
      if (j < 0 || v < 0) continue;
      const key = j * values + v;
      load[key] = (load[key] as number) + 1;
      if ((load[key] as number) > (valueCap[key] as number)) return false;
    }
  }
  const held = setCounts(limits, assign);
  for (let t = 0; t < held.length; t++)
    if ((held[t] as number) < (limits.min[t] as number) || (held[t] as number) > (limits.max[t] as number))
      return false;
  if (count !== undefined) {
    let n = 0;
    for (let r = 0; r < assign.length; r++)
      if ((assign[r] as number) >= 0) n += count.marked[pairIndex(problem.pairs, r, assign[r] as number)] as number;
    const tol = 1e-9 * Math.max(1, assign.length);
    if (n < count.min - tol || n > count.max + tol) return false;
  }
  return problem.rows === assign.length;
}

/**
 * Whether a pair of mark `m` is kept before the others when a column sheds rows for its budget:
 * one the count's minimum needs (a marked pair, where a minimum binds: a count's above 0, a share's
 * whenever given), or for a share's maximum one outside it (each shed lifts the others' share).
 */
function keptFirst(count: PairCount, share: boolean, m: number): boolean {
  if (m > 0) return count.min > 0 || (share && Number.isFinite(count.min));
  return m < 0 && share && count.max < Number.POSITIVE_INFINITY;
}
