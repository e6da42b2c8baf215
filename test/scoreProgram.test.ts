/**
 * `scoreProgram` on hand-made micro and classic programmes, with every expected value computed by
 * hand from the formulas in src/score/criteria/*.ts (and the README's "Scoring" table): expertise
 * against the level asked, taxonomy credit (parent or child 0.5, sibling 0.3), willingness, goals,
 * the seniority window, language (also past 32 languages, across bit-mask words), the overlap of two
 * 8-hour working days with wrap-around across the date line, department under `avoided`, `allowed`
 * and `forbidden`, preference rank, values, custom `prefer` / `avoid`, and their weighted mean under
 * each mode's default weights. Every hard rule is checked to forbid exactly the pairs it should:
 * self, excluded, forbiddenPairs with and without a topic, reportingLine both ways, sameDepartment,
 * seniorityGap, sharedLanguage, maxTimeZoneGap, levelRequired, custom require / forbid, and none when
 * the data is missing. On a programme where many rules overlap, each forbidden pair's explanation
 * names exactly the rules that forbid it: switching one rule off in the programme removes just that
 * name, and frees the pair when it was the only one. `explain()` adds up (contributions to the
 * score within 1e-12, shares to 1) and throws `InvalidInputError` out of range; scores are in [0, 1] or
 * -Infinity, never NaN, and two runs give byte-identical scores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Criterion, InvalidInputError, parseProgram, type ScoreTable, scoreProgram } from '../src/index.js';
import { fcOptions } from './helpers/fastCheck.js';
import { type ProgramJson, programArbitrary } from './helpers/programArbitrary.js';

const NO_WEIGHTS: Record<Criterion, number> = {
  expertise: 0,
  willingness: 0,
  goals: 0,
  seniority: 0,
  language: 0,
  timeZone: 0,
  department: 0,
  preference: 0,
  values: 0,
  custom: 0,
};

/** Weights that put `criterion` alone in force: the score is then its value. */
function only(criterion: Criterion): Record<Criterion, number> {
  return { ...NO_WEIGHTS, [criterion]: 1 };
}

function score(input: unknown): ScoreTable {
  return scoreProgram(parseProgram(input));
}

/** The table as nested arrays (rows × mentors). */
function grid(table: ScoreTable): number[][] {
  const { rows, cols, data } = table.scores;
  return Array.from({ length: rows }, (_, r) => Array.from(data.subarray(r * cols, r * cols + cols)));
}

/** `actual` equals `expected` entry by entry within 1e-12 (`-Infinity` exactly). */
function expectGrid(actual: number[][], expected: number[][]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, r) => {
    expect(row.length).toBe(expected[r]?.length);
    row.forEach((x, c) => {
      const want = expected[r]?.[c] as number;
      if (want === Number.NEGATIVE_INFINITY) expect(x, `[${r}][${c}]`).toBe(want);
      else expect(Math.abs(x - want), `[${r}][${c}]: ${x} vs ${want}`).toBeLessThanOrEqual(1e-12);
    });
  });
}

/** The names of the rules that forbid pair (row, col). */
function forbidders(table: ScoreTable, row: number, col: number): string[] {
  return table.explain(row, col).rules.map((r) => r.rule);
}

/** Every pair's explanation agrees with the table and adds up. */
function expectExplanationsAddUp(table: ScoreTable): void {
  const { rows, cols, data } = table.scores;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = data[r * cols + c] as number;
      expect(Number.isNaN(x)).toBe(false);
      expect(x === Number.NEGATIVE_INFINITY || (x >= 0 && x <= 1)).toBe(true);
      const ex = table.explain(r, c);
      expect(ex.score).toBe(x);
      expect(ex.forbidden).toBe(x === Number.NEGATIVE_INFINITY);
      expect(ex.rules.length > 0).toBe(ex.forbidden);
      if (ex.forbidden) {
        expect(ex.criteria).toEqual([]);
        expect(ex.summary.startsWith('forbidden: ')).toBe(true);
        continue;
      }
      const total = ex.criteria.reduce((s, p) => s + p.contribution, 0);
      expect(Math.abs(total - x)).toBeLessThanOrEqual(1e-12);
      if (ex.criteria.length > 0) {
        expect(Math.abs(ex.criteria.reduce((s, p) => s + p.weight, 0) - 1)).toBeLessThanOrEqual(1e-12);
      }
      for (const p of ex.criteria) {
        expect(p.value).toBeGreaterThanOrEqual(0);
        expect(p.value).toBeLessThanOrEqual(1);
        expect(p.weight).toBeGreaterThan(0);
        expect(p.contribution).toBe(p.value * p.weight);
        expect(p.detail.length).toBeGreaterThan(0);
      }
    }
  }
}

