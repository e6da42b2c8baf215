/**
 * The audits of a call that a helper thread takes on once it has scored the programme: the first
 * helper keeps its index of the programme through the solve and then, reading the shared table,
 * finds the baseline the summary compares with (first come, first served, `greedy.ts`, and its
 * blocking pairs) and the matching's blocking pairs, while the calling thread explains the matching.
 * The baseline's audit comes earlier when the solve leaves the helper idle for a while (its
 * Lagrangian steps, or the flows of a column generation: `RowsHelper.idle`; see
 * {@link sendBaseline}). Without helpers, or when the helper fails, the calling thread does the
 * same work itself: the figures are the same either way, bit for bit.
 */

import { mentorSideOf, type ScoreTable, tableOf } from '../score/scoreProgram.js';
import {
  anyReplyOf,
  dismiss,
  failed,
  type HelperReply,
  heldScoring,
  type Reply,
  runScoringTask,
  stoppable,
  type Threads,
} from '../score/threads.js';
import { SLICE, type Steps, timeUp } from '../solve/internal/clock.js';
import { profitsOf } from '../solve/internal/matching/auction.js';
import { joinAuction } from '../solve/internal/matching/auctionPasses.js';
import { joinPass } from '../solve/internal/matching/claims.js';
import { greedyOf } from '../solve/internal/matching/feasible.js';
import { placesPartOf } from '../solve/internal/matching/places.js';
import { priceChunk } from '../solve/internal/matching/pricing.js';
import { boundOf } from '../solve/internal/matching/rowPriceBound.js';
import type {
  AuctionShare,
  BoundTask,
  CutsPart,
  CutsTask,
  GreedyTask,
  KeepPart,
  KeepTask,
  PlacesPart,
  PlacesTask,
  PricingShare,
  ProfitsTask,
  RowsHelper,
} from '../solve/internal/matching/rowsHelper.js';
import { cutsPartSteps, keepPartSteps, shared } from '../solve/internal/matching/sparseRows.js';
import {
  type AuditSetup,
  auditSetup,
  blockingCountSteps,
  blockingPairsSteps,
  firstPairs,
  joinShares,
  sharedBlockingSteps,
} from './blocking.js';
import { greedyMatching } from './greedy.js';
import { type Prepared, prepare, preparedWith } from './prepare.js';

/** The table's shared arrays (`side`: the mentor side when the scoring kept it). */
interface TableArrays {
  readonly job: number;
  readonly fn: string;
  readonly start: Int32Array;
  readonly cols: Int32Array;
  readonly scores: Float64Array;
  readonly side: Float64Array | null;
  readonly stop: Int32Array;
}

/** The helper's task after the solve: the matching's audit (and the baseline's, unless `early` had it). */
interface AuditsTask extends TableArrays {
  readonly kind: 'audits';
  readonly assigned: Int32Array;
  /** The next block of rows of the matching's audit, which the calling thread shares (see `AuditShare`). */
  readonly next: Int32Array;
  /** The set-up of the matching's audit, which the calling thread reads once the helper found it. */
  readonly setup: AuditSetup;
  /** Whether the baseline's audit was sent before (a {@link BaselineTask}). */
  readonly early: boolean;
}

/**
 * The helper's task during the solve: the baseline's audit (`stop`: the early baseline's own flag),
 * with the locks as `prepare` fixed them (the table may be masked: they are not checked again).
 */
interface BaselineTask extends TableArrays {
  readonly kind: 'baseline';
  readonly locks: Pick<Prepared, 'locked' | 'capacity' | 'hoursLeft'>;
}

/** The baseline and how many blocking pairs it has. */
interface Baseline {
  readonly greedy: Int32Array;
  readonly greedyBlocking: number;
}

/** What the audits find: the greedy matching, how many blocking pairs it has, and the matching's blocking pairs (row, mentor, …). */
export interface Audits {
  readonly greedy: Int32Array;
  readonly greedyBlocking: number;
  /** The matching's first `listed` blocking pairs in the audit's order (row, column, …). */
  readonly blocking: Int32Array;
  /** How many blocking pairs the matching has in all. */
  readonly blockingCount: number;
}

