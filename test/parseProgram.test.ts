/**
 * `parseProgram` against its contract (src/model/parseProgram.ts, defaults.ts, checkProgram.ts and
 * the README's "The programme format"): valid programmes of both modes normalise with every default
 * of their mode filled in (capacity, offers = skills at level ≥ 3, request priority 1 and hours 2,
 * goal weight 1, rules, weights merged with the mode's); the result is deeply frozen, parses again to
 * an equal programme, and a JSON string parses like its object; `__proto__`, `constructor` and
 * `toString` are ordinary ids. Every documented problem is reported with its path, in one
 * `InvalidInputError` that lists them all, with a message that names the field and shows the value;
 * the input is never modified. A seeded fuzz mutates valid programmes (deleted fields, changed
 * types, random JSON anywhere) and checks that nothing but `InvalidInputError` is ever thrown.
 * `programJsonSchema` is a frozen JSON Schema whose top-level properties are the programme's fields.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, InvalidInputError, type Program, parseProgram, scoreProgram } from '../src/index.js';
import { programJsonSchema } from '../src/schema.js';
import { fcOptions } from './helpers/fastCheck.js';
import { parseError } from './helpers/parseError.js';
import { type ProgramJson, programArbitrary } from './helpers/programArbitrary.js';

/** Every object and array reachable from `value` is frozen. */
function expectDeeplyFrozen(value: unknown, path = 'program'): void {
  if (value === null || typeof value !== 'object') return;
  expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
  for (const [key, child] of Object.entries(value)) expectDeeplyFrozen(child, `${path}.${key}`);
}

/** No object or array reachable from `value` is frozen (the caller's input stays theirs). */
function expectNothingFrozen(value: unknown, path = 'input'): void {
  if (value === null || typeof value !== 'object') return;
  expect(Object.isFrozen(value), `${path} is not frozen`).toBe(false);
  for (const [key, child] of Object.entries(value)) expectNothingFrozen(child, `${path}.${key}`);
}

/** An expected issue: its path, and words its message must contain (besides the path itself). */
interface Expected {
  readonly path: readonly (string | number)[];
  readonly shows: readonly string[];
}

/** `mentors[3].skills[0].topic` for a path, as messages write it. */
function pathText(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text === '' ? 'the programme' : text;
}

/** `error` lists exactly the `expected` issues (in any order), each message naming its field and showing the value. */
function expectIssues(error: InvalidInputError, expected: readonly Expected[]): void {
  expect(error.code).toBe('INVALID_INPUT');
  expect(error.message.startsWith('parseProgram: ')).toBe(true);
  const unmatched = [...error.issues];
  const missing: string[] = [];
  for (const want of expected) {
    const k = unmatched.findIndex(
      (issue) =>
        JSON.stringify(issue.path) === JSON.stringify(want.path) && want.shows.every((w) => issue.message.includes(w)),
    );
    if (k < 0) missing.push(`${JSON.stringify(want.path)} showing ${want.shows.join(' / ')}`);
    else unmatched.splice(k, 1);
  }
  expect(missing, `missing issues; got:\n${error.issues.map((i) => i.message).join('\n')}`).toEqual([]);
  expect(unmatched.map((i) => i.message)).toEqual([]);
  for (const issue of error.issues) {
    // The message names the field: it starts with the path (an object's unknown or reserved key: its parent's path).
    const named =
      issue.message.startsWith(pathText(issue.path)) || issue.message.startsWith(pathText(issue.path.slice(0, -1)));
    expect(named, issue.message).toBe(true);
  }
}

const microInput = {
  mode: 'micro',
  topics: [{ id: 'finance' }, { id: 'pricing', name: 'Pricing', parent: 'finance' }, { id: 'tax', parent: 'finance' }],
  mentors: [
    {
      id: 'ana',
      skills: [
        { topic: 'pricing', level: 5 },
        { topic: 'finance', level: 2 },
        { topic: 'tax', level: 3 },
      ],
      languages: ['EN', ' fr ', 'en'],
      timeZone: -3.5,
    },
    {
      id: 'raj',
      name: 'Raj',
      skills: [{ topic: 'finance', level: 4 }],
      offers: ['pricing'],
      capacity: 1,
      hoursBudget: 6,
      department: 'Sales',
      managerId: 'zoe',
      grade: 7,
      attributes: { site: 'Lyon', certified: true, seats: 2 },
    },
  ],
  mentees: [
    {
      id: 'bo',
      requests: [
        { topic: 'pricing', level: 3 },
        { topic: 'tax', level: 1, priority: 2, hours: 1.5 },
      ],
      values: ['Growth', 'growth', ' '],
      preferences: ['raj', 'ana'],
    },
  ],
  weights: { expertise: 0.5, custom: 0 },
};

