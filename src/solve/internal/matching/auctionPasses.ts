/**
 * The auction's passes over rows (`auction.ts`), as chunks that the calling thread and a helper
 * thread share by claims (`claims.ts`): the first round's values and check, the later rounds' check
 * of the rows a round stirred, and each row's best profit over the searched pairs. Each row's
 * figures depend on the row and the auction's state alone, so they are the same whichever thread
 * works its chunk; a row found out of ε is marked with the pass's number, and the calling thread
 * then queues the marked rows in row order.
 */

import { type ClaimBoard, type Claimed, claimBoard, joinPass, MOST_CHUNKS } from './claims.js';
import { mateHolds } from './feasible.js';
import { pairValue, type SumFigure } from './problem.js';
import type { AuctionArrays, AuctionShare } from './rowsHelper.js';

export type { AuctionArrays, AuctionShare } from './rowsHelper.js';

/** The passes: the first round's (values and check), a later round's (check of the stirred rows), the rows' best profits. */
export const VALUES = 1;
export const STIRRED = 2;
export const PROFITS = 3;
/** The passes over columns and pairs: the rows a fallen price may unsettle stirred, the base values by column filled. */
export const COLUMNS = 4;
export const BASES = 5;
/** The pass over every pair: each row's best profit there (the dual bound when the search has some pairs only). */
export const FULL = 6;

/** Rows in a chunk: about a millisecond's work, against one atomic compare-and-swap. */
const CHUNK_ROWS = 1024;

/** Rows in a chunk of a pass over `rows` rows: {@link CHUNK_ROWS}, or more past {@link MOST_CHUNKS} chunks. */
export function chunkRowsOf(rows: number): number {
  return Math.max(CHUNK_ROWS, Math.ceil(rows / MOST_CHUNKS));
}

/** The chunks of a pass over `arrays`' rows. */
export function chunksOf(arrays: AuctionArrays): number {
  return Math.ceil(arrays.rows / arrays.chunkRows);
}

/** A claim board for the passes over `arrays`' rows. */
export function auctionBoard(arrays: AuctionArrays, share: boolean): ClaimBoard {
  return claimBoard(chunksOf(arrays), share);
}

/**
 * Chunk `chunk` of a pass of `kind` (with `figures[at]`, the bid increment, and `figures[at + 1]`,
 * 1 when every row bids: a solve from no state), marked with `pass`.
 */
export function passChunk(
  arrays: AuctionArrays,
  kind: number,
  chunk: number,
  pass: number,
  figures: Float64Array,
  at: number,
): void {
  const epsilon = figures[at] as number;
  if (kind === COLUMNS || kind === BASES) {
    // The columns, or the pairs, in as many chunks as the rows.
    const n = kind === COLUMNS ? arrays.cols : arrays.col.length;
    const per = Math.ceil(n / chunksOf(arrays));
    const from = Math.min(n, chunk * per);
    const to = Math.min(n, from + per);
    if (kind === COLUMNS) columnsOut(arrays, from, to, epsilon * WARM_SLACK);
    else basesByColumn(arrays, from, to);
    return;
  }
  const from = chunk * arrays.chunkRows;
  const to = Math.min(arrays.rows, from + arrays.chunkRows);
  if (kind === VALUES) valuesRows(arrays, from, to, epsilon, figures[at + 1] === 1, pass);
  else if (kind === STIRRED) stirredRows(arrays, from, to, epsilon, pass);
  else if (kind === PROFITS) profitRows(arrays, from, to);
  else fullRows(arrays, from, to);
}

/** Each row's best profit over every pair (`arrays.full`, by {@link bestProfit}), rows `from` to `to - 1`. */
function fullRows(s: AuctionArrays, from: number, to: number): void {
  const { lambda, colPrice, hours } = s;
  const { start, col, score, priority, profit } = s.full as NonNullable<AuctionArrays['full']>;
  // The figure as this thread's own string (see `auction.ts` `profitsOf`).
  const code = (s.full as NonNullable<AuctionArrays['full']>).figure;
  const figure: SumFigure = code === 0 ? 'weightedTotal' : code === 1 ? 'weightedCount' : 'count';
  for (let r = from; r < to; r++)
    profit[r] = bestProfit(start, col, score, figure, priority, hours, lambda, colPrice, r);
}

/**
 * Row `r`'s best profit over its pairs (`start`, `col`, `score`): its value for `figure` less
 * λ × hours and the column's price, or 0.
 */
export function bestProfit(
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
  for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
    const j = col[e] as number;
    const v = pairValue(figure, p, score[e] as number) - (lambda[j] as number) * h - (colPrice[j] as number);
    if (v > best) best = v;
  }
  return best;
}

/**
 * Of columns `from` to `to - 1`, those whose price fell in the round: their rows for which such a
 * column is now worth more than their own pair (by over `slack`; or, unmatched, more than nothing)
 * are stirred, to be checked over all their pairs. A settled row's own profit is the one it paid
 * for, and only a fallen price can have made another column worth more to it. Two threads may stir
 * one row at once: each writes 1.
 */
