/**
 * Hours budgets read as places, a relaxation: a column can never take more rows than the most of
 * its candidate rows whose hours fit its budget together (the shortest ones first), so those many
 * places, capped by its capacity, lose no matching that keeps the budget. A budget binds only when
 * the longest rows that fill those places overrun it; when no budget binds, the places are the
 * whole constraint and the flow optimum is exact.
 */
import { drain, type Steps } from '../clock.js';
import type { ScoredPairs } from '../pairs.js';
import { fits, type MatchingProblem } from './problem.js';
import type { PlacesPart, PlacesTask, RowsHelper } from './rowsHelper.js';
import { helperSplit, shared } from './sparseRows.js';

/**
 * The places of each column, and whether any budget can bind. One pass over the problem's pairs:
 * a column with at most {@link FEW_PLACES} places keeps only its shortest and longest candidate
 * hours (all it reads of them), another gathers them all and sorts them. O(pairs × few + pairs of
 * the others × log).
 */
export function budgetPlaces(problem: MatchingProblem): { places: Int32Array; binds: boolean } {
  return drain(budgetPlacesSteps(problem));
}

/**
 * {@link budgetPlaces} in steps: with the problem's helper thread (the pairs in shared memory), the
 * later half of the pairs' rows are read there meanwhile (the same places either way).
 */
export function* budgetPlacesSteps(problem: MatchingProblem): Steps<{ places: Int32Array; binds: boolean }> {
  const { rows, cols, capacity, budget, helper, hours, pairs } = problem;
  const places = Int32Array.from(capacity);
  const { kind, slot } = kindsOf(capacity, budget);
  if (slot === null) return { places, binds: false };
  const split =
    helper === undefined
      ? rows
      : helperSplit(pairs, shared(pairs.cols, pairs.scores), (from, to) =>
          helper.sendPlaces({ pairs, hours, capacity, budget, from, to }),
        );
  let ends = placesPart(pairs, hours, kind, slot, capacity, 0, split);
  if (split < rows) {
    const theirs = yield* (helper as RowsHelper).receivePlaces();
    ends = joinParts(
      ends,
      theirs !== null &&
        theirs.low.length === ends.low.length &&
        theirs.high.length === ends.high.length &&
        theirs.start.length === cols + 1 &&
        theirs.all.length === theirs.start[cols]
        ? theirs
        : placesPart(pairs, hours, kind, slot, capacity, split, rows),
      kind,
      slot,
    );
  }
  const { low, high, start, all } = ends;
  let binds = false;
  for (let j = 0; j < cols; j++) {
    const k = kind[j] as number;
    if (k === 0) continue;
    const b = budget[j] as number;
    const c = capacity[j] as number;
    // The shortest hours ascending, and the longest ascending, ending the array. With few places,
    // a column with fewer candidates than places has its slot padded: `+Infinity` among the
    // shortest (no budget fits it, so the count stops there), `-Infinity` before the longest
    // (never read: the count is at most the candidates).
    const base = slot[j] as number;
    const shortest = k === 1 ? low.subarray(base, base + c) : all.subarray(start[j], start[j + 1]).sort();
    const n = shortest.length;
    const longest = k === 1 ? high.subarray(base, base + c) : shortest;
    let used = 0;
    let count = 0;
    while (count < n && count < c && fits(used, shortest[count] as number, b)) {
      used += shortest[count] as number;
      count++;
    }
    places[j] = count;
    // The longest `count` candidates: if they fit too, this budget never binds.
    let sum = 0;
    for (let q = longest.length - count; q < longest.length; q++) sum += longest[q] as number;
    if (!fits(0, sum, b)) binds = true;
  }
  return { places, binds };
}

/**
 * Per column: 1 budgeted with few places (its two ends kept), 2 budgeted with more (all its hours
 * gathered), 0 neither; and where each few-places column's slot of `capacity` entries starts (one
 * more at the end; null when no column is budgeted).
 */
function kindsOf(capacity: Int32Array, budget: Float64Array): { kind: Uint8Array; slot: Int32Array | null } {
  const cols = capacity.length;
  const kind = new Uint8Array(cols);
  let any = false;
  for (let j = 0; j < cols; j++) {
    const c = capacity[j] as number;
    if ((budget[j] as number) < Number.POSITIVE_INFINITY && c > 0) {
      kind[j] = c <= FEW_PLACES ? 1 : 2;
      any = true;
    }
  }
  if (!any) return { kind, slot: null };
  const slot = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) slot[j + 1] = (slot[j] as number) + (kind[j] === 1 ? (capacity[j] as number) : 0);
  return { kind, slot };
}

