/**
 * The blocking pairs of a programme's matching: a demand row and a mentor, allowed together, where
 * the row (its mentee) ranks the mentor above its own (or has none) and the mentor would take it: it
 * has a place and the hours, or holds a row it ranks lower that it may let go (not a locked one); in
 * micro mode a mentor already holding one of the mentee's other requests would take this one only
 * in its place. Locked rows never block (their pair is decided). Ranks as in `preferences.ts`: a
 * mentor without a list of its own ranks rows by its mentor-side scores (without the mentee's
 * `preference` criterion). Under hard quotas (`rules.quotas`), a mentor takes the row only where the
 * quotas allow the exchange (the row leaving its own mentor, the one let go leaving this one): a
 * mentor with a place but at its cap for the row's value takes it only in place of its worst row.
 * O(allowed pairs) comparisons, on the table's allowed pairs (no dense matrix).
 */

import { idIndex } from '../model/idIndex.js';
import { hoursBudgets } from '../model/meetings.js';
import { mentorSideOf } from '../score/scoreProgram.js';
import { checkTime, drain, SLICE, type Steps, sliceDue } from '../solve/internal/clock.js';
import { fits } from '../solve/internal/matching/problem.js';
import { pairScore } from '../solve/internal/pairs.js';
import { preferences } from './preferences.js';
import type { Prepared } from './prepare.js';
import { quotaTally } from './quotas.js';

/** The blocking pairs of `assigned` (a mentor column per demand row), as [row, column], by row then column. */
export function blockingPairsOf(prepared: Prepared, assigned: Int32Array): [number, number][] {
  const flat = drain(blockingPairsSteps(prepared, assigned));
  return Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i] as number, flat[2 * i + 1] as number]);
}

/**
 * {@link blockingPairsOf} in steps, flat (row, column, row, column…: at scale there are millions, an
 * array each took 100 bytes): it yields when an async caller's time slice is over.
 */
export function* blockingPairsSteps(prepared: Prepared, assigned: Int32Array): Steps<Int32Array> {
  const found = { pairs: new Int32Array(64), count: 0 };
  yield* audit(prepared, assigned, found);
  return found.pairs.slice(0, 2 * found.count);
}

/** How many blocking pairs `assigned` has (none kept), in steps. */
export function* blockingCountSteps(prepared: Prepared, assigned: Int32Array): Steps<number> {
  const found = { pairs: null, count: 0 };
  yield* audit(prepared, assigned, found);
  return found.count;
}

/**
 * An audit shared by threads: each claims the next block of {@link AUDIT_BLOCK} rows from `next`
 * (one `Int32Array` on shared memory, from 0) until none is left; `blocks` records, for each block
 * a thread audited, the block and where its pairs start among that thread's.
 */
export interface AuditShare {
  readonly next: Int32Array;
  readonly blocks: number[];
  /** The set-up the threads share, if any: the later ones read it instead of finding it again. */
  readonly setup?: AuditSetup;
}

/**
 * The part of an audit's set-up that costs most (a mentor-side score per matched row, 0.14 s on the
 * micro programme of 100,000 requests × 10,000 mentors), in shared memory: each mentor's free row
 * it ranks lowest (`worst`, -1: none) and, where read, that row's mentor-side score (`worstScore`),
 * written by the threads that find them (each the same figures). `state[0]`: 1 once written.
 */
export interface AuditSetup {
  readonly state: Int32Array;
  readonly worst: Int32Array;
  readonly worstScore: Float64Array;
}

/** An empty {@link AuditSetup} for `cols` mentors, in shared memory (both arrays of that length). */
export function auditSetup(cols: number): AuditSetup {
  return {
    state: new Int32Array(new SharedArrayBuffer(4)),
    worst: new Int32Array(new SharedArrayBuffer(4 * cols)),
    worstScore: new Float64Array(new SharedArrayBuffer(8 * cols)),
  };
}

/** Rows per block of an {@link AuditShare}. */
export const AUDIT_BLOCK = 1024;

/**
 * This thread's part of an audit of `assigned` shared with others through `share`: the blocking
 * pairs of the blocks it claims (row, column, …, block by block) and, per block, the block and the
 * index of its first pair. {@link joinShares} puts the parts together.
 */