// Taxonomy: finance > {pricing, tax}; audit alone. Mentors and the effective level each gets.
const TOPICS = [
  { id: 'finance' },
  { id: 'pricing', parent: 'finance' },
  { id: 'tax', parent: 'finance' },
  { id: 'audit' },
];
const EXPERTS = [
  { id: 'p5', skills: [{ topic: 'pricing', level: 5 }] },
  { id: 'p2', skills: [{ topic: 'pricing', level: 2 }] },
  { id: 'fin4', skills: [{ topic: 'finance', level: 4 }] },
  { id: 'tax5', skills: [{ topic: 'tax', level: 5 }] },
  { id: 'aud5', skills: [{ topic: 'audit', level: 5 }] },
  {
    id: 'mix',
    skills: [
      { topic: 'pricing', level: 1 },
      { topic: 'finance', level: 4 },
      { topic: 'tax', level: 5 },
    ],
  },
];
/** Micro expertise: 0.8 × min(1, level / asked) + 0.2 × level / 5. */
const micro = (level: number, asked: number) => 0.8 * Math.min(1, level / asked) + 0.2 * (level / 5);

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

describe('scoreProgram hard rules', () => {
  const ninf = Number.NEGATIVE_INFINITY;

  it('self: a person who is both mentor and mentee is never paired with themself', () => {
    const table = score({
      mode: 'micro',
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: [
        { id: 'sam', skills: [{ topic: 'a', level: 5 }] },
        { id: 'kim', skills: [{ topic: 'a', level: 5 }] },
      ],
      mentees: [{ id: 'sam', requests: [{ topic: 'a', level: 2 }] }],
    });
    expect(grid(table)[0]?.[0]).toBe(ninf);
    expect(forbidders(table, 0, 0)).toEqual(['self']);
    expect(forbidders(table, 0, 1)).toEqual([]);
  });

  it('excluded: the mentors a mentee excludes', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'a', skills: [] },
        { id: 'b', skills: [] },
      ],
      mentees: [{ id: 'e', exclude: ['b'] }, { id: 'f' }],
    });
    expect(grid(table).map((row) => row.map((x) => x === ninf))).toEqual([
      [false, true],
      [false, false],
    ]);
    expect(table.explain(0, 1).rules).toEqual([
      { rule: 'excluded', code: 'rule.excluded', params: {}, message: 'the mentee excluded this mentor' },
    ]);
  });

  it('forbiddenPairs: with a topic, only that request; without, the mentee (classic) or its single request (micro)', () => {
    const microTable = score({
      mode: 'micro',
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: [
        {
          id: 'm',
          skills: [
            { topic: 'a', level: 5 },
            { topic: 'b', level: 5 },
          ],
        },
        {
          id: 'n',
          skills: [
            { topic: 'a', level: 5 },
            { topic: 'b', level: 5 },
          ],
        },
      ],
      mentees: [
        {
          id: 'two',
          requests: [
            { topic: 'a', level: 1 },
            { topic: 'b', level: 1 },
          ],
        },
        { id: 'one', requests: [{ topic: 'b', level: 1 }] },
      ],
      rules: {
        forbiddenPairs: [
          { mentee: 'two', mentor: 'm', topic: 'b' },
          { mentee: 'one', mentor: 'n' },
        ],
      },
    });
    expect(grid(microTable).map((row) => row.map((x) => x === ninf))).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
    expect(forbidders(microTable, 1, 0)).toEqual(['forbiddenPair']);
    expect(forbidders(microTable, 2, 1)).toEqual(['forbiddenPair']);
    const classicTable = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'm', skills: [] },
        { id: 'n', skills: [] },
      ],
      mentees: [{ id: 'e' }, { id: 'f' }],
      rules: { forbiddenPairs: [{ mentee: 'f', mentor: 'm' }] },
    });
    expect(grid(classicTable).map((row) => row.map((x) => x === ninf))).toEqual([
      [false, false],
      [true, false],
    ]);
  });

  it("reportingLine: a manager never mentors their report nor the reverse; 'allowed' lifts it", () => {
    const input = {
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'boss', skills: [] },
        { id: 'report', skills: [], managerId: 'lead' },
        { id: 'peer', skills: [], managerId: 'someone' },
      ],
      mentees: [{ id: 'lead', managerId: 'boss' }],
    };
    const table = score(input);
    expect(grid(table)[0]?.map((x) => x === ninf)).toEqual([true, true, false]);
    expect(table.explain(0, 0).rules).toEqual([
      {
        rule: 'reportingLine',
        code: 'rule.reportingLine',
        params: { manager: 'mentor' },
        message: "the mentor is the mentee's manager (reporting line)",
      },
    ]);
    expect(table.explain(0, 1).rules).toEqual([
      {
        rule: 'reportingLine',
        code: 'rule.reportingLine',
        params: { manager: 'mentee' },
        message: "the mentee is the mentor's manager (reporting line)",
      },
    ]);
    expect(grid(score({ ...input, rules: { reportingLine: 'allowed' } }))[0]?.every((x) => x >= 0)).toBe(true);
  });

  it('sharedLanguage: forbids two people who both gave languages and share none; switched off, it does not', () => {
    const input = {
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'de', skills: [], languages: ['de'] },
        { id: 'en', skills: [], languages: ['fr', 'EN'] },
        { id: 'none', skills: [] },
      ],
      mentees: [{ id: 'e', languages: ['en'] }, { id: 'f' }],
    };
    const table = score(input);
    expect(grid(table).map((row) => row.map((x) => x === ninf))).toEqual([
      [true, false, false],
      [false, false, false],
    ]);
    expect(table.explain(0, 0).summary).toBe('forbidden: no language in common (rules.sharedLanguage)');
    expect(
      grid(score({ ...input, rules: { sharedLanguage: false } }))
        .flat()
        .includes(ninf),
    ).toBe(false);
  });

  it('maxTimeZoneGap: forbids pairs further apart than the limit, measured across the date line', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'samoa', skills: [], timeZone: -11 },
        { id: 'delhi', skills: [], timeZone: 5.5 },
        { id: 'nowhere', skills: [] },
      ],
      mentees: [{ id: 'kiritimati', timeZone: 14 }, { id: 'unknown' }],
      rules: { maxTimeZoneGap: 1 },
    });
    expect(grid(table).map((row) => row.map((x) => x === ninf))).toEqual([
      [false, true, false],
      [false, false, false],
    ]);
    expect(table.explain(0, 1).rules[0]?.message).toBe('8.5 h apart, more than the 1 h allowed (rules.maxTimeZoneGap)');
  });

  it('levelRequired (micro only): the mentor’s own level must reach the level asked, without taxonomy credit', () => {
    const input = {
      mode: 'micro',
      topics: TOPICS,
      mentors: EXPERTS,
      mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
    };
    const table = score(input);
    expect(grid(table)[0]?.map((x) => x === ninf)).toEqual([false, true, true, true, true, true]);
    expect(table.explain(0, 2).rules).toEqual([
      {
        rule: 'levelRequired',
        code: 'rule.levelRequired',
        params: { level: 0, topic: 'pricing', asked: 3 },
        message: 'level 0 on pricing, below the level 3 asked (rules.levelRequired)',
      },
    ]);
    expect(
      grid(score({ ...input, rules: { levelRequired: false } }))
        .flat()
        .includes(ninf),
    ).toBe(false);
    const classic = score({
      mode: 'classic',
      topics: TOPICS,
      mentors: EXPERTS,
      mentees: [{ id: 'bo', goals: [{ topic: 'pricing' }] }],
      rules: { levelRequired: true },
    });
    expect(grid(classic).flat().includes(ninf)).toBe(false);
  });

  it('custom require and forbid rules are hard, named custom:<name>', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'cert', skills: [], attributes: { certified: true, team: 'red' } },
        { id: 'uncert', skills: [], attributes: { certified: false, team: 'blue' } },
        { id: 'bare', skills: [] },
        { id: 'cert-blue', skills: [], attributes: { certified: true, team: 'blue' } },
      ],
      mentees: [{ id: 'e', attributes: { team: 'red' } }, { id: 'f' }],
      rules: {
        custom: [
          { name: 'certified-only', effect: 'require', mentor: { attribute: 'certified', equals: true } },
          { name: 'other-team', effect: 'forbid', same: 'team' },
        ],
      },
    });
    expect(grid(table).map((row) => row.map((x) => x === ninf))).toEqual([
      [true, true, true, false],
      [false, true, true, false],
    ]);
    expect(forbidders(table, 0, 0)).toEqual(['custom:other-team']);
    expect(forbidders(table, 0, 1)).toEqual(['custom:certified-only']);
    expect(table.explain(0, 0).rules[0]?.message).toBe(
      'custom rule "other-team" forbids pairs where both have the same team',
    );
    expect(table.explain(1, 2).rules[0]?.message).toBe(
      'custom rule "certified-only" requires that the mentor\'s certified is true',
    );
  });

  it('a built-in rule whose data is missing on either side does not forbid', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'full', skills: [], grade: 9, languages: ['de'], timeZone: 10, department: 'Ops' },
        { id: 'bare', skills: [] },
      ],
      mentees: [{ id: 'full-e', grade: 1, languages: ['en'], timeZone: -10, department: 'Ops' }, { id: 'bare-e' }],
      rules: { seniorityGap: { min: 1, max: 2 }, maxTimeZoneGap: 1, sameDepartment: 'forbidden' },
    });
    expect(forbidders(table, 0, 0)).toEqual(['sameDepartment', 'seniorityGap', 'sharedLanguage', 'maxTimeZoneGap']);
    expect([forbidders(table, 0, 1), forbidders(table, 1, 0), forbidders(table, 1, 1)]).toEqual([[], [], []]);
  });
});

