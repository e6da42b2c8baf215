/**
 * Scoring on several threads: the calling thread and helpers each take a contiguous share of the
 * demand rows, first for the allowed pairs (each its own list, joined in row order), then for the
 * scores (each writing its rows' entries of one shared table). A row's pairs and scores depend on
 * the programme and the row alone, so the table is the one a single thread builds, bit for bit.
 *
 * This module holds no thread code: a {@link Threads} carries the messages (`mentormatch/node`
 * builds one on `worker_threads`), and {@link runScoringTask} is what a helper runs on them.
 */

import { idIndex } from '../model/idIndex.js';
import { indexTopics, type TopicLevels } from '../model/indexTopics.js';
import type { Program } from '../model/program.js';
import { type Clock, checkTime, drain, SLICE, type Steps, sliceDue, withClock } from '../solve/internal/clock.js';
import type { ScoredPairs } from '../solve/internal/pairs.js';
import {
  allowedSteps,
  BEST_LISTED,
  claimedSums,
  missedSums,
  releasable,
  release,
  type Scoring,
  scoringOf,
  sumChunks,
  sums,
} from './rows.js';

/**
 * Helper threads for a call's heaviest pass, the scoring of every allowed pair: with `n` helpers
 * the calling thread takes one share of the rows and each helper another. The first helper then
 * takes half of the rows of the solve's passes over every pair at scale, and runs the blocking-pair
 * audits with the calling thread while it explains the matching. The result is the same with or
 * without them, bit for bit. In Node, `workerThreads()` of `mentormatch/node` gives one;
 * another runtime can carry the same messages on its own threads (each helper runs the package's
 * task handler on what it receives).
 *
 * The calls stay synchronous: the calling thread waits for its helpers in {@link Threads.receive}.
 *
 * @example
 * ```ts
 * import { matchProgram } from 'mentormatch';
 * import { workerThreads } from 'mentormatch/node';
 *
 * const program = {
 *   mode: 'classic' as const,
 *   topics: [{ id: 'sales' }],
 *   mentors: Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, skills: [{ topic: 'sales', level: 1 + (i % 5) }], capacity: 2 })),
 *   mentees: Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, goals: [{ topic: 'sales' }] })),
 * };
 * // One helper; `minPairs: 0` shares out even this small programme (by default, from about 17 million pairs).
 * const threads = workerThreads({ size: 1, minPairs: 0 });
 * const shared = matchProgram(program, { threads });
 * console.log(JSON.stringify(shared) === JSON.stringify(matchProgram(program))); // true
 * void threads.close();
 * ```
 */
export interface Threads {
  /** How many helpers there are (0: the calling thread works alone). */
  readonly size: number;
  /**
   * The fewest candidate pairs (pairs the level index leaves, before the other rules) worth sharing
   * out: fewer are scored on the calling thread alone. Default 2²⁴ (about 17 million: on a 2-CPU machine, classic 5,000 × 1,000 scored slower with a helper, 25,000 × 2,500 faster).
   */
  readonly minPairs?: number;
  /** Sends helper `k` (0 to `size - 1`) a task (a structured-cloneable message). */
  send(k: number, task: unknown): void;
  /**
   * Helper `k`'s next reply, waiting for it at most `waitMs` ms (blocking the calling thread);
   * `undefined` when none came in that time. A helper that cannot run (it failed to start, or
   * stopped) replies `{ gone: true }`: its share is then scored on the calling thread.
   */
  receive(k: number, waitMs: number): unknown;
  /**
   * Whether helper `k` is still running (optional): a pass the calling thread shares with a helper
   * chunk by chunk waits for a chunk the helper took only while it is. Without it, such a chunk is
   * done on the calling thread after 2 s.
   */
  alive?(k: number): boolean;
  /**
   * Helper `k`'s sign of life (optional, with {@link Threads.drop}): a count it adds to as it works
   * (at each task it takes and each check point of its loops). While the calling thread waits for
   * a reply from a helper whose count stays the same for {@link Threads.stallMs}, the helper is
   * let go ({@link Threads.drop}) and its work done on the calling thread: a helper stuck in a
   * loop never holds a call for ever.
   */
  beat?(k: number): number;
  /**
   * Lets helper `k` go (optional, with {@link Threads.beat}): stops it, and from then on
   * {@link Threads.receive} answers `{ gone: true }` for it and {@link Threads.alive} false.
   */
  drop?(k: number): void;
  /**
   * How long, in ms, a helper awaited may show no sign of life ({@link Threads.beat}) before it is
   * let go: a number > 0 (`Infinity`: never); default 30,000 (30 s).
   */
  readonly stallMs?: number;
}