/**
 * The first helper of a job, which kept its index of the programme: where its reply comes from, the
 * flag that stops it, and the next block of rows of the matching's audit.
 */
export interface KeptHelper {
  readonly threads: Threads;
  readonly job: number;
  readonly stop: Int32Array;
  readonly next: Int32Array;
  /** The set-up of the matching's audit, which the calling thread reads once the helper found it (see `AuditSetup`). */
  readonly setup: AuditSetup;
  /**
   * Replies still to come to tasks of the solve that it stopped without waiting for them
   * (`RowsHelper.abandon`): the next ones are set aside as they come.
   */
  stale: number;
  /**
   * The baseline's audit sent during the solve: whether it was (`sent`), its answer once it came
   * (`done`; `baseline` null when the helper could not finish it), the flag that stops it, and
   * whether this thread raised it (`stopped`: the audits then ask for the baseline again).
   */
  readonly early: {
    sent: boolean;
    done: boolean;
    baseline: Baseline | null;
    stopped: boolean;
    readonly stop: Int32Array;
  };
}

/**
 * The first helper of `threads`, kept at `job` after the scoring of a table of `cols` mentors (see
 * {@link sendAudits}); {@link letGo} ends it.
 */
export function keptHelper(threads: Threads, job: number, cols: number): KeptHelper {
  return {
    threads,
    job,
    stop: new Int32Array(new SharedArrayBuffer(4)),
    next: new Int32Array(new SharedArrayBuffer(4)),
    setup: auditSetup(cols),
    stale: 0,
    early: { sent: false, done: false, baseline: null, stopped: false, stop: new Int32Array(new SharedArrayBuffer(4)) },
  };
}

/** The table's arrays for a helper's task; null when they are not in shared memory. */
function arraysOf(helper: KeptHelper, table: ScoreTable, fn: string, stop: Int32Array): TableArrays | null {
  const { start, cols, scores } = table.allowed;
  const side = mentorSideOf(table).stored() ?? null;
  if (!shared(cols, scores, ...(side === null ? [] : [side]))) return null;
  return { job: helper.job, fn, start, cols, scores, side, stop };
}

/**
 * Sends the baseline's audit on `table` to the kept helper, once, during the solve. At scale, with
 * locked pairs, the search masks some of the table's scores in place while it runs (`-Infinity`,
 * `prepare.ts` `freeProblem`): the locked rows' pairs, which the baseline keeps as they are and its
 * audit skips (locked rows never block), and their mentors for their mentees' other requests, which
 * neither the baseline takes nor its audit counts (a group mate holds them, locked). So the
 * baseline and its count are the same read masked or not (test/earlyBaseline.test.ts).
 */
export function sendBaseline(helper: KeptHelper | null, prepared: Prepared): void {
  if (helper === null || helper.early.sent) return;
  const { table, fn, locked, capacity, hoursLeft } = prepared;
  const arrays = arraysOf(helper, table, fn, helper.early.stop);
  if (arrays === null) return;
  helper.early.sent = true;
  helper.threads.send(0, {
    ...arrays,
    kind: 'baseline',
    locks: { locked, capacity, hoursLeft },
  } satisfies BaselineTask);
}

/**
 * The kept helper's next reply to its job, the early baseline's set aside as it comes (null: the
 * helper could not do the task, or is gone). While waiting, an early baseline still running is
 * stopped once the call's time is up (so that the solve's task behind it is not held up; the
 * audits then ask the helper for the baseline again).
 */
function* nextReply(helper: KeptHelper, onWait?: () => void, meanwhile?: () => boolean): Steps<Reply | null> {
  const { early } = helper;
  for (;;) {
    const got = yield* anyReplyOf(
      helper.threads,
      0,
      helper.job,
      () => {
        onWait?.();
        if (early.sent && !early.done && !early.stopped && timeUp()) {
          early.stopped = true;
          Atomics.store(early.stop, 0, 1);
        }
      },
      meanwhile,
    );
    if ((got as { kind?: unknown } | null)?.kind !== 'baseline') {
      // A reply to a task the solve stopped waiting for: not this one's.
      if (got !== null && helper.stale > 0) {
        helper.stale--;
        continue;
      }
      return got?.ok === true ? got : null;
    }
    const { greedy, greedyBlocking } = got as Partial<Baseline>;
    early.done = true;
    early.baseline =
      got?.ok === true && greedy instanceof Int32Array && typeof greedyBlocking === 'number'
        ? { greedy, greedyBlocking }
        : null;
  }
}

