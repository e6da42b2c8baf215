/**
 * Scoring rows: what a programme's rows need (its index, the criteria and rules in force, each
 * row's candidates), a row range's allowed pairs, and their weighted sums. Every thread that scores
 * some rows runs these on the same programme, so a row's figures are the same on any of them.
 */

import { firstTopic, type IndexedProgram, indexProgram } from '../model/indexProgram.js';
import type { TopicLevels } from '../model/indexTopics.js';
import type { Program } from '../model/program.js';
import { checkTime, progress, SLICE, type Steps, sliceDue } from '../solve/internal/clock.js';
import type { PairScreen, ScoredPairs } from '../solve/internal/pairs.js';
import { type AddRun, addValues, type CriterionDef, gradeIds, type ScoringContext } from './context.js';
import { preference } from './criteria/choices.js';
import { CRITERION_DEFS } from './criteria/index.js';
import { addPeople, PEOPLE } from './criteria/people.js';
import { addTopics, TOPICS } from './criteria/topics.js';
import { compileRules } from './customRules.js';
import { pastPairs, recentPairs } from './history.js';
import { type HardRule, hardRules } from './rules.js';

/**
 * What scoring a programme's rows needs, built from the programme alone (so alike on every thread
 * that scores some of its rows): its index, the criteria and hard rules in force, each row's
 * candidate mentors.
 */
export interface Scoring {
  readonly ix: IndexedProgram;
  readonly ctx: ScoringContext;
  readonly criteria: readonly { def: CriterionDef; share: number }[];
  readonly rules: readonly HardRule[];
  /** Every mentor column, ascending. */
  readonly all: Int32Array;
  /** The rules a row's candidates are asked: all of them for `all`, else all but `levelRequired`. */
  readonly others: readonly HardRule[];
  /** Row `r`'s candidates (ascending): in micro mode under `levelRequired`, the mentors at the level asked, from an index; else `all`. */
  readonly candidates: (r: number) => Int32Array;
  /** Whether `candidates` comes from the level index (then few are forbidden beyond it). */
  readonly indexed: boolean;
  /** The criteria of the mentors' side (all but the mentee's `preference`) and their shares. */
  readonly sideCriteria: readonly { def: CriterionDef; share: number }[];
  /** What the level index tells of every pair (`candidates` from it: the mentors at the level asked), else undefined. */
  readonly screen: PairScreen | undefined;
}

/** Each row's best-scoring mentors that the scoring lists (`ScoringPairs.best`): the reasons' `mentors` list as many. */
export const BEST_LISTED = 20;

/**
 * The pairs a scoring pass writes: their scores, and with `best` (`BEST_LISTED` entries a row) the
 * best-scoring mentor columns of each row with more than `LISTED_FROM` pairs, best first (ties: the
 * lower column); the other rows' entries are not written.
 */
export interface ScoringPairs extends ScoredPairs {
  readonly best?: Int32Array;
}

/** The {@link Scoring} of `program`, in steps (with its topic arrays when already built: see {@link indexProgram}). */
export function* scoringOf(program: Program, levels?: TopicLevels): Steps<Scoring> {
  const ix = yield* indexProgram(program, levels);
  const custom = compileRules(ix);
  const ctx: ScoringContext = {
    ix,
    custom,
    soft: custom.filter((c) => c.rule.effect === 'prefer' || c.rule.effect === 'avoid'),
    recent: recentPairs(ix),
    past: pastPairs(ix),
    zoneRow: new Float64Array(ix.zones.length),
    grades: gradeIds(ix.mentorGrade),
  };
  const cols = ix.numMentors;
  const all = new Int32Array(cols);
  for (let m = 0; m < cols; m++) all[m] = m;
  const byLevel = program.mode === 'micro' && program.rules.levelRequired ? levelLists(ix) : null;
  const candidates = (r: number): Int32Array => {
    const asked = levelAsked(ix, r);
    return byLevel !== null && asked > 0 ? (byLevel[firstTopic(ix, r) * LEVELS + asked - 1] as Int32Array) : all;
  };
  const criteria = inForce(ctx, CRITERION_DEFS);
  const rules = hardRules(ctx);
  // The mentors an index gives meet `levelRequired`: the other rules are asked.
  const others = rules.filter((rule) => rule.name !== 'levelRequired');
  const sideCriteria = inForce(ctx, OTHER_DEFS);
  const screen = byLevel === null ? undefined : screenOf(ix);
  return { ix, ctx, criteria, rules, all, others, candidates, indexed: byLevel !== null, sideCriteria, screen };
}