/**
 * How long a helper awaited may show no sign of life before it is let go, in ms: 30 s, far beyond
 * the longest stretch between two of its signs (0.51 s once at work on micro 100,000 requests ×
 * 10,000 mentors, sampled every 5 ms during `matchProgramAsync`; its start-up, before any wait on
 * it, 1.1 s).
 */
export const STALL_MS = 30_000;

/** A helper's sign of life (for the helper's module, `node/worker.ts`). */
export { beat, beatInto } from '../solve/internal/clock.js';

/** Below this many candidate pairs, one thread scores faster than it hands out shares. */
const MIN_SHARED = 1 << 24;

/** A task of a helper, and its reply. */
type Task =
  /**
   * The programme of a job to come, as JSON text: the helper builds its index meanwhile (no reply).
   * Text, because a helper reads 100,000 mentees from it in 0.42 s, where it took 0.68 s to read a
   * structured clone of them; and a parsed programme comes back from its JSON unchanged (plain
   * objects, arrays, strings, booleans and finite numbers, no `-0`: `parseProgram` reads it as 0).
   * Its mentors and mentees (left empty in `text`) come after it in `parts` parts (`people` tasks),
   * so that the helper reads each part while the calling thread writes the next.
   */
  | { readonly kind: 'programme'; readonly job: number; readonly text: string; readonly parts: number }
  /** Part `part` of the programme's people (see the `programme` task): JSON text of some of `list`, in order. */
  | {
      readonly kind: 'people';
      readonly job: number;
      readonly part: number;
      readonly list: 'mentors' | 'mentees';
      readonly text: string;
    }
  /**
   * The programme's topic arrays, built by the calling thread in shared memory (no reply): the
   * helper indexes the rest of the programme with them, not a copy of its own (120 MB and 0.2 s at
   * 500 topics × 10,000 mentors).
   */
  | ({ readonly kind: 'levels'; readonly job: number } & TopicLevels)
  /** The job is off (no reply). */
  | { readonly kind: 'drop'; readonly job: number }
  | {
      readonly kind: 'pairs';
      readonly job: number;
      readonly from: number;
      readonly to: number;
      readonly stopAt: number;
      readonly stop: Int32Array;
    }
  | {
      readonly kind: 'scores';
      readonly job: number;
      /** The share's first row (as in its `pairs` task). */
      readonly from: number;
      /** Where the share's first entry goes in `cols`, `scores` and `side`. */
      readonly base: number;
      readonly cols: Int32Array;
      readonly scores: Float64Array;
      readonly side: Float64Array | null;
      /** Each row's best-scoring mentors (`ScoringPairs.best`), in shared memory. */
      readonly best: Int32Array;
      readonly stop: Int32Array;
      /**
       * In shared memory: `[0]`, the next chunk of the share's rows to claim (`claimedSums`),
       * which the calling thread claims too once done with its own share; `[1]`, set to 1 once the
       * share's pairs are written into `cols` (the calling thread claims none before).
       */
      readonly claims: Int32Array;
      /**
       * The calling thread's share (rows `from` to `to - 1`), whose chunks the helper claims too
       * once done with its own: the rows' entries `start` (in shared memory, final), the next chunk
       * `claims[0]`, and a mark per chunk summed, `done` (the calling thread sums those a helper
       * that failed left unmarked).
       */
      readonly caller: CallerShare;
    };
