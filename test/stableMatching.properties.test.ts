/**
 * `stableMatching` against the exhaustive oracle (test/helpers/stableBruteForce.ts) on fast-check
 * instances up to 6 proposers × 4 receivers with capacities 0..3 (1..3 with complete lists),
 * complete or incomplete lists, independent or at odds (fixed seed): each result is a stable matching within the capacities; the proposer-optimal one
 * gives every proposer its best partner over all stable matchings and every receiver its worst set,
 * the receiver-optimal one the other way round; both match the same proposers as every stable
 * matching and fill every receiver to the same count, and an under-subscribed receiver gets the same
 * proposers in every stable matching (rural hospitals). Strategy-proofness: no proposer gets a
 * better partner by reporting any other list (every ordered subset of the receivers), while a
 * receiver can (Gale and Shapley's Example 1, so the check is not vacuous). Larger seeded instances
 * (up to 300 × 40) are checked for stability by the definition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StableMatching, stableMatching } from '../src/index.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { mulberry32, randomInt } from './helpers/random.js';
import {
  acceptable,
  bruteBlockingPairs,
  holdersOf,
  orderedSubsets,
  type StableInstance,
  smallInstances,
  stableMatchings,
  value,
} from './helpers/stableBruteForce.js';

console.info(`fast-check seed for stableMatching properties: ${FC_SEED}`);

type Side = 'proposer' | 'receiver';

function solve(instance: StableInstance, optimal: Side): StableMatching {
  return stableMatching({ ...instance, optimal });
}

/** The result is a matching within the capacities over acceptable pairs, and receiverTo agrees with proposerTo. */
function expectWellFormed(instance: StableInstance, result: StableMatching): void {
  const { proposerTo, receiverTo } = result;
  expect(proposerTo.length).toBe(instance.proposerPrefs.length);
  expect(receiverTo.length).toBe(instance.receiverPrefs.length);
  instance.receiverPrefs.forEach((list, r) => {
    const holders = holdersOf(proposerTo, r);
    expect(holders.length).toBeLessThanOrEqual(instance.capacities[r] as number);
    for (const p of holders) expect(acceptable(instance, p, r)).toBe(true);
    // In r's order of preference.
    expect(Array.from(receiverTo[r] as Int32Array)).toEqual(list.filter((p) => holders.includes(p)));
  });
}

/** Whether `r` prefers every member of `better \ worse` to every member of `worse \ better`. */
function setDominates(list: readonly number[], better: readonly number[], worse: readonly number[]): boolean {
  const gained = better.filter((p) => !worse.includes(p));
  const lost = worse.filter((p) => !better.includes(p));
  return gained.every((p) => lost.every((q) => value(list, p) < value(list, q)));
}

/**
 * Checks both optima of `instance` against all its stable matchings; returns whether there were
 * several (so that optimality was put to the test).
 */
function checkOptima(instance: StableInstance): boolean {
  const all = stableMatchings(instance);
  const mine = solve(instance, 'proposer');
  const theirs = solve(instance, 'receiver');
  for (const result of [mine, theirs]) {
    expectWellFormed(instance, result);
    expect(bruteBlockingPairs(instance, result.proposerTo)).toEqual([]);
  }
  for (const other of all) {
    instance.proposerPrefs.forEach((list, p) => {
      // Proposer-optimal: best for every proposer; receiver-optimal: worst for every proposer.
      expect(value(list, mine.proposerTo[p] as number)).toBeLessThanOrEqual(value(list, other[p] as number));
      expect(value(list, theirs.proposerTo[p] as number)).toBeGreaterThanOrEqual(value(list, other[p] as number));
    });
    instance.receiverPrefs.forEach((list, r) => {
      // Receiver-optimal: each receiver prefers all it gains to all it loses against any stable
      // matching; the proposer-optimal one is the worst for every receiver in the same sense.
      const held = holdersOf(other, r);
      expect(setDominates(list, Array.from(theirs.receiverTo[r] as Int32Array), held)).toBe(true);
      expect(setDominates(list, held, Array.from(mine.receiverTo[r] as Int32Array))).toBe(true);
    });
  }
  return all.length > 1;
}

