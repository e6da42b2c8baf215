import { describe, expect, it } from 'vitest';
import { parseProgram } from '../src/index.js';
import { parseError } from './helpers/parseError.js';
import { expectIssues } from './helpers/parseProgramChecks.js';

describe('parseProgram reports every problem with its path, in one InvalidInputError', () => {
  it("mentors' preferences name mentees, once each, and not the mentor themself", () => {
    const error = parseError({
      mode: 'classic',
      topics: [{ id: 'a' }],
      mentors: [{ id: 'm0', skills: [], preferences: ['e0', 'zz', 'e0', 'm0'] }],
      mentees: [{ id: 'e0' }, { id: 'm0' }],
    });
    expectIssues(error, [
      { path: ['mentors', 0, 'preferences', 2], shows: ['"e0"', 'twice'] },
      { path: ['mentors', 0, 'preferences', 1], shows: ['unknown mentee', '"zz"'] },
      { path: ['mentors', 0, 'preferences', 3], shows: ['"m0"', 'themself'] },
    ]);
    expect(
      parseProgram({
        mode: 'classic',
        topics: [],
        mentors: [{ id: 'm', skills: [], preferences: ['e'] }],
        mentees: [{ id: 'e' }],
      }).mentors[0]?.preferences,
    ).toEqual(['e']);
  });

  it('shape problems: levels outside 1..5, bad capacities, impossible time zones, unknown fields, wrong types', () => {
    const input = {
      mode: 'micro',
      cohort: 'spring',
      topics: [{ id: 'a' }],
      mentors: [
        {
          id: 'm0',
          skills: [
            { topic: 'a', level: 0 },
            { topic: 'a', level: 6 },
          ],
          timeZone: 15,
        },
        { id: 'm1', skills: [], capacity: -1, skill: 3 },
        { id: 'm2', skills: [], capacity: 1.5, timeZone: -12.5 },
      ],
      mentees: [
        { id: 'e', requests: [{ topic: 'a', level: 2.5, hours: 0 }], timeZone: 3.3 },
        { id: 'f', goals: [{ topic: 'a', weight: -1 }], grade: 'senior' },
      ],
      rules: { sameDept: 'forbidden', sameDepartment: 'never', maxTimeZoneGap: -2 },
      weights: { expertise: -0.5, charisma: 1 },
      objective: 'best',
    };
    const before = structuredClone(input);
    const error = parseError(input);
    expect(input).toStrictEqual(before);
    expectIssues(error, [
      { path: ['mentors', 0, 'skills', 0, 'level'], shows: ['≥ 1', 'got 0'] },
      { path: ['mentors', 0, 'skills', 1, 'level'], shows: ['≤ 5', 'got 6'] },
      { path: ['mentors', 0, 'timeZone'], shows: ['≤ 14', 'got 15'] },
      { path: ['mentors', 1, 'capacity'], shows: ['≥ 0', 'got -1'] },
      { path: ['mentors', 1], shows: ['unknown field', '"skill"'] },
      { path: ['mentors', 2, 'capacity'], shows: ['integer', 'got 1.5'] },
      { path: ['mentors', 2, 'timeZone'], shows: ['≥ -12', 'got -12.5'] },
      { path: ['mentees', 0, 'requests', 0, 'level'], shows: ['integer', 'got 2.5'] },
      { path: ['mentees', 0, 'requests', 0, 'hours'], shows: ['> 0', 'got 0'] },
      { path: ['mentees', 0, 'timeZone'], shows: ['multiple of 0.25', 'got 3.3'] },
      { path: ['mentees', 1, 'goals', 0, 'weight'], shows: ['> 0', 'got -1'] },
      { path: ['mentees', 1, 'grade'], shows: ['a number', 'got "senior"'] },
      { path: ['rules'], shows: ['unknown field', '"sameDept"'] },
      { path: ['rules', 'sameDepartment'], shows: ['"allowed", "avoided", "forbidden"', 'got "never"'] },
      { path: ['rules', 'maxTimeZoneGap'], shows: ['≥ 0', 'got -2'] },
      { path: ['weights', 'expertise'], shows: ['≥ 0', 'got -0.5'] },
      { path: ['weights'], shows: ['unknown field', '"charisma"'] },
      // Reference problems are reported in the same error.
      { path: ['mentors', 0, 'skills', 1, 'topic'], shows: ['"a"', 'listed twice'] },
      { path: ['mentees', 1, 'goals'], shows: ['goals are for classic mode'] },
      { path: ['objective'], shows: ['"total", "coverage", "fair"', 'got "best"'] },
      { path: [], shows: ['unknown field', '"cohort"'] },
    ]);
    expect(error.message).toContain('(and 18 more)');
  });

  it('a missing or mistyped programme, mode or list is reported with its path', () => {
    expectIssues(parseError({ mode: 'mini', topics: 3, mentors: [{ skills: [] }] }), [
      { path: ['mode'], shows: ['"micro", "classic"', 'got "mini"'] },
      { path: ['topics'], shows: ['an array', 'got 3'] },
      { path: ['mentors', 0, 'id'], shows: ['required'] },
      { path: ['mentees'], shows: ['required'] },
    ]);
    expectIssues(parseError(null), [{ path: [], shows: ['an object', 'got null'] }]);
    expectIssues(parseError([]), [{ path: [], shows: ['an object', 'an array'] }]);
    expectIssues(parseError(undefined), [{ path: [], shows: ['required'] }]);
    expectIssues(parseError('{"mode": "micro",'), [{ path: [], shows: ['not valid JSON'] }]);
    // Comments or trailing commas (text copied from a JSONC example) get a hint; plain errors none.
    const commented = '{ // spring\n "mode": "micro", "topics": [], "mentors": [], "mentees": [] }';
    expectIssues(parseError(commented), [{ path: [], shows: ['not valid JSON', 'comments or trailing commas'] }]);
    expectIssues(parseError('{"mode": "micro", "topics": [],}'), [{ path: [], shows: ['trailing commas'] }]);
    expect(parseError('{"mode": "micro",').issues[0]?.message).not.toContain('comments');
    // A byte-order mark before the text (a file saved by Excel or Notepad) is not an error.
    expect(parseProgram('\uFEFF{"mode": "micro", "topics": [], "mentors": [], "mentees": []}').mode).toBe('micro');
    expectIssues(parseError('"micro"'), [{ path: [], shows: ['an object', 'got "micro"'] }]);
    expectIssues(
      parseError({ mode: 'micro', topics: [{ id: '' }, { id: 'x'.repeat(201) }], mentors: [], mentees: [] }),
      [
        { path: ['topics', 0, 'id'], shows: ['empty'] },
        { path: ['topics', 1, 'id'], shows: ['longer than 200'] },
      ],
    );
  });

  it('reference problems in a micro programme: unknown topics and mentors, duplicates, cycles, goals, contradictory pairs and rules, a "__proto__" attribute', () => {
    const input = JSON.parse(
      JSON.stringify({
        mode: 'micro',
        topics: [
          { id: 'a' },
          { id: 'b', parent: 'nowhere' },
          { id: 'c', parent: 'd' },
          { id: 'd', parent: 'c' },
          { id: 'self', parent: 'self' },
          { id: 'a' },
        ],
        mentors: [
          { id: 'm1', skills: [{ topic: 'ghost-skill', level: 3 }], offers: ['ghost-offer'] },
          { id: 'm1', skills: [] },
          { id: 'e1', skills: [{ topic: 'a', level: 4 }], attributes: { site: 'Lyon', PROTO: 1 } },
        ],
        mentees: [
          {
            id: 'e1',
            requests: [{ topic: 'ghost-request', level: 3 }],
            goals: [{ topic: 'ghost-goal' }],
            preferences: ['ghost-preferred'],
            exclude: ['ghost-excluded'],
          },
          { id: 'e2', requests: [{ topic: 'a', level: 2 }] },
          { id: 'e2', requests: [] },
        ],
        rules: {
          seniorityGap: { min: 3, max: 1 },
          forbiddenPairs: [
            { mentee: 'e1', mentor: 'm1' },
            { mentee: 'e1', mentor: 'ghost-forbidden', topic: 'ghost-request' },
          ],
          lockedPairs: [
            { mentee: 'e1', mentor: 'm1' },
            { mentee: 'e1', mentor: 'e1' },
            { mentee: 'e1', mentor: 'ghost-locked' },
          ],
        },
      }).replace('"PROTO"', '"__proto__"'),
    ) as unknown;
    const before = structuredClone(input);
    const error = parseError(input);
    expect(input).toStrictEqual(before);
    expectIssues(error, [
      { path: ['topics', 1, 'parent'], shows: ['unknown topic', '"nowhere"'] },
      { path: ['topics', 2, 'parent'], shows: ['cycle', '"c"'] },
      { path: ['topics', 3, 'parent'], shows: ['cycle', '"d"'] },
      { path: ['topics', 4, 'parent'], shows: ['own parent'] },
      { path: ['topics', 5, 'id'], shows: ['duplicate topic id', '"a"'] },
      { path: ['mentors', 1, 'id'], shows: ['duplicate mentor id', '"m1"'] },
      { path: ['mentees', 2, 'id'], shows: ['duplicate mentee id', '"e2"'] },
      { path: ['mentors', 0, 'skills', 0, 'topic'], shows: ['unknown topic', '"ghost-skill"'] },
      { path: ['mentors', 0, 'offers', 0], shows: ['unknown topic', '"ghost-offer"'] },
      { path: ['mentors', 2, 'attributes', '__proto__'], shows: ['"__proto__"', 'attribute name'] },
      { path: ['mentees', 0, 'goals'], shows: ['goals are for classic mode'] },
      { path: ['mentees', 0, 'requests', 0, 'topic'], shows: ['unknown topic', '"ghost-request"'] },
      { path: ['mentees', 0, 'goals', 0, 'topic'], shows: ['unknown topic', '"ghost-goal"'] },
      { path: ['mentees', 0, 'preferences', 0], shows: ['unknown mentor', '"ghost-preferred"'] },
      { path: ['mentees', 0, 'exclude', 0], shows: ['unknown mentor', '"ghost-excluded"'] },
      { path: ['rules', 'seniorityGap'], shows: ['min (3)', 'max (1)'] },
      { path: ['rules', 'forbiddenPairs', 1, 'mentor'], shows: ['unknown mentor', '"ghost-forbidden"'] },
      { path: ['rules', 'lockedPairs', 0], shows: ['both locked and forbidden'] },
      { path: ['rules', 'lockedPairs', 1], shows: ['"e1"', 'both the mentor and the mentee'] },
      { path: ['rules', 'lockedPairs', 1], shows: ['locked twice'] },
      { path: ['rules', 'lockedPairs', 2, 'mentor'], shows: ['unknown mentor', '"ghost-locked"'] },
      { path: ['rules', 'lockedPairs', 2], shows: ['locked twice'] },
    ]);
  });

  it('reference problems in a classic programme: requests instead of goals, topics on pairs, unknown ids, self-preference, exclusions', () => {
    const error = parseError({
      mode: 'classic',
      topics: [{ id: 'lead' }],
      mentors: [
        { id: 'kim', skills: [{ topic: 'lead', level: 3 }] },
        { id: 'max', skills: [] },
      ],
      mentees: [
        {
          id: 'max',
          requests: [{ topic: 'lead', level: 2 }],
          goals: [{ topic: 'lead' }, { topic: 'lead' }, { topic: 'strategy' }],
          preferences: ['kim', 'max', 'kim'],
          exclude: ['kim'],
        },
        { id: 'noa', goals: [] },
      ],
      rules: {
        custom: [
          { name: 'r', effect: 'require', same: 'site' },
          { name: 'r', effect: 'forbid' },
        ],
        forbiddenPairs: [{ mentee: 'ghost', mentor: 'kim', topic: 'lead' }],
        lockedPairs: [
          { mentee: 'max', mentor: 'kim' },
          { mentee: 'noa', mentor: 'kim', topic: 'lead' },
        ],
      },
    });
    expectIssues(error, [
      { path: ['mentees', 0, 'requests'], shows: ['requests are for micro mode'] },
      { path: ['mentees', 0, 'goals', 1, 'topic'], shows: ['"lead"', 'listed twice'] },
      { path: ['mentees', 0, 'goals', 2, 'topic'], shows: ['unknown topic', '"strategy"'] },
      { path: ['mentees', 0, 'preferences', 1], shows: ['"max"', 'the mentee themself'] },
      { path: ['mentees', 0, 'preferences', 2], shows: ['"kim"', 'listed twice'] },
      { path: ['rules', 'custom', 1, 'name'], shows: ['duplicate rule name', '"r"'] },
      { path: ['rules', 'custom', 1], shows: ['needs a mentor condition'] },
      { path: ['rules', 'forbiddenPairs', 0, 'mentee'], shows: ['unknown mentee', '"ghost"'] },
      { path: ['rules', 'lockedPairs', 0], shows: ['excludes mentor', '"kim"'] },
      { path: ['rules', 'lockedPairs', 1, 'topic'], shows: ['classic programme pairs whole mentees'] },
    ]);
  });

  it('micro locked pairs must name a request of the mentee when it has several; a forbidden pair without a topic covers every request', () => {
    const error = parseError({
      mode: 'micro',
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: [{ id: 'm', skills: [] }],
      mentees: [
        {
          id: 'e',
          requests: [
            { topic: 'a', level: 1 },
            { topic: 'b', level: 1 },
            { topic: 'a', level: 2 },
          ],
        },
      ],
      rules: {
        forbiddenPairs: [{ mentee: 'e', mentor: 'm' }],
        lockedPairs: [{ mentee: 'e', mentor: 'm', topic: 'c' }],
      },
    });
    expectIssues(error, [
      { path: ['mentees', 0, 'requests', 2, 'topic'], shows: ['"a"', 'requested twice'] },
      { path: ['rules', 'lockedPairs', 0, 'topic'], shows: ['"e"', 'no request on "c"'] },
      { path: ['rules', 'lockedPairs', 0], shows: ['both locked and forbidden'] },
    ]);
  });

  it('the error lists every problem in one throw when shape and reference problems are mixed', () => {
    const error = parseError({
      mode: 'micro',
      topics: [{ id: 'a' }],
      mentors: [{ id: 'm', skills: [{ topic: 'pricng', level: 9 }] }],
      mentees: [],
    });
    expectIssues(error, [
      { path: ['mentors', 0, 'skills', 0, 'level'], shows: ['≤ 5', 'got 9'] },
      { path: ['mentors', 0, 'skills', 0, 'topic'], shows: ['unknown topic', '"pricng"'] },
    ]);
  });

  it('a pair both locked and forbidden is reported however the single request of the mentee is named', () => {
    const base = {
      mode: 'micro',
      topics: [{ id: 'a' }],
      mentors: [{ id: 'm', skills: [{ topic: 'a', level: 5 }] }],
      mentees: [{ id: 'e', requests: [{ topic: 'a', level: 3 }] }],
    };
    for (const [forbidden, locked] of [
      [
        { mentee: 'e', mentor: 'm' },
        { mentee: 'e', mentor: 'm', topic: 'a' },
      ],
      [
        { mentee: 'e', mentor: 'm', topic: 'a' },
        { mentee: 'e', mentor: 'm' },
      ],
    ]) {
      const error = parseError({ ...base, rules: { forbiddenPairs: [forbidden], lockedPairs: [locked] } });
      expectIssues(error, [{ path: ['rules', 'lockedPairs', 0], shows: ['both locked and forbidden'] }]);
    }
  });

  it('at most 50 issues are listed, the message shows the first three and counts the rest', () => {
    const error = parseError({
      mode: 'micro',
      topics: [],
      mentors: Array.from({ length: 80 }, (_, k) => ({ id: `m${k}`, skills: [], capacity: -k - 1 })),
      mentees: [],
    });
    expect(error.issues).toHaveLength(50);
    expect(error.message).toBe(
      'parseProgram: mentors[0].capacity must be ≥ 0, got -1; mentors[1].capacity must be ≥ 0, got -2; ' +
        'mentors[2].capacity must be ≥ 0, got -3 (and 47 more)',
    );
  });
});
