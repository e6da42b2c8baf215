/**
 * The `novelty` and `rotation` criteria, read from the programme's `history`: their values (0 for
 * two people paired before, 0.5 for departments that have worked together, 1 otherwise; 1 − load
 * over the busiest mentor's), their explanations in English and Italian, and, over ten simulated
 * cycles, that rotation lowers the busiest mentor's total load against no rotation, with every
 * request matched in both.
 */
import { describe, expect, it } from 'vitest';
import { type HistoryEntry, historyFromResult, matchProgram, type ProgramInput, scoreProgram } from '../src/index.js';
import { it as italian } from '../src/locales/it.js';

/** Classic: mentors ana (Sales), raj (Ops), eli (no department); mentee bo (Finance). */
function classic(history: ProgramInput['history'], weights: ProgramInput['weights']): ProgramInput {
  return {
    mode: 'classic',
    topics: [{ id: 'sales' }],
    mentors: [
      { id: 'ana', department: 'Sales', skills: [{ topic: 'sales', level: 4 }] },
      { id: 'raj', department: 'Ops', skills: [{ topic: 'sales', level: 4 }] },
      { id: 'eli', skills: [{ topic: 'sales', level: 4 }] },
    ],
    mentees: [
      { id: 'bo', department: 'Finance', goals: [{ topic: 'sales' }] },
      { id: 'cy', department: 'Ops', goals: [{ topic: 'sales' }] },
    ],
    ...(history === undefined ? {} : { history }),
    ...(weights === undefined ? {} : { weights }),
  };
}

/** The part of `criterion` in the explanation of row `r` with mentor `id`. */
function part(input: ProgramInput, r: number, id: string, criterion: string) {
  const table = scoreProgram(input);
  return table.explain(r, table.mentorIds.indexOf(id)).criteria.find((c) => c.criterion === criterion);
}

describe('novelty', () => {
  const history = [
    { mentee: 'bo', mentor: 'ana', date: '2025-01-10' },
    // Someone who has left, with raj: no department known, so no department pair.
    { mentee: 'gone', mentor: 'raj', date: '2025-06-01' },
  ];

  it('is 0 for two people paired before, 0.5 when their departments have worked together, else 1', () => {
    const input = classic([...history, { mentee: 'cy', mentor: 'ana', date: '2024-01-01' }], { novelty: 1, repeat: 0 });
    // Department pairs of the history: Finance–Sales (bo, ana) and Ops–Sales (cy, ana).
    expect(part(input, 0, 'ana', 'novelty')).toMatchObject({ value: 0, code: 'detail.novelty.pairedBefore' });
    expect(part(input, 0, 'ana', 'novelty')?.detail).toBe('paired before (paired on 2025-01-10)');
    expect(part(input, 0, 'raj', 'novelty')).toMatchObject({
      value: 1,
      detail: 'never paired before, nor their departments',
    });
    expect(part(input, 0, 'eli', 'novelty')).toMatchObject({ value: 1, detail: 'never paired before' });
    // Another Sales mentor: new to bo (Finance) and to cy (Ops), but both departments met Sales.
    const zoe = { id: 'zoe', department: 'Sales', skills: [{ topic: 'sales', level: 4 }] };
    const moreSales = { ...input, mentors: [...input.mentors, zoe] };
    expect(part(moreSales, 0, 'zoe', 'novelty')).toMatchObject({
      value: 0.5,
      detail: 'new to each other, but Finance and Sales have worked together before',
    });
    expect(part(moreSales, 1, 'zoe', 'novelty')?.value).toBe(0.5);
    // Unordered: a Sales mentee with an Ops mentor, after an Ops mentee with a Sales mentor.
    const swapped = {
      ...input,
      mentees: [{ id: 'di', department: 'Sales', goals: [{ topic: 'sales' }] }],
      history: [{ mentee: 'cy', mentor: 'ana', date: '2024-01-01' }],
      mentors: [...input.mentors, { id: 'cy', department: 'Ops', skills: [{ topic: 'sales', level: 4 }] }],
    };
    expect(part(swapped, 0, 'raj', 'novelty')?.value).toBe(0.5);
  });

  it('is out of force without a history, and off by default (weight 0)', () => {
    const criteria = (input: ProgramInput) =>
      scoreProgram(input)
        .explain(0, 0)
        .criteria.map((c) => c.criterion);
    expect(criteria(classic(undefined, { novelty: 1, rotation: 1 }))).not.toContain('novelty');
    expect(criteria(classic(history, undefined))).not.toContain('novelty');
    expect(criteria(classic(history, undefined))).not.toContain('rotation');
    expect(criteria(classic(history, { novelty: 1 }))).toContain('novelty');
  });

  it('moves a mentee to someone new when it weighs enough, and explains it in Italian', () => {
    const input = classic([{ mentee: 'bo', mentor: 'ana', date: '2025-01-10' }], { novelty: 5 });
    const result = matchProgram({ ...input, mentors: input.mentors.slice(0, 2) }, { locale: italian });
    expect(result.matches.find((m) => m.mentee === 'bo')?.mentor).toBe('raj');
    const detail = result.matches
      .find((m) => m.mentee === 'bo')
      ?.explanation.criteria.find((c) => c.criterion === 'novelty');
    expect(detail?.label).toBe('Nuovo contatto');
    expect(detail?.detail).toBe('mai abbinati prima, né i loro reparti');
  });
});

