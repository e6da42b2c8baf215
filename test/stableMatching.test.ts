/**
 * `stableMatching` on worked examples from the literature with known answers (Gale and Shapley 1962,
 * Examples 1 and 2; the NRMP's "Run a Match" example; the hospitals/residents example of the
 * `matching` library's documentation), on the rules of the contract (acceptability is mutual,
 * capacities 0, default and `Infinity`, empty sides, typed-array lists, receivers' lists in their
 * order of preference), and on bad input (every class names its path and shows the value). The
 * properties against brute force are in stableMatching.properties.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, MentormatchError, type StableMatchingOptions, stableMatching } from '../src/index.js';
import { stableMatching as fromSolversEntry } from '../src/solvers.js';
import { stableMatchings } from './helpers/stableBruteForce.js';

/** The result with plain arrays, for exact comparisons. */
function plain(options: StableMatchingOptions) {
  const { proposerTo, receiverTo } = stableMatching(options);
  return { proposerTo: Array.from(proposerTo), receiverTo: receiverTo.map((list) => Array.from(list)) };
}

/** What a call threw (or `undefined`). */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

// Gale and Shapley (1962), Example 1: men α, β, γ (proposers 0..2) and women A, B, C (receivers
// 0..2). α ranks A, B, C; β ranks B, C, A; γ ranks C, A, B; A ranks β, γ, α; B ranks γ, α, β; C ranks
// α, β, γ. "There are six possible sets of marriages; of these three are stable": every man gets his
// first choice, every woman gets her first choice, or everyone gets a second choice.
const EXAMPLE_1 = {
  proposerPrefs: [
    [0, 1, 2],
    [1, 2, 0],
    [2, 0, 1],
  ],
  receiverPrefs: [
    [1, 2, 0],
    [2, 0, 1],
    [0, 1, 2],
  ],
  capacities: [1, 1, 1],
};

// Gale and Shapley (1962), Example 2, from its ranking matrix (man's rank of the woman, woman's rank
// of the man): α (1,3) (2,3) (3,2) (4,3); β (1,4) (4,1) (3,3) (2,2); γ (2,2) (1,4) (3,4) (4,1);
// δ (4,1) (2,2) (3,1) (1,4) for A, B, C, D. The only stable set: αC, βD, γA, δB.
const EXAMPLE_2 = {
  proposerPrefs: [
    [0, 1, 2, 3],
    [0, 3, 2, 1],
    [1, 0, 2, 3],
    [3, 1, 2, 0],
  ],
  receiverPrefs: [
    [3, 2, 0, 1],
    [1, 3, 0, 2],
    [3, 0, 1, 2],
    [2, 1, 0, 3],
  ],
  capacities: [1, 1, 1, 1],
};

