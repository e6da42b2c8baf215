/**
 * First come, first served on what a matching leaves (`feasible.ts` `fillGreedily`) passes over the
 * rows that no column can take for want of places or hours, found from the pairs' index by column
 * when one was built. On random problems with capacities, hours budgets (rooms equal to a row's
 * hours included) and distinct-mentor groups, from random partial matchings: the same matching with
 * the index as without it; and on every pair, the matching of a plain scan of every row and column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillGreedily } from '../src/solve/internal/matching/feasible.js';
import { fits, type MatchingProblem } from '../src/solve/internal/matching/problem.js';
import { entriesByColumn, sparseRows } from '../src/solve/internal/matching/sparseRows.js';
import { denseProblem, drawnScores } from './helpers/pairs.js';

/**
 * A problem of 2 to 20 rows × 1 to 6 columns (a third of the pairs forbidden), capacities up to
 * `maxCapacity`, hours budgets (none one time in `noBudget`), rows in pairs of group mates or
 * not; its scores `data` (dense), and a partial matching `first` on allowed pairs (its columns may be
 * over their places or hours: they are then closed to every row).
 */
function drawnFill(
  maxCapacity: number,
  noBudget: number,
): fc.Arbitrary<{ problem: MatchingProblem; data: Float64Array; first: Int32Array }> {
  return fc
    .tuple(
      fc.integer({ min: 2, max: 20 }),
      fc.integer({ min: 1, max: 6 }),
      fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null, freq: 3 }), {
        minLength: 120,
        maxLength: 120,
      }),
      fc.array(fc.constantFrom(0.5, 1, 1.5, 2, 3), { minLength: 20, maxLength: 20 }),
      fc.array(fc.integer({ min: 0, max: maxCapacity }), { minLength: 6, maxLength: 6 }),
      fc.array(fc.option(fc.constantFrom(0.5, 1, 2, 3.5, 5), { nil: null, freq: noBudget }), {
        minLength: 6,
        maxLength: 6,
      }),
      fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 20, maxLength: 20 }),
      fc.boolean(),
    )
    .map(([rows, cols, drawn, hours, capacity, budgets, start, grouped]) => {
      const data = drawnScores(rows, cols, drawn, 20);
      const problem = denseProblem(
        rows,
        cols,
        data,
        Int32Array.from({ length: cols }, (_, j) => capacity[j]!),
        {
          hours: Float64Array.from({ length: rows }, (_, r) => hours[r]!),
          budget: Float64Array.from({ length: cols }, (_, j) => budgets[j] ?? Number.POSITIVE_INFINITY),
          groups: grouped ? Int32Array.from({ length: rows }, (_, r) => r >> 1) : undefined,
        },
      );
      const first = Int32Array.from({ length: rows }, (_, r) => {
        const j = start[r]!;
        return j >= 0 && j < cols && data[r * cols + j]! > Number.NEGATIVE_INFINITY ? j : -1;
      });
      return { problem, data, first };
    });
}

/** The places and hours `assign` gives each column of `problem`. */
function loadsOf(problem: MatchingProblem, assign: Int32Array): { load: Int32Array; used: Float64Array } {
  const load = new Int32Array(problem.cols);
  const used = new Float64Array(problem.cols);
  assign.forEach((j, r) => {
    if (j < 0) return;
    load[j]!++;
    used[j] = used[j]! + problem.hours[r]!;
  });
  return { load, used };
}

describe('fillGreedily', () => {
  it('passes over the rows no column can take: the same matching with the index by column as without (3,000 problems)', () => {
    let passedOver = 0;
    fc.assert(
      fc.property(drawnFill(6, 6), fc.integer({ min: 1, max: 4 }), ({ problem, first }, most) => {
        const { rows, cols, hours, capacity, budget } = problem;
        // Each row's best pairs (1 to 4) and the columns' best rows, best first, as the search holds them.
        const pairs = sparseRows(problem, most);
        const without = Int32Array.from(first);
        fillGreedily(problem, without, pairs);
        entriesByColumn(pairs, rows, cols);
        const withIndex = Int32Array.from(first);
        fillGreedily(problem, withIndex, pairs);
        expect(Array.from(withIndex)).toEqual(Array.from(without));
        // Whether some unmatched row had no column with a place and its hours (passed over).
        const { load, used } = loadsOf(problem, first);
        const stuck = Array.from(first).some(
          (j, r) =>
            j < 0 &&
            Array.from(pairs.col.subarray(pairs.start[r], pairs.start[r + 1])).every(
              (c) => load[c]! >= capacity[c]! || !fits(used[c]!, hours[r]!, budget[c]!),
            ),
        );
        if (stuck) passedOver++;
      }),
      { numRuns: 3000, seed: 31 },
    );
    expect(passedOver).toBeGreaterThan(500);
  });

  it('on every pair, gives each row in turn its best column with a place, the hours and no group mate, as a plain scan does, and stops once every place is taken (3,000 problems)', () => {
    let full = 0;
    fc.assert(
      fc.property(drawnFill(3, 2), ({ problem, data, first }) => {
        const { rows, cols, hours, capacity, budget, groups } = problem;
        // The plain scan: every row, every column, the first best score in column order.
        const expected = Int32Array.from(first);
        const { load, used } = loadsOf(problem, expected);
        for (let r = 0; r < rows; r++) {
          if (expected[r]! >= 0) continue;
          let best = -1;
          for (let j = 0; j < cols; j++) {
            const s = data[r * cols + j]!;
            if (s === Number.NEGATIVE_INFINITY || (best >= 0 && s <= data[r * cols + best]!)) continue;
            if (load[j]! >= capacity[j]! || !fits(used[j]!, hours[r]!, budget[j]!)) continue;
            const g = groups?.[r];
            if (groups !== undefined && expected.some((c, q) => q !== r && groups[q] === g && c === j)) continue;
            best = j;
          }
          if (best < 0) continue;
          expected[r] = best;
          load[best]!++;
          used[best] = used[best]! + hours[r]!;
        }
        const assign = Int32Array.from(first);
        fillGreedily(problem, assign);
        expect(Array.from(assign)).toEqual(Array.from(expected));
        // Every place taken with some row still unmatched after it.
        if (expected.some((j) => j < 0) && Array.from(load).every((l, j) => l >= capacity[j]!)) full++;
      }),
      { numRuns: 3000, seed: 37 },
    );
    expect(full).toBeGreaterThan(300);
  });
});
