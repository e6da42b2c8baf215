/**
 * `capacitatedAssignment` against its contract: hand-made cases with their numbers explained; the
 * exhaustive optimum (test/helpers/bruteForceFlow.ts) on every shape up to 6×4 with capacities 0..3,
 * demands 0..2, groups, forbidden pairs, ties, negatives, floats, minimising and maximising, partial
 * or not; column replication into `linearSumAssignment` (demand 1, no groups: column `c` copied
 * `capacities[c]` times); bad input (every invalid option class names its index, matrix errors as for
 * `linearSumAssignment`); no mutation; determinism; empty shapes. Every successful solve is checked
 * by the independent flow certificate (test/helpers/flowCertificate.ts), which is itself tested
 * here against the exhaustive optimum and deliberately wrong answers.
 *
 * Among equal optima the chosen pairs are unspecified: pairs are compared exactly only where the
 * optimum is unique (said at each such case), and in the determinism checks.
 */
import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import {
  capacitatedAssignment,
  type DenseMatrix,
  denseMatrixFrom,
  InfeasibleError,
  InvalidInputError,
  linearSumAssignment,
  type MatrixInput,
  MentormatchError,
} from '../src/index.js';
import { capacitatedAssignment as fromSolversEntry } from '../src/solvers.js';
import { bruteForceFlow, type FlowProblem, smallFlowProblems } from './helpers/bruteForceFlow.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { type FlowAnswer, flowCertificateProblems, solverOptions } from './helpers/flowCertificate.js';
import { mulberry32, type Rng, randomInt } from './helpers/random.js';

console.info(`fast-check seed for capacitatedAssignment: ${FC_SEED}`);

type Options = Parameters<typeof capacitatedAssignment>[1];
type Result = ReturnType<typeof capacitatedAssignment>;

const inf = Number.POSITIVE_INFINITY;

/** What a call threw (or `undefined`). */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Solves `problem` and checks the result with the flow certificate; throws if it fails. */
function solveCertified(problem: FlowProblem): Result {
  const result = capacitatedAssignment(problem.costs, solverOptions(problem));
  const problems = flowCertificateProblems(problem, result);
  if (problems.length > 0) throw new Error(`flow certificate fails: ${problems.slice(0, 5).join('; ')}`);
  return result;
}

/** The certified result, or `'infeasible'` when the solver throws InfeasibleError. */
function outcome(problem: FlowProblem): Result | 'infeasible' {
  try {
    return solveCertified(problem);
  } catch (error) {
    if (error instanceof InfeasibleError) return 'infeasible';
    throw error;
  }
}

/** The result with plain arrays, for exact comparisons. */
function plain(result: Result) {
  return {
    rows: Array.from(result.rows),
    cols: Array.from(result.cols),
    total: result.total,
    rowLoad: Array.from(result.rowLoad),
    colLoad: Array.from(result.colLoad),
  };
}

/** Totals agree up to rounding, relative to the magnitudes summed. */
function expectSameTotal(actual: number, expected: number, scale: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale, Math.abs(expected)));
}

