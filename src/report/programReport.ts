/**
 * `programReport`: the snapshot a programme starts from: demand against supply per topic and per
 * topic area, the hot and the uncovered topics, the champions, readiness (with the match rate to
 * expect, from an exact largest matching), and, given a `matchProgram` result, its figures.
 */

import type { InputIssue } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import type { Translator } from '../locale/message.js';
import { readLocale } from '../match/localise.js';
import { programWarnings, renderWarning } from '../match/programWarnings.js';
import { startClockIn } from '../match/startClockIn.js';
import type { MatchResult } from '../match/types.js';
import { compareIds } from '../model/compareIds.js';
import { invalidInput, issue } from '../model/issues.js';
import { optionLimits } from '../model/limits.js';
import { type ProgramSource, readProgram } from '../model/readProgram.js';
import { checkTime, runSteps, SLICE, type Steps, timeLimitOf } from '../solve/internal/clock.js';
import { champions } from './champions.js';
import { indexDemand } from './demand.js';
import { matchingReport, resultIssues } from './matching.js';
import { meetingsReport, statesMeetings } from './meetings.js';
import { readiness } from './readiness.js';
import { topicReports } from './topicFigures.js';
import type { ProgramReport, ProgramReportOptions, TopicReport } from './types.js';

const FN = 'programReport';

/**
 * Reports on a mentoring programme, before and after matching: for each topic and each topic area
 * (a topic with its subtopics), the demand (requests, their priority and levels) against the
 * supply (mentors able at the levels asked, willing, their capacity), the coverage and the mentors
 * still needed; the hot topics and the uncovered ones; the champions (mentors who cover scarce
 * demand); readiness (mentor : mentee ratio, places, the expected match rate); and, given the
 * result of {@link matchProgram}, the score distribution, the mentors' load, the unmatched by
 * reason and the match rate per topic; the programme's warnings ({@link programWarnings}); and,
 * when the programme states meetings, the sessions and hours asked per topic against the mentors'
 * hours budgets (`meetings`).
 * Every figure is defined in `ProgramReport`'s types.
 *
 * Plain data, safe to serialise as JSON, and deterministic. Render it with
 * {@link reportToMarkdown} or {@link reportToHtml}.
 *
 * Time: one scoring of the programme (as {@link scoreProgram}), one maximum-cardinality matching
 * (as {@link capacitatedAssignment}), plus O(topics × depth × mentors + requests); memory: the
 * score matrix.
 *
 * @param input - a programme from {@link parseProgram}, or its JSON input (object or string).
 * @param result - optional: the result of `matchProgram` on the same programme.
 * @param options - `champions` (how many to list, default 10), `hotTopics` (default 5).
 * @returns the report.
 * @throws {@link InvalidInputError} for an invalid programme (every problem, with its path), a
 *   result that does not belong to the programme (other mode, unknown ids), or a bad option.
 *
 * @example
 * ```ts
 * import { programReport } from 'mentormatch';
 *
 * const report = programReport({
 *   mode: 'micro',
 *   topics: [{ id: 'pricing' }, { id: 'seo' }],
 *   mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 4 }], capacity: 1 }],
 *   mentees: [
 *     { id: 'bo', requests: [{ topic: 'pricing', level: 3 }, { topic: 'seo', level: 2 }] },
 *     { id: 'cy', requests: [{ topic: 'pricing', level: 2 }] },
 *   ],
 * });
 * const pricing = report.topics[0];
 * console.log(pricing?.demand, pricing?.suppliers, pricing?.coverage, pricing?.mentorsNeeded); // 2 1 0.5 1
 * console.log(report.uncovered, report.readiness.expectedMatched); // [ 'seo' ] 1
 * ```
 */
export function programReport(
  input: ProgramSource,
  result?: MatchResult,
  options?: ProgramReportOptions,
): ProgramReport {
  return runSteps(programReportSteps(input, result, options), startClockIn(FN, options, timeLimitOf(options)));
}

/** {@link programReport} in phases: parse, report. */
export function* programReportSteps(
  input: ProgramSource,
  result: MatchResult | undefined,
  options: ProgramReportOptions | undefined,
): Steps<ProgramReport> {
  const t = readLocale(FN, options);
  const { championCount, hotCount } = readOptions(options, t);
  const limits = optionLimits(FN, options);
  const program = yield* readProgram(FN, input, limits, t);
  yield 'parse';
  if (result !== undefined) {
    const issues = resultIssues(program, result);
    if (issues.length > 0) throw invalidInput(FN, issues, 'INVALID_INPUT', t);
  }
  const ix = indexDemand(program);
  yield SLICE;
  const topics = topicReports(ix);
  yield SLICE;
  const ready = yield* readiness(program, ix.recruitCapacity, { fn: FN, maxPairs: limits.maxPairs });
  const byDemand = (list: TopicReport[]) =>
    list.sort((a, b) => b.demand - a.demand || compareIds(a.id, b.id)).map((t) => t.id);
  checkTime();
  return {
    ...(program.name === undefined ? {} : { name: program.name }),
    mode: program.mode,
    topics,
    hot: byDemand(topics.filter((t) => t.demand > 0)).slice(0, hotCount),
    uncovered: byDemand(topics.filter((t) => t.requests > 0 && t.ableMentors === 0)),
    champions: champions(ix, championCount),
    readiness: ready,
    warnings: t.english ? programWarnings(program) : programWarnings(program).map((w) => renderWarning(t, w)),
    ...(statesMeetings(program) ? { meetings: meetingsReport(ix) } : {}),
    ...(result === undefined ? {} : { matching: matchingReport(program, result, ready.demand) }),
  };
}

function readOptions(
  options: ProgramReportOptions | undefined,
  t: Translator,
): { championCount: number; hotCount: number } {
  if (options === undefined) return { championCount: 10, hotCount: 5 };
  if (options === null || typeof options !== 'object')
    throw invalidInput(FN, [issue(['options'], 'invalid_type', { expected: 'object' })], 'INVALID_INPUT', t);
  const issues: InputIssue[] = [];
  const count = (key: keyof ProgramReportOptions, fallback: number): number => {
    const value: unknown = options[key];
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    issues.push(
      issue(['options', key], 'invalid_type', {
        expected: 'integerFrom0',
        found: describeValue(value),
      }),
    );
    return fallback;
  };
  const out = { championCount: count('champions', 10), hotCount: count('hotTopics', 5) };
  if (issues.length > 0) throw invalidInput(FN, issues, 'INVALID_INPUT', t);
  return out;
}
