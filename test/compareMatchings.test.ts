/**
 * `compareMatchings` on hand-built matchings (every list checked exactly), on two real matchings of
 * a small programme under two weightings, on shuffled inputs, and on malformed inputs (each error
 * names the field).
 */
import { describe, expect, it } from 'vitest';
import { compareMatchings, InvalidInputError, type Match, type MatchResult, matchProgram } from '../src/index.js';

interface PairSpec {
  readonly mentee: string;
  readonly topic?: string;
  readonly mentor: string;
  readonly score: number;
  readonly priority?: number;
}

/** A `MatchResult` holding `pairs`, its summary figures computed from them. */
function result(pairs: readonly PairSpec[], blockingPairs = 0, mode: 'micro' | 'classic' = 'micro'): MatchResult {
  const matches: Match[] = pairs.map((p) => {
    const priority = p.priority ?? 1;
    return {
      mentee: p.mentee,
      ...(p.topic === undefined ? {} : { topic: p.topic }),
      mentor: p.mentor,
      score: p.score,
      priority,
      locked: false,
      explanation: {
        score: p.score,
        priority,
        weightedScore: priority * p.score,
        forbidden: false,
        rules: [],
        criteria: [],
        summary: '',
      },
    };
  });
  const scores = matches.map((m) => m.score);
  const figures = {
    demand: 10,
    matched: matches.length,
    matchedShare: matches.length / 10,
    totalScore: scores.reduce((s, x) => s + x, 0),
    weightedMatched: matches.reduce((s, m) => s + m.priority, 0),
    weightedTotal: matches.reduce((s, m) => s + m.priority * m.score, 0),
    meanScore: scores.length === 0 ? null : scores.reduce((s, x) => s + x, 0) / scores.length,
    lowestScore: scores.length === 0 ? null : Math.min(...scores),
    blockingPairs,
  };
  return {
    mode,
    objective: 'total',
    matches,
    unmatched: [],
    summary: {
      ...figures,
      mentorLoad: [],
      greedy: figures,
      blocking: [],
      exact: true,
      bound: figures.weightedTotal,
      boundOn: 'weightedTotal',
      gap: 0,
      nodes: 0,
      pairs: { scored: matches.length, searched: matches.length, priced: 0 },
    },
    warnings: [],
  };
}

const BEFORE = result(
  [
    { mentee: 'cy', topic: 'seo', mentor: 'ana', score: 0.5 },
    { mentee: 'cy', topic: 'pricing', mentor: 'ben', score: 0.75, priority: 2 },
    { mentee: 'di', topic: 'pricing', mentor: 'ana', score: 0.25 },
    { mentee: 'ed', topic: 'seo', mentor: 'ben', score: 1 },
  ],
  2,
);
const AFTER = result(
  [
    { mentee: 'ed', topic: 'seo', mentor: 'ben', score: 1 },
    { mentee: 'fa', topic: 'seo', mentor: 'ana', score: 0.5 },
    { mentee: 'cy', topic: 'pricing', mentor: 'ana', score: 0.5, priority: 2 },
    { mentee: 'cy', topic: 'seo', mentor: 'ana', score: 0.625 },
  ],
  1,
);