/** The calling thread's share of the rows as a `scores` task carries it (see the task's `caller`). */
interface CallerShare {
  readonly from: number;
  readonly to: number;
  readonly start: Int32Array;
  readonly claims: Int32Array;
  readonly done: Int32Array;
}
type Done = { readonly job: number; readonly ok: true; readonly start?: Int32Array };
/** A helper's reply to a task of the caller's (see `scoreInParts`' `keep`): `ok`, with what it found. */
export type HelperReply = Done;
/** A helper's reply: done, or not (the calling thread then does the task itself). */
export type Reply = Done | { readonly job: number; readonly ok: false; readonly error: string };

/**
 * Hands `program` to the helpers before the calling thread indexes it (so that they index theirs
 * meanwhile) when it may be large enough to share out (demand rows × mentors at least `minPairs`);
 * returns the job's number, or null (no helpers, or too small).
 */
export function announce(program: Program, threads: Threads | undefined): number | null {
  if (threads === undefined || threads.size < 1) return null;
  const rows =
    program.mode === 'micro'
      ? program.mentees.reduce((sum, mentee) => sum + mentee.requests.length, 0)
      : program.mentees.length;
  if (rows * program.mentors.length < (threads.minPairs ?? MIN_SHARED)) return null;
  const job = ++jobs;
  // The rest first, then the people a part at a time: a helper reads a part while this thread
  // writes the next, so that it has read all of them about one part's time after the last is sent
  // (at 100,000 requests × 10,000 mentors, 0.3 s sooner than after reading the whole text).
  const parts = Math.ceil(program.mentors.length / PEOPLE) + Math.ceil(program.mentees.length / PEOPLE);
  const send = (task: Task) => {
    for (let k = 0; k < threads.size; k++) threads.send(k, task);
  };
  send({ kind: 'programme', job, text: JSON.stringify({ ...program, mentors: [], mentees: [] }), parts });
  let part = 0;
  for (const list of ['mentors', 'mentees'] as const) {
    const people: readonly unknown[] = program[list];
    for (let from = 0; from < people.length; from += PEOPLE)
      send({ kind: 'people', job, part: part++, list, text: JSON.stringify(people.slice(from, from + PEOPLE)) });
  }
  return job;
}

/** People in a part of the programme sent to the helpers (see {@link announce}). */
const PEOPLE = 4096;

/**
 * The topic arrays of `program` (`indexTopics`), built in shared memory and sent to the helpers of
 * `job` (see {@link announce}), for the calling thread's index and theirs.
 */
export function shareLevels(program: Program, threads: Threads, job: number): TopicLevels {
  const levels = indexTopics(program, idIndex(program.topics), (bytes) => new SharedArrayBuffer(bytes));
  for (let k = 0; k < threads.size; k++) threads.send(k, { kind: 'levels', job, ...levels } satisfies Task);
  return levels;
}

/** Tells the helpers (`from` to `to - 1`, by default all) that `job` is off (what they hold for it can go). */
export function dismiss(threads: Threads, job: number, from = 0, to = threads.size): void {
  for (let k = from; k < to; k++) threads.send(k, { kind: 'drop', job } satisfies Task);
}