describe('stableMatching on worked examples from the literature', () => {
  it('is exported from both entries, mentormatch and mentormatch/solvers', () => {
    expect(fromSolversEntry).toBe(stableMatching);
  });

  it('runs its TSDoc example', () => {
    const { proposerTo, receiverTo } = stableMatching({
      proposerPrefs: [[0, 1], [0, 1], [0]],
      receiverPrefs: [
        [2, 0, 1],
        [1, 0],
      ],
      capacities: [2, 1],
    });
    expect([[...proposerTo], receiverTo.map((list) => [...list])]).toEqual([
      [0, 1, 0],
      [[2, 0], [1]],
    ]);
  });

  it('Gale and Shapley Example 1: men propose → every man his first choice; women propose → every woman hers', () => {
    expect(plain(EXAMPLE_1)).toEqual({ proposerTo: [0, 1, 2], receiverTo: [[0], [1], [2]] });
    // α–C, β–A, γ–B.
    expect(plain({ ...EXAMPLE_1, optimal: 'receiver' })).toEqual({
      proposerTo: [2, 0, 1],
      receiverTo: [[1], [2], [0]],
    });
    // The oracle agrees: three stable sets, the third giving everyone a second choice (α–B, β–C, γ–A).
    const all = stableMatchings(EXAMPLE_1).map((to) => Array.from(to));
    expect(all.sort()).toEqual([
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ]);
  });

  it('Gale and Shapley Example 2: the only stable set αC, βD, γA, δB, from either side', () => {
    for (const optimal of ['proposer', 'receiver'] as const) {
      expect(plain({ ...EXAMPLE_2, optimal }).proposerTo).toEqual([2, 3, 0, 1]);
    }
    expect(stableMatchings(EXAMPLE_2).map((to) => Array.from(to))).toEqual([[2, 3, 0, 1]]);
  });

  it('the NRMP "Run a Match" example: five applicants, three programs of two positions', () => {
    // Applicants Anderson, Chen, Ford, Davis, Eastman (0..4); programs Mercy, City, General (0..2).
    // Anderson ranks City only; Chen City, Mercy; Ford City, General, Mercy; Davis Mercy, City,
    // General; Eastman City, Mercy, General. Mercy ranks only Chen and Ford; City ranks Eastman,
    // Anderson, Chen, Davis, Ford; General Eastman, Anderson, Ford, Davis.
    const nrmp = {
      proposerPrefs: [[1], [1, 0], [1, 2, 0], [0, 1, 2], [1, 0, 2]],
      receiverPrefs: [
        [1, 2],
        [4, 0, 1, 3, 2],
        [4, 0, 2, 3],
      ],
      capacities: [2, 2, 2],
    };
    // Applicant-proposing: Anderson and Chen hold City; Ford loses City to them and holds General;
    // Davis is not on Mercy's list, loses City, holds General; Eastman takes City from Chen, who
    // falls back to Mercy. Mercy keeps one position unfilled; programs proposing end the same.
    const expected = { proposerTo: [1, 0, 2, 2, 1], receiverTo: [[1], [4, 0], [2, 3]] };
    expect(plain(nrmp)).toEqual(expected);
    expect(plain({ ...nrmp, optimal: 'receiver' })).toEqual(expected);
  });

  it('the hospitals/residents example of the matching library (Wilde, Knight and Gillard 2020)', () => {
    // Residents Ada, Sam, Dani, Luc, Jo (0..4); hospitals Mercy, City, General (0..2), two places
    // each. Resident- and hospital-optimal: Mercy takes Luc and Sam, City Dani and Ada, General Jo.
    const example = {
      proposerPrefs: [[1], [1, 0], [1, 0, 2], [0, 1, 2], [1, 2, 0]],
      receiverPrefs: [
        [2, 3, 1, 4],
        [2, 0, 1, 3, 4],
        [2, 4, 3],
      ],
      capacities: [2, 2, 2],
    };
    const expected = { proposerTo: [1, 0, 1, 0, 2], receiverTo: [[3, 1], [2, 0], [4]] };
    expect(plain(example)).toEqual(expected);
    expect(plain({ ...example, optimal: 'receiver' })).toEqual(expected);
  });
});

