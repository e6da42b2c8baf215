/**
 * Exhaustive oracles for small hospitals/residents instances (up to 6 proposers × 4 receivers),
 * written from the definitions and independent of the solver under test: the blocking pairs of any
 * matching, every matching within the capacities over mutually acceptable pairs, the stable ones
 * among them, and every list an agent could report (all ordered subsets of the other side).
 *
 * Preferences: an agent prefers a partner it ranks higher; being unmatched comes after everyone it
 * ranks; a partner it does not rank comes after being unmatched.
 */
import fc from 'fast-check';

/** An instance as plain data, as `stableMatching` takes it (capacities always given). */
export interface StableInstance {
  readonly proposerPrefs: readonly (readonly number[])[];
  readonly receiverPrefs: readonly (readonly number[])[];
  readonly capacities: readonly number[];
  /**
   * Per proposer, a group (as `stableMatching`'s `groups`): a receiver holds at most one proposer of
   * a group, and takes another of that group only in its place. Absent: every proposer alone.
   */
  readonly groups?: readonly number[];
}

/** A blocking pair `[proposer, receiver]`. */
export type Pair = readonly [proposer: number, receiver: number];

/** How `list`'s owner values partner `x` (-1 = nobody): smaller is better. */
export function value(list: readonly number[], x: number): number {
  if (x < 0) return list.length;
  const at = list.indexOf(x);
  return at >= 0 ? at : list.length + 1;
}

/** Whether `p` and `r` rank each other. */
export function acceptable(instance: StableInstance, p: number, r: number): boolean {
  return (instance.proposerPrefs[p] ?? []).includes(r) && (instance.receiverPrefs[r] ?? []).includes(p);
}

/** The proposers `proposerTo` gives receiver `r`, in index order. */
export function holdersOf(proposerTo: ArrayLike<number>, r: number): number[] {
  return Array.from(proposerTo, (x, p) => (x === r ? p : -1)).filter((p) => p >= 0);
}

/**
 * Every blocking pair of `proposerTo`, by the definition: `p` and `r` rank each other, `p` prefers
 * `r` to its partner, and `r` has a free place or prefers `p` to one of its partners (with groups:
 * when `r` holds a proposer of `p`'s group, `r` prefers `p` to that one). Sorted by proposer, then
 * receiver.
 */
export function bruteBlockingPairs(instance: StableInstance, proposerTo: ArrayLike<number>): Pair[] {
  const pairs: Pair[] = [];
  const { proposerPrefs, receiverPrefs, capacities } = instance;
  for (let p = 0; p < proposerPrefs.length; p++) {
    for (let r = 0; r < receiverPrefs.length; r++) {
      const current = proposerTo[p] as number;
      if (current === r || !acceptable(instance, p, r)) continue;
      const own = proposerPrefs[p] as readonly number[];
      if (value(own, r) >= value(own, current)) continue;
      const list = receiverPrefs[r] as readonly number[];
      const holders = holdersOf(proposerTo, r);
      const sibling =
        instance.groups === undefined ? undefined : holders.find((q) => instance.groups?.[q] === instance.groups?.[p]);
      const takes =
        sibling !== undefined
          ? value(list, p) < value(list, sibling)
          : holders.length < (capacities[r] as number) || holders.some((q) => value(list, p) < value(list, q));
      if (takes) pairs.push([p, r]);
    }
  }
  return pairs;
}

/**
 * Every matching within the capacities (and group limits) that pairs only mutually acceptable
 * partners.
 */
export function allMatchings(instance: StableInstance): Int32Array[] {
  const n = instance.proposerPrefs.length;
  const room = instance.capacities.map((c) => c);
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
      if ((room[r] as number) === 0 || !acceptable(instance, p, r)) continue;
      const { groups } = instance;
      if (groups !== undefined && holdersOf(to.subarray(0, p), r).some((q) => groups[q] === groups[p])) continue;
      room[r] = (room[r] as number) - 1;
      to[p] = r;
      visit(p + 1);
      room[r] = (room[r] as number) + 1;
    }
    to[p] = -1;
  };
  visit(0);
  return out;
}

/** Every stable matching, by exhaustion. */
export function stableMatchings(instance: StableInstance): Int32Array[] {
  return allMatchings(instance).filter((to) => bruteBlockingPairs(instance, to).length === 0);
}

/** Every ordered subset of 0..n-1 (the empty list included). */
export function orderedSubsets(n: number): number[][] {
  const out: number[][] = [];
  const grow = (prefix: number[]): void => {
    out.push(prefix);
    for (let x = 0; x < n; x++) if (!prefix.includes(x)) grow([...prefix, x]);
  };
  grow([]);
  return out;
}

