/**
 * The audits of a call that a helper thread takes on once it has scored the programme: the first
 * helper keeps its index of the programme through the solve and then, reading the shared table,
 * finds the baseline the summary compares with (first come, first served, `greedy.ts`, and its
 * blocking pairs) and the matching's blocking pairs, while the calling thread explains the matching.
 * (Not during the solve: at scale, with locked pairs, the search takes pairs out of the table in
 * place while it runs.) Without helpers, or when the helper fails, the calling thread does the same
 * work itself: the figures are the same either way, bit for bit.
 */

import { mentorSideOf, type ScoreTable, tableOf } from '../score/scoreProgram.js';
import {
  dismiss,
  failed,
  type HelperReply,
  heldScoring,
  replyOf,
  runScoringTask,
  stoppable,
  type Threads,
} from '../score/threads.js';
import { SLICE, type Steps, timeUp } from '../solve/internal/clock.js';
import { profitsOf } from '../solve/internal/matching/auction.js';
import { priceAll } from '../solve/internal/matching/pricing.js';
import { boundOf } from '../solve/internal/matching/rowPriceBound.js';
import type {
  BoundTask,
  CutsPart,
  CutsTask,
  KeepPart,
  KeepTask,
  PricesTask,
  ProfitsTask,
  RowsHelper,
} from '../solve/internal/matching/rowsHelper.js';
import { cutsPartSteps, keepPartSteps, shared } from '../solve/internal/matching/sparseRows.js';
import { blockingCountSteps, blockingPairsSteps, joinShares, sharedBlockingSteps } from './blocking.js';
import { greedyMatching } from './greedy.js';
import { type Prepared, prepare } from './prepare.js';

/** The helper's task: the table's shared arrays (`side`: the mentor side when the scoring kept it), and the matching. */
interface AuditsTask {
  readonly kind: 'audits';
  readonly job: number;
  readonly fn: string;
  readonly start: Int32Array;
  readonly cols: Int32Array;
  readonly scores: Float64Array;
  readonly side: Float64Array | null;
  readonly assigned: Int32Array;
  /** The next block of rows of the matching's audit, which the calling thread shares (see `AuditShare`). */
  readonly next: Int32Array;
  readonly stop: Int32Array;
}

/** What the audits find: the greedy matching, how many blocking pairs it has, and the matching's blocking pairs (row, mentor, …). */
export interface Audits {
  readonly greedy: Int32Array;
  readonly greedyBlocking: number;
  readonly blocking: Int32Array;
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
}