describe('compareMatchings', () => {
  it('lists the pairs kept, added and removed and the requests moved, exactly', () => {
    const diff = compareMatchings(BEFORE, AFTER);
    expect(diff.kept).toEqual([
      { mentee: 'cy', topic: 'seo', mentor: 'ana', scoreBefore: 0.5, scoreAfter: 0.625 },
      { mentee: 'ed', topic: 'seo', mentor: 'ben', scoreBefore: 1, scoreAfter: 1 },
    ]);
    expect(diff.moved).toEqual([
      { mentee: 'cy', topic: 'pricing', from: 'ben', scoreBefore: 0.75, to: 'ana', scoreAfter: 0.5 },
    ]);
    expect(diff.added).toEqual([{ mentee: 'fa', topic: 'seo', mentor: 'ana', score: 0.5 }]);
    expect(diff.removed).toEqual([{ mentee: 'di', topic: 'pricing', mentor: 'ana', score: 0.25 }]);
  });

  it('a moved request is listed once, as moved, never also as removed and added', () => {
    const diff = compareMatchings(BEFORE, AFTER);
    const requests = [...diff.added, ...diff.removed].map((p) => `${p.mentee}/${p.topic}`);
    expect(requests).not.toContain('cy/pricing');
  });

  it('puts the figures side by side with after − before', () => {
    const { figures } = compareMatchings(BEFORE, AFTER);
    expect(figures.matched).toEqual({ before: 4, after: 4, delta: 0 });
    // Σ priority × score: 0.5 + 2 × 0.75 + 0.25 + 1 = 3.25, then 1 + 0.5 + 2 × 0.5 + 0.625 = 3.125.
    expect(figures.weightedTotal).toEqual({ before: 3.25, after: 3.125, delta: -0.125 });
    expect(figures.totalScore).toEqual({ before: 2.5, after: 2.625, delta: 0.125 });
    expect(figures.meanScore).toEqual({ before: 0.625, after: 0.65625, delta: 0.03125 });
    expect(figures.lowestScore).toEqual({ before: 0.25, after: 0.5, delta: 0.25 });
    expect(figures.blockingPairs).toEqual({ before: 2, after: 1, delta: -1 });
  });

  it('identical matchings give no changes and zero deltas', () => {
    const diff = compareMatchings(BEFORE, BEFORE);
    expect(diff.kept).toHaveLength(4);
    expect([diff.added, diff.removed, diff.moved]).toEqual([[], [], []]);
    for (const figure of Object.values(diff.figures)) expect(figure.delta).toBe(0);
  });

  it('a figure without pairs is null, and so is its delta', () => {
    const diff = compareMatchings(result([]), BEFORE);
    expect(diff.figures.meanScore).toEqual({ before: null, after: 0.625, delta: null });
    expect(diff.figures.lowestScore).toEqual({ before: null, after: 0.25, delta: null });
    expect(diff.added).toHaveLength(4);
    expect(diff.kept).toEqual([]);
  });

  it('the order of the pairs in the inputs does not change the output', () => {
    const expected = compareMatchings(BEFORE, AFTER);
    const reversed = (r: MatchResult): MatchResult => ({ ...r, matches: [...r.matches].reverse() });
    const rotated = (r: MatchResult): MatchResult => ({
      ...r,
      matches: [...r.matches.slice(2), ...r.matches.slice(0, 2)],
    });
    expect(compareMatchings(reversed(BEFORE), rotated(AFTER))).toEqual(expected);
    expect(JSON.stringify(compareMatchings(rotated(BEFORE), reversed(AFTER)))).toBe(JSON.stringify(expected));
  });

  it('sorts by code units: mentee, then topic (none first), then mentor', () => {
    const diff = compareMatchings(
      result([]),
      result([
        { mentee: 'b', topic: 'x', mentor: 'm', score: 1 },
        { mentee: 'a', topic: 'y', mentor: 'm', score: 1 },
        { mentee: 'B', topic: 'x', mentor: 'm', score: 1 },
        { mentee: 'a', topic: 'x', mentor: 'm', score: 1 },
      ]),
    );
    expect(diff.added.map((p) => `${p.mentee}/${p.topic}`)).toEqual(['B/x', 'a/x', 'a/y', 'b/x']);
  });

  it('classic pairs are keyed by mentee alone and carry no topic', () => {
    const before = result([{ mentee: 'cy', mentor: 'ana', score: 0.5 }], 0, 'classic');
    const after = result([{ mentee: 'cy', mentor: 'ben', score: 0.5 }], 0, 'classic');
    expect(compareMatchings(before, after).moved).toEqual([
      { mentee: 'cy', from: 'ana', scoreBefore: 0.5, to: 'ben', scoreAfter: 0.5 },
    ]);
  });

  it('a weight change on a small programme moves the mentees as the weights say', () => {
    const program = {
      mode: 'classic',
      topics: [{ id: 'sales' }],
      mentors: [
        { id: 'ana', skills: [{ topic: 'sales', level: 5 }], capacity: 1 },
        { id: 'ben', skills: [{ topic: 'sales', level: 3 }], capacity: 1 },
      ],
      mentees: [
        { id: 'cy', goals: [{ topic: 'sales' }], preferences: ['ben'] },
        { id: 'di', goals: [{ topic: 'sales' }] },
      ],
    } as const;
    // Without the preference criterion cy gets the more senior ana; weighing it, cy gets ben, its choice.
    const before = matchProgram({ ...program, weights: { preference: 0 } });
    const after = matchProgram({ ...program, weights: { preference: 1 } });
    const diff = compareMatchings(before, after);
    expect(diff.moved.map((m) => [m.mentee, m.from, m.to])).toEqual([
      ['cy', 'ana', 'ben'],
      ['di', 'ben', 'ana'],
    ]);
    expect([diff.kept, diff.added, diff.removed]).toEqual([[], [], []]);
    expect(diff.figures.matched).toEqual({ before: 2, after: 2, delta: 0 });
    expect(diff.figures.weightedTotal.delta).toBeCloseTo(
      after.summary.weightedTotal - before.summary.weightedTotal,
      12,
    );
  });
});