/**
 * Sends the audits of `assigned` on `table` to the kept helper; false when there is none, or the
 * table is not in shared memory (then they are done here).
 */
export function sendAudits(helper: KeptHelper | null, table: ScoreTable, fn: string, assigned: Int32Array): boolean {
  if (helper === null) return false;
  const arrays = arraysOf(helper, table, fn, helper.stop);
  if (arrays === null) return false;
  const { threads, next, setup, early } = helper;
  // The baseline again when its early audit was stopped.
  const again = !early.sent || early.stopped;
  threads.send(0, { ...arrays, kind: 'audits', assigned, next, setup, early: !again } satisfies AuditsTask);
  return true;
}

/**
 * The kept helper as the solvers take it, for their passes over every pair during the solve (the
 * sparse tasks' arrays are in shared memory, which the solve may have masked in place: a flag set
 * after the masks is read by the helper before the pairs, and set again by the helper after the
 * marks it writes, read here before them).
 */
export function rowsHelperOf(
  helper: KeptHelper | null,
  idle?: () => void,
  matched?: (assign: Int32Array) => (() => boolean) | undefined,
): RowsHelper | undefined {
  if (helper === null) return undefined;
  const { threads, job, stop } = helper;
  let ready: Int32Array = new Int32Array(0);
  // Whether the last task sent has a reply still to come.
  let owed = false;
  const send = (message: Pick<RowsMessage, 'kind' | 'task'>): boolean => {
    owed = true;
    ready = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(ready, 0, 1);
    threads.send(0, { ...message, job, ready, stop } as RowsMessage);
    return true;
  };
  function* receive(onWait?: () => void, meanwhile?: () => boolean): Steps<Record<string, unknown> | null> {
    const reply = (yield* nextReply(helper as KeptHelper, onWait, meanwhile)) as
      | (HelperReply & { part?: Record<string, unknown> })
      | null;
    owed = false;
    return Atomics.load(ready, 0) === 2 ? (reply?.part ?? null) : null;
  }
  return {
    sendGreedy: (task) => send({ kind: 'greedy', task }),
    *receiveGreedy(): Steps<Int32Array | null> {
      const part = yield* receive();
      return part?.assign instanceof Int32Array ? part.assign : null;
    },
    sendPlaces: (task) => send({ kind: 'places', task }),
    *receivePlaces(): Steps<PlacesPart | null> {
      const part = yield* receive();
      return part?.low instanceof Float64Array &&
        part.high instanceof Float64Array &&
        part.start instanceof Int32Array &&
        part.all instanceof Float64Array
        ? (part as unknown as PlacesPart)
        : null;
    },
    sendCuts: (task) => send({ kind: 'cuts', task }),
    *receiveCuts(): Steps<CutsPart | null> {
      const part = yield* receive();
      return part?.floor instanceof Float64Array &&
        part.atFloor instanceof Int32Array &&
        part.bins instanceof Int32Array &&
        typeof part.room === 'number'
        ? (part as unknown as CutsPart)
        : null;
    },
    sendKeep: (task) => send({ kind: 'keep', task }),
    *receiveKeep(): Steps<KeepPart | null> {
      const part = yield* receive();
      return part?.start instanceof Int32Array && part.cols instanceof Int32Array && part.values instanceof Float64Array
        ? (part as unknown as KeepPart)
        : null;
    },
    sendProfits: (task) => send({ kind: 'profits', task }),
    *receiveProfits(): Steps<Float64Array | null> {
      const part = yield* receive();
      return part?.profits instanceof Float64Array ? part.profits : null;
    },
    sendBound: (task) => send({ kind: 'bound', task }),
    *receiveBound(task: BoundTask, meanwhile?: () => boolean): Steps<number | null> {
      const part = yield* receive(() => {
        if (timeUp()) Atomics.store(task.halt, 0, 1);
      }, meanwhile);
      return typeof part?.bound === 'number' ? part.bound : null;
    },
    idle: () => idle?.(),
    shareAuction: (share) => {
      threads.send(0, { kind: 'auction', job, share } satisfies PassesMessage);
      return true;
    },
    sharePricing: (share) => {
      threads.send(0, { kind: 'pricing', job, share } satisfies PassesMessage);
      return true;
    },
    wake: () => threads.send(0, { kind: 'join', job } satisfies PassesMessage),
    endPasses: () => threads.send(0, { kind: 'passesEnd', job } satisfies PassesMessage),
    alive: () => threads.alive?.(0) ?? true,
    abandon: () => {
      if (owed) {
        (helper as KeptHelper).stale++;
        // The helper ends a pass's part it is at, or has not begun, at its next look (3: dropped).
        Atomics.store(ready, 0, DROPPED);
      }
      owed = false;
    },
    ...(matched === undefined ? {} : { matched }),
  };
}

