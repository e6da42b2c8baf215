/**
 * `matchProgram` on hand-made programmes of both modes, each with the pairs and reasons worked out
 * by hand: a noExpert request, a ruledOut one naming its rules, sameMentee (and `repeatMentor`),
 * mentorsFull naming who took the places (a mentor of capacity 0 among them; in id order),
 * hoursBudget; mixed request hours under a budget solved exactly; request priorities weighing the
 * pairs; the three objectives on a trade-off; `options.objective`; the greedy baseline (first come
 * in id order) on a case where first-come-first-served does worse; and the mentors a reason lists.
 * Every result is also run through the independent checks of test/helpers/matchChecks.ts. (The
 * `objective` reason has no example: only a pair scoring exactly 0 can be left out by an exact
 * `total`, and `capacitatedAssignment` resolves that tie by making the pair.)
 *
 * Locked pairs are in matchProgram.locks.test.ts, bad input in matchProgram.badInput.test.ts, the
 * bugs found while writing these tests in matchProgram.regressions.test.ts.
 *
 * Many programmes here score on preferences alone (`ONLY_PREFERENCE`): a mentor ranked k-th of n
 * by the mentee scores 1 − (k − 1) / n, one left off a mentee's list scores 0, and a mentee without
 * a list scores every mentor 0.5 (missing data is neutral), so the optimum can be read off the lists.
 */
import { describe, expect, it } from 'vitest';
import { best, bestAmong, bestEntries } from '../src/match/reasons.js';
import { match, ONLY_PREFERENCE, pairs, TOPICS } from './helpers/matchCases.js';
import type { ProgramJson } from './helpers/programArbitrary.js';
import { mulberry32 } from './helpers/random.js';

