/**
 * The objectives, on the prepared problem, through `capacitatedAssignment` (maximising scores):
 * - `total`: the highest total score; a pair is made only when it adds to it (`unassignedCost: 0`).
 * - `coverage`: as many pairs as possible, then the highest total (`partial`).
 * - `fair`: among the matchings of the largest size, the highest lowest score, then the highest
 *   total: the bottleneck problem, solved exactly by a binary search on the threshold over the
 *   distinct scores (is there still a matching of the largest size using only pairs scoring at
 *   least the threshold?), then `coverage` above the best threshold. O(log(distinct scores)) solves.
 *
 * Hours budgets become capacities: when every request left has the same hours `h`, a budget `H`
 * is exactly `floor(H / h)` places. With requests of different lengths the budget is a knapsack
 * constraint (NP-hard in general). The solve then reads each budget for the shortest requests, a
 * relaxation: if every budget holds, the result is optimal. Otherwise a mentor over budget keeps its
 * pairs with the most score per hour that fit, the rows left out are given any mentor with a place
 * and hours left, the first-come-first-served matching is taken instead if it ranks higher, and the
 * result is flagged as not proven optimal.
 */
import type { Objective } from '../model/program.js';
import { capacitatedAssignment } from '../solve/capacitatedAssignment.js';
import { fill, greedyMatching } from './greedy.js';
import { freeProblem, type Prepared, placesFor } from './prepare.js';
import { solveStable } from './solveStable.js';

/** The matching: a mentor column per demand row (-1 = unmatched), locked pairs included. */
export interface Solved {
  readonly assigned: Int32Array;
  /** Whether the result is proven optimal (see the file comment). */
  readonly exact: boolean;
}

/** Solves `prepared` for `objective`. */
export function solveObjective(prepared: Prepared, objective: Objective): Solved {
  if (objective === 'stable') return solveStable(prepared);
  const { table, free, locked, hoursLeft } = prepared;
  const cols = table.mentorIds.length;
  const n = free.length;
  const { data, groups, hours } = freeProblem(prepared);
  const shortest = hours.reduce((x, y) => Math.min(x, y), Number.POSITIVE_INFINITY);
  const longest = hours.reduce((x, y) => Math.max(x, y), 0);
  const budgeted = hoursLeft.some((h) => h < Number.POSITIVE_INFINITY);
  const matrix = { rows: n, cols, data };
  let ceiling = Number.POSITIVE_INFINITY;
  locked.forEach((j, r) => {
    if (j >= 0) ceiling = Math.min(ceiling, table.scores.data[r * cols + j] as number);
  });
  // One solve; then, on a mentor over budget, keep the best-scoring of its pairs that fit in the
  // budget (most score per hour first) and leave the others out, for `fill` to place elsewhere.
  let repaired = false;
  const solveWith = (capacities: Int32Array): Int32Array => {
    const pairs = solveOnce(matrix, capacities, groups, objective, ceiling);
    const assigned = Int32Array.from(locked);
    const given = new Float64Array(cols);
    for (let k = 0; k < pairs.rows.length; k++) {
      const j = pairs.cols[k] as number;
      given[j] = (given[j] as number) + (hours[pairs.rows[k] as number] as number);
      assigned[free[pairs.rows[k] as number] as number] = j;
    }
    for (let j = 0; j < cols; j++) {
      if ((given[j] as number) <= (hoursLeft[j] as number) + 1e-9) continue;
      const mine: number[] = [];
      for (let k = 0; k < pairs.rows.length; k++) if (pairs.cols[k] === j) mine.push(pairs.rows[k] as number);
      const value = (k: number) => (data[k * cols + j] as number) / (hours[k] as number);
      mine.sort((x, y) => value(y) - value(x) || x - y);
      let used = 0;
      for (const k of mine) {
        if (used + (hours[k] as number) <= (hoursLeft[j] as number) + 1e-9) used += hours[k] as number;
        else {
          assigned[free[k] as number] = -1;
          repaired = true;
        }
      }
    }
    return assigned;
  };
  const optimistic = solveWith(placesFor(prepared.capacity, hoursLeft, shortest));
  // Reading every budget for the shortest requests relaxes it; an optimum of the relaxation that
  // keeps every budget is an optimum.
  if (n === 0 || shortest === longest || longest <= 0 || !budgeted || !repaired)
    return { assigned: optimistic, exact: true };
  // Not proven optimal: the repaired solve, filled where places and hours are left, or greedy.
  fill(prepared, optimistic);
  const greedy = greedyMatching(prepared);
  return { assigned: better(prepared, objective, greedy, optimistic) ? greedy : optimistic, exact: false };
}

/** Whether matching `a` beats `b` for the objective (size, lowest score, total as it ranks them). */
function better(prepared: Prepared, objective: Objective, a: Int32Array, b: Int32Array): boolean {
  const fa = rank(prepared, a);
  const fb = rank(prepared, b);
  const keys: (keyof typeof fa)[] =
    objective === 'total'
      ? ['total']
      : objective === 'coverage'
        ? ['size', 'total']
        : objective === 'fair'
          ? ['size', 'lowest', 'total']
          : [];
  for (const key of keys) {
    if (fa[key] > fb[key] + 1e-12) return true;
    if (fa[key] < fb[key] - 1e-12) return false;
  }
  return false;
}

function rank(prepared: Prepared, assigned: Int32Array): { size: number; lowest: number; total: number } {
  const cols = prepared.table.mentorIds.length;
  let size = 0;
  let total = 0;
  let lowest = Number.POSITIVE_INFINITY;
  assigned.forEach((j, r) => {
    if (j < 0) return;
    const s = prepared.table.scores.data[r * cols + j] as number;
    size++;
    total += s;
    lowest = Math.min(lowest, s);
  });
  return { size, lowest, total };
}

type Pairs = ReturnType<typeof capacitatedAssignment>;

/**
 * One solve. For `fair`, `ceiling` is the lowest score among the locked pairs: the lowest score of
 * the whole matching cannot rise above it, so no threshold above it is worth any total.
 */
function solveOnce(
  matrix: { rows: number; cols: number; data: Float64Array },
  capacities: Int32Array,
  groups: Int32Array | undefined,
  objective: Objective,
  ceiling: number,
): Pairs {
  const base = { capacities, maximize: true, ...(groups === undefined ? {} : { groups }) };
  if (objective === 'total') return capacitatedAssignment(matrix, { ...base, unassignedCost: 0 });
  const widest = capacitatedAssignment(matrix, { ...base, partial: true });
  if (objective === 'coverage' || widest.rows.length === 0) return widest;
  // fair: the highest threshold that keeps the largest size.
  const size = widest.rows.length;
  const levels = [...new Set(matrix.data.filter((s) => s > Number.NEGATIVE_INFINITY))].sort((a, b) => a - b);
  const above = new Float64Array(matrix.data.length);
  const fits = (threshold: number, scores: boolean): Pairs => {
    for (let k = 0; k < above.length; k++) {
      const s = matrix.data[k] as number;
      above[k] = s >= threshold ? (scores ? s : 0) : Number.NEGATIVE_INFINITY;
    }
    return capacitatedAssignment({ ...matrix, data: above }, { ...base, partial: true });
  };
  // levels[lo] always keeps the size (it is the lowest score); find the highest that does.
  let lo = 0;
  let hi = levels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(levels[mid] as number, false).rows.length === size) lo = mid;
    else hi = mid - 1;
  }
  return fits(Math.min(levels[lo] as number, ceiling), true);
}
