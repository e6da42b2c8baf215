/**
 * `blockingPairs` against the definition (test/helpers/stableBruteForce.ts) on fast-check instances
 * up to 6 × 4 and every kind of matching within the capacities, stable or not, including pairs that
 * are not mutually acceptable (fixed seed); on the matchings of `linearSumAssignment` and
 * `capacitatedAssignment` where the blocking pairs are worked out by hand; on `stableMatching`'s
 * results (none); and on bad input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BlockingPairs,
  blockingPairs,
  capacitatedAssignment,
  InvalidInputError,
  linearSumAssignment,
  type StablePreferences,
  stableMatching,
} from '../src/index.js';
import { blockingPairs as fromSolversEntry } from '../src/solvers.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import {
  allMatchings,
  bruteBlockingPairs,
  type Pair,
  type StableInstance,
  smallInstances,
} from './helpers/stableBruteForce.js';

console.info(`fast-check seed for blockingPairs: ${FC_SEED}`);

/** The pairs as `[proposer, receiver]` tuples. */
function pairs(result: BlockingPairs): Pair[] {
  return Array.from(result.proposers, (p, k) => [p, result.receivers[k] as number] as const);
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

/** An instance with any matching within its capacities: each proposer to nobody or to any receiver. */
const withAnyMatching = fc.oneof(smallInstances(), smallInstances({ conflicted: true })).chain((instance) => {
  const m = instance.receiverPrefs.length;
  const choices = fc.array(fc.integer({ min: -1, max: m - 1 }), {
    minLength: instance.proposerPrefs.length,
    maxLength: instance.proposerPrefs.length,
  });
  return choices.map((wanted) => {
    // Within the capacities: a proposer whose receiver is full stays unmatched.
    const room = [...instance.capacities];
    const proposerTo = wanted.map((r) => {
      if (r < 0 || (room[r] as number) === 0) return -1;
      room[r] = (room[r] as number) - 1;
      return r;
    });
    return { instance, proposerTo };
  });
});

describe('blockingPairs against the definition', () => {
  it('is exported from both entries, mentormatch and mentormatch/solvers', () => {
    expect(fromSolversEntry).toBe(blockingPairs);
  });

  it('finds exactly the blocking pairs of any matching within the capacities, acceptable or not (6 × 4)', () => {
    let found = 0;
    let unacceptable = 0;
    fc.assert(
      fc.property(withAnyMatching, ({ instance, proposerTo }) => {
        const expected = bruteBlockingPairs(instance, proposerTo);
        found += expected.length;
        if (proposerTo.some((r, p) => r >= 0 && !(instance.receiverPrefs[r] as number[]).includes(p))) unacceptable++;
        expect(pairs(blockingPairs(proposerTo, instance))).toEqual(expected);
      }),
      fcOptions(600),
    );
    expect(found).toBeGreaterThan(500);
    expect(unacceptable).toBeGreaterThan(50);
  });

  it('finds exactly the blocking pairs of every individually rational matching of small instances', () => {
    fc.assert(
      fc.property(smallInstances({ maxProposers: 4, maxReceivers: 3 }), (instance) => {
        for (const proposerTo of allMatchings(instance)) {
          expect(pairs(blockingPairs(proposerTo, instance))).toEqual(bruteBlockingPairs(instance, proposerTo));
        }
      }),
      fcOptions(150),
    );
  });

  it('finds none in either stable matching of stableMatching', () => {
    fc.assert(
      fc.property(smallInstances({ conflicted: true }), (instance) => {
        for (const optimal of ['proposer', 'receiver'] as const) {
          const { proposerTo } = stableMatching({ ...instance, optimal });
          expect(pairs(blockingPairs(proposerTo, instance))).toEqual([]);
        }
      }),
      fcOptions(200),
    );
  });
});

describe('blockingPairs on the matchings of the score-maximising solvers', () => {
  it('runs its TSDoc example: linearSumAssignment pairs two mentees crosswise, against both mentors’ choice', () => {
    const prefs = {
      proposerPrefs: [
        [0, 1],
        [0, 1],
      ],
      receiverPrefs: [
        [0, 1],
        [0, 1],
      ],
    };
    const { rowToCol } = linearSumAssignment(
      [
        [1, 5],
        [5, 1],
      ],
      { maximize: true },
    );
    expect(Array.from(rowToCol)).toEqual([1, 0]);
    // Mentee 0 and mentor 0 are each other's first choice: the one blocking pair. Mentee 1 has its
    // first choice, so it blocks with nobody.
    expect(pairs(blockingPairs(rowToCol, prefs))).toEqual([[0, 0]]);
  });

  it('capacitatedAssignment: the best total costs two blocking pairs', () => {
    // Mentees 0 and 1 rank mentor 0 first, mentee 2 ranks mentor 1 first; mentor 0 (two places)
    // ranks mentees 0, 1, 2; mentor 1 (one place) ranks 2, 0, 1. The stable matching gives everyone
    // a first choice; the scores instead reward mentee 1 with mentor 1 and mentee 2 with mentor 0.
    const prefs: StablePreferences = {
      proposerPrefs: [
        [0, 1],
        [0, 1],
        [1, 0],
      ],
      receiverPrefs: [
        [0, 1, 2],
        [2, 0, 1],
      ],
      capacities: [2, 1],
    };
    expect(Array.from(stableMatching(prefs).proposerTo)).toEqual([0, 0, 1]);
    const scores = [
      [1, 0],
      [0, 5],
      [5, 0],
    ];
    // Unique optimum 1 + 5 + 5 = 11: mentee 0 → 0, mentee 1 → 1, mentee 2 → 0.
    const { rows, cols, total } = capacitatedAssignment(scores, { capacities: [2, 1], maximize: true });
    expect(total).toBe(11);
    const proposerTo = new Int32Array(3).fill(-1);
    rows.forEach((row, k) => {
      proposerTo[row] = cols[k] as number;
    });
    expect(Array.from(proposerTo)).toEqual([0, 1, 0]);
    // Mentee 1 prefers mentor 0, which ranks it above mentee 2; mentee 2 prefers mentor 1, which
    // ranks it above mentee 1.
    expect(pairs(blockingPairs(proposerTo, prefs))).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });
});

describe('blockingPairs on partners that are not mutually acceptable', () => {
  const prefs: StableInstance = {
    proposerPrefs: [[1], [0], [0]],
    receiverPrefs: [[1, 2], [0]],
    capacities: [1, 1],
  };

  it('a receiver holding a proposer it does not rank has, in effect, a free place', () => {
    // Receiver 0 holds proposer 0, which it does not rank: proposers 1 and 2, unmatched and ranked
    // by it, both block with it. Proposer 0 ranks receiver 1, which ranks it back and is free.
    expect(pairs(blockingPairs([0, -1, -1], prefs))).toEqual([
      [0, 1],
      [1, 0],
      [2, 0],
    ]);
  });

  it('a proposer matched to a receiver it does not rank would take any receiver that takes it', () => {
    // Proposer 1 is with receiver 1, which it does not rank (receiver 1 does not rank it either).
    expect(pairs(blockingPairs([-1, 1, 0], prefs))).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('blockingPairs on bad input', () => {
  const prefs = { proposerPrefs: [[0], [0, 1]], receiverPrefs: [[0, 1], [1]] };
  const cases: [string, unknown, unknown, (string | number)[], string][] = [
    ['proposerTo not an array', 'x', prefs, [], 'got "x"'],
    ['proposerTo of the wrong length', [0], prefs, [], 'has 1 entries'],
    ['an entry beyond the receivers', [0, 2], prefs, [1], 'got 2'],
    ['an entry below -1', [-2, 0], prefs, [0], 'got -2'],
    ['a fractional entry', [0.5, -1], prefs, [0], 'got 0.5'],
    ['a string entry', ['0', -1], prefs, [0], 'got "0"'],
    ['a receiver over its capacity', [0, 0], prefs, [1], 'capacity of 1'],
    ['over an explicit capacity', [1, 1], { ...prefs, capacities: [2, 1] }, [1], 'capacity of 1'],
    [
      'bad preferences',
      [0, 0],
      { ...prefs, receiverPrefs: [[0, 0], [1]] },
      ['options', 'receiverPrefs', 0, 1],
      'twice',
    ],
    ['a bad capacity', [0, 1], { ...prefs, capacities: [1, -1] }, ['options', 'capacities', 1], 'got -1'],
  ];
  for (const [name, proposerTo, options, path, shown] of cases) {
    it(`${name} → InvalidInputError at ${JSON.stringify(path)}`, () => {
      const error = thrownBy(() => blockingPairs(proposerTo as number[], options as StablePreferences));
      expect(error).toBeInstanceOf(InvalidInputError);
      const invalid = error as InvalidInputError;
      expect(invalid.message.startsWith('blockingPairs: ')).toBe(true);
      expect(invalid.message).toContain(shown);
      expect(invalid.issues[0]?.path).toEqual(path);
    });
  }

  it('takes typed arrays, never modifies its input, and answers the same every time', () => {
    const proposerTo = Int32Array.from([1, -1]);
    const typed = {
      proposerPrefs: [Uint8Array.from([0]), Int32Array.from([0, 1])],
      receiverPrefs: [Float64Array.from([0, 1]), [1]],
      capacities: Int32Array.from([1, 1]),
    };
    const first = pairs(blockingPairs(proposerTo, typed));
    // Proposer 0 is with receiver 1, which neither it nor receiver 1 wants: receiver 0, free, and
    // proposer 0 rank each other; unmatched proposer 1 blocks with free receiver 0 and with
    // receiver 1, which does not rank its holder.
    expect(first).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(pairs(blockingPairs(proposerTo, typed))).toEqual(first);
    expect(Array.from(proposerTo)).toEqual([1, -1]);
    expect(Array.from(typed.capacities)).toEqual([1, 1]);
  });
});