/** The level row `r` asks when the level index serves it (an integer from 1 to {@link LEVELS}), else 0. */
function levelAsked(ix: IndexedProgram, r: number): number {
  const asked = ix.rows[r]?.level as number;
  return Number.isInteger(asked) && asked >= 1 && asked <= LEVELS ? asked : 0;
}

/**
 * The pairs the level index allows at most: a row asking a level may have only the mentors whose
 * own level on its topic is at least that one (`levelLists`' rule), the others every mentor.
 */
function screenOf(ix: IndexedProgram): PairScreen {
  const rows = ix.rows.length;
  const strip = new Int32Array(rows).fill(-1);
  const least = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const asked = levelAsked(ix, r);
    if (asked === 0) continue;
    strip[r] = firstTopic(ix, r) * ix.numMentors;
    least[r] = asked;
  }
  return { strip, least, levels: ix.direct };
}

/** Appends to `out` from entry `n` the mentors of `at[0 .. count - 1]` not stamped `stamp`; returns the new end. */
function unstamped(
  at: Int32Array,
  count: number,
  blocked: Int32Array,
  stamp: number,
  out: Int32Array,
  n: number,
): number {
  // Each written, and kept by counting it: no branch per candidate (see `rules.ts` `stampIf`).
  let end = n;
  for (let i = 0; i < count; i++) {
    const m = at[i] as number;
    out[end] = m;
    end += +(blocked[m] !== stamp);
  }
  return end;
}

/** Every criterion but the mentee's own `preference`: what the mentors' side ranks by. */
const OTHER_DEFS = CRITERION_DEFS.filter((def) => def !== preference);

/** The levels of the scale: integers 1 to 5. */
const LEVELS = 5;

/**
 * For each topic `t` and level `a` (1 to {@link LEVELS}), entry `t × LEVELS + a - 1`: the mentors
 * whose own level on `t` is at least `a`, ascending. O(topics × mentors) time, one entry per
 * (skill, level up to the skill's) in memory.
 */
function levelLists(ix: IndexedProgram): Int32Array[] {
  const { direct, numMentors, numTopics } = ix;
  const lists: Int32Array[] = [];
  const size = new Int32Array(LEVELS + 1);
  for (let t = 0; t < numTopics; t++) {
    const base = t * numMentors;
    size.fill(0);
    for (let m = 0; m < numMentors; m++)
      for (let a = 1; a <= LEVELS && (direct[base + m] as number) >= a; a++) size[a] = (size[a] as number) + 1;
    const first = lists.length;
    for (let a = 1; a <= LEVELS; a++) lists.push(new Int32Array(size[a] as number));
    size.fill(0);
    for (let m = 0; m < numMentors; m++)
      for (let a = 1; a <= LEVELS && (direct[base + m] as number) >= a; a++) {
        (lists[first + a - 1] as Int32Array)[size[a] as number] = m;
        size[a] = (size[a] as number) + 1;
      }
  }
  return lists;
}

/**
 * Appends to `found.cols` from entry `n` the allowed mentors of rows `from` to `to - 1`, in order,
 * and sets `start[r]` to each row's first entry; stops after the first row that takes the count past
 * `stopAt`. Returns the count and the row it stopped before (`to` when it did not stop). Room is
 * made for what the rows so far foretell for the rows up to `foretellTo` (their candidates at
 * most).
 */
export function* allowedSteps(
  scoring: Scoring,
  from: number,
  to: number,
  foretellTo: number,
  start: Int32Array,
  found: { cols: Int32Array },
  n0: number,
  stopAt: number,
): Steps<{ n: number; end: number }> {
  const { ctx, rules, others, all, candidates, ix } = scoring;
  const cols = ix.numMentors;
  let bound = 0;
  for (let r = from; r < foretellTo; r++) bound += candidates(r).length;
  // In micro mode the index leaves few candidates beyond the allowed: room for all of them at once.
  // (Never room for more than the limit allows: the count stops there.)
  const most = n0 + Math.min(bound, stopAt + cols);
  const blocked = new Int32Array(cols);
  if (found.cols.length < n0 + 1)
    grow(found, n0, scoring.indexed ? most : Math.min(most, n0 + Math.max(1024, (foretellTo - from) * 8)));
  let n = n0;
  for (let r = from; r < to; r++) {
    start[r] = n;
    if ((r & 15) === 15) {
      checkTime();
      if (sliceDue()) yield SLICE;
    }
    const at = candidates(r);
    const count = at.length;
    // A rule stamps the candidates it forbids with the row's number, so no array is cleared per row.
    for (const rule of at === all ? rules : others) rule.mark(ctx, r, blocked, r + 1, at, count);
    if (n + count > found.cols.length) {
      // Grown to what the rows so far foretell for all of them (and by half at least): on this
      // scale every fresh page costs (179 million pairs took 2.3 GB of copies doubling).
      const foretold = n0 + Math.ceil(((n - n0 + count) / (r - from + 1)) * (foretellTo - from) * 1.1);
      grow(found, n, Math.min(most, Math.max(n + count, Math.ceil(1.5 * found.cols.length), foretold)));
    }
    n = unstamped(at, count, blocked, r + 1, found.cols, n);
    if (n > stopAt) return { n, end: r + 1 };
  }
  return { n, end: to };
}

