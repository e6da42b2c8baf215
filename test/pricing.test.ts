/**
 * Column generation for `total` at scale (src/solve/internal/matching/pricing.ts): the flow on each
 * row's best pairs, then every other pair priced against the duals until none could improve.
 * Forced here with 1 or 2 pairs a row, on problems the flow over every pair solves too:
 *
 * - 1,500 random problems, `total`, `coverage` and `fair` (sparse or dense, capacities 0 to 3 or unlimited, priorities, tied scores,
 *   half with groups of 1 to 3 rows that need distinct columns):
 *   the priced optimum keeps the constraints and its figures (Σ priority matched for `coverage`,
 *   the pairs and the lowest score for `fair`, Σ priority × score) equal the flow's over every pair (within 1e-9 relative); the pairs searched and priced add up to all of them, some
 *   pairs were left out of the search, and some problems took more than one round;
 * - the prices of an optimum are an optimal dual: feasible (u_i + p_j (+ q_gj, a group's own price
 *   for a column one of its rows holds) ≥ v_ij on each pair, u, p, q ≥ 0) and of the matching's
 *   value (complementary slackness);
 * - classic and micro programmes through `solveObjective` (as `matchProgram` prepares them, locks
 *   included): the same optimum of `total`, `coverage` and `fair` with 1 pair a row as with every pair,
 *   and the summary's counts of pairs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchProgram, parseProgram } from '../src/index.js';
import { prepare } from '../src/match/prepare.js';
import { solveObjective } from '../src/match/solveObjective.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { drain } from '../src/solve/internal/clock.js';
import { claimChunk, markDone, markFailed } from '../src/solve/internal/matching/claims.js';
import { type ExactCounts, solveExact, solveExactSteps } from '../src/solve/internal/matching/exact.js';
import { columnPrices, matesOf, priceChunk } from '../src/solve/internal/matching/pricing.js';
import { compareFigures, figuresOf, type MatchingProblem } from '../src/solve/internal/matching/problem.js';
import type { CutsPart, KeepPart, PricingShare } from '../src/solve/internal/matching/rowsHelper.js';
import { cutsPartSteps, keepPartSteps } from '../src/solve/internal/matching/sparseRows.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import { brokenConstraint, denseProblem, parkMiller } from './helpers/pairs.js';
import { rowsHelperWith, sharedPairs } from './helpers/rowsHelper.js';

console.info(`fast-check seed for column generation: ${FC_SEED}`);

const SUM = 1e-9;
const UNLIMITED = 0x7fffffff;

/** A random problem: scores on a grid of 1/steps (ties), pairs allowed at `density`. */
const problemArbitrary = fc
  .record({
    rows: fc.integer({ min: 1, max: 12 }),
    cols: fc.integer({ min: 1, max: 6 }),
    density: fc.constantFrom(0.3, 0.6, 1),
    steps: fc.constantFrom(3, 10, 1000),
    weighted: fc.boolean(),
    grouped: fc.boolean(),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  })
  .map(({ rows, cols, density, steps, weighted, grouped, seed }) => {
    const random = parkMiller(seed);
    const data = Float64Array.from({ length: rows * cols }, () =>
      random() < density ? Math.floor(random() * (steps + 1)) / steps : Number.NEGATIVE_INFINITY,
    );
    const capacity = Int32Array.from({ length: cols }, () => {
      const c = Math.floor(random() * 5);
      return c === 4 ? UNLIMITED : c;
    });
    const priority = Float64Array.from({ length: rows }, () => (weighted ? 1 + Math.floor(random() * 3) : 1));
    // Groups of 1 to 3 rows (a mentee's requests, which need distinct columns), ids not in row order.
    let groups: Int32Array | undefined;
    if (grouped) {
      groups = new Int32Array(rows);
      for (let r = 0, g = 0; r < rows; g++) {
        const size = 1 + Math.floor(random() * 3);
        for (let k = 0; k < size && r < rows; k++) groups[r++] = (g * 7) % 101;
      }
    }
    return denseProblem(rows, cols, data, capacity, { priority, groups });
  });