/**
 * Passes shared by claims for the helper: an auction's row passes (`auctionPasses.ts`) or a column
 * generation's pricing passes (`pricing.ts`), their arrays kept until they end; a pass open (the
 * helper joins it at once, or when it is next free); their end.
 */
type PassesMessage =
  | { readonly kind: 'auction'; readonly job: number; readonly share: AuctionShare }
  | { readonly kind: 'pricing'; readonly job: number; readonly share: PricingShare }
  | { readonly kind: 'join'; readonly job: number }
  | { readonly kind: 'passesEnd'; readonly job: number };

/** The shared passes this helper joins (null: none): their job and how it joins their open pass. */
let passes: { job: number; join: () => void } | null = null;

/**
 * Joins the shared passes' open pass, if any: called on a `join` message and between the steps of
 * the helper's other tasks (so that a pass never waits for them). A failure lets the passes go (the
 * calling thread does the rest of the pass, and every later one, itself).
 */
export function joinOpenPass(): void {
  if (passes === null) return;
  try {
    passes.join();
  } catch {
    passes = null;
  }
}

/** A helper's side of a {@link PassesMessage} (no reply). */
function passesMessage(message: PassesMessage): null {
  if (message.kind === 'auction') {
    const { share } = message;
    passes = { job: message.job, join: () => joinAuction(share) };
  } else if (message.kind === 'pricing') {
    const { board, arrays } = message.share;
    passes = {
      job: message.job,
      join: () => joinPass(board, (claimed) => priceChunk(arrays, claimed.chunk, board.figures[claimed.at] as number)),
    };
  } else if (message.kind === 'passesEnd') {
    if (passes?.job === message.job) passes = null;
  } else if (passes?.job === message.job) joinOpenPass();
  return null;
}

/** A task's `ready` flag once the calling thread dropped it (`RowsHelper.abandon`). */
const DROPPED = 3;

/** The solvers' tasks for the helper during the solve. */
type RowsMessage = {
  readonly job: number;
  /**
   * 1 once the masks are set (see {@link rowsHelperOf}); the helper sets 2 when its part is done;
   * {@link DROPPED} when the calling thread stopped waiting for it (a pass's part then ends early).
   */
  readonly ready: Int32Array;
  readonly stop: Int32Array;
} & (
  | { readonly kind: 'greedy'; readonly task: GreedyTask }
  | { readonly kind: 'places'; readonly task: PlacesTask }
  | { readonly kind: 'cuts'; readonly task: CutsTask }
  | { readonly kind: 'keep'; readonly task: KeepTask }
  | { readonly kind: 'profits'; readonly task: ProfitsTask }
  | { readonly kind: 'bound'; readonly task: BoundTask }
);