/** Replaces `found.cols` by an array of `length` entries holding its first `n`. */
export function grow(found: { cols: Int32Array }, n: number, length: number): void {
  // A resizable buffer (a share's own list, `releasable`) grows in place, up to its most.
  const raw = found.cols.buffer;
  const buffer = raw as unknown as Resizable;
  if (buffer.resizable === true && 4 * length <= (buffer.maxByteLength ?? 0)) {
    buffer.resize?.(4 * length);
    found.cols = new Int32Array(raw);
    return;
  }
  const grown = new Int32Array(length);
  if (n > 0) grown.set(found.cols.subarray(0, n));
  found.cols = grown;
}

/** An ES2024 resizable `ArrayBuffer` (Node 20 has them; the project's types stop at ES2022). */
interface Resizable {
  readonly resizable?: boolean;
  readonly maxByteLength?: number;
  resize?(byteLength: number): void;
}

/**
 * An empty list of up to `most` entries whose memory {@link release} gives back at once (a
 * resizable buffer: it grows in place, and shrinks to nothing without waiting for the collector).
 */
export function releasable(most: number): Int32Array {
  const Buffer = ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ArrayBuffer;
  return new Int32Array(new Buffer(0, { maxByteLength: 4 * most }));
}

/** Gives back the memory of a list of {@link releasable} (it is then empty). */
export function release(list: Int32Array): void {
  const buffer = list.buffer as unknown as Resizable;
  if (buffer.resizable === true) buffer.resize?.(0);
}

/**
 * Fills `pairs.scores` with the weighted sum of `criteria` on each pair of rows `from` to `to - 1`
 * of `pairs` (and, with `others`, `side` with the sum of theirs: the same values, their own
 * shares), capped at 1; in steps, with the clock checked in the scoring pass (`inPass`) only, and
 * there progress told as `scale` times the rows done (none when 0).
 */
export function* sums(
  ctx: ScoringContext,
  criteria: readonly { def: CriterionDef; share: number }[],
  pairs: ScoringPairs,
  others: readonly { def: CriterionDef; share: number }[] | null,
  side: Float64Array | null,
  inPass: boolean,
  from: number,
  to: number,
  scale = 1,
): Steps<void> {
  const summer = summerOf(ctx, criteria, others, side);
  const mine = rowsByTopic(ctx.ix, from, to);
  const total = Math.round((to - from) * scale);
  for (let k = 0; k < mine.length; k++) {
    if (inPass && (k & 15) === 15) {
      checkTime();
      if (total > 0) progress('score', Math.min(total, Math.floor(k * scale)), total);
      if (sliceDue()) yield SLICE;
    }
    sumRow(ctx, criteria, summer.otherShares, summer.runs, mine[k] as number, pairs, side, summer.scratch);
  }
}

/** Rows of a {@link claimedSums} chunk: a few milliseconds of work, against one atomic add each. */
const CLAIMED_ROWS = 256;

/**
 * {@link sums} on rows `from` to `to - 1`, in the same order, taken {@link CLAIMED_ROWS} at a time
 * by whichever thread claims them first: each claim adds 1 to `claims[0]` (in shared memory) and
 * takes that chunk, until none is left. A helper and the calling thread, each once done with its
 * own share, so share the other's rows; each row is summed by one of them, the same figures either
 * way. With `done` (in shared memory, one entry per chunk), each chunk is marked there once summed,
 * so that the rows of a chunk whose thread failed can be found ({@link missedSums}). The clock is
 * checked after each chunk (a helper's has none: its turns there read its stop flag); with `scale`,
 * progress is told as `scale` times the rows before the chunk claimed.
 */