/** The first helper of `threads`, kept at `job` after the scoring (see {@link sendAudits}); {@link letGo} ends it. */
export function keptHelper(threads: Threads, job: number): KeptHelper {
  return {
    threads,
    job,
    stop: new Int32Array(new SharedArrayBuffer(4)),
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
}

/**
 * Sends the audits of `assigned` on `table` to the kept helper; false when there is none, or the
 * table is not in shared memory (then they are done here).
 */
export function sendAudits(helper: KeptHelper | null, table: ScoreTable, fn: string, assigned: Int32Array): boolean {
  if (helper === null) return false;
  const { start, cols, scores } = table.allowed;
  const side = mentorSideOf(table).stored() ?? null;
  if (!shared(cols, scores, ...(side === null ? [] : [side]))) return false;
  const { threads, job, stop, next } = helper;
  threads.send(0, { kind: 'audits', job, fn, start, cols, scores, side, assigned, next, stop } satisfies AuditsTask);
  return true;
}

/**
 * The kept helper as the solvers take it, for their passes over every pair during the solve (the
 * sparse tasks' arrays are in shared memory, which the solve may have masked in place: a flag set
 * after the masks is read by the helper before the pairs, and set again by the helper after the
 * marks it writes, read here before them).
 */
export function rowsHelperOf(helper: KeptHelper | null): RowsHelper | undefined {
  if (helper === null) return undefined;
  const { threads, job, stop } = helper;
  let ready: Int32Array = new Int32Array(0);
  const send = (message: Pick<RowsMessage, 'kind' | 'task'>): boolean => {
    ready = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(ready, 0, 1);
    threads.send(0, { ...message, job, ready, stop } as RowsMessage);
    return true;
  };
  function* receive(onWait?: () => void): Steps<Record<string, unknown> | null> {
    const reply = (yield* replyOf(threads, 0, job, onWait)) as
      | (HelperReply & { part?: Record<string, unknown> })
      | null;
    return Atomics.load(ready, 0) === 2 ? (reply?.part ?? null) : null;
  }
  return {
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
    sendPrices: (task) => send({ kind: 'prices', task }),
    *receivePrices(): Steps<number | null> {
      const part = yield* receive();
      return typeof part?.added === 'number' ? part.added : null;
    },
    sendProfits: (task) => send({ kind: 'profits', task }),
    *receiveProfits(): Steps<Float64Array | null> {
      const part = yield* receive();
      return part?.profits instanceof Float64Array ? part.profits : null;
    },
    sendBound: (task) => send({ kind: 'bound', task }),
    *receiveBound(task: BoundTask): Steps<number | null> {
      const part = yield* receive(() => {
        if (timeUp()) Atomics.store(task.halt, 0, 1);
      });
      return typeof part?.bound === 'number' ? part.bound : null;
    },
  };
}

/** The solvers' tasks for the helper during the solve. */
type RowsMessage = {
  readonly job: number;
  /** 1 once the masks are set (see {@link rowsHelperOf}); the helper sets 2 when its part is done. */
  readonly ready: Int32Array;
  readonly stop: Int32Array;
} & (
  | { readonly kind: 'cuts'; readonly task: CutsTask }
  | { readonly kind: 'keep'; readonly task: KeepTask }
  | { readonly kind: 'prices'; readonly task: PricesTask }
  | { readonly kind: 'profits'; readonly task: ProfitsTask }
  | { readonly kind: 'bound'; readonly task: BoundTask }
);

/** A helper's part of a solvers' task (see {@link rowsHelperOf}), and the buffers it hands back. */
function rowsPart(message: RowsMessage): {
  part: CutsPart | KeepPart | { added: number } | { profits: Float64Array } | { bound: number };
  buffers: ArrayBufferLike[];
} | null {
  if (message.kind === 'bound') return { part: { bound: boundOf(message.task, message.stop) }, buffers: [] };
  if (message.kind === 'prices') {
    return { part: { added: priceAll(message.task) }, buffers: [] };
  }
  if (message.kind === 'profits') {
    const profits = profitsOf(message.task);
    return { part: { profits }, buffers: [profits.buffer] };
  }
  if (message.kind === 'cuts') {
    const part = stoppable(message.stop, cutsPartSteps(message.task));
    return part === null ? null : { part, buffers: [part.floor.buffer, part.atFloor.buffer, part.bins.buffer] };
  }
  const part = stoppable(message.stop, keepPartSteps(message.task));
  return part === null ? null : { part, buffers: [part.start.buffer, part.cols.buffer, part.values.buffer] };
}

/**
 * The audits of `assigned`: with a helper that was sent them, the baseline's from its answer and the
 * matching's shared with it (each thread audits the blocks of rows it claims, the helper once it has
 * the baseline's); else, or when the helper fails, all done here.
 */
export function* auditsSteps(
  prepared: Prepared,
  assigned: Int32Array,
  helper: KeptHelper | null,
  sent: boolean,
): Steps<Audits> {
  if (helper !== null && sent) {
    const mine = yield* sharedBlockingSteps(prepared, assigned, { next: helper.next, blocks: [] });
    const reply = (yield* replyOf(helper.threads, 0, helper.job)) as
      | (HelperReply & { greedy?: unknown; greedyBlocking?: unknown; pairs?: unknown; blocks?: unknown })
      | null;
    const { greedy, greedyBlocking, pairs, blocks } = reply ?? {};
    const theirs = pairs instanceof Int32Array && blocks instanceof Int32Array ? { pairs, blocks } : null;
    const blocking = joinShares(assigned.length, theirs === null ? [mine] : [mine, theirs]);
    if (
      greedy instanceof Int32Array &&
      greedy.length === prepared.locked.length &&
      typeof greedyBlocking === 'number' &&
      blocking !== null
    )
      return { greedy, greedyBlocking, blocking };
  }
  const blocking = yield* blockingPairsSteps(prepared, assigned);
  const greedy = greedyMatching(prepared);
  yield SLICE;
  return { greedy, greedyBlocking: yield* blockingCountSteps(prepared, greedy), blocking };
}

/** Stops the kept helper if it is still at the job's audits, and lets the job go. */
export function letGo(helper: KeptHelper | null): void {
  if (helper === null) return;
  Atomics.store(helper.stop, 0, 1);
  dismiss(helper.threads, helper.job, 0, 1);
}

/**
 * What a helper thread runs on each task it receives: the scoring tasks (`runScoringTask`) and the
 * audits. Returns the reply to send back with its transferable buffers (null: none); never throws
 * (a failure is replied, and the calling thread then does the work itself).
 */
export function runHelperTask(message: unknown): { reply: unknown; transfer: ArrayBuffer[] } | null {
  const kind = (message as { kind?: unknown } | null)?.kind;
  if (kind === 'cuts' || kind === 'keep' || kind === 'prices' || kind === 'profits' || kind === 'bound') {
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
  if (kind !== 'audits') return runScoringTask(message);
  const { job, fn, start, cols, scores, side, assigned, next, stop } = message as AuditsTask;
  try {
    const scoring = heldScoring(job, true);
    if (scoring === null) return failed(job, 'no programme');
    const program = scoring.ix.program;
    const prepared = prepare(program, tableOf(program, scoring, { start, cols, scores }, side), fn);
    // The baseline's first (the calling thread explains the matching meanwhile), then the blocks
    // of the matching's audit the calling thread has not claimed.
    const greedy = greedyMatching(prepared);
    const greedyBlocking = stoppable(stop, blockingCountSteps(prepared, greedy));
    const part =
      greedyBlocking === null ? null : stoppable(stop, sharedBlockingSteps(prepared, assigned, { next, blocks: [] }));
    if (greedyBlocking === null || part === null) return failed(job, 'stopped');
    const { pairs, blocks } = part;
    const transfer = [greedy.buffer, pairs.buffer, blocks.buffer] as ArrayBuffer[];
    return { reply: { job, ok: true, greedy, greedyBlocking, pairs, blocks }, transfer };
  } catch (error) {
    return failed(job, String(error));
  }
}