/** A helper's part of a solvers' task (see {@link rowsHelperOf}), and the buffers it hands back. */
function rowsPart(message: RowsMessage): {
  part: { assign: Int32Array } | PlacesPart | CutsPart | KeepPart | { profits: Float64Array } | { bound: number };
  buffers: ArrayBufferLike[];
} | null {
  if (message.kind === 'bound') return { part: { bound: boundOf(message.task, message.stop) }, buffers: [] };
  if (message.kind === 'greedy') {
    const assign = greedyOf(message.task);
    return { part: { assign }, buffers: [assign.buffer] };
  }
  if (message.kind === 'places') {
    const part = placesPartOf(message.task);
    return { part, buffers: [part.low.buffer, part.high.buffer, part.start.buffer, part.all.buffer] };
  }
  if (message.kind === 'profits') {
    const profits = profitsOf(message.task);
    return { part: { profits }, buffers: [profits.buffer] };
  }
  if (message.kind === 'cuts') {
    const part = stoppable(message.stop, cutsPartSteps(message.task), undefined, message.ready);
    return part === null ? null : { part, buffers: [part.floor.buffer, part.atFloor.buffer, part.bins.buffer] };
  }
  const part = stoppable(message.stop, keepPartSteps(message.task), undefined, message.ready);
  return part === null ? null : { part, buffers: [part.start.buffer, part.cols.buffer, part.values.buffer] };
}

/**
 * The audits of `assigned`: with a helper that was sent them, the baseline's from its answer and the
 * matching's shared with it (each thread audits the blocks of rows it claims, the helper once it has
 * the baseline's); else, or when the helper fails, all done here. Of the matching's blocking
 * pairs, the first `listed` are kept (all by default) and all are counted.
 */
export function* auditsSteps(
  prepared: Prepared,
  assigned: Int32Array,
  helper: KeptHelper | null,
  sent: boolean,
  listed = Number.POSITIVE_INFINITY,
): Steps<Audits> {
  if (helper !== null && sent) {
    const mine = yield* sharedBlockingSteps(prepared, assigned, { next: helper.next, blocks: [], setup: helper.setup });
    const reply = (yield* nextReply(helper)) as
      | (HelperReply & { greedy?: unknown; greedyBlocking?: unknown; pairs?: unknown; blocks?: unknown })
      | null;
    const { pairs, blocks } = reply ?? {};
    const theirs = pairs instanceof Int32Array && blocks instanceof Int32Array ? { pairs, blocks } : null;
    const joined = joinShares(assigned.length, theirs === null ? [mine] : [mine, theirs], listed);
    // The baseline: from the early task's answer, else from this one's.
    const { early } = helper;
    const { greedy, greedyBlocking } = (early.sent && !early.stopped ? early.baseline : reply) ?? {};
    if (joined !== null) {
      const { pairs: blocking, count: blockingCount } = joined;
      if (
        greedy instanceof Int32Array &&
        greedy.length === prepared.locked.length &&
        typeof greedyBlocking === 'number'
      )
        return { greedy, greedyBlocking, blocking, blockingCount };
      // The matching's audit is whole: only the baseline's is left to do here.
      return { ...(yield* baselineSteps(prepared)), blocking, blockingCount };
    }
  }
  const all = yield* blockingPairsSteps(prepared, assigned);
  return { ...(yield* baselineSteps(prepared)), blocking: firstPairs(all, listed), blockingCount: all.length / 2 };
}

/** The baseline and its count of blocking pairs, on this thread. */
function* baselineSteps(prepared: Prepared): Steps<Baseline> {
  const greedy = greedyMatching(prepared);
  yield SLICE;
  return { greedy, greedyBlocking: yield* blockingCountSteps(prepared, greedy) };
}

/** Stops the kept helper if it is still at the job's audits, and lets the job go. */
export function letGo(helper: KeptHelper | null): void {
  if (helper === null) return;
  Atomics.store(helper.stop, 0, 1);
  Atomics.store(helper.early.stop, 0, 1);
  dismiss(helper.threads, helper.job, 0, 1);
}

/**
 * What a helper thread runs on each task it receives: the scoring tasks (`runScoringTask`) and the
 * audits. Returns the reply to send back with its transferable buffers (null: none); never throws
 * (a failure is replied, and the calling thread then does the work itself).
 */