export function* claimedSums(
  ctx: ScoringContext,
  criteria: readonly { def: CriterionDef; share: number }[],
  pairs: ScoringPairs,
  others: readonly { def: CriterionDef; share: number }[] | null,
  side: Float64Array | null,
  from: number,
  to: number,
  claims: Int32Array,
  done?: Int32Array,
  scale = 0,
): Steps<void> {
  yield* chunkSums(ctx, criteria, pairs, others, side, from, to, () => Atomics.add(claims, 0, 1), done, scale);
}

/** The chunks of rows `from` to `to - 1` of {@link claimedSums} (`done` as there). */
export function sumChunks(from: number, to: number): number {
  return Math.ceil((to - from) / CLAIMED_ROWS);
}

/**
 * The rows of {@link claimedSums}' chunks not marked in `done`, summed here: those a thread claimed
 * and did not finish (it failed, or is gone).
 */
export function* missedSums(
  ctx: ScoringContext,
  criteria: readonly { def: CriterionDef; share: number }[],
  pairs: ScoringPairs,
  others: readonly { def: CriterionDef; share: number }[] | null,
  side: Float64Array | null,
  from: number,
  to: number,
  done: Int32Array,
): Steps<void> {
  let at = 0;
  const next = (chunks: number) => {
    while (at < chunks && Atomics.load(done, at) === 1) at++;
    return at++;
  };
  yield* chunkSums(ctx, criteria, pairs, others, side, from, to, next, done);
}

/**
 * The sums of the chunks of rows `from` to `to - 1` (of {@link CLAIMED_ROWS} rows, in the order
 * {@link sums} takes them) that `next` gives, until it gives one past the last; each marked in
 * `done` once summed, and progress told as in {@link claimedSums}.
 */
function* chunkSums(
  ctx: ScoringContext,
  criteria: readonly { def: CriterionDef; share: number }[],
  pairs: ScoringPairs,
  others: readonly { def: CriterionDef; share: number }[] | null,
  side: Float64Array | null,
  from: number,
  to: number,
  next: (chunks: number) => number,
  done?: Int32Array,
  scale = 0,
): Steps<void> {
  const chunks = sumChunks(from, to);
  let chunk = next(chunks);
  if (chunk >= chunks) return;
  const summer = summerOf(ctx, criteria, others, side);
  const mine = rowsByTopic(ctx.ix, from, to);
  const n = mine.length;
  const total = Math.round(n * scale);
  for (; chunk < chunks; chunk = next(chunks)) {
    const lo = chunk * CLAIMED_ROWS;
    const hi = Math.min(n, lo + CLAIMED_ROWS);
    for (let k = lo; k < hi; k++)
      sumRow(ctx, criteria, summer.otherShares, summer.runs, mine[k] as number, pairs, side, summer.scratch);
    if (done !== undefined) Atomics.store(done, chunk, 1);
    checkTime();
    if (total > 0) progress('score', Math.min(total, Math.floor(lo * scale)), total);
    if (sliceDue()) yield SLICE;
  }
}

/**
 * Rows `from` to `to - 1` in the order the sums take them. Rows are independent, each with its own
 * entries: taken topic by topic, so that the rows on one topic read the same strip of the topic
 * tables (mentors' levels) while it is in the cache.
 */
function rowsByTopic(ix: IndexedProgram, from: number, to: number): Int32Array {
  const order = byTopic(ix);
  const mine = new Int32Array(to - from);
  let n = 0;
  for (let q = 0; q < order.length; q++) {
    const r = order[q] as number;
    if (r >= from && r < to) mine[n++] = r;
  }
  return mine;
}

/** What {@link sumRow} needs besides the row: its scratch rows, the criteria's shares of the other side, their fused runs. */
function summerOf(
  ctx: ScoringContext,
  criteria: readonly { def: CriterionDef; share: number }[],
  others: readonly { def: CriterionDef; share: number }[] | null,
  side: Float64Array | null,
): { scratch: RowScratch; otherShares: Float64Array; runs: readonly (FusedRun | null)[] } {
  const mentors = ctx.ix.numMentors;
  const scratch: RowScratch = {
    values: new Float64Array(mentors),
    more: new Float64Array(mentors),
    third: new Float64Array(mentors),
    sum: new Float64Array(mentors),
    other: new Float64Array(side === null ? 0 : mentors),
  };
  // Each criterion's share of the other side (NaN for none, i.e. `preference`).
  const otherShares = Float64Array.from(criteria, ({ def }) => others?.find((o) => o.def === def)?.share ?? Number.NaN);
  return { scratch, otherShares, runs: fusedRuns(criteria, otherShares) };
}