describe('matchProgram, micro mode', () => {
  it('pairs each request with its own mentor, and says why the others are left: noExpert, ruledOut', () => {
    const result = match({
      mode: 'micro',
      topics: TOPICS,
      mentors: [
        { id: 'ana', skills: [{ topic: 'pricing', level: 5 }], languages: ['en', 'fr'] },
        {
          id: 'raj',
          skills: [
            { topic: 'pricing', level: 4 },
            { topic: 'budgeting', level: 3 },
          ],
          languages: ['en'],
        },
        { id: 'li', skills: [{ topic: 'sql', level: 2 }], languages: ['de'] },
      ],
      mentees: [
        {
          id: 'bo',
          requests: [
            { topic: 'pricing', level: 3 },
            { topic: 'budgeting', level: 3 },
          ],
          languages: ['en'],
        },
        { id: 'cy', requests: [{ topic: 'sql', level: 4 }] },
        { id: 'di', requests: [{ topic: 'pricing', level: 2 }], languages: ['it'] },
      ],
    });
    // Only raj masters budgeting, so bo's pricing request goes to ana (one mentor per request).
    expect(result.mode).toBe('micro');
    expect(result.objective).toBe('total');
    expect(pairs(result)).toEqual(['bo/pricing→ana', 'bo/budgeting→raj']);
    // ana on pricing at level 3: expertise 1 (0.40), willingness 1 (0.15), a shared language (0.10),
    // time zone, department and preference neutral at 0.5 (0.10, 0.05, 0.15): 0.8 of 0.95.
    expect(result.matches[0]?.score).toBeCloseTo(0.8 / 0.95, 12);
    expect(result.matches[0]?.explanation.forbidden).toBe(false);
    expect(result.unmatched).toMatchObject([
      {
        mentee: 'cy',
        topic: 'sql',
        code: 'noExpert',
        reason: 'no mentor masters SQL at level 4 or above: recruit one, or lower the level asked',
        mentors: [],
        rules: [{ rule: 'levelRequired', mentors: 3 }],
        placesTakenBy: [],
      },
      {
        mentee: 'di',
        topic: 'pricing',
        code: 'ruledOut',
        reason:
          "hard rules rule out every mentor for di's request on pricing: sharedLanguage (3 mentors), levelRequired (1 mentor)",
        mentors: [],
        rules: [
          { rule: 'sharedLanguage', mentors: 3 },
          { rule: 'levelRequired', mentors: 1 },
        ],
        placesTakenBy: [],
      },
    ]);
    expect(result.summary).toMatchObject({ demand: 4, matched: 2, matchedShare: 0.5, exact: true });
  });

  const oneExpert = (repeatMentor: boolean): ProgramJson => ({
    mode: 'micro',
    topics: TOPICS,
    rules: { repeatMentor },
    mentors: [
      {
        id: 'raj',
        skills: [
          { topic: 'pricing', level: 4 },
          { topic: 'budgeting', level: 3 },
        ],
      },
      { id: 'ana', skills: [{ topic: 'pricing', level: 5 }] },
    ],
    mentees: [
      {
        id: 'ed',
        requests: [
          { topic: 'pricing', level: 4 },
          { topic: 'budgeting', level: 3 },
        ],
        exclude: ['ana'],
      },
    ],
  });

  it('sameMentee: the only mentor allowed already mentors the mentee on another request', () => {
    const result = match(oneExpert(false));
    // raj's expertise is higher on pricing (4 of 4 asked) than on budgeting (3 of 3): pricing wins.
    expect(pairs(result)).toEqual(['ed/pricing→raj']);
    expect(result.unmatched).toMatchObject([
      {
        mentee: 'ed',
        topic: 'budgeting',
        code: 'sameMentee',
        reason: 'the only mentors allowed (raj) already mentor ed on other requests',
        mentors: ['raj'],
        rules: [],
        placesTakenBy: [],
      },
    ]);
  });

  it('rules.repeatMentor lets one mentor take several requests of a mentee', () => {
    const result = match(oneExpert(true));
    expect(pairs(result)).toEqual(['ed/pricing→raj', 'ed/budgeting→raj']);
    expect(result.unmatched).toEqual([]);
  });

  it('mentorsFull names the full mentors, best first, and who took the places; a mentor of capacity 0 gets nobody', () => {
    const result = match({
      mode: 'micro',
      topics: TOPICS,
      mentors: [
        { id: 'zed', skills: [{ topic: 'pricing', level: 3 }], capacity: 0 },
        { id: 'ana', skills: [{ topic: 'pricing', level: 5 }], capacity: 1 },
      ],
      mentees: [
        { id: 'bo', requests: [{ topic: 'pricing', level: 3 }] },
        { id: 'cy', requests: [{ topic: 'pricing', level: 3 }], preferences: ['ana'] },
      ],
    });
    // cy ranks ana first: the place goes to cy, although bo comes first.
    expect(pairs(result)).toEqual(['cy/pricing→ana']);
    expect(result.unmatched).toMatchObject([
      {
        mentee: 'bo',
        topic: 'pricing',
        code: 'mentorsFull',
        reason:
          "all 2 mentors who could take bo's request on pricing are full: ana (1/1), zed (0/0); ana's places went to cy",
        mentors: ['ana', 'zed'],
        rules: [],
        placesTakenBy: ['cy'],
      },
    ]);
    expect(result.summary.mentorLoad).toEqual([
      { mentor: 'zed', load: 0, capacity: 0 },
      { mentor: 'ana', load: 1, capacity: 1 },
    ]);
  });

  it('hoursBudget: the mentor has a place but not the hours; the budget shows in the load', () => {
    const result = match({
      mode: 'micro',
      topics: TOPICS,
      mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 5 }], hoursBudget: 3 }],
      mentees: [
        { id: 'bo', requests: [{ topic: 'pricing', level: 3 }] },
        { id: 'cy', requests: [{ topic: 'pricing', level: 3 }], preferences: ['ana'] },
      ],
    });
    // Two requests of 2 h (the default) and a budget of 3 h: one place in hours, not five.
    expect(pairs(result)).toEqual(['cy/pricing→ana']);
    expect(result.unmatched).toMatchObject([
      {
        mentee: 'bo',
        topic: 'pricing',
        code: 'hoursBudget',
        reason: "the mentors with places left lack the 2 h bo's request on pricing needs: ana (2 of 3 h given)",
        mentors: ['ana'],
        rules: [],
        placesTakenBy: [],
      },
    ]);
    expect(result.summary.mentorLoad).toEqual([{ mentor: 'ana', load: 1, capacity: 5, hours: 2, hoursBudget: 3 }]);
    expect(result.summary.exact).toBe(true);
  });

  it('a forbidden pair never appears, even when it would score best', () => {
    const input: ProgramJson = {
      mode: 'micro',
      topics: TOPICS,
      mentors: [
        { id: 'ana', skills: [{ topic: 'pricing', level: 5 }] },
        { id: 'raj', skills: [{ topic: 'pricing', level: 3 }] },
      ],
      mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }], preferences: ['ana'] }],
    };
    expect(pairs(match(input))).toEqual(['bo/pricing→ana']);
    const forbidden = { ...input, rules: { forbiddenPairs: [{ mentee: 'bo', mentor: 'ana' }] } };
    expect(pairs(match(forbidden))).toEqual(['bo/pricing→raj']);
  });

  it('mixed request hours under a budget: the two short requests rather than the long one, proven optimal', () => {
    const result = match({
      mode: 'micro',
      topics: TOPICS,
      mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 5 }], hoursBudget: 4 }],
      mentees: [
        { id: 'bo', requests: [{ topic: 'pricing', level: 3, hours: 4 }] },
        { id: 'cy', requests: [{ topic: 'pricing', level: 3, hours: 1 }] },
        { id: 'di', requests: [{ topic: 'pricing', level: 3, hours: 3 }] },
      ],
    });
    // Equal scores: cy and di, 1 h + 3 h, make two pairs where bo's 4 h make one. Greedy, first come
    // first served in id order, gives bo the whole budget.
    expect(pairs(result)).toEqual(['cy/pricing→ana', 'di/pricing→ana']);
    expect(result.summary).toMatchObject({ matched: 2, exact: true, boundOn: 'weightedTotal', gap: 0 });
    expect(result.summary.bound).toBe(result.summary.weightedTotal);
    expect(result.summary.greedy.matched).toBe(1);
    expect(result.summary.mentorLoad[0]?.hours).toBe(4);
    expect(result.unmatched.map((u) => [u.mentee, u.code])).toEqual([['bo', 'hoursBudget']]);
  });

  // Scores on preferences alone: e0 ranks A first (1), e1 has no list (0.5) but asks with priority 3.
  const priorities: ProgramJson = {
    mode: 'micro',
    topics: TOPICS,
    weights: ONLY_PREFERENCE,
    mentors: [{ id: 'A', skills: [{ topic: 'pricing', level: 5 }], capacity: 1 }],
    mentees: [
      { id: 'e0', requests: [{ topic: 'pricing', level: 3 }], preferences: ['A'] },
      { id: 'e1', requests: [{ topic: 'pricing', level: 3, priority: 3 }] },
    ],
  };

  it('request priorities weigh the pairs: total and coverage serve the priority-3 request, fair the better score', () => {
    const total = match(priorities);
    // 3 × 0.5 = 1.5 beats 1 × 1.
    expect(pairs(total)).toEqual(['e1/pricing→A']);
    expect(total.matches[0]?.priority).toBe(3);
    expect(total.summary).toMatchObject({ totalScore: 0.5, weightedTotal: 1.5, weightedMatched: 3, exact: true });
    expect(total.unmatched[0]).toMatchObject({ mentee: 'e0', code: 'mentorsFull', placesTakenBy: ['e1'] });
    // Σ priority matched: 3 against 1.
    expect(pairs(match(priorities, { objective: 'coverage' }))).toEqual(['e1/pricing→A']);
    // fair: one pair either way, then the highest lowest score (1 against 0.5).
    const fair = match(priorities, { objective: 'fair' });
    expect(pairs(fair)).toEqual(['e0/pricing→A']);
    expect(fair.summary).toMatchObject({ weightedTotal: 1, weightedMatched: 1, lowestScore: 1 });
    // Without the priority, total takes the better score.
    const flat = {
      ...priorities,
      mentees: priorities.mentees.map(({ requests, ...e }) => ({ ...e, requests: [{ topic: 'pricing', level: 3 }] })),
    };
    expect(pairs(match(flat))).toEqual(['e0/pricing→A']);
  });

  it('lists who took the places in id order, and the pairs in the input order', () => {
    const result = match({
      mode: 'micro',
      topics: TOPICS,
      weights: ONLY_PREFERENCE,
      mentors: [{ id: 'A', skills: [{ topic: 'pricing', level: 5 }], capacity: 2 }],
      mentees: [
        { id: 'zed', requests: [{ topic: 'pricing', level: 3 }], preferences: ['A'] },
        { id: 'bob', requests: [{ topic: 'pricing', level: 3 }] },
        { id: 'amy', requests: [{ topic: 'pricing', level: 3 }], preferences: ['A'] },
      ],
    });
    expect(pairs(result)).toEqual(['zed/pricing→A', 'amy/pricing→A']);
    expect(result.unmatched[0]).toMatchObject({ mentee: 'bob', code: 'mentorsFull', placesTakenBy: ['amy', 'zed'] });
    expect(result.unmatched[0]?.reason).toContain("A's places went to amy, zed");
  });
});

