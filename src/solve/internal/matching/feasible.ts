/**
 * Making a matching keep every hours budget, and filling it: a column over budget keeps the subset
 * of its rows worth the most that fits (exhaustively up to {@link EXHAUSTIVE} rows, else the most
 * value per hour first); then every unmatched row, in order, takes the best column left with a
 * place, the hours and no group mate (first come, first served on what is left).
 */
import { fits, type MatchingObjective, type MatchingProblem, scoreOf } from './problem.js';
import type { GreedyTask } from './rowsHelper.js';
import { builtByColumn, type SparseRows } from './sparseRows.js';

/** Columns with at most this many rows are repaired by trying every subset. */
const EXHAUSTIVE = 12;

/** What keeping row `r` on column `j` is worth to `objective` (a scalar stand-in for its levels). */
export function worth(problem: MatchingProblem, objective: MatchingObjective, r: number, j: number): number {
  const s = scoreOf(problem, r, j);
  const p = problem.priority[r] as number;
  if (objective === 'total') return p * s;
  if (objective === 'coverage') return p * (1 + s);
  return 1 + 1e-3 * s;
}

/** Drops rows from every column over budget (in place), keeping the most worth that fits. */
export function repairBudgets(problem: MatchingProblem, objective: MatchingObjective, assign: Int32Array): void {
  const { cols, hours, budget } = problem;
  // Each column's hours, summed in row order; then the rows of those over budget only, in row
  // order (a list for every column was 10,000 lists a call at scale, within budget or not).
  const used = new Float64Array(cols);
  for (let r = 0; r < assign.length; r++) {
    const j = assign[r] as number;
    if (j >= 0) used[j] = (used[j] as number) + (hours[r] as number);
  }
  const held: (number[] | undefined)[] = new Array(cols);
  let over = false;
  for (let j = 0; j < cols; j++)
    if (!fits(0, used[j] as number, budget[j] as number)) {
      held[j] = [];
      over = true;
    }
  if (!over) return;
  for (let r = 0; r < assign.length; r++) if ((assign[r] as number) >= 0) held[assign[r] as number]?.push(r);
  for (let j = 0; j < cols; j++) {
    const mine = held[j];
    if (mine === undefined) continue;
    const keep =
      mine.length <= EXHAUSTIVE ? bestSubset(problem, objective, mine, j) : byRatio(problem, objective, mine, j);
    for (const r of mine) if (!keep.has(r)) assign[r] = -1;
  }
}

function bestSubset(problem: MatchingProblem, objective: MatchingObjective, rows: number[], j: number): Set<number> {
  const b = problem.budget[j] as number;
  // Each row's hours and worth read once (a worth looks its pair up), not once per subset.
  const hours = Float64Array.from(rows, (r) => problem.hours[r] as number);
  const worths = Float64Array.from(rows, (r) => worth(problem, objective, r, j));
  let best = 0;
  let bestWorth = -1;
  for (let mask = 0; mask < 1 << rows.length; mask++) {
    let used = 0;
    let total = 0;
    for (let q = 0; q < rows.length; q++) {
      if (((mask >> q) & 1) === 0) continue;
      used += hours[q] as number;
      total += worths[q] as number;
    }
    if (fits(0, used, b) && total > bestWorth) {
      bestWorth = total;
      best = mask;
    }
  }
  return new Set(rows.filter((_, q) => ((best >> q) & 1) === 1));
}

function byRatio(problem: MatchingProblem, objective: MatchingObjective, rows: number[], j: number): Set<number> {
  const ratio = (r: number) => worth(problem, objective, r, j) / Math.max(problem.hours[r] as number, 1e-12);
  const sorted = [...rows].sort((x, y) => ratio(y) - ratio(x) || x - y);
  const keep = new Set<number>();
  let used = 0;
  for (const r of sorted) {
    if (!fits(used, problem.hours[r] as number, problem.budget[j] as number)) continue;
    used += problem.hours[r] as number;
    keep.add(r);
  }
  return keep;
}

/**
 * Gives each unmatched row, in order, the best-scoring column with a place, the hours and no group
 * mate (ties: the lower column); from `pairs` (best first) when given, else from the problem's pairs.
 */