describe('capacitatedAssignment on hand-made cases', () => {
  it('is exported from both entries, mentormatch and mentormatch/solvers', () => {
    expect(fromSolversEntry).toBe(capacitatedAssignment);
  });

  it('a mentor with capacity 3 takes all three mentees when that is cheapest', () => {
    const costs = [
      [1, 9],
      [2, 9],
      [3, 9],
    ];
    // Unique optimum: every mentee on column 0 (1 + 2 + 3 = 6); moving any one to column 1 costs ≥ 6 more.
    const result = solveCertified({ costs, capacities: [3, 1] });
    expect(plain(result)).toStrictEqual({
      rows: [0, 1, 2],
      cols: [0, 0, 0],
      total: 6,
      rowLoad: [1, 1, 1],
      colLoad: [3, 0],
    });
    // With room for two only, the mentee who loses least by moving goes: regrets 8, 7, 6, so row 2
    // moves: 1 + 2 + 9 = 12 (unique).
    const tight = solveCertified({ costs, capacities: [2, 1] });
    expect(plain(tight)).toStrictEqual({
      rows: [0, 1, 2],
      cols: [0, 0, 1],
      total: 12,
      rowLoad: [1, 1, 1],
      colLoad: [2, 1],
    });
    expect(() => capacitatedAssignment(costs, { capacities: [1, 1] })).toThrow(InfeasibleError);
  });

  it('a mentee with two requests gets two distinct mentors, never the same one twice', () => {
    // Row 0 needs 2 distinct columns: the two cheapest, 1 + 2 = 3 (unique), although column 0 alone
    // has room for 5.
    const result = solveCertified({ costs: [[1, 2, 10]], capacities: [5, 5, 5], demands: [2] });
    expect(plain(result)).toStrictEqual({ rows: [0, 0], cols: [0, 1], total: 3, rowLoad: [2], colLoad: [1, 1, 0] });
    // Demand 3 with every column: 1 + 2 + 10 = 13.
    expect(solveCertified({ costs: [[1, 2, 10]], capacities: [5, 5, 5], demands: [3] }).total).toBe(13);
  });

  it('a demand larger than the number of columns is infeasible, not invalid; partial gives every column', () => {
    const costs = [[1, 2]];
    const error = thrownBy(() => capacitatedAssignment(costs, { capacities: [5, 5], demands: [3] }));
    expect(error).toBeInstanceOf(InfeasibleError);
    expect((error as InfeasibleError).message.startsWith('capacitatedAssignment: ')).toBe(true);
    // A huge demand too (an integer ≥ 0 is valid whatever its size).
    expect(() => capacitatedAssignment(costs, { capacities: [5, 5], demands: [1e9] })).toThrow(InfeasibleError);
    const partial = solveCertified({ costs, capacities: [5, 5], demands: [3], partial: true });
    expect(plain(partial)).toStrictEqual({ rows: [0, 0], cols: [0, 1], total: 3, rowLoad: [2], colLoad: [1, 1] });
  });

  it('rows of one group never share a column', () => {
    const costs = [
      [1, 5],
      [1, 6],
    ];
    // No groups: both on column 0, 1 + 1 = 2 (unique).
    expect(plain(solveCertified({ costs, capacities: [2, 2] }))).toStrictEqual({
      rows: [0, 1],
      cols: [0, 0],
      total: 2,
      rowLoad: [1, 1],
      colLoad: [2, 0],
    });
    // One group: one row on each column; (0→1, 1→0) = 5 + 1 = 6 beats (0→0, 1→1) = 1 + 6 = 7.
    for (const groups of [[0, 0], [7, 7], new Int32Array([1_000_000, 1_000_000])]) {
      expect(plain(solveCertified({ costs, capacities: [2, 2], groups }))).toStrictEqual({
        rows: [0, 1],
        cols: [1, 0],
        total: 6,
        rowLoad: [1, 1],
        colLoad: [1, 1],
      });
    }
    // Two groups: as without groups.
    expect(solveCertified({ costs, capacities: [2, 2], groups: [0, 1] }).total).toBe(2);
    // Ids need not be small or contiguous: rows 0 and 2 share id 1e6, row 1 is alone with id 3.
    const three = [
      [1, 4],
      [1, 9],
      [1, 4],
    ];
    const grouped = solveCertified({ costs: three, capacities: [3, 3], groups: [1_000_000, 3, 1_000_000] });
    expect(grouped.total).toBe(1 + 1 + 4);
    expect(grouped.colLoad[0]).toBe(2);
  });

  it('a group of three rows cannot fit on two columns; partial places two of them', () => {
    const costs = [
      [1, 2],
      [1, 2],
      [1, 2],
    ];
    expect(() => capacitatedAssignment(costs, { capacities: [3, 3], groups: [4, 4, 4] })).toThrow(InfeasibleError);
    const partial = solveCertified({ costs, capacities: [3, 3], groups: [4, 4, 4], partial: true });
    expect(partial.rows.length).toBe(2);
    expect(partial.total).toBe(3);
    expect(Array.from(partial.colLoad)).toEqual([1, 1]);
  });

  it('a column with capacity 0 is never used, even where it is cheapest', () => {
    const costs = [
      [0, 5],
      [0, 7],
    ];
    expect(plain(solveCertified({ costs, capacities: [0, 2] }))).toStrictEqual({
      rows: [0, 1],
      cols: [1, 1],
      total: 12,
      rowLoad: [1, 1],
      colLoad: [0, 2],
    });
    expect(() => capacitatedAssignment(costs, { capacities: [0, 1] })).toThrow(InfeasibleError);
    // Partial: one unit fits (column 1); row 0 takes it, 5 < 7 (unique).
    expect(plain(solveCertified({ costs, capacities: [0, 1], partial: true }))).toStrictEqual({
      rows: [0],
      cols: [1],
      total: 5,
      rowLoad: [1, 0],
      colLoad: [0, 1],
    });
  });

  it('a row with demand 0 gets nothing, even where its entries are cheapest', () => {
    const result = solveCertified({
      costs: [
        [-5, 1],
        [2, 3],
      ],
      capacities: [1, 1],
      demands: [0, 1],
    });
    expect(plain(result)).toStrictEqual({ rows: [1], cols: [0], total: 2, rowLoad: [0, 1], colLoad: [1, 0] });
  });

  it('never assigns a forbidden pair (Infinity when minimising, -Infinity when maximising)', () => {
    expect(
      plain(
        solveCertified({
          costs: [
            [inf, 3],
            [1, 2],
          ],
          capacities: [2, 2],
        }),
      ),
    ).toStrictEqual({ rows: [0, 1], cols: [1, 0], total: 4, rowLoad: [1, 1], colLoad: [1, 1] });
    expect(
      plain(
        solveCertified({
          costs: [
            [-inf, 3],
            [1, -inf],
          ],
          capacities: [1, 1],
          maximize: true,
        }),
      ),
    ).toStrictEqual({ rows: [0, 1], cols: [1, 0], total: 4, rowLoad: [1, 1], colLoad: [1, 1] });
    // Every pair of row 0 forbidden.
    expect(() =>
      capacitatedAssignment(
        [
          [inf, inf],
          [1, 2],
        ],
        { capacities: [2, 2] },
      ),
    ).toThrow(InfeasibleError);
  });

  it('maximize: the greatest total', () => {
    const costs = [
      [9, 4],
      [8, 7],
      [6, 1],
    ];
    // Column 0 takes two rows, column 1 one: sending row 0, 1 or 2 to column 1 totals 18, 22 or 18,
    // so row 1 goes there (unique maximum 22).
    expect(plain(solveCertified({ costs, capacities: [2, 1], maximize: true }))).toStrictEqual({
      rows: [0, 1, 2],
      cols: [0, 1, 0],
      total: 22,
      rowLoad: [1, 1, 1],
      colLoad: [2, 1],
    });
    // Minimising the same: 18 (a tie between rows 0 and 2: total only).
    expect(solveCertified({ costs, capacities: [2, 1] }).total).toBe(18);
  });

  it('partial: most units first, then the best total among those', () => {
    // Rows demand 2 each, but the three columns hold one row each: at most 3 units (4 are demanded,
    // so without partial it is infeasible). Row 0 may use columns {0, 2}, row 1 columns {0, 1}.
    // Three units: row 0 {0, 2} + row 1 {1} = 1 + 3 + 2 = 6, or row 0 {2} + row 1 {0, 1} = 3 + 2 + 2 = 7.
    const costs = [
      [1, inf, 3],
      [2, 2, inf],
    ];
    const options = { capacities: [1, 1, 1], demands: [2, 2] };
    expect(() => capacitatedAssignment(costs, options)).toThrow(InfeasibleError);
    expect(plain(solveCertified({ costs, ...options, partial: true }))).toStrictEqual({
      rows: [0, 0, 1],
      cols: [0, 2, 1],
      total: 6,
      rowLoad: [2, 1],
      colLoad: [1, 1, 1],
    });
    // A cheap pair does not beat more units: (0, 0) at 0 alone is one unit; two units cost 200.
    expect(
      plain(
        solveCertified({
          costs: [
            [0, 100],
            [100, inf],
          ],
          capacities: [1, 1],
          partial: true,
        }),
      ),
    ).toStrictEqual({ rows: [0, 1], cols: [1, 0], total: 200, rowLoad: [1, 1], colLoad: [1, 1] });
    // Nothing assignable: an empty result, total +0.
    const none = solveCertified({ costs: [[inf]], capacities: [1], partial: true });
    expect(plain(none)).toStrictEqual({ rows: [], cols: [], total: 0, rowLoad: [0], colLoad: [0] });
    expect(Object.is(none.total, 0)).toBe(true);
  });

  it('capacities far beyond the number of rows act as no limit', () => {
    const costs = [[1], [2], [3]];
    for (const capacity of [3, 1e9, 2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
      const result = solveCertified({ costs, capacities: [capacity] });
      expect(plain(result), `capacity ${capacity}`).toStrictEqual({
        rows: [0, 1, 2],
        cols: [0, 0, 0],
        total: 6,
        rowLoad: [1, 1, 1],
        colLoad: [3],
      });
    }
  });

  it('returns Int32Arrays of the documented lengths', () => {
    const result = solveCertified({ costs: [[1, 2, 3]], capacities: [1, 1, 1], demands: [2] });
    for (const array of [result.rows, result.cols, result.rowLoad, result.colLoad]) {
      expect(array).toBeInstanceOf(Int32Array);
    }
    expect(result.rows.length).toBe(2);
    expect(result.cols.length).toBe(2);
    expect(result.rowLoad.length).toBe(1);
    expect(result.colLoad.length).toBe(3);
  });
});

describe('capacitatedAssignment equals the exhaustive optimum', () => {
  it(`feasibility and total, every shape up to 6×4, not partial (fast-check seed ${FC_SEED}, 3000 runs)`, () => {
    const seen = { feasible: 0, infeasible: 0 };
    fc.assert(
      fc.property(smallFlowProblems({ partial: false }), (problem) => {
        const best = bruteForceFlow(problem);
        const result = outcome(problem);
        if (!best.feasible) {
          expect(result).toBe('infeasible');
          seen.infeasible++;
          return;
        }
        expect(result).not.toBe('infeasible');
        const { rows, total } = result as Result;
        expect(rows.length).toBe(best.units);
        expectSameTotal(total, best.total, best.scale);
        seen.feasible++;
      }),
      fcOptions(3000),
    );
    console.info(`capacitatedAssignment vs brute force, not partial: ${JSON.stringify(seen)}`);
    expect(seen.feasible).toBeGreaterThan(300);
    expect(seen.infeasible).toBeGreaterThan(300);
  });

  it(`partial: most units, then the best total, every shape up to 6×4 (fast-check seed ${FC_SEED}, 3000 runs)`, () => {
    let short = 0;
    fc.assert(
      fc.property(smallFlowProblems({ partial: true }), (problem) => {
        const best = bruteForceFlow(problem);
        const result = solveCertified(problem);
        expect(result.rows.length).toBe(best.units);
        expectSameTotal(result.total, best.total, best.scale);
        if (!best.feasible) short++;
      }),
      fcOptions(3000),
    );
    expect(short).toBeGreaterThan(300);
  });

  it(`throws InfeasibleError exactly when the partial optimum falls short of the demands (fast-check seed ${FC_SEED}, 1500 runs)`, () => {
    fc.assert(
      fc.property(smallFlowProblems({ partial: true }), (problem) => {
        const partial = solveCertified(problem);
        let demanded = 0;
        for (let i = 0; i < problem.costs.length; i++) demanded += problem.demands?.[i] ?? 1;
        const strict = outcome({ ...problem, partial: false });
        if (partial.rows.length < demanded) expect(strict).toBe('infeasible');
        else {
          expect(strict).not.toBe('infeasible');
          expectSameTotal((strict as Result).total, partial.total, Math.abs(partial.total));
        }
      }),
      fcOptions(1500),
    );
  });
});

/** `costs` with column `c` copied `capacities[c]` times. */
function replicateColumns(costs: readonly (readonly number[])[], capacities: readonly number[]): number[][] {
  return costs.map((row) => row.flatMap((c, j) => new Array<number>(capacities[j] as number).fill(c)));
}

/** Demand 1 and no groups, compared with linearSumAssignment on the replicated columns. */
function expectSameAsReplicated(costs: number[][], capacities: number[], maximize: boolean, partial: boolean): void {
  const problem: FlowProblem = { costs, capacities, maximize, partial };
  const ours = outcome(problem);
  const wide = replicateColumns(costs, capacities);
  const slots = capacities.reduce((sum, c) => sum + c, 0);
  let scale = 0;
  for (const row of costs) for (const c of row) if (Number.isFinite(c)) scale = Math.max(scale, Math.abs(c));
  scale *= costs.length;
  if (partial) {
    const theirs = linearSumAssignment(wide, { maximize, partial: true });
    expect(ours).not.toBe('infeasible');
    expect((ours as Result).rows.length).toBe(theirs.size);
    expectSameTotal((ours as Result).total, theirs.total, scale);
    return;
  }
  if (costs.length > slots) {
    expect(ours).toBe('infeasible');
    return;
  }
  const theirs = thrownBy(() => linearSumAssignment(wide, { maximize }));
  if (theirs instanceof InfeasibleError) {
    expect(ours).toBe('infeasible');
    return;
  }
  const lsap = linearSumAssignment(wide, { maximize });
  expect(ours).not.toBe('infeasible');
  expect((ours as Result).rows.length).toBe(costs.length);
  expectSameTotal((ours as Result).total, lsap.total, scale);
}

describe('capacitatedAssignment with demand 1 and no groups equals linearSumAssignment on replicated columns', () => {
  it(`fast-check, shapes up to 8×5, capacities 0..3 (seed ${FC_SEED}, 1500 runs)`, () => {
    const problem = fc
      .record({
        rows: fc.integer({ min: 0, max: 8 }),
        cols: fc.integer({ min: 0, max: 5 }),
        maximize: fc.boolean(),
        partial: fc.boolean(),
      })
      .chain(({ rows, cols, maximize, partial }) => {
        const forbidden = maximize ? -inf : inf;
        const value = fc.oneof(
          { weight: 2, arbitrary: fc.integer({ min: 0, max: 3 }) },
          { weight: 2, arbitrary: fc.integer({ min: -50, max: 50 }) },
          { weight: 1, arbitrary: fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }) },
          { weight: 1, arbitrary: fc.constant(forbidden) },
        );
        return fc.record({
          costs: fc.array(fc.array(value, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
          capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
          maximize: fc.constant(maximize),
          partial: fc.constant(partial),
        });
      });
    fc.assert(
      fc.property(problem, ({ costs, capacities, maximize, partial }) => {
        if (costs.length === 0 && capacities.length > 0) return; // [] has no columns to match capacities
        expectSameAsReplicated(costs, capacities, maximize, partial);
      }),
      fcOptions(1500),
    );
  });

  const SEED = 61_001;
  it(`seeded instances up to 40×12, capacities 0..5 (seeds ${SEED}..${SEED + 149}), complete and partial`, () => {
    for (let seed = SEED; seed < SEED + 150; seed++) {
      const rng = mulberry32(seed);
      const maximize = rng() < 0.5;
      const rows = randomInt(rng, 1, 40);
      const cols = randomInt(rng, 1, 12);
      const density = rng();
      const capacities = Array.from({ length: cols }, () => randomInt(rng, 0, 5));
      const costs = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () =>
          rng() < 0.4 * density ? (maximize ? -inf : inf) : seed % 2 === 0 ? randomInt(rng, 0, 4) : rng() * 100 - 30,
        ),
      );
      expectSameAsReplicated(costs, capacities, maximize, false);
      expectSameAsReplicated(costs, capacities, maximize, true);
    }
  });
});

