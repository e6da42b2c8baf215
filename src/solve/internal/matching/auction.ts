/**
 * The penalised problem of the Lagrangian bound at scale, by auction. [Reference]: D. P.
 * Bertsekas, "The auction algorithm for assignment and other network flow problems: a tutorial",
 * Interfaces 20 (1990); D. P. Bertsekas and D. A. Castañon, "The auction algorithm for the
 * transportation problem", Annals of Operations Research 20 (1989).
 *
 * Rows bid for columns: a column's price is 0 while it has places left, else the lowest price it
 * holds; a row takes the column worth the most to it at current prices (value − price, ignoring
 * columns where a group mate sits, and staying unmatched, worth 0, if nothing is worth more), and
 * raises that column's price by its margin over its second choice plus ε, displacing the holder
 * of the cheapest place, who bids again. Prices only rise, so it ends; the matching is then within
 * rows × ε of the best for the prices' problem (ε-complementary slackness).
 *
 * The bound does not rely on that: from the final prices it builds a feasible dual of the problem
 * without groups (column prices α ≥ 0, each row's profit the most it could get at them, or 0), whose
 * value Σ profits + Σ places × α is an upper bound on any matching's value, computed in O(pairs).
 * Between calls the prices and the matching may be kept (warm start): when the multipliers
 * change, each place's price moves with its row's value there, and the rows no longer within ε of
 * their best choice bid again (each leaving its place as it bids, at most once a round: so each
 * round ends), in rounds until none is left out. Prices found that way run higher than a fresh
 * auction's, so their bound is looser; each solve then costs a tenth of the bids.
 */

import { checkSearch, drain, SLICE, type Steps, sliceDue } from '../clock.js';
import { mateHolds } from './feasible.js';
import type { PenalisedSolve } from './lagrangian.js';
import { type MatchingProblem, pairValue, type SumFigure } from './problem.js';
import type { ProfitsTask, RowsHelper } from './rowsHelper.js';
import { type ByColumn, entriesByColumn, helperSplit, type SparseRows, shared } from './sparseRows.js';

/**
 * Most rounds of bidding in a solve. On the micro programme of 100,000 requests × 10,000 mentors,
 * each solve from the last state took 2 to 8 (the rows out in each: 30,000–90,000, then 1,000–
 * 3,000, then tens), the first solve 1.
 */
const WARM_ROUNDS = 8;
/** How far out of ε a row is checked as (a price's rounding error is far smaller than ε / 64). */
export const WARM_SLACK = 1 + 1 / 64;

/** An auction over a problem's pairs with fixed places, kept between solves. */
export class Auction {
  private readonly problem: MatchingProblem;
  private readonly pairs: SparseRows;
  private readonly places: Int32Array;
  /**
   * The values, per allowed pair (as `pairs`), not a dense matrix: there each read of a row's pairs
   * would be a cache miss in every solve (the columns of a row are sorted by score, not position).
   */
  private readonly base: Float64Array;
  /** The pair values of the current solve, per allowed pair (as `pairs`). */
  private readonly value: Float64Array;
  /** Per column: a min-heap of the prices it holds (`heapStart[j] ..`, `size[j]` used) and their rows. */
  private readonly heapStart: Int32Array;
  private readonly heapPrice: Float64Array;
  private readonly heapRow: Int32Array;
  private readonly size: Int32Array;
  /**
   * Per column: its price (see {@link Auction.price}), `Infinity` for a column without places;
   * kept up to date by every take and release, so that a bid reads one number per pair.
   */
  private readonly colPrice: Float64Array;
  /** Per row: its column (-1: none) and the price it paid. */
  readonly assign: Int32Array;
  private readonly paid: Float64Array;
  /**
   * Per matched row: its profit at its column (value − price paid), as {@link Auction.out} reads it;
   * kept by the first round's check and each bid (the rounds after read it for the columns whose
   * price fell only).
   */
  private readonly own: Float64Array;
  /** Per row: its best profit at the end of the last solve (see {@link Auction.rowProfits}). */
  private readonly profits: Float64Array;
  /** The bid increment (it may be lowered between solves, to refine). */
  epsilon: number;
  /** Bids made in all (for tests and benchmarks). */
  bids = 0;
  /**
   * When the auction runs on some of the pairs (each row's best): every pair and its value, which
   * the bounds price (a bound over some pairs only would not hold for the problem).
   */
  private readonly full: { readonly pairs: SparseRows; readonly figure: SumFigure } | null;
  /**
   * Per column: whether its price fell in the round of bidding: lower after some row's bid than
   * before it (the row left it; one that bids again on its own column and keeps it, no).
   */
  private readonly dropped: Uint8Array;
  /** Per row: whether a group mate left a column in the round (for another, or none). */
  private readonly stirred: Uint8Array;
  /**
   * The pairs by column (each column's rows), built at the first round after which some price
   * fell: the rows such a round can have unsettled are found from the columns whose price fell,
   * not by a pass over every pair.
   */
  private byColumn: ByColumn | null = null;
  /** The pairs' base values in {@link Auction.byColumn}'s order (read there, at no cache miss a pair). */
  private baseByColumn: Float64Array | null = null;
  /** Whether some price fell or some group mate left a column in the round. */
  private moved = false;
  /** Whether a solve starts from the last one's state (see {@link Auction.shift}). */
  private readonly warm: boolean;
  /** The multipliers of the current solve (the caller's array), and a copy of the last one's. */
  private lambda: Float64Array;
  private lastLambda: Float64Array | null = null;

