/**
 * The score levels `fair`'s bottleneck searches try (`distinctAbove`): the distinct scores above a
 * floor, ascending, for any number of them (a `Set` stopped at 2²⁴, which made `objective: 'fair'`
 * throw `RangeError: Set maximum size exceeded` on a valid 24,000 × 1,000 programme).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctAbove } from '../src/solve/internal/matching/problem.js';
import { FC_SEED } from './helpers/fastCheck.js';

describe('distinctAbove', () => {
  it('equals the distinct values above the floor, sorted (random arrays with ties and -Infinity)', () => {
    const value = fc.oneof(fc.constantFrom(Number.NEGATIVE_INFINITY, 0, -0, 0.5, 1), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 60 }),
        fc.constantFrom(Number.NEGATIVE_INFINITY, 0, 0.5),
        (list, floor) => {
          const expected = [...new Set(list.filter((s) => s > floor).map((s) => s + 0))].sort((a, b) => a - b);
          expect([...distinctAbove(Float64Array.from(list), floor)].map((s) => s + 0)).toEqual(expected);
        },
      ),
      { seed: FC_SEED, numRuns: 500 },
    );
  });

  it('takes more than 2^24 distinct scores', () => {
    const n = 2 ** 24 + 5;
    const scores = new Float64Array(n);
    for (let k = 0; k < n; k++) scores[k] = ((k * 7919) % n) / n;
    const levels = distinctAbove(scores, Number.NEGATIVE_INFINITY);
    expect(levels.length).toBe(n);
    expect(levels[0]).toBe(0);
    expect(levels[n - 1]).toBe((n - 1) / n);
  }, 60_000);
});