describe('matchProgram, classic mode', () => {
  it('mentorsFull in classic mode: the mentee who ranks the mentor gets the only place (README example)', () => {
    const result = match({
      mode: 'classic',
      topics: [{ id: 'leadership' }],
      mentors: [{ id: 'ana', skills: [{ topic: 'leadership', level: 5 }], capacity: 1 }],
      mentees: [
        { id: 'bo', goals: [{ topic: 'leadership' }] },
        { id: 'cy', goals: [{ topic: 'leadership' }], preferences: ['ana'] },
      ],
    });
    expect(pairs(result)).toEqual(['cy→ana']);
    expect('topic' in (result.matches[0] as object)).toBe(false);
    expect(result.unmatched).toMatchObject([
      {
        mentee: 'bo',
        code: 'mentorsFull',
        reason: "the only mentor who could take mentee bo is full: ana (1/1); ana's places went to cy",
        mentors: ['ana'],
        rules: [],
        placesTakenBy: ['cy'],
      },
    ]);
  });

  const tradeOff: ProgramJson = {
    mode: 'classic',
    topics: [{ id: 't' }],
    weights: ONLY_PREFERENCE,
    objective: 'total',
    // C, D and E only lengthen the lists (capacity 0).
    mentors: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, skills: [], capacity: id === 'A' || id === 'B' ? 1 : 0 })),
    mentees: [
      { id: 'e0', preferences: ['A', 'C', 'D', 'E', 'B'] }, // A 1, B 0.2
      { id: 'e1', exclude: ['B'] }, // no list: A 0.5 (and C, D, E, full)
    ],
  };

  it('total: one pair scoring 1 beats two scoring 0.2 + 0.5; the one left out is told who took the place', () => {
    const result = match(tradeOff);
    expect(result.objective).toBe('total');
    expect(pairs(result)).toEqual(['e0→A']);
    expect(result.unmatched).toMatchObject([
      {
        mentee: 'e1',
        code: 'mentorsFull',
        reason:
          "all 4 mentors who could take mentee e1 are full: A (1/1), C (0/0), D (0/0), E (0/0); A's places went to e0",
        mentors: ['A', 'C', 'D', 'E'],
        rules: [],
        placesTakenBy: ['e0'],
      },
    ]);
  });

  it("options.objective overrides the programme's: coverage makes both pairs", () => {
    const result = match(tradeOff, { objective: 'coverage' });
    expect(result.objective).toBe('coverage');
    expect(pairs(result)).toEqual(['e0→B', 'e1→A']);
    expect(result.summary.totalScore).toBeCloseTo(0.7, 12);
    expect(pairs(match({ ...tradeOff, objective: 'coverage' }))).toEqual(['e0→B', 'e1→A']);
    expect(pairs(match({ ...tradeOff, objective: 'coverage' }, { objective: 'total' }))).toEqual(['e0→A']);
    expect(match({ ...tradeOff, objective: 'fair' }, {}).objective).toBe('fair');
  });

  it("the summary's greedy figures: first come, first served (in id order) takes the place a later mentee needed", () => {
    const input: ProgramJson = {
      mode: 'classic',
      topics: [{ id: 't' }],
      weights: ONLY_PREFERENCE,
      mentors: [
        { id: 'A', skills: [], capacity: 1 },
        { id: 'B', skills: [], capacity: 1 },
      ],
      mentees: [
        { id: 'e0', preferences: ['A', 'B'] }, // A 1, B 0.5
        { id: 'e1', preferences: ['A'], exclude: ['B'] }, // A 1 only
      ],
    };
    const result = match(input);
    expect(pairs(result)).toEqual(['e0→B', 'e1→A']);
    expect(result.summary).toMatchObject({
      demand: 2,
      matched: 2,
      matchedShare: 1,
      totalScore: 1.5,
      weightedMatched: 2,
      weightedTotal: 1.5,
      meanScore: 0.75,
      lowestScore: 0.5,
      exact: true,
      bound: 1.5,
      boundOn: 'weightedTotal',
      gap: 0,
      nodes: 0,
      // e0 would rather have A, and A (scores tied) ranks e0, the earlier row, above e1.
      blockingPairs: 1,
      blocking: [{ mentee: 'e0', mentor: 'A' }],
    });
    // Greedy: e0 takes A, its best, and e1 is left with nobody; it is stable.
    expect(result.summary.greedy).toEqual({
      demand: 2,
      matched: 1,
      matchedShare: 0.5,
      totalScore: 1,
      weightedMatched: 1,
      weightedTotal: 1,
      meanScore: 1,
      lowestScore: 1,
      blockingPairs: 0,
    });
    // First come is first in id order, not in the input's: the same with e1 listed first.
    const reversed = match({ ...input, mentees: [...input.mentees].reverse() });
    expect(reversed.summary.greedy).toEqual(result.summary.greedy);
    expect(pairs(reversed)).toEqual(['e1→A', 'e0→B']);
  });

  it('fair trades total for a better lowest score; total and coverage do not', () => {
    const input: ProgramJson = {
      mode: 'classic',
      topics: [{ id: 't' }],
      weights: ONLY_PREFERENCE,
      // C, D and E only lengthen the lists (capacity 0).
      mentors: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, skills: [], capacity: id === 'A' || id === 'B' ? 1 : 0 })),
      mentees: [
        { id: 'e1', preferences: ['A', 'C', 'B', 'D', 'E'] }, // A 1, B 0.6
        { id: 'e2', preferences: ['C', 'D', 'E', 'A', 'B'] }, // A 0.4, B 0.2
      ],
    };
    // e1→A, e2→B: total 1.2, lowest 0.2; e1→B, e2→A: total 1.0, lowest 0.4.
    expect(pairs(match(input))).toEqual(['e1→A', 'e2→B']);
    expect(pairs(match(input, { objective: 'coverage' }))).toEqual(['e1→A', 'e2→B']);
    const fair = match(input, { objective: 'fair' });
    expect(pairs(fair)).toEqual(['e1→B', 'e2→A']);
    expect(fair.summary.lowestScore).toBeCloseTo(0.4, 12);
    expect(fair.summary.totalScore).toBeCloseTo(1, 12);
  });
});