  /**
   * @param values - the value of each allowed pair (e.g. priority × score), in the order of `pairs`.
   * @param places - per column, the most rows it takes.
   * @param epsilon - the bid increment: the matching is within rows × ε of the best.
   * @param warm - whether each solve starts from the last one's state, or from none.
   */
  constructor(
    problem: MatchingProblem,
    pairs: SparseRows,
    values: Float64Array,
    places: Int32Array,
    epsilon: number,
    full: { readonly pairs: SparseRows; readonly figure: SumFigure } | null = null,
    warm = true,
  ) {
    this.warm = warm;
    const { rows, cols } = problem;
    this.full = full;
    this.lambda = new Float64Array(cols);
    this.problem = problem;
    this.pairs = pairs;
    this.places = places;
    this.base = values;
    this.value = new Float64Array(pairs.col.length);
    this.heapStart = new Int32Array(cols + 1);
    // A column never holds more than every row: a capacity read as "no limit" (up to 2³¹ − 1
    // places) takes `rows` slots, not billions.
    for (let j = 0; j < cols; j++)
      this.heapStart[j + 1] = (this.heapStart[j] as number) + Math.min(places[j] as number, rows);
    const slots = this.heapStart[cols] as number;
    this.heapPrice = new Float64Array(slots);
    this.heapRow = new Int32Array(slots);
    this.size = new Int32Array(cols);
    this.colPrice = new Float64Array(cols);
    for (let j = 0; j < cols; j++) if ((places[j] as number) === 0) this.colPrice[j] = Number.POSITIVE_INFINITY;
    this.assign = new Int32Array(rows).fill(-1);
    this.paid = new Float64Array(rows);
    this.own = new Float64Array(rows);
    this.profits = new Float64Array(rows);
    this.dropped = new Uint8Array(cols);
    this.stirred = new Uint8Array(rows);
    this.epsilon = epsilon;
  }

  /**
   * Solves for the multipliers `lambda` (values − λ[j] × hours[r]), starting from the last state.
   * When the bound prices every pair (`full`) and the one over the searched pairs is already at
   * `cutoff` or above (the caller needs it only below), that one is returned (`partial`) without a
   * pass over every pair.
   */
  solve(lambda: Float64Array, cutoff = Number.POSITIVE_INFINITY): PenalisedSolve {
    return drain(this.solveSteps(lambda, cutoff));
  }

