/**
 * `largestAbove` (the largest matching on the pairs at or above a threshold, by Hopcroft and
 * Karp's phases; `fair`'s threshold search without groups) against the exact flow solver's largest
 * matching on the same pairs, over random sparse problems, capacities and thresholds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacitatedAssignment } from '../src/index.js';
import { largestAbove } from '../src/solve/internal/matching/largestAbove.js';
import { sparseRows } from '../src/solve/internal/matching/sparseRows.js';
import { denseProblem, drawnScores } from './helpers/pairs.js';

describe('largestAbove', () => {
  it('is the size of the largest matching on the pairs at or above the threshold', () => {
    let positive = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 9 }), { nil: null, freq: 3 }), { minLength: 84, maxLength: 84 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 10 }),
        (rows, cols, drawn, caps, cut) => {
          // Scores in tenths (ties common), null: a forbidden pair.
          const scores = drawnScores(rows, cols, drawn, 10);
          const places = Int32Array.from({ length: cols }, (_, j) => caps[j] as number);
          const problem = denseProblem(rows, cols, scores, places);
          const threshold = cut / 10;
          const data = scores.map((s) => (s >= threshold ? 0 : Number.NEGATIVE_INFINITY));
          const want = capacitatedAssignment(
            { rows, cols, data },
            { capacities: places, maximize: true, partial: true },
          ).rows.length;
          if (want > 0) positive++;
          expect(largestAbove(sparseRows(problem), cols, places, threshold)).toBe(want);
        },
      ),
      { numRuns: 2000, seed: 9122026 },
    );
    expect(positive).toBeGreaterThan(1000);
  });
});