describe('stableMatching on the rules of its contract', () => {
  it('matches a pair only when each ranks the other', () => {
    // Proposer 0 ranks receiver 0, which does not rank it back; receiver 1 ranks proposer 1, which
    // does not rank it: nobody is matched, although every receiver has room.
    const options = { proposerPrefs: [[0], []], receiverPrefs: [[1], [1]] };
    expect(plain(options)).toEqual({ proposerTo: [-1, -1], receiverTo: [[], []] });
    expect(plain({ ...options, optimal: 'receiver' })).toEqual({ proposerTo: [-1, -1], receiverTo: [[], []] });
  });

  it('a proposer goes down its list past receivers that do not rank it, and past full ones', () => {
    const options = {
      proposerPrefs: [[0, 1, 2], [1]],
      receiverPrefs: [[], [1, 0], [0]],
    };
    // Receiver 0 ranks nobody; receiver 1 (one place) prefers proposer 1; so proposer 0 ends at 2.
    expect(plain(options)).toEqual({ proposerTo: [2, 1], receiverTo: [[], [1], [0]] });
  });

  it('capacities: default 1, 0 takes nobody, Infinity takes everyone who ranks it and whom it ranks', () => {
    const proposerPrefs = [
      [0, 1],
      [0, 1],
      [0, 1],
    ];
    const receiverPrefs = [
      [0, 1, 2],
      [2, 1, 0],
    ];
    // One place each: receiver 1 prefers proposer 2 to proposer 1, who is left out.
    expect(plain({ proposerPrefs, receiverPrefs })).toEqual({ proposerTo: [0, -1, 1], receiverTo: [[0], [2]] });
    expect(plain({ proposerPrefs, receiverPrefs, capacities: [0, 1] })).toEqual({
      proposerTo: [-1, -1, 1],
      receiverTo: [[], [2]],
    });
    for (const optimal of ['proposer', 'receiver'] as const) {
      const unlimited = plain({ proposerPrefs, receiverPrefs, capacities: [Infinity, 0], optimal });
      expect(unlimited).toEqual({ proposerTo: [0, 0, 0], receiverTo: [[0, 1, 2], []] });
      // The same as a capacity of every proposer, or more.
      expect(plain({ proposerPrefs, receiverPrefs, capacities: [3, 0], optimal })).toEqual(unlimited);
      expect(plain({ proposerPrefs, receiverPrefs, capacities: [1e9, 0], optimal })).toEqual(unlimited);
    }
  });

  it('lists each receiver’s proposers in its own order of preference', () => {
    const { receiverTo } = stableMatching({
      proposerPrefs: [[0], [0], [0], [0]],
      receiverPrefs: [[3, 0, 2, 1]],
      capacities: [3],
    });
    // Proposer 1, its last choice, is the one left out.
    expect(receiverTo.map((list) => Array.from(list))).toEqual([[3, 0, 2]]);
  });

  it('handles empty sides', () => {
    expect(plain({ proposerPrefs: [], receiverPrefs: [] })).toEqual({ proposerTo: [], receiverTo: [] });
    expect(plain({ proposerPrefs: [[], []], receiverPrefs: [] })).toEqual({ proposerTo: [-1, -1], receiverTo: [] });
    expect(plain({ proposerPrefs: [], receiverPrefs: [[], []], capacities: [2, 0], optimal: 'receiver' })).toEqual({
      proposerTo: [],
      receiverTo: [[], []],
    });
  });

  it('takes typed arrays as lists and capacities, with the same result', () => {
    const typed = {
      proposerPrefs: EXAMPLE_2.proposerPrefs.map((list) => Int32Array.from(list)),
      receiverPrefs: EXAMPLE_2.receiverPrefs.map((list) => Uint16Array.from(list)),
      capacities: Float64Array.from(EXAMPLE_2.capacities),
    };
    for (const optimal of ['proposer', 'receiver'] as const) {
      expect(plain({ ...typed, optimal })).toEqual(plain({ ...EXAMPLE_2, optimal }));
    }
  });

  it('never modifies its input and gives the same result every time', () => {
    const options = {
      proposerPrefs: Object.freeze(EXAMPLE_1.proposerPrefs.map((list) => Object.freeze([...list]))),
      receiverPrefs: Object.freeze(EXAMPLE_1.receiverPrefs.map((list) => Object.freeze([...list]))),
      capacities: Object.freeze([1, 1, 1]),
      optimal: 'receiver' as const,
    };
    const before = JSON.stringify(options);
    const first = plain(options);
    expect(plain(options)).toEqual(first);
    expect(JSON.stringify(options)).toBe(before);
  });
});