  /** {@link solve} in steps: it yields when an async caller's time slice is over. */
  *solveSteps(lambda: Float64Array, cutoff = Number.POSITIVE_INFINITY): Steps<PenalisedSolve> {
    // From no state (the first solve, or each one when not warm), every row is unmatched.
    const fresh = !this.warm || this.lastLambda === null;
    if (this.warm) this.shift(lambda);
    else this.clear();
    this.lambda = lambda;
    // The rows out of ε of their best choice bid, each leaving its place as it bids; a place left
    // may then draw rows settled before, so the rows are checked again after each round, until
    // none is out (at most WARM_ROUNDS rounds: the bound holds at any prices, only the matching
    // would be further from the best). The first round's check is made as each row's values are
    // computed, in the same pass over its pairs.
    const queue: number[] = [];
    let bids = 0;
    for (let round = 0; round < WARM_ROUNDS; round++) {
      if (round === 0) yield* this.valuesAndOut(queue, fresh);
      else yield* this.unsettled(queue);
      if (queue.length === 0) break;
      this.dropped.fill(0);
      this.moved = false;
      while (queue.length > 0) {
        // The time budget (less the time kept for explaining what the search holds) and the async
        // form's turns, every 1024 bids (each one row's pairs).
        if ((++bids & 1023) === 0) {
          checkSearch();
          if (sliceDue()) yield SLICE;
        }
        const r = queue.pop() as number;
        // Its column and that column's price before it bids: a row that bids again on its own
        // column (most, from the last state) leaves neither a lower price nor a free column behind.
        const left = this.assign[r] as number;
        const was = left >= 0 ? (this.colPrice[left] as number) : 0;
        if (left >= 0) this.release(r);
        const evicted = this.bid(r);
        if (left >= 0 && (this.colPrice[left] as number) < was) {
          this.dropped[left] = 1;
          this.moved = true;
        }
        if (left >= 0 && this.assign[r] !== left) this.stir(r);
        if (evicted >= 0) {
          queue.push(evicted);
          this.stir(evicted);
        }
      }
      // No price fell and no group mate left a column: every row is settled.
      if (!this.moved) break;
    }
    const assign = Int32Array.from(this.assign);
    if (this.full !== null && cutoff < Number.POSITIVE_INFINITY) {
      // Over the searched pairs, the same dual at the same prices: each row's best over fewer pairs
      // (the same figures, rounded alike), so no more than the bound over every pair.
      const some = yield* this.searchedBound();
      if (some >= cutoff) return { assign, upper: some, partial: true };
    }
    return { assign, upper: yield* this.dualBound() };
  }

  /** The dual bound of {@link Auction.dualBound} over the searched pairs only (the rows' profits kept as they were). */
  private *searchedBound(): Steps<number> {
    const { rows } = this.problem;
    let bound = this.placesPrice();
    for (let r = 0; r < rows; r++) {
      if ((r & 1023) === 1023 && sliceDue()) yield SLICE;
      bound += this.searchedProfit(r);
    }
    return bound;
  }

  /** Σ places × price over the columns with places: the columns' part of a dual bound. */
  private placesPrice(): number {
    const { places, colPrice } = this;
    let sum = 0;
    for (let j = 0; j < places.length; j++)
      if ((places[j] as number) > 0) sum += (places[j] as number) * (colPrice[j] as number);
    return sum;
  }

  /** Row `r` left a column: its group mates may now take it. */
  private stir(r: number): void {
    const groups = this.problem.groups;
    if (groups === undefined) return;
    this.moved = true;
    const g = groups[r];
    for (let q = r - 1; q >= 0 && groups[q] === g; q--) this.stirred[q] = 1;
    for (let q = r + 1; q < groups.length && groups[q] === g; q++) this.stirred[q] = 1;
  }