/** The shares of the rows: `bounds[i]` to `bounds[i + 1]`, the calling thread's first; null for one thread. */
export function rowShares(scoring: Scoring, threads: Threads): Int32Array | null {
  const parts = Math.max(1, Math.floor(threads.size) + 1);
  const rows = scoring.ix.rows.length;
  if (parts === 1 || rows < 2 * parts) return null;
  let total = 0;
  for (let r = 0; r < rows; r++) total += scoring.candidates(r).length;
  if (total < (threads.minPairs ?? MIN_SHARED)) return null;
  // Alike in candidate pairs (what both passes cost), the calling thread's share larger by
  // MAIN_SHARE: a helper first builds its own index of the programme.
  const bounds = new Int32Array(parts + 1);
  bounds[parts] = rows;
  const weight = MAIN_SHARE + parts - 1;
  let seen = 0;
  let part = 1;
  for (let r = 0; r < rows && part < parts; r++) {
    seen += scoring.candidates(r).length;
    while (part < parts && seen >= (total * (MAIN_SHARE + part - 1)) / weight) bounds[part++] = r + 1;
  }
  return bounds;
}

/**
 * The calling thread's share of the rows against a helper's. With one helper on 2 CPUs, the calling
 * thread waited for it at the end with 1.25: 0.28 s of 2.6 s on micro 100,000 × 10,000, 0.70 s of
 * 9.4 s on classic 50,000 × 5,000; balanced, the shares' times gave 1.40 and 1.35. Since the helper
 * reads the programme a part at a time (see {@link announce}), it starts its pairs with the calling
 * thread, and 1.375 left it idle at the end of them, waiting for the calling thread's count: 70 to
 * 110 ms (micro) and 390 ms (classic); 1.2, 40 to 70 and 200 ms; 1.0 had the calling thread end
 * first, by 50 and 170 ms. A helper that ends first waits; the calling thread goes on to its sums.
 * The sums of either share's rows are claimed by the other thread too once done with its own, so a
 * share that turns out too large on the day (the helper idled 1.5 s of classic's scoring before
 * that) is no longer waited for; the pairs' pass still is.
 */
const MAIN_SHARE = 1.1;

let jobs = 0;

/**
 * The allowed pairs and their scores (and, with `inPass`, the mentor side), the rows shared out by
 * `bounds` among the calling thread and `threads`' helpers, in steps. Past `maxPairs`, `tooMany`
 * throws what a single thread throws, at the same row.
 *
 * Each thread finds its share's pairs, then writes them and their scores into one shared table:
 * the first helper right after the calling thread's share, any other after the room the shares
 * before it could take (so that no thread waits for another's count), the table closed up at the
 * end. A helper that fails or stops has its share done here instead. With `keep`, the first helper
 * keeps its index of the programme once the table is done, for a task of the caller's (which then
 * {@link dismiss}es the job).
 */