describe('stableMatching on bad input', () => {
  const good = { proposerPrefs: [[0, 1], [1]], receiverPrefs: [[0], [1, 0]] };
  const cases: [string, unknown, (string | number)[], string][] = [
    ['options not an object', 42, ['options'], 'got 42'],
    ['proposerPrefs missing', { receiverPrefs: [] }, ['options', 'proposerPrefs'], 'got undefined'],
    ['receiverPrefs not an array', { proposerPrefs: [], receiverPrefs: 'abc' }, ['options', 'receiverPrefs'], '"abc"'],
    ['a list not an array', { ...good, proposerPrefs: [[0], 1] }, ['options', 'proposerPrefs', 1], 'got 1'],
    ['an index out of range', { ...good, proposerPrefs: [[0, 2], [1]] }, ['options', 'proposerPrefs', 0, 1], 'got 2'],
    ['a negative index', { ...good, receiverPrefs: [[-1], [1, 0]] }, ['options', 'receiverPrefs', 0, 0], 'got -1'],
    ['a fractional index', { ...good, receiverPrefs: [[0.5], [1, 0]] }, ['options', 'receiverPrefs', 0, 0], 'got 0.5'],
    ['NaN', { ...good, proposerPrefs: [[Number.NaN], [1]] }, ['options', 'proposerPrefs', 0, 0], 'got NaN'],
    ['a string index', { ...good, proposerPrefs: [['0'], [1]] }, ['options', 'proposerPrefs', 0, 0], 'got "0"'],
    ['a repeat in a list', { ...good, receiverPrefs: [[0], [1, 0, 1]] }, ['options', 'receiverPrefs', 1, 2], 'twice'],
    [
      'an index with nobody on the other side',
      { proposerPrefs: [[0]], receiverPrefs: [] },
      ['options', 'proposerPrefs', 0, 0],
      'is empty',
    ],
    ['capacities of the wrong length', { ...good, capacities: [1] }, ['options', 'capacities'], '1 entries'],
    ['capacities not an array', { ...good, capacities: 2 }, ['options', 'capacities'], 'got 2'],
    ['a negative capacity', { ...good, capacities: [1, -1] }, ['options', 'capacities', 1], 'got -1'],
    ['a fractional capacity', { ...good, capacities: [1.5, 1] }, ['options', 'capacities', 0], 'got 1.5'],
    ['a NaN capacity', { ...good, capacities: [1, Number.NaN] }, ['options', 'capacities', 1], 'got NaN'],
    ['-Infinity capacity', { ...good, capacities: [-Infinity, 1] }, ['options', 'capacities', 0], 'got -Infinity'],
    ['an unknown optimal', { ...good, optimal: 'mentor' }, ['options', 'optimal'], '"mentor"'],
  ];
  for (const [name, options, path, shown] of cases) {
    it(`${name} → InvalidInputError at ${JSON.stringify(path)}`, () => {
      const error = thrownBy(() => stableMatching(options as StableMatchingOptions));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toBeInstanceOf(MentormatchError);
      const invalid = error as InvalidInputError;
      expect(invalid.code).toBe('INVALID_INPUT');
      expect(invalid.message.startsWith('stableMatching: ')).toBe(true);
      expect(invalid.message).toContain(shown);
      expect(invalid.issues[0]?.path).toEqual(path);
    });
  }

  it('lists every problem found, up to ten', () => {
    const error = thrownBy(() =>
      stableMatching({ proposerPrefs: [[5, 6], [7]], receiverPrefs: [[0]], capacities: [-1] }),
    ) as InvalidInputError;
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['options', 'proposerPrefs', 0, 0],
      ['options', 'proposerPrefs', 0, 1],
      ['options', 'proposerPrefs', 1, 0],
      ['options', 'capacities', 0],
    ]);
    const many = thrownBy(() =>
      stableMatching({ proposerPrefs: [Array.from({ length: 50 }, () => 9)], receiverPrefs: [[0]] }),
    ) as InvalidInputError;
    expect(many.issues.length).toBe(10);
  });

  it('refuses more than 2^33 proposer–receiver pairs (one bit each is kept)', () => {
    const lists = Array.from({ length: 100_000 }, () => []);
    const error = thrownBy(() => stableMatching({ proposerPrefs: lists, receiverPrefs: lists }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toContain('100000 proposers × 100000 receivers');
  });
});