const classicInput = {
  name: 'Spring cohort',
  mode: 'classic',
  topics: [{ id: 'leadership' }, { id: 'feedback', parent: 'leadership' }],
  mentors: [
    { id: 'kim', skills: [{ topic: 'leadership', level: 3 }], values: ['Curiosity'] },
    { id: 'lea', skills: [{ topic: 'feedback', level: 2 }], capacity: 0 },
  ],
  mentees: [
    {
      id: 'max',
      goals: [{ topic: 'leadership' }, { topic: 'feedback', weight: 2 }],
      exclude: ['lea'],
      grade: 2,
      timeZone: 14,
    },
    { id: 'noa', requests: [] },
  ],
  rules: {
    sameDepartment: 'forbidden',
    seniorityGap: { min: 1 },
    custom: [{ name: 'same-site', effect: 'prefer', mentor: { attribute: 'site', in: ['Lyon', 1, true] } }],
    forbiddenPairs: [{ mentee: 'noa', mentor: 'lea' }],
    lockedPairs: [{ mentee: 'max', mentor: 'kim' }],
  },
  weights: { goals: 1, values: 0 },
  objective: 'fair',
};

describe('parseProgram normalises valid programmes', () => {
  it('a micro programme gets the micro defaults: capacity 5, offers = skills at level ≥ 3, priority 1, hours 2, micro rules and weights', () => {
    expect(parseProgram(microInput)).toStrictEqual({
      mode: 'micro',
      topics: [
        { id: 'finance', name: 'finance' },
        { id: 'pricing', name: 'Pricing', parent: 'finance' },
        { id: 'tax', name: 'tax', parent: 'finance' },
      ],
      mentors: [
        {
          id: 'ana',
          name: 'ana',
          languages: ['en', 'fr'],
          timeZone: -3.5,
          attributes: {},
          values: [],
          skills: [
            { topic: 'pricing', level: 5 },
            { topic: 'finance', level: 2 },
            { topic: 'tax', level: 3 },
          ],
          offers: ['pricing', 'tax'],
          capacity: 5,
          preferences: [],
        },
        {
          id: 'raj',
          name: 'Raj',
          languages: [],
          department: 'Sales',
          managerId: 'zoe',
          grade: 7,
          attributes: { site: 'Lyon', certified: true, seats: 2 },
          values: [],
          skills: [{ topic: 'finance', level: 4 }],
          offers: ['pricing'],
          capacity: 1,
          hoursBudget: 6,
          preferences: [],
        },
      ],
      mentees: [
        {
          id: 'bo',
          name: 'bo',
          languages: [],
          attributes: {},
          values: ['growth'],
          requests: [
            { topic: 'pricing', level: 3, priority: 1, hours: 2 },
            { topic: 'tax', level: 1, priority: 2, hours: 1.5 },
          ],
          goals: [],
          preferences: ['raj', 'ana'],
          exclude: [],
        },
      ],
      rules: {
        sameDepartment: 'avoided',
        reportingLine: 'forbidden',
        seniorityGap: null,
        sharedLanguage: true,
        maxTimeZoneGap: null,
        levelRequired: true,
        repeatMentor: false,
        custom: [],
        forbiddenPairs: [],
        lockedPairs: [],
      },
      weights: {
        expertise: 0.5,
        willingness: 0.15,
        goals: 0,
        seniority: 0,
        language: 0.1,
        timeZone: 0.1,
        department: 0.05,
        preference: 0.15,
        values: 0,
        custom: 0,
      },
      objective: 'total',
    } satisfies Program);
  });

  it('a classic programme gets the classic defaults: capacity 2, goal weight 1, levelRequired off, rules and weights merged', () => {
    const program = parseProgram(classicInput);
    expect(program.name).toBe('Spring cohort');
    expect(program.objective).toBe('fair');
    expect(program.mentors.map((m) => [m.capacity, m.offers])).toEqual([
      [2, ['leadership']],
      [0, []],
    ]);
    expect(program.mentors[0]?.values).toEqual(['curiosity']);
    expect(program.mentees[0]).toStrictEqual({
      id: 'max',
      name: 'max',
      languages: [],
      timeZone: 14,
      grade: 2,
      attributes: {},
      values: [],
      requests: [],
      goals: [
        { topic: 'leadership', weight: 1 },
        { topic: 'feedback', weight: 2 },
      ],
      preferences: [],
      exclude: ['lea'],
    });
    expect(program.mentees[1]?.requests).toEqual([]);
    expect(program.mentees[1]?.goals).toEqual([]);
    expect(program.rules).toStrictEqual({
      sameDepartment: 'forbidden',
      reportingLine: 'forbidden',
      seniorityGap: { min: 1 },
      sharedLanguage: true,
      maxTimeZoneGap: null,
      levelRequired: false,
      repeatMentor: false,
      custom: [{ name: 'same-site', effect: 'prefer', mentor: { attribute: 'site', in: ['Lyon', 1, true] } }],
      forbiddenPairs: [{ mentee: 'noa', mentor: 'lea' }],
      lockedPairs: [{ mentee: 'max', mentor: 'kim' }],
    });
    expect(program.weights).toStrictEqual({ ...DEFAULT_WEIGHTS.classic, goals: 1, values: 0 });
    expect(program.weights).toStrictEqual({
      expertise: 0,
      willingness: 0.05,
      goals: 1,
      seniority: 0.15,
      language: 0.05,
      timeZone: 0.05,
      department: 0.1,
      preference: 0.1,
      values: 0,
      custom: 0.05,
    });
  });

  it('DEFAULT_WEIGHTS is frozen and holds a weight for every criterion of each mode', () => {
    expectDeeplyFrozen(DEFAULT_WEIGHTS);
    const criteria = Object.keys(DEFAULT_WEIGHTS.micro).sort();
    expect(criteria).toHaveLength(10);
    expect(Object.keys(DEFAULT_WEIGHTS.classic).sort()).toEqual(criteria);
  });

  it('an empty programme of either mode is valid, with the mode rules and weights', () => {
    for (const mode of ['micro', 'classic'] as const) {
      const program = parseProgram({ mode, topics: [], mentors: [], mentees: [] });
      expect(program.weights).toStrictEqual(DEFAULT_WEIGHTS[mode]);
      expect(program.rules.levelRequired).toBe(mode === 'micro');
      expect(program.rules.seniorityGap).toBeNull();
      expect('name' in program).toBe(false);
    }
  });

  it('rules given as null (no seniority window, no time-zone limit) stay null, and an empty window stays empty', () => {
    const program = parseProgram({
      mode: 'classic',
      topics: [],
      mentors: [],
      mentees: [],
      rules: { seniorityGap: {}, maxTimeZoneGap: null, reportingLine: 'allowed', sharedLanguage: false },
    });
    expect(program.rules.seniorityGap).toStrictEqual({});
    expect(program.rules.maxTimeZoneGap).toBeNull();
    expect(program.rules.reportingLine).toBe('allowed');
    expect(program.rules.sharedLanguage).toBe(false);
    expect(parseProgram({ ...classicInput, rules: { seniorityGap: null } }).rules.seniorityGap).toBeNull();
  });

  it('the result is deeply frozen, and the input is neither modified nor frozen', () => {
    for (const input of [microInput, classicInput]) {
      const before = structuredClone(input);
      const program = parseProgram(input);
      expectDeeplyFrozen(program);
      expect(input).toStrictEqual(before);
      expectNothingFrozen(input);
    }
  });

  it('parsing is idempotent: parseProgram(parseProgram(x)) equals parseProgram(x)', () => {
    for (const input of [microInput, classicInput]) {
      const once = parseProgram(input);
      const twice = parseProgram(once);
      expect(twice).toStrictEqual(once);
      expect(twice).not.toBe(once);
      expectDeeplyFrozen(twice);
    }
  });

  it('a JSON string parses like the object it encodes', () => {
    for (const input of [microInput, classicInput]) {
      expect(parseProgram(JSON.stringify(input))).toStrictEqual(parseProgram(input));
      expect(parseProgram(JSON.stringify(input, null, 2))).toStrictEqual(parseProgram(input));
    }
  });

  it('random valid programmes parse, frozen, idempotently, without modifying their input (fast-check)', () => {
    fc.assert(
      fc.property(programArbitrary(), (input) => {
        const before = structuredClone(input);
        const program = parseProgram(input);
        expect(input).toStrictEqual(before);
        expectDeeplyFrozen(program);
        expect(parseProgram(program)).toStrictEqual(program);
        expect(parseProgram(JSON.stringify(input))).toStrictEqual(program);
        expect(program.mentors.map((m) => m.id)).toEqual(input.mentors.map((m) => m.id));
      }),
      fcOptions(150),
    );
  });
});

