/**
 * An upper bound from row prices, for problems too large for exact flows. [Reference]: the
 * Lagrangian relaxation of the assignment constraints of the generalised assignment problem
 * (G. T. Ross and R. M. Soland, "A branch and bound algorithm for the generalized assignment
 * problem", Mathematical Programming 8 (1975)), with each column's knapsack solved as a linear
 * programme.
 *
 * For any prices π ≥ 0 on the rows, B(π) = Σ π[r] + Σ over columns of the best Σ (v[r][j] − π[r])
 * over sets of its rows that fit its places and hours, fractions allowed, is at least the value of
 * every matching that keeps the budgets (a row used once pays its price once; groups are dropped,
 * which only loosens the bound). A column's fractional knapsack with two constraints (places and
 * hours) is min over μ ≥ 0 of F(μ) = μ × budget + the sum of its `places` largest (v − π − μ ×
 * hours)⁺, convex and piecewise linear in μ (its slope at μ is budget − the hours picked there).
 * Each column's minimum is found where the tangents at the ends of a bracket meet (see
 * {@link kelley}); F is evaluated at each μ tried, so a μ not quite optimal still gives a valid
 * bound. Then π moves against the rows' slack (projected subgradient steps), and the least B found
 * is kept.
 *
 * Every column is evaluated at once, in a pass over the pairs in row order that keeps each column's
 * `places` best items in a small heap (O(pairs × log places)), with no copy of the pairs in column
 * order (600 MB on the micro programme of 49 million pairs, whose writes took 3 to 10 s). The
 * columns whose budget binds (about 1,600 of 10,000 there) then take 1 to 6 tangent steps each: a
 * second pass gathers those of their items of positive profit that may count (0.4 of 7.8 million
 * there), and the steps' passes read those only.
 */
import { drain, SLICE, type Steps, sliceDue, timeUp } from '../clock.js';
import { type MatchingProblem, pairValue, type SumFigure } from './problem.js';
import type { BoundTask } from './rowsHelper.js';
import type { SparseRows } from './sparseRows.js';

/** What the bound reads of a problem (a helper thread gets these, not the whole problem). */
export type PriceProblem = Pick<MatchingProblem, 'rows' | 'cols' | 'budget' | 'hours' | 'priority'>;

/**
 * Most tangent steps for a column's μ after its bracket's ends (1 to 6 on the micro programmes of
 * the scale benchmark); when they run out, the least F found is the column's part of the bound.
 */
const TANGENT_STEPS = 24;

/** Stages of a column's search for its μ. */
const DONE = 0;
/** Evaluated at the bracket's upper end, `steepest` (where only items without hours are left). */
const UPPER = 1;
/** Evaluated where the bracket's tangents meet. */
const TANGENT = 2;

/**
 * The least B(π) found in `steps` subgradient steps from `start` (row prices; copied), given a
 * value `lower` that some matching keeping the budgets reaches (it sizes the steps), with `values`
 * the value of each pair of `pairs` (in its order, or a figure of each pair's priority and score);
 * returns the bound and the hours multipliers (each column's μ) at that π. It ends early once
 * `stopped` (by default: the call's time is up), with the least bound of the steps done. In steps:
 * it yields when an async caller's time slice is over.
 */