export function fillGreedily(problem: MatchingProblem, assign: Int32Array, pairs?: SparseRows): void {
  const { rows, cols, hours, groups, capacity, budget } = problem;
  const { start, cols: col, scores } = problem.pairs;
  const load = new Int32Array(cols);
  const used = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    const j = assign[r] as number;
    if (j < 0) continue;
    load[j] = (load[j] as number) + 1;
    used[j] = (used[j] as number) + (hours[r] as number);
  }
  const room = pairs === undefined ? null : roomOf(problem, assign, pairs, load, used);
  // Per column, 1 once it takes no row left: no place, or not the hours of the shortest row (read
  // first at each pair, one byte a column where a place and the hours were three numbers: most
  // columns shut early under binding budgets; a column once shut stays so, as places and hours only
  // fall). None open: no row left can be given one (at classic 50,000 × 5,000, the places were all
  // taken by about the 12,000th row, and the other rows each read thousands of full columns).
  let fewest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rows; r++) fewest = Math.min(fewest, hours[r] as number);
  const takes = (j: number) =>
    (load[j] as number) < (capacity[j] as number) && fits(used[j] as number, fewest, budget[j] as number);
  const shut = new Uint8Array(cols);
  let open = 0;
  for (let j = 0; j < cols; j++) {
    shut[j] = +!takes(j);
    open += 1 - (shut[j] as number);
  }
  for (let r = 0; r < rows && open > 0; r++) {
    if ((assign[r] as number) >= 0) continue;
    if (room !== null && (hours[r] as number) > (room[r] as number)) continue;
    let best = -1;
    if (pairs !== undefined) {
      // Pairs come best first (ties: lower column first): the first column that takes the row.
      const end = pairs.start[r + 1] as number;
      for (let e = pairs.start[r] as number; e < end; e++) {
        const j = pairs.col[e] as number;
        if (shut[j] === 1 || !fits(used[j] as number, hours[r] as number, budget[j] as number)) continue;
        if (groups !== undefined && mateHolds(groups, assign, r, j)) continue;
        best = j;
        break;
      }
    } else {
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
        const j = col[e] as number;
        const s = scores[e] as number;
        if (s <= bestScore || shut[j] === 1) continue;
        if (!fits(used[j] as number, hours[r] as number, budget[j] as number)) continue;
        if (groups !== undefined && mateHolds(groups, assign, r, j)) continue;
        best = j;
        bestScore = s;
      }
    }
    if (best < 0) continue;
    assign[r] = best;
    load[best] = (load[best] as number) + 1;
    used[best] = (used[best] as number) + (hours[r] as number);
    if (!takes(best)) {
      shut[best] = 1;
      open--;
    }
  }
}

/**
 * Per row of `pairs`, the most hours left (budget less hours given, and a margin over rounding far
 * above the sums' own) among its columns with a place and the hours the fewest-hours unmatched row
 * of `assign` needs, from `pairs`' index by column when one was built (else null: every row may be
 * filled); -Infinity with none. A row needing more cannot be filled: hours left only fall as rows
 * fill the columns. Under binding budgets most rows cannot (a Lagrangian candidate's
 * 56,000 unmatched rows at 100,000 × 10,000 looked at 64 pairs each to fill a few hundred).
 */
function roomOf(
  problem: MatchingProblem,
  assign: Int32Array,
  pairs: SparseRows,
  load: Int32Array,
  used: Float64Array,
): Float64Array | null {
  const index = builtByColumn(pairs);
  if (index === undefined) return null;
  const { rows, cols, hours, capacity, budget } = problem;
  let least = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rows; r++) if ((assign[r] as number) < 0) least = Math.min(least, hours[r] as number);
  const room = new Float64Array(rows).fill(Number.NEGATIVE_INFINITY);
  for (let j = 0; j < cols; j++) {
    if ((load[j] as number) >= (capacity[j] as number) || !fits(used[j] as number, least, budget[j] as number))
      continue;
    // The hours left, past a margin far above the rounding of the sums (relative to their size).
    const b = budget[j] as number;
    const u = used[j] as number;
    const left = b - u + ROOM_MARGIN * Math.max(1, Math.abs(b), Math.abs(u));
    for (let k = index.start[j] as number, end = index.start[j + 1] as number; k < end; k++) {
      const r = index.row[k] as number;
      if (left > (room[r] as number)) room[r] = left;
    }
  }
  return room;
}

/** The margin over rounding of {@link roomOf}'s hours left, relative to the hours' size. */
const ROOM_MARGIN = 1e-6;

/** A helper's {@link GreedyTask}: first come, first served on every pair of the task's problem. */
export function greedyOf(task: GreedyTask): Int32Array {
  const { rows, cols, pairs, hours, capacity, budget, groups } = task;
  const problem: MatchingProblem = {
    rows,
    cols,
    pairs,
    hours,
    capacity,
    budget,
    groups,
    // Not read by the fill.
    priority: new Float64Array(rows),
    ceiling: Number.POSITIVE_INFINITY,
  };
  const assign = new Int32Array(rows).fill(-1);
  fillGreedily(problem, assign);
  return assign;
}

/** Whether another row of row `r`'s group holds column `j` (a group's rows are adjacent). */
export function mateHolds(groups: Int32Array, assign: Int32Array, r: number, j: number): boolean {
  const g = groups[r];
  for (let q = r - 1; q >= 0 && groups[q] === g; q--) if (assign[q] === j) return true;
  for (let q = r + 1; q < assign.length && groups[q] === g; q++) if (assign[q] === j) return true;
  return false;
}
