/**
 * The quotas as numbers, as the solvers under quotas take them (the match layer compiles them from
 * the programme: `match/quotas.ts`), with what counts them and the fill that keeps them.
 */
import { pairIndex } from '../pairs.js';
import { mateHolds } from './feasible.js';
import { fits, type MatchingProblem } from './problem.js';
import type { SparseRows } from './sparseRows.js';

/** The quotas as numbers (the match layer compiles them from the programme). */
export interface QuotaLimits {
  /** Per row: its value of the capped attribute (-1: not counted), or null without a cap. */
  readonly rowValue: Int32Array | null;
  /** Per column × value (`j × values + v`): the rows of that value the column may take. */
  readonly valueCap: Int32Array;
  readonly values: number;
  /** The cap's penalty per row beyond it; `Infinity`: a hard cap. */
  readonly valueWeight: number;
  /** Per row: the counted set that holds it (-1: none), or null without a count. */
  readonly inSet: Int32Array | null;
  /** Per counted set: the fewest and the most of its rows to match (the locked pairs subtracted). */
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** Per counted set: its penalty per row beyond its bounds; `Infinity`: hard. */
  readonly setWeight: Float64Array;
}

/** A count of marked pairs (e.g. across departments) held between `min` and `max` (objective `total`). */
export interface PairCount {
  /**
   * Per pair of the problem's pattern (aligned with `problem.pairs`): what it adds to the count: 1 or 0 for a count of pairs; for a share
   * s of the pairs, 1 − s or −s (the share is kept when the sum is ≥ 0, or ≤ 0).
   */
  readonly marked: Float64Array;
  readonly min: number;
  readonly max: number;
}

/** How many rows of each counted set `assign` matches. */
export function setCounts(limits: QuotaLimits, assign: Int32Array): Int32Array {
  const held = new Int32Array(limits.min.length);
  const { inSet } = limits;
  if (inSet !== null)
    for (let r = 0; r < assign.length; r++) {
      const s = inSet[r] as number;
      if (s >= 0 && (assign[r] as number) >= 0) held[s] = (held[s] as number) + 1;
    }
  return held;
}

/**
 * Gives each unmatched row its best column that keeps the places, the hours, the groups, the
 * per-column caps, the sets' maximums and the `count`'s maximum (in place), the rows of a set first
 * while its minimum is short, then the pairs the count marks while its minimum is; returns the sets
 * whose minimum is still short (-1: the count out of its bounds).
 */
export function fillUnderQuotas(
  problem: MatchingProblem,
  pairs: SparseRows,
  limits: QuotaLimits,
  assign: Int32Array,
  count?: PairCount,
): number[] {
  const { rows, cols, hours, groups, capacity, budget } = problem;
  const { rowValue, valueCap, values, inSet, min, max } = limits;
  const load = new Int32Array(cols);
  const used = new Float64Array(cols);
  const valueLoad = new Int32Array(cols * values);
  const counted = new Int32Array(min.length);
  const take = (r: number, j: number) => {
    assign[r] = j;
    load[j] = (load[j] as number) + 1;
    used[j] = (used[j] as number) + (hours[r] as number);
    const v = rowValue === null ? -1 : (rowValue[r] as number);
    if (v >= 0) valueLoad[j * values + v] = (valueLoad[j * values + v] as number) + 1;
    const t = inSet === null ? -1 : (inSet[r] as number);
    if (t >= 0) counted[t] = (counted[t] as number) + 1;
    if (count !== undefined) marks += count.marked[pairIndex(problem.pairs, r, j)] as number;
  };
  // The count's marks (0 or 1 per pair for a count of pairs; 1 − s or −s for a share s).
  let marks = 0;
  const tol = 1e-9 * Math.max(1, rows);
  for (let r = 0; r < rows; r++) {
    const j = assign[r] as number;
    if (j < 0) continue;
    assign[r] = -1;
    take(r, j);
  }
  // Pass 0: the set's rows while the minimum is short; pass 1: the count's marked pairs while its
  // minimum is; pass 2: every row.
  for (let pass = 0; pass < 3; pass++) {
    if (pass === 1 && (count === undefined || marks >= count.min)) continue;
    for (let r = 0; r < rows; r++) {
      if ((assign[r] as number) >= 0) continue;
      const t = inSet === null ? -1 : (inSet[r] as number);
      if (pass === 0 && (t < 0 || (counted[t] as number) >= (min[t] as number))) continue;
      if (t >= 0 && (counted[t] as number) >= (max[t] as number)) continue;
      const v = rowValue === null ? -1 : (rowValue[r] as number);
      const end = pairs.start[r + 1] as number;
      // Pairs come best first (ties: lower column first): the first column that takes the row.
      for (let e = pairs.start[r] as number; e < end; e++) {
        const j = pairs.col[e] as number;
        const m = count === undefined ? 0 : (count.marked[pairIndex(problem.pairs, r, j)] as number);
        if (pass === 1 && (m <= 0 || marks >= (count?.min ?? 0))) continue;
        if (m > 0 && marks + m > (count?.max ?? 0) + tol) continue;
        if (m < 0 && marks + m < (count?.min ?? 0) - tol) continue;
        if ((load[j] as number) >= (capacity[j] as number)) continue;
        if (!fits(used[j] as number, hours[r] as number, budget[j] as number)) continue;
        if (v >= 0 && (valueLoad[j * values + v] as number) >= (valueCap[j * values + v] as number)) continue;
        if (groups !== undefined && mateHolds(groups, assign, r, j)) continue;
        take(r, j);
        break;
      }
    }
  }
  const short: number[] = [];
  for (let t = 0; t < min.length; t++) if ((counted[t] as number) < (min[t] as number)) short.push(t);
  if (count !== undefined && (marks < count.min - tol || marks > count.max + tol)) short.push(-1);
  return short;
}
