/**
 * Hours budgets read as places (src/solve/internal/matching/places.ts) against a plain reference
 * that sorts every column's candidate hours: the same places and the same verdict on whether a
 * budget binds, on 2,000 random problems whose columns have few places (where only the two ends of
 * each column's sorted hours are selected) or many, with tied and untied hours; and the same with
 * the later half of the rows read on a helper thread (its part joined to the calling thread's).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetPlaces, placesPartOf } from '../src/solve/internal/matching/places.js';
import { fits, type MatchingProblem } from '../src/solve/internal/matching/problem.js';
import type { PlacesPart } from '../src/solve/internal/matching/rowsHelper.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { denseProblem, parkMiller } from './helpers/pairs.js';
import { rowsHelperWith, sharedPairs } from './helpers/rowsHelper.js';

/** The places and the verdict, from each column's hours sorted in full. */
function reference(problem: MatchingProblem): { places: number[]; binds: boolean } {
  let binds = false;
  const places = Array.from(problem.capacity, (c, j) => {
    const b = problem.budget[j] as number;
    if (!(b < Number.POSITIVE_INFINITY) || c === 0) return c;
    const lengths: number[] = [];
    for (let r = 0; r < problem.rows; r++)
      for (let e = problem.pairs.start[r] as number; e < (problem.pairs.start[r + 1] as number); e++)
        if (problem.pairs.cols[e] === j) lengths.push(problem.hours[r] as number);
    lengths.sort((x, y) => x - y);
    let used = 0;
    let count = 0;
    while (count < lengths.length && count < c && fits(used, lengths[count] as number, b)) {
      used += lengths[count] as number;
      count++;
    }
    let longest = 0;
    for (let q = lengths.length - count; q < lengths.length; q++) longest += lengths[q] as number;
    if (!fits(0, longest, b)) binds = true;
    return count;
  });
  return { places, binds };
}

describe('hours budgets read as places', () => {
  it('are those of the fully sorted hours, with few places or many, the rows shared with a helper or not', () => {
    let helped = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 2 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(2, 10, 1000),
        (seed, rows, cols, grid) => {
          const next = parkMiller(seed);
          const data = Float64Array.from({ length: rows * cols }, () =>
            next() < 0.7 ? next() : Number.NEGATIVE_INFINITY,
          );
          const capacity = Int32Array.from({ length: cols }, () =>
            next() < 0.8 ? 1 + Math.floor(next() * 6) : 64 + Math.floor(next() * 200),
          );
          const budget = Float64Array.from({ length: cols }, () =>
            next() < 0.2 ? Number.POSITIVE_INFINITY : 0.5 + Math.floor(next() * 40) / 2,
          );
          const hours = Float64Array.from({ length: rows }, () => (1 + Math.floor(next() * grid)) / (grid / 4));
          const problem = denseProblem(rows, cols, data, capacity, { budget, hours });
          const want = reference(problem);
          const got = budgetPlaces(problem);
          expect([...got.places]).toEqual(want.places);
          expect(got.binds).toBe(want.binds);
          // The later rows on a helper thread (as it receives them: structured clones, the shared
          // pairs staying shared), or a helper that fails (its rows then read here): the same.
          const pairs = sharedPairs(problem.pairs);
          for (const how of ['answers', 'fails', 'answers short'] as const) {
            const fails = how !== 'answers';
            let part: PlacesPart | null = null;
            let sent: { from: number; to: number } | null = null;
            const helper = rowsHelperWith({
              sendPlaces(task) {
                sent = { from: task.from, to: task.to };
                const theirs = structuredClone(placesPartOf(structuredClone(task)));
                // A part with a column's hours missing, or one end short: read here again.
                part =
                  how === 'fails'
                    ? null
                    : how === 'answers'
                      ? theirs
                      : theirs.all.length > 0
                        ? { ...theirs, all: theirs.all.subarray(1) }
                        : { ...theirs, high: theirs.high.subarray(1) };
                return true;
              },
              // biome-ignore lint/correctness/useYield: the part is ready at once.
              *receivePlaces() {
                return part;
              },
            });
            const split = budgetPlaces({ ...problem, pairs, helper });
            expect([...split.places]).toEqual(want.places);
            expect(split.binds).toBe(want.binds);
            if (sent !== null) {
              expect((sent as { to: number }).to).toBe(rows);
              if (!fails) helped++;
            }
          }
        },
      ),
      { seed: FC_SEED, numRuns: 2000 },
    );
    // Most problems had rows to share.
    expect(helped).toBeGreaterThan(1500);
  });
});
