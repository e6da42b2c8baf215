/**
 * A matching's figures with the last one's scores kept (`figuresOf` with a memo, in
 * src/solve/internal/matching/problem.ts): the figures it gives without one, bit for bit, along
 * sequences of matchings that differ in a few rows or in many, with priorities, unmatched rows and
 * rows that go back to a column they held before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresOf, scoreMemo } from '../src/solve/internal/matching/problem.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { denseProblem, parkMiller } from './helpers/pairs.js';

describe('figuresOf with a memo', () => {
  it('gives the figures without one along a sequence of matchings (500 sequences)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 2 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (seed, rows, cols) => {
          const next = parkMiller(seed);
          const data = Float64Array.from({ length: rows * cols }, () =>
            next() < 0.6 ? Math.round(next() * 1000) / 1000 : Number.NEGATIVE_INFINITY,
          );
          const priority = Float64Array.from({ length: rows }, () => 1 + Math.floor(next() * 3));
          const problem = denseProblem(rows, cols, data, new Int32Array(cols).fill(rows), {
            priority,
            ceiling: next() < 0.5 ? Number.POSITIVE_INFINITY : next(),
          });
          const memo = scoreMemo(rows);
          const assign = new Int32Array(rows).fill(-1);
          for (let step = 0; step < 12; step++) {
            // A few rows change (or, every third step, most): each to an allowed column or to none.
            const changes = step % 3 === 2 ? rows : 1 + Math.floor(next() * 3);
            for (let k = 0; k < changes; k++) {
              const r = Math.floor(next() * rows);
              const j = Math.floor(next() * (cols + 1)) - 1;
              assign[r] = j >= 0 && data[r * cols + j] === Number.NEGATIVE_INFINITY ? -1 : j;
            }
            const want = figuresOf(problem, assign);
            const got = figuresOf(problem, assign, memo);
            for (const key of ['count', 'weightedCount', 'weightedTotal', 'lowest'] as const)
              expect(Object.is(got[key], want[key])).toBe(true);
          }
        },
      ),
      { seed: FC_SEED, numRuns: 500 },
    );
  });
});