describe('rotation', () => {
  it("is 1 − the mentor's recent load over the busiest mentor's, within the window", () => {
    const history: HistoryEntry[] = [
      { mentee: 'x1', mentor: 'ana', date: '2026-03-01' },
      { mentee: 'x2', mentor: 'ana', date: '2026-02-01' },
      { mentee: 'x3', mentor: 'ana', date: '2026-01-01' },
      { mentee: 'x4', mentor: 'ana', date: '2024-01-01' }, // out of the 365-day window
      { mentee: 'x5', mentor: 'raj', date: '2026-03-01' },
    ];
    const input = classic(history, { rotation: 1 });
    expect(part(input, 0, 'ana', 'rotation')).toMatchObject({
      value: 0,
      detail: '3 pairs in the last 365 days; the busiest mentor had 3',
    });
    expect(part(input, 0, 'raj', 'rotation')?.value).toBeCloseTo(2 / 3, 12);
    expect(part(input, 0, 'raj', 'rotation')?.detail).toBe('1 pair in the last 365 days; the busiest mentor had 3');
    expect(part(input, 0, 'eli', 'rotation')?.value).toBe(1);
    // Nobody loaded in the window: 1 for everyone.
    const old = {
      ...classic([{ mentee: 'x', mentor: 'ana', date: '2020-01-01' }], { rotation: 1 }),
      asOf: '2026-03-12',
    };
    expect(part(old, 0, 'ana', 'rotation')).toMatchObject({
      value: 1,
      detail: '0 pairs in the last 365 days; the busiest mentor had 0',
    });
  });

  it('over ten monthly cycles, lowers the busiest mentor’s load against no rotation, every request matched in both', () => {
    // Two experts (level 5) and four able mentors (level 3); six mentees ask each month.
    const base: ProgramInput = {
      mode: 'micro',
      topics: [{ id: 'pricing' }],
      mentors: ['a1', 'a2', 'b1', 'b2', 'b3', 'b4'].map((id) => ({
        id,
        capacity: 3,
        skills: [{ topic: 'pricing', level: id.startsWith('a') ? 5 : 3 }],
      })),
      mentees: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'].map((id) => ({ id, requests: [{ topic: 'pricing', level: 2 }] })),
    };
    const run = (weights: ProgramInput['weights']) => {
      let history: HistoryEntry[] = [];
      const load = new Map<string, number>();
      let matched = 0;
      for (let month = 1; month <= 10; month++) {
        const date = `2026-${String(month).padStart(2, '0')}-01`;
        const result = matchProgram({ ...base, history, asOf: date, rules: { repeatPairs: 'allowed' }, weights });
        matched += result.matches.length;
        for (const m of result.matches) load.set(m.mentor, (load.get(m.mentor) ?? 0) + 1);
        history = [...history, ...historyFromResult(result, date)];
      }
      return { matched, max: Math.max(...load.values()) };
    };
    const without = run({ rotation: 0 });
    const withRotation = run({ rotation: 0.5 });
    expect(without.matched).toBe(60);
    expect(withRotation.matched).toBe(60);
    // Without rotation the two experts take three requests every month (capacity): 30 each.
    expect(without.max).toBe(30);
    // Spread evenly, six mentors would take 10 each; rotation gets within 50% of that (12 today).
    expect(withRotation.max).toBeLessThanOrEqual(15);
  });
});