  /**
   * The values of the current multipliers, and the first round's rows to bid in `queue` (in
   * descending order; from no state, `fresh`, all of them): the unmatched ones that some column is
   * worth more than nothing to, and the matched ones whose pair is no longer within ε of their best
   * choice (their profit at the price they paid against their best other one at current prices).
   * One pass over each row's pairs, from the last row to the first.
   */
  private *valuesAndOut(queue: number[], fresh: boolean): Steps<void> {
    const { rows, hours } = this.problem;
    const { start, col } = this.pairs;
    const { base, value, assign, paid, colPrice, lambda, stirred } = this;
    const groups = this.problem.groups;
    queue.length = 0;
    for (let r = rows - 1; r >= 0; r--) {
      if ((r & 1023) === 0 && sliceDue()) yield SLICE;
      stirred[r] = 0;
      const h = hours[r] as number;
      const j = assign[r] as number;
      let own = Number.NEGATIVE_INFINITY;
      let best = 0;
      for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
        const c = col[e] as number;
        const v = (base[e] as number) - (lambda[c] as number) * h;
        value[e] = v;
        if (c === j) {
          if (own === Number.NEGATIVE_INFINITY) own = v - (paid[r] as number);
        } else {
          const x = v - (colPrice[c] as number);
          if (x > best) best = x;
        }
      }
      this.own[r] = own;
      // From no state every row bids (its bid finds whether some column is worth more than
      // nothing to it). Group mates' columns are looked at only for a row that is out without them.
      if (fresh || (this.outBy(j, own, best) && (groups === undefined || this.out(r, true)))) queue.push(r);
    }
  }

  /**
   * Fills `queue` with the rows to bid after a round (in descending order), as
   * {@link Auction.valuesAndOut} does for the first: of the rows a round can have unsettled only,
   * those with a column whose price fell and now worth more to them than their own (found from the
   * pairs by column), or whose group mate left a column (prices that rose unsettle no one).
   *
   * A row is settled at the end of each round (checked, or its bid just made), and since then only
   * the columns whose price fell can have become worth more to it: its profit at its own column is
   * the one it paid for. So each such column's rows are looked at there, and only those it
   * unsettles, with the stirred ones, are checked over all their pairs (by {@link Auction.out},
   * which decides, as before).
   */
  private *unsettled(queue: number[]): Steps<void> {
    const { rows } = this.problem;
    const { dropped, stirred } = this;
    const groups = this.problem.groups;
    queue.length = 0;
    if (dropped.includes(1)) {
      this.byColumn ??= entriesByColumn(this.pairs, rows, this.problem.cols);
      const { start, row, entry } = this.byColumn;
      if (this.baseByColumn === null) {
        const { base } = this;
        const mine = new Float64Array(entry.length);
        for (let k = 0; k < entry.length; k++) mine[k] = base[entry[k] as number] as number;
        this.baseByColumn = mine;
      }
      const baseAt = this.baseByColumn;
      const { colPrice, assign, own, lambda } = this;
      const { hours } = this.problem;
      const slack = this.epsilon * WARM_SLACK;
      for (let j = 0; j < dropped.length; j++) {
        if (dropped[j] === 0) continue;
        const price = colPrice[j] as number;
        const l = lambda[j] as number;
        for (let k = start[j] as number; k < (start[j + 1] as number); k++) {
          const r = row[k] as number;
          const a = assign[r] as number;
          if (stirred[r] !== 0 || a === j) continue;
          // The pair's value as `valuesAndOut` computed it, and as `out` would find it with this
          // column the best (its own profit below 0 too).
          const x = (baseAt[k] as number) - l * (hours[r] as number) - price;
          const o = own[r] as number;
          if (a < 0 ? x > 0 : o < x - slack || o < -slack) stirred[r] = 1;
        }
      }
    }
    for (let r = rows - 1; r >= 0; r--) {
      if ((r & 1023) === 0 && sliceDue()) yield SLICE;
      if (stirred[r] === 0) continue;
      stirred[r] = 0;
      if (this.out(r, false) && (groups === undefined || this.out(r, true))) queue.push(r);
    }
  }

  /**
   * Whether row `r` should bid: unmatched and some column is worth more than nothing to it, or
   * matched and its pair is more than ε below its best other choice (with `mates`, not counting
   * the columns where a group mate sits).
   */
  private out(r: number, mates: boolean): boolean {
    const { start, col } = this.pairs;
    const { value, assign, paid, colPrice } = this;
    const groups = this.problem.groups as Int32Array;
    const j = assign[r] as number;
    let own = Number.NEGATIVE_INFINITY;
    let best = 0;
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
      const c = col[e] as number;
      if (c === j) {
        if (own === Number.NEGATIVE_INFINITY) own = (value[e] as number) - (paid[r] as number);
      } else {
        const v = (value[e] as number) - (colPrice[c] as number);
        if (v > best && !(mates && mateHolds(groups, assign, r, c))) best = v;
      }
    }
    return this.outBy(j, own, best);
  }

  /**
   * Whether a row at column `j` (-1: none), with profit `own` there and `best` elsewhere (0: none),
   * should bid. A row just outbid sits at ε below its best choice: slack for the rounding of its price.
   */
  private outBy(j: number, own: number, best: number): boolean {
    return j < 0 ? best > 0 : own < best - this.epsilon * WARM_SLACK;
  }

  /**
   * Each row's best profit at the prices the last solve ended with (value − price, or 0 unmatched):
   * its dual price.
   */
  rowProfits(): Float64Array {
    return this.profits.slice();
  }

  /** Row `r`'s best profit at the current prices (0: unmatched), over every pair when some are left out. */
  private profit(r: number): number {
    const { full, colPrice } = this;
    if (full !== null) {
      // Every pair's value from its score (not held: 8 bytes a pair at scale).
      const { start, col, score } = full.pairs;
      const { priority, hours } = this.problem;
      return bestProfit(start, col, score, full.figure, priority, hours, this.lambda, colPrice, r);
    }
    return this.searchedProfit(r);
  }

  /** Row `r`'s best profit over the searched pairs at the current prices (0: unmatched). */
  private searchedProfit(r: number): number {
    const { start, col } = this.pairs;
    const { value, colPrice } = this;
    let best = 0;
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
      const v = (value[e] as number) - (colPrice[col[e] as number] as number);
      if (v > best) best = v;
    }
    return best;
  }

  /**
   * Sets the cached price of column `j` (which has places): 0 while it has a place left, else the
   * lowest it holds.
   */
  private refresh(j: number): void {
    this.colPrice[j] =
      (this.size[j] as number) < (this.places[j] as number)
        ? 0
        : (this.heapPrice[this.heapStart[j] as number] as number);
  }

  /** Row `r` bids; returns the row it displaced, or -1. */
  private bid(r: number): number {
    const { start, col } = this.pairs;
    const { value, colPrice } = this;
    const groups = this.problem.groups;
    let v1 = 0;
    let v2 = 0;
    let bj = -1;
    let be = -1;
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
      const j = col[e] as number;
      const v = (value[e] as number) - (colPrice[j] as number);
      if (v <= v2) continue;
      if (groups !== undefined && mateHolds(groups, this.assign, r, j)) continue;
      if (v > v1) {
        v2 = v1;
        v1 = v;
        bj = j;
        be = e;
      } else v2 = v;
    }
    if (bj < 0) return -1;
    // The same column's second-cheapest place is a second choice too.
    const second = this.secondPrice(bj);
    const same = (value[be] as number) - second;
    if (same > v2) v2 = same;
    this.bids++;
    const evicted = this.take(r, bj, (colPrice[bj] as number) + (v1 - v2) + this.epsilon);
    this.own[r] = (value[be] as number) - (this.paid[r] as number);
    return evicted;
  }

  /** The second-lowest price among column `j`'s places (0 for a free place). */
  private secondPrice(j: number): number {
    const size = this.size[j] as number;
    const k = this.places[j] as number;
    if (size <= k - 2) return 0;
    if (k === 1) return Number.POSITIVE_INFINITY;
    const s = this.heapStart[j] as number;
    if (size === k - 1) return this.heapPrice[s] as number;
    const c1 = this.heapPrice[s + 1] as number;
    const c2 = k > 2 ? (this.heapPrice[s + 2] as number) : Number.POSITIVE_INFINITY;
    return Math.min(c1, c2);
  }

  /** Row `r` takes a place of column `j` at `price`; returns the row displaced, or -1. */
  private take(r: number, j: number, price: number): number {
    const s = this.heapStart[j] as number;
    let evicted = -1;
    if ((this.size[j] as number) < (this.places[j] as number)) {
      const at = this.size[j] as number;
      this.size[j] = at + 1;
      this.heapPrice[s + at] = price;
      this.heapRow[s + at] = r;
      this.siftUp(j, at);
    } else {
      evicted = this.heapRow[s] as number;
      this.assign[evicted] = -1;
      this.heapPrice[s] = price;
      this.heapRow[s] = r;
      this.siftDown(j, 0);
    }
    this.refresh(j);
    this.assign[r] = j;
    this.paid[r] = price;
    return evicted;
  }

  /** No row matched, every price 0: a solve from no state. */
  private clear(): void {
    this.assign.fill(-1);
    this.size.fill(0);
    for (let j = 0; j < this.problem.cols; j++)
      this.colPrice[j] = (this.places[j] as number) === 0 ? Number.POSITIVE_INFINITY : 0;
  }

  /**
   * Before a solve at new multipliers: each place's price moves with its row's value there (down
   * by (λ[j] − λ'[j]) × hours when λ[j] rose, floored at 0; up when it fell), so that a row's own
   * profit is kept; between rows of equal hours, their choices stay as they were. Without it, a
   * row that a higher λ pushed out would leave a free place, priced 0, that draws every row with
   * that column among its pairs: each solve would start almost afresh.
   */
  private shift(lambda: Float64Array): void {
    const last = this.lastLambda;
    this.lastLambda = Float64Array.from(lambda);
    if (last === null) return;
    const { heapStart, heapPrice, heapRow, size, paid } = this;
    const hours = this.problem.hours;
    for (let j = 0; j < this.problem.cols; j++) {
      const d = (lambda[j] as number) - (last[j] as number);
      const n = size[j] as number;
      if (d === 0 || n === 0) continue;
      const s = heapStart[j] as number;
      for (let k = s; k < s + n; k++) {
        const r = heapRow[k] as number;
        const p = Math.max(0, (heapPrice[k] as number) - d * (hours[r] as number));
        heapPrice[k] = p;
        paid[r] = p;
      }
      for (let k = (n >> 1) - 1; k >= 0; k--) this.siftDown(j, k);
      this.refresh(j);
    }
  }

  /** Row `r` leaves its column (its place's price goes with it). */
  private release(r: number): void {
    const j = this.assign[r] as number;
    const s = this.heapStart[j] as number;
    const last = (this.size[j] as number) - 1;
    let at = 0;
    while (this.heapRow[s + at] !== r) at++;
    this.heapPrice[s + at] = this.heapPrice[s + last] as number;
    this.heapRow[s + at] = this.heapRow[s + last] as number;
    this.size[j] = last;
    if (at < last) {
      this.siftDown(j, at);
      this.siftUp(j, at);
    }
    this.refresh(j);
    this.assign[r] = -1;
  }

  private siftUp(j: number, from: number): void {
    const s = this.heapStart[j] as number;
    const price = this.heapPrice;
    const row = this.heapRow;
    let i = from;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((price[s + p] as number) <= (price[s + i] as number)) break;
      swap(price, row, s + p, s + i);
      i = p;
    }
  }

  private siftDown(j: number, from: number): void {
    const s = this.heapStart[j] as number;
    const size = this.size[j] as number;
    const price = this.heapPrice;
    const row = this.heapRow;
    let i = from;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && (price[s + c + 1] as number) < (price[s + c] as number)) c++;
      if ((price[s + c] as number) >= (price[s + i] as number)) break;
      swap(price, row, s + c, s + i);
      i = c;
    }
  }

  /**
   * An upper bound on the value of any matching that keeps the places (groups dropped): column
   * prices α (the current ones) and each row's best profit at them.
   */
  private *dualBound(): Steps<number> {
    const { rows, helper, priority, hours, pairs } = this.problem;
    const { full, colPrice, lambda, profits } = this;
    // Over every pair, the rows from `split` on on the problem's helper thread, when it has one
    // and the pairs are shared (its part done here when it fails).
    const split =
      full === null || helper === undefined || full.pairs.col !== pairs.cols
        ? rows
        : helperSplit(pairs, shared(pairs.cols, pairs.scores), (from, to) =>
            helper.sendProfits({ pairs, figure: full.figure, priority, hours, lambda, colPrice, from, to }),
          );
    for (let r = 0; r < split; r++) profits[r] = this.profit(r);
    if (split < rows) {
      const theirs = yield* (helper as RowsHelper).receiveProfits();
      if (theirs !== null && theirs.length === rows - split) profits.set(theirs, split);
      else for (let r = split; r < rows; r++) profits[r] = this.profit(r);
    }
    let bound = this.placesPrice();
    for (let r = 0; r < rows; r++) bound += profits[r] as number;
    return bound;
  }
}