describe('the mentors a reason lists', () => {
  it('are the best-scoring ones, ties by index, at most the number asked (2,000 seeded lists)', () => {
    const rng = mulberry32(99);
    for (let t = 0; t < 2000; t++) {
      const scores = Array.from({ length: 80 }, () => Math.floor(rng() * 10));
      const list = [...new Set(Array.from({ length: Math.floor(rng() * 60) }, () => Math.floor(rng() * 80)))];
      const k = 1 + Math.floor(rng() * 25);
      const expected = [...list].sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b).slice(0, k);
      expect(best(Int32Array.from(list), Float64Array.from(scores), k)).toEqual(expected);
      // Read off a row's entries (its mentors and their scores side by side, from an offset).
      const row = [0, ...list, 0];
      const rowScores = Float64Array.from(row, (j, e) =>
        e === 0 || e === row.length - 1 ? 99 : (scores[j] as number),
      );
      expect(bestEntries(Int32Array.from(row), rowScores, 1, row.length - 1, k)).toEqual(expected);
      // Some of a row's mentors (both ascending), their scores read off the row in one walk.
      const mentors = Array.from({ length: 80 }, (_, j) => j).filter(() => rng() < 0.6);
      const cols = Int32Array.from([-1, ...mentors, 99]);
      const colScores = Float64Array.from(cols, (j) => (j < 0 || j > 80 ? 99 : (scores[j] as number)));
      const some = mentors.filter(() => rng() < 0.5);
      const top = [...some].sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b).slice(0, k);
      expect(bestAmong(Int32Array.from(some), cols, colScores, 1, cols.length - 1, k)).toEqual(top);
    }
  });
});