describe('the flow certificate (test helper) accepts exactly the optimal answers', () => {
  /** The answer made of these pairs, with loads and total computed from them. */
  function answerOf(problem: FlowProblem, pairs: readonly (readonly [number, number])[]): FlowAnswer {
    const sorted = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const rowLoad = new Int32Array(problem.costs.length);
    const colLoad = new Int32Array(problem.capacities.length);
    let total = 0;
    for (const [i, j] of sorted) {
      rowLoad[i] = (rowLoad[i] as number) + 1;
      colLoad[j] = (colLoad[j] as number) + 1;
      total += (problem.costs[i] as ArrayLike<number>)[j] as number;
    }
    return {
      rows: Int32Array.from(sorted, ([i]) => i),
      cols: Int32Array.from(sorted, ([, j]) => j),
      total: total + 0,
      rowLoad,
      colLoad,
    };
  }

  /** 0..n-1 in a random order (Fisher–Yates). */
  function shuffled(n: number, rng: Rng): number[] {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let k = n - 1; k > 0; k--) {
      const r = randomInt(rng, 0, k);
      [order[k], order[r]] = [order[r] as number, order[k] as number];
    }
    return order;
  }

  /** A random assignment that keeps to the capacities, the groups and at most each demand. */
  function randomAssignment(problem: FlowProblem, rng: Rng): [number, number][] {
    const nRows = problem.costs.length;
    const nCols = problem.capacities.length;
    const left = Array.from(problem.capacities);
    const groupOn = Array.from({ length: nCols }, () => new Set<number | string>());
    const pairs: [number, number][] = [];
    const rowOrder = shuffled(nRows, rng);
    for (const i of rowOrder) {
      const group = problem.groups === undefined ? `row ${i}` : (problem.groups[i] as number);
      let want = problem.demands?.[i] ?? 1;
      const colOrder = shuffled(nCols, rng);
      for (const j of colOrder) {
        if (want === 0) break;
        const c = (problem.costs[i] as ArrayLike<number>)[j] as number;
        if (!Number.isFinite(c) || (left[j] as number) === 0 || groupOn[j]?.has(group) || rng() < 0.2) continue;
        left[j] = (left[j] as number) - 1;
        groupOn[j]?.add(group);
        pairs.push([i, j]);
        want--;
      }
    }
    return pairs;
  }

  it(`on every assignment up to 6×4: passes ⇔ it is the exhaustive optimum (fast-check seed ${FC_SEED}, 3000 runs)`, () => {
    const seen = { optimal: 0, suboptimal: 0, short: 0 };
    fc.assert(
      fc.property(smallFlowProblems({ integers: true }), fc.integer(), (problem, seed) => {
        const best = bruteForceFlow(problem);
        if (best.feasible || problem.partial) {
          // The oracle's own optimum passes.
          expect(flowCertificateProblems(problem, answerOf(problem, best.pairs))).toEqual([]);
        }
        const pairs = randomAssignment(problem, mulberry32(seed));
        const answer = answerOf(problem, pairs);
        const problems = flowCertificateProblems(problem, answer);
        const meetsDemands = Array.from(answer.rowLoad).every((load, i) => load === (problem.demands?.[i] ?? 1));
        if (!problem.partial && !meetsDemands) {
          expect(problems.length).toBeGreaterThan(0);
          seen.short++;
          return;
        }
        const optimal = pairs.length === best.units && answer.total === best.total;
        expect(problems.length === 0).toBe(optimal);
        if (optimal) seen.optimal++;
        else seen.suboptimal++;
      }),
      fcOptions(3000),
    );
    console.info(`flow certificate self-test: ${JSON.stringify(seen)}`);
    expect(seen.optimal).toBeGreaterThan(300);
    expect(seen.suboptimal).toBeGreaterThan(300);
  });

  // Two rows, three columns; the optimum (unique) is row 0 → {0, 1}, row 1 → {2}: 1 + 2 + 1 = 4.
  const problem: FlowProblem = {
    costs: [
      [1, 2, 8],
      [5, 9, 1],
    ],
    capacities: [1, 2, 1],
    demands: [2, 1],
    groups: [3, 4],
  };
  const optimum = answerOf(problem, [
    [0, 0],
    [0, 1],
    [1, 2],
  ]);

  it('accepts the optimum of a hand-made case', () => {
    expect(flowCertificateProblems(problem, optimum)).toEqual([]);
  });

  const wrong: readonly (readonly [name: string, answer: FlowAnswer, complaint: RegExp])[] = [
    [
      'a valid but suboptimal answer (row 0 → {1, 2}, row 1 → 0: 15 instead of 4)',
      answerOf(problem, [
        [0, 1],
        [0, 2],
        [1, 0],
      ]),
      /not optimal/,
    ],
    ['the wrong total', { ...optimum, total: 5 }, /total is 5/],
    ['a NaN total', { ...optimum, total: Number.NaN }, /total is NaN/],
    [
      'pairs out of order',
      { ...optimum, rows: Int32Array.from([0, 1, 0]), cols: Int32Array.from([0, 2, 1]) },
      /comes after/,
    ],
    [
      'a pair twice',
      { ...answerOf(problem, [[1, 2]]), rows: Int32Array.from([0, 0, 1]), cols: Int32Array.from([0, 0, 2]) },
      /appears twice/,
    ],
    ['a wrong rowLoad', { ...optimum, rowLoad: Int32Array.from([1, 2]) }, /rowLoad\[0\]/],
    ['a wrong colLoad', { ...optimum, colLoad: Int32Array.from([1, 2, 1]) }, /colLoad\[1\] is 2/],
    ['a short colLoad', { ...optimum, colLoad: Int32Array.from([1, 1]) }, /colLoad has length 2/],
    [
      'an unmet demand',
      answerOf(problem, [
        [0, 0],
        [1, 2],
      ]),
      /row 0 has 1 pairs, its demand is 2/,
    ],
    [
      'a demand exceeded',
      answerOf(problem, [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 2],
      ]),
      /row 1 has 2 pairs/,
    ],
    [
      'a column over its capacity',
      answerOf(problem, [
        [0, 0],
        [0, 1],
        [1, 0],
      ]),
      /column 0 has 2 rows, its capacity is 1/,
    ],
    ['a pair outside the matrix', { ...optimum, cols: Int32Array.from([0, 1, 3]) }, /outside 2×3/],
  ];
  for (const [name, answer, complaint] of wrong) {
    it(`rejects ${name}`, () => {
      const problems = flowCertificateProblems(problem, answer);
      expect(problems.join('\n')).toMatch(complaint);
    });
  }

  it('rejects a forbidden pair, two rows of a group on one column, and a partial answer that is not the largest', () => {
    const forbidden: FlowProblem = { costs: [[inf, 1]], capacities: [1, 1] };
    expect(flowCertificateProblems(forbidden, answerOf(forbidden, [[0, 0]])).join()).toMatch(/forbidden/);
    const grouped: FlowProblem = {
      costs: [
        [1, 5],
        [1, 6],
      ],
      capacities: [2, 2],
      groups: [0, 0],
    };
    const together = answerOf(grouped, [
      [0, 0],
      [1, 0],
    ]);
    expect(flowCertificateProblems(grouped, together).join()).toMatch(/of group 0 share column 0/);
    // Without the group, the same answer is the optimum.
    expect(flowCertificateProblems({ ...grouped, groups: undefined }, together)).toEqual([]);
    // Partial: one unit at 0 is cheaper than two at 200, but two units are possible.
    const partial: FlowProblem = {
      costs: [
        [0, 100],
        [100, inf],
      ],
      capacities: [1, 1],
      partial: true,
    };
    expect(flowCertificateProblems(partial, answerOf(partial, [[0, 0]])).join()).toMatch(/augmenting path/);
    expect(flowCertificateProblems(partial, answerOf(partial, [])).join()).toMatch(/augmenting path/);
    expect(
      flowCertificateProblems(
        partial,
        answerOf(partial, [
          [0, 1],
          [1, 0],
        ]),
      ),
    ).toEqual([]);
  });

  it('rejects a suboptimal answer when maximising, and near-ties of floats within rounding pass', () => {
    const max: FlowProblem = {
      costs: [
        [9, 4],
        [8, 7],
        [6, 1],
      ],
      capacities: [2, 1],
      maximize: true,
    };
    const best = [
      [0, 0],
      [1, 1],
      [2, 0],
    ] as const;
    expect(flowCertificateProblems(max, answerOf(max, best))).toEqual([]);
    const worse = answerOf(max, [
      [0, 1],
      [1, 0],
      [2, 0],
    ]);
    expect(flowCertificateProblems(max, worse).join()).toMatch(/not optimal/);
    // Minimising, that worse answer (18) is optimal.
    expect(flowCertificateProblems({ ...max, maximize: false }, worse)).toEqual([]);
    // 0.1 + 0.2 and 0.3 differ in the last bit: either assignment is optimal within rounding.
    const floats: FlowProblem = { costs: [[0.1 + 0.2, 0.3]], capacities: [1, 1] };
    expect(flowCertificateProblems(floats, answerOf(floats, [[0, 0]]))).toEqual([]);
    expect(flowCertificateProblems(floats, answerOf(floats, [[0, 1]]))).toEqual([]);
  });
});