export function runHelperTask(message: unknown): { reply: unknown; transfer: ArrayBuffer[] } | null {
  const kind = (message as { kind?: unknown } | null)?.kind;
  if (
    kind === 'greedy' ||
    kind === 'places' ||
    kind === 'cuts' ||
    kind === 'keep' ||
    kind === 'profits' ||
    kind === 'bound'
  ) {
    const rows = message as RowsMessage;
    const { job, ready } = rows;
    try {
      if (Atomics.load(ready, 0) !== 1) return failed(job, 'not ready');
      const done = rowsPart(rows);
      if (done === null) return failed(job, 'stopped');
      Atomics.store(ready, 0, 2);
      return { reply: { job, ok: true, part: done.part }, transfer: done.buffers as ArrayBuffer[] };
    } catch (error) {
      return failed(job, String(error));
    }
  }
  if (kind === 'auction' || kind === 'pricing' || kind === 'join' || kind === 'passesEnd')
    return passesMessage(message as PassesMessage);
  if (kind === 'baseline') return baselineTask(message as BaselineTask);
  if (kind !== 'audits') {
    audited = null;
    // A new job, or this one let go: no shared passes of its left.
    passes = null;
    return runScoringTask(message);
  }
  const { job, assigned, next, setup, stop, early } = message as AuditsTask;
  try {
    const prepared = preparedFor(message as AuditsTask, true);
    audited = null;
    if (prepared === null) return failed(job, 'no programme');
    // The baseline's first, unless done during the solve (the calling thread explains the matching
    // meanwhile), then the blocks of the matching's audit the calling thread has not claimed.
    const greedy = early ? null : greedyMatching(prepared);
    const greedyBlocking = greedy === null ? -1 : stoppable(stop, blockingCountSteps(prepared, greedy), joinOpenPass);
    const part =
      greedyBlocking === null
        ? null
        : stoppable(stop, sharedBlockingSteps(prepared, assigned, { next, blocks: [], setup }));
    if (greedyBlocking === null || part === null) return failed(job, 'stopped');
    const { pairs, blocks } = part;
    if (greedy === null)
      return { reply: { job, ok: true, pairs, blocks }, transfer: [pairs.buffer, blocks.buffer] as ArrayBuffer[] };
    const transfer = [greedy.buffer, pairs.buffer, blocks.buffer] as ArrayBuffer[];
    return { reply: { job, ok: true, greedy, greedyBlocking, pairs, blocks }, transfer };
  } catch (error) {
    audited = null;
    return failed(job, String(error));
  }
}

/** A helper's programme prepared on the job's table for the early baseline, kept for the audits that follow. */
let audited: { job: number; prepared: Prepared } | null = null;

/**
 * The programme of `task`'s job prepared on its table (the early baseline's, when it was; with
 * `locks`, as given); `last` lets the index go.
 */
function preparedFor(task: TableArrays, last: boolean, locks?: BaselineTask['locks']): Prepared | null {
  const { job, fn, start, cols, scores, side } = task;
  const scoring = heldScoring(job, last);
  if (audited !== null && audited.job === job) return audited.prepared;
  if (scoring === null) return null;
  const program = scoring.ix.program;
  const table = tableOf(program, scoring, { start, cols, scores }, side);
  return locks === undefined ? prepare(program, table, fn) : preparedWith(program, table, locks, fn);
}

/** A helper's early baseline: the greedy matching and how many blocking pairs it has. */
function baselineTask(task: BaselineTask): { reply: unknown; transfer: ArrayBuffer[] } {
  const { job, stop } = task;
  try {
    const prepared = preparedFor(task, false, task.locks);
    audited = prepared === null ? null : { job, prepared };
    if (prepared === null) return { reply: { job, ok: false, kind: 'baseline', error: 'no programme' }, transfer: [] };
    const greedy = greedyMatching(prepared);
    const greedyBlocking = stoppable(stop, blockingCountSteps(prepared, greedy), joinOpenPass);
    if (greedyBlocking === null) return { reply: { job, ok: false, kind: 'baseline', error: 'stopped' }, transfer: [] };
    return {
      reply: { job, ok: true, kind: 'baseline', greedy, greedyBlocking },
      transfer: [greedy.buffer as ArrayBuffer],
    };
  } catch (error) {
    audited = null;
    return { reply: { job, ok: false, kind: 'baseline', error: String(error) }, transfer: [] };
  }
}