describe('compareMatchings rejects what is not a matching, naming the field', () => {
  /** The paths of the issues of the error thrown by `fn`. */
  function paths(fn: () => unknown): string[] {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      const issues = (error as InvalidInputError).issues;
      expect((error as Error).message).toMatch(/^compareMatchings: /);
      return issues.map((issue) => issue.path.join('.'));
    }
    throw new Error('expected an InvalidInputError');
  }
  const bad = (x: unknown) => x as MatchResult;

  it('not an object, or without matches or summary', () => {
    expect(paths(() => compareMatchings(bad(null), BEFORE))).toEqual(['before']);
    expect(paths(() => compareMatchings(BEFORE, bad({ summary: BEFORE.summary })))).toEqual(['after.matches']);
    expect(paths(() => compareMatchings(bad({ matches: [] }), BEFORE))).toEqual(['before.summary']);
  });

  it('a pair with a bad field', () => {
    const matches = [
      { mentee: 'cy', mentor: 42, score: 0.5 },
      { mentee: 'di', topic: 7, mentor: 'ana', score: Number.NaN },
      'x',
    ];
    expect(paths(() => compareMatchings(BEFORE, bad({ ...BEFORE, matches })))).toEqual([
      'after.matches.0.mentor',
      'after.matches.1.topic',
      'after.matches.1.score',
      'after.matches.2',
    ]);
    expect(() => compareMatchings(BEFORE, bad({ ...BEFORE, matches }))).toThrow(
      'after.matches[0].mentor must be a string, got 42',
    );
  });

  it('a request matched twice', () => {
    const twice = { ...BEFORE, matches: [...BEFORE.matches, BEFORE.matches[0]] };
    expect(paths(() => compareMatchings(bad(twice), BEFORE))).toEqual(['before.matches.4']);
  });

  it('a bad summary figure', () => {
    const summary = {
      ...BEFORE.summary,
      weightedTotal: '3',
      meanScore: undefined,
      totalScore: Number.POSITIVE_INFINITY,
    };
    expect(paths(() => compareMatchings(BEFORE, bad({ ...BEFORE, summary })))).toEqual([
      'after.summary.weightedTotal',
      'after.summary.meanScore',
      'after.summary.totalScore',
    ]);
  });

  it('matchings of different modes', () => {
    const classic = result([{ mentee: 'cy', mentor: 'ana', score: 0.5 }], 0, 'classic');
    expect(paths(() => compareMatchings(BEFORE, classic))).toEqual(['after.mode']);
  });

  it('a summary without totalScore is fine: the plain total is left out', () => {
    const { totalScore: _, ...summary } = AFTER.summary;
    const diff = compareMatchings(BEFORE, bad({ ...AFTER, summary }));
    expect('totalScore' in diff.figures).toBe(false);
    expect(diff.figures.weightedTotal.after).toBe(3.125);
  });
});