describe('parseProgram: __proto__, constructor and toString are ordinary ids', () => {
  const odd = ['__proto__', 'constructor', 'toString'] as const;
  const input = {
    mode: 'micro',
    topics: [{ id: '__proto__' }, { id: 'constructor', parent: '__proto__' }, { id: 'toString', parent: '__proto__' }],
    mentors: odd.map((id, k) => ({
      id,
      skills: [{ topic: odd[k] as string, level: 5 }],
      attributes: { [id === '__proto__' ? 'hasOwnProperty' : id]: 'yes' },
    })),
    mentees: [
      {
        id: '__proto__',
        requests: [{ topic: 'constructor', level: 2 }],
        preferences: ['toString', 'constructor'],
      },
      { id: 'constructor', requests: [{ topic: 'toString', level: 5 }], exclude: ['__proto__'] },
      { id: 'toString', requests: [{ topic: '__proto__', level: 1 }] },
    ],
    rules: {
      levelRequired: false,
      forbiddenPairs: [{ mentee: 'toString', mentor: 'constructor' }],
      lockedPairs: [{ mentee: '__proto__', mentor: 'toString' }],
    },
  };

  it('parses them as any other id, from an object or a JSON string, and scores with them', () => {
    const program = parseProgram(input);
    expect(parseProgram(JSON.stringify(input))).toStrictEqual(program);
    expect(program.topics.map((t) => [t.id, t.parent])).toEqual([
      ['__proto__', undefined],
      ['constructor', '__proto__'],
      ['toString', '__proto__'],
    ]);
    expect(program.mentors.map((m) => m.offers)).toEqual([['__proto__'], ['constructor'], ['toString']]);
    expect(program.mentors[1]?.attributes).toStrictEqual({ constructor: 'yes' });
    expect(program.mentees.map((e) => e.id)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(program.mentees[0])).toBe(Object.prototype);
    const table = scoreProgram(program);
    expect(table.mentorIds).toEqual(['__proto__', 'constructor', 'toString']);
    expect(table.rows.map((r) => [r.menteeId, r.topic])).toEqual([
      ['__proto__', 'constructor'],
      ['constructor', 'toString'],
      ['toString', '__proto__'],
    ]);
    const rules = (row: number, col: number) => table.explain(row, col).rules.map((r) => r.rule);
    // Each mentee is also a mentor: the diagonal is `self`; the exclusion and the forbidden pair hold.
    expect([rules(0, 0), rules(1, 1), rules(2, 2)]).toEqual([['self'], ['self'], ['self']]);
    expect(rules(1, 0)).toEqual(['excluded']);
    expect(rules(2, 1)).toEqual(['forbiddenPair']);
    // Taxonomy works through these ids: constructor's sibling toString (level 5) gives 0.3 × 5 = 1.5.
    const expertise = table.explain(0, 2).criteria.find((c) => c.criterion === 'expertise');
    expect(expertise?.value).toBeCloseTo(0.8 * (1.5 / 2) + 0.2 * (1.5 / 5), 12);
    // ...and the preference list ranks toString first.
    expect(table.explain(0, 2).criteria.find((c) => c.criterion === 'preference')?.value).toBe(1);
  });

  it('duplicates and unknown references among them are reported like any other', () => {
    const error = parseError({
      mode: 'micro',
      topics: [{ id: '__proto__' }, { id: '__proto__' }, { id: 'toString', parent: 'valueOf' }],
      mentors: [
        { id: 'constructor', skills: [{ topic: 'hasOwnProperty', level: 3 }] },
        { id: 'constructor', skills: [] },
      ],
      mentees: [
        { id: 'toString', requests: [{ topic: 'constructor', level: 2 }], preferences: ['__proto__'] },
        { id: 'toString', requests: [] },
      ],
    });
    expectIssues(error, [
      { path: ['topics', 1, 'id'], shows: ['duplicate topic id', '"__proto__"'] },
      { path: ['topics', 2, 'parent'], shows: ['unknown topic', '"valueOf"'] },
      { path: ['mentors', 1, 'id'], shows: ['duplicate mentor id', '"constructor"'] },
      { path: ['mentees', 1, 'id'], shows: ['duplicate mentee id', '"toString"'] },
      { path: ['mentors', 0, 'skills', 0, 'topic'], shows: ['unknown topic', '"hasOwnProperty"'] },
      { path: ['mentees', 0, 'requests', 0, 'topic'], shows: ['unknown topic', '"constructor"'] },
      { path: ['mentees', 0, 'preferences', 0], shows: ['unknown mentor', '"__proto__"'] },
    ]);
  });
});

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

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values that are not quite JSON, or JSON that breaks naive code. */
const SPECIAL_VALUES: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  undefined,
  2 ** 53 + 2,
  -1,
  0.1,
  5.5,
  1e300,
  '',
  ' ',
  'x'.repeat(300),
  '__proto__',
  [],
  {},
  [null],
  JSON.parse('{"__proto__": {"id": "a", "level": 3}}'),
  JSON.parse('{"__proto__": []}'),
  { id: 'x', skills: [] },
  { topic: 'a', level: 3 },
];