/** A micro programme where many rules overlap (see the expected lists below). */
const ZOO: ProgramJson = {
  mode: 'micro',
  topics: [{ id: 'finance' }, { id: 'pricing', parent: 'finance' }, { id: 'tax', parent: 'finance' }, { id: 'ux' }],
  mentors: [
    {
      id: 'ana',
      skills: [{ topic: 'pricing', level: 5 }],
      languages: ['en'],
      timeZone: 1,
      department: 'sales',
      grade: 7,
      attributes: { site: 'lyon', certified: true },
    },
    {
      id: 'bob',
      skills: [
        { topic: 'pricing', level: 2 },
        { topic: 'tax', level: 4 },
      ],
      languages: ['de'],
      timeZone: 9,
      department: 'ops',
      grade: 4,
      managerId: 'eve',
      attributes: { site: 'paris' },
    },
    {
      id: 'cy',
      skills: [
        { topic: 'pricing', level: 4 },
        { topic: 'ux', level: 3 },
      ],
      languages: ['en', 'fr'],
      timeZone: -8,
      department: 'ops',
      grade: 9,
      attributes: { site: 'lyon', certified: true, team: 'red' },
    },
    {
      id: 'sam',
      skills: [{ topic: 'ux', level: 5 }],
      languages: ['en'],
      timeZone: 0,
      department: 'it',
      grade: 6,
      attributes: { certified: true },
    },
    { id: 'dee', skills: [{ topic: 'pricing', level: 3 }], attributes: { certified: true, team: 'red' } },
  ],
  mentees: [
    {
      id: 'eve',
      requests: [
        { topic: 'pricing', level: 3 },
        { topic: 'ux', level: 2 },
      ],
      languages: ['en'],
      timeZone: 2,
      department: 'ops',
      grade: 3,
      managerId: 'cy',
      exclude: ['dee'],
      preferences: ['cy', 'ana'],
      attributes: { site: 'lyon', team: 'red' },
    },
    {
      id: 'sam',
      requests: [{ topic: 'pricing', level: 2 }],
      languages: ['EN'],
      timeZone: 0,
      department: 'sales',
      grade: 4,
      attributes: { site: 'paris' },
    },
    {
      id: 'fay',
      requests: [{ topic: 'tax', level: 3 }],
      languages: ['fr'],
      timeZone: -10,
      department: 'sales',
      grade: 1,
      attributes: { team: 'blue' },
    },
  ],
  rules: {
    sameDepartment: 'forbidden',
    seniorityGap: { min: 1, max: 4 },
    maxTimeZoneGap: 6,
    custom: [
      { name: 'certified-only', effect: 'require', mentor: { attribute: 'certified', equals: true } },
      { name: 'no-same-team', effect: 'forbid', same: 'team' },
      { name: 'same-site', effect: 'prefer', same: 'site' },
    ],
    forbiddenPairs: [
      { mentee: 'fay', mentor: 'ana' },
      { mentee: 'eve', mentor: 'sam', topic: 'ux' },
    ],
  },
};

