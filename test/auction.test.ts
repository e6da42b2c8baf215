/**
 * The auction of the Lagrangian bound at scale (`auction.ts`), solved again and again at new
 * multipliers from its last state, as the subgradient steps call it (one λ array changed in place):
 *
 * - every matching keeps the places, the allowed pairs and the groups;
 * - its `upper` is never below the best penalised value of any matching (exhaustive, groups
 *   dropped, as the bound drops them);
 * - without groups, ε-complementary slackness holds at the end of every solve, warm or not: the
 *   matching's penalised value is within rows × ε (with the warm check's slack) of `upper`, so of
 *   the optimum too;
 * - the first solve, from no state, matches a fresh auction's, and a warm solve at the multipliers
 *   of the solve before it moves no row; without the warm start, every solve matches a fresh
 *   auction's;
 * - with a helper thread taking the later rows of the bound's pass over every pair (or failing
 *   them, or answering short), the same matchings, bounds and row profits;
 * - after each round of bids, the rows found to bid again (those that a column whose price fell
 *   unsettles, read by column) are the ones a check of every such column's rows over all their
 *   pairs finds: the same matchings, bounds and row profits, with groups too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Auction, profitsOf, WARM_SLACK } from '../src/solve/internal/matching/auction.js';
import { type AuctionArrays, out } from '../src/solve/internal/matching/auctionPasses.js';
import { pairValuesAt } from '../src/solve/internal/matching/bounds.js';
import { type MatchingProblem, scoreOf } from '../src/solve/internal/matching/problem.js';
import { allPairs, entriesByColumn, type SparseRows, sparseRows } from '../src/solve/internal/matching/sparseRows.js';
import { fcOptions } from './helpers/fastCheck.js';
import { denseProblem } from './helpers/pairs.js';
import { rowsHelperWith, sharedPairs } from './helpers/rowsHelper.js';

const EPSILON = 0.05;

/** The penalised value of row `r` on column `j`: priority × score − λ[j] × hours. */
function penalised(problem: MatchingProblem, lambda: Float64Array, r: number, j: number): number {
  return (
    (problem.priority[r] as number) * scoreOf(problem, r, j) - (lambda[j] as number) * (problem.hours[r] as number)
  );
}

/** The best Σ penalised values over matchings that keep the places (groups dropped), by search. */
function bestPenalised(problem: MatchingProblem, lambda: Float64Array): number {
  const load = new Int32Array(problem.cols);
  const go = (r: number): number => {
    if (r === problem.rows) return 0;
    let best = go(r + 1);
    for (let j = 0; j < problem.cols; j++) {
      if (scoreOf(problem, r, j) === Number.NEGATIVE_INFINITY) continue;
      if ((load[j] as number) >= (problem.capacity[j] as number)) continue;
      load[j] = (load[j] as number) + 1;
      best = Math.max(best, penalised(problem, lambda, r, j) + go(r + 1));
      load[j] = (load[j] as number) - 1;
    }
    return best;
  };
  return go(0);
}

/** What `assign` breaks: a forbidden pair, a column over its places, two group mates on one column. */
function broken(problem: MatchingProblem, assign: Int32Array): string | null {
  const load = new Int32Array(problem.cols);
  for (let r = 0; r < problem.rows; r++) {
    const j = assign[r] as number;
    if (j < 0) continue;
    if (scoreOf(problem, r, j) === Number.NEGATIVE_INFINITY) return `row ${r} on forbidden column ${j}`;
    load[j] = (load[j] as number) + 1;
    if ((load[j] as number) > (problem.capacity[j] as number)) return `column ${j} over its places`;
    const groups = problem.groups;
    for (let q = 0; q < r; q++)
      if (groups !== undefined && groups[q] === groups[r] && assign[q] === j) return `rows ${q} and ${r} share ${j}`;
  }
  return null;
}

/** Problems of up to `maxRows` × `maxCols` and their multipliers, one array per solve. */
const casesOf = (maxRows: number, maxCols: number) =>
  fc
    .record({
      rows: fc.integer({ min: 1, max: maxRows }),
      cols: fc.integer({ min: 1, max: maxCols }),
      grouped: fc.boolean(),
      steps: fc.integer({ min: 1, max: 6 }),
    })
    .chain(({ rows, cols, grouped, steps }) =>
      fc.record({
        rows: fc.constant(rows),
        cols: fc.constant(cols),
        grouped: fc.constant(grouped),
        scores: fc.array(fc.oneof(fc.constant(Number.NEGATIVE_INFINITY), fc.integer({ min: 0, max: 100 })), {
          minLength: rows * cols,
          maxLength: rows * cols,
        }),
        hours: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: rows, maxLength: rows }),
        priority: fc.array(fc.constantFrom(0.5, 1, 2), { minLength: rows, maxLength: rows }),
        capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
        lambdas: fc.array(fc.array(fc.constantFrom(0, 0, 0.02, 0.1, 0.3, 1), { minLength: cols, maxLength: cols }), {
          minLength: steps,
          maxLength: steps,
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
          groups: d.grouped ? Int32Array.from({ length: d.rows }, (_, r) => r >> 1) : undefined,
        },
      ),
      lambdas: d.lambdas.map((l) => Float64Array.from(l)),
    }));