/** Calls the public function with anything, as an untyped (JavaScript) caller could. */
function call(input: unknown, options?: unknown): unknown {
  return thrownBy(() => (capacitatedAssignment as (a: unknown, b: unknown) => unknown)(input, options));
}

/**
 * Path of the issue for entry `index` of option `name`, in the form every solver uses for options
 * (`['options', 'capacities', 3]`, like `['options', 'maximize']`).
 */
function optionPath(name: 'capacities' | 'demands' | 'groups', index: number): (string | number)[] {
  return ['options', name, index];
}

function expectInvalid(error: unknown, path: readonly (string | number)[] | string, shows: string): void {
  expect(error).toBeInstanceOf(InvalidInputError);
  expect(error).toBeInstanceOf(MentormatchError);
  const invalid = error as InvalidInputError;
  expect(invalid.name).toBe('InvalidInputError');
  expect(invalid.code).toBe('INVALID_INPUT');
  expect(invalid.issues.length).toBeGreaterThan(0);
  if (typeof path === 'string') expect(invalid.issues[0]?.path).toContain(path);
  else expect(invalid.issues[0]?.path).toEqual(path);
  expect(invalid.message.startsWith('capacitatedAssignment: ')).toBe(true);
  expect(invalid.message).toContain(shows);
  expect(invalid.issues[0]?.message).toContain(shows);
}

