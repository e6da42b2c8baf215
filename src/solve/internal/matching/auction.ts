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
 * Between calls the prices and the matching are kept (warm start): when the values change, rows
 * whose pair is no longer within ε of their best bid again.
 */

import { checkSearch, drain, SLICE, type Steps, sliceDue } from '../clock.js';
import { mateHolds } from './feasible.js';
import type { PenalisedSolve } from './lagrangian.js';
import { type MatchingProblem, pairValue, type SumFigure } from './problem.js';
import type { SparseRows } from './sparseRows.js';

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
  /** The bid increment (it may be lowered between solves, to refine). */
  epsilon: number;
  /** Bids made in all (for tests and benchmarks). */
  bids = 0;
  /**
   * When the auction runs on some of the pairs (each row's best): every pair and its value, which
   * the bounds price (a bound over some pairs only would not hold for the problem).
   */
  private readonly full: { readonly pairs: SparseRows; readonly figure: SumFigure } | null;
  /** The multipliers of the last solve. */
  private lambda: Float64Array;

  /**
   * @param values - the value of each allowed pair (e.g. priority × score), in the order of `pairs`.
   * @param places - per column, the most rows it takes.
   * @param epsilon - the bid increment: the matching is within rows × ε of the best.
   */
  constructor(
    problem: MatchingProblem,
    pairs: SparseRows,
    values: Float64Array,
    places: Int32Array,
    epsilon: number,
    full: { readonly pairs: SparseRows; readonly figure: SumFigure } | null = null,
  ) {
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
    this.epsilon = epsilon;
  }

  /** Solves for the multipliers `lambda` (values − λ[j] × hours[r]), starting from the last state. */
  solve(lambda: Float64Array): PenalisedSolve {
    return drain(this.solveSteps(lambda));
  }

  /** {@link solve} in steps: it yields when an async caller's time slice is over. */
  *solveSteps(lambda: Float64Array): Steps<PenalisedSolve> {
    const { rows, hours } = this.problem;
    const { start, col } = this.pairs;
    const { base, value } = this;
    this.lambda = lambda;
    for (let r = 0; r < rows; r++) {
      if ((r & 1023) === 1023 && sliceDue()) yield SLICE;
      const h = hours[r] as number;
      for (let e = start[r] as number; e < (start[r + 1] as number); e++)
        value[e] = (base[e] as number) - (lambda[col[e] as number] as number) * h;
    }
    // Rows whose pair is no longer within ε of their best choice bid again: one pass over each
    // row's pairs for its own profit (at the price it paid) and its best other one (at current prices).
    const queue: number[] = [];
    const { assign, paid, colPrice, epsilon } = this;
    for (let r = rows - 1; r >= 0; r--) {
      if ((r & 1023) === 0 && sliceDue()) yield SLICE;
      const j = assign[r] as number;
      if (j >= 0) {
        let own = Number.NEGATIVE_INFINITY;
        let best = 0;
        for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
          const c = col[e] as number;
          if (c === j) {
            if (own === Number.NEGATIVE_INFINITY) own = (value[e] as number) - (paid[r] as number);
          } else {
            const v = (value[e] as number) - (colPrice[c] as number);
            if (v > best) best = v;
          }
        }
        if (own < best - epsilon) this.release(r);
      }
      if ((assign[r] as number) < 0) queue.push(r);
    }
    let bids = 0;
    while (queue.length > 0) {
      // The time budget (less the time kept for explaining what the search holds) and the async
      // form's turns, every 1024 bids (each one row's pairs).
      if ((++bids & 1023) === 0) {
        checkSearch();
        if (sliceDue()) yield SLICE;
      }
      const evicted = this.bid(queue.pop() as number);
      if (evicted >= 0) queue.push(evicted);
    }
    return { assign: Int32Array.from(this.assign), upper: this.dualBound() };
  }

  /** Each row's best profit at the current prices (value − price, or 0 unmatched): its dual price. */
  rowProfits(): Float64Array {
    const { rows } = this.problem;
    const out = new Float64Array(rows);
    for (let r = 0; r < rows; r++) out[r] = this.profit(r);
    return out;
  }

  /** Row `r`'s best profit at the current prices (0: unmatched), over every pair when some are left out. */
  private profit(r: number): number {
    const colPrice = this.colPrice;
    let best = 0;
    if (this.full === null) {
      const { start, col } = this.pairs;
      for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
        const v = (this.value[e] as number) - (colPrice[col[e] as number] as number);
        if (v > best) best = v;
      }
      return best;
    }
    // Every pair's value from its score (not held: 8 bytes a pair at scale).
    const { start, col, score } = this.full.pairs;
    const { figure } = this.full;
    const h = this.problem.hours[r] as number;
    const p = this.problem.priority[r] as number;
    const lambda = this.lambda;
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
      const j = col[e] as number;
      const v = pairValue(figure, p, score[e] as number) - (lambda[j] as number) * h - (colPrice[j] as number);
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
    return this.take(r, bj, (colPrice[bj] as number) + (v1 - v2) + this.epsilon);
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
  private dualBound(): number {
    const { rows, cols } = this.problem;
    let bound = 0;
    const colPrice = this.colPrice;
    for (let j = 0; j < cols; j++)
      if ((this.places[j] as number) > 0) bound += (this.places[j] as number) * (colPrice[j] as number);
    for (let r = 0; r < rows; r++) bound += this.profit(r);
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
