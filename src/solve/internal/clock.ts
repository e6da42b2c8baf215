/**
 * A call's time budget and cancellation. The public function sets the clock of the call for the
 * time its synchronous work runs (`withClock`); long loops call {@link checkTime} every few
 * thousand steps (a counter and one read of the clock, no allocation, no closure), and loops that
 * can stop with a valid answer ask {@link timeUp}. Without a clock both return at once.
 *
 * The clock is `performance.now()`, present in Node, browsers and edge runtimes; no Node module.
 */
import { MentormatchError } from '../../errors.js';
import { describeValue } from '../../internal/describeValue.js';
import { drain } from '../../internal/drain.js';
import { fail, INVALID_TYPE } from './issue.js';

export { drain };

/** What the long loops of one call check. */
export interface Clock {
  /** The public function's name, for messages. */
  readonly fn: string;
  /** The time limit in ms (`Infinity`: none). */
  readonly limitMs: number;
  /** When it runs out, in `performance.now()` ms (`Infinity` once lifted). */
  deadline: number;
  /** Ms of the limit kept for the work after a search ({@link keepTime}; none when absent). */
  keep?: number;
  /** Whether the search holds a matching it can return when stopped ({@link holdsMatching}). */
  holds?: boolean;
  /**
   * Whether the search may stop for time and return what it holds: decided once, when its stop
   * point is first seen ({@link stopDecision}); absent before.
   */
  stops?: boolean | undefined;
  /** The caller's signal (async forms). */
  readonly signal: AbortSignal | undefined;
  /** The caller's progress callback. */
  readonly onProgress: ProgressCallback | undefined;
  /** Async forms: when the current turn on the thread ends (`Infinity` for synchronous calls). */
  sliceEnd: number;
}

/** How long an async form keeps the thread before it gives the event loop a turn, in ms. */
const SLICE_MS = 10;

/**
 * Progress: `done` of `total` units of `phase` are done (rows while scoring; `1, 1` at the end of
 * each phase).
 */
export type ProgressCallback = (phase: string, done: number, total: number) => void;

let active: Clock | null = null;

/**
 * A helper thread's sign of life: a shared word it adds 1 to as it works ({@link beat}), which the
 * calling thread reads while it waits for the helper's reply (`Threads.beat`). None outside a
 * helper.
 */
let beats: { readonly words: Int32Array; readonly index: number } | null = null;

/** Makes `words[index]` (shared memory) this thread's sign of life: {@link beat} adds 1 to it. */
export function beatInto(words: Int32Array, index: number): void {
  beats = { words, index };
}

/**
 * Tells the calling thread that this helper is at work: at each task it takes, each check point of
 * a task's loops ({@link checkTime}, {@link sliceDue}) and each chunk of a shared pass. Nothing
 * outside a helper.
 */
export function beat(): void {
  const to = beats;
  if (to !== null) Atomics.add(to.words, to.index, 1);
}

/**
 * Milliseconds on a monotonic clock. Each read is also where a search that holds a matching may
 * first see its stop point past ({@link stopDecision}).
 */
export function now(): number {
  const time = performance.now();
  const clock = active;
  if (clock !== null && clock.holds === true && clock.stops === undefined) decide(clock, time);
  return time;
}

/** Throws unless the option `name` is absent or passes `ok`, which `expected` names (type names of `invalid_type`). */
export function checkOption(fn: string, name: string, value: unknown, ok: boolean, expected: string[]): void {
  if (value === undefined || ok) return;
  fail(fn, ['options', name], INVALID_TYPE, { expected, found: describeValue(value) });
}

/**
 * The clock of a call that started now with `timeLimitMs` (an option, checked: a number ≥ 0,
 * `Infinity` or absent) and `onProgress`; null when neither is given.
 */
export function startClock(fn: string, timeLimitMs: unknown, onProgress?: unknown): Clock | null {
  const ok = typeof timeLimitMs === 'number' && timeLimitMs >= 0;
  checkOption(fn, 'timeLimitMs', timeLimitMs, ok, ['msFrom0', 'infinity']);
  checkOption(fn, 'onProgress', onProgress, typeof onProgress === 'function', ['function']);
  if (timeLimitMs === undefined && onProgress === undefined) return null;
  return clockOf(fn, timeLimitMs, undefined, onProgress);
}

