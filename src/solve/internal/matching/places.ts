/**
 * Hours budgets read as places, a relaxation: a column can never take more rows than the most of
 * its candidate rows whose hours fit its budget together (the shortest ones first), so those many
 * places, capped by its capacity, lose no matching that keeps the budget. A budget binds only when
 * the longest rows that fill those places overrun it; when no budget binds, the places are the
 * whole constraint and the flow optimum is exact.
 */
import { fits, type MatchingProblem } from './problem.js';

/**
 * The places of each column, and whether any budget can bind. O(pairs log rows): the candidates'
 * hours are gathered row by row from the problem's pairs.
 */
export function budgetPlaces(problem: MatchingProblem): { places: Int32Array; binds: boolean } {
  const { rows, cols, hours, capacity, budget } = problem;
  const { start: from, cols: colOf, scores } = problem.pairs;
  const places = Int32Array.from(capacity);
  let binds = false;
  const budgeted = new Uint8Array(cols);
  let any = false;
  for (let j = 0; j < cols; j++) {
    if ((budget[j] as number) < Number.POSITIVE_INFINITY && (capacity[j] as number) > 0) {
      budgeted[j] = 1;
      any = true;
    }
  }
  if (!any) return { places, binds };
  // Each budgeted column's candidate hours: counted, then gathered, then sorted per column.
  const start = new Int32Array(cols + 1);
  for (let r = 0; r < rows; r++) {
    for (let e = from[r] as number; e < (from[r + 1] as number); e++) {
      const j = colOf[e] as number;
      if (budgeted[j] === 1 && (scores[e] as number) > Number.NEGATIVE_INFINITY)
        start[j + 1] = (start[j + 1] as number) + 1;
    }
  }
  for (let j = 0; j < cols; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  const all = new Float64Array(start[cols] as number);
  const at = start.slice(0, cols);
  for (let r = 0; r < rows; r++) {
    const h = hours[r] as number;
    for (let e = from[r] as number; e < (from[r + 1] as number); e++) {
      const j = colOf[e] as number;
      if (budgeted[j] === 1 && (scores[e] as number) > Number.NEGATIVE_INFINITY) {
        all[at[j] as number] = h;
        at[j] = (at[j] as number) + 1;
      }
    }
  }
  const ends = new Float64Array(2 * FEW_PLACES);
  for (let j = 0; j < cols; j++) {
    if (budgeted[j] === 0) continue;
    const b = budget[j] as number;
    const c = capacity[j] as number;
    const list = all.subarray(start[j], start[j + 1]);
    // Only the `c` shortest and the `c` longest matter: with few places, those two ends (sorted)
    // stand for the sorted list, with no sort of all the candidates.
    const lengths = c <= FEW_PLACES && list.length > 2 * c ? bothEnds(list, c, ends) : list.sort();
    const n = lengths.length;
    let used = 0;
    let count = 0;
    while (count < n && count < c && fits(used, lengths[count] as number, b)) {
      used += lengths[count] as number;
      count++;
    }
    places[j] = count;
    // The longest `count` candidates: if they fit too, this budget never binds.
    let longest = 0;
    for (let q = n - count; q < n; q++) longest += lengths[q] as number;
    if (!fits(0, longest, b)) binds = true;
  }
  return { places, binds };
}

/** Up to this many places, a column's shortest and longest candidates are selected, not sorted. */
const FEW_PLACES = 64;

/**
 * The `c` smallest then the `c` largest of `list` (more than `2c` entries), each ascending, in
 * `out` (its first `2c` entries): the sorted list's two ends, which is all {@link budgetPlaces}
 * reads of it when a column has `c` places. O(list × c) at worst, about O(list) in practice.
 */
function bothEnds(list: Float64Array, c: number, out: Float64Array): Float64Array {
  const low = out.subarray(0, c).fill(Number.POSITIVE_INFINITY);
  const high = out.subarray(c, 2 * c).fill(Number.NEGATIVE_INFINITY);
  for (let k = 0; k < list.length; k++) {
    const x = list[k] as number;
    // Into the c smallest (ascending), the largest of them dropped.
    if (x < (low[c - 1] as number)) {
      let i = c - 1;
      while (i > 0 && (low[i - 1] as number) > x) {
        low[i] = low[i - 1] as number;
        i--;
      }
      low[i] = x;
    }
    // Into the c largest (ascending), the smallest of them dropped.
    if (x > (high[0] as number)) {
      let i = 0;
      while (i < c - 1 && (high[i + 1] as number) < x) {
        high[i] = high[i + 1] as number;
        i++;
      }
      high[i] = x;
    }
  }
  return out.subarray(0, 2 * c);
}

/** The hours each column gives in `assign`. */
export function hoursUsed(problem: MatchingProblem, assign: Int32Array): Float64Array {
  const used = new Float64Array(problem.cols);
  for (let r = 0; r < assign.length; r++) {
    const j = assign[r] as number;
    if (j >= 0) used[j] = (used[j] as number) + (problem.hours[r] as number);
  }
  return used;
}

/** Whether `assign` keeps every hours budget. */
export function keepsBudgets(problem: MatchingProblem, assign: Int32Array): boolean {
  const used = hoursUsed(problem, assign);
  for (let j = 0; j < problem.cols; j++) if (!fits(0, used[j] as number, problem.budget[j] as number)) return false;
  return true;
}
