import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, type Program, parseProgram, scoreProgram } from '../src/index.js';
import { fcOptions } from './helpers/fastCheck.js';
import { parseError } from './helpers/parseError.js';
import { expectDeeplyFrozen, expectIssues, expectNothingFrozen } from './helpers/parseProgramChecks.js';
import { programArbitrary } from './helpers/programArbitrary.js';

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
        repeatPairs: 'avoided',
        repeatWindowDays: 365,
        custom: [],
        forbiddenPairs: [],
        lockedPairs: [],
        quotas: [],
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
        repeat: 0.1,
        novelty: 0,
        rotation: 0,
      },
      objective: 'total',
      history: [],
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
      repeatPairs: 'avoided',
      repeatWindowDays: 365,
      custom: [{ name: 'same-site', effect: 'prefer', mentor: { attribute: 'site', in: ['Lyon', 1, true] } }],
      forbiddenPairs: [{ mentee: 'noa', mentor: 'lea' }],
      lockedPairs: [{ mentee: 'max', mentor: 'kim' }],
      quotas: [],
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
      repeat: 0.1,
      novelty: 0,
      rotation: 0,
    });
  });

  it('DEFAULT_WEIGHTS is frozen and holds a weight for every criterion of each mode', () => {
    expectDeeplyFrozen(DEFAULT_WEIGHTS);
    const criteria = Object.keys(DEFAULT_WEIGHTS.micro).sort();
    expect(criteria).toHaveLength(13);
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
      // A programme it returned comes back as it is; a copy of one is parsed again, to the same.
      expect(parseProgram(once)).toBe(once);
      const twice = parseProgram(structuredClone(once));
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

  it('a -0 anywhere reads as 0, so that the programme comes back from its JSON bit for bit', () => {
    const input = {
      mode: 'micro',
      topics: [{ id: 't' }],
      mentors: [
        {
          id: 'm',
          skills: [{ topic: 't', level: 3 }],
          timeZone: -0,
          grade: -0,
          capacity: -0,
          hoursBudget: -0,
          attributes: { site: -0 },
        },
        { id: 'n', skills: [{ topic: 't', level: 3 }], weeklyMinutes: -0, timeZone: 'UTC', attributes: { site: -0 } },
      ],
      mentees: [
        { id: 'e', timeZone: -0, grade: -0, requests: [{ topic: 't', level: 1 }], attributes: { site: -0 } },
        // Read by the schema (a time zone name), not quickly.
        { id: 'f', timeZone: 'UTC', grade: -0, requests: [{ topic: 't', level: 1 }], attributes: { site: -0 } },
      ],
      rules: {
        maxTimeZoneGap: -0,
        repeatWindowDays: -0,
        seniorityGap: { min: -0, max: -0 },
        quotas: [{ kind: 'perMentor', attribute: 'site', max: -0 }],
        custom: [{ name: 'zero-site', effect: 'prefer', mentor: { attribute: 'site', equals: -0, in: [-0] } }],
      },
      weights: { expertise: 1, department: -0 },
      cycle: { weeks: 4 },
    };
    const program = parseProgram(input);
    const negativeZeros: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Object.is(value, -0)) negativeZeros.push(path);
      if (value !== null && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(program, 'program');
    expect(negativeZeros).toEqual([]);
    expect(program.mentors[0]?.hoursBudget).toBe(0);
    expect(Object.is(program.mentors[0]?.attributes.site, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(program))).toStrictEqual(program);
    // The input keeps its own.
    expect(Object.is(input.mentors[0]?.hoursBudget, -0)).toBe(true);
    expect(Object.is(input.mentees[1]?.attributes.site, -0)).toBe(true);
  });

  it('holds none of the input objects and freezes none of them, read quickly or by the schema', () => {
    // The programme is made of the parsed data's own copies, frozen as they are made: none may be
    // the caller's. Person `f` and mentor `n` go through the schema (a time zone name).
    const input = {
      mode: 'micro',
      topics: [{ id: 't' }, { id: 'u' }],
      mentors: [
        {
          id: 'm',
          languages: ['en'],
          values: ['care'],
          skills: [{ topic: 't', level: 4 }],
          offers: ['t'],
          preferences: ['e'],
          attributes: { site: 'x' },
        },
        {
          id: 'n',
          timeZone: 'UTC',
          languages: ['en'],
          values: ['care'],
          skills: [{ topic: 'u', level: 3 }],
          preferences: ['f'],
          attributes: { site: 'y' },
        },
      ],
      mentees: [
        {
          id: 'e',
          languages: ['en'],
          values: ['care'],
          requests: [{ topic: 't', level: 1 }],
          preferences: ['m'],
          exclude: ['n'],
          attributes: { site: 'x' },
        },
        {
          id: 'f',
          timeZone: 'UTC',
          languages: ['en'],
          values: ['care'],
          requests: [{ topic: 'u', level: 1 }],
          preferences: ['n'],
          exclude: ['m'],
          attributes: { site: 'y' },
        },
      ],
    };
    const mine = new Set<object>();
    const gather = (value: unknown, into: Set<object>): void => {
      if (value === null || typeof value !== 'object') return;
      into.add(value);
      for (const child of Object.values(value)) gather(child, into);
    };
    gather(input, mine);
    const program = parseProgram(input);
    const held = new Set<object>();
    gather(program, held);
    expect([...held].filter((o) => mine.has(o))).toEqual([]);
    expect([...mine].filter((o) => Object.isFrozen(o))).toEqual([]);
    expect([...held].filter((o) => !Object.isFrozen(o))).toEqual([]);
    // A classic mentee's goals, read quickly and by the schema.
    const classic = {
      mode: 'classic',
      topics: input.topics,
      mentors: input.mentors,
      mentees: input.mentees.map(({ requests, ...rest }) => ({
        ...rest,
        goals: requests.map((r) => ({ topic: r.topic })),
      })),
    };
    mine.clear();
    gather(classic, mine);
    held.clear();
    gather(parseProgram(classic), held);
    expect(held.size).toBeGreaterThan(20);
    expect([...held].filter((o) => mine.has(o))).toEqual([]);
    expect([...mine].filter((o) => Object.isFrozen(o))).toEqual([]);
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

describe('parseProgram given a programme it returned', () => {
  it('gives it back as it is, its size checked against the limits of the call; any other object is parsed', () => {
    const program = parseProgram(microInput);
    expect(parseProgram(program)).toBe(program);
    // The limits of the second call still hold.
    expect(() => parseProgram(program, { limits: { maxMentors: 1 } })).toThrow(/maxMentors/);
    // A copy is not one it returned: parsed, it gives an equal programme, and a broken one fails.
    const copy = structuredClone(program) as unknown as { mentors: { capacity: unknown }[] };
    expect(parseProgram(copy)).not.toBe(copy);
    expect(parseProgram(copy)).toStrictEqual(program);
    (copy.mentors[0] as { capacity: unknown }).capacity = -1;
    expect(parseError(copy).message).toMatch(/capacity/);
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
        code: 'no_positive_weight',
        params: { mode: 'micro' },
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
        code: 'no_positive_weight',
        params: { mode: 'classic' },
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
        code: 'no_weight_applies',
        params: { criteria: ['department', 'custom'] },
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
        code: 'wrong_mode',
        params: { what: 'hoursBudget' },
        message:
          'mentors[0].hoursBudget: hours budgets are for micro mode; a classic programme limits mentors by capacity',
      },
      {
        path: ['mentors', 2, 'hoursBudget'],
        code: 'wrong_mode',
        params: { what: 'hoursBudget' },
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
        code: 'wrong_mode',
        params: { what: 'requests' },
        message: 'mentees[0].requests: requests are for micro mode; a classic programme takes goals',
      },
    ]);
  });
});
