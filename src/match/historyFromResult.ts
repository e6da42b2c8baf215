/**
 * `historyFromResult`: a matching's pairs as history entries, to feed the next cycle's programme
 * (`history`, read by `rules.repeatPairs`).
 */
import { type InputIssue, InvalidInputError } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { issue } from '../model/issues.js';
import type { HistoryEntry } from '../model/program.js';

const FN = 'historyFromResult';

/** What `historyFromResult` reads of a result: its pairs (a `matchProgram` or `rematch` result). */
export interface ResultPairs {
  readonly matches: readonly { readonly mentee: string; readonly mentor: string; readonly topic?: string }[];
}

/** Whether `text` is a calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
function isDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** An issue at `path` of the arguments: `value` is not of the `expected` types. */
function notA(path: (string | number)[], expected: string, value: unknown): InputIssue {
  return issue(path, 'invalid_type', { expected, found: describeValue(value) });
}

/**
 * The pairs of a matching as history entries dated `date`, one per match in the result's order:
 * `{ mentee, mentor, topic, date }`, the topic kept when the match has one (micro mode). Append
 * them to the next cycle's programme `history`, and `rules.repeatPairs` keeps or avoids them
 * (`history: [...program.history, ...historyFromResult(result, '2026-03-12')]`). Locked pairs are
 * pairs like any other. O(matches).
 *
 * @param result - a result of `matchProgram` or `rematch` (anything with `matches` of
 *   `{ mentee, mentor, topic? }`, ids as strings). Never modified.
 * @param date - the day of the pairing, `YYYY-MM-DD` (a calendar date: `2026-02-30` is rejected).
 * @returns the history entries, new objects, in the order of `result.matches`.
 * @throws {@link InvalidInputError} listing every problem, each with its path: `date` not a date
 *   written `YYYY-MM-DD`, `result.matches` not an array, a match's `mentee` or `mentor` not a
 *   non-empty string, its `topic` present and not one.
 *
 * @example
 * ```ts
 * import { historyFromResult, matchProgram } from 'mentormatch';
 *
 * const program = {
 *   mode: 'micro',
 *   topics: [{ id: 'pricing' }],
 *   mentors: [
 *     { id: 'ana', skills: [{ topic: 'pricing', level: 5 }] },
 *     { id: 'raj', skills: [{ topic: 'pricing', level: 4 }] },
 *   ],
 *   mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
 * } as const;
 * const march = matchProgram(program);
 * const history = historyFromResult(march, '2026-03-12');
 * console.log(history[0]); // { mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2026-03-12' }
 *
 * // The next cycle: the March pair is not made again within the year.
 * const april = matchProgram({ ...program, history, rules: { repeatPairs: 'forbidden' } });
 * console.log(april.matches[0]?.mentor); // raj
 * ```
 */
export function historyFromResult(result: ResultPairs, date: string): HistoryEntry[] {
  const issues: InputIssue[] = [];
  if (!isDate(date)) issues.push(issue(['date'], 'invalid_format', { format: 'date', found: describeValue(date) }));
  const matches: unknown = (result as { matches?: unknown } | null | undefined)?.matches;
  if (!Array.isArray(matches)) {
    issues.push(notA(['result', 'matches'], 'matches', matches));
    throw new InvalidInputError(FN, issues);
  }
  const entries: HistoryEntry[] = [];
  matches.forEach((match: unknown, k) => {
    const m = (match ?? {}) as { mentee?: unknown; mentor?: unknown; topic?: unknown };
    const before = issues.length;
    for (const field of ['mentee', 'mentor'] as const)
      if (typeof m[field] !== 'string' || m[field] === '')
        issues.push(notA(['result', 'matches', k, field], 'nonEmptyString', m[field]));
    if (m.topic !== undefined && (typeof m.topic !== 'string' || m.topic === ''))
      issues.push(notA(['result', 'matches', k, 'topic'], 'nonEmptyString', m.topic));
    if (issues.length > before) return;
    entries.push({
      mentee: m.mentee as string,
      mentor: m.mentor as string,
      ...(m.topic === undefined ? {} : { topic: m.topic as string }),
      date,
    });
  });
  if (issues.length > 0) throw new InvalidInputError(FN, issues);
  return entries;
}