export function* rowPriceBound(
  problem: PriceProblem,
  pairs: SparseRows,
  values: Float64Array | SumFigure,
  places: Int32Array,
  start: Float64Array,
  steps: number,
  lower: number,
  stopped: () => boolean = timeUp,
): Steps<{ bound: number; lambda: Float64Array }> {
  const { rows, cols, budget } = problem;
  const { col } = pairs;
  // Each column's heap of its best items: min(places, its pairs) slots.
  const count = new Int32Array(cols);
  for (let e = 0; e < col.length; e++) count[col[e] as number] = (count[col[e] as number] as number) + 1;
  const heapStart = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++)
    heapStart[j + 1] = (heapStart[j] as number) + Math.min(places[j] as number, count[j] as number);
  const heaps: Heaps = {
    start: heapStart,
    size: new Int32Array(cols),
    value: new Float64Array(heapStart[cols] as number),
    hours: new Float64Array(heapStart[cols] as number),
    row: new Int32Array(heapStart[cols] as number),
    least: new Float64Array(cols),
  };
  const search: Search = {
    stage: new Uint8Array(cols),
    mu: new Float64Array(cols),
    steepest: new Float64Array(cols),
    lo: new Float64Array(cols),
    fLo: new Float64Array(cols),
    gLo: new Float64Array(cols),
    hi: new Float64Array(cols),
    fHi: new Float64Array(cols),
    gHi: new Float64Array(cols),
    best: new Float64Array(cols),
    bestMu: new Float64Array(cols),
    tries: new Int32Array(cols),
  };
  const chosen = new Float64Array(rows);
  const price = Float64Array.from(start);
  // Per column, its items of positive profit at the step's prices (counted by the first pass).
  const positive = new Int32Array(cols);
  let best = Number.POSITIVE_INFINITY;
  const bestLambda = new Float64Array(cols);
  let step = 1;
  let stale = 0;
  for (let it = 0; it < steps; it++) {
    // Out of time: the least bound of the steps done (each one valid; none: Infinity, and the
    // caller's other bounds hold).
    if (stopped()) break;
    const { stage, mu, steepest } = search;
    // μ = 0 everywhere, and each column's steepest ratio for its bracket.
    stage.fill(TANGENT);
    mu.fill(0);
    steepest.fill(0);
    positive.fill(0);
    yield* pass(problem, pairs, values, price, heaps, search, positive);
    let binding = 0;
    for (let j = 0; j < cols; j++) {
      const f = sumOf(heaps, j);
      const g = (budget[j] as number) - hoursOf(heaps, j);
      search.best[j] = f;
      search.bestMu[j] = 0;
      if ((budget[j] as number) === Number.POSITIVE_INFINITY || g >= 0) {
        stage[j] = DONE;
        continue;
      }
      search.lo[j] = 0;
      search.fLo[j] = f;
      search.gLo[j] = g;
      search.tries[j] = 0;
      stage[j] = UPPER;
      mu[j] = steepest[j] as number;
      binding++;
    }
    // The columns whose budget binds: their brackets' upper ends, then tangent steps until each
    // column's minimum is found (out of time: the least F of each column so far, each valid), each
    // a pass over their items only, gathered once (none when no budget binds).
    const items =
      binding === 0 || stopped() ? null : yield* gather(problem, pairs, values, price, stage, positive, heaps);
    let searching = items !== null;
    while (searching && !stopped()) {
      yield* itemPass(problem, items as Items, heaps, search);
      searching = false;
      for (let j = 0; j < cols; j++) {
        if (stage[j] === DONE) continue;
        if (kelley(search, j, budget[j] as number, sumOf(heaps, j), hoursOf(heaps, j))) searching = true;
      }
    }
    let bound = 0;
    for (let r = 0; r < rows; r++) bound += price[r] as number;
    for (let j = 0; j < cols; j++) bound += search.best[j] as number;
    const improved = bound < best;
    if (improved) {
      best = bound;
      bestLambda.set(search.bestMu);
    }
    // (Out of time: the next step would end at once.)
    if (it + 1 === steps || stopped()) break;
    // The next step's prices: each column at its least F, for the rows it picks there (a pass again
    // where the last μ tried was not that one).
    let again = false;
    for (let j = 0; j < cols; j++) {
      stage[j] = (search.bestMu[j] as number) !== (mu[j] as number) ? TANGENT : DONE;
      if (stage[j] === TANGENT) {
        mu[j] = search.bestMu[j] as number;
        again = true;
      }
    }
    if (again) yield* itemPass(problem, items as Items, heaps, search);
    chosen.fill(0);
    for (let j = 0; j < cols; j++) {
      for (let s = heaps.start[j] as number; s < (heaps.start[j] as number) + (heaps.size[j] as number); s++) {
        const r = heaps.row[s] as number;
        chosen[r] = (chosen[r] as number) + 1;
      }
    }
    if (improved) stale = 0;
    else if (++stale >= 3) {
      step /= 2;
      stale = 0;
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) {
      let g = 1 - (chosen[r] as number);
      if (g > 0 && (price[r] as number) <= 0) g = 0;
      chosen[r] = g;
      norm += g * g;
    }
    if (norm === 0) break;
    const t = (step * Math.max(bound - lower, 1e-9 * Math.max(1, Math.abs(bound)))) / norm;
    for (let r = 0; r < rows; r++) price[r] = Math.max(0, (price[r] as number) - t * (chosen[r] as number));
  }
  return { bound: best, lambda: bestLambda };
}