const cases = casesOf(6, 3);

/** A fresh auction over every pair of `problem`; each solve from the last one's state unless `warm` is false. */
function auctionOf(problem: MatchingProblem, warm = true): Auction {
  const pairs = allPairs(problem);
  const values = pairValuesAt(problem, pairs, 'weightedTotal');
  return new Auction(problem, pairs, values, problem.capacity, EPSILON, null, warm);
}

describe('Auction, solved again from its last state', () => {
  it('keeps the constraints, bounds the optimum, and stays within rows × ε of its bound without groups (1,500 sequences)', () => {
    let moved = 0;
    fc.assert(
      fc.property(cases, ({ problem, lambdas }) => {
        const auction = auctionOf(problem);
        // One array, changed in place between solves, as the subgradient steps do.
        const lambda = new Float64Array(problem.cols);
        let before: Int32Array | null = null;
        for (const next of lambdas) {
          lambda.set(next);
          const { assign, upper } = auction.solve(lambda);
          expect(broken(problem, assign)).toBeNull();
          const best = bestPenalised(problem, lambda);
          expect(upper).toBeGreaterThanOrEqual(best - 1e-9);
          let value = 0;
          for (let r = 0; r < problem.rows; r++) {
            const j = assign[r] as number;
            if (j >= 0) value += penalised(problem, lambda, r, j);
          }
          if (problem.groups === undefined)
            expect(value).toBeGreaterThanOrEqual(upper - problem.rows * EPSILON * WARM_SLACK - 1e-9);
          if (before?.some((j, r) => assign[r] !== j)) moved++;
          before = assign;
        }
      }),
      fcOptions(1500),
    );
    // The multipliers' changes do move rows in many sequences.
    expect(moved).toBeGreaterThan(100);
  });

  it('solves the first time as a fresh auction does, and moves no row when the multipliers stay', () => {
    fc.assert(
      fc.property(cases, ({ problem, lambdas }) => {
        const auction = auctionOf(problem);
        const lambda = Float64Array.from(lambdas[0] as Float64Array);
        const first = auction.solve(lambda);
        expect(first).toEqual(auctionOf(problem).solve(lambda));
        const again = auction.solve(lambda);
        expect(again.assign).toEqual(first.assign);
        expect(again.upper).toBe(first.upper);
      }),
      fcOptions(500),
    );
  });

  it('solves each time as a fresh auction does when not warm', () => {
    fc.assert(
      fc.property(cases, ({ problem, lambdas }) => {
        const auction = auctionOf(problem, false);
        const lambda = new Float64Array(problem.cols);
        for (const next of lambdas) {
          lambda.set(next);
          expect(auction.solve(lambda)).toEqual(auctionOf(problem).solve(lambda));
        }
      }),
      fcOptions(500),
    );
  });

  it('with a cutoff: the bound over the searched pairs when it is at the cutoff or above (never above the one over every pair), else that one; the same matchings', () => {
    let partial = 0;
    let whole = 0;
    fc.assert(
      fc.property(cases, fc.double({ min: 0.5, max: 1.5, noNaN: true }), ({ problem, lambdas }, f) => {
        // Searching each row's best 2 pairs (and each column's best rows), bounding over every pair.
        const some = sparseRows(problem, 2);
        const auction = () =>
          new Auction(problem, some, pairValuesAt(problem, some, 'weightedTotal'), problem.capacity, EPSILON, {
            pairs: allPairs(problem),
            figure: 'weightedTotal',
          });
        const cut = auction();
        const plain = auction();
        const lambda = new Float64Array(problem.cols);
        for (const next of lambdas) {
          lambda.set(next);
          const all = plain.solve(lambda);
          const cutoff = all.upper * f;
          const got = cut.solve(lambda, cutoff);
          expect(got.assign).toEqual(all.assign);
          if (got.partial === true) {
            partial++;
            expect(got.upper).toBeGreaterThanOrEqual(cutoff);
            expect(got.upper).toBeLessThanOrEqual(all.upper);
          } else {
            whole++;
            expect(got.upper).toBe(all.upper);
          }
        }
      }),
      fcOptions(500),
    );
    expect(partial).toBeGreaterThan(100);
    expect(whole).toBeGreaterThan(100);
  });

  it('bounds the same with a helper thread taking the later rows of the pass over every pair, or failing them', () => {
    let sent = 0;
    fc.assert(
      fc.property(cases, fc.constantFrom('ok', 'fails', 'short'), ({ problem, lambdas }, helps) => {
        let part: Float64Array | null = null;
        // As a helper receives the task: a structured clone (the shared arrays stay shared).
        const helper = rowsHelperWith({
          sendProfits(task) {
            sent++;
            const profits = profitsOf(structuredClone(task));
            part = helps === 'fails' ? null : helps === 'short' ? profits.subarray(1) : profits;
            return true;
          },
          // biome-ignore lint/correctness/useYield: the part is ready at once.
          *receiveProfits() {
            return part;
          },
        });
        const withHelper: MatchingProblem = { ...problem, pairs: sharedPairs(problem.pairs), helper };
        // The search on every pair, the bound priced from the scores (as on a candidate subset).
        expectSolvesAlike(fullAuction(withHelper), fullAuction(problem), lambdas);
      }),
      fcOptions(600),
    );
    expect(sent).toBeGreaterThan(300);
  });
});