export function* sharedBlockingSteps(
  prepared: Prepared,
  assigned: Int32Array,
  share: AuditShare,
): Steps<{ pairs: Int32Array; blocks: Int32Array }> {
  const found = { pairs: new Int32Array(64), count: 0 };
  yield* audit(prepared, assigned, found, share);
  return { pairs: found.pairs.slice(0, 2 * found.count), blocks: Int32Array.from(share.blocks) };
}

/**
 * The blocking pairs of the whole audit from the parts of {@link sharedBlockingSteps} (`rows`
 * rows), in row order as {@link blockingPairsSteps} gives them: the first `most` of them (all by
 * default) and how many there are in all; null unless every block is in exactly one part.
 */
export function joinShares(
  rows: number,
  parts: readonly { pairs: Int32Array; blocks: Int32Array }[],
  most = Number.POSITIVE_INFINITY,
): { pairs: Int32Array; count: number } | null {
  const count = Math.ceil(rows / AUDIT_BLOCK);
  // Per block: its pairs, a view of its part's.
  const views: (Int32Array | undefined)[] = [];
  for (const { pairs, blocks } of parts) {
    // Its blocks' pairs one after the other, from its first pair to its last.
    if (pairs.length % 2 !== 0 || blocks.length % 2 !== 0 || (blocks[1] ?? pairs.length) !== 0) return null;
    for (let k = 0; k < blocks.length; k += 2) {
      const b = blocks[k] as number;
      const from = 2 * (blocks[k + 1] as number);
      const to = k + 2 < blocks.length ? 2 * (blocks[k + 3] as number) : pairs.length;
      if (!(b >= 0 && b < count && views[b] === undefined && from <= to && to <= pairs.length)) return null;
      views[b] = pairs.subarray(from, to);
    }
  }
  let total = 0;
  for (let b = 0; b < count; b++) total += views[b]?.length ?? Number.NaN;
  if (Number.isNaN(total)) return null;
  // One part holding every pair in block order (a thread that claimed the blocks with pairs one
  // after the other, as the helper often does): that part's pairs as they are, not a copy.
  for (const { pairs } of parts)
    if (pairs.length === total && inOrder(views, pairs)) return { pairs: firstPairs(pairs, most), count: total / 2 };
  // Else the first `most` copied, block after block (not the millions a large audit finds).
  const joined = new Int32Array(Math.min(total, 2 * most));
  for (let b = 0, at = 0; b < count && at < joined.length; b++) {
    const view = views[b] as Int32Array;
    const take = Math.min(view.length, joined.length - at);
    joined.set(take === view.length ? view : view.subarray(0, take), at);
    at += take;
  }
  return { pairs: joined, count: total / 2 };
}

/** The first `most` of flat pairs (row, column, …): a view, not a copy. */
export function firstPairs(pairs: Int32Array, most: number): Int32Array {
  return 2 * most >= pairs.length ? pairs : pairs.subarray(0, 2 * most);
}

/** Whether the non-empty `views`, in block order, are `pairs` from its start, one after the other. */
function inOrder(views: readonly (Int32Array | undefined)[], pairs: Int32Array): boolean {
  let at = pairs.byteOffset;
  for (const view of views) {
    if (view === undefined || view.length === 0) continue;
    if (view.buffer !== pairs.buffer || view.byteOffset !== at) return false;
    at += view.byteLength;
  }
  return true;
}

/**
 * The audit: each blocking pair counted in `found`, and kept in its `pairs` (grown) unless null;
 * with `share`, only the blocks of rows this thread claims (see {@link AuditShare}).
 */