/** Each pair's priority × score. */
function valuesOf(problem: MatchingProblem): Float64Array {
  const { start, scores } = problem.pairs;
  const values = new Float64Array(scores.length);
  for (let r = 0; r < problem.rows; r++)
    for (let e = start[r] as number; e < (start[r + 1] as number); e++)
      values[e] = (problem.priority[r] as number) * (scores[e] as number);
  return values;
}

describe('column generation for total', () => {
  it('finds the optimum over every pair from 1 or 2 pairs a row (total, coverage, fair)', () => {
    let pricedLeftOut = 0;
    let severalRounds = 0;
    let groupedLeftOut = 0;
    let groupedRounds = 0;
    fc.assert(
      fc.property(
        problemArbitrary,
        fc.constantFrom(1, 2),
        fc.constantFrom('total', 'coverage', 'fair'),
        (problem, most, objective) => {
          const full = solveExact(problem, objective);
          const counts: ExactCounts = { searched: 0, priced: 0, rounds: 0 };
          const priced = drain(solveExactSteps(problem, objective, problem.capacity, most, counts));
          expect(brokenConstraint(problem, priced)).toBeNull();
          const want = figuresOf(problem, full);
          const got = figuresOf(problem, priced);
          if (objective === 'coverage') expect(got.weightedCount).toBeCloseTo(want.weightedCount, 9);
          // fair: as many pairs, the same lowest score (within its tolerance), then the total.
          if (objective === 'fair') expect(compareFigures('fair', got, want)).toBe(0);
          const off = Math.abs(got.weightedTotal - want.weightedTotal);
          expect(off).toBeLessThanOrEqual(SUM * Math.max(1, Math.abs(want.weightedTotal)));
          const size = problem.pairs.cols.length;
          expect(counts.searched).toBeLessThanOrEqual(size);
          expect(counts.searched + counts.priced).toBe(size);
          if (counts.searched < size) pricedLeftOut++;
          if (objective !== 'fair' && counts.rounds > 1) severalRounds++;
          if (problem.groups !== undefined && counts.searched < size) groupedLeftOut++;
          if (problem.groups !== undefined && counts.rounds > 1) groupedRounds++;
        },
      ),
      { seed: FC_SEED, numRuns: 1500 },
    );
    expect(pricedLeftOut).toBeGreaterThan(300);
    expect(severalRounds).toBeGreaterThan(20);
    // Problems with groups are priced too.
    expect(groupedLeftOut).toBeGreaterThan(100);
    expect(groupedRounds).toBeGreaterThan(10);
  });

  it('the same optimum, counts and rounds with a helper thread taking part in each pass, or failing in it', () => {
    let priced = 0;
    let failedInPass = 0;
    // Chunks the helper priced from values it made from the scores (weighted `total`, `coverage`,
    // `fair`: the values are not in shared memory).
    let derivedChunks = 0;
    fc.assert(
      // The helper does its parts, or fails them, or prices its rows (marking the pairs it adds) and
      // then fails; in each pricing pass it takes up to `takes` chunks (the rest are done here).
      fc.property(
        problemArbitrary,
        fc.constantFrom(1, 2),
        fc.constantFrom('ok', 'fails', 'marks then fails'),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('total' as const, 'coverage' as const, 'fair' as const),
        (plain, most, helps, takes, objective) => {
          const fails = helps === 'fails';
          const asked: string[] = [];
          // As a helper receives the tasks: structured clones (the shared arrays stay shared).
          const reply = <T>(kind: string, run: () => T) => {
            asked.push(kind);
            return { sent: true, part: fails ? null : structuredClone(run()) };
          };
          let last: { part: unknown } = { part: null };
          let pricing: PricingShare | null = null;
          const helper = rowsHelperWith({
            sendCuts: (task) => {
              last = reply('cuts', () => drain(cutsPartSteps(structuredClone(task))));
              return true;
            },
            sendKeep: (task) => {
              last = reply('keep', () => drain(keepPartSteps(structuredClone(task))));
              return true;
            },
            // biome-ignore lint/correctness/useYield: the part is ready at once.
            *receiveCuts() {
              return last.part as CutsPart | null;
            },
            // biome-ignore lint/correctness/useYield: the part is ready at once.
            *receiveKeep() {
              return last.part as KeepPart | null;
            },
            sharePricing: (share) => {
              asked.push('pricing');
              pricing = structuredClone(share);
              return true;
            },
            // A pass open: the helper claims its chunks, prices them and marks them done (or fails
            // before pricing, or after, without marking the chunk done).
            wake: () => {
              if (pricing === null) return;
              const { board, arrays } = pricing;
              for (let k = 0; k < takes; k++) {
                const claimed = claimChunk(board);
                if (claimed === null) return;
                if (helps !== 'fails') {
                  priceChunk(arrays, claimed.chunk, board.figures[claimed.at] as number);
                  // Made from the scores: no copy of the values went to the helper.
                  if (arrays.derived != null) {
                    expect(arrays.values).toHaveLength(0);
                    derivedChunks++;
                  }
                }
                if (helps !== 'ok') {
                  failedInPass++;
                  markFailed(board);
                  return;
                }
                markDone(board, claimed.pass, claimed.chunk);
              }
            },
            alive: () => true,
            endPasses: () => {
              pricing = null;
            },
          });
          const problem: MatchingProblem = { ...plain, pairs: sharedPairs(plain.pairs), helper };
          const alone: ExactCounts = { searched: 0, priced: 0, rounds: 0 };
          const expected = drain(solveExactSteps(plain, objective, plain.capacity, most, alone));
          const counts: ExactCounts = { searched: 0, priced: 0, rounds: 0 };
          const got = drain(solveExactSteps(problem, objective, plain.capacity, most, counts));
          expect([...got]).toEqual([...expected]);
          expect(counts).toEqual(alone);
          expect(pricing).toBeNull();
          if (asked.includes('pricing')) priced++;
        },
      ),
      { seed: FC_SEED, numRuns: 600 },
    );
    // The pricing went to the helper in most problems (with the shared scores as the values, or
    // values made from them), and it failed in a pass in many.
    expect(priced).toBeGreaterThan(300);
    expect(derivedChunks).toBeGreaterThan(100);
    expect(failedInPass).toBeGreaterThan(50);
  });

  it('prices an optimum with an optimal dual, groups included', () => {
    let grouped = 0;
    fc.assert(
      fc.property(problemArbitrary, (problem) => {
        const assign = solveExact(problem, 'total');
        const values = valuesOf(problem);
        const { start, cols } = problem.pairs;
        const subset = { start, cols, values };
        const mates = problem.groups === undefined ? null : matesOf(problem.groups);
        const prices = columnPrices(subset, problem.rows, problem.cols, problem.capacity, assign, 1e-14, mates);
        expect(prices).not.toBeNull();
        const p = prices as Float64Array;
        // The price row r pays for column j: its group's (node cols + holder) where a row of its
        // group of several holds j, else the column's.
        const groupOf = problem.groups;
        const priceTo = (r: number, j: number): number => {
          if (groupOf !== undefined) {
            const mates = [...groupOf.keys()].filter((q) => groupOf[q] === groupOf[r]);
            const holder = mates.find((q) => assign[q] === j);
            if (mates.length > 1 && holder !== undefined) return p[problem.cols + holder] as number;
          }
          return p[j] as number;
        };
        let dual = 0;
        for (let r = 0; r < problem.rows; r++) {
          const j = assign[r] as number;
          const u =
            j < 0
              ? 0
              : (values[(start[r] as number) + cols.subarray(start[r], start[r + 1]).indexOf(j)] as number) -
                priceTo(r, j);
          expect(u).toBeGreaterThanOrEqual(-1e-9);
          dual += u;
          for (let e = start[r] as number; e < (start[r + 1] as number); e++)
            expect(u + priceTo(r, cols[e] as number)).toBeGreaterThanOrEqual((values[e] as number) - 1e-9);
          // A group's own price for its held column: q = P − p_j ≥ 0, one place.
          if (j >= 0 && priceTo(r, j) !== p[j]) {
            const q = priceTo(r, j) - (p[j] as number);
            expect(q).toBeGreaterThanOrEqual(-1e-9);
            dual += q;
            grouped++;
          }
        }
        for (let j = 0; j < problem.cols; j++) {
          const price = p[j] as number;
          expect(price).toBeGreaterThanOrEqual(-1e-9);
          if ((problem.capacity[j] as number) > 0) expect(price).toBeLessThan(Number.POSITIVE_INFINITY);
          if (price > 0 && price < Number.POSITIVE_INFINITY) dual += (problem.capacity[j] as number) * price;
        }
        const primal = figuresOf(problem, assign).weightedTotal;
        expect(Math.abs(dual - primal)).toBeLessThanOrEqual(1e-9 * Math.max(1, primal));
      }),
      { seed: FC_SEED, numRuns: 600 },
    );
    // Some groups paid a price of their own for a column (their one place on it bound).
    expect(grouped).toBeGreaterThan(0);
  });

  it('gives classic and micro programmes the same optimum from 1 pair a row, with the counts of pairs', () => {
    const classic = matchProgramArbitrary({ mode: 'classic', maxRows: 12, maxLocks: 3 });
    const micro = matchProgramArbitrary({ mode: 'micro', maxRows: 12, maxLocks: 3 });
    let pricedSome = 0;
    fc.assert(
      fc.property(fc.oneof(classic, micro), fc.constantFrom('total', 'coverage', 'fair'), (input, objective) => {
        const program = canonicalProgram(parseProgram(input));
        const table = scoreTable(program, true);
        const prepared = prepare(program, table);
        const every = solveObjective(prepared, objective);
        const priced = solveObjective(prepared, objective, undefined, undefined, 1);
        /** Σ priority matched, the pairs, the lowest score and Σ priority × score. */
        const sums = (assigned: Int32Array) => {
          let count = 0;
          let pairs = 0;
          let lowest = Number.POSITIVE_INFINITY;
          let total = 0;
          assigned.forEach((j, r) => {
            const p = table.rows[r]?.priority ?? 1;
            if (j >= 0) {
              const score = table.score(r, j);
              count += p;
              pairs++;
              lowest = Math.min(lowest, score);
              total += p * score;
            }
          });
          return { count, pairs, lowest, total };
        };
        const want = sums(every.assigned);
        const got = sums(priced.assigned);
        if (objective === 'coverage') expect(got.count).toBeCloseTo(want.count, 9);
        if (objective === 'fair') {
          expect(got.pairs).toBe(want.pairs);
          if (want.pairs > 0) expect(Math.abs(got.lowest - want.lowest)).toBeLessThanOrEqual(1e-12);
        }
        expect(Math.abs(got.total - want.total)).toBeLessThanOrEqual(SUM * Math.max(1, want.total));
        expect(priced.exact).toBe(true);
        // The free rows' pairs: searched or priced, each once.
        const free = every.searched;
        expect(every.priced).toBe(0);
        expect(priced.searched + priced.priced).toBe(free);
        if (priced.priced > 0) pricedSome++;
        const summary = matchProgram(input, { objective: 'total' }).summary;
        expect(summary.pairs.scored).toBe(table.allowed.cols.length);
        expect(summary.pairs.searched).toBeLessThanOrEqual(summary.pairs.scored);
        if (program.rules.lockedPairs.length === 0) expect(summary.pairs.searched).toBe(summary.pairs.scored);
        expect(summary.pairs.priced).toBe(0);
      }),
      { seed: FC_SEED, numRuns: 400 },
    );
    expect(pricedSome).toBeGreaterThan(30);
  });
});