function columnsOut(s: AuctionArrays, from: number, to: number, slack: number): void {
  const { dropped, colPrice, lambda, stirred, assign, own, hours } = s;
  const { start, row, base } = s.columns as NonNullable<AuctionArrays['columns']>;
  for (let j = from; j < to; j++) {
    if (dropped[j] === 0) continue;
    const price = colPrice[j] as number;
    const l = lambda[j] as number;
    for (let k = start[j] as number, end = start[j + 1] as number; k < end; k++) {
      const r = row[k] as number;
      const a = assign[r] as number;
      if (stirred[r] !== 0 || a === j) continue;
      // The pair's value as the values pass computed it, and as `out` would find it with this
      // column the best (its own profit below 0 too).
      const x = (base[k] as number) - l * (hours[r] as number) - price;
      const o = own[r] as number;
      if (a < 0 ? x > 0 : o < x - slack || o < -slack) stirred[r] = 1;
    }
  }
}

/** Entries `from` to `to - 1` of the pairs by column: their base values. */
function basesByColumn(s: AuctionArrays, from: number, to: number): void {
  const { entry, base: byColumn } = s.columns as NonNullable<AuctionArrays['columns']>;
  const { base } = s;
  for (let k = from; k < to; k++) byColumn[k] = base[entry[k] as number] as number;
}

/**
 * The values at the current multipliers of rows `from` to `to - 1`, each row's profit at its own
 * column, and the rows to bid marked: from no state (`fresh`) all of them; else the unmatched ones
 * that some column is worth more than nothing to, and the matched ones no longer within ε of their
 * best choice (their profit at the price they paid against their best other one at current prices).
 * Clears the rows' stirred marks. One pass over each row's pairs.
 */
function valuesRows(s: AuctionArrays, from: number, to: number, epsilon: number, fresh: boolean, pass: number): void {
  const { start, col, base, value, assign, paid, colPrice, lambda, stirred, hours, groups, own, marks } = s;
  for (let r = to - 1; r >= from; r--) {
    stirred[r] = 0;
    const h = hours[r] as number;
    const j = assign[r] as number;
    let mine = Number.NEGATIVE_INFINITY;
    let best = 0;
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
      const c = col[e] as number;
      const v = (base[e] as number) - (lambda[c] as number) * h;
      value[e] = v;
      if (c === j) {
        if (mine === Number.NEGATIVE_INFINITY) mine = v - (paid[r] as number);
      } else {
        const x = v - (colPrice[c] as number);
        if (x > best) best = x;
      }
    }
    own[r] = mine;
    // From no state every row bids (its bid finds whether some column is worth more than nothing
    // to it). Group mates' columns are looked at only for a row that is out without them.
    if (fresh || (outBy(j, mine, best, epsilon) && (groups === undefined || out(s, r, true, epsilon)))) marks[r] = pass;
  }
}

/** Rows `from` to `to - 1` that a round stirred: each checked over all its pairs (its mark cleared), marked when out. */
function stirredRows(s: AuctionArrays, from: number, to: number, epsilon: number, pass: number): void {
  const { stirred, groups, marks } = s;
  for (let r = to - 1; r >= from; r--) {
    if (stirred[r] === 0) continue;
    stirred[r] = 0;
    if (out(s, r, false, epsilon) && (groups === undefined || out(s, r, true, epsilon))) marks[r] = pass;
  }
}

/** Each row's best profit over the searched pairs at the current prices (0: unmatched), rows `from` to `to - 1`. */
function profitRows(s: AuctionArrays, from: number, to: number): void {
  for (let r = from; r < to; r++) s.profit[r] = searchedProfit(s, r);
}

/** Row `r`'s best profit over the searched pairs at the current prices (0: unmatched). */
export function searchedProfit(s: AuctionArrays, r: number): number {
  const { start, col, value, colPrice } = s;
  let best = 0;
  for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
    const v = (value[e] as number) - (colPrice[col[e] as number] as number);
    if (v > best) best = v;
  }
  return best;
}

/**
 * Whether row `r` should bid: unmatched and some column is worth more than nothing to it, or
 * matched and its pair is more than ε below its best other choice (with `mates`, not counting
 * the columns where a group mate sits).
 */
export function out(s: AuctionArrays, r: number, mates: boolean, epsilon: number): boolean {
  const { start, col, value, assign, paid, colPrice } = s;
  const groups = s.groups as Int32Array;
  const j = assign[r] as number;
  let mine = Number.NEGATIVE_INFINITY;
  let best = 0;
  for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
    const c = col[e] as number;
    if (c === j) {
      if (mine === Number.NEGATIVE_INFINITY) mine = (value[e] as number) - (paid[r] as number);
    } else {
      const v = (value[e] as number) - (colPrice[c] as number);
      if (v > best && !(mates && mateHolds(groups, assign, r, c))) best = v;
    }
  }
  return outBy(j, mine, best, epsilon);
}

/** How far out of ε a row is checked as (a price's rounding error is far smaller than ε / 64). */
export const WARM_SLACK = 1 + 1 / 64;

/**
 * Whether a row at column `j` (-1: none), with profit `own` there and `best` elsewhere (0: none),
 * should bid. A row just outbid sits at ε below its best choice: slack for the rounding of its price.
 */
export function outBy(j: number, own: number, best: number, epsilon: number): boolean {
  return j < 0 ? best > 0 : own < best - epsilon * WARM_SLACK;
}

/** A helper's part in the open pass of `share`'s auction, if any (see `claims.ts` `joinPass`). */
export function joinAuction(share: AuctionShare): void {
  const { board, arrays } = share;
  joinPass(board, (claimed: Claimed) =>
    passChunk(arrays, claimed.kind, claimed.chunk, claimed.pass, board.figures, claimed.at),
  );
}