/** What the reference check below reads of an auction (its private state). */
interface AuctionState {
  readonly problem: MatchingProblem;
  readonly pairs: SparseRows;
  readonly dropped: Uint8Array;
  readonly stirred: Uint8Array;
  readonly arrays: AuctionArrays;
  readonly epsilon: number;
  unsettled(queue: number[]): Generator<unknown, void, unknown>;
}

/**
 * The rows to bid after a round, as found before the check by column: every row with a column
 * whose price fell is stirred, and each stirred row is checked over all its pairs.
 */
// biome-ignore lint/correctness/useYield: a reference run in one piece.
function* checkedInFull(this: AuctionState, queue: number[]): Generator<unknown, void, unknown> {
  const { rows, cols, groups } = this.problem;
  const { dropped, stirred } = this;
  queue.length = 0;
  const { start, row } = entriesByColumn(this.pairs, rows, cols);
  for (let j = 0; j < cols; j++)
    if (dropped[j] === 1)
      for (let k = start[j] as number; k < (start[j + 1] as number); k++) stirred[row[k] as number] = 1;
  for (let r = rows - 1; r >= 0; r--) {
    if (stirred[r] === 0) continue;
    stirred[r] = 0;
    if (out(this.arrays, r, false, this.epsilon) && (groups === undefined || out(this.arrays, r, true, this.epsilon)))
      queue.push(r);
  }
}

describe('Auction, the rows to bid after a round', () => {
  it('are those a check of every stirred row over all its pairs finds: the same solves (1,500 sequences, groups too)', () => {
    // The rounds after which some column's price fell.
    let rounds = 0;
    fc.assert(
      fc.property(casesOf(40, 8), ({ problem, lambdas }) => {
        const byColumn = auctionOf(problem);
        const inFull = auctionOf(problem);
        const state = inFull as unknown as AuctionState;
        const reference = checkedInFull.bind(state);
        state.unsettled = function* (queue) {
          if (state.dropped.includes(1)) rounds++;
          yield* reference(queue);
        };
        expectSolvesAlike(byColumn, inFull, lambdas);
      }),
      fcOptions(1500),
    );
    // Rounds after which some price fell happen in many sequences.
    expect(rounds).toBeGreaterThan(500);
  });
});

/**
 * Solves both auctions at each multipliers of `lambdas` in turn (one array changed in place, as the
 * subgradient steps do): the same matchings, bounds and row profits each time.
 */
function expectSolvesAlike(a: Auction, b: Auction, lambdas: readonly Float64Array[]): void {
  const lambda = new Float64Array(lambdas[0]?.length ?? 0);
  for (const next of lambdas) {
    lambda.set(next);
    expect(a.solve(lambda)).toEqual(b.solve(lambda));
    expect(a.rowProfits()).toEqual(b.rowProfits());
  }
}

/** An auction over every pair of `problem` whose bound prices every pair from the scores. */
function fullAuction(problem: MatchingProblem): Auction {
  const pairs = allPairs(problem);
  const values = pairValuesAt(problem, pairs, 'weightedTotal');
  return new Auction(problem, pairs, values, problem.capacity, EPSILON, { pairs, figure: 'weightedTotal' });
}
