/**
 * The one-pass bound of a sum figure (`quickBound`: each row at its best pair, each column's places
 * at its best pair), which lets a time-limited search under hours budgets hold a matching from its
 * start: never below the best matching's figure, by exhaustive search over small problems with
 * capacities, hours budgets, groups and priorities.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickBound } from '../src/solve/internal/matching/bounds.js';
import { budgetPlaces } from '../src/solve/internal/matching/places.js';
import { sparseRows } from '../src/solve/internal/matching/sparseRows.js';
import { bestSums, denseProblem, drawnScores } from './helpers/pairs.js';

describe('quickBound', () => {
  it('is never below the best matching of the figure (weightedTotal, weightedCount, count)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.option(fc.integer({ min: -2, max: 10 }), { nil: null, freq: 4 }), { minLength: 18, maxLength: 18 }),
        fc.array(fc.constantFrom(0.5, 1, 2, 3), { minLength: 6, maxLength: 6 }),
        fc.array(fc.constantFrom(0.5, 1, 2), { minLength: 6, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.option(fc.constantFrom(1, 2, 3.5, 5), { nil: null }), { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        (rows, cols, drawn, hours, priority, capacity, budgets, grouped) => {
          const data = drawnScores(rows, cols, drawn, 10);
          const problem = denseProblem(
            rows,
            cols,
            data,
            Int32Array.from({ length: cols }, (_, j) => capacity[j]!),
            {
              priority: Float64Array.from({ length: rows }, (_, r) => priority[r]!),
              hours: Float64Array.from({ length: rows }, (_, r) => hours[r]!),
              budget: Float64Array.from({ length: cols }, (_, j) => budgets[j] ?? Number.POSITIVE_INFINITY),
              // Rows in pairs of one group (adjacent), when grouped.
              groups: grouped ? Int32Array.from({ length: rows }, (_, r) => r >> 1) : undefined,
            },
          );
          const { places } = budgetPlaces(problem);
          const pairs = sparseRows(problem);
          const best = bestSums(problem);
          for (const figure of ['weightedTotal', 'weightedCount', 'count'] as const) {
            expect(quickBound(problem, pairs, places, figure), figure).toBeGreaterThanOrEqual(best[figure] - 1e-9);
          }
        },
      ),
      { numRuns: 1000, seed: 10122026 },
    );
  });
});