interface Mutation {
  readonly target: number;
  readonly kind: 'delete' | 'replace' | 'retype' | 'add' | 'special';
  readonly json: Json;
  readonly key: string;
  readonly special: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  target: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'retype', 'add', 'special'),
  json: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  key: fc.oneof(fc.constantFrom('id', 'level', 'topic', 'mode', '__proto__', 'constructor', 'extra'), fc.string()),
  special: fc.nat(),
});

/** Every container (object or array) in `root` with the key of each of its entries. */
function slots(root: unknown): { parent: Record<string, unknown> | unknown[]; key: string | number }[] {
  const out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((child, k) => {
        out.push({ parent: node, key: k });
        walk(child);
      });
    } else {
      for (const [key, child] of Object.entries(node)) {
        out.push({ parent: node as Record<string, unknown>, key });
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/** Another type for the same value: numbers become strings, strings numbers, objects arrays... */
function retype(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.length;
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (value === null || value === undefined) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, k) => [String(k), v]));
  return [value];
}

/** Applies `m` to `root` (in place). */
function mutate(root: Record<string, unknown>, m: Mutation): void {
  const all = slots(root);
  if (m.kind === 'add') {
    const containers = [root, ...all.map((s) => (s.parent as Record<string, unknown>)[s.key as string])].filter(
      (c) => c !== null && typeof c === 'object',
    ) as (Record<string, unknown> | unknown[])[];
    const target = containers[m.target % containers.length] as Record<string, unknown> | unknown[];
    if (Array.isArray(target)) target.push(m.json);
    else Object.defineProperty(target, m.key, { value: m.json, enumerable: true, writable: true, configurable: true });
    return;
  }
  const slot = all[m.target % Math.max(1, all.length)];
  if (slot === undefined) return;
  const { parent, key } = slot;
  const current = (parent as Record<string, unknown>)[key as string];
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
    return;
  }
  const value =
    m.kind === 'replace'
      ? m.json
      : m.kind === 'retype'
        ? retype(current)
        : structuredClone(SPECIAL_VALUES[m.special % SPECIAL_VALUES.length]);
  (parent as Record<string, unknown>)[key as string] = value;
}

