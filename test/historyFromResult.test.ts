/**
 * `historyFromResult`: a result's pairs as history entries (round trip through the next cycle's
 * programme: parsed as they are, and never repeated under `repeatPairs: 'forbidden'`), and its
 * argument checks, each problem with its path and value.
 */
import { describe, expect, it } from 'vitest';
import {
  historyFromResult,
  InvalidInputError,
  matchProgram,
  type ProgramInput,
  parseProgram,
  rematch,
} from '../src/index.js';

/** Micro: three mentors on pricing and tax; bo and cy ask for both. */
const program: ProgramInput = {
  mode: 'micro',
  topics: [{ id: 'pricing' }, { id: 'tax' }],
  mentors: ['ana', 'raj', 'eli'].map((id, k) => ({
    id,
    capacity: 2,
    skills: [
      { topic: 'pricing', level: 5 - k },
      { topic: 'tax', level: 3 + k },
    ],
  })),
  mentees: ['bo', 'cy'].map((id) => ({
    id,
    requests: [
      { topic: 'pricing', level: 3 },
      { topic: 'tax', level: 3 },
    ],
  })),
};

/** The error `historyFromResult` throws on these arguments. */
function failure(result: unknown, date: unknown): InvalidInputError {
  try {
    historyFromResult(result as never, date as string);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('historyFromResult accepted its arguments');
}

describe('historyFromResult', () => {
  it('gives one entry per match, in the result order, with the topic in micro mode', () => {
    const result = matchProgram(program);
    const history = historyFromResult(result, '2026-03-12');
    expect(history).toEqual(
      result.matches.map((m) => ({ mentee: m.mentee, mentor: m.mentor, topic: m.topic, date: '2026-03-12' })),
    );
    expect(history).toHaveLength(4);
    // Parsed as it is, into the next cycle's programme.
    expect(parseProgram({ ...program, history }).history).toEqual(history);
  });

  it('classic entries have no topic', () => {
    const classic: ProgramInput = {
      mode: 'classic',
      topics: [{ id: 'sales' }],
      mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
      mentees: [{ id: 'bo', goals: [{ topic: 'sales' }] }],
    };
    expect(historyFromResult(matchProgram(classic), '2026-01-05')).toStrictEqual([
      { mentee: 'bo', mentor: 'ana', date: '2026-01-05' },
    ]);
  });

  it('round trip: fed back with repeatPairs forbidden, no pair of the last cycles comes back within the window', () => {
    let history = historyFromResult(matchProgram(program), '2026-01-12');
    const seen = new Set(history.map((h) => `${h.mentee}/${h.mentor}/${h.topic}`));
    const next = matchProgram({ ...program, history, rules: { repeatPairs: 'forbidden' } });
    expect(next.matches.length).toBeGreaterThan(0);
    for (const m of next.matches) expect(seen.has(`${m.mentee}/${m.mentor}/${m.topic}`)).toBe(false);
    // A rematch result feeds back the same way.
    history = [...history, ...historyFromResult(rematch(program, next, {}), '2026-02-12')];
    expect(history).toHaveLength(8);
    const third = matchProgram({ ...program, history, rules: { repeatPairs: 'forbidden' } });
    for (const m of third.matches)
      expect(history.some((h) => h.mentee === m.mentee && h.mentor === m.mentor && h.topic === m.topic)).toBe(false);
  });

  it('rejects a bad date and bad matches, each with its path and value', () => {
    for (const date of ['2026-02-30', '2026-3-12', '', 20260312, undefined]) {
      const error = failure({ matches: [] }, date);
      expect(error.issues.map((i) => i.path)).toEqual([['date']]);
      expect(error.message).toBe(
        `historyFromResult: date must be a date written YYYY-MM-DD, got ${date === undefined ? 'undefined' : JSON.stringify(date)}`,
      );
    }
    expect(failure(null, '2026-03-12').issues.map((i) => i.message)).toEqual([
      'result.matches must be an array of matches, got undefined',
    ]);
    const error = failure(
      {
        matches: [
          { mentee: 'bo', mentor: 'ana' },
          { mentee: '', mentor: 7 },
          { mentee: 'bo', mentor: 'raj', topic: 3 },
        ],
      },
      '2026-03-12',
    );
    expect(error.issues.map((i) => i.message)).toEqual([
      'result.matches[1].mentee must be a non-empty string, got ""',
      'result.matches[1].mentor must be a non-empty string, got 7',
      'result.matches[2].topic must be a non-empty string, got 3',
    ]);
  });
});