export function* scoreInParts(
  job: number,
  scoring: Scoring,
  bounds: Int32Array,
  threads: Threads,
  limit: { readonly maxPairs: number },
  inPass: boolean,
  tooMany: (n: number) => void,
  keep = false,
): Steps<{ pairs: ScoredPairs; side: Float64Array | null; best: Int32Array }> {
  let done = false;
  const rows = scoring.ix.rows.length;
  const helpers = bounds.length - 2;
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const { maxPairs } = limit;
  const shareOf = (k: number) => ({ from: bounds[k + 1] as number, to: bounds[k + 2] as number });
  // The most pairs share `i` can hold (its candidates; past the limit, no share counts further).
  const most = (i: number) => {
    let sum = 0;
    for (let r = bounds[i] as number; r < (bounds[i + 1] as number); r++) sum += scoring.candidates(r).length;
    return Math.min(sum, maxPairs + scoring.ix.numMentors);
  };
  try {
    for (let k = 0; k < helpers; k++)
      threads.send(k, { kind: 'pairs', job, ...shareOf(k), stopAt: maxPairs, stop } satisfies Task);
    // Room for every share at once, in shared memory (what is never written takes none).
    const most0 = most(0);
    const base = new Float64Array(helpers + 1);
    base[0] = most0;
    for (let k = 0; k < helpers; k++) base[k + 1] = (base[k] as number) + most(k + 1);
    const room = base[helpers] as number;
    const found = { cols: new Int32Array(new SharedArrayBuffer(4 * room)) };
    // In shared memory: the helpers read the entries of this thread's rows, whose sums they share.
    const start = new Int32Array(new SharedArrayBuffer(4 * (rows + 1)));
    const mine = bounds[1] as number;
    let { n } = yield* allowedSteps(scoring, 0, mine, mine, start, found, 0, maxPairs);
    if (n > maxPairs) tooMany(n);
    start[mine] = n;
    // The helpers' shares from where ours ends (room for the most each can hold).
    for (let k = 0; k <= helpers; k++) base[k] = (base[k] as number) - most0 + n;
    const scores = new Float64Array(new SharedArrayBuffer(8 * room));
    const side = inPass ? new Float64Array(new SharedArrayBuffer(8 * room)) : null;
    const best = new Int32Array(new SharedArrayBuffer(4 * rows * BEST_LISTED));
    const { cols } = found;
    const claims = Array.from({ length: helpers }, () => new Int32Array(new SharedArrayBuffer(8)));
    // This thread's rows, claimed in chunks by the helpers too once done with their own: the
    // shares end together, whichever thread is faster on the day.
    const caller: CallerShare = {
      from: 0,
      to: mine,
      start,
      claims: new Int32Array(new SharedArrayBuffer(4)),
      done: new Int32Array(new SharedArrayBuffer(4 * sumChunks(0, mine))),
    };
    // After this thread's entries and pairs: a helper's first claim reads it, and so them.
    Atomics.store(caller.claims, 0, 0);
    for (let k = 0; k < helpers; k++)
      threads.send(k, {
        kind: 'scores',
        job,
        ...shareOf(k),
        base: base[k] as number,
        cols,
        scores,
        side,
        best,
        stop,
        claims: claims[k] as Int32Array,
        caller,
      } satisfies Task);
    const { ctx, criteria, sideCriteria } = scoring;
    const others = inPass ? sideCriteria : null;
    const table = { start, cols, scores, best };
    yield* claimedSums(ctx, criteria, table, others, side, 0, mine, caller.claims, caller.done, rows / mine);
    // The helpers' counts, in row order: past the limit at the row a single thread would be.
    const here: boolean[] = [];
    const owns: Int32Array[] = [];
    for (let k = 0; k < helpers; k++) {
      const { from, to } = shareOf(k);
      const got = (yield* replyOf(threads, k, job))?.start;
      const part = got === undefined ? yield* ownPart(scoring, from, to, maxPairs) : { start: got, cols: null };
      const own = part.start;
      owns.push(own);
      for (let r = from; r < from + own.length - 1; r++) {
        start[r] = n + (own[r - from] as number);
        const after = n + (own[r - from + 1] as number);
        if (after > maxPairs) tooMany(after);
      }
      n += own[own.length - 1] as number;
      here.push(part.cols !== null);
      if (part.cols !== null) yield* ownScores(scoring, from, to, part, base[k] as number, cols, scores, side, best);
    }
    start[rows] = n;
    // The rows of each helper's share not yet claimed, summed here too (once its pairs are in
    // `cols`, where it writes them): the share ends when both are done, not when the helper is.
    for (let k = 0; k < helpers; k++) {
      const claim = claims[k] as Int32Array;
      if (here[k] === true || Atomics.load(claim, 1) !== 1) continue;
      const { from, to } = shareOf(k);
      yield* claimedSums(
        ctx,
        criteria,
        { start: shareStart(rows, from, to, owns[k] as Int32Array, base[k] as number), cols, scores, best },
        others,
        side,
        from,
        to,
        claim,
      );
    }
    // The helpers' scores (a share whose helper failed now done here), each share then moved up.
    for (let k = 0; k < helpers; k++) {
      if (here[k] === true || (yield* replyOf(threads, k, job)) !== null) continue;
      const { from, to } = shareOf(k);
      const part = yield* ownPart(scoring, from, to, maxPairs);
      yield* ownScores(scoring, from, to, part, base[k] as number, cols, scores, side, best);
    }
    // This thread's chunks that a helper claimed and did not finish (it failed, or is gone): every
    // helper that could claim some has replied by now, or is gone (one whose pairs were done here
    // has none to sum, so it fails its scores task before it claims any).
    yield* missedSums(ctx, criteria, table, others, side, 0, mine, caller.done);
    for (let k = 0; k < helpers; k++) {
      const { from, to } = shareOf(k);
      const at = start[from] as number;
      const was = base[k] as number;
      if (was === at) continue;
      const end = was + (start[to] as number) - at;
      cols.copyWithin(at, was, end);
      scores.copyWithin(at, was, end);
      side?.copyWithin(at, was, end);
    }
    const pairs = { start, cols: cols.subarray(0, n), scores: scores.subarray(0, n) };
    done = true;
    return { pairs, side: side === null ? null : side.subarray(0, n), best };
  } finally {
    // Stopped (the limit, the time budget, a cancel) or done: helpers still at this job let it go
    // (all but the first, when it is kept).
    Atomics.store(stop, 0, 1);
    dismiss(threads, job, done && keep ? 1 : 0);
  }
}