/** `parseProgram(input)` returns a frozen programme or throws an `InvalidInputError`; never anything else. */
function expectParsesOrRejects(input: unknown): void {
  let program: Program;
  try {
    program = parseProgram(input);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    expect(error.message.startsWith('parseProgram: ')).toBe(true);
    return;
  }
  expectDeeplyFrozen(program);
  expect(parseProgram(program)).toStrictEqual(program);
  for (const score of scoreProgram(program).scores.data)
    expect(score === Number.NEGATIVE_INFINITY || (score >= 0 && score <= 1)).toBe(true);
}

describe('parseProgram rejects weights under which every pair would score 0', () => {
  const micro = {
    mode: 'micro',
    topics: [{ id: 't' }],
    mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }] }],
    mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3 }] }],
  } as const;
  const classic = {
    mode: 'classic',
    topics: [{ id: 't' }],
    mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }] }],
    mentees: [{ id: 'bo', goals: [{ topic: 't' }] }],
  } as const;
  const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS.micro).map((c) => [c, 0]));

  it('every weight 0 once merged over the mode defaults: one issue at weights', () => {
    const error = parseError({ ...micro, weights: zero });
    expect(error.issues).toEqual([
      {
        path: ['weights'],
        message:
          'weights: every criterion weight is 0 (merged over the micro defaults), so every pair would score 0: give at least one criterion a positive weight',
      },
    ]);
    expect(error.message).toBe(`parseProgram: ${error.issues[0]?.message}`);
    // Classic: setting the criteria whose default is not 0 to 0 is enough (expertise defaults to 0).
    const nonZero = Object.entries(DEFAULT_WEIGHTS.classic).filter(([, w]) => w > 0);
    expect(parseError({ ...classic, weights: Object.fromEntries(nonZero.map(([c]) => [c, 0])) }).issues).toEqual([
      {
        path: ['weights'],
        message:
          'weights: every criterion weight is 0 (merged over the classic defaults), so every pair would score 0: give at least one criterion a positive weight',
      },
    ]);
  });

  it('positive weights only on criteria that cannot apply (department with sameDepartment allowed, custom without a soft rule)', () => {
    const input = {
      ...micro,
      weights: { ...zero, department: 1, custom: 2 },
      rules: { sameDepartment: 'allowed', custom: [{ name: 'x', effect: 'require', same: 'site' }] },
    };
    expect(parseError(input).issues).toEqual([
      {
        path: ['weights'],
        message:
          'weights: no criterion with a positive weight applies (department: rules.sameDepartment is "allowed"; custom: no "prefer" or "avoid" custom rule), so every pair would score 0: give a positive weight to another criterion',
      },
    ]);
    expect(parseError({ ...input, weights: { ...zero, custom: 1 } }).issues[0]?.message).toBe(
      'weights: no criterion with a positive weight applies (custom: no "prefer" or "avoid" custom rule), so every pair would score 0: give a positive weight to another criterion',
    );
    // Either one switched on is enough.
    expect(() => parseProgram({ ...input, rules: { ...input.rules, sameDepartment: 'avoided' } })).not.toThrow();
    const soft = { ...input.rules, custom: [{ name: 'x', effect: 'prefer', same: 'site' }] };
    expect(() => parseProgram({ ...input, rules: soft })).not.toThrow();
  });

  it('goals alone in micro mode and expertise alone in classic mode apply, and score above 0', () => {
    const goals = parseProgram({ ...micro, weights: { ...zero, goals: 1 } });
    expect(scoreProgram(goals).scores.data[0]).toBeCloseTo(4 / 5, 12);
    const expertise = parseProgram({ ...classic, weights: { ...zero, expertise: 1 } });
    expect(scoreProgram(expertise).scores.data[0]).toBe(1);
  });

  it('listed with shape problems in one error; not when a weight itself is malformed', () => {
    const error = parseError({ ...micro, mentors: [{ id: 'ana', skills: [], capacity: -1 }], weights: zero });
    expectIssues(error, [
      { path: ['mentors', 0, 'capacity'], shows: ['≥ 0', 'got -1'] },
      { path: ['weights'], shows: ['every criterion weight is 0'] },
    ]);
    expectIssues(parseError({ ...micro, weights: { ...zero, expertise: -1 } }), [
      { path: ['weights', 'expertise'], shows: ['≥ 0', 'got -1'] },
    ]);
  });
});