/** The same people in a classic programme: goals for requests, pairs without topics. */
const CLASSIC_ZOO: ProgramJson = {
  ...ZOO,
  mode: 'classic',
  mentees: ZOO.mentees.map(({ requests, ...rest }) => ({
    ...rest,
    goals: (requests ?? []).map((r) => ({ topic: r.topic })),
  })),
  rules: {
    ...ZOO.rules,
    levelRequired: true,
    forbiddenPairs: [
      { mentee: 'fay', mentor: 'ana' },
      { mentee: 'eve', mentor: 'sam' },
    ],
  },
};

/** Every hard rule `input` can have in force. */
function ruleNames(input: ProgramJson): string[] {
  return [
    'self',
    'excluded',
    'forbiddenPair',
    'reportingLine',
    'sameDepartment',
    'seniorityGap',
    'sharedLanguage',
    'maxTimeZoneGap',
    'levelRequired',
    ...(input.rules?.custom ?? []).map((c) => `custom:${c.name}`),
  ];
}

/** `input` with hard rule `name` switched off everywhere, nothing else changed. */
function without(input: ProgramJson, name: string): ProgramJson {
  const p = structuredClone(input);
  const rules = p.rules ?? {};
  p.rules = rules;
  switch (name) {
    case 'self': {
      // Rename every mentor who is also a mentee, and every reference to them as a mentor.
      const menteeIds = new Set(p.mentees.map((e) => e.id));
      const both = new Set(p.mentors.map((m) => m.id).filter((id) => menteeIds.has(id)));
      const rename = (id: string) => (both.has(id) ? `${id} (as mentor)` : id);
      for (const m of p.mentors) m.id = rename(m.id);
      for (const e of p.mentees) {
        if (e.preferences) e.preferences = e.preferences.map(rename);
        if (e.exclude) e.exclude = e.exclude.map(rename);
      }
      for (const pair of [...(rules.forbiddenPairs ?? []), ...(rules.lockedPairs ?? [])])
        pair.mentor = rename(pair.mentor);
      // A manager id naming such a person would now mean only the mentee: keep the test honest.
      for (const person of [...p.mentors, ...p.mentees])
        if (person.managerId !== undefined && both.has(person.managerId)) throw new Error('ambiguous manager id');
      break;
    }
    case 'excluded':
      for (const e of p.mentees) delete e.exclude;
      break;
    case 'forbiddenPair':
      rules.forbiddenPairs = [];
      break;
    case 'reportingLine':
      rules.reportingLine = 'allowed';
      break;
    case 'sameDepartment':
      rules.sameDepartment = 'avoided';
      break;
    case 'seniorityGap':
      rules.seniorityGap = null;
      break;
    case 'sharedLanguage':
      rules.sharedLanguage = false;
      break;
    case 'maxTimeZoneGap':
      rules.maxTimeZoneGap = null;
      break;
    case 'levelRequired':
      rules.levelRequired = false;
      break;
    default:
      rules.custom = (rules.custom ?? []).filter((c) => `custom:${c.name}` !== name);
  }
  return p;
}

