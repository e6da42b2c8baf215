/**
 * A small seeded random source for the sample generator: mulberry32 (the tests and benchmarks draw
 * from the same generator) and the draws built on it.
 */

/** Floats in [0, 1) from a 32-bit seed (mulberry32): same seed, same stream. */
export type Rng = () => number;

/** The mulberry32 generator. */
export function mulberry32(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The draws the generator needs, over one stream. */
export interface Draw {
  /** A float in [0, 1). */
  readonly next: Rng;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  /** One element of a non-empty list, uniformly. */
  pick<T>(list: readonly T[]): T;
  /** An index with probability proportional to `weights[k]` (weights ≥ 0, not all 0). */
  weighted(weights: readonly number[]): number;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[];
}

/** Draws over a mulberry32 stream seeded with `seed`. */
export function draw(seed: number): Draw {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    chance: (p) => next() < p,
    int,
    pick: (list) => list[Math.floor(next() * list.length)] as (typeof list)[number],
    weighted(weights) {
      let total = 0;
      for (const w of weights) total += w;
      let x = next() * total;
      for (let k = 0; k < weights.length; k++) {
        x -= weights[k] as number;
        if (x < 0) return k;
      }
      // Rounding can leave x at 0: the last index with a positive weight.
      for (let k = weights.length - 1; k >= 0; k--) if ((weights[k] as number) > 0) return k;
      throw new RangeError('draw.weighted: every weight is 0');
    },
    shuffle(list) {
      const out = [...list];
      for (let k = out.length - 1; k > 0; k--) {
        const j = int(0, k);
        [out[k], out[j]] = [out[j] as (typeof out)[number], out[k] as (typeof out)[number]];
      }
      return out;
    },
  };
}
