/**
 * `capacitatedAssignment` against its contract: hand-made cases with their numbers explained; the
 * exhaustive optimum (test/helpers/bruteForceFlow.ts) on every shape up to 6×4 with capacities 0..3,
 * demands 0..2, groups, forbidden pairs, ties, negatives, floats, minimising and maximising, partial
 * or not; column replication into `linearSumAssignment` (demand 1, no groups: column `c` copied
 * `capacities[c]` times); empty shapes. Every successful solve is checked by the independent flow
 * certificate (test/helpers/flowCertificate.ts, itself tested in
 * capacitatedAssignment.certificate.test.ts). Bad input: capacitatedAssignment.badInput.test.ts;
 * no mutation and determinism: capacitatedAssignment.determinism.test.ts.
 *
 * Among equal optima the chosen pairs are unspecified: pairs are compared exactly only where the
 * optimum is unique (said at each such case).
 */
import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { capacitatedAssignment, InfeasibleError, linearSumAssignment, type MatrixInput } from '../src/index.js';
import { capacitatedAssignment as fromSolversEntry } from '../src/solvers.js';
import { bruteForceFlow, type FlowProblem, smallFlowProblems } from './helpers/bruteForceFlow.js';
import { plain, solveCertified, thrownBy } from './helpers/capacitatedChecks.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { mulberry32, randomInt } from './helpers/random.js';

console.info(`fast-check seed for capacitatedAssignment: ${FC_SEED}`);

type Options = Parameters<typeof capacitatedAssignment>[1];
type Result = ReturnType<typeof capacitatedAssignment>;

const inf = Number.POSITIVE_INFINITY;

/** The certified result, or `'infeasible'` when the solver throws InfeasibleError. */
function outcome(problem: FlowProblem): Result | 'infeasible' {
  try {
    return solveCertified(problem);
  } catch (error) {
    if (error instanceof InfeasibleError) return 'infeasible';
    throw error;
  }
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
