/** `matchProgramAsync`: {@link matchProgram} that gives the event loop a turn and can be aborted. */
import type { ProgramSource } from '../model/readProgram.js';
import { runStepsAsync } from '../solve/internal/clock.js';
import { matchInput, readMatchOptions } from './matchProgram.js';
import { startAsyncClockIn } from './startClockIn.js';
import type { MatchAsyncOptions, MatchResult } from './types.js';

/**
 * {@link matchProgram}, asynchronous: the same result, byte for byte, but between its phases
 * (parse, score, solve, explain) it gives the event loop a turn, so that an abort of
 * `options.signal` (a timer, a closed request) takes effect: the promise then rejects with a
 * `MentormatchError` of code `ABORTED`, whose `cause` is the signal's reason. `timeLimitMs` is
 * checked against the clock inside the phases too, as in `matchProgram`. Runs on the calling
 * thread (a phase is not interrupted by an abort, only by the time limit).
 *
 * @param input - a programme from `parseProgram`, or its JSON input (object or string).
 * @param options - those of `matchProgram`, and `signal`.
 * @returns the result of `matchProgram`.
 * @throws (rejects with) what `matchProgram` throws, and `MentormatchError` `ABORTED`.
 *
 * @example
 * ```ts
 * import { matchProgramAsync, MentormatchError } from 'mentormatch';
 *
 * const program = {
 *   mode: 'classic',
 *   topics: [{ id: 'sales' }],
 *   mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
 *   mentees: [{ id: 'bo', goals: [{ topic: 'sales' }] }],
 * } as const;
 * // Resolves to matchProgram(program): bo→ana.
 * matchProgramAsync(program, { timeLimitMs: 10_000 }).then((result) => result.matches);
 *
 * // An abort (a timer, a closed request) rejects the call at its next turn: a MentormatchError
 * // of code ABORTED, whose cause is the abort's reason.
 * const controller = new AbortController();
 * const pending = matchProgramAsync(program, { signal: controller.signal });
 * controller.abort(new Error('the client went away'));
 * pending.catch((error: unknown) => error instanceof MentormatchError && error.code === 'ABORTED');
 * ```
 */
export async function matchProgramAsync(input: ProgramSource, options?: MatchAsyncOptions): Promise<MatchResult> {
  const read = readMatchOptions(options, FN);
  const clock = startAsyncClockIn(FN, options, options?.timeLimitMs, options?.signal, options?.onProgress);
  return runStepsAsync(matchInput(FN, input, options, read), clock);
}

const FN = 'matchProgramAsync';