/** The demand rows by their first topic (rows without one first), in row order within a topic. */
function byTopic(ix: IndexedProgram): Int32Array {
  const rows = ix.rows.length;
  const first = (r: number) => firstTopic(ix, r) + 1;
  const next = new Int32Array(ix.numTopics + 2);
  for (let r = 0; r < rows; r++) next[first(r) + 1] = (next[first(r) + 1] as number) + 1;
  for (let t = 1; t < next.length; t++) next[t] = (next[t] as number) + (next[t - 1] as number);
  const order = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    const t = first(r);
    order[next[t] as number] = r;
    next[t] = (next[t] as number) + 1;
  }
  return order;
}

/**
 * Row `r` of {@link sums} (a plain function, which the engine optimises as a whole; a generator's
 * loops it may not): `scratch` holds its rows.
 */
function sumRow(
  ctx: ScoringContext,
  criteria: readonly { def: CriterionDef; share: number }[],
  otherShares: Float64Array,
  runs: readonly (FusedRun | null)[],
  r: number,
  pairs: ScoringPairs,
  side: Float64Array | null,
  scratch: RowScratch,
): void {
  const { start, cols, scores } = pairs;
  const { values, sum, other: sideSum } = scratch;
  const s = start[r] as number;
  const k = (start[r + 1] as number) - s;
  if (k === 0) return;
  // Summed in scratch rows (in the cache) and written once: the table's rows are fresh memory. The
  // row's mentors read where they are (a copy first cost micro 100,000 × 10,000's scoring 4 %).
  const at = cols.subarray(s, s + k);
  sum.fill(0, 0, k);
  if (side !== null) sideSum.fill(0, 0, k);
  for (let c = 0; c < criteria.length; c++) {
    const run = runs[c];
    if (run != null) {
      run.add(ctx, r, at, k, run.shares, sum, run.others, side === null ? null : sideSum, scratch);
      c = run.to - 1;
      continue;
    }
    const { def, share } = criteria[c] as { def: CriterionDef; share: number };
    const other = otherShares[c] as number;
    const both = side !== null && !Number.isNaN(other) ? sideSum : null;
    if (def.add !== undefined) def.add(ctx, r, at, k, share, sum, other, both, values);
    else {
      def.fill(ctx, r, values, at, k);
      addValues(values, k, share, sum, other, both);
    }
  }
  // Shares add up to 1 up to rounding: keep scores within [0, 1]. A long row's best listed as they
  // are written (the reasons name them: at classic 50,000 × 5,000, a pass over the 40,000 unmatched
  // rows' 3,600 pairs each took 0.9 s after the solve).
  const { best } = pairs;
  if (best !== undefined && k > LISTED_FROM) writeListed(sum, scores, at, s, k, best, r * BEST_LISTED);
  else for (let i = 0; i < k; i++) scores[s + i] = Math.min(1, sum[i] as number);
  if (side !== null) for (let i = 0; i < k; i++) side[s + i] = Math.min(1, sideSum[i] as number);
}

/**
 * The sums of `criteria` for chosen pairs, as {@link sums} adds them up (the same figures, bit for
 * bit: {@link sumRow} itself, on a one-row table of the pairs asked), a row at a time: `(r, at,
 * count, out)` sets `out[i]` to row `r`'s sum with mentor `at[i]`, capped at 1, for `i < count`
 * (`at` ascending, allowed pairs of the row).
 */
export function sideSums(
  ctx: ScoringContext,
  criteria: readonly { def: CriterionDef; share: number }[],
): (r: number, at: Int32Array, count: number, out: Float64Array) => void {
  const { scratch, otherShares, runs } = summerOf(ctx, criteria, null, null);
  // Row r's entries are 0 to count - 1 of `at`, written to `out`: only start[r] and start[r + 1] are read.
  const start = new Int32Array(ctx.ix.rows.length + 1);
  return (r, at, count, out) => {
    start[r] = 0;
    start[r + 1] = count;
    sumRow(ctx, criteria, otherShares, runs, r, { start, cols: at, scores: out }, null, scratch);
  };
}