/** Per column, a min-heap of its best items (`start[j] ..`, `size[j]` used): value, hours, row. */
interface Heaps {
  readonly start: Int32Array;
  readonly size: Int32Array;
  readonly value: Float64Array;
  readonly hours: Float64Array;
  readonly row: Int32Array;
  /**
   * Per column, the value an item must exceed to be kept (see {@link keep}): its least item's once
   * the heap is full, −∞ while it has room (or none at all: `keep` turns it away). Read first: a
   * full heap turns most items away, and this one array stays in the cache where the heaps' least
   * items, a column apart, did not (the first pass over the micro programme's 49 million pairs,
   * measured alone: about 450 → 260 ms).
   */
  readonly least: Float64Array;
}

/**
 * Per column, the search for its μ: its stage, the μ of the next pass, its steepest ratio, the
 * bracket's ends (μ, F, slope), the least F found and its μ, and the tangent steps taken.
 */
interface Search {
  readonly stage: Uint8Array;
  readonly mu: Float64Array;
  readonly steepest: Float64Array;
  readonly lo: Float64Array;
  readonly fLo: Float64Array;
  readonly gLo: Float64Array;
  readonly hi: Float64Array;
  readonly fHi: Float64Array;
  readonly gHi: Float64Array;
  readonly best: Float64Array;
  readonly bestMu: Float64Array;
  readonly tries: Int32Array;
}

/**
 * The first pass over the pairs, at μ = 0: each column keeps its `places` largest items v − π[r]
 * above 0 (ties: the first in row order), its steepest (v − π) / hours, and counts its items above 0
 * in `positive`.
 */
function* pass(
  problem: PriceProblem,
  pairs: SparseRows,
  values: Float64Array | SumFigure,
  price: Float64Array,
  heaps: Heaps,
  search: Search,
  positive: Int32Array,
): Steps<void> {
  const { rows, hours, priority } = problem;
  const { start, col, score } = pairs;
  const { steepest } = search;
  heaps.size.fill(0);
  const { least } = heaps;
  least.fill(Number.NEGATIVE_INFINITY);
  for (let r = 0; r < rows; r++) {
    // The async form's turns, every 1024 rows.
    if ((r & 1023) === 1023 && sliceDue()) yield SLICE;
    const h = hours[r] as number;
    const p = priority[r] as number;
    const pr = price[r] as number;
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
      const j = col[e] as number;
      const profit = valueAt(values, p, score, e) - pr;
      if (profit <= 0) continue;
      positive[j] = (positive[j] as number) + 1;
      if (h > 0 && profit / h > (steepest[j] as number)) steepest[j] = profit / h;
      // (Not `>`: a NaN goes to the heap, as it always did.)
      if (!(profit <= (least[j] as number))) keep(heaps, j, profit, h, r);
    }
  }
}

/** Entry `e`'s value: its own in `values`, or the figure of its score `score[e]` at priority `p`. */
function valueAt(values: Float64Array | SumFigure, p: number, score: Float64Array, e: number): number {
  return typeof values === 'string' ? pairValue(values, p, score[e] as number) : (values[e] as number);
}

/**
 * Per column searching its μ, its items of positive profit (v − π[r]) in row order that may be
 * among its `places` best at some μ (`start[j]` to `end[j] - 1`): profit, row.
 */
interface Items {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly profit: Float64Array;
  readonly row: Int32Array;
}

/**
 * The items of the columns not `DONE` (at most `positive[j]` of each, counted by the first pass),
 * gathered in one pass over the pairs: the tangent steps' passes then read these only (on the micro
 * programme of 49 million pairs, seven passes over every pair took 1.7 s; the gathering takes one).
 * An item is left out when its column already has as many earlier items as its heap holds (its
 * places, or its pairs if fewer) at the fewest hours any row takes, each with at least its profit:
 * at every μ ≥ 0 they are worth at least as much and come first in row order, so it is never among
 * the column's best (a step's pass would turn it away).
 * Those earlier items are found with the columns' heaps (their `places` best at the fewest hours;
 * the steps' passes fill the heaps again). On the micro programme of 100,000 requests × 10,000
 * mentors, whose requests take 1 or 2 hours, 0.41 of 7.8 million items are left (each a write to a
 * random column's): the bound's first step 1.33 → 0.92 s.
 */
