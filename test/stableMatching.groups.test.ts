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
  holdersOf,
  type Pair,
  type StableInstance,
  smallInstances,
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

/** Blocking pairs by the definition with groups (see the file comment). */
function groupBlockingPairs(instance: GroupedInstance, to: ArrayLike<number>): Pair[] {
  const pairs: Pair[] = [];
  const { proposerPrefs, receiverPrefs, capacities, groups } = instance;
  for (let p = 0; p < proposerPrefs.length; p++) {
    for (let r = 0; r < receiverPrefs.length; r++) {
      if (to[p] === r || !acceptable(instance, p, r)) continue;
      const own = proposerPrefs[p] as readonly number[];
      if (value(own, r) >= value(own, to[p] as number)) continue;
      const list = receiverPrefs[r] as readonly number[];
      const holders = holdersOf(to, r);
      const sibling = holders.find((q) => groups[q] === groups[p]);
      const takes =
        sibling !== undefined
          ? value(list, p) < value(list, sibling)
          : holders.length < (capacities[r] as number) || holders.some((q) => value(list, p) < value(list, q));
      if (takes) pairs.push([p, r]);
    }
  }
  return pairs;
}

/** Every matching within capacities and group limits over mutually acceptable pairs. */
function allGroupMatchings(instance: GroupedInstance): Int32Array[] {
  const n = instance.proposerPrefs.length;
  const to = new Int32Array(n).fill(-1);
  const out: Int32Array[] = [];
  const visit = (p: number): void => {
    if (p === n) {
      out.push(to.slice());
      return;
    }
    to[p] = -1;
    visit(p + 1);
    for (const r of instance.proposerPrefs[p] as readonly number[]) {
      if (!acceptable(instance, p, r)) continue;
      const holders = holdersOf(to.subarray(0, p), r);
      if (holders.length >= (instance.capacities[r] as number)) continue;
      if (holders.some((q) => instance.groups[q] === instance.groups[p])) continue;
      to[p] = r;
      visit(p + 1);
    }
    to[p] = -1;
  };
  visit(0);
  return out;
}

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
        expect(groupBlockingPairs(instance, to)).toEqual([]);
        const stable = allGroupMatchings(instance).filter((m) => groupBlockingPairs(instance, m).length === 0);
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
