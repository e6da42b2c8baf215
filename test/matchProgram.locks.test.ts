/**
 * `matchProgram`'s locked pairs: kept and using capacity, and every way a lock is rejected (a hard
 * rule, a capacity, an hours budget, two requests of a mentee on one mentor, an unknown mentor).
 * Every result is also run through the independent checks of test/helpers/matchChecks.ts.
 *
 * Many programmes here score on preferences alone (`ONLY_PREFERENCE`): a mentor ranked k-th of n
 * by the mentee scores 1 − (k − 1) / n, one left off a mentee's list scores 0, and a mentee without
 * a list scores every mentor 0.5 (missing data is neutral), so the optimum can be read off the lists.
 */
import { describe, expect, it } from 'vitest';
import { matchProgram } from '../src/index.js';
import { invalid, match, ONLY_PREFERENCE, pairs, TOPICS } from './helpers/matchCases.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

describe('matchProgram, locked pairs', () => {
  const base: ProgramJson = {
    mode: 'classic',
    topics: [{ id: 't' }],
    weights: ONLY_PREFERENCE,
    mentors: [
      { id: 'A', skills: [], capacity: 1, languages: ['en'] },
      { id: 'B', skills: [], capacity: 0 },
    ],
    mentees: [
      { id: 'e0', preferences: ['B', 'A'] }, // A 0.5
      { id: 'e1', preferences: ['A'] }, // A 1
      { id: 'e2', languages: ['fr'] },
    ],
  };

  it('a locked pair is kept although the optimum would not choose it, and uses its place', () => {
    expect(pairs(match(base))).toEqual(['e1→A']);
    const result = match({ ...base, rules: { lockedPairs: [{ mentee: 'e0', mentor: 'A' }] } });
    expect(pairs(result)).toEqual(['e0→A (locked)']);
    expect(result.matches[0]?.score).toBe(0.5);
    expect(result.unmatched.find((u) => u.mentee === 'e1')).toMatchObject({
      code: 'mentorsFull',
      mentors: ['A', 'B'],
      placesTakenBy: ['e0'],
    });
  });

  it('a lock that breaks a hard rule is rejected, naming the lock and the rule', () => {
    const error = invalid(() => matchProgram({ ...base, rules: { lockedPairs: [{ mentee: 'e2', mentor: 'A' }] } }));
    expect(error.message).toMatch(/^matchProgram: rules\.lockedPairs\[0\] \("e2" with "A"\)/);
    expect(error.issues).toEqual([
      {
        path: ['rules', 'lockedPairs', 0],
        code: 'locked_pair_conflict',
        params: { mentee: 'e2', mentor: 'A', cause: 'rule', rules: 'no language in common (rules.sharedLanguage)' },
        message:
          'rules.lockedPairs[0] ("e2" with "A"): a hard rule forbids this pair: no language in common (rules.sharedLanguage)',
      },
    ]);
  });

  it('locks beyond a capacity (or on a mentor of capacity 0) are rejected, every one in the same error', () => {
    const error = invalid(() =>
      matchProgram({
        ...base,
        rules: {
          lockedPairs: [
            { mentee: 'e0', mentor: 'A' },
            { mentee: 'e1', mentor: 'A' },
            { mentee: 'e2', mentor: 'B' },
          ],
        },
      }),
    );
    expect(error.issues).toEqual([
      {
        path: ['rules', 'lockedPairs', 1],
        code: 'locked_pair_conflict',
        params: { mentee: 'e1', mentor: 'A', cause: 'capacity' },
        message: 'rules.lockedPairs[1] ("e1" with "A"): the locked pairs exceed "A"\'s capacity',
      },
      {
        path: ['rules', 'lockedPairs', 2],
        code: 'locked_pair_conflict',
        params: { mentee: 'e2', mentor: 'B', cause: 'capacity' },
        message: 'rules.lockedPairs[2] ("e2" with "B"): the locked pairs exceed "B"\'s capacity',
      },
    ]);
  });

  const micro: ProgramJson = {
    mode: 'micro',
    topics: TOPICS,
    mentors: [
      {
        id: 'raj',
        skills: [
          { topic: 'pricing', level: 4 },
          { topic: 'budgeting', level: 3 },
        ],
        hoursBudget: 5,
      },
    ],
    mentees: [
      {
        id: 'bo',
        requests: [
          { topic: 'pricing', level: 2, hours: 2 },
          { topic: 'budgeting', level: 2, hours: 4 },
        ],
      },
    ],
  };

  it('micro: a lock beyond the hours budget is rejected', () => {
    const error = invalid(() =>
      matchProgram({
        ...micro,
        rules: {
          repeatMentor: true,
          lockedPairs: [
            { mentee: 'bo', mentor: 'raj', topic: 'pricing' },
            { mentee: 'bo', mentor: 'raj', topic: 'budgeting' },
          ],
        },
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual([['rules', 'lockedPairs', 1]]);
    expect(error.message).toContain('the locked pairs exceed "raj"\'s hours budget');
  });

  it('micro: locks that fill an hours budget to within rounding are kept, as the solver would pair them', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary: above 0.3 by rounding only. The solver's hours
    // check allows that (1e-9 h); the locks' check must agree, or locking the pairs the solver
    // itself makes would be rejected.
    const tight: ProgramJson = {
      ...micro,
      mentors: [{ ...(micro.mentors[0] as object), id: 'raj', hoursBudget: 0.3 } as ProgramJson['mentors'][number]],
      mentees: [
        { id: 'ann', requests: [{ topic: 'pricing', level: 2, hours: 0.1 }] },
        { id: 'bo', requests: [{ topic: 'budgeting', level: 2, hours: 0.2 }] },
      ],
    };
    expect(pairs(match(tight))).toEqual(['ann/pricing→raj', 'bo/budgeting→raj']);
    const locked = match({
      ...tight,
      rules: {
        lockedPairs: [
          { mentee: 'ann', mentor: 'raj', topic: 'pricing' },
          { mentee: 'bo', mentor: 'raj', topic: 'budgeting' },
        ],
      },
    });
    expect(pairs(locked)).toEqual(['ann/pricing→raj (locked)', 'bo/budgeting→raj (locked)']);
  });

  it('micro: two requests of a mentee locked to one mentor are rejected unless rules.repeatMentor', () => {
    const twice = [
      { mentee: 'bo', mentor: 'raj', topic: 'budgeting' },
      { mentee: 'bo', mentor: 'raj', topic: 'pricing' },
    ];
    const roomy = { ...micro, mentors: [{ ...(micro.mentors[0] as object), hoursBudget: 6 }] } as ProgramJson;
    const error = invalid(() => matchProgram({ ...roomy, rules: { lockedPairs: twice } }));
    expect(error.issues).toEqual([
      {
        path: ['rules', 'lockedPairs', 1],
        code: 'locked_pair_conflict',
        params: { mentee: 'bo', mentor: 'raj', cause: 'repeatMentor' },
        message:
          'rules.lockedPairs[1] ("bo" with "raj"): two requests of "bo" are locked to the same mentor (rules.repeatMentor is off)',
      },
    ]);
    const result = match({ ...roomy, rules: { repeatMentor: true, lockedPairs: twice } });
    expect(pairs(result)).toEqual(['bo/pricing→raj (locked)', 'bo/budgeting→raj (locked)']);
    expect(result.summary.mentorLoad).toEqual([{ mentor: 'raj', load: 2, capacity: 5, hours: 6, hoursBudget: 6 }]);
  });

  it("micro: a locked mentor is off limits for the mentee's other requests", () => {
    const two: ProgramJson = {
      ...micro,
      mentors: [...micro.mentors, { id: 'ana', skills: [{ topic: 'pricing', level: 5 }] }],
      rules: { lockedPairs: [{ mentee: 'bo', mentor: 'raj', topic: 'pricing' }] },
    };
    const result = match(two);
    // budgeting: only raj qualifies, and raj already has bo's pricing request.
    expect(pairs(result)).toEqual(['bo/pricing→raj (locked)']);
    expect(result.unmatched.map((u) => [u.topic, u.code, u.mentors])).toEqual([['budgeting', 'sameMentee', ['raj']]]);
  });

  it('a lock naming an unknown mentor is a programme error, with the path to the field', () => {
    const error = invalid(() => matchProgram({ ...base, rules: { lockedPairs: [{ mentee: 'e0', mentor: 'Z' }] } }));
    expect(error.issues.map((i) => i.path)).toEqual([['rules', 'lockedPairs', 0, 'mentor']]);
  });
});
