/**
 * `rules.repeatPairs` over the programme's `history`: `forbidden` rules a recent pair out (the
 * `repeatPair` hard rule, explained and named in unmatched reasons), `avoided` costs it exactly the
 * `repeat` criterion's share, `allowed` ignores the history; the window counts back from `asOf`
 * (day 365 in, day 366 out); in micro mode a pair repeats on the history entry's topic (or on every
 * topic without one). A property checks on random small programmes that `forbidden` never repeats a
 * pair and that `matchProgram`'s total is the brute-force optimum over the pairs the history leaves;
 * and the result does not depend on the order of the history or of the people.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyFromResult, matchProgram, type ProgramInput, parseProgram, scoreProgram } from '../src/index.js';
import { it as italian } from '../src/locales/it.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { bruteForceMatch, compareFigures, figuresOf, matchProblem } from './helpers/matchBruteForce.js';
import { assignedOf } from './helpers/matchChecks.js';
import { sortedResult } from './helpers/matchContract.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

console.info(`fast-check seed for the repeatPairs properties: ${FC_SEED}`);

/** Micro: ana (expert) and raj on pricing and tax; bo asks for pricing, then tax. */
function micro(rules: ProgramInput['rules'], history: ProgramInput['history'], asOf = '2026-03-12'): ProgramInput {
  return {
    mode: 'micro',
    topics: [
      { id: 'pricing', name: 'Pricing' },
      { id: 'tax', name: 'Tax' },
    ],
    mentors: [
      {
        id: 'ana',
        skills: [
          { topic: 'pricing', level: 5 },
          { topic: 'tax', level: 5 },
        ],
      },
      {
        id: 'raj',
        skills: [
          { topic: 'pricing', level: 4 },
          { topic: 'tax', level: 4 },
        ],
      },
    ],
    mentees: [
      {
        id: 'bo',
        requests: [
          { topic: 'pricing', level: 3 },
          { topic: 'tax', level: 3 },
        ],
      },
    ],
    ...(rules === undefined ? {} : { rules }),
    ...(history === undefined ? {} : { history }),
    asOf,
  };
}

/** The mentor ids the table allows for each row, by row topic. */
function allowed(input: ProgramInput): Record<string, string[]> {
  const table = scoreProgram(input);
  const out: Record<string, string[]> = {};
  table.rows.forEach((row, r) => {
    out[row.topic ?? row.menteeId] = table.mentorIds.filter(
      (_, j) => (table.scores.data[r * table.mentorIds.length + j] as number) > Number.NEGATIVE_INFINITY,
    );
  });
  return out;
}

