/**
 * The row-price bound (`rowPriceBound.ts`) at given row prices: Σ prices + Σ over columns of the
 * least μ × budget + (the `places` largest (value − price − μ × hours)⁺). Each column's least is a
 * convex piecewise-linear minimum, found here exactly by evaluating every breakpoint (where an item's
 * value reaches 0 or two items' values cross); the solver's search must reach it, and the bound must
 * never be below the best matching that keeps the budgets (exhaustive search).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drain } from '../src/solve/internal/clock.js';
import { budgetPlaces } from '../src/solve/internal/matching/places.js';
import { type MatchingProblem, scoreOf } from '../src/solve/internal/matching/problem.js';
import { boundOf, rowPriceBound } from '../src/solve/internal/matching/rowPriceBound.js';
import { allPairs } from '../src/solve/internal/matching/sparseRows.js';
import { bestSums, denseProblem } from './helpers/pairs.js';

/** Σ of the `k` largest positive items of `values`. */
function topSum(values: number[], k: number): number {
  return values
    .filter((v) => v > 0)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((s, v) => s + v, 0);
}

/** The exact bound at prices `price`: every breakpoint of each column's function evaluated. */
function exactBound(problem: MatchingProblem, places: Int32Array, price: Float64Array): number {
  const { rows, cols, hours, budget, priority } = problem;
  let bound = 0;
  for (let r = 0; r < rows; r++) bound += price[r] as number;
  for (let j = 0; j < cols; j++) {
    const k = places[j] as number;
    const items: { p: number; h: number }[] = [];
    for (let r = 0; r < rows; r++) {
      const s = scoreOf(problem, r, j);
      if (s === Number.NEGATIVE_INFINITY) continue;
      const p = (priority[r] as number) * s - (price[r] as number);
      if (p > 0) items.push({ p, h: hours[r] as number });
    }
    const b = budget[j] as number;
    const at = (mu: number) =>
      (b < Number.POSITIVE_INFINITY ? mu * b : 0) +
      topSum(
        items.map(({ p, h }) => p - mu * h),
        k,
      );
    if (k === 0 || items.length === 0) continue;
    if (b === Number.POSITIVE_INFINITY) {
      bound += at(0);
      continue;
    }
    const breaks = [0];
    for (const a of items) {
      if (a.h > 0) breaks.push(a.p / a.h);
      for (const c of items) if (a.h !== c.h && (a.p - c.p) / (a.h - c.h) > 0) breaks.push((a.p - c.p) / (a.h - c.h));
    }
    bound += Math.min(...breaks.map(at));
  }
  return bound;
}

const problems = fc
  .record({ rows: fc.integer({ min: 2, max: 7 }), cols: fc.integer({ min: 1, max: 3 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      scores: fc.array(
        fc.oneof(
          fc.constant(Number.NEGATIVE_INFINITY),
          fc.integer({ min: 0, max: 100 }),
          fc.integer({ min: 0, max: 100 }),
        ),
        {
          minLength: rows * cols,
          maxLength: rows * cols,
        },
      ),
      hours: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: rows, maxLength: rows }),
      priority: fc.array(fc.constantFrom(0.5, 1, 2), { minLength: rows, maxLength: rows }),
      capacity: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: cols, maxLength: cols }),
      budget: fc.array(
        fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })),
        {
          minLength: cols,
          maxLength: cols,
        },
      ),
      price: fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 60 })), {
        minLength: rows,
        maxLength: rows,
      }),
    }),
  )
  .map((d) => ({
    problem: denseProblem(
      d.rows,
      d.cols,
      Float64Array.from(d.scores, (s) => (s === Number.NEGATIVE_INFINITY ? s : s / 100)),
      Int32Array.from(d.capacity),
      {
        hours: Float64Array.from(d.hours),
        priority: Float64Array.from(d.priority),
        budget: Float64Array.from(d.budget),
      },
    ),
    price: Float64Array.from(d.price, (p) => p / 100),
  }));

describe('rowPriceBound', () => {
  it("finds each column's least value at the given prices, and never bounds below the optimum, in one step or several", () => {
    let binding = 0;
    fc.assert(
      fc.property(problems, ({ problem, price }) => {
        const { places } = budgetPlaces(problem);
        const { bound } = drain(rowPriceBound(problem, allPairs(problem), 'weightedTotal', places, price, 1, 0));
        const exact = exactBound(problem, places, price);
        expect(bound).toBeCloseTo(exact, 9);
        const best = bestSums(problem).weightedTotal;
        expect(bound).toBeGreaterThanOrEqual(best - 1e-9);
        // More subgradient steps: never a higher bound, never below the optimum.
        const more = drain(rowPriceBound(problem, allPairs(problem), 'weightedTotal', places, price, 6, best)).bound;
        expect(more).toBeLessThanOrEqual(bound + 1e-12);
        expect(more).toBeGreaterThanOrEqual(best - 1e-9);
        const unbudgeted = { ...problem, budget: new Float64Array(problem.cols).fill(Number.POSITIVE_INFINITY) };
        if (Math.abs(exactBound(unbudgeted, places, price) - exact) > 1e-9) binding++;
      }),
      { numRuns: 1500, seed: 17 },
    );
    // Budgets bind (the μ search runs) in a good share of the problems.
    expect(binding).toBeGreaterThan(300);
  });

  it('on a helper thread (boundOf): the same bound; halted or stopped from the start, none (Infinity)', () => {
    fc.assert(
      fc.property(problems, ({ problem, price }) => {
        const { places } = budgetPlaces(problem);
        const here = drain(rowPriceBound(problem, allPairs(problem), 'weightedTotal', places, price, 4, 0)).bound;
        const shared = (v: number) => {
          const a = new Int32Array(new SharedArrayBuffer(4));
          a[0] = v;
          return a;
        };
        const { rows, cols, budget, hours, priority } = problem;
        const task = (halt: Int32Array) => ({
          ...{ rows, cols, budget, hours, priority, pairs: problem.pairs, figure: 'weightedTotal' as const },
          ...{ places, start: price, steps: 4, lower: 0, halt },
        });
        expect(boundOf(structuredClone(task(shared(0))), shared(0))).toBe(here);
        expect(boundOf(task(shared(1)), shared(0))).toBe(Number.POSITIVE_INFINITY);
        expect(boundOf(task(shared(0)), shared(1))).toBe(Number.POSITIVE_INFINITY);
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
