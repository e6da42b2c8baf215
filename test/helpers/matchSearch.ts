/**
 * The depth-first search behind test/helpers/matchBruteForce.ts: one figure of a matching
 * maximised over every feasible matching of a small problem, exhaustively, with pruning that never
 * loses an optimum (see {@link maximise}).
 */
import type { BoundFigure } from '../../src/match/types.js';
import { HOURS_SLACK, type MatchProblem, scoreAt } from './matchBruteForce.js';

/** One maximisation of the exhaustive search. */
export interface Stage {
  readonly goal: BoundFigure;
  /** Free pairs allowed besides the constraints (default: all). */
  readonly allow?: (r: number, j: number) => boolean;
  /** Leaves need at least this many pairs / this much Σ priority. */
  readonly minMatched?: number;
  readonly minWeighted?: number;
}

/**
 * The highest `stage.goal` over every feasible matching that meets the stage's floors, by
 * depth-first search: the locked pairs placed first, then each free row takes each allowed mentor
 * (best score first) or none, pruned on capacities, budgets and groups as it goes, and on a bound
 * of what the rows left can add: the most pairs (the rows with a choice, at most the places left),
 * the largest priorities or priority × best scores among them (as many as places left), or the
 * lowest score so far. At most (mentors + 1)^rows leaves. Null when no matching meets the floors.
 */
export function maximise(problem: MatchProblem, stage: Stage): { value: number; assigned: Int32Array } | null {
  const { rows, cols, priority, capacity, budget, hours, group, locked } = problem;
  const allow = stage.allow ?? (() => true);
  const minMatched = stage.minMatched ?? 0;
  const minWeighted = stage.minWeighted ?? Number.NEGATIVE_INFINITY;
  const assigned = Int32Array.from(locked);
  const load = new Int32Array(cols);
  const used = new Float64Array(cols);
  let count = 0;
  let weight = 0;
  let total = 0;
  let lowest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rows; r++) {
    const j = locked[r] as number;
    if (j < 0) continue;
    const s = scoreAt(problem, r, j);
    load[j]!++;
    used[j]! += hours[r]!;
    count++;
    weight += priority[r]!;
    total += priority[r]! * s;
    lowest = Math.min(lowest, s);
  }
  let placesLeft = 0;
  for (let j = 0; j < cols; j++) placesLeft += Math.max(0, capacity[j]! - load[j]!);
  const free: number[] = [];
  for (let r = 0; r < rows; r++) if (locked[r] === -1) free.push(r);
  const n = free.length;
  const choices = free.map((r) => {
    const js: number[] = [];
    for (let j = 0; j < cols; j++) if (scoreAt(problem, r, j) > Number.NEGATIVE_INFINITY && allow(r, j)) js.push(j);
    return js.sort((a, b) => scoreAt(problem, r, b) - scoreAt(problem, r, a) || a - b);
  });
  const mates = free.map((r) => {
    const out: number[] = [];
    for (let q = 0; q < rows; q++) if (q !== r && group[q] === group[r]) out.push(q);
    return out;
  });
  // Bounds on what free rows k.. can add, with m places: the m largest of their priorities and of
  // their best priority × score.
  const topSums = (value: (k: number) => number) =>
    Array.from({ length: n + 1 }, (_, k) => {
      const values: number[] = [];
      for (let q = k; q < n; q++) if ((choices[q] as number[]).length > 0) values.push(value(q));
      values.sort((a, b) => b - a);
      const sums = [0];
      for (const v of values) sums.push((sums[sums.length - 1] as number) + v);
      return sums;
    });
  const weightLeft = topSums((q) => priority[free[q]!]!);
  const gainLeft = topSums((q) => {
    const r = free[q] as number;
    return Math.max(0, priority[r]! * scoreAt(problem, r, (choices[q] as number[])[0] as number));
  });
  const bestOf = (sums: readonly number[]) => sums[Math.min(placesLeft, sums.length - 1)] as number;
  let best = Number.NEGATIVE_INFINITY;
  let bestAssigned: Int32Array | null = null;
  const visit = (k: number): void => {
    const matchable = Math.min(placesLeft, (weightLeft[k] as number[]).length - 1);
    if (count + matchable < minMatched) return;
    const weightBound = weight + bestOf(weightLeft[k] as number[]);
    if (weightBound < minWeighted) return;
    const bound =
      stage.goal === 'matched'
        ? count + matchable
        : stage.goal === 'weightedMatched'
          ? weightBound
          : stage.goal === 'lowestScore'
            ? lowest
            : total + bestOf(gainLeft[k] as number[]);
    if (bound <= best) return;
    if (k === n) {
      if (weight < minWeighted) return;
      best = stage.goal === 'weightedTotal' ? total : bound;
      bestAssigned = assigned.slice();
      return;
    }
    const r = free[k] as number;
    const p = priority[r] as number;
    const h = hours[r] as number;
    for (const j of choices[k] as number[]) {
      if (load[j]! >= capacity[j]! || used[j]! + h > budget[j]! + HOURS_SLACK) continue;
      if ((mates[k] as number[]).some((q) => assigned[q] === j)) continue;
      const s = scoreAt(problem, r, j);
      const before = lowest;
      assigned[r] = j;
      load[j]!++;
      used[j]! += h;
      placesLeft--;
      count++;
      weight += p;
      total += p * s;
      lowest = Math.min(lowest, s);
      visit(k + 1);
      assigned[r] = -1;
      load[j]!--;
      used[j]! -= h;
      placesLeft++;
      count--;
      weight -= p;
      total -= p * s;
      lowest = before;
    }
    visit(k + 1);
  };
  visit(0);
  return bestAssigned === null ? null : { value: best, assigned: bestAssigned };
}