/** The clock of an async form (always one: it times the turns on the thread). */
export function startAsyncClock(fn: string, timeLimitMs: unknown, signal: unknown, onProgress?: unknown): Clock {
  startClock(fn, timeLimitMs, onProgress);
  // Any realm's AbortSignal, or a polyfill's.
  const isSignal =
    signal !== null &&
    typeof signal === 'object' &&
    typeof (signal as { aborted?: unknown }).aborted === 'boolean' &&
    typeof (signal as { addEventListener?: unknown }).addEventListener === 'function';
  checkOption(fn, 'signal', signal, isSignal, ['abortSignal']);
  return clockOf(fn, timeLimitMs, signal, onProgress);
}

function clockOf(fn: string, timeLimitMs: unknown, signal: unknown, onProgress: unknown): Clock {
  const limitMs = (timeLimitMs as number | undefined) ?? Number.POSITIVE_INFINITY;
  return {
    fn,
    limitMs,
    deadline: now() + limitMs,
    signal: signal as AbortSignal | undefined,
    onProgress: onProgress as ProgressCallback | undefined,
    sliceEnd: Number.POSITIVE_INFINITY,
  };
}

/** Tells the call's `onProgress`, if any, that `done` of `total` units of `phase` are done. */
export function progress(phase: string, done: number, total: number): void {
  active?.onProgress?.(phase, done, total);
}

/** The `timeLimitMs` field of an options argument of any type (checked by {@link startClock}). */
export function timeLimitOf(options: unknown): unknown {
  return options !== null && typeof options === 'object'
    ? (options as { timeLimitMs?: unknown }).timeLimitMs
    : undefined;
}

/** Runs `work` with `clock` as the clock its loops check, then restores the one before. */
export function withClock<T>(clock: Clock | null, work: () => T): T {
  const before = active;
  active = clock;
  try {
    checkTime();
    return work();
  } finally {
    active = before;
  }
}

/** Throws `ABORTED` when the call's signal is aborted, `TIME_LIMIT` when its time limit ran out. */
export function checkTime(): void {
  beat();
  const clock = active;
  if (clock === null) return;
  if (clock.signal?.aborted === true) throw abortedError(clock.fn, clock.signal);
  if (now() >= clock.deadline) throw timeLimitError(clock);
}

/**
 * Whether an async form's turn on the thread is over: a loop that can be resumed then yields, and
 * the runner gives the event loop a turn. Always false in a synchronous call.
 */
export function sliceDue(): boolean {
  beat();
  const clock = active;
  return clock !== null && now() >= clock.sliceEnd;
}

/**
 * Whether a search that can stop with what it holds should stop: the call's time limit ran out, or
 * will once the time kept for the work after the search ({@link keepTime}) is taken out of it.
 */
export function timeUp(): boolean {
  const clock = active;
  return clock !== null && stopDecision(clock) !== undefined;
}

/**
 * Past the search's stop point (the deadline less the time kept), whether it may stop and return
 * what it holds; `undefined` before that point, and once the limit is lifted. While the search holds
 * a matching ({@link holdsMatching}), decided at the first read of the clock past the point, by
 * whatever check reads it: whether that read came within the slack ({@link MIN_STOP_SLACK_MS}). The
 * decision then holds for the rest of the call, so a search that saw its stop point in time and
 * winds down (its loops end, its bound's last step, the explanations begun ahead) still returns its
 * matching however long that takes, and one that saw it too late, or held its matching only
 * after, runs on to the deadline.
 */
function stopDecision(clock: Clock): boolean | undefined {
  const time = now();
  if (clock.deadline === Number.POSITIVE_INFINITY) return undefined;
  return clock.stops ?? decide(clock, time);
}