describe('scoreProgram explanations name exactly the rules that forbid a pair', () => {
  it('the micro zoo: every pair forbidden by the rules worked out by hand', () => {
    const table = score(ZOO);
    expect(table.mentorIds).toEqual(['ana', 'bob', 'cy', 'sam', 'dee']);
    expect(table.rows.map((r) => `${r.menteeId}/${r.topic}`)).toEqual([
      'eve/pricing',
      'eve/ux',
      'sam/pricing',
      'fay/tax',
    ]);
    const lists = table.rows.map((_, r) => table.mentorIds.map((_m, c) => forbidders(table, r, c)));
    expect(lists).toEqual([
      [
        [],
        [
          'reportingLine',
          'sameDepartment',
          'sharedLanguage',
          'maxTimeZoneGap',
          'levelRequired',
          'custom:certified-only',
        ],
        ['reportingLine', 'sameDepartment', 'seniorityGap', 'maxTimeZoneGap', 'custom:no-same-team'],
        ['levelRequired'],
        ['excluded', 'custom:no-same-team'],
      ],
      [
        ['levelRequired'],
        [
          'reportingLine',
          'sameDepartment',
          'sharedLanguage',
          'maxTimeZoneGap',
          'levelRequired',
          'custom:certified-only',
        ],
        ['reportingLine', 'sameDepartment', 'seniorityGap', 'maxTimeZoneGap', 'custom:no-same-team'],
        ['forbiddenPair'],
        ['excluded', 'levelRequired', 'custom:no-same-team'],
      ],
      [
        ['sameDepartment'],
        ['seniorityGap', 'sharedLanguage', 'maxTimeZoneGap', 'custom:certified-only'],
        ['seniorityGap', 'maxTimeZoneGap'],
        ['self', 'levelRequired'],
        [],
      ],
      [
        ['forbiddenPair', 'sameDepartment', 'seniorityGap', 'sharedLanguage', 'maxTimeZoneGap', 'levelRequired'],
        ['sharedLanguage', 'custom:certified-only'],
        ['seniorityGap', 'levelRequired'],
        ['seniorityGap', 'sharedLanguage', 'maxTimeZoneGap', 'levelRequired'],
        ['levelRequired'],
      ],
    ]);
    // The two allowed pairs, by hand (micro defaults; custom in force through same-site; shares sum to 1).
    // eve/pricing–ana: expertise 1, willingness 1, language 1, 1 h apart 7/8, departments 1, 2nd of 2 → 0.5, same site 1.
    // sam/pricing–dee: level 3 for 2 → 0.92, offers 1, language, zone, department neutral, no list 0.5, no site 0.
    const ninf = Number.NEGATIVE_INFINITY;
    expectGrid(grid(table), [
      [0.4 + 0.15 + 0.1 + 0.1 * 0.875 + 0.05 + 0.15 * 0.5 + 0.05, ninf, ninf, ninf, ninf],
      [ninf, ninf, ninf, ninf, ninf],
      [ninf, ninf, ninf, ninf, 0.4 * 0.92 + 0.15 + 0.1 * 0.5 + 0.1 * 0.5 + 0.05 * 0.5 + 0.15 * 0.5],
      [ninf, ninf, ninf, ninf, ninf],
    ]);
    expectExplanationsAddUp(table);
  });

  for (const [label, input] of [
    ['micro', ZOO],
    ['classic', CLASSIC_ZOO],
  ] as const) {
    it(`switching one rule off in the ${label} zoo removes exactly that rule from every explanation, and frees the pairs it alone forbade`, () => {
      const table = score(input);
      const names = ruleNames(input);
      let freed = 0;
      for (const name of names) {
        const off = score(without(input, name));
        expect(off.scores.rows).toBe(table.scores.rows);
        for (let r = 0; r < table.rows.length; r++) {
          for (let c = 0; c < table.mentorIds.length; c++) {
            const before = forbidders(table, r, c);
            const after = forbidders(off, r, c);
            expect(after, `${name} off, pair (${r}, ${c})`).toEqual(before.filter((b) => b !== name));
            const allowed = off.scores.data[r * off.scores.cols + c] !== Number.NEGATIVE_INFINITY;
            expect(allowed).toBe(after.length === 0);
            if (before.length === 1 && before[0] === name) {
              expect(allowed).toBe(true);
              freed++;
            }
          }
        }
      }
      expect(freed).toBeGreaterThan(0);
      // With every rule a pair names switched off, the pair is allowed: no rule forbids it unnamed.
      for (let r = 0; r < table.rows.length; r++) {
        for (let c = 0; c < table.mentorIds.length; c++) {
          const listed = forbidders(table, r, c);
          const off = score(listed.reduce(without, input));
          expect(off.scores.data[r * off.scores.cols + c]).toBeGreaterThanOrEqual(0);
        }
      }
    });
  }
});

