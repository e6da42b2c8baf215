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
import {
  type AuctionArrays,
  auctionBoard,
  BASES,
  bestProfit,
  COLUMNS,
  chunkRowsOf,
  chunksOf,
  FULL,
  PROFITS,
  passChunk,
  STIRRED,
  searchedProfit,
  VALUES,
} from './auctionPasses.js';
import { bufferOf, type ClaimBoard, figuresAt, openPass, workPass } from './claims.js';
import { mateHolds } from './feasible.js';
import type { PenalisedSolve } from './lagrangian.js';
import type { MatchingProblem, SumFigure } from './problem.js';
import type { ProfitsTask, RowsHelper } from './rowsHelper.js';
import { entriesByColumn, helperSplit, type SparseRows, shared } from './sparseRows.js';

export { WARM_SLACK } from './auctionPasses.js';

/**
 * Most rounds of bidding in a solve. On the micro programme of 100,000 requests × 10,000 mentors,
 * each solve from the last state took 2 to 8 (the rows out in each: 30,000–90,000, then 1,000–
 * 3,000, then tens), the first solve 1.
 */
const WARM_ROUNDS = 8;

/** An auction over a problem's pairs with fixed places, kept between solves. */
export class Auction {
  private readonly problem: MatchingProblem;
  private readonly pairs: SparseRows;
  private readonly places: Int32Array;
  /**
   * The pair values of the current solve, per allowed pair (as `pairs`; their values before the
   * multipliers are `arrays.base`), not a dense matrix: there each read of a row's pairs would be a
   * cache miss in every solve (the columns of a row are sorted by score, not position).
   */
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
  /** Whether the pairs' base values by column are filled (`arrays.columns`, built at the first round after which some price fell). */
  private basesFilled = false;
  /** Whether some price fell or some group mate left a column in the round. */
  private moved = false;
  /** Whether a solve starts from the last one's state (see {@link Auction.shift}). */
  private readonly warm: boolean;
  /** The multipliers of the current solve (a copy of the caller's), and of the last one. */
  private readonly lambda: Float64Array;
  private lastLambda: Float64Array | null = null;
  /** What the passes over rows work (`auctionPasses.ts`): the arrays above, some of them by another name. */
  private readonly arrays: AuctionArrays;
  /** The board the passes' chunks are claimed on; in shared memory when the helper thread takes part. */
  private readonly board: ClaimBoard;
  /** The helper thread that takes part in the passes, if one does. */
  private readonly helper: RowsHelper | undefined;

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
    const { rows, cols, helper } = problem;
    // The passes over rows shared with the helper thread when it takes them and the searched pairs
    // are in shared memory (the state is then too).
    const share = helper?.shareAuction !== undefined && shared(pairs.start, pairs.col, values);
    const make = (bytes: number) => bufferOf(bytes, share);
    this.full = full;
    this.lambda = new Float64Array(make(8 * cols));
    this.problem = problem;
    this.pairs = pairs;
    this.places = places;
    this.value = new Float64Array(make(8 * pairs.col.length));
    this.heapStart = new Int32Array(cols + 1);
    // A column never holds more than every row: a capacity read as "no limit" (up to 2³¹ − 1
    // places) takes `rows` slots, not billions.
    for (let j = 0; j < cols; j++)
      this.heapStart[j + 1] = (this.heapStart[j] as number) + Math.min(places[j] as number, rows);
    const slots = this.heapStart[cols] as number;
    this.heapPrice = new Float64Array(slots);
    this.heapRow = new Int32Array(slots);
    this.size = new Int32Array(cols);
    this.colPrice = new Float64Array(make(8 * cols));
    for (let j = 0; j < cols; j++) if ((places[j] as number) === 0) this.colPrice[j] = Number.POSITIVE_INFINITY;
    this.assign = new Int32Array(make(4 * rows)).fill(-1);
    this.paid = new Float64Array(make(8 * rows));
    this.own = new Float64Array(make(8 * rows));
    this.profits = new Float64Array(rows);
    this.dropped = new Uint8Array(make(cols));
    this.stirred = new Uint8Array(make(rows));
    this.epsilon = epsilon;
    this.arrays = {
      rows,
      chunkRows: chunkRowsOf(rows),
      start: pairs.start,
      col: pairs.col,
      base: values,
      value: this.value,
      hours: problem.hours,
      groups: problem.groups,
      lambda: this.lambda,
      assign: this.assign,
      paid: this.paid,
      colPrice: this.colPrice,
      own: this.own,
      stirred: this.stirred,
      marks: new Int32Array(make(4 * rows)),
      profit: new Float64Array(make(8 * rows)),
      cols,
      dropped: this.dropped,
      // With a helper, built now, to go with the arrays (else at the first round after which some
      // price fell): the rows such a round can have unsettled are found from the columns whose
      // price fell, not by a pass over every pair.
      columns: share ? this.columnsOf(true) : null,
      // Every pair's too, when the bound prices them and they are shared (the problem's).
      full:
        share && full !== null && shared(full.pairs.col, full.pairs.score)
          ? {
              // The rows' starts in shared memory too (a copy, when the problem's are not).
              start: shared(full.pairs.start) ? full.pairs.start : sharedCopy(full.pairs.start),
              col: full.pairs.col,
              score: full.pairs.score,
              priority: problem.priority,
              figure: full.figure === 'weightedTotal' ? 0 : full.figure === 'weightedCount' ? 1 : 2,
              profit: new Float64Array(make(8 * rows)),
            }
          : null,
    };
    this.board = auctionBoard(this.arrays, share);
    this.helper =
      share && (helper as RowsHelper).shareAuction?.({ board: this.board, arrays: this.arrays }) === true
        ? helper
        : undefined;
  }

  /** The searched pairs by column, and room for their base values in that order (filled by a pass). */
  private columnsOf(share: boolean): NonNullable<AuctionArrays['columns']> {
    const { start, row, entry } = entriesByColumn(this.pairs, this.problem.rows, this.problem.cols, share);
    const bytes = 8 * entry.length;
    return { start, row, entry, base: new Float64Array(bufferOf(bytes, share)) };
  }

  /** Lets the helper thread go of the auction's passes (it keeps their arrays until then). */
  close(): void {
    this.helper?.endPasses?.();
  }

  /**
   * A pass of `kind` over every row (`fresh`: from no state), its chunks shared with the helper
   * thread when one takes part; returns its number, which marks the rows it found out of ε.
   */
  private *pass(kind: number, fresh = false): Steps<number> {
    const { board, arrays, helper } = this;
    const chunks = chunksOf(arrays);
    const pass = openPass(board, kind, chunks, [this.epsilon, fresh ? 1 : 0]);
    helper?.wake?.();
    const { figures } = board;
    const at = figuresAt(pass);
    yield* workPass(
      board,
      pass,
      chunks,
      (chunk) => passChunk(arrays, kind, chunk, pass, figures, at),
      () => helper?.alive?.() ?? true,
    );
    return pass;
  }

  /** Fills `queue` with the rows pass `pass` marked, in descending order. */
  private queued(queue: number[], pass: number): void {
    const { marks } = this.arrays;
    queue.length = 0;
    for (let r = marks.length - 1; r >= 0; r--) if (marks[r] === pass) queue.push(r);
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
    this.lambda.set(lambda);
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
    yield* this.pass(PROFITS);
    // Summed in row order, whichever thread found each row's profit.
    const { profit } = this.arrays;
    let bound = this.placesPrice();
    for (let r = 0; r < rows; r++) bound += profit[r] as number;
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
    this.queued(queue, yield* this.pass(VALUES, fresh));
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
   * unsettles, with the stirred ones, are checked over all their pairs (`auctionPasses.ts` `out`
   * decides, as before), in a pass shared with the helper thread when one takes part.
   */
  private *unsettled(queue: number[]): Steps<void> {
    const { arrays } = this;
    if (this.dropped.includes(1)) {
      arrays.columns ??= this.columnsOf(false);
      if (!this.basesFilled) {
        yield* this.pass(BASES);
        this.basesFilled = true;
      }
      yield* this.pass(COLUMNS);
    }
    this.queued(queue, yield* this.pass(STIRRED));
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
    return searchedProfit(this.arrays, r);
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
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
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
    const { rows } = this.problem;
    const { profits } = this;
    const full = this.arrays.full;
    if (this.helper !== undefined && full !== null) {
      // A pass shared with the helper thread (it joins between the steps of its other work).
      yield* this.pass(FULL);
      profits.set(full.profit);
    } else yield* this.profitsHere();
    let bound = this.placesPrice();
    for (let r = 0; r < rows; r++) bound += profits[r] as number;
    return bound;
  }

  /** Each row's best profit into `profits`: the later half of every pair's on the problem's helper thread, when it takes it. */
  private *profitsHere(): Steps<void> {
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
  }
}

/** `array` copied into shared memory. */
function sharedCopy(array: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

function swap(price: Float64Array, row: Int32Array, a: number, b: number): void {
  const p = price[a] as number;
  price[a] = price[b] as number;
  price[b] = p;
  const r = row[a] as number;
  row[a] = row[b] as number;
  row[b] = r;
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
