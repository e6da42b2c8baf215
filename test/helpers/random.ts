/** Seeded pseudo-random numbers for tests and benchmarks (mulberry32): same seed, same stream. */
import type { Rng } from '../../src/cli/sample/random.js';

// One implementation of the stream, the sample generator's.
export { mulberry32, type Rng } from '../../src/cli/sample/random.js';

/** An integer in [lo, hi], both included. */
export function randomInt(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}
