/**
 * The work of a call that helper threads take on once they have scored the programme: the first
 * helper keeps its index of the programme and, reading the shared table, finds the baseline the
 * summary compares with (first come, first served, `greedy.ts`, and its blocking pairs) while the
 * calling thread solves, then the matching's blocking pairs while the calling thread explains it.
 * Without helpers, or when one fails, the calling thread does the same work itself: the figures are
 * the same either way, bit for bit.
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
import { SLICE, type Steps } from '../solve/internal/clock.js';
import { blockingCountSteps, blockingPairsSteps } from './blocking.js';
import { greedyMatching } from './greedy.js';
import { type Prepared, prepare } from './prepare.js';

/** The first helper's tasks after the scoring. */
type Task =
  /** The table's shared arrays (`side`: the mentor side when the scoring kept it): the baseline. */
  | {
      readonly kind: 'baseline';
      readonly job: number;
      readonly fn: string;
      readonly start: Int32Array;
      readonly cols: Int32Array;
      readonly scores: Float64Array;
      readonly side: Float64Array | null;
      readonly stop: Int32Array;
    }
  /** The matching: its blocking pairs. */
  | { readonly kind: 'audit'; readonly job: number; readonly assigned: Int32Array; readonly stop: Int32Array };

/** The greedy matching and how many blocking pairs it has. */
export interface BaselineFigures {
  readonly greedy: Int32Array;
  readonly blocking: number;
}

/** A job whose first helper works on after the scoring: where its replies come from, and the flag that stops it. */
export interface KeptHelper {
  readonly threads: Threads;
  readonly job: number;
  readonly stop: Int32Array;
}

/**
 * Sends the baseline of `table` to the first helper of `threads`, which kept its index of `job`'s
 * programme after scoring it; null when the table is not in shared memory (then all is done here).
 */
export function sendBaseline(threads: Threads, job: number, table: ScoreTable, fn: string): KeptHelper | null {
  const { start, cols, scores } = table.allowed;
  const side = mentorSideOf(table).stored() ?? null;
  const shared = (array: { buffer: ArrayBufferLike }) => array.buffer instanceof SharedArrayBuffer;
  if (!shared(cols) || !shared(scores) || (side !== null && !shared(side))) {
    dismiss(threads, job, 0, 1);
    return null;
  }
  const stop = new Int32Array(new SharedArrayBuffer(4));
  threads.send(0, { kind: 'baseline', job, fn, start, cols, scores, side, stop } satisfies Task);
  return { threads, job, stop };
}

/** Sends the matching `assigned` to the helper for its blocking pairs (its answer read by {@link blockingSteps}). */
export function sendAudit(helper: KeptHelper | null, assigned: Int32Array): void {
  if (helper === null) return;
  const { threads, job, stop } = helper;
  threads.send(0, { kind: 'audit', job, assigned, stop } satisfies Task);
}

/** The baseline of `prepared`: the helper's answer when it gives one, else found here. */
export function* baselineSteps(prepared: Prepared, helper: KeptHelper | null): Steps<BaselineFigures> {
  if (helper !== null) {
    const reply = (yield* replyOf(helper.threads, 0, helper.job)) as (HelperReply & Partial<BaselineFigures>) | null;
    const greedy = reply?.greedy;
    const blocking = reply?.blocking;
    if (greedy instanceof Int32Array && greedy.length === prepared.locked.length && typeof blocking === 'number')
      return { greedy, blocking };
  }
  const greedy = greedyMatching(prepared);
  yield SLICE;
  return { greedy, blocking: yield* blockingCountSteps(prepared, greedy) };
}

/**
 * The blocking pairs of `assigned` (row, mentor, …): the helper's answer to {@link sendAudit} when
 * it gives one (read after the baseline's), else found here.
 */
export function* blockingSteps(prepared: Prepared, assigned: Int32Array, helper: KeptHelper | null): Steps<Int32Array> {
  if (helper !== null) {
    const reply = (yield* replyOf(helper.threads, 0, helper.job)) as (HelperReply & { pairs?: unknown }) | null;
    const pairs = reply?.pairs;
    if (pairs instanceof Int32Array && pairs.length % 2 === 0) return pairs;
  }
  return yield* blockingPairsSteps(prepared, assigned);
}

/** Stops the helper if it is still at the job's work, and lets the job go. */
export function letGo(helper: KeptHelper | null): void {
  if (helper === null) return;
  Atomics.store(helper.stop, 0, 1);
  dismiss(helper.threads, helper.job, 0, 1);
}

/** A helper's programme as numbers, built for the baseline and kept for the audit. */
let kept: { job: number; prepared: Prepared } | null = null;

/**
 * What a helper thread runs on each task it receives: the scoring tasks (`runScoringTask`), the
 * baseline and the audit. Returns the reply to send back with its transferable buffers (null: none);
 * never throws (a failure is replied, and the calling thread then does the work itself).
 */
export function runHelperTask(message: unknown): { reply: unknown; transfer: ArrayBuffer[] } | null {
  const kind = (message as { kind?: unknown } | null)?.kind;
  if (kind !== 'baseline' && kind !== 'audit') {
    // A new job, or the end of one: what was kept for the last goes.
    if (kind === 'programme' || kind === 'drop') kept = null;
    return runScoringTask(message);
  }
  const task = message as Task;
  const { job, stop } = task;
  try {
    if (task.kind === 'audit') {
      const prepared = kept !== null && kept.job === job ? kept.prepared : null;
      if (prepared === null) return failed(job, 'no baseline');
      const pairs = stoppable(stop, blockingPairsSteps(prepared, task.assigned));
      if (pairs === null) return failed(job, 'stopped');
      return { reply: { job, ok: true, pairs }, transfer: [pairs.buffer as ArrayBuffer] };
    }
    kept = null;
    const scoring = heldScoring(job, true);
    if (scoring === null) return failed(job, 'no programme');
    const program = scoring.ix.program;
    const { start, cols, scores, side } = task;
    const prepared = prepare(program, tableOf(program, scoring, { start, cols, scores }, side), task.fn);
    const greedy = greedyMatching(prepared);
    const blocking = stoppable(stop, blockingCountSteps(prepared, greedy));
    if (blocking === null) return failed(job, 'stopped');
    kept = { job, prepared };
    return { reply: { job, ok: true, greedy, blocking }, transfer: [greedy.buffer as ArrayBuffer] };
  } catch (error) {
    kept = null;
    return failed(job, String(error));
  }
}
