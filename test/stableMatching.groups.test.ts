/**
 * `stableMatching` with `groups` (a receiver takes at most one proposer of each group: one mentee's
 * requests on distinct mentors), against exhaustive search up to 6 × 4 with capacities 0..3 (fixed
 * seed): the result keeps the group limit and the capacities, has no blocking pair under the
 * receivers' group-aware choice (a receiver holding a proposer of `p`'s group takes `p` only in its
 * place, when it ranks `p` higher), gives every proposer its best partner over all such stable
 * matchings, matches the same proposers as every one of them (rural hospitals), and reduces to the
 * plain algorithm when every group is a single proposer. Bad groups are `InvalidInputError`s.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, stableMatching } from '../src/index.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import {
  acceptable,
  bruteBlockingPairs,
  holdersOf,
  type StableInstance,
  smallInstances,
  stableMatchings,
  value,
} from './helpers/stableBruteForce.js';

console.info(`fast-check seed for stableMatching with groups: ${FC_SEED}`);

interface GroupedInstance extends StableInstance {
  readonly groups: readonly number[];
}

const instances: fc.Arbitrary<GroupedInstance> = smallInstances().chain((instance) =>
  fc
    .array(fc.integer({ min: 0, max: 2 }), {
      minLength: instance.proposerPrefs.length,
      maxLength: instance.proposerPrefs.length,
    })
    .map((groups) => ({ ...instance, groups })),
);

describe('stableMatching with groups', () => {
  it(`is stable, proposer-optimal and keeps the limits, by exhaustive search (seed ${FC_SEED})`, () => {
    let several = 0;
    fc.assert(
      fc.property(instances, (instance) => {
        const { proposerTo, receiverTo } = stableMatching(instance);
        const to = Array.from(proposerTo);
        instance.receiverPrefs.forEach((_, r) => {
          const holders = holdersOf(to, r);
          expect(holders.length).toBeLessThanOrEqual(instance.capacities[r] as number);
          expect(new Set(holders.map((q) => instance.groups[q])).size).toBe(holders.length);
          expect([...(receiverTo[r] ?? [])].sort()).toEqual(holders);
          for (const q of holders) expect(acceptable(instance, q, r)).toBe(true);
        });
        expect(bruteBlockingPairs(instance, to)).toEqual([]);
        const stable = stableMatchings(instance);
        if (stable.length > 1) several++;
        for (const other of stable) {
          for (let p = 0; p < to.length; p++) {
            const list = instance.proposerPrefs[p] as readonly number[];
            expect(value(list, to[p] as number)).toBeLessThanOrEqual(value(list, other[p] as number));
            expect(to[p] !== -1).toBe(other[p] !== -1);
          }
        }
      }),
      fcOptions(3000),
    );
    // The optimality checks compared against more than one stable matching often enough.
    expect(several).toBeGreaterThan(30);
  });

  it('with one proposer per group, equals the plain proposer-optimal matching', () => {
    fc.assert(
      fc.property(smallInstances(), (instance) => {
        const groups = instance.proposerPrefs.map((_, p) => 10 * p + 7);
        expect([...stableMatching({ ...instance, groups }).proposerTo]).toEqual([
          ...stableMatching(instance).proposerTo,
        ]);
      }),
      fcOptions(1000),
    );
  });

  it('a mentor takes one request per mentee: the better one for it', () => {
    // Requests 0 and 1 belong to one mentee; both rank mentor 0 first; mentor 0 (2 places) ranks 1 above 0.
    const { proposerTo } = stableMatching({
      proposerPrefs: [[0, 1], [0, 1], [0]],
      receiverPrefs: [
        [1, 0, 2],
        [0, 1],
      ],
      capacities: [2, 1],
      groups: [5, 5, 6],
    });
    expect([...proposerTo]).toEqual([1, 0, 0]);
  });

  it('rejects bad groups, and groups with the receiver-optimal side', () => {
    const base = { proposerPrefs: [[0], [0]], receiverPrefs: [[0, 1]] };
    const issue = (options: object) => {
      try {
        stableMatching({ ...base, ...options });
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return (error as InvalidInputError).issues[0];
      }
      throw new Error('no error thrown');
    };
    expect(issue({ groups: [1] })?.message).toMatch(/options.groups has 1 entries but there are 2 proposers/);
    expect(issue({ groups: [1, 0.5] })?.path).toEqual(['options', 'groups', 1]);
    expect(issue({ groups: 'ab' })?.path).toEqual(['options', 'groups']);
    expect(issue({ groups: [1, 1], optimal: 'receiver' })?.path).toEqual(['options', 'groups']);
  });
});