/**
 * A list of distinct members of 0..n-1 in any order: everyone when `complete`, else often everyone
 * and sometimes a subset.
 */
function preferenceList(n: number, complete: boolean): fc.Arbitrary<number[]> {
  const everyone = Array.from({ length: n }, (_, i) => i);
  const all = fc.shuffledSubarray(everyone, { minLength: n, maxLength: n });
  const most = fc.shuffledSubarray(everyone, { minLength: Math.max(0, n - 1), maxLength: n });
  return complete ? all : fc.oneof(all, most, fc.shuffledSubarray(everyone));
}

/** Shape of {@link smallInstances}. */
export interface SmallInstanceOptions {
  readonly maxProposers?: number;
  readonly maxReceivers?: number;
  /** Capacities are drawn from `minCapacity..3`; default 0. */
  readonly minCapacity?: number;
  /** Every list ranks the whole other side; default false. */
  readonly complete?: boolean;
  /**
   * Receivers' lists always at odds with the proposers' ({@link conflicting}), with at least two
   * receivers and as many proposers as places: instances that mostly have several stable matchings.
   * Default false: half at odds, half independent, and shapes of every kind.
   */
  readonly conflicted?: boolean;
}

/**
 * Receivers' lists at odds with the proposers': each receiver ranks first the proposers that rank it
 * lowest (ties in the order of `order`), keeping the first `keep` of them (all when `complete`).
 * Such instances often have several stable matchings, which random ones seldom do.
 */
function conflicting(
  proposerPrefs: readonly number[][],
  order: readonly number[],
  keep: readonly number[],
): number[][] {
  return keep.map((kept, r) => {
    const listing = order.filter((p) => (proposerPrefs[p] as number[]).includes(r));
    const position = (p: number) => (proposerPrefs[p] as number[]).indexOf(r);
    return listing.sort((a, b) => position(b) - position(a)).slice(0, kept);
  });
}

/**
 * Instances up to 6 × 4 by default: half with independent random lists, half with the receivers'
 * lists at odds with the proposers' (see {@link conflicting}).
 */
export function smallInstances(options: SmallInstanceOptions = {}): fc.Arbitrary<StableInstance> {
  const { maxProposers = 6, maxReceivers = 4, minCapacity = 0, complete = false, conflicted = false } = options;
  // Usually as many proposers as places, give or take one: a tight market, where choices conflict.
  const shape = fc
    .integer({ min: conflicted ? 2 : 0, max: maxReceivers })
    .chain((m) =>
      fc.tuple(
        fc.array(
          fc.oneof(
            { weight: 2, arbitrary: fc.constant(Math.max(1, minCapacity)) },
            { weight: 1, arbitrary: fc.integer({ min: minCapacity, max: 3 }) },
          ),
          { minLength: m, maxLength: m },
        ),
        conflicted
          ? fc.constant(0)
          : fc.oneof(fc.integer({ min: -1, max: 1 }), fc.integer({ min: -maxProposers, max: maxProposers })),
      ),
    )
    .map(([capacities, delta]) => {
      const places = capacities.reduce((sum, c) => sum + c, 0);
      return { capacities, n: Math.max(0, Math.min(maxProposers, places + delta)) };
    });
  // Without fast-check's bias towards small values, which would make most lists short or empty.
  return fc
    .noBias(shape)
    .chain(({ capacities, n }) => {
      const m = capacities.length;
      const record = fc.record({
        proposerPrefs: fc.array(preferenceList(m, complete), { minLength: n, maxLength: n }),
        receiverPrefs: fc.array(preferenceList(n, complete), { minLength: m, maxLength: m }),
        capacities: fc.constant(capacities),
        atOdds: conflicted ? fc.constant(true) : fc.boolean(),
        order: fc.shuffledSubarray(
          Array.from({ length: n }, (_, i) => i),
          { minLength: n, maxLength: n },
        ),
        keep: fc.array(complete ? fc.constant(n) : fc.oneof(fc.constant(n), fc.integer({ min: 0, max: n })), {
          minLength: m,
          maxLength: m,
        }),
      });
      return fc.noBias(record);
    })
    .map(({ proposerPrefs, receiverPrefs, capacities, atOdds, order, keep }) => ({
      proposerPrefs,
      receiverPrefs: atOdds ? conflicting(proposerPrefs, order, keep) : receiverPrefs,
      capacities,
    }));
}