function* audit(
  prepared: Prepared,
  assigned: Int32Array,
  found: { pairs: Int32Array | null; count: number },
  share?: AuditShare,
): Steps<void> {
  const { program, table, locked, groupOf } = prepared;
  const rows = assigned.length;
  // A share's first block is claimed before the set-up below (a pass over every row): a thread that
  // comes once the others have claimed every block does none of it.
  const first = share === undefined ? 0 : Atomics.add(share.next, 0, 1);
  if (first * AUDIT_BLOCK >= rows) return;
  const cols = table.mentorIds.length;
  const { allowed } = table;
  const scores = allowed.scores;
  const { mentorCompare, mentorPrefers } = preferences(prepared);
  const mentorSide = mentorSideOf(table);
  const load = new Int32Array(cols);
  const hoursLeft = hoursBudgets(program.mentors);
  // Per row, its hours (read for every pair a full mentor might take: not through the row objects).
  const rowHours = Float64Array.from(table.rows, (row) => row.hours);
  // Per mentor, the free row it ranks lowest among those it holds (-1: none): another thread's,
  // when it found them first (a shared set-up of another size, not made for this table, is passed
  // over).
  const setup = share?.setup?.worst.length === cols ? share.setup : undefined;
  const known = setup !== undefined && Atomics.load(setup.state, 0) === 1;
  const worst = known ? setup.worst : new Int32Array(cols).fill(-1);
  // And the mentor side of each one's pair (each free row's computed once, not at every comparison).
  const worstSide = new Float64Array(known ? 0 : cols);
  assigned.forEach((j, r) => {
    if (j < 0) return;
    load[j] = (load[j] as number) + 1;
    hoursLeft[j] = (hoursLeft[j] as number) - (rowHours[r] as number);
    if (known || locked[r] === j) return;
    const w = worst[j] as number;
    const side = mentorSide.one(r, j);
    if (w < 0 || mentorCompare(j, w, worstSide[j] as number, r, side) < 0) {
      worst[j] = r;
      worstSide[j] = side;
    }
  });
  const tally = quotaTally(program, table, assigned);
  // Whether the quotas let row r leave `own` (-1: none) for mentor j, who lets row w go (-1: none).
  const allows = (r: number, own: number, j: number, w: number) =>
    !tally?.breaks([
      [r, j, 1],
      [r, own, -1],
      [w, j, -1],
    ]);
  // Per mentee with a list, its mentors' ranks (the list's order): a row's are spread over `rankOf`
  // (one entry per mentor, `Infinity` off the list) for its scan, then cleared.
  const mentorIndex = idIndex(program.mentors);
  const lists = program.mentees.map((m) =>
    m.preferences.length === 0 ? null : Int32Array.from(m.preferences, (id) => mentorIndex.get(id) ?? -1),
  );
  const rankOf = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  const capacity = Int32Array.from(program.mentors, (m) => m.capacity);
  // A full mentor without a list of its own takes a row it scores (mentor side) above its worst
  // (ties: earlier rows); those scores are read only when some such mentor holds a free row. A table
  // scored for `stable` keeps them all; else each pair's is bounded from its score and computed only
  // when the bounds leave the comparison open (a near tie).
  const byScore = Uint8Array.from(program.mentors, (m) => (m.preferences.length === 0 ? 1 : 0));
  const bySide = worst.some((w, j) => w >= 0 && byScore[j] === 1);
  const stored = bySide ? mentorSide.stored() : undefined;
  const worstScore = known
    ? setup.worstScore
    : Float64Array.from(worst, (w, j) => (w < 0 || !bySide ? Number.NaN : (worstSide[j] as number)));
  // Found here: shared with the threads that come later (two that found it at once write the
  // same figures).
  if (setup !== undefined && !known) {
    setup.worst.set(worst);
    setup.worstScore.set(worstScore);
    Atomics.store(setup.state, 0, 1);
  }
  // The mentor side of a row's entries is estimated from their scores: by one shift for the row
  // (its mentee ranks no mentor), else entry by entry from `from` on (at its first open pair).
  const { slack, scale } = mentorSide;
  const estimate = new Float64Array(cols);
  // A row's pairs the estimate leaves open (a near tie; every pair when the slack is infinite) are
  // computed together at the row's end: from the first, the row's pairs wait in `held` (mentor,
  // verdict: 0 no, 1 yes, 2 open), the open ones also in `open` (mentor, place in `held`).
  const held = new Int32Array(cols);
  const verdict = new Uint8Array(cols);
  const open = new Int32Array(cols);
  const openAt = new Int32Array(cols);
  const exact = new Float64Array(cols);
  // A quick no for most pairs where the mentor side is estimated by a row's shift: a full mentor
  // (no list of its own) takes none of the rows scoring under `cut[j]` plus the row's shift. That is
  // where `min(1, near + slack) < ws` surely holds, with a margin of 10⁻⁹ over any rounding (`near`
  // = (score − shift) × scale, scale ≥ 1, every figure in [0, 1]); a mentor with room, or that ranks
  // by its own list, gets −∞ (always asked), one holding only locked rows +∞ (never takes). It holds
  // for a row whose mentee has another request on the mentor too: the mentor then takes the row only
  // if it ranks it above that request, which it ranks at or above its worst free row.
  const quick = stored === undefined && Number.isFinite(slack) && scale > 0;
  // (Without the quick no, -∞ for every mentor: no pair is passed over by it.)
  const cut = new Float64Array(cols);
  const pick = new Int32Array(cols);
  for (let j = 0; j < cols; j++)
    cut[j] =
      !quick || (load[j] as number) < (capacity[j] as number) || byScore[j] === 0
        ? Number.NEGATIVE_INFINITY
        : (worst[j] as number) < 0
          ? Number.POSITIVE_INFINITY
          : ((worstScore[j] as number) - slack) / scale - QUICK_MARGIN;
  // Block by block: in order, or those this thread claims.
  for (
    let block = first;
    block * AUDIT_BLOCK < rows;
    block = share === undefined ? block + 1 : Atomics.add(share.next, 0, 1)
  ) {
    share?.blocks.push(block, found.count);
    const last = Math.min(rows, (block + 1) * AUDIT_BLOCK);
    for (let r = block * AUDIT_BLOCK; r < last; r++) {
      // The time budget and the async form's turns, every 64 rows (each a scan of its row).
      if ((r & 63) === 63) {
        checkTime();
        if (sliceDue()) yield SLICE;
      }
      if ((locked[r] as number) >= 0) continue;
      const own = assigned[r] as number;
      const hours = rowHours[r] as number;
      // The row prefers the mentors its mentee's list ranks above its own, then among those ranked
      // alike (off the list: all) the mentors scoring above its own (ties: earlier ones), as
      // `rowCompare` orders them: one comparison a pair.
      const list = lists[(table.rows[r] as { mentee: number }).mentee] ?? null;
      if (list !== null)
        for (let k = 0; k < list.length; k++) if ((list[k] as number) >= 0) rankOf[list[k] as number] = k;
      const ownRank = own >= 0 ? (rankOf[own] as number) : Number.POSITIVE_INFINITY;
      const bar = own >= 0 ? pairScore(allowed, r, own) : Number.NEGATIVE_INFINITY;
      // Without a list, a pair scoring below the row's own is never preferred: passed over first,
      // before its mentor's figures are read (most of a matched row's pairs).
      const below = list === null ? bar : Number.NEGATIVE_INFINITY;
      // The allowed mentors only: a forbidden pair never blocks.
      const end = allowed.start[r + 1] as number;
      let from = -1;
      const shift = stored === undefined ? mentorSide.shift(r) : Number.NaN;
      // The row's pairs past the first tests (`below`, the quick no), gathered without a branch: a
      // test each pair fails or passes at random costs more than the pair's work when it passes.
      const count = passing(
        scores,
        allowed.cols,
        allowed.start[r] as number,
        end,
        below,
        cut,
        Number.isNaN(shift) ? 0 : shift,
        pick,
      );
      let holding = 0;
      let opened = 0;
      for (let i = 0; i < count; i++) {
        const e = pick[i] as number;
        const s = scores[e] as number;
        const j = allowed.cols[e] as number;
        if (j === own || s === Number.NEGATIVE_INFINITY) continue;
        const rank = rankOf[j] as number;
        if (rank > ownRank || (rank === ownRank && (s < bar || (s === bar && j > own)))) continue;
        const sibling = groupOf === null ? -1 : siblingOn(prepared, assigned, r, j);
        // 0: the mentor does not take the row, 1: it does, 2: open (its mentor side decides).
        let takes: number;
        if (sibling >= 0) {
          takes = locked[sibling] !== j && mentorPrefers(j, r, sibling) && allows(r, own, j, sibling) ? 1 : 0;
        } else if (
          (load[j] as number) < (capacity[j] as number) &&
          fits(0, hours, hoursLeft[j] as number) &&
          allows(r, own, j, -1)
        ) {
          takes = 1;
        } else {
          const w = worst[j] as number;
          let ranks: number;
          if (w < 0) ranks = 0;
          else if (byScore[j] === 0) ranks = mentorPrefers(j, r, w) ? 1 : 0;
          else if (stored !== undefined) ranks = beats(stored[e] as number, worstScore[j] as number, r, w) ? 1 : 0;
          else {
            let near: number;
            if (!Number.isNaN(shift)) near = (s - shift) * scale;
            else {
              if (from < 0) {
                from = e;
                mentorSide.estimates(r, from, estimate);
              }
              near = estimate[e - from] as number;
            }
            const ws = worstScore[j] as number;
            ranks = Math.min(1, near - slack) > ws ? 1 : Math.min(1, near + slack) < ws ? 0 : 2;
          }
          takes = ranks === 0 || (ranks === 1 && !takesIn(r, own, hours, j, w)) ? 0 : ranks;
        }
        if (takes === 2) {
          open[opened] = holding;
          openAt[opened++] = j;
        }
        if (opened > 0) {
          held[holding] = j;
          verdict[holding++] = takes;
        } else if (takes === 1) keep(found, r, j);
      }
      if (list !== null)
        for (let k = 0; k < list.length; k++)
          if ((list[k] as number) >= 0) rankOf[list[k] as number] = Number.POSITIVE_INFINITY;
      if (opened === 0) continue;
      mentorSide.fill(r, openAt, opened, exact);
      for (let k = 0; k < opened; k++) {
        const j = openAt[k] as number;
        const w = worst[j] as number;
        const ranks = beats(exact[k] as number, worstScore[j] as number, r, w);
        verdict[open[k] as number] = ranks && takesIn(r, own, hours, j, w) ? 1 : 0;
      }
      for (let k = 0; k < holding; k++) if (verdict[k] === 1) keep(found, r, held[k] as number);
    }
  }

  /** Whether mentor `j`, ranking row `r` above its worst `w`, has the hours and quotas to take it instead. */
  function takesIn(r: number, own: number, hours: number, j: number, w: number): boolean {
    return fits(0, hours, (hoursLeft[j] as number) + (rowHours[w] as number)) && allows(r, own, j, w);
  }
}