/**
 * At `time`, past the stop point, whether a stop there comes within the slack; `undefined` before
 * the point. Kept as the call's decision ({@link Clock.stops}) once its search holds a matching.
 */
function decide(clock: Clock, time: number): boolean | undefined {
  const keep = clock.keep ?? 0;
  const late = time - (clock.deadline - keep);
  if (!(late >= 0)) return undefined;
  const inTime = late <= Math.max(MIN_STOP_SLACK_MS, keep * STOP_SLACK_SHARE);
  if (clock.holds === true) clock.stops = inTime;
  return inTime;
}

/**
 * Whether the call has a time limit in force: without one, no search is stopped by `TIME_LIMIT`
 * (and the limit is never set later), so what only such a stop would read need not be found.
 */
export function timeLimited(): boolean {
  const clock = active;
  return clock !== null && clock.deadline < Number.POSITIVE_INFINITY;
}

/**
 * How late past its stop point ({@link timeUp}) a search may still stop and return what it holds,
 * in ms: about the time between two of its check points. That time grows with the programme, as
 * the time kept ({@link keepTime}) does. Micro, one helper: at 100,000 requests × 10,000 mentors
 * the search's longest stretches without a check took 0.1–0.3 s (its set-up, a helper's share of a
 * pass) of the 4.3–5.3 s kept; at 50,000 × 5,000, 93 ms of 1.7 s; at 10,000 × 1,000, 26 ms of
 * 0.45 s. So the slack is a sixteenth of the time kept, and at least `MIN_STOP_SLACK_MS`. Later,
 * the work after the search would end past the deadline by more than that, so the search goes on
 * and the call ends with `TIME_LIMIT` at the deadline ({@link canStop}).
 */
const MIN_STOP_SLACK_MS = 10;

/** The share of the time kept that a stop may come late by ({@link MIN_STOP_SLACK_MS}). */
const STOP_SLACK_SHARE = 1 / 16;

/**
 * Whether a search that holds a matching may stop now and return it: before its stop point, or
 * past it when the stop point was first seen in time ({@link stopDecision}: the work after the
 * search, {@link keepTime}, then fits before the deadline give or take the slack of
 * {@link MIN_STOP_SLACK_MS}). True without a clock, and once the limit is lifted.
 */
export function canStop(): boolean {
  const clock = active;
  return clock === null || (stopDecision(clock) ?? true);
}

/**
 * {@link checkTime} for a search that returns what it holds when stopped by `TIME_LIMIT`: once it
 * holds a matching ({@link holdsMatching}), it throws from the time kept for the work after the
 * search ({@link keepTime}) on, not only from the deadline, as long as that work still fits
 * ({@link canStop}).
 */
export function checkSearch(): void {
  checkTime();
  if (active?.holds === true && timeUp() && canStop()) throw timeLimitError(active);
}

/**
 * {@link checkSearch} for work that can return what a search holds (`stops`: the large path's first
 * parts once its early answer is held, the candidate passes called from there), else {@link checkTime}.
 */
export function checkSearchIf(stops: boolean): void {
  if (stops) checkSearch();
  else checkTime();
}

/** Tells {@link checkSearch} that the search now holds a matching (with a bound) it can return. */
export function holdsMatching(): void {
  if (active !== null) active.holds = true;
}

/**
 * Keeps `ms` of the call's time limit for the work after a search: a search that holds a complete
 * matching stops that much before the deadline ({@link timeUp}), so that the call, which then
 * explains that matching in full, ends near the deadline. The deadline itself is unchanged: work
 * with no matching to return still runs to it, then throws `TIME_LIMIT`.
 */
export function keepTime(ms: number): void {
  if (active === null) return;
  active.keep = ms;
  active.stops = undefined;
}

/**
 * Lifts the call's time limit for the rest of it: a search stopped by the limit returns its best
 * matching, which the call then explains in full (work linear in the pairs) instead of throwing.
 * Only when that work fits before the deadline ({@link canStop}): the callers check.
 */
export function liftTimeLimit(): void {
  if (active !== null) active.deadline = Number.POSITIVE_INFINITY;
}