function* gather(
  problem: PriceProblem,
  pairs: SparseRows,
  values: Float64Array | SumFigure,
  price: Float64Array,
  stage: Uint8Array,
  positive: Int32Array,
  heaps: Heaps,
): Steps<Items> {
  const { rows, cols, priority, hours } = problem;
  const { start, col, score } = pairs;
  const at = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) at[j + 1] = (at[j] as number) + (stage[j] === DONE ? 0 : (positive[j] as number));
  const next = at.slice(0, cols);
  const items: Items = {
    start: at,
    end: next,
    profit: new Float64Array(at[cols] as number),
    row: new Int32Array(at[cols] as number),
  };
  let fewest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rows; r++) fewest = Math.min(fewest, hours[r] as number);
  const { least } = heaps;
  for (let j = 0; j < cols; j++) {
    if (stage[j] === DONE) continue;
    heaps.size[j] = 0;
    least[j] = Number.NEGATIVE_INFINITY;
  }
  for (let r = 0; r < rows; r++) {
    if ((r & 1023) === 1023 && sliceDue()) yield SLICE;
    const p = priority[r] as number;
    const pr = price[r] as number;
    const h = hours[r] as number;
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
      const j = col[e] as number;
      if (stage[j] === DONE) continue;
      const profit = valueAt(values, p, score, e) - pr;
      if (profit <= 0 || profit <= (least[j] as number)) continue;
      if (h === fewest) keep(heaps, j, profit, h, r);
      const k = next[j] as number;
      next[j] = k + 1;
      items.profit[k] = profit;
      items.row[k] = r;
    }
  }
  return items;
}

/**
 * A pass over the items of the columns not `DONE`: each keeps its `places` largest items v − π[r] −
 * μ[j] × hours[r] above 0 (ties: the first in row order, as in a pass over the pairs).
 */
function* itemPass(problem: PriceProblem, items: Items, heaps: Heaps, search: Search): Steps<void> {
  const { cols, hours } = problem;
  const { stage, mu } = search;
  const { start, end: stop, profit, row } = items;
  const { least } = heaps;
  for (let j = 0; j < cols; j++) {
    if (stage[j] === DONE) continue;
    // The async form's turns, every 64 columns searching.
    if ((j & 63) === 63 && sliceDue()) yield SLICE;
    heaps.size[j] = 0;
    least[j] = Number.NEGATIVE_INFINITY;
    const m = mu[j] as number;
    for (let k = start[j] as number, end = stop[j] as number; k < end; k++) {
      const r = row[k] as number;
      const h = hours[r] as number;
      const v = (profit[k] as number) - m * h;
      if (v > 0 && v > (least[j] as number)) keep(heaps, j, v, h, r);
    }
  }
}

/** Offers item (`v`, `h`, `r`) to column `j`'s heap: kept if there is room, or if above its least. */
function keep(heaps: Heaps, j: number, v: number, h: number, r: number): void {
  const { start, size, value, hours, row } = heaps;
  const s = start[j] as number;
  const k = (start[j + 1] as number) - s;
  const n = size[j] as number;
  // The item's slot: sifted up from a free one, or down from the least one's when full.
  let i: number;
  if (n < k) {
    i = n;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((value[s + parent] as number) <= v) break;
      value[s + i] = value[s + parent] as number;
      hours[s + i] = hours[s + parent] as number;
      row[s + i] = row[s + parent] as number;
      i = parent;
    }
    size[j] = n + 1;
  } else if (k > 0 && v > (value[s] as number)) {
    i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= k) break;
      if (c + 1 < k && (value[s + c + 1] as number) < (value[s + c] as number)) c++;
      if ((value[s + c] as number) >= v) break;
      value[s + i] = value[s + c] as number;
      hours[s + i] = hours[s + c] as number;
      row[s + i] = row[s + c] as number;
      i = c;
    }
  } else return;
  value[s + i] = v;
  hours[s + i] = h;
  row[s + i] = r;
  if ((size[j] as number) === k) heaps.least[j] = value[s] as number;
}

