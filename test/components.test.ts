/**
 * Independent parts (src/solve/internal/matching/components.ts): a problem whose graph of allowed
 * pairs splits is solved part by part for `total` and `coverage`.
 *
 * - `partsOf` against a breadth-first search of the same graph, on 500 random problems, sparse and
 *   dense (20, 60 or 95 % of the pairs; some then taken out as `-Infinity`): the same parts, each
 *   row and column in one;
 * - 800 problems of 2 or 3 blocks interleaved (rows and columns shuffled), with hours budgets,
 *   priorities and groups that span the blocks, each objective, with a node limit of 0, 3 or the
 *   default, on the small path or (a third of them) the path for large problems, which the parts
 *   of a problem that takes it as a whole take too: the matching keeps every constraint, its bound is never below the exhaustive optimum
 *   of its `boundOn` and the figures before it are at their optima, exact only when optimal, no
 *   more nodes than the limit; without nodes, an unproven bound is the sum of the parts' own;
 *   with the default limit it is exact and ranks level with the problem solved as one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partProblem, partsOf } from '../src/solve/internal/matching/components.js';
import {
  compareFigure,
  compareFigures,
  type Figures,
  figuresOf,
  levelsOf,
  type MatchingProblem,
} from '../src/solve/internal/matching/problem.js';
import { solveMatching } from '../src/solve/internal/matching/solveMatching.js';
import { pairScore } from '../src/solve/internal/pairs.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { brokenConstraint, denseProblem, parkMiller } from './helpers/pairs.js';

console.info(`fast-check seed for the independent parts: ${FC_SEED}`);

/** The parts by breadth-first search: a part number per row and per column (-1: no pair). */
function bfsParts(problem: MatchingProblem): { row: Int32Array; col: Int32Array } {
  const { rows, cols } = problem;
  const adjacent: number[][] = Array.from({ length: rows + cols }, () => []);
  for (let r = 0; r < rows; r++)
    for (let j = 0; j < cols; j++)
      if (pairScore(problem.pairs, r, j) > Number.NEGATIVE_INFINITY) {
        adjacent[r]?.push(rows + j);
        adjacent[rows + j]?.push(r);
      }
  const part = new Int32Array(rows + cols).fill(-1);
  let count = 0;
  for (let k = 0; k < rows + cols; k++) {
    if (part[k] !== -1 || adjacent[k]?.length === 0) continue;
    const queue = [k];
    part[k] = count;
    while (queue.length > 0) {
      const x = queue.shift() as number;
      for (const y of adjacent[x] ?? []) {
        if (part[y] !== -1) continue;
        part[y] = count;
        queue.push(y);
      }
    }
    count++;
  }
  return { row: part.subarray(0, rows), col: part.subarray(rows) };
}

/** A problem of `blocks` independent blocks, rows and columns shuffled; see the file comment. */
function blockProblem(seed: number, blocks: number, sparse: boolean): MatchingProblem {
  const next = parkMiller(seed);
  const shape = Array.from({ length: blocks }, () => ({
    rows: 1 + Math.floor(next() * 3),
    cols: 1 + Math.floor(next() * 2),
  }));
  const rows = shape.reduce((n, b) => n + b.rows, 0);
  const cols = shape.reduce((n, b) => n + b.cols, 0);
  const shuffle = (n: number) => {
    const order = Array.from({ length: n }, (_, k) => k);
    for (let k = n - 1; k > 0; k--) {
      const m = Math.floor(next() * (k + 1));
      [order[k], order[m]] = [order[m] as number, order[k] as number];
    }
    return order;
  };
  const rowAt = shuffle(rows);
  const colAt = shuffle(cols);
  const data = new Float64Array(rows * cols).fill(Number.NEGATIVE_INFINITY);
  let r0 = 0;
  let c0 = 0;
  for (const b of shape) {
    for (let r = r0; r < r0 + b.rows; r++)
      for (let j = c0; j < c0 + b.cols; j++)
        if (!sparse || next() < 0.7)
          data[(rowAt[r] as number) * cols + (colAt[j] as number)] = Math.floor(next() * 11) / 10;
    r0 += b.rows;
    c0 += b.cols;
  }
  const capacity = Int32Array.from({ length: cols }, () => 1 + Math.floor(next() * 3));
  const budget = Float64Array.from(
    { length: cols },
    () => [Number.POSITIVE_INFINITY, 1.5, 2, 2.5, 3][Math.floor(next() * 5)] as number,
  );
  const hours = Float64Array.from({ length: rows }, () => [0.5, 1, 1.5, 2][Math.floor(next() * 4)] as number);
  const priority = Float64Array.from({ length: rows }, () => 1 + Math.floor(next() * 2));
  // Adjacent rows in pairs form a group (a mentee's two requests), across blocks or not.
  const groups = Int32Array.from({ length: rows }, (_, r) => r >> 1);
  return denseProblem(rows, cols, data, capacity, { budget, hours, priority, groups });
}