/** A share's pairs (as a helper finds them): `start[i]` the first entry of row `from + i` in `cols`, one more at the end (the count). */
interface Part {
  readonly start: Int32Array;
  readonly cols: Int32Array;
}

/** Share `from` to `to - 1`'s pairs, stopped after the first row past `stopAt`. */
function* ownPart(scoring: Scoring, from: number, to: number, stopAt: number): Steps<Part> {
  const start = new Int32Array(scoring.ix.rows.length + 1);
  // Given back once written into the table (a helper's heap is collected late, and at scale this
  // list is hundreds of MB).
  let most = 0;
  for (let r = from; r < to; r++) most += scoring.candidates(r).length;
  const found = { cols: releasable(Math.min(most, stopAt + scoring.ix.numMentors)) };
  const { n, end } = yield* allowedSteps(scoring, from, to, to, start, found, 0, stopAt);
  start[end] = n;
  return { start: start.slice(from, end + 1), cols: found.cols.subarray(0, n) };
}

/**
 * A share's pairs written into the table's `cols` from entry `base`, and their scores (its clock
 * checked, no progress told); with `claims`, in claimed chunks, and then with `caller` the calling
 * thread's chunks left too (a helper's side).
 */
function* ownScores(
  scoring: Scoring,
  from: number,
  to: number,
  part: Part,
  base: number,
  cols: Int32Array,
  scores: Float64Array,
  side: Float64Array | null,
  best: Int32Array,
  claims?: Int32Array,
  caller?: CallerShare,
): Steps<void> {
  const count = part.start[part.start.length - 1] as number;
  cols.set(part.cols.subarray(0, count), base);
  release(part.cols);
  const start = shareStart(scoring.ix.rows.length, from, to, part.start, base);
  const { ctx, criteria, sideCriteria } = scoring;
  const others = side === null ? null : sideCriteria;
  if (claims === undefined) {
    yield* sums(ctx, criteria, { start, cols, scores, best }, others, side, true, from, to, 0);
    return;
  }
  // The pairs are in `cols`: the calling thread may claim rows too from now on.
  Atomics.store(claims, 1, 1);
  yield* claimedSums(ctx, criteria, { start, cols, scores, best }, others, side, from, to, claims);
  if (caller === undefined) return;
  // Then the calling thread's rows left (its pairs are in the table: it sent this task after them).
  const theirs = { start: caller.start, cols, scores, best };
  yield* claimedSums(ctx, criteria, theirs, others, side, caller.from, caller.to, caller.claims, caller.done);
}

/** The entries of a share's rows `from` to `to` in the table (`start` of rows + 1 entries, the others 0): its own counts `own` from entry `base`. */
function shareStart(rows: number, from: number, to: number, own: Int32Array, base: number): Int32Array {
  const start = new Int32Array(rows + 1);
  for (let r = from; r <= to; r++) start[r] = base + (own[r - from] as number);
  return start;
}