/** Σ of the values column `j`'s heap holds. */
function sumOf(heaps: Heaps, j: number): number {
  let sum = 0;
  const s = heaps.start[j] as number;
  for (let i = s; i < s + (heaps.size[j] as number); i++) sum += heaps.value[i] as number;
  return sum;
}

/** Σ of the hours of the items column `j`'s heap holds. */
function hoursOf(heaps: Heaps, j: number): number {
  let sum = 0;
  const s = heaps.start[j] as number;
  for (let i = s; i < s + (heaps.size[j] as number); i++) sum += heaps.hours[i] as number;
  return sum;
}

/**
 * Column `j`'s search after a pass at its μ (the `places` largest items there summing to `sum`,
 * with `picked` hours; `b` its budget): records F(μ) = μ × b + sum and its slope b − picked, and
 * sets the next μ; returns whether there is one (else the column is `DONE`). [Reference]: J. E.
 * Kelley, "The cutting-plane method for solving convex programs", J. SIAM 8 (1960), in one
 * dimension. From the bracket [0, steepest] (slope < 0 at 0, ≥ 0 at steepest), the next μ is where
 * the tangents at its ends meet. F there is either on both tangents, and it is the minimum (no
 * piece of F lies between them), or above them, and μ replaces the end whose slope has its sign,
 * with at least one linear piece fewer in the bracket.
 */
function kelley(search: Search, j: number, b: number, sum: number, picked: number): boolean {
  const { stage, mu, lo, fLo, gLo, hi, fHi, gHi } = search;
  const at = mu[j] as number;
  const f = at * b + sum;
  const g = b - picked;
  if (f < (search.best[j] as number)) {
    search.best[j] = f;
    search.bestMu[j] = at;
  }
  if (stage[j] === UPPER) {
    hi[j] = at;
    fHi[j] = f;
    gHi[j] = g;
    stage[j] = TANGENT;
  } else {
    // On both tangents (within rounding), or a slope of 0: the minimum.
    const tangent = (fLo[j] as number) + (gLo[j] as number) * (at - (lo[j] as number));
    if (f <= tangent + 1e-12 * Math.max(1, Math.abs(f)) || g === 0) {
      stage[j] = DONE;
      return false;
    }
    if (g < 0) {
      lo[j] = at;
      fLo[j] = f;
      gLo[j] = g;
    } else {
      hi[j] = at;
      fHi[j] = f;
      gHi[j] = g;
    }
  }
  const tries = (search.tries[j] as number) + 1;
  search.tries[j] = tries;
  const a = lo[j] as number;
  const z = hi[j] as number;
  const next =
    ((fHi[j] as number) - (fLo[j] as number) + (gLo[j] as number) * a - (gHi[j] as number) * z) /
    ((gLo[j] as number) - (gHi[j] as number));
  if (tries > TANGENT_STEPS || !((gHi[j] as number) > 0) || !(next > a && next < z)) {
    stage[j] = DONE;
    return false;
  }
  mu[j] = next;
  return true;
}

/**
 * A helper thread's row-price bound (see {@link BoundTask}): {@link rowPriceBound} over every pair,
 * ended early once the calling thread raises the task's `halt`, or `stop` (the job's, in shared
 * memory: the call ended).
 */
export function boundOf(task: BoundTask, stop: Int32Array): number {
  const { pairs, places, start, steps, lower, halt } = task;
  // The figure as this thread's own string (see `profitsOf` in `auction.ts`).
  const figure: SumFigure =
    task.figure === 'count' ? 'count' : task.figure === 'weightedCount' ? 'weightedCount' : 'weightedTotal';
  const every: SparseRows = { start: pairs.start, col: pairs.cols, score: pairs.scores };
  const stopped = (): boolean => Atomics.load(halt, 0) !== 0 || Atomics.load(stop, 0) !== 0;
  return drain(rowPriceBound(task, every, figure, places, start, steps, lower, stopped)).bound;
}