/** The best figures of `objective` over every matching that keeps the constraints, level by level. */
function optimum(problem: MatchingProblem, objective: 'total' | 'coverage'): Figures {
  let best: Figures | null = null;
  const assign = new Int32Array(problem.rows).fill(-1);
  const visit = (r: number) => {
    if (r === problem.rows) {
      if (brokenConstraint(problem, assign) !== null) return;
      const f = figuresOf(problem, assign);
      if (best === null || compareFigures(objective, f, best) > 0) best = f;
      return;
    }
    for (let j = -1; j < problem.cols; j++) {
      if (j >= 0 && pairScore(problem.pairs, r, j) === Number.NEGATIVE_INFINITY) continue;
      assign[r] = j;
      visit(r + 1);
    }
    assign[r] = -1;
  };
  visit(0);
  return best as unknown as Figures;
}

describe('independent parts', () => {
  it('are the connected components of the allowed pairs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 2 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(0.2, 0.6, 0.95),
        (seed, rows, cols, density) => {
          const next = parkMiller(seed);
          const data = Float64Array.from({ length: rows * cols }, () =>
            next() < density ? next() : Number.NEGATIVE_INFINITY,
          );
          const problem = denseProblem(rows, cols, data, new Int32Array(cols).fill(1));
          // Some pairs of the pattern taken out, as a branch does.
          const scores = problem.pairs.scores.map((s) => (next() < 0.2 ? Number.NEGATIVE_INFINITY : s));
          const taken = { ...problem, pairs: { ...problem.pairs, scores } };
          const parts = partsOf(taken);
          const want = bfsParts(taken);
          const row = new Int32Array(rows).fill(-1);
          const col = new Int32Array(cols).fill(-1);
          parts.forEach((part, p) => {
            for (const r of part.rows) row[r] = p;
            for (const j of part.cols) col[j] = p;
            expect([...part.rows]).toEqual([...part.rows].sort((a, b) => a - b));
            expect(part.rows.length).toBeGreaterThan(0);
          });
          // The same partition, parts in the order of their first row.
          expect([...row]).toEqual([...want.row]);
          expect([...col]).toEqual([...want.col]);
        },
      ),
      { seed: FC_SEED, numRuns: 500 },
    );
  });

  it('solve each part on its own, with a true bound and the optimum when exact', () => {
    let split = 0;
    let unproven = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 2 }),
        fc.constantFrom(2, 3),
        fc.boolean(),
        fc.constantFrom<'total' | 'coverage'>('total', 'coverage'),
        fc.constantFrom(0, 0, 3, 2000),
        fc.constantFrom(1_000_000, 1_000_000, 8),
        (seed, blocks, sparse, objective, maxNodes, largeEntries) => {
          const problem = blockProblem(seed, blocks, sparse);
          if (partsOf(problem).length > 1) split++;
          // largeEntries 8: the whole problem takes the path for large problems, and so its parts.
          const options = { maxNodes, largeEntries };
          const found = solveMatching(problem, objective, options);
          expect(brokenConstraint(problem, found.assign)).toBeNull();
          expect(found.nodes).toBeLessThanOrEqual(maxNodes);
          const best = optimum(problem, objective);
          const achieved = figuresOf(problem, found.assign);
          for (const key of levelsOf(objective)) {
            if (key === found.boundOn) {
              expect(compareFigure(key, found.bound, best[key])).toBeGreaterThanOrEqual(0);
              break;
            }
            expect(compareFigure(key, achieved[key], best[key])).toBe(0);
          }
          if (found.exact) expect(compareFigures(objective, achieved, best)).toBe(0);
          const parts = partsOf(problem);
          if (!found.exact && maxNodes === 0 && parts.length > 1) {
            // Without search nodes each part is solved alone as it is here: the bound is the sum of
            // the parts' bounds on boundOn (their own figure where they proved it).
            unproven++;
            let sum = 0;
            for (const part of parts) {
              const sub = partProblem(problem, part);
              const inherited = problem.rows * problem.cols > largeEntries ? 0 : largeEntries;
              const alone = solveMatching(sub, objective, { ...options, largeEntries: inherited });
              sum +=
                !alone.exact && alone.boundOn === found.boundOn
                  ? alone.bound
                  : figuresOf(sub, alone.assign)[found.boundOn];
            }
            expect(compareFigure(found.boundOn, found.bound, Math.max(sum, achieved[found.boundOn]))).toBe(0);
          }
          if (maxNodes === 2000 && largeEntries === 1_000_000) {
            expect(found.exact).toBe(true);
            const whole = solveMatching(problem, objective, { ...options, whole: true });
            expect(compareFigures(objective, figuresOf(problem, whole.assign), achieved)).toBe(0);
          }
        },
      ),
      { seed: FC_SEED, numRuns: 800 },
    );
    expect(split).toBeGreaterThan(300);
    expect(unproven).toBeGreaterThan(10);
  });
});