describe('parseProgram: hours in a classic programme', () => {
  it('a classic mentor with an hours budget (0 included) is rejected at that field', () => {
    const error = parseError({
      mode: 'classic',
      topics: [{ id: 't' }],
      mentors: [
        { id: 'ana', skills: [{ topic: 't', level: 4 }], hoursBudget: 0 },
        { id: 'ben', skills: [] },
        { id: 'cy', skills: [], hoursBudget: 10 },
      ],
      mentees: [{ id: 'bo', goals: [{ topic: 't' }] }],
    });
    expect(error.issues).toEqual([
      {
        path: ['mentors', 0, 'hoursBudget'],
        message:
          'mentors[0].hoursBudget: hours budgets are for micro mode; a classic programme limits mentors by capacity',
      },
      {
        path: ['mentors', 2, 'hoursBudget'],
        message:
          'mentors[2].hoursBudget: hours budgets are for micro mode; a classic programme limits mentors by capacity',
      },
    ]);
  });

  it('a classic request with hours is rejected with the request list it belongs to', () => {
    const error = parseError({
      mode: 'classic',
      topics: [{ id: 't' }],
      mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }] }],
      mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3, hours: 4 }] }],
    });
    expect(error.issues).toEqual([
      {
        path: ['mentees', 0, 'requests'],
        message: 'mentees[0].requests: requests are for micro mode; a classic programme takes goals',
      },
    ]);
  });
});

