/**
 * Seeded instances of the stable-matching benchmark (`npm run bench:stable`): P proposers and R
 * receivers with full preference lists on both sides, and capacities summing to about P.
 * - `random`: every list an independent uniform permutation (Fisher–Yates).
 * - `correlated`: every receiver has a popularity and every proposer a quality, uniform in [0, 1);
 *   each proposer ranks receivers by popularity + NOISE × u and each receiver ranks proposers by
 *   quality + NOISE × u (u uniform in [0, 1) per pair), so the same receivers are near the top of
 *   everyone's list: the realistic case, where proposers compete for the same few receivers and go
 *   deep down their lists.
 * The stream depends only on the seed, the kind and the shape (mulberry32 from test/helpers/random.ts).
 */
import { mulberry32, type Rng, randomInt } from '../../test/helpers/random.js';

/** Kinds accepted by `--kinds`, in table order. */
export const STABLE_KINDS = ['random', 'correlated'] as const;
export type StableKind = (typeof STABLE_KINDS)[number];

/** Weight of each pair's own noise against the shared popularity (or quality) in `correlated`. */
export const NOISE = 0.5;

/** Capacities are uniform in this range (both ends included) scaled by P / R / 20: mean P / R. */
export const CAPACITY_SPREAD: readonly [number, number] = [10, 30];

/** One instance: lists as plain arrays (as parsed from JSON) or as Int32Arrays. */
export interface StableInstance {
  readonly proposerPrefs: ArrayLike<number>[];
  readonly receiverPrefs: ArrayLike<number>[];
  readonly capacities: Int32Array;
  /** Sum of the capacities. */
  readonly supply: number;
}

function permutation(rng: Rng, n: number): Int32Array {
  const list = new Int32Array(n);
  for (let i = 0; i < n; i++) list[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = list[i] as number;
    list[i] = list[j] as number;
    list[j] = t;
  }
  return list;
}

/** Indices 0..n-1 by decreasing `base[i] + NOISE × u`: keys packed with the index, sorted natively. */
function byNoisyScore(rng: Rng, base: Float64Array): Int32Array {
  const n = base.length;
  const packed = new Float64Array(n);
  // Key in [0, 1 + NOISE), quantised to 2^30 levels (descending), index in the low 21 bits.
  for (let i = 0; i < n; i++) packed[i] = Math.floor((2 - (base[i] as number) - NOISE * rng()) * 2 ** 30) * 2 ** 21 + i;
  packed.sort();
  const list = new Int32Array(n);
  for (let i = 0; i < n; i++) list[i] = (packed[i] as number) % 2 ** 21;
  return list;
}

/** The instance of `kind` with `proposers × receivers`, lists as plain arrays or Int32Arrays. */
export function stableInstance(
  kind: StableKind,
  proposers: number,
  receivers: number,
  seed: number,
  typed: boolean,
): StableInstance {
  if (Math.max(proposers, receivers) >= 2 ** 21) throw new Error('bench: at most 2^21 on each side');
  const rng = mulberry32(seed * 7919 + STABLE_KINDS.indexOf(kind) * 104_729 + proposers * 31 + receivers);
  const list = (make: () => Int32Array): ArrayLike<number> => (typed ? make() : Array.from(make()));
  let proposerPrefs: ArrayLike<number>[];
  let receiverPrefs: ArrayLike<number>[];
  if (kind === 'random') {
    proposerPrefs = Array.from({ length: proposers }, () => list(() => permutation(rng, receivers)));
    receiverPrefs = Array.from({ length: receivers }, () => list(() => permutation(rng, proposers)));
  } else {
    const popularity = Float64Array.from({ length: receivers }, () => rng());
    const quality = Float64Array.from({ length: proposers }, () => rng());
    proposerPrefs = Array.from({ length: proposers }, () => list(() => byNoisyScore(rng, popularity)));
    receiverPrefs = Array.from({ length: receivers }, () => list(() => byNoisyScore(rng, quality)));
  }
  const scale = proposers / receivers / 20;
  const [lo, hi] = CAPACITY_SPREAD;
  const capacities = Int32Array.from({ length: receivers }, () =>
    Math.max(0, Math.round(randomInt(rng, lo, hi) * scale)),
  );
  const supply = capacities.reduce((sum, c) => sum + c, 0);
  return { proposerPrefs, receiverPrefs, capacities, supply };
}