/**
 * Whether the call's time limit was lifted ({@link liftTimeLimit}): a search stopped by it returned
 * what it held, and the call now only finishes its work.
 */
export function limitLifted(): boolean {
  const clock = active;
  return clock !== null && clock.deadline === Number.POSITIVE_INFINITY && clock.limitMs < Number.POSITIVE_INFINITY;
}

/** The error of an expired time limit. */
export function timeLimitError(clock: Clock): MentormatchError {
  return new MentormatchError(
    'TIME_LIMIT',
    `${clock.fn}: the time limit of ${clock.limitMs} ms ran out (options.timeLimitMs)`,
  );
}

/** The error of an aborted call: its cause is the signal's reason. */
export function abortedError(fn: string, signal: AbortSignal): MentormatchError {
  return new MentormatchError('ABORTED', `${fn}: aborted (options.signal)`, { cause: signal.reason });
}

/** Whether `error` is the `TIME_LIMIT` error of a clock. */
export function isTimeLimit(error: unknown): boolean {
  return error instanceof MentormatchError && error.code === 'TIME_LIMIT';
}

/**
 * What a loop yields when an async caller's time slice is over, or at a check point between parts
 * of the work (not the end of a phase): the runners check the time limit and the signal there, and
 * an async form gives the event loop a turn.
 */
export const SLICE = '';

/**
 * The phases of a call: a generator whose every `yield` ends a phase (its name) or is a check
 * point ({@link SLICE}). Between phases the async forms give the event loop a turn, and the time
 * limit and the signal are checked.
 */
export type Steps<T> = Generator<string, T, void>;

/**
 * Runs `steps` as part of an outer call's phase: its time slices are passed on, its own phase names
 * dropped (a call within a call).
 */
export function* slicesOf<T>(steps: Steps<T>): Steps<T> {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    if (next.value === SLICE) yield SLICE;
  }
}

/** Runs `steps` to the end under `clock`, telling `onProgress` of each phase's end (`phase, 1, 1`). */
export function runSteps<T>(steps: Steps<T>, clock: Clock | null): T {
  // No clock of its own: a call within a call keeps the outer call's.
  if (clock === null) return drain(steps);
  for (;;) {
    const next = step(steps, clock);
    if (next.done === true) return next.value;
    if (next.value !== SLICE) clock?.onProgress?.(next.value, 1, 1);
  }
}

/**
 * The next of `steps` under `clock`. Should the check before it throw (the time limit or a cancel,
 * found while the steps wait between two), the steps are closed first, so that their `finally`
 * blocks run: helpers told to stop, pairs put back. (Steps that threw are closed already.)
 */
function step<T>(steps: Steps<T>, clock: Clock): IteratorResult<string, T> {
  const before = active;
  active = clock;
  try {
    checkTime();
    return steps.next();
  } catch (error) {
    steps.return(undefined as T);
    throw error;
  } finally {
    active = before;
  }
}

/**
 * Gives the event loop a turn, then calls `resume`: `setImmediate` where the runtime has it as a
 * global (Node, Bun: no clamping, timers and I/O run first), else `setTimeout(0)` (browsers,
 * workerd, Deno). No module is imported.
 */
function turn(resume: () => void): void {
  const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') immediate(resume);
  else setTimeout(resume, 0);
}

/**
 * {@link runSteps}, giving the event loop a turn before each phase, and at a check point once the
 * time slice is over (every check point checks the time limit and the signal; a turn at each would
 * cost a macrotask per check point, thousands in a large programme), so that an abort from a timer
 * or a closed request takes effect there.
 */
export async function runStepsAsync<T>(steps: Steps<T>, clock: Clock): Promise<T> {
  let due = true;
  for (;;) {
    if (due) {
      await new Promise<void>(turn);
      clock.sliceEnd = now() + SLICE_MS;
    }
    const next = step(steps, clock);
    if (next.done === true) return next.value;
    if (next.value !== SLICE) clock.onProgress?.(next.value, 1, 1);
    due = next.value !== SLICE || now() >= clock.sliceEnd;
  }
}
