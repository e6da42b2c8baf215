/**
 * `matchProgram`: the bugs found while writing its hand-made tests, each kept as a test.
 *
 * Many programmes here score on preferences alone (`ONLY_PREFERENCE`): a mentor ranked k-th of n
 * by the mentee scores 1 − (k − 1) / n, one left off a mentee's list scores 0, and a mentee without
 * a list scores every mentor 0.5 (missing data is neutral), so the optimum can be read off the lists.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, matchProgram, parseProgram } from '../src/index.js';
import { prepare } from '../src/match/prepare.js';
import { solveObjective } from '../src/match/solveObjective.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { ONLY_PREFERENCE, pairs, TOPICS } from './helpers/matchCases.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

describe('matchProgram, bugs found while writing these tests', () => {
  // A classic mentor's hours budget was read as 0 places (0 h over 0 h per mentee); classic
  // mentees take no hours, so a budget there is now refused with its path.
  it('classic: an hours budget is an InvalidInputError naming mentors[k].hoursBudget', () => {
    const input: ProgramJson = {
      mode: 'classic',
      topics: [{ id: 't' }],
      mentors: [{ id: 'ana', skills: [{ topic: 't', level: 5 }], hoursBudget: 0 }],
      mentees: [{ id: 'bo', goals: [{ topic: 't' }] }],
    };
    expect(() => matchProgram(input)).toThrow(InvalidInputError);
    try {
      matchProgram(input);
    } catch (error) {
      expect((error as InvalidInputError).issues.map((i) => i.path)).toEqual([['mentors', 0, 'hoursBudget']]);
    }
  });

  // mentor with an hours budget, solveObjective compares shortest = Infinity with longest = 0 and
  // flags the result as not proven optimal, although no request of another length exists.
  it('summary.exact is true when no free request is left (all locked, or none)', () => {
    const allLocked: ProgramJson = {
      mode: 'micro',
      topics: TOPICS,
      mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 5 }], hoursBudget: 4 }],
      mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
      rules: { lockedPairs: [{ mentee: 'bo', mentor: 'ana' }] },
    };
    expect(pairs(matchProgram(allLocked))).toEqual(['bo/pricing→ana (locked)']);
    expect(matchProgram({ ...allLocked, mentees: [], rules: {} }).summary.exact).toBe(true);
    expect(matchProgram(allLocked).summary.exact).toBe(true);
  });

  // reason ends in a dangling "C's places went to " (nobody took them) instead of naming the
  // mentors whose places were taken.
  it('mentorsFull: the reason never ends in an empty list of who took the places', () => {
    const result = matchProgram({
      mode: 'classic',
      topics: [{ id: 't' }],
      weights: ONLY_PREFERENCE,
      mentors: [
        { id: 'A', skills: [], capacity: 1 },
        { id: 'C', skills: [], capacity: 0 },
      ],
      mentees: [
        { id: 'e0', preferences: ['A'] }, // A 1
        { id: 'e1', preferences: ['C', 'A'] }, // C 1, A 0.5
      ],
    });
    expect(pairs(result)).toEqual(['e0→A']);
    const reason = result.unmatched[0];
    expect(reason).toMatchObject({ mentee: 'e1', code: 'mentorsFull', mentors: ['C', 'A'] });
    expect(reason?.reason).not.toMatch(/went to $/);
    expect(reason?.reason).toContain('e0');
  });

  // locked pair (0.2) is the lowest of every matching, so the matchings tie on the lowest score and
  // the total must decide: e1→B, e2→A (1 + 0.4) beats e1→A, e2→B (0.6 + 0.6), which fair returns.
  it('fair counts locked pairs in the lowest score, then maximises the total', () => {
    const input: ProgramJson = {
      mode: 'classic',
      topics: [{ id: 't' }],
      weights: ONLY_PREFERENCE,
      mentors: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, skills: [], capacity: id === 'D' || id === 'E' ? 0 : 1 })),
      mentees: [
        { id: 'e0', preferences: ['A', 'B', 'D', 'E', 'C'] }, // C 0.2
        { id: 'e1', preferences: ['B', 'C', 'A', 'D', 'E'] }, // B 1, A 0.6
        { id: 'e2', preferences: ['C', 'D', 'B', 'A', 'E'] }, // B 0.6, A 0.4
      ],
      rules: { lockedPairs: [{ mentee: 'e0', mentor: 'C' }] },
    };
    const result = matchProgram(input, { objective: 'fair' });
    expect(result.summary.lowestScore).toBeCloseTo(0.2, 12);
    expect(pairs(result)).toEqual(['e0→C (locked)', 'e1→B', 'e2→A']);
    expect(result.summary.totalScore).toBeCloseTo(1.6, 12);
  });

  // The auction of the large path under binding budgets gave every column one heap slot per place:
  // a capacity read as "no limit" (2³² → 2³¹ − 1 places) overflowed the slot count, and the call
  // crashed with a RangeError deep inside. A column now takes at most one slot per row.
  it('the large path under binding budgets takes a mentor of unlimited capacity', () => {
    const program = canonicalProgram(
      parseProgram({
        mode: 'micro',
        topics: [{ id: 't' }],
        mentors: [
          { id: 'a', capacity: 2 ** 32, skills: [{ topic: 't', level: 5 }] },
          { id: 'b', capacity: 3, hoursBudget: 3, skills: [{ topic: 't', level: 5 }] },
        ],
        mentees: Array.from({ length: 6 }, (_, k) => ({
          id: `e${k}`,
          requests: [{ topic: 't', level: 1, hours: k < 2 ? 1 : 2 }],
        })),
      }),
    );
    for (const objective of ['total', 'coverage', 'fair'] as const) {
      // largeEntries 0: the path for large problems on this small one.
      const solved = solveObjective(prepare(program, scoreTable(program, true)), objective, undefined, 0);
      expect([...solved.assigned].every((j) => j >= 0)).toBe(true);
    }
  });
});
