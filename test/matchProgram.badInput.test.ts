/**
 * `matchProgram` on bad input: an objective that does not exist, an invalid programme (every
 * problem with its path); and the edges that are not errors: an empty programme (its result run
 * through the independent checks of test/helpers/matchChecks.ts), a JSON string.
 */
import { describe, expect, it } from 'vitest';
import { matchProgram } from '../src/index.js';
import { invalid, match, TOPICS } from './helpers/matchCases.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

describe('matchProgram, bad input', () => {
  const ok: ProgramJson = { mode: 'classic', topics: [], mentors: [], mentees: [] };

  it('an objective that does not exist: InvalidInputError at options.objective', () => {
    const error = invalid(() => matchProgram(ok, { objective: 'best' } as never));
    expect(error.issues).toEqual([
      {
        path: ['options', 'objective'],
        code: 'invalid_value',
        params: { values: ['total', 'coverage', 'fair', 'stable'], found: '"best"' },
        message: 'options.objective must be one of "total", "coverage", "fair", "stable", got "best"',
      },
    ]);
    expect(error.message).toMatch(/^matchProgram: /);
    expect(invalid(() => matchProgram(ok, null as never)).issues.map((i) => i.path)).toEqual([['options']]);
    expect(invalid(() => matchProgram(ok, 'fair' as never)).issues.map((i) => i.path)).toEqual([['options']]);
  });

  it('an invalid programme: InvalidInputError listing every problem with its path', () => {
    const error = invalid(() =>
      matchProgram({
        mode: 'micro',
        topics: [],
        mentors: [{ id: 'a', skills: [{ topic: 'pricng', level: 3 }] }],
        mentees: [{ id: 'b', requests: [{ topic: 'x', level: 9 }] }],
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      ['mentees', 0, 'requests', 0, 'level'],
      ['mentors', 0, 'skills', 0, 'topic'],
      ['mentees', 0, 'requests', 0, 'topic'],
    ]);
    // @ts-expect-error a number is not a programme (the check at run time is what is tested)
    expect(invalid(() => matchProgram(42)).issues.map((i) => i.path)).toEqual([[]]);
    expect(invalid(() => matchProgram('{ not json')).issues.map((i) => i.path)).toEqual([[]]);
  });

  it('an empty programme gives an empty result', () => {
    const result = match(ok);
    expect(result.matches).toEqual([]);
    expect(result.unmatched).toEqual([]);
    expect(result.summary).toMatchObject({ demand: 0, matched: 0, matchedShare: 0, totalScore: 0, meanScore: null });
  });

  it('takes the programme as a JSON string too, with the same result', () => {
    const input: ProgramJson = {
      mode: 'micro',
      topics: TOPICS,
      mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 5 }] }],
      mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
    };
    expect(JSON.stringify(matchProgram(JSON.stringify(input)))).toBe(JSON.stringify(matchProgram(input)));
  });
});
