/** `programReportAsync`: the async form of `programReport`. */

import { startAsyncClockIn } from '../match/startClockIn.js';
import type { MatchResult } from '../match/types.js';
import type { ProgramSource } from '../model/readProgram.js';
import { runStepsAsync, timeLimitOf } from '../solve/internal/clock.js';
import { programReportSteps } from './programReport.js';
import type { ProgramReport, ProgramReportOptions } from './types.js';

/**
 * {@link programReport}, asynchronous: the same report, but it gives the event loop a turn after
 * parsing, so that an abort of `options.signal` takes effect there (a `MentormatchError` of code
 * `ABORTED`, its `cause` the signal's reason).
 *
 * @param input - a programme from `parseProgram`, or its JSON input (object or string).
 * @param result - optionally, a matching of the programme to report on.
 * @param options - those of `programReport`, and `signal`.
 * @returns the result of `programReport`.
 * @throws (rejects with) what `programReport` throws, and `MentormatchError` `ABORTED`.
 *
 * @example
 * ```ts
 * import { programReportAsync } from 'mentormatch';
 *
 * // Resolves to programReport's report: seo uncovered.
 * programReportAsync(
 *   { mode: 'micro', topics: [{ id: 'seo' }], mentors: [], mentees: [{ id: 'bo', requests: [{ topic: 'seo', level: 3 }] }] },
 *   undefined,
 *   { signal: AbortSignal.timeout(10_000) },
 * ).then((report) => report.uncovered);
 * ```
 */
export async function programReportAsync(
  input: ProgramSource,
  result?: MatchResult,
  options?: ProgramReportOptions & { readonly signal?: AbortSignal },
): Promise<ProgramReport> {
  const clock = startAsyncClockIn('programReportAsync', options, timeLimitOf(options), options?.signal);
  return runStepsAsync(programReportSteps(input, result, options), clock);
}
