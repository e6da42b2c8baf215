/**
 * The local search (`localSearch.ts`) takes two shortcuts: it keeps each row's best column with
 * room while no column gains room, instead of looking for it again after every move; and, for
 * `total`, it passes over a full column whose bounds (the least weight and the most hope of the
 * rows it holds) rule every trade there out. On random problems with capacities, hours budgets,
 * priorities and distinct-mentor groups, from first come, first served or from nothing, every
 * objective: the same matching as the search without its shortcuts, and a matching that keeps every
 * constraint; and with a pair screen (`MatchingProblem.screen`), the same matching.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Clock, withClock } from '../src/solve/internal/clock.js';
import { fillGreedily } from '../src/solve/internal/matching/feasible.js';
import { localSearch } from '../src/solve/internal/matching/localSearch.js';
import { fits, type MatchingObjective } from '../src/solve/internal/matching/problem.js';
import { sparseRows } from '../src/solve/internal/matching/sparseRows.js';
import { brokenConstraint, denseProblem, drawnScores } from './helpers/pairs.js';

const OBJECTIVES: readonly MatchingObjective[] = ['total', 'coverage', 'fair'];

describe('localSearch', () => {
  it('does nothing once the search’s time is up (its set-up alone reads every pair), and improves without a clock', () => {
    // Two rows each on the other's best column: a trade gains 1.8.
    const problem = denseProblem(2, 2, Float64Array.of(1, 0.1, 0.1, 1), Int32Array.of(1, 1));
    const pairs = sparseRows(problem);
    const free = Int32Array.of(1, 0);
    localSearch(problem, 'total', pairs, free, 1);
    expect([...free]).toEqual([0, 1]);
    // The call's deadline a minute away, all of it kept for the work after the search.
    const clock: Clock = {
      fn: 'test',
      limitMs: 60_000,
      deadline: performance.now() + 60_000,
      keep: 120_000,
      signal: undefined,
      onProgress: undefined,
      sliceEnd: Number.POSITIVE_INFINITY,
    };
    const late = Int32Array.of(1, 0);
    withClock(clock, () => localSearch(problem, 'total', pairs, late, 1));
    expect([...late]).toEqual([1, 0]);
  });

  it('takes its shortcuts (answers kept while no column gains room, full columns passed over by their bounds): the same matching as without them (6,000 problems)', () => {
    let moved = 0;
    let movedOnSubset = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null, freq: 3 }), {
          minLength: 100,
          maxLength: 100,
        }),
        fc.array(fc.constantFrom(0.5, 1, 2, 3), { minLength: 20, maxLength: 20 }),
        fc.array(fc.constantFrom(0.5, 1, 2), { minLength: 20, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.option(fc.constantFrom(1, 2, 3.5, 5, 8), { nil: null, freq: 6 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 20, maxLength: 20 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(...OBJECTIVES),
        (rows, cols, drawn, hours, priority, capacity, budgets, groupSizes, grouped, start, objective) => {
          const data = drawnScores(rows, cols, drawn, 20);
          // Groups of consecutive rows (a mentee's requests).
          const groups = new Int32Array(rows);
          for (let r = 0, g = 0, left = groupSizes[0]!; r < rows; r++) {
            if (left === 0) left = groupSizes[++g]!;
            groups[r] = g;
            left--;
          }
          const problem = denseProblem(
            rows,
            cols,
            data,
            Int32Array.from({ length: cols }, (_, j) => capacity[j]!),
            {
              priority: Float64Array.from({ length: rows }, (_, r) => priority[r]!),
              hours: Float64Array.from({ length: rows }, (_, r) => hours[r]!),
              budget: Float64Array.from({ length: cols }, (_, j) => budgets[j] ?? Number.POSITIVE_INFINITY),
              groups: grouped ? groups : undefined,
            },
          );
          const first = new Int32Array(rows).fill(-1);
          if (start) fillGreedily(problem, first);
          const pairs = sparseRows(problem);
          const kept = Int32Array.from(first);
          const again = Int32Array.from(first);
          localSearch(problem, objective, pairs, kept, 20);
          localSearch(problem, objective, pairs, again, 20, undefined, undefined, true);
          expect(Array.from(kept)).toEqual(Array.from(again));
          // With a pair screen (some pairs not allowed let through, as the level index lets a
          // mentor ruled out by another rule through): the same matching.
          const screened = Int32Array.from(first);
          const screen = {
            strip: Int32Array.from({ length: rows }, (_, r) => (r % 4 === 3 ? -1 : r * cols)),
            least: new Float64Array(rows).fill(1),
            levels: Float64Array.from(data, (v, k) => (v > Number.NEGATIVE_INFINITY || k % 3 === 0 ? 1 : 0)),
          };
          localSearch({ ...problem, screen }, objective, pairs, screened, 20);
          expect(Array.from(screened)).toEqual(Array.from(kept));
          expect(brokenConstraint(problem, kept)).toBeNull();
          if (kept.some((j, r) => j !== first[r])) moved++;
          // On each row's best 1 to 4 pairs (and the columns' best rows): the same matching as
          // without the shortcuts.
          const subset = sparseRows(problem, 1 + (rows % 4));
          const fast = Int32Array.from(first);
          const slow = Int32Array.from(first);
          localSearch(problem, objective, subset, fast, 20);
          localSearch(problem, objective, subset, slow, 20, undefined, undefined, true);
          expect(Array.from(fast)).toEqual(Array.from(slow));
          expect(brokenConstraint(problem, fast)).toBeNull();
          if (fast.some((j, r) => j !== first[r])) movedOnSubset++;
        },
      ),
      { numRuns: 6000, seed: 29 },
    );
    expect(moved).toBeGreaterThan(3000);
    expect(movedOnSubset).toBeGreaterThan(3000);
  });

  it('ends at a local optimum of `total`: no move of its neighbourhood, enumerated here, gains (1,000 problems with places, hours budgets and priorities)', () => {
    // The moves of a row u (at column a, or -1), as the search's header lists them, each checked
    // from the dense scores: u to a column with room and the hours; u into a full column j in the
    // place of a row q there whose hours make room, q going out, or (u unmatched) to any column with
    // room, or (u matched) to u's old column.
    const EPSILON = 1e-10;
    let moved = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 16 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null, freq: 3 }), {
          minLength: 80,
          maxLength: 80,
        }),
        fc.array(fc.constantFrom(0.5, 1, 2, 3), { minLength: 16, maxLength: 16 }),
        fc.array(fc.constantFrom(0.5, 1, 2), { minLength: 16, maxLength: 16 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.option(fc.constantFrom(1, 2, 3.5, 5), { nil: null, freq: 4 }), { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        fc.boolean(),
        (rows, cols, drawn, hours, priority, capacity, budgets, start, subset) => {
          const data = drawnScores(rows, cols, drawn, 20);
          const h = Float64Array.from({ length: rows }, (_, r) => hours[r]!);
          const p = Float64Array.from({ length: rows }, (_, r) => priority[r]!);
          const cap = Int32Array.from({ length: cols }, (_, j) => capacity[j]!);
          const budget = Float64Array.from({ length: cols }, (_, j) => budgets[j] ?? Number.POSITIVE_INFINITY);
          const problem = denseProblem(rows, cols, data, cap, { priority: p, hours: h, budget });
          const assign = new Int32Array(rows).fill(-1);
          if (start) fillGreedily(problem, assign);
          const first = Int32Array.from(assign);
          // On every pair, or on each row's best 2 (and the columns' best rows): u's own moves are
          // to its pairs there, a trade's row moves to any of its allowed columns.
          const pairs = sparseRows(problem, subset ? 2 : Number.POSITIVE_INFINITY);
          localSearch(problem, 'total', pairs, assign, 1000);
          expect(brokenConstraint(problem, assign)).toBeNull();
          if (assign.some((j, r) => j !== first[r])) moved++;
          const s = (r: number, j: number) => (j < 0 ? 0 : (data[r * cols + j] as number));
          const load = new Int32Array(cols);
          const used = new Float64Array(cols);
          assign.forEach((j, r) => {
            if (j < 0) return;
            load[j] = load[j]! + 1;
            used[j] = used[j]! + h[r]!;
          });
          const hasRoom = (j: number, hr: number) => load[j]! < cap[j]! && fits(used[j]!, hr, budget[j]!);
          const searched = (u: number) => Array.from(pairs.col.subarray(pairs.start[u]!, pairs.start[u + 1]!));
          for (let u = 0; u < rows; u++) {
            const a = assign[u]!;
            const own = p[u]! * s(u, a);
            for (const j of searched(u)) {
              // (A matched row looks only at columns where it scores more.)
              if (j === a || s(u, j) === Number.NEGATIVE_INFINITY || (a >= 0 && s(u, j) <= s(u, a))) continue;
              const mine = p[u]! * s(u, j) - own;
              if (hasRoom(j, h[u]!)) {
                expect(mine, `row ${u} to column ${j} with room`).toBeLessThanOrEqual(EPSILON);
                continue;
              }
              for (let q = 0; q < rows; q++) {
                if (assign[q] !== j || !fits(used[j]! - h[q]!, h[u]!, budget[j]!)) continue;
                const theirs = p[q]! * s(q, j);
                expect(mine - theirs, `row ${u} in row ${q}'s place at ${j}, ${q} out`).toBeLessThanOrEqual(EPSILON);
                if (a < 0) {
                  for (let c = 0; c < cols; c++) {
                    if (c === j || s(q, c) === Number.NEGATIVE_INFINITY || !hasRoom(c, h[q]!)) continue;
                    if (!searched(q).includes(c)) continue;
                    const gain = mine + p[q]! * s(q, c) - theirs;
                    expect(gain, `row ${u} in row ${q}'s place at ${j}, ${q} to ${c}`).toBeLessThanOrEqual(EPSILON);
                  }
                } else if (s(q, a) > Number.NEGATIVE_INFINITY && fits(used[a]! - h[u]!, h[q]!, budget[a]!)) {
                  const gain = mine + p[q]! * s(q, a) - theirs;
                  expect(gain, `rows ${u} and ${q} trade columns ${a} and ${j}`).toBeLessThanOrEqual(EPSILON);
                }
              }
            }
          }
        },
      ),
      { numRuns: 1000, seed: 37 },
    );
    expect(moved).toBeGreaterThan(400);
  });

  it('bounds a trade’s look-up by the column’s best score kept or the row’s floor, on subsets that leave most pairs out: the same matching as without (1,500 problems)', () => {
    let moved = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 60 }),
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 8 }), {
          minLength: 360,
          maxLength: 360,
        }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.constantFrom(0.5, 1, 2), { minLength: 60, maxLength: 60 }),
        fc.integer({ min: 1, max: 2 }),
        fc.boolean(),
        fc.constantFrom(...OBJECTIVES),
        (rows, cols, drawn, capacity, priority, most, start, objective) => {
          const data = drawnScores(rows, cols, drawn, 40);
          const problem = denseProblem(
            rows,
            cols,
            data,
            Int32Array.from({ length: cols }, (_, j) => capacity[j]!),
            { priority: Float64Array.from({ length: rows }, (_, r) => priority[r]!) },
          );
          const first = new Int32Array(rows).fill(-1);
          if (start) fillGreedily(problem, first);
          // Each row's best 1 or 2 pairs, each column's best 4 to 12 rows of up to 60.
          const subset = sparseRows(problem, most);
          expect(subset.floor).toBeDefined();
          const fast = Int32Array.from(first);
          const slow = Int32Array.from(first);
          localSearch(problem, objective, subset, fast, 20);
          localSearch(problem, objective, subset, slow, 20, undefined, undefined, true);
          expect(Array.from(fast)).toEqual(Array.from(slow));
          if (fast.some((j, r) => j !== first[r])) moved++;
        },
      ),
      { numRuns: 1500, seed: 31 },
    );
    expect(moved).toBeGreaterThan(750);
  });
});