describe('scoreProgram table and explain() contract', () => {
  it('explain() throws InvalidInputError outside the table', () => {
    const table = score(ZOO);
    for (const [r, c] of [
      [-1, 0],
      [0, -1],
      [4, 0],
      [0, 5],
      [0.5, 0],
      [0, Number.NaN],
      [Number.POSITIVE_INFINITY, 0],
    ] as const)
      expect(() => table.explain(r, c), `(${r}, ${c})`).toThrow(InvalidInputError);
    expect(() => table.explain(3, 4)).not.toThrow();
    const empty = score({ mode: 'classic', topics: [], mentors: [], mentees: [{ id: 'e' }] });
    expect(empty.scores).toEqual({ rows: 1, cols: 0, data: new Float64Array(0) });
    expect(() => empty.explain(0, 0)).toThrow(InvalidInputError);
  });

  it('rows are one per request (micro) or per mentee (classic), with the documented fields', () => {
    expect(score(ZOO).rows[1]).toStrictEqual({
      menteeId: 'eve',
      mentee: 0,
      topic: 'ux',
      request: 1,
      level: 2,
      priority: 1,
      hours: 2,
    });
    expect(score(CLASSIC_ZOO).rows.map((r) => [r.menteeId, r.mentee, r.priority, r.hours])).toEqual([
      ['eve', 0, 1, 0],
      ['sam', 1, 1, 0],
      ['fay', 2, 1, 0],
    ]);
  });

  it('explanations add up on random programmes of both modes: contributions to the score within 1e-12, shares to 1 (fast-check)', () => {
    fc.assert(
      fc.property(programArbitrary({ minMentors: 1, minMentees: 1 }), (input) => {
        expectExplanationsAddUp(score(input));
      }),
      fcOptions(150),
    );
  });

  it('scoring is deterministic: two runs, and two parses of one input, give byte-identical scores and equal explanations', () => {
    for (const input of [ZOO, CLASSIC_ZOO]) {
      const program = parseProgram(input);
      const a = scoreProgram(program);
      const b = scoreProgram(program);
      const c = scoreProgram(parseProgram(JSON.stringify(input)));
      const bytes = (t: ScoreTable) => Buffer.from(t.scores.data.buffer).toString('hex');
      expect(bytes(b)).toBe(bytes(a));
      expect(bytes(c)).toBe(bytes(a));
      for (let r = 0; r < a.rows.length; r++)
        for (let m = 0; m < a.mentorIds.length; m++) expect(c.explain(r, m)).toEqual(a.explain(r, m));
    }
  });

  it('scoring reads the programme only: the parsed programme is unchanged and still frozen', () => {
    const program = parseProgram(ZOO);
    const before = structuredClone(program);
    scoreProgram(program).explain(0, 0);
    expect(program).toStrictEqual(before);
    expect(Object.isFrozen(program.mentors[0])).toBe(true);
  });

  it('shares add up to 1 even when the weights are near the largest double (no overflow to share 0)', () => {
    const table = score({
      mode: 'micro',
      topics: [{ id: 'a' }],
      mentors: [{ id: 'm', skills: [{ topic: 'a', level: 5 }] }],
      mentees: [{ id: 'e', requests: [{ topic: 'a', level: 3 }] }],
      weights: { ...NO_WEIGHTS, expertise: 1e308, willingness: 1e308 },
    });
    const ex = table.explain(0, 0);
    expect(ex.criteria.map((c) => c.weight)).toEqual([0.5, 0.5]);
    expect(table.scores.data[0]).toBe(1);
  });

  it('goal weights near the largest double keep their proportions (no overflow to weight 0)', () => {
    const table = score({
      mode: 'classic',
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: [{ id: 'm', skills: [{ topic: 'a', level: 5 }] }],
      mentees: [
        {
          id: 'e',
          goals: [
            { topic: 'a', weight: 1e308 },
            { topic: 'b', weight: 1e308 },
          ],
        },
      ],
      weights: only('goals'),
    });
    expect(table.scores.data[0]).toBe(0.5);
  });
});