describe('parseProgram fuzz: mutated programmes are accepted or rejected with InvalidInputError, never a crash', () => {
  it('deleted fields, changed types, random JSON and special values anywhere (fast-check)', () => {
    fc.assert(
      fc.property(programArbitrary(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (program, mutations) => {
        const input = structuredClone(program) as unknown as Record<string, unknown>;
        for (const m of mutations) mutate(input, m);
        const before = structuredClone(input);
        expectParsesOrRejects(input);
        // (node's deep equality: toStrictEqual would read an own `constructor` field as the object's class)
        expect(isDeepStrictEqual(input, before)).toBe(true);
        // The same input as a JSON string (when it has one) behaves alike.
        const text = JSON.stringify(input);
        if (text !== undefined) expectParsesOrRejects(text);
      }),
      fcOptions(600),
    );
  });

  it('arbitrary values as the whole programme (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true }), (input) => {
        expectParsesOrRejects(input);
      }),
      fcOptions(300),
    );
  });
});

describe('programJsonSchema', () => {
  it('is a frozen JSON Schema object whose top-level properties are the programme fields', () => {
    expect(programJsonSchema.type).toBe('object');
    expect(String(programJsonSchema.$schema)).toContain('json-schema.org');
    expect(Object.keys(programJsonSchema.properties ?? {})).toEqual([
      '$schema',
      'name',
      'mode',
      'topics',
      'mentors',
      'mentees',
      'rules',
      'weights',
      'objective',
      'startDate',
    ]);
    expect([...((programJsonSchema.required as string[] | undefined) ?? [])].sort()).toEqual([
      'mentees',
      'mentors',
      'mode',
      'topics',
    ]);
    expect(programJsonSchema.additionalProperties).toBe(false);
    expectDeeplyFrozen(programJsonSchema);
    expect(() => {
      (programJsonSchema as Record<string, unknown>).type = 'array';
    }).toThrow(TypeError);
  });

  it('describes the enums, bounds and nesting that parseProgram checks', () => {
    const props = programJsonSchema.properties as Record<string, Record<string, unknown>>;
    expect(props.mode?.enum).toEqual(['micro', 'classic']);
    const mentor = (props.mentors?.items ?? {}) as {
      properties: Record<string, Record<string, unknown>>;
      required: string[];
    };
    expect(mentor.required).toEqual(expect.arrayContaining(['id', 'skills']));
    const skill = (mentor.properties.skills?.items ?? {}) as { properties: Record<string, Record<string, unknown>> };
    expect(skill.properties.level).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(mentor.properties.timeZone).toMatchObject({ minimum: -12, maximum: 14, multipleOf: 0.25 });
    // The schema's own view agrees with the generated programmes: every one is an object with these keys only.
    const keys = new Set(Object.keys(props));
    for (const input of fc.sample(programArbitrary(), { seed: 7, numRuns: 20 }) as ProgramJson[])
      for (const key of Object.keys(input)) expect(keys.has(key)).toBe(true);
  });
});
