/**
 * `scoreProgram`'s criteria on hand-made micro and classic programmes, with every expected value
 * computed by hand from the formulas in src/score/criteria/*.ts (and the README's "Scoring" table):
 * expertise against the level asked, taxonomy credit (parent or child 0.5, sibling 0.3),
 * willingness, goals, the seniority window, language (also past 32 languages, across bit-mask
 * words), the overlap of two 8-hour working days with wrap-around across the date line, department
 * under `avoided`, `allowed` and `forbidden`, preference rank, values, custom `prefer` / `avoid`,
 * and their weighted mean under each mode's default weights.
 */
import { describe, expect, it } from 'vitest';
import {
  expectExplanationsAddUp,
  expectGrid,
  forbidders,
  grid,
  NO_WEIGHTS,
  only,
  score,
} from './helpers/scoreChecks.js';
import { EXPERTS, micro, TOPICS } from './helpers/scoreFixtures.js';

describe('scoreProgram criteria, computed by hand', () => {
  it('expertise (micro) rewards the level asked, with taxonomy credit: parent or child 0.5, sibling 0.3', () => {
    const table = score({
      mode: 'micro',
      topics: TOPICS,
      mentors: EXPERTS,
      mentees: [
        {
          id: 'bo',
          requests: [
            { topic: 'pricing', level: 3 },
            { topic: 'finance', level: 2 },
          ],
        },
      ],
      rules: { levelRequired: false },
      weights: only('expertise'),
    });
    expect(table.rows.map((r) => [r.menteeId, r.topic, r.level])).toEqual([
      ['bo', 'pricing', 3],
      ['bo', 'finance', 2],
    ]);
    expectGrid(grid(table), [
      // pricing, level 3: own 5; own 2; parent 4 → 2; sibling 5 → 1.5; unrelated; best of 1, parent 2, sibling 1.5.
      [micro(5, 3), micro(2, 3), micro(2, 3), micro(1.5, 3), 0, micro(2, 3)],
      // finance, level 2: child 5 → 2.5; child 2 → 1; own 4; child 5 → 2.5; unrelated; best of 0.5, 4, 2.5.
      [micro(2.5, 2), micro(1, 2), micro(4, 2), micro(2.5, 2), 0, micro(4, 2)],
    ]);
    expectGrid(grid(table), [
      [1, 0.6133333333333333, 0.6133333333333333, 0.46, 0, 0.6133333333333333],
      [0.9, 0.44, 0.96, 0.9, 0, 0.96],
    ]);
    expectExplanationsAddUp(table);
  });

  it('expertise (classic) is the goal-weighted min(1, level / 3); neutral without goals', () => {
    const table = score({
      mode: 'classic',
      topics: TOPICS,
      mentors: EXPERTS,
      mentees: [
        {
          id: 'max',
          goals: [
            { topic: 'pricing', weight: 3 },
            { topic: 'audit', weight: 1 },
          ],
        },
        { id: 'noa' },
      ],
      weights: only('expertise'),
    });
    expectGrid(grid(table), [
      [0.75, 0.75 * (2 / 3), 0.75 * (2 / 3), 0.75 * 0.5, 0.25, 0.75 * (2 / 3)],
      [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    ]);
  });

  it('willingness is 1 for an offered topic, 0.5 when its parent or a child is offered, 0 for a sibling; offers default to skills at level ≥ 3', () => {
    const mentors = [
      ...EXPERTS,
      { id: 'keen', skills: [{ topic: 'pricing', level: 1 }], offers: ['pricing'] },
      { id: 'shy', skills: [{ topic: 'pricing', level: 5 }], offers: [] },
    ];
    const microTable = score({
      mode: 'micro',
      topics: TOPICS,
      mentors,
      mentees: [
        {
          id: 'bo',
          requests: [
            { topic: 'pricing', level: 3 },
            { topic: 'finance', level: 2 },
          ],
        },
      ],
      rules: { levelRequired: false },
      weights: only('willingness'),
    });
    // p5 offers pricing; p2 nothing; fin4 finance; tax5 tax; aud5 audit; mix finance and tax; keen pricing; shy nothing.
    expectGrid(grid(microTable), [
      [1, 0, 0.5, 0, 0, 0.5, 1, 0],
      [0.5, 0, 1, 0.5, 0, 1, 0.5, 0],
    ]);
    const classicTable = score({
      mode: 'classic',
      topics: TOPICS,
      mentors,
      mentees: [
        {
          id: 'max',
          goals: [
            { topic: 'pricing', weight: 3 },
            { topic: 'audit', weight: 1 },
          ],
        },
      ],
      weights: only('willingness'),
    });
    expectGrid(grid(classicTable), [[0.75, 0, 0.375, 0, 0.25, 0.375, 0.75, 0]]);
  });

  it('goals (classic) is the goal-weighted effective level / 5; neutral without goals', () => {
    const table = score({
      mode: 'classic',
      topics: TOPICS,
      mentors: EXPERTS,
      mentees: [
        {
          id: 'max',
          goals: [{ topic: 'pricing', weight: 3 }, { topic: 'audit' }],
        },
        { id: 'noa', goals: [] },
      ],
      weights: only('goals'),
    });
    // Weights 3 and 1 (the default) → 0.75 and 0.25.
    expectGrid(grid(table), [
      [0.75, 0.75 * 0.4, 0.75 * 0.4, 0.75 * 0.3, 0.25, 0.75 * 0.4],
      [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    ]);
  });

  const grades = [7, 6, 8, 5, 10, 12, 2, 4, undefined];
  const graded = grades.map((grade, k) => ({ id: `g${k}`, skills: [], ...(grade !== undefined ? { grade } : {}) }));

  it('seniority is 1 for a mentor 1 to 3 grades above, minus 1/3 per grade outside, at least 0; neutral without grades', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: graded,
      mentees: [{ id: 'max', grade: 5 }, { id: 'noa' }],
      weights: only('seniority'),
    });
    // Gaps 2, 1, 3, 0, 5, 7, -3, -1, missing.
    expectGrid(grid(table), [
      [1, 1, 1, 2 / 3, 1 / 3, 0, 0, 1 / 3, 0.5],
      [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    ]);
  });

  it('seniority with rules.seniorityGap: 1 inside the window, and a hard rule outside it (both ends, or one)', () => {
    const ninf = Number.NEGATIVE_INFINITY;
    const closed = score({
      mode: 'classic',
      topics: [],
      mentors: graded,
      mentees: [{ id: 'max', grade: 5 }, { id: 'noa' }],
      rules: { seniorityGap: { min: 0, max: 2 } },
      weights: only('seniority'),
    });
    expectGrid(grid(closed), [
      [1, 1, ninf, 1, ninf, ninf, ninf, ninf, 0.5],
      [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    ]);
    expect(forbidders(closed, 0, 2)).toEqual(['seniorityGap']);
    expect(closed.explain(0, 2).rules[0]?.message).toContain('grade gap 3 is outside the window 0 to 2');
    const open = score({
      mode: 'classic',
      topics: [],
      mentors: graded,
      mentees: [{ id: 'max', grade: 5 }],
      rules: { seniorityGap: { min: 2 } },
      weights: only('seniority'),
    });
    expectGrid(grid(open), [[1, ninf, 1, ninf, 1, 1, ninf, ninf, 0.5]]);
  });

  it('language is 1 with a language in common (case-insensitive), 0 without, neutral when either gave none; past 32 languages too', () => {
    const many = Array.from({ length: 40 }, (_, k) => `l${k}`);
    const table = score({
      mode: 'micro',
      topics: [],
      mentors: [
        { id: 'fr', skills: [], languages: ['fr'] },
        { id: 'de', skills: [], languages: ['de'] },
        { id: 'none', skills: [] },
        { id: 'de-en', skills: [], languages: ['DE', 'en'] },
        { id: 'many', skills: [], languages: many },
        { id: 'l0', skills: [], languages: ['l0'] },
      ],
      mentees: [
        { id: 'a', requests: [], languages: ['en', 'FR'] },
        { id: 'b', requests: [] },
        { id: 'c', requests: [], languages: ['L35'] },
      ],
      rules: { sharedLanguage: false },
      weights: only('language'),
    });
    expect(table.rows).toEqual([]); // micro mentees without requests have no rows...
    const classic = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'fr', skills: [], languages: ['fr'] },
        { id: 'de', skills: [], languages: ['de'] },
        { id: 'none', skills: [] },
        { id: 'de-en', skills: [], languages: ['DE', 'en'] },
        { id: 'many', skills: [], languages: many },
        { id: 'l0', skills: [], languages: ['l0'] },
      ],
      mentees: [{ id: 'a', languages: ['en', 'FR'] }, { id: 'b' }, { id: 'c', languages: ['L35'] }],
      rules: { sharedLanguage: false },
      weights: only('language'),
    });
    // ...so the language criterion is read in classic mode, one row per mentee.
    expectGrid(grid(classic), [
      [1, 0, 0.5, 1, 0, 0],
      [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
      [0, 0, 0.5, 0, 1, 0],
    ]);
  });

  it('time zone is the overlap of two 8-hour working days, (8 − hours apart) / 8, with wrap-around across the date line', () => {
    const zones = [-12, -11, 5.5, 12, 10];
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [...zones.map((timeZone, k) => ({ id: `z${k}`, skills: [], timeZone })), { id: 'nowhere', skills: [] }],
      mentees: [
        { id: 'kiritimati', timeZone: 14 },
        { id: 'tonga', timeZone: 13 },
        { id: 'london', timeZone: 0 },
        { id: 'hawaii', timeZone: -10 },
        { id: 'unknown' },
      ],
      weights: only('timeZone'),
    });
    // Hours apart on the clock: +14 and −12 are 2 h apart (26 h ≡ 2 h), +13 and −11 the same hour.
    expectGrid(grid(table), [
      [6 / 8, 7 / 8, 0, 6 / 8, 4 / 8, 0.5],
      [7 / 8, 1, 0.5 / 8, 7 / 8, 5 / 8, 0.5],
      [0, 0, 2.5 / 8, 0, 0, 0.5],
      [6 / 8, 7 / 8, 0, 6 / 8, 4 / 8, 0.5],
      [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    ]);
    expect(table.explain(0, 0).criteria[0]?.detail).toBe('2 h apart: 6 of 8 working hours overlap');
  });

  const departments = {
    mode: 'micro',
    topics: [{ id: 'x' }],
    mentors: [
      { id: 'ops', skills: [{ topic: 'x', level: 3 }], department: 'Ops' },
      { id: 'sales', skills: [{ topic: 'x', level: 3 }], department: 'Sales' },
      { id: 'none', skills: [{ topic: 'x', level: 3 }] },
    ],
    mentees: [
      { id: 'bo', requests: [{ topic: 'x', level: 1 }], department: 'Ops', preferences: ['sales', 'none', 'ops'] },
      { id: 'cy', requests: [{ topic: 'x', level: 1 }] },
    ],
  };

  it("department under 'avoided': 1 across departments, 0 within one, neutral when missing", () => {
    const table = score({ ...departments, rules: { sameDepartment: 'avoided' }, weights: only('department') });
    expectGrid(grid(table), [
      [0, 1, 0.5],
      [0.5, 0.5, 0.5],
    ]);
  });

  it("department under 'allowed' is out of force: its weight goes to the other criteria", () => {
    const table = score({
      ...departments,
      rules: { sameDepartment: 'allowed' },
      weights: { ...NO_WEIGHTS, department: 1, preference: 1 },
    });
    expect(table.explain(0, 0).criteria.map((c) => [c.criterion, c.weight])).toEqual([['preference', 1]]);
    // Preference alone: sales first of 3 → 1, none second → 2/3, ops third → 1/3; cy ranked nobody → 0.5.
    expectGrid(grid(table), [
      [1 / 3, 1, 2 / 3],
      [0.5, 0.5, 0.5],
    ]);
  });

  it("department under 'forbidden': a hard rule within one department, 1 across, neutral when missing", () => {
    const table = score({ ...departments, rules: { sameDepartment: 'forbidden' }, weights: only('department') });
    expectGrid(grid(table), [
      [Number.NEGATIVE_INFINITY, 1, 0.5],
      [0.5, 0.5, 0.5],
    ]);
    expect(table.explain(0, 0).rules).toEqual([
      {
        rule: 'sameDepartment',
        code: 'rule.sameDepartment',
        params: { department: 'Ops' },
        message: 'same department (Ops), which the rules forbid',
      },
    ]);
  });

  it('preference is 1 − (rank − 1) / list length for a ranked mentor, 0 for the others, neutral without a list', () => {
    const table = score({
      mode: 'micro',
      topics: [{ id: 'x' }],
      mentors: ['a', 'b', 'c', 'd'].map((id) => ({ id, skills: [{ topic: 'x', level: 5 }] })),
      mentees: [
        { id: 'bo', requests: [{ topic: 'x', level: 1 }], preferences: ['c', 'a', 'b'] },
        { id: 'cy', requests: [{ topic: 'x', level: 1 }] },
      ],
      weights: only('preference'),
    });
    expectGrid(grid(table), [
      [2 / 3, 1 / 3, 1, 0],
      [0.5, 0.5, 0.5, 0.5],
    ]);
    expect(table.explain(0, 1).criteria[0]?.detail).toBe("the mentee's choice number 3 of 3");
  });

  it("values is the share of the mentee's values (lower-cased, without duplicates) the mentor shares; neutral when either gave none", () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'half', skills: [], values: ['FAMILY', 'sport'] },
        { id: 'all', skills: [], values: ['growth', 'family'] },
        { id: 'none', skills: [] },
        { id: 'other', skills: [], values: ['x'] },
        { id: 'more', skills: [], values: ['Family', 'Growth', 'sport'] },
      ],
      mentees: [{ id: 'max', values: ['Growth', 'family', 'growth'] }, { id: 'noa' }],
      weights: only('values'),
    });
    expectGrid(grid(table), [
      [0.5, 1, 0.5, 0, 1],
      [0.5, 0.5, 0.5, 0.5, 0.5],
    ]);
  });

  it('custom is the share of soft rules met: a prefer rule that holds, an avoid rule that does not', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'A', skills: [], attributes: { site: 'lyon', contract: 'internal', certified: true } },
        { id: 'B', skills: [], attributes: { site: 'paris', contract: 'external', certified: false } },
        { id: 'C', skills: [], attributes: { site: 'lyon', contract: 'external' } },
        { id: 'D', skills: [] },
      ],
      mentees: [
        { id: 'e1', attributes: { site: 'lyon', level: 'junior' } },
        { id: 'e2', attributes: { site: 'paris' } },
        { id: 'e3' },
      ],
      rules: {
        custom: [
          { name: 'same-site', effect: 'prefer', same: 'site' },
          { name: 'no-externals', effect: 'avoid', mentor: { attribute: 'contract', equals: 'external' } },
          {
            name: 'certified-for-juniors',
            effect: 'prefer',
            mentee: { attribute: 'level', in: ['junior', 'intern'] },
            mentor: { attribute: 'certified', equals: true },
          },
        ],
      },
      weights: only('custom'),
    });
    expectGrid(grid(table), [
      [1, 0, 1 / 3, 1 / 3],
      [1 / 3, 1 / 3, 0, 1 / 3],
      [1 / 3, 0, 0, 1 / 3],
    ]);
    expect(table.explain(0, 2).criteria[0]?.detail).toBe(
      'meets same-site (prefer when both have the same site); misses no-externals (avoid when the mentor\'s contract is "external"); ' +
        'certified-for-juniors (prefer when the mentor\'s certified is true and the mentee\'s level is one of "junior", "intern")',
    );
  });

  it('custom is out of force without soft rules, even with a weight', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [{ id: 'A', skills: [], attributes: { site: 'lyon' } }],
      mentees: [{ id: 'e1', attributes: { site: 'lyon' }, preferences: ['A'] }],
      rules: { custom: [{ name: 'forbid-lyon', effect: 'forbid', mentor: { attribute: 'site', equals: 'paris' } }] },
      weights: { ...NO_WEIGHTS, custom: 1, preference: 1 },
    });
    expect(table.explain(0, 0).criteria.map((c) => c.criterion)).toEqual(['preference']);
    expect(grid(table)).toEqual([[1]]);
  });

  it('the micro default weights give the weighted mean of the criteria in force', () => {
    const table = score({
      mode: 'micro',
      topics: [{ id: 'pricing' }],
      mentors: [
        {
          id: 'ana',
          skills: [{ topic: 'pricing', level: 4 }],
          languages: ['en'],
          timeZone: 2,
          department: 'Sales',
          attributes: { site: 'lyon' },
        },
        { id: 'raj', skills: [{ topic: 'pricing', level: 3 }], languages: ['en'] },
      ],
      mentees: [
        {
          id: 'bo',
          requests: [{ topic: 'pricing', level: 3 }],
          languages: ['en'],
          timeZone: 0,
          department: 'Ops',
          preferences: ['raj', 'ana'],
          attributes: { site: 'lyon' },
        },
      ],
      rules: { custom: [{ name: 'same-site', effect: 'prefer', same: 'site' }] },
    });
    // Shares: expertise .4, willingness .15, language .1, timeZone .1, department .05, preference .15, custom .05 (sum 1).
    const ana = 0.4 * 0.96 + 0.15 * 1 + 0.1 * 1 + 0.1 * 0.75 + 0.05 * 1 + 0.15 * 0.5 + 0.05 * 1;
    const raj = 0.4 * 0.92 + 0.15 * 1 + 0.1 * 1 + 0.1 * 0.5 + 0.05 * 0.5 + 0.15 * 1 + 0.05 * 0;
    expectGrid(grid(table), [[ana, raj]]);
    expect(ana).toBeCloseTo(0.884, 12);
    expect(raj).toBeCloseTo(0.843, 12);
    const ex = table.explain(0, 0);
    expect(ex.criteria.map((c) => [c.criterion, c.value])).toEqual([
      ['expertise', 0.96],
      ['willingness', 1],
      ['language', 1],
      ['timeZone', 0.75],
      ['department', 1],
      ['preference', 0.5],
      ['custom', 1],
    ]);
    expect(ex.criteria.map((c) => c.weight)).toEqual(
      [0.4, 0.15, 0.1, 0.1, 0.05, 0.15, 0.05].map((w) => expect.closeTo(w, 12) as unknown as number),
    );
    expect(ex.summary.startsWith('0.88: topic expertise: level 4 on pricing (level 3 asked): 96%')).toBe(true);
  });

  it('the classic default weights give the weighted mean of the criteria in force (custom and expertise out)', () => {
    const table = score({
      mode: 'classic',
      topics: [{ id: 'leadership' }],
      mentors: [
        {
          id: 'kim',
          skills: [{ topic: 'leadership', level: 4 }],
          grade: 7,
          values: ['curiosity', 'craft'],
          languages: ['en'],
          timeZone: 1,
          department: 'A',
        },
      ],
      mentees: [
        {
          id: 'max',
          goals: [{ topic: 'leadership' }],
          grade: 5,
          values: ['Curiosity', 'sport'],
          languages: ['en'],
          timeZone: 1,
          department: 'B',
        },
      ],
    });
    // willingness 1, goals 4/5, seniority 1, language 1, time zone 1, department 1, preference 0.5, values 1/2;
    // weights .05 .3 .15 .05 .05 .1 .1 .15, summing to .95.
    const sum = 0.05 * 1 + 0.3 * 0.8 + 0.15 * 1 + 0.05 * 1 + 0.05 * 1 + 0.1 * 1 + 0.1 * 0.5 + 0.15 * 0.5;
    expectGrid(grid(table), [[sum / 0.95]]);
    expect(table.explain(0, 0).criteria.map((c) => c.criterion)).toEqual([
      'willingness',
      'goals',
      'seniority',
      'language',
      'timeZone',
      'department',
      'preference',
      'values',
    ]);
  });

  it('every criterion value is explained in words', () => {
    const table = score({
      mode: 'micro',
      topics: TOPICS,
      mentors: [{ id: 'tax5', skills: [{ topic: 'tax', level: 5 }] }],
      mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
      rules: { levelRequired: false },
    });
    expect(table.explain(0, 0).criteria[0]?.detail).toBe(
      'level 5 on the related topic tax, credited 1.5 on pricing (level 3 asked): 46%',
    );
  });
});