describe('capacitatedAssignment rejects bad input with InvalidInputError', () => {
  const square = (): unknown[][] => [
    [4, 1, 3],
    [2, 0, 5],
    [3, 2, 2],
  ];
  const withEntry = (value: unknown, i: number, j: number): unknown[][] => {
    const rows = square();
    (rows[i] as unknown[])[j] = value;
    return rows;
  };
  const caps = [1, 1, 1];

  it('matrix entries: NaN, the wrong infinity, non-numbers and overflowing magnitudes, at [row, column]', () => {
    expectInvalid(call(withEntry(Number.NaN, 1, 0), { capacities: caps }), [1, 0], 'NaN');
    expectInvalid(call(withEntry(-inf, 0, 2), { capacities: caps }), [0, 2], '-Infinity');
    expectInvalid(call(withEntry(inf, 2, 1), { capacities: caps, maximize: true }), [2, 1], 'Infinity');
    expectInvalid(call(withEntry('7', 2, 0), { capacities: caps }), [2, 0], '"7"');
    expectInvalid(call(withEntry(null, 1, 1), { capacities: caps }), [1, 1], 'null');
    expectInvalid(call(withEntry(undefined, 1, 1), { capacities: caps, partial: true }), [1, 1], 'undefined');
    expectInvalid(call(withEntry(1e308, 1, 2), { capacities: caps }), [1, 2], '1e+308');
    const dense: DenseMatrix = { rows: 2, cols: 2, data: new Float64Array([1, 2, Number.NaN, 3]) };
    expectInvalid(call(dense, { capacities: [1, 1] }), [1, 0], 'NaN');
    expectInvalid(call(dense, { capacities: [1, 1], maximize: true }), [1, 0], 'NaN');
    const denseWrongInfinity: DenseMatrix = { rows: 1, cols: 2, data: new Float64Array([1, -inf]) };
    expectInvalid(call(denseWrongInfinity, { capacities: [1, 1] }), [0, 1], '-Infinity');
    expectInvalid(call(new Matrix([[1, Number.NaN]]), { capacities: [1, 1] }), [0, 1], 'NaN');
    expectInvalid(
      call([new Float64Array([1, 2]), new Float64Array([3, Number.NaN])], { capacities: [1, 1] }),
      [1, 1],
      'NaN',
    );
  });

  it('a malformed matrix: ragged rows, a row that is not an array, not a matrix at all', () => {
    expectInvalid(
      call(
        [
          [1, 2],
          [3, 4],
          [5, 6, 7],
        ],
        { capacities: [1, 1] },
      ),
      [2],
      'row 2',
    );
    expectInvalid(call([[1, 2], 5], { capacities: [1, 1] }), [1], 'got 5');
    expectInvalid(call(null, { capacities: [] }), [], 'got null');
    expectInvalid(call(42, { capacities: [] }), [], 'got 42');
    expectInvalid(call({ rows: 2, cols: 2, data: new Float64Array(3) }, { capacities: [1, 1] }), [], 'length 3');
  });

  it('missing capacities: no options, empty options, capacities not an array', () => {
    expectInvalid(call(square()), 'capacities', 'capacities');
    expectInvalid(call(square(), {}), 'capacities', 'capacities');
    expectInvalid(call(square(), { maximize: true }), 'capacities', 'capacities');
    expectInvalid(call(square(), { capacities: null }), 'capacities', 'null');
    expectInvalid(call(square(), { capacities: 3 }), 'capacities', '3');
    expectInvalid(call(square(), { capacities: '111' }), 'capacities', '"111"');
  });

  it('capacities of the wrong length (one per column)', () => {
    expectInvalid(call(square(), { capacities: [1, 1] }), 'capacities', '2');
    expectInvalid(call(square(), { capacities: [1, 1, 1, 1] }), 'capacities', '4');
    expectInvalid(call(square(), { capacities: [] }), 'capacities', '0');
  });

  const badCounts: readonly (readonly [value: unknown, shows: string])[] = [
    [-1, '-1'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    [-inf, '-Infinity'],
    ['2', '"2"'],
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'true'],
  ];

  it('a bad capacity names its index: negative, fractional, NaN, non-numbers', () => {
    const wide = [
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ];
    for (const [value, shows] of badCounts) {
      expectInvalid(call(wide, { capacities: [1, 1, 1, value] }), optionPath('capacities', 3), shows);
      expectInvalid(
        call(wide, { capacities: [1, 1, 1, value], partial: true, maximize: true }),
        optionPath('capacities', 3),
        shows,
      );
    }
    expectInvalid(call(wide, { capacities: Float64Array.from([2, 2, 2, -1]) }), optionPath('capacities', 3), '-1');
    expectInvalid(call(wide, { capacities: Float64Array.from([2, 0.5, 2, 1]) }), optionPath('capacities', 1), '0.5');
  });

  it('a bad demand names its index: negative, fractional, NaN, infinite, non-numbers; wrong length', () => {
    for (const [value, shows] of [...badCounts, [inf, 'Infinity'] as const]) {
      expectInvalid(call(square(), { capacities: caps, demands: [value, 1, 1] }), optionPath('demands', 0), shows);
      expectInvalid(
        call(square(), { capacities: caps, demands: [1, 1, value], partial: true }),
        optionPath('demands', 2),
        shows,
      );
    }
    expectInvalid(
      call(square(), { capacities: caps, demands: Float64Array.from([1, -2, 1]) }),
      optionPath('demands', 1),
      '-2',
    );
    expectInvalid(call(square(), { capacities: caps, demands: [1, 1] }), 'demands', '2');
    expectInvalid(call(square(), { capacities: caps, demands: [1, 1, 1, 1] }), 'demands', '4');
    expectInvalid(call(square(), { capacities: caps, demands: 1 }), 'demands', '1');
  });

  it('a bad group id names its index: fractional, NaN, infinite, non-numbers; wrong length', () => {
    const groupBad: readonly (readonly [value: unknown, shows: string])[] = [
      [1.5, '1.5'],
      [Number.NaN, 'NaN'],
      [inf, 'Infinity'],
      ['a', '"a"'],
      [null, 'null'],
      [undefined, 'undefined'],
    ];
    for (const [value, shows] of groupBad) {
      expectInvalid(call(square(), { capacities: [3, 3, 3], groups: [0, 0, value] }), optionPath('groups', 2), shows);
    }
    expectInvalid(
      call(square(), { capacities: [3, 3, 3], groups: Float64Array.from([0, 0.25, 1]) }),
      optionPath('groups', 1),
      '0.25',
    );
    expectInvalid(call(square(), { capacities: [3, 3, 3], groups: [0, 0] }), 'groups', '2');
    expectInvalid(call(square(), { capacities: [3, 3, 3], groups: 'abc' }), 'groups', '"abc"');
  });

  it('options that are not an object, and maximize or partial that are not booleans', () => {
    for (const options of [5, 'x', null, true]) {
      expect(call(square(), options)).toBeInstanceOf(InvalidInputError);
    }
    expectInvalid(call(square(), { capacities: caps, maximize: 'yes' }), 'maximize', '"yes"');
    expectInvalid(call(square(), { capacities: caps, partial: 1 }), 'partial', '1');
  });

  it('well-formed inputs in every accepted form solve alike: typed-array options and rows, DenseMatrix, Matrix', () => {
    const costs = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    const forms: MatrixInput[] = [
      costs,
      costs.map((row) => Float64Array.from(row)),
      denseMatrixFrom(costs),
      new Matrix(costs),
    ];
    const optionForms: Options[] = [
      { capacities: [2, 1, 1], demands: [1, 1, 2] },
      { capacities: Int32Array.from([2, 1, 1]), demands: Uint8Array.from([1, 1, 2]) },
      {
        capacities: Float64Array.from([2, 1, 1]),
        demands: Float64Array.from([1, 1, 2]),
        groups: Int32Array.from([0, 1, 2]),
      },
    ];
    const totals = forms.flatMap((input) => optionForms.map((options) => capacitatedAssignment(input, options).total));
    // Every column is filled (4 units, 4 places). Row 2 takes columns 0 and 2 (3 + 2), rows 0 and 1
    // take columns 1 and 0 (1 + 2): 8. Row 2 on {0, 1} or {1, 2} leads to 10.
    expect(new Set(totals)).toEqual(new Set([8]));
  });
});

