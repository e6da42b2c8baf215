/** `rematchAsync` and `suggestAllAsync`: the async forms of `rematch` and `suggestAll`. */
import type { ProgramSource } from '../model/readProgram.js';
import { runStepsAsync, timeLimitOf } from '../solve/internal/clock.js';
import { rematchSteps } from './rematch.js';
import { startAsyncClockIn } from './startClockIn.js';
import { suggestAllSteps } from './suggest.js';
import type {
  MatchAsyncOptions,
  MatchResult,
  ProgramChanges,
  RematchResult,
  Suggestions,
  SuggestOptions,
} from './types.js';

/**
 * {@link rematch}, asynchronous: the same result, byte for byte, but it gives the event loop a turn
 * between its phases and within scoring, so that an abort of `options.signal` takes effect: the
 * promise then rejects with a `MentormatchError` of code `ABORTED` (its `cause` the signal's
 * reason).
 *
 * @param input - the programme before the changes.
 * @param previous - the result of the previous matching.
 * @param changes - who leaves, who joins, what changes.
 * @param options - those of `rematch`, and `signal`.
 * @returns the result of `rematch`.
 * @throws (rejects with) what `rematch` throws, and `MentormatchError` `ABORTED`.
 *
 * @example
 * ```ts
 * import { matchProgram, rematchAsync } from 'mentormatch';
 *
 * const program = {
 *   mode: 'classic',
 *   topics: [{ id: 'sales' }],
 *   mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 5 }] }],
 *   mentees: [{ id: 'cy', goals: [{ topic: 'sales' }] }],
 * } as const;
 * // Resolves to rematch's result: ana's pair removed (mentorLeft).
 * rematchAsync(program, matchProgram(program), { removeMentors: ['ana'] }, { timeLimitMs: 10_000 }).then(
 *   (after) => after.changes.removed,
 * );
 * ```
 */
export async function rematchAsync(
  input: ProgramSource,
  previous: MatchResult | unknown,
  changes: ProgramChanges | unknown,
  options?: MatchAsyncOptions,
): Promise<RematchResult> {
  const clock = startAsyncClockIn('rematchAsync', options, options?.timeLimitMs, options?.signal, options?.onProgress);
  return runStepsAsync(rematchSteps(input, previous, changes, options), clock);
}

/**
 * {@link suggestAll}, asynchronous: the same shortlists, but it gives the event loop a turn between
 * its phases and within scoring, so that an abort of `options.signal` takes effect (a
 * `MentormatchError` of code `ABORTED`).
 *
 * @param input - a programme from `parseProgram`, or its JSON input (object or string).
 * @param k - how many mentors per request (an integer ≥ 1).
 * @param options - those of `suggestAll`, and `signal`.
 * @returns the result of `suggestAll`.
 * @throws (rejects with) what `suggestAll` throws, and `MentormatchError` `ABORTED`.
 *
 * @example
 * ```ts
 * import { suggestAllAsync } from 'mentormatch';
 *
 * // Resolves to suggestAll's shortlists: ana for bo.
 * suggestAllAsync(
 *   {
 *     mode: 'classic',
 *     topics: [{ id: 'sales' }],
 *     mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
 *     mentees: [{ id: 'bo', goals: [{ topic: 'sales' }] }],
 *   },
 *   2,
 *   { signal: AbortSignal.timeout(10_000) },
 * ).then((all) => all[0]?.requests);
 * ```
 */
export async function suggestAllAsync(
  input: ProgramSource,
  k: number,
  options?: SuggestOptions & { readonly signal?: AbortSignal },
): Promise<Suggestions[]> {
  const clock = startAsyncClockIn('suggestAllAsync', options, timeLimitOf(options), options?.signal);
  return runStepsAsync(suggestAllSteps('suggestAllAsync', input, k, options), clock);
}