/** The {@link PlacesPart} of rows `from` to `to - 1`: one pass over their pairs (two with many-places columns). */
function placesPart(
  pairs: ScoredPairs,
  hours: Float64Array,
  kind: Uint8Array,
  slot: Int32Array,
  capacity: Int32Array,
  from: number,
  to: number,
): PlacesPart {
  const { start: rowStart, cols: colOf, scores } = pairs;
  const cols = kind.length;
  const low = new Float64Array(slot[cols] as number).fill(Number.POSITIVE_INFINITY);
  const high = new Float64Array(slot[cols] as number).fill(Number.NEGATIVE_INFINITY);
  // More places: each column's hours counted here, then gathered.
  const start = new Int32Array(cols + 1);
  // The rows' shortest and longest hours: a few-places column whose kept shortest are all the one
  // and longest all the other keeps them whatever it is offered next, and is passed over from then
  // on (`open[j]` 0). Each offer read two random entries of `low` and `high`; at micro 100,000 ×
  // 10,000 (requests of 1 or 2 hours) most columns settle early: 545 → 213 ms on one thread.
  let least = Number.POSITIVE_INFINITY;
  let most = Number.NEGATIVE_INFINITY;
  for (let r = from; r < to; r++) {
    least = Math.min(least, hours[r] as number);
    most = Math.max(most, hours[r] as number);
  }
  const open = kind.slice();
  for (let r = from; r < to; r++) {
    const h = hours[r] as number;
    for (let e = rowStart[r] as number, end = rowStart[r + 1] as number; e < end; e++) {
      const j = colOf[e] as number;
      const k = open[j] as number;
      if (k === 0 || (scores[e] as number) === Number.NEGATIVE_INFINITY) continue;
      if (k === 2) start[j + 1] = (start[j + 1] as number) + 1;
      else {
        const base = slot[j] as number;
        const c = capacity[j] as number;
        keepEnds(low, high, base, c, h);
        if ((low[base + c - 1] as number) <= least && (high[base] as number) >= most) open[j] = 0;
      }
    }
  }
  for (let j = 0; j < cols; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  const all = new Float64Array(start[cols] as number);
  if (all.length > 0) {
    const at = start.slice(0, cols);
    for (let r = from; r < to; r++) {
      const h = hours[r] as number;
      for (let e = rowStart[r] as number, end = rowStart[r + 1] as number; e < end; e++) {
        const j = colOf[e] as number;
        if (kind[j] === 2 && (scores[e] as number) > Number.NEGATIVE_INFINITY) {
          all[at[j] as number] = h;
          at[j] = (at[j] as number) + 1;
        }
      }
    }
  }
  return { low, high, start, all };
}

/**
 * The {@link PlacesPart} of two row ranges, `a`'s before `b`'s: each few-places column's shortest
 * and longest of both (the same as one pass over both ranges gives), each other column's hours
 * `a`'s then `b`'s.
 */
function joinParts(a: PlacesPart, b: PlacesPart, kind: Uint8Array, slot: Int32Array): PlacesPart {
  const cols = kind.length;
  const low = new Float64Array(a.low.length);
  const high = new Float64Array(a.high.length);
  for (let j = 0; j < cols; j++) {
    if (kind[j] !== 1) continue;
    const s = slot[j] as number;
    const e = slot[j + 1] as number;
    // The smallest of both, ascending, from the first entries; the largest, ascending, to the last.
    for (let i = s, p = s, q = s; i < e; i++) {
      const x = a.low[p] as number;
      const y = b.low[q] as number;
      if (x <= y) p++;
      else q++;
      low[i] = Math.min(x, y);
    }
    for (let i = e - 1, p = e - 1, q = e - 1; i >= s; i--) {
      const x = a.high[p] as number;
      const y = b.high[q] as number;
      if (x >= y) p--;
      else q--;
      high[i] = Math.max(x, y);
    }
  }
  const start = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++)
    start[j + 1] =
      (start[j] as number) +
      ((a.start[j + 1] as number) - (a.start[j] as number)) +
      ((b.start[j + 1] as number) - (b.start[j] as number));
  const all = new Float64Array(start[cols] as number);
  for (let j = 0; j < cols; j++) {
    if (kind[j] !== 2) continue;
    const mine = a.all.subarray(a.start[j], a.start[j + 1]);
    all.set(mine, start[j] as number);
    all.set(b.all.subarray(b.start[j], b.start[j + 1]), (start[j] as number) + mine.length);
  }
  return { low, high, start, all };
}

/** A helper's part of {@link budgetPlacesSteps}: the {@link PlacesPart} of the task's rows. */
export function placesPartOf(task: PlacesTask): PlacesPart {
  const { kind, slot } = kindsOf(task.capacity, task.budget);
  const cols = task.capacity.length;
  // Nothing budgeted: an empty part (the calling thread, which checked first, never sends one).
  if (slot === null)
    return {
      low: new Float64Array(0),
      high: new Float64Array(0),
      start: new Int32Array(cols + 1),
      all: new Float64Array(0),
    };
  return placesPart(task.pairs, task.hours, kind, slot, task.capacity, task.from, task.to);
}

/** Up to this many places, a column keeps its shortest and longest candidates instead of all of them. */
const FEW_PLACES = 64;

/**
 * Offers hours `x` to the column whose `c` shortest and `c` longest hours so far sit (ascending)
 * in `low` and `high` from `base`: each keeps `x` in its place when it belongs there, its extreme
 * dropped.
 */
function keepEnds(low: Float64Array, high: Float64Array, base: number, c: number, x: number): void {
  const last = base + c - 1;
  if (x < (low[last] as number)) {
    let i = last;
    while (i > base && (low[i - 1] as number) > x) {
      low[i] = low[i - 1] as number;
      i--;
    }
    low[i] = x;
  }
  if (x > (high[base] as number)) {
    let i = base;
    while (i < last && (high[i + 1] as number) < x) {
      high[i] = high[i + 1] as number;
      i++;
    }
    high[i] = x;
  }
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