/**
 * Helper `k`'s next reply to `job`, waiting (the clock checked; `onWait` called before each wait);
 * null when it could not do the task.
 */
export function* replyOf(threads: Threads, k: number, job: number, onWait?: () => void): Steps<Done | null> {
  const got = yield* anyReplyOf(threads, k, job, onWait);
  return got?.ok === true ? got : null;
}

/**
 * {@link replyOf}, failures included (null: the helper is gone, or let go once it showed no sign
 * of life for {@link Threads.stallMs} while awaited). `meanwhile`, if given, does a
 * piece of the caller's own work at each turn of the wait and says whether some is left (then the
 * helper is asked without waiting, and the turns go on).
 */
export function* anyReplyOf(
  threads: Threads,
  k: number,
  job: number,
  onWait?: () => void,
  meanwhile?: () => boolean,
): Steps<Reply | null> {
  let busy = meanwhile !== undefined;
  // The helper's sign of life, if it gives one, and when it last changed (or a message came).
  const stall = threads.beat !== undefined && threads.drop !== undefined ? (threads.stallMs ?? STALL_MS) : Infinity;
  let beats = threads.beat?.(k);
  let since = performance.now();
  for (;;) {
    onWait?.();
    if (busy) busy = (meanwhile as () => boolean)();
    const got = threads.receive(k, busy || sliceDue() ? 0 : 20) as (Reply & { gone?: boolean }) | undefined;
    if (got !== undefined) {
      if (got.gone === true) return null;
      // A reply to an earlier job this helper was still on when it was stopped.
      if (got.job !== job) {
        since = performance.now();
        continue;
      }
      return got;
    }
    if (stall !== Infinity) {
      const count = threads.beat?.(k);
      const time = performance.now();
      if (count !== beats) {
        beats = count;
        since = time;
      } else if (time - since >= stall) {
        // Stuck (a loop that never ends, say): let go, its work done here.
        threads.drop?.(k);
        return null;
      }
    }
    checkTime();
    if (sliceDue()) yield SLICE;
  }
}

/** A helper's programme, indexed, for the tasks of its job. */
let held: { job: number; scoring: Scoring } | null = null;
/**
 * A helper's programme read, before its index: made once its topic arrays come (or its first
 * share, without them); its people by part as they come (a part that comes again is read once),
 * and how many parts are still to come.
 */
let read: {
  job: number;
  program: Program;
  parts: ({ list: 'mentors' | 'mentees'; people: unknown[] } | undefined)[];
  missing: number;
} | null = null;

/**
 * Indexes the programme read for `job` (with its topic arrays when given) and holds it; nothing for
 * another job, or when some of its people never came (its tasks then fail: the calling thread does
 * their shares).
 */
function indexRead(job: number, levels?: TopicLevels): void {
  if (read === null || read.job !== job) return;
  const { program, parts, missing } = read;
  read = null;
  held = null;
  if (missing > 0) return;
  // Every part came (none is missing): each one's people appended to its list, in part order.
  for (const part of parts as { list: 'mentors' | 'mentees'; people: unknown[] }[]) {
    const list = program[part.list] as unknown[];
    for (const person of part.people) list.push(person);
  }
  held = { job, scoring: drain(scoringOf(program, levels)) };
}

/**
 * A helper's index of `job`'s programme (null when it holds none, or another's), for a task of the
 * caller's after the scoring; `release` lets it go.
 */
export function heldScoring(job: number, release: boolean): Scoring | null {
  const mine = held !== null && held.job === job ? held.scoring : null;
  if (release && mine !== null) held = null;
  return mine;
}
/** A helper's share of the last `pairs` task, kept for the `scores` task that follows. */
let kept: { job: number; scoring: Scoring; from: number; to: number; part: Part; over: boolean } | null = null;