describe('repeatPairs: forbidden', () => {
  const forbidden = { repeatPairs: 'forbidden' } as const;

  it('rules out the pair on the history topic only; a pair without a topic on every topic', () => {
    expect(allowed(micro(forbidden, [{ mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2026-03-12' }]))).toEqual({
      pricing: ['raj'],
      tax: ['ana', 'raj'],
    });
    expect(allowed(micro(forbidden, [{ mentee: 'bo', mentor: 'ana', date: '2026-03-12' }]))).toEqual({
      pricing: ['raj'],
      tax: ['raj'],
    });
    // The same history, allowed or avoided: nobody ruled out.
    for (const repeatPairs of ['allowed', 'avoided'] as const)
      expect(allowed(micro({ repeatPairs }, [{ mentee: 'bo', mentor: 'ana', date: '2026-03-12' }]))).toEqual({
        pricing: ['ana', 'raj'],
        tax: ['ana', 'raj'],
      });
  });

  it('counts a pair 365 days old, not one 366 days old; repeatWindowDays moves the boundary', () => {
    // 2025-03-12 is 365 days before 2026-03-12 (no 29 February between).
    const at = (date: string, repeatWindowDays?: number) =>
      allowed(
        micro({ ...forbidden, ...(repeatWindowDays === undefined ? {} : { repeatWindowDays }) }, [
          { mentee: 'bo', mentor: 'ana', topic: 'pricing', date },
        ]),
      ).pricing;
    expect(at('2025-03-12')).toEqual(['raj']);
    expect(at('2025-03-11')).toEqual(['ana', 'raj']);
    expect(at('2026-02-10', 30)).toEqual(['raj']);
    expect(at('2026-02-09', 30)).toEqual(['ana', 'raj']);
    expect(at('2026-03-12', 0)).toEqual(['raj']);
    expect(at('2026-03-11', 0)).toEqual(['ana', 'raj']);
    // A pair dated after asOf was made all the same.
    expect(at('2026-06-01')).toEqual(['raj']);
  });

  it('explains the forbidden pair with its date and topic, in English and Italian', () => {
    const input = micro(forbidden, [
      { mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2025-09-01' },
      { mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2026-01-15' },
    ]);
    const table = scoreProgram(input);
    const explanation = table.explain(0, 0);
    expect(explanation.forbidden).toBe(true);
    expect(explanation.rules.map((r) => [r.rule, r.code])).toEqual([['repeatPair', 'rule.repeatPair']]);
    // The latest pairing is the one named.
    expect(explanation.summary).toBe(
      'forbidden: paired on Pricing on 2026-01-15, within the last 365 days, which the rules forbid (rules.repeatPairs)',
    );
    expect(table.ruledOut(0)).toEqual([{ rule: 'repeatPair', cols: [0] }]);
    const result = matchProgram(
      { ...input, mentors: [input.mentors[0] as ProgramInput['mentors'][number]] },
      {
        locale: italian,
      },
    );
    const pricing = result.unmatched.find((u) => u.topic === 'pricing');
    expect(pricing?.code).toBe('ruledOut');
    expect(pricing?.reason).toContain('repeatPair (1 mentor)');
    expect(result.matches.map((m) => [m.topic, m.mentor])).toEqual([['tax', 'ana']]);
    const it2 = scoreProgram(input);
    expect(it2.explain(0, 0).rules[0]?.params).toEqual({
      paired: { code: 'repeat.pairedOn', params: { topic: 'Pricing', date: '2026-01-15' } },
      days: 365,
    });
  });

  it('a locked pair that repeats is an InvalidInputError naming the lock and the pairing', () => {
    const input = micro({ ...forbidden, lockedPairs: [{ mentee: 'bo', mentor: 'ana', topic: 'pricing' }] }, [
      { mentee: 'bo', mentor: 'ana', date: '2026-01-01' },
    ]);
    expect(() => matchProgram(input)).toThrow(
      'matchProgram: rules.lockedPairs[0] ("bo" with "ana"): a hard rule forbids this pair: paired on 2026-01-01, within the last 365 days, which the rules forbid (rules.repeatPairs)',
    );
    // Avoided, the lock holds: the repeat only scores lower.
    const avoided = micro({ lockedPairs: [{ mentee: 'bo', mentor: 'ana', topic: 'pricing' }] }, input.history);
    expect(matchProgram(avoided).matches.find((m) => m.topic === 'pricing')).toMatchObject({
      mentor: 'ana',
      locked: true,
    });
  });

  it('in classic mode a pair repeats whatever the topic', () => {
    const input: ProgramInput = {
      mode: 'classic',
      topics: [{ id: 'sales' }],
      mentors: [
        { id: 'ana', skills: [{ topic: 'sales', level: 5 }] },
        { id: 'raj', skills: [{ topic: 'sales', level: 4 }] },
      ],
      mentees: [{ id: 'bo', goals: [{ topic: 'sales' }] }],
      rules: forbidden,
      history: [{ mentee: 'bo', mentor: 'ana', topic: 'anything', date: '2026-01-15' }],
    };
    expect(allowed(input)).toEqual({ bo: ['raj'] });
    expect(matchProgram(input).matches.map((m) => m.mentor)).toEqual(['raj']);
  });
});

describe('repeatPairs: avoided (the repeat criterion)', () => {
  it('lowers a repeat pair by exactly the criterion share, and explains it', () => {
    const repeat = micro(undefined, [{ mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2026-03-12' }]);
    // The same history one day out of the window: the criterion is in force, and worth 1 to every pair.
    const fresh = micro(undefined, [{ mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2025-03-11' }]);
    const a = scoreProgram(repeat);
    const b = scoreProgram(fresh);
    const weights = parseProgram(repeat).weights;
    const inForce = a.explain(0, 0).criteria;
    const share = weights.repeat / inForce.reduce((s, c) => s + weights[c.criterion], 0);
    const part = inForce.find((c) => c.criterion === 'repeat');
    expect(part).toMatchObject({ value: 0, contribution: 0, code: 'detail.repeat.paired', label: 'New pairing' });
    expect(part?.weight).toBeCloseTo(share, 12);
    expect(part?.detail).toBe('paired on Pricing on 2026-03-12, within the last 365 days (rules.repeatPairs)');
    expect(a.scores.data[0]).toBeCloseTo((b.scores.data[0] as number) - share, 12);
    // Every other pair scores the same in both.
    expect([...a.scores.data].slice(1)).toEqual([...b.scores.data].slice(1));
    expect(b.explain(0, 0).criteria.find((c) => c.criterion === 'repeat')?.detail).toBe(
      'not paired together in the last 365 days',
    );
  });

  it('is out of force without a history, or when repeatPairs is not avoided', () => {
    const history = [{ mentee: 'bo', mentor: 'ana', date: '2026-03-12' }];
    const criteria = (input: ProgramInput) =>
      scoreProgram(input)
        .explain(0, 0)
        .criteria.map((c) => c.criterion);
    expect(criteria(micro(undefined, undefined))).not.toContain('repeat');
    expect(criteria(micro({ repeatPairs: 'allowed' }, history))).not.toContain('repeat');
    expect(
      criteria(
        micro(
          { repeatPairs: 'forbidden' },
          history.map((h) => ({ ...h, mentor: 'raj' })),
        ),
      ),
    ).not.toContain('repeat');
    expect(criteria(micro(undefined, history))).toContain('repeat');
  });

  it('moves the match to a new mentor when the repeat costs more than the gap', () => {
    const history = [{ mentee: 'bo', mentor: 'ana', date: '2026-03-12' }];
    const pairs = (input: ProgramInput) => matchProgram(input).matches.map((m) => [m.topic, m.mentor]);
    expect(pairs(micro({ repeatMentor: true }, undefined))).toEqual([
      ['pricing', 'ana'],
      ['tax', 'ana'],
    ]);
    expect(pairs({ ...micro({ repeatMentor: true }, history), weights: { repeat: 1 } })).toEqual([
      ['pricing', 'raj'],
      ['tax', 'raj'],
    ]);
  });
});

/** Days from `date` to `asOf`, counted on the calendar independently of the library. */
function daysBack(date: string, asOf: string): number {
  const [y1, m1, d1] = date.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = asOf.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000;
}

/** A random history over a generated programme's people and request topics, some of it out of the window. */
function withHistory(input: ProgramJson, draws: readonly [number, number, number, number, boolean][]): ProgramJson {
  const history = draws.flatMap(([e, m, t, days, topic]) => {
    const mentee = input.mentees[e % Math.max(1, input.mentees.length)];
    const mentor = input.mentors[m % Math.max(1, input.mentors.length)];
    if (mentee === undefined || mentor === undefined || mentee.id === mentor.id) return [];
    const requests = mentee.requests ?? [];
    const request = requests[t % Math.max(1, requests.length)];
    const date = new Date(Date.UTC(2026, 2, 12) - days * 86_400_000).toISOString().slice(0, 10);
    return [{ mentee: mentee.id, mentor: mentor.id, ...(topic && request ? { topic: request.topic } : {}), date }];
  });
  return { ...input, history, asOf: '2026-03-12', rules: { ...input.rules, repeatPairs: 'forbidden' } };
}

describe('repeatPairs: forbidden, on random small programmes', () => {
  const draw = fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9), fc.integer({ min: -3, max: 400 }), fc.boolean());
  const cases = fc.tuple(
    matchProgramArbitrary({ maxMentors: 4, maxMentees: 4, maxRows: 8, maxLocks: 0 }),
    fc.array(draw, { maxLength: 8 }),
  );

  it('never repeats a pair within the window, and the total is the brute-force optimum without the repeats', () => {
    fc.assert(
      fc.property(cases, ([raw, draws]) => {
        const input = withHistory(raw, draws);
        const program = parseProgram(input);
        const window = program.rules.repeatWindowDays;
        const recent = (program.history ?? []).filter((h) => daysBack(h.date, '2026-03-12') <= window);
        const repeats = (mentee: string, mentor: string, topic: string | undefined) =>
          recent.some(
            (h) =>
              h.mentee === mentee &&
              h.mentor === mentor &&
              (program.mode === 'classic' || h.topic === undefined || h.topic === topic),
          );
        const result = matchProgram(program);
        for (const m of result.matches) expect(repeats(m.mentee, m.mentor, m.topic), JSON.stringify(m)).toBe(false);
        // The oracle: the programme without history, the repeats struck out by hand.
        const plain = parseProgram({ ...input, history: [], rules: { ...input.rules, repeatPairs: 'allowed' } });
        const table = scoreProgram(plain);
        const problem = matchProblem(plain, table);
        const scores = Float64Array.from(problem.scores);
        table.rows.forEach((row, r) => {
          table.mentorIds.forEach((id, j) => {
            if (repeats(row.menteeId, id, row.topic)) scores[r * problem.cols + j] = Number.NEGATIVE_INFINITY;
          });
        });
        const struck = { ...problem, scores };
        const objective = program.objective === 'stable' ? null : program.objective;
        if (objective === null) return;
        const best = bruteForceMatch(struck, [objective])[objective];
        const got = figuresOf(struck, assignedOf(result, scoreProgram(program)));
        expect(compareFigures(objective, got, best.figures)).toBe(0);
      }),
      fcOptions(150),
    );
  });
});

describe('repeatPairs: forbidden, over ten cycles', () => {
  it('no cycle repeats a pair of the earlier cycles within the window (random programmes and windows)', () => {
    const cases = fc.tuple(
      matchProgramArbitrary({ minMentors: 1, minMentees: 1, maxMentors: 5, maxMentees: 4, maxRows: 8, maxLocks: 0 }),
      fc.integer({ min: 0, max: 400 }),
    );
    let cyclesWithHistory = 0;
    fc.assert(
      fc.property(cases, ([raw, windowDays]) => {
        let history: NonNullable<ProgramJson['history']> = [];
        for (let month = 1; month <= 10; month++) {
          const asOf = `2026-${String(month).padStart(2, '0')}-01`;
          const input = {
            ...raw,
            history,
            asOf,
            rules: { ...raw.rules, lockedPairs: [], repeatPairs: 'forbidden' as const, repeatWindowDays: windowDays },
          };
          const program = parseProgram(input);
          const result = matchProgram(program);
          for (const m of result.matches) {
            const earlier = history.filter(
              (h) =>
                h.mentee === m.mentee &&
                h.mentor === m.mentor &&
                (program.mode === 'classic' || h.topic === m.topic) &&
                daysBack(h.date, asOf) <= windowDays,
            );
            expect(earlier, `${asOf}: ${JSON.stringify(m)}`).toEqual([]);
          }
          // Pairs the window has let go of may come back; the check above ran against a history.
          if (history.length > 0) cyclesWithHistory++;
          history = [...history, ...historyFromResult(result, asOf)];
        }
      }),
      fcOptions(40),
    );
    expect(cyclesWithHistory).toBeGreaterThan(0);
  });
});

describe('repeatPairs: determinism', () => {
  it('gives the same result whatever the order of the history and of the people', () => {
    const input = micro({ repeatPairs: 'forbidden', repeatMentor: false }, [
      { mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2026-01-15' },
      { mentee: 'bo', mentor: 'ana', date: '2025-06-01' },
      { mentee: 'bo', mentor: 'raj', topic: 'tax', date: '2026-02-01' },
    ]);
    const reversed: ProgramInput = {
      ...input,
      mentors: [...input.mentors].reverse(),
      history: [...(input.history ?? [])].reverse(),
    };
    // Lists that follow the input's order (mentor loads) sorted by id.
    const text = (i: ProgramInput) => JSON.stringify(sortedResult(matchProgram(i)));
    expect(text(reversed)).toBe(text(input));
    const explain = (i: ProgramInput) => {
      const table = scoreProgram(i);
      const col = table.mentorIds.indexOf('ana');
      return table.explain(0, col).summary;
    };
    expect(explain(reversed)).toBe(explain(input));
    expect(explain(input)).toContain('2026-01-15');
  });
});