/** Bit-exact picture of any value made of arrays, typed arrays, matrices and numbers. */
function snapshot(value: unknown): string {
  const bits = (values: ArrayLike<number>): string =>
    Array.from(Float64Array.from(values), (x) => {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, x);
      return view.getBigUint64(0).toString(16);
    }).join(',');
  if (value instanceof Matrix) return `Matrix ${value.rows}×${value.columns}: ${bits(value.to1DArray())}`;
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}[${bits(value as unknown as ArrayLike<number>)}]`;
  if (Array.isArray(value)) {
    return `[${value.map((x: unknown) => (typeof x === 'number' ? bits([x]) : snapshot(x))).join(';')}]`;
  }
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}:${typeof v === 'number' ? bits([v]) : snapshot(v)}`)
      .join(',')}}`;
  }
  return String(value);
}

/** A seeded instance with many ties (entries 0..2), groups, demands and forbidden pairs. */
function tiedInstance(seed: number, maxRows: number, maxCols: number): FlowProblem {
  const rng = mulberry32(seed);
  const maximize = rng() < 0.5;
  const partial = rng() < 0.5;
  const rows = randomInt(rng, 1, maxRows);
  const cols = randomInt(rng, 1, maxCols);
  const forbidden = maximize ? -inf : inf;
  const costs = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => {
      const r = rng();
      return r < 0.15 ? forbidden : r < 0.2 ? -0 : randomInt(rng, 0, 2) + (r < 0.3 ? 0.5 : 0);
    }),
  );
  const demands = rng() < 0.5 ? undefined : Array.from({ length: rows }, () => randomInt(rng, 0, 2));
  const groups = rng() < 0.5 ? undefined : Array.from({ length: rows }, () => randomInt(rng, 0, Math.ceil(rows / 2)));
  const capacities = Array.from({ length: cols }, () => randomInt(rng, 0, Math.ceil((3 * rows) / cols)));
  return { costs, capacities, demands, groups, maximize, partial };
}

describe('capacitatedAssignment never mutates its input', () => {
  const SEED = 62_001;
  it(`matrix in every form, capacities, demands, groups and options, plain or typed (seeds ${SEED}..${SEED + 59})`, () => {
    for (let seed = SEED; seed < SEED + 60; seed++) {
      const problem = tiedInstance(seed, 9, 6);
      const costs = problem.costs as number[][];
      const inputs: MatrixInput[] = [
        costs,
        costs.map((row) => Float64Array.from(row)),
        denseMatrixFrom(costs),
        new Matrix(costs),
      ];
      const plainOptions = solverOptions(problem);
      const typedOptions: Options = {
        ...plainOptions,
        capacities: Int32Array.from(problem.capacities),
        ...(problem.demands === undefined ? {} : { demands: Float64Array.from(problem.demands) }),
        ...(problem.groups === undefined ? {} : { groups: Int32Array.from(problem.groups) }),
      };
      for (const input of inputs) {
        for (const options of [plainOptions, typedOptions]) {
          const before = [snapshot(input), snapshot(options)];
          const error = thrownBy(() => capacitatedAssignment(input, options));
          if (error !== undefined) expect(error, `seed ${seed}`).toBeInstanceOf(InfeasibleError);
          expect([snapshot(input), snapshot(options)], `seed ${seed}`).toEqual(before);
        }
      }
    }
  });

  it('deeply frozen matrix, capacities, demands, groups and options solve without a write attempt', () => {
    const costs = Object.freeze([Object.freeze([4, 1, 3]), Object.freeze([2, 0, 5]), Object.freeze([3, 2, inf])]);
    const options = Object.freeze({
      capacities: Object.freeze([1, 2, 1]),
      demands: Object.freeze([1, 1, 2]),
      groups: Object.freeze([0, 0, 1]),
    });
    // Row 2 must take columns 0 and 1 (3 + 2), which fills column 0; rows 0 and 1 (one group) split
    // columns 1 and 2: row 0 → 2 and row 1 → 1 (3 + 0) beats row 0 → 1 and row 1 → 2 (1 + 5). Total 8.
    expect(capacitatedAssignment(costs, options).total).toBe(8);
    expect(capacitatedAssignment(costs, Object.freeze({ ...options, partial: true })).total).toBe(8);
  });
});

describe('capacitatedAssignment is deterministic', () => {
  const SEED = 63_001;
  it(`the same input twice, and in every input form, gives identical pairs, totals and loads (seeds ${SEED}..${SEED + 149}, many ties)`, () => {
    for (let seed = SEED; seed < SEED + 150; seed++) {
      const problem = tiedInstance(seed, 25, 10);
      const costs = problem.costs as number[][];
      const forms: MatrixInput[] = [costs, costs, structuredClone(costs), denseMatrixFrom(costs), new Matrix(costs)];
      const options = solverOptions(problem);
      const outcomes = forms.map((input) => {
        const error = thrownBy(() => capacitatedAssignment(input, options));
        if (error !== undefined) {
          expect(error, `seed ${seed}`).toBeInstanceOf(InfeasibleError);
          return 'infeasible';
        }
        return plain(capacitatedAssignment(input, options));
      });
      for (const other of outcomes.slice(1)) expect(other, `seed ${seed}`).toStrictEqual(outcomes[0]);
      if (outcomes[0] !== 'infeasible') solveCertified(problem);
    }
  });
});

describe('capacitatedAssignment on empty shapes', () => {
  const variants: readonly Omit<Options, 'capacities'>[] = [
    {},
    { maximize: true },
    { partial: true },
    { maximize: true, partial: true },
  ];

  function expectEmpty(result: Result, rows: number, cols: number): void {
    expect(plain(result)).toStrictEqual({
      rows: [],
      cols: [],
      total: 0,
      rowLoad: new Array<number>(rows).fill(0),
      colLoad: new Array<number>(cols).fill(0),
    });
    expect(Object.is(result.total, 0)).toBe(true);
    for (const array of [result.rows, result.cols, result.rowLoad, result.colLoad]) {
      expect(array).toBeInstanceOf(Int32Array);
    }
  }

  it('0 rows: nothing to assign (nested arrays 0×0, DenseMatrix and Matrix-like 0×4)', () => {
    const get = (): number => 1;
    const inputs: readonly (readonly [MatrixInput, number[]])[] = [
      [[], []],
      [{ rows: 0, cols: 0, data: new Float64Array(0) }, []],
      [{ rows: 0, cols: 4, data: new Float64Array(0) }, [1, 0, 2, 3]],
      [{ rows: 0, columns: 4, get }, [1, 0, 2, 3]],
      [new Matrix(0, 0), []],
    ];
    for (const [input, capacities] of inputs) {
      for (const variant of variants) {
        expectEmpty(capacitatedAssignment(input, { capacities, ...variant }), 0, capacities.length);
        expectEmpty(
          capacitatedAssignment(input, { capacities, demands: [], groups: [], ...variant }),
          0,
          capacities.length,
        );
      }
    }
  });

  it('0 columns: rows with demand 0 get nothing; a row demanding a column is infeasible, or unplaced with partial', () => {
    const inputs: readonly MatrixInput[] = [
      [[], [], []],
      [new Float64Array(0), new Float64Array(0), new Float64Array(0)],
      { rows: 3, cols: 0, data: new Float64Array(0) },
      new Matrix(3, 0),
    ];
    for (const input of inputs) {
      for (const variant of variants) {
        expectEmpty(capacitatedAssignment(input, { capacities: [], demands: [0, 0, 0], ...variant }), 3, 0);
        if (variant.partial === true) {
          expectEmpty(capacitatedAssignment(input, { capacities: [], ...variant }), 3, 0);
          expectEmpty(capacitatedAssignment(input, { capacities: [], demands: [0, 2, 0], ...variant }), 3, 0);
        } else {
          expect(() => capacitatedAssignment(input, { capacities: [], ...variant })).toThrow(InfeasibleError);
          expect(() => capacitatedAssignment(input, { capacities: [], demands: [0, 1, 0], ...variant })).toThrow(
            InfeasibleError,
          );
        }
      }
    }
  });

  it('every demand 0, or every capacity 0 with partial: an empty result', () => {
    const costs = [
      [1, -2],
      [-3, 4],
    ];
    for (const variant of variants) {
      expectEmpty(capacitatedAssignment(costs, { capacities: [2, 2], demands: [0, 0], ...variant }), 2, 2);
    }
    expectEmpty(capacitatedAssignment(costs, { capacities: [0, 0], partial: true }), 2, 2);
    expectEmpty(capacitatedAssignment(costs, { capacities: [0, 0], partial: true, maximize: true }), 2, 2);
    expect(() => capacitatedAssignment(costs, { capacities: [0, 0] })).toThrow(InfeasibleError);
  });

  it('a total of -0 entries is +0', () => {
    for (const maximize of [false, true]) {
      const { total } = capacitatedAssignment(
        [
          [-0, -0],
          [-0, -0],
        ],
        { capacities: [2, 2], demands: [2, 1], maximize },
      );
      expect(Object.is(total, 0)).toBe(true);
    }
  });
});