/**
 * Rows with more pairs than this have their best listed by the scoring pass: about 2 % of a classic
 * row's scoring (3,600 pairs; single-thread scoring of 15,000 mentees × 5,000 mentors, the least of
 * 4 runs each). On shorter rows the listing cost more than the reasons' own pass (micro 50,000
 * requests × 5,000 mentors, about 245 pairs a row: the scoring 10 % slower) and saved little.
 */
export const LISTED_FROM = 1024;

/** {@link writeListed}'s list so far, best first: scores and entries (scratch, one thread's). */
const topScores = new Float64Array(BEST_LISTED);
const topEntries = new Int32Array(BEST_LISTED);

/**
 * Writes a row's `k` (more than {@link BEST_LISTED}) sums, capped at 1, into `scores` from `s`, and
 * lists its best into `best` from `to`: the columns (`at[0..k)`, ascending) of its
 * {@link BEST_LISTED} highest scores, best first, ties to the lower column.
 */
function writeListed(
  sum: Float64Array,
  scores: Float64Array,
  at: Int32Array,
  s: number,
  k: number,
  best: Int32Array,
  to: number,
): void {
  // Empty places at -Infinity: the first entries fill them, later ones enter above the last kept
  // only (the columns ascend, so a tie stays out), each before every kept one it beats.
  topScores.fill(Number.NEGATIVE_INFINITY);
  let least = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < k; i++) {
    const v = Math.min(1, sum[i] as number);
    scores[s + i] = v;
    if (!(v > least)) continue;
    let q = BEST_LISTED - 1;
    for (; q > 0 && v > (topScores[q - 1] as number); q--) {
      topScores[q] = topScores[q - 1] as number;
      topEntries[q] = topEntries[q - 1] as number;
    }
    topScores[q] = v;
    topEntries[q] = i;
    least = topScores[BEST_LISTED - 1] as number;
  }
  for (let q = 0; q < BEST_LISTED; q++) best[to + q] = at[topEntries[q] as number] as number;
}

/** The runs: the person criteria, and the topic criteria (expertise, willingness, goals: the row's topic strips). */
const RUNS: readonly { readonly defs: readonly CriterionDef[]; readonly add: AddRun }[] = [
  { defs: PEOPLE, add: addPeople },
  { defs: TOPICS, add: addTopics },
];

/** A run among the criteria in force, from where {@link fusedRuns} puts it to `to - 1`, with its criteria's shares. */
interface FusedRun {
  readonly to: number;
  readonly add: AddRun;
  readonly shares: Float64Array;
  readonly others: Float64Array;
}

/**
 * Per criterion in force: the run that starts there (two or more of its criteria in force, and
 * consecutive, as in the criteria's order), else null.
 */
function fusedRuns(
  criteria: readonly { def: CriterionDef; share: number }[],
  otherShares: Float64Array,
): (FusedRun | null)[] {
  const out: (FusedRun | null)[] = criteria.map(() => null);
  for (const { defs, add } of RUNS) {
    const at = defs.map((def) => criteria.findIndex((c) => c.def === def));
    const present = at.filter((c) => c >= 0);
    if (present.length < 2) continue;
    const from = Math.min(...present);
    const to = Math.max(...present) + 1;
    // Consecutive: checked, so that a criterion placed among them is never summed out of turn.
    if (to - from !== present.length) continue;
    out[from] = {
      to,
      add,
      shares: Float64Array.from(at, (c) => (c < 0 ? 0 : (criteria[c] as { share: number }).share)),
      others: Float64Array.from(at, (c) => (c < 0 ? 0 : (otherShares[c] as number))),
    };
  }
  return out;
}

/** The scratch rows of {@link sumRow}, one entry per mentor each. */
interface RowScratch {
  readonly values: Float64Array;
  /** A second and a third row of values, for the runs that compute several criteria at once. */
  readonly more: Float64Array;
  readonly third: Float64Array;
  readonly sum: Float64Array;
  readonly other: Float64Array;
}

/** The criteria of `defs` in force and their shares of the score. */
export function inForce(ctx: ScoringContext, defs: readonly CriterionDef[]): { def: CriterionDef; share: number }[] {
  const { weights } = ctx.ix.program;
  const active = defs.filter((def) => weights[def.name] > 0 && def.active(ctx));
  // Scaled by the largest weight first, so that huge weights cannot overflow the sum.
  const largest = active.reduce((x, def) => Math.max(x, weights[def.name]), 0);
  const sum = active.reduce((s, def) => s + weights[def.name] / largest, 0);
  return active.map((def) => ({ def, share: weights[def.name] / largest / sum }));
}