/**
 * Entries `from` to `end - 1` of the pairs scoring at least `below` and at least their mentor's
 * `cut` plus `shift` (the audit's quick no: a shift of 0 where the row's mentee ranks
 * mentors, whose preference only lowers the mentor side), into `pick` in order; how many. Without a
 * branch per pair: each is written, and kept by counting it.
 */
function passing(
  scores: Float64Array,
  cols: Int32Array,
  from: number,
  end: number,
  below: number,
  cut: Float64Array,
  shift: number,
  pick: Int32Array,
): number {
  let n = 0;
  for (let e = from; e < end; e++) {
    const s = scores[e] as number;
    pick[n] = e;
    n += +(s >= below) & +(s >= (cut[cols[e] as number] as number) + shift);
  }
  return n;
}

/** Counts blocking pair (`r`, `j`) in `found`, and keeps it in its `pairs` (grown) unless null. */
function keep(found: { pairs: Int32Array | null; count: number }, r: number, j: number): void {
  const kept = found.pairs;
  if (kept !== null) {
    if (2 * found.count === kept.length) {
      found.pairs = new Int32Array(2 * kept.length);
      found.pairs.set(kept);
    }
    (found.pairs as Int32Array)[2 * found.count] = r;
    (found.pairs as Int32Array)[2 * found.count + 1] = j;
  }
  found.count++;
}

/** Whether a row scoring `s` (row `r`) ranks above one scoring `ws` (row `w`): ties to the earlier. */
function beats(s: number, ws: number, r: number, w: number): boolean {
  return s > ws || (s === ws && r < w);
}

/** How far below the estimate's cut a score must be for the audit's quick no (see `cut`). */
const QUICK_MARGIN = 1e-9;

/** Another row of `r`'s mentee matched to mentor `j`, or -1 (a mentee's rows are consecutive). */
function siblingOn(prepared: Prepared, assigned: Int32Array, r: number, j: number): number {
  const group = prepared.groupOf as Int32Array;
  const g = group[r];
  for (let q = r - 1; q >= 0 && group[q] === g; q--) if (assigned[q] === j) return q;
  for (let q = r + 1; q < assigned.length && group[q] === g; q++) if (assigned[q] === j) return q;
  return -1;
}