describe('stableMatching against every stable matching (brute force up to 6 × 4)', () => {
  it('is stable and side-optimal with incomplete lists and capacities 0..3', () => {
    let withChoice = 0;
    fc.assert(
      fc.property(smallInstances(), (instance) => {
        if (checkOptima(instance)) withChoice++;
      }),
      fcOptions(300),
    );
    // Instances with several stable matchings occurred, so optimality was actually put to the test.
    expect(withChoice).toBeGreaterThan(10);
  });

  it('is stable and side-optimal with incomplete lists at odds (receivers rank first who ranks them last)', () => {
    let withChoice = 0;
    fc.assert(
      fc.property(smallInstances({ conflicted: true }), (instance) => {
        if (checkOptima(instance)) withChoice++;
      }),
      fcOptions(300),
    );
    expect(withChoice).toBeGreaterThan(30);
  });

  it('is stable and side-optimal with complete lists at odds and capacities 1..3', () => {
    let withChoice = 0;
    fc.assert(
      fc.property(smallInstances({ minCapacity: 1, complete: true, conflicted: true }), (instance) => {
        if (checkOptima(instance)) withChoice++;
      }),
      fcOptions(150),
    );
    expect(withChoice).toBeGreaterThan(100);
  });

  it('rural hospitals: every stable matching matches the same proposers, fills each receiver alike, and gives an under-subscribed receiver the same proposers', () => {
    let underSubscribed = 0;
    const instances = fc.oneof(smallInstances(), smallInstances({ conflicted: true }));
    fc.assert(
      fc.property(instances, (instance) => {
        const all = stableMatchings(instance);
        for (const optimal of ['proposer', 'receiver'] as const) {
          const { proposerTo } = solve(instance, optimal);
          for (const other of all) {
            expect(Array.from(other, (r) => r >= 0)).toEqual(Array.from(proposerTo, (r) => r >= 0));
            instance.capacities.forEach((capacity, r) => {
              const mine = holdersOf(proposerTo, r);
              const held = holdersOf(other, r);
              expect(held.length).toBe(mine.length);
              if (mine.length < capacity) {
                underSubscribed++;
                expect(held).toEqual(mine);
              }
            });
          }
        }
      }),
      fcOptions(300),
    );
    expect(underSubscribed).toBeGreaterThan(100);
  });
});

/** Each agent of `side` whose partner(s) improve by reporting some other list: `[agent, list]`. */
function manipulations(instance: StableInstance, side: Side): [number, number[]][] {
  const found: [number, number[]][] = [];
  const truthful = solve(instance, 'proposer');
  const own = side === 'proposer' ? instance.proposerPrefs : instance.receiverPrefs;
  const others = side === 'proposer' ? instance.receiverPrefs.length : instance.proposerPrefs.length;
  own.forEach((list, agent) => {
    for (const lie of orderedSubsets(others)) {
      const prefs = own.map((l, k) => (k === agent ? lie : l));
      const result = stableMatching(
        side === 'proposer' ? { ...instance, proposerPrefs: prefs } : { ...instance, receiverPrefs: prefs },
      );
      if (side === 'proposer') {
        const before = value(list, truthful.proposerTo[agent] as number);
        if (value(list, result.proposerTo[agent] as number) < before) found.push([agent, lie]);
      } else {
        // One place each (the marriage case): compare the one partner.
        const before = value(list, (truthful.receiverTo[agent] as Int32Array)[0] ?? -1);
        if (value(list, (result.receiverTo[agent] as Int32Array)[0] ?? -1) < before) found.push([agent, lie]);
      }
    }
  });
  return found;
}

describe('stableMatching is strategy-proof for proposers (proposer-optimal)', () => {
  it('no proposer gets a better partner by reporting any other list (every ordered subset of the receivers)', () => {
    fc.assert(
      fc.property(fc.oneof(smallInstances(), smallInstances({ conflicted: true })), (instance) => {
        expect(manipulations(instance, 'proposer')).toEqual([]);
      }),
      fcOptions(200),
    );
  });

  it('but a receiver can: in Gale and Shapley (1962) Example 1, woman A truncates her list to get her first choice', () => {
    // Men α, β, γ propose to women A, B, C; see test/stableMatching.test.ts for the instance.
    const example1: StableInstance = {
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
    const found = manipulations(example1, 'receiver');
    // Truthful, A gets α (her last); ranking β alone, she gets β (her first).
    expect(found).toContainEqual([0, [1]]);
  });
});

describe('stableMatching on larger seeded instances', () => {
  it('is stable by the definition, and both optima match the same proposers, up to 300 × 40', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rng = mulberry32(seed);
      const n = randomInt(rng, 1, 300);
      const m = randomInt(rng, 1, 40);
      const keep = rng();
      const list = (size: number) => {
        const all = Array.from({ length: size }, (_, i) => i).filter(() => rng() < keep + 0.2);
        for (let i = all.length - 1; i > 0; i--) {
          const j = randomInt(rng, 0, i);
          [all[i], all[j]] = [all[j] as number, all[i] as number];
        }
        return all;
      };
      const instance: StableInstance = {
        proposerPrefs: Array.from({ length: n }, () => list(m)),
        receiverPrefs: Array.from({ length: m }, () => list(n)),
        capacities: Array.from({ length: m }, () => randomInt(rng, 0, Math.ceil((2 * n) / m))),
      };
      const mine = solve(instance, 'proposer');
      const theirs = solve(instance, 'receiver');
      for (const result of [mine, theirs]) {
        expectWellFormed(instance, result);
        expect(bruteBlockingPairs(instance, result.proposerTo)).toEqual([]);
      }
      mine.proposerTo.forEach((r, p) => {
        expect(r >= 0).toBe((theirs.proposerTo[p] as number) >= 0);
        const own = instance.proposerPrefs[p] as number[];
        expect(value(own, r)).toBeLessThanOrEqual(value(own, theirs.proposerTo[p] as number));
      });
    }
  });
});