/**
 * A helper's side: runs a scoring task of {@link scoreInParts} and returns the reply to send back
 * with its transferable buffers (null: none). Never throws: a failure is replied, and the calling
 * thread then does the share itself.
 */
export function runScoringTask(message: unknown): { reply: unknown; transfer: ArrayBuffer[] } | null {
  const task = message as Task;
  try {
    if (task.kind === 'programme' || task.kind === 'drop') {
      held = null;
      kept = null;
      read =
        task.kind === 'programme'
          ? {
              job: task.job,
              program: JSON.parse(task.text) as Program,
              parts: new Array(task.parts).fill(undefined),
              missing: task.parts,
            }
          : null;
      return null;
    }
    if (task.kind === 'people') {
      const { job, part, list, text } = task;
      if (
        read !== null &&
        read.job === job &&
        part >= 0 &&
        part < read.parts.length &&
        read.parts[part] === undefined
      ) {
        read.parts[part] = { list, people: JSON.parse(text) as unknown[] };
        read.missing--;
      }
      return null;
    }
    if (task.kind === 'levels') {
      indexRead(task.job, task);
      return null;
    }
    if (task.kind === 'pairs') {
      kept = null;
      // No topic arrays came: its own.
      indexRead(task.job);
      if (held === null || held.job !== task.job) return failed(task.job, 'no programme');
      const { scoring } = held;
      const { from, to, stopAt } = task;
      const part = stoppable(task.stop, ownPart(scoring, from, to, stopAt));
      if (part === null) return failed(task.job, 'stopped');
      const count = part.start[part.start.length - 1] as number;
      kept = { job: task.job, scoring, from, to, part, over: count > stopAt };
      const start = part.start.slice();
      return { reply: { job: task.job, ok: true, start }, transfer: [start.buffer] };
    }
    const mine = kept;
    kept = null;
    if (mine === null || mine.job !== task.job || mine.from !== task.from) return failed(task.job, 'no pairs');
    // Past the limit, the calling thread throws once it counts them: nothing to write.
    if (!mine.over) {
      const { scoring, from, to, part } = mine;
      const { base, cols, scores, side, best, claims, caller } = task;
      const steps = ownScores(scoring, from, to, part, base, cols, scores, side, best, claims, caller);
      if (stoppable(task.stop, steps) === null) return failed(task.job, 'stopped');
    }
    return { reply: { job: task.job, ok: true }, transfer: [] };
  } catch (error) {
    held = null;
    kept = null;
    read = null;
    return failed(task.job, String(error));
  }
}

/** A helper's reply that it could not do `job`'s task (the calling thread then does it). */
export function failed(job: number, error: string): { reply: Reply; transfer: ArrayBuffer[] } {
  return { reply: { job, ok: false, error }, transfer: [] };
}

/**
 * Runs `steps` to the end, null once `stop` is set (looked at every few rows, when they yield), or
 * once `current`, a task's own flag, is no longer 1 (the calling thread dropped the task); `onTurn`
 * runs at each of those turns (a helper joins a pass the calling thread opened there).
 */
export function stoppable<T>(stop: Int32Array, steps: Steps<T>, onTurn?: () => void, current?: Int32Array): T | null {
  // A clock whose turns end at once: the loops yield at each check point, where `stop` is read.
  const clock: Clock = {
    fn: 'scoring',
    limitMs: Number.POSITIVE_INFINITY,
    deadline: Number.POSITIVE_INFINITY,
    signal: undefined,
    onProgress: undefined,
    sliceEnd: Number.NEGATIVE_INFINITY,
  };
  return withClock(clock, () => {
    for (;;) {
      if (Atomics.load(stop, 0) !== 0 || (current !== undefined && Atomics.load(current, 0) !== 1)) return null;
      onTurn?.();
      const next = steps.next();
      if (next.done === true) return next.value;
    }
  });
}