function swap(price: Float64Array, row: Int32Array, a: number, b: number): void {
  const p = price[a] as number;
  price[a] = price[b] as number;
  price[b] = p;
  const r = row[a] as number;
  row[a] = row[b] as number;
  row[b] = r;
}

/**
 * Row `r`'s best profit over its pairs (`start`, `col`, `score`): its value for `figure` less
 * λ × hours and the column's price, or 0.
 */
function bestProfit(
  start: Int32Array,
  col: Int32Array,
  score: Float64Array,
  figure: SumFigure,
  priority: Float64Array,
  hours: Float64Array,
  lambda: Float64Array,
  colPrice: Float64Array,
  r: number,
): number {
  const h = hours[r] as number;
  const p = priority[r] as number;
  let best = 0;
  for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
    const j = col[e] as number;
    const v = pairValue(figure, p, score[e] as number) - (lambda[j] as number) * h - (colPrice[j] as number);
    if (v > best) best = v;
  }
  return best;
}

/** A helper's part of an auction's dual bound: the best profits of rows `from` to `to - 1` (see {@link ProfitsTask}). */
export function profitsOf(task: ProfitsTask): Float64Array {
  const { pairs, priority, hours, lambda, colPrice, from, to } = task;
  // The figure as this thread's own string: one from a message is a copy, and each comparison in
  // the loop would read it through (the helper's part took 2.3 times the calling thread's).
  const figure: SumFigure =
    task.figure === 'count' ? 'count' : task.figure === 'weightedCount' ? 'weightedCount' : 'weightedTotal';
  const out = new Float64Array(to - from);
  for (let r = from; r < to; r++)
    out[r - from] = bestProfit(pairs.start, pairs.cols, pairs.scores, figure, priority, hours, lambda, colPrice, r);
  return out;
}
