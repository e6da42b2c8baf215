/**
 * `capacitatedAssignment` on compressed sparse rows (`{ rows, cols, indptr, indices, data }`): the
 * same output as the dense path on the dense equivalent (absent pairs `Infinity`, or `-Infinity`
 * with `maximize`), pairs, total, loads and errors alike, on random problems (fast-check, fixed
 * seed) covering every option: `maximize`, `partial`, `unassignedCost`, `demands`, `groups`,
 * oversubscribed problems (solved from the columns' side), one row or one column, indices in any
 * order, sparse and dense shares of allowed pairs; the exhaustive optimum and the flow certificate
 * on small problems; `linearSumAssignment` on the same CSR matrix when every capacity is 1; a
 * typed error for every malformed field; `maxEntries` counting stored entries; `timeLimitMs`;
 * inputs never mutated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InfeasibleError, InvalidInputError, MentormatchError } from '../src/errors.js';
import {
  type CapacitatedAssignment,
  type CapacitatedAssignmentOptions,
  capacitatedAssignment,
  capacitatedAssignmentAsync,
  linearSumAssignment,
} from '../src/index.js';
import type { CsrMatrix } from '../src/solve/csrMatrix.js';
import { bruteForceFlow } from './helpers/bruteForceFlow.js';
import { csrToDense, denseToCsr, randomSparse, threeEntriesOf100k } from './helpers/csr.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { flowCertificateProblems } from './helpers/flowCertificate.js';
import { mulberry32, type Rng, randomInt } from './helpers/random.js';

console.info(`fast-check seed for capacitatedAssignment on CSR input: ${FC_SEED}`);

const inf = Number.POSITIVE_INFINITY;

/** What a call gave, comparable across input forms: the whole result, or the error's class and message. */
function outcome(run: () => CapacitatedAssignment): unknown {
  try {
    const { rows, cols, total, rowLoad, colLoad } = run();
    return { rows: [...rows], cols: [...cols], total, rowLoad: [...rowLoad], colLoad: [...colLoad] };
  } catch (error) {
    if (error instanceof MentormatchError) return { error: error.constructor.name, message: error.message };
    throw error;
  }
}

interface Case {
  readonly matrix: number[][];
  readonly cols: number;
  readonly options: CapacitatedAssignmentOptions;
  readonly shuffleSeed: number;
}

/** Options drawn for a `rows × cols` problem: any mix of the solver's options. */
function optionsArbitrary(rows: number, cols: number): fc.Arbitrary<CapacitatedAssignmentOptions> {
  return fc
    .record({
      capacities: fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(inf)), {
        minLength: cols,
        maxLength: cols,
      }),
      demands: fc.option(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: rows, maxLength: rows }), {
        nil: undefined,
      }),
      groups: fc.option(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: rows, maxLength: rows }), {
        nil: undefined,
      }),
      maximize: fc.boolean(),
      partial: fc.boolean(),
      unassignedCost: fc.option(fc.integer({ min: -5, max: 60 }), { nil: undefined }),
    })
    .map(({ demands, groups, unassignedCost, ...rest }) => ({
      ...rest,
      ...(demands === undefined ? {} : { demands }),
      ...(groups === undefined ? {} : { groups }),
      ...(unassignedCost === undefined ? {} : { unassignedCost }),
    }));
}

/**
 * Random problems up to 14 × 9 (one row and one column included), 10–100 % of pairs allowed (the
 * sparse form below 40 %, the dense one above), integer entries (many ties) or floats.
 */
const cases: fc.Arbitrary<Case> = fc
  .record({
    rows: fc.integer({ min: 0, max: 14 }),
    cols: fc.integer({ min: 0, max: 9 }),
    density: fc.constantFrom(0.1, 0.25, 0.4, 0.7, 1),
    integer: fc.boolean(),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  })
  .chain(({ rows, cols, density, integer, seed }) =>
    optionsArbitrary(rows, cols).map((options) => {
      const rng = mulberry32(seed);
      const absent = options.maximize === true ? -inf : inf;
      const matrix = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () =>
          rng() >= density ? absent : integer ? randomInt(rng, -3, 40) : Math.round((rng() * 80 - 20) * 1e6) / 1e6,
        ),
      );
      return { matrix, cols, options, shuffleSeed: seed ^ 0x5bd1e995 };
    }),
  );

describe('capacitatedAssignment on CSR input gives the dense path’s output', () => {
  it(`random problems up to 14×9, every option (fast-check seed ${FC_SEED}, 3000 runs)`, () => {
    const seen = { solved: 0, infeasible: 0, oversubscribed: 0, grouped: 0, line: 0 };
    fc.assert(
      fc.property(cases, ({ matrix, cols, options, shuffleSeed }) => {
        const absent = options.maximize === true ? -inf : inf;
        // Indices in a random order within each row.
        const csr = denseToCsr(matrix, cols, absent, mulberry32(shuffleSeed));
        // Nested arrays cannot say how many columns a matrix of no rows has: a DenseMatrix then.
        const equivalent = matrix.length > 0 ? matrix : { rows: 0, cols, data: new Float64Array(0) };
        const dense = outcome(() => capacitatedAssignment(equivalent, options));
        const sparse = outcome(() => capacitatedAssignment(csr, options));
        expect(sparse).toEqual(dense);
        if ((dense as { error?: string }).error === 'InfeasibleError') seen.infeasible++;
        else if (!('error' in (dense as object))) seen.solved++;
        let supply = 0;
        for (let j = 0; j < cols; j++) supply += options.capacities[j] as number;
        let wanted = 0;
        for (let i = 0; i < matrix.length; i++) wanted += options.demands?.[i] ?? 1;
        if (supply < wanted) seen.oversubscribed++;
        if (options.groups !== undefined) seen.grouped++;
        if (matrix.length === 1 || cols === 1) seen.line++;
      }),
      fcOptions(3000),
    );
    // Every branch was exercised.
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(50);
  });

  it('capacitatedAssignmentAsync on CSR input gives the same output', async () => {
    const rng = mulberry32(23);
    for (let t = 0; t < 20; t++) {
      const csr = randomSparse(rng, 30, 20, 4, 40);
      const options = { capacities: Array.from({ length: 20 }, () => randomInt(rng, 0, 2)), partial: true };
      const sync = outcome(() => capacitatedAssignment(csr, options));
      const result = await capacitatedAssignmentAsync(csr, options);
      expect(outcome(() => result)).toEqual(sync);
    }
  });

  it('typed-array fields, sorted or not, give the same output as plain arrays', () => {
    const rng = mulberry32(11);
    for (let t = 0; t < 60; t++) {
      const rows = randomInt(rng, 2, 40);
      const cols = randomInt(rng, 2, 30);
      const csr = randomSparse(rng, rows, cols, randomInt(rng, 1, 6), 50);
      const options = {
        capacities: Array.from({ length: cols }, () => randomInt(rng, 0, 3)),
        groups: Array.from({ length: rows }, () => randomInt(rng, 0, 5)),
        partial: true,
      };
      const plain = {
        ...csr,
        indptr: Array.from(csr.indptr),
        indices: Array.from(csr.indices),
        data: Array.from(csr.data),
      };
      const expected = outcome(() => capacitatedAssignment(csrToDense(csr, inf), options));
      expect(outcome(() => capacitatedAssignment(csr, options))).toEqual(expected);
      expect(outcome(() => capacitatedAssignment(plain, options))).toEqual(expected);
    }
  });
});

/** A random sparse problem of `rows × cols` with `perRow` entries a row, for the larger differentials. */
function largerCase(rng: Rng, rows: number, cols: number, perRow: number): { csr: CsrMatrix; rng: Rng } {
  return { csr: randomSparse(rng, rows, cols, perRow, 30), rng };
}

describe('larger sparse problems: the same output as the dense path', () => {
  it('up to 120×60 with 2–8 entries a row: groups, demands, partial, unassignedCost, oversubscribed', () => {
    const rng = mulberry32(2024);
    let flipped = 0;
    for (let t = 0; t < 80; t++) {
      const rows = randomInt(rng, 20, 120);
      const cols = randomInt(rng, 10, 60);
      const { csr } = largerCase(rng, rows, cols, randomInt(rng, 2, 8));
      const maximize = t % 2 === 1;
      const absent = maximize ? -inf : inf;
      const data = Float64Array.from(csr.data, (c) => (maximize ? c : c - 10));
      const sparse: CsrMatrix = { ...csr, data };
      // Half of them oversubscribed (Σ capacity below the rows' demand): solved from the columns' side.
      const high = t % 4 < 2 ? 1 : 4;
      const options: CapacitatedAssignmentOptions = {
        capacities: Array.from({ length: cols }, () => randomInt(rng, 0, high)),
        demands: Array.from({ length: rows }, () => randomInt(rng, 0, 2)),
        ...(t % 3 === 0 ? {} : { groups: Array.from({ length: rows }, () => randomInt(rng, 0, rows / 3)) }),
        maximize,
        ...(t % 5 === 0 ? { unassignedCost: maximize ? 12 : 3 } : { partial: true }),
      };
      let supply = 0;
      for (const c of options.capacities as number[]) supply += c;
      let wanted = 0;
      for (const d of options.demands as number[]) wanted += d;
      if (supply < wanted) flipped++;
      const expected = outcome(() => capacitatedAssignment(csrToDense(sparse, absent), options));
      expect({ t, out: outcome(() => capacitatedAssignment(sparse, options)) }).toEqual({ t, out: expected });
    }
    expect(flipped).toBeGreaterThan(20);
  });
});

describe('capacitatedAssignment on CSR input is optimal', () => {
  it('equals the exhaustive optimum and passes the flow certificate up to 6×4 (400 seeded problems)', () => {
    const rng = mulberry32(99);
    for (let t = 0; t < 400; t++) {
      const rows = randomInt(rng, 1, 6);
      const cols = randomInt(rng, 1, 4);
      const maximize = t % 2 === 0;
      const absent = maximize ? -inf : inf;
      const costs = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (rng() < 0.35 ? absent : randomInt(rng, -5, 20))),
      );
      const problem = {
        costs,
        capacities: Array.from({ length: cols }, () => randomInt(rng, 0, 3)),
        demands: Array.from({ length: rows }, () => randomInt(rng, 0, 2)),
        ...(t % 3 === 0 ? { groups: Array.from({ length: rows }, () => randomInt(rng, 0, 2)) } : {}),
        maximize,
        partial: t % 4 !== 0,
      };
      const best = bruteForceFlow(problem);
      const csr = denseToCsr(costs, cols, absent, rng);
      const { costs: _, ...options } = problem;
      let result: CapacitatedAssignment;
      try {
        result = capacitatedAssignment(csr, options);
      } catch (error) {
        expect(error).toBeInstanceOf(InfeasibleError);
        expect({ t, feasible: false }).toEqual({ t, feasible: best.feasible });
        continue;
      }
      expect({ t, units: result.rows.length, total: result.total }).toEqual({
        t,
        units: best.units,
        total: best.total,
      });
      expect({ t, problems: flowCertificateProblems(problem, result) }).toEqual({ t, problems: [] });
    }
  });

  it('every capacity 1: the total of linearSumAssignment on the same CSR matrix (up to 3,000 × 3,000)', () => {
    const rng = mulberry32(5);
    for (const [rows, cols, perRow] of [
      [50, 80, 3],
      [400, 400, 4],
      [1000, 1500, 6],
      [3000, 3000, 8],
    ] as const) {
      for (const maximize of [false, true]) {
        const csr = randomSparse(rng, rows, cols, perRow, 1000);
        const capacities = new Array<number>(cols).fill(1);
        const ours = capacitatedAssignment(csr, { capacities, maximize });
        const lsa = linearSumAssignment(csr, { maximize });
        expect({ rows, cols, maximize, total: ours.total, units: ours.rows.length }).toEqual({
          rows,
          cols,
          maximize,
          total: lsa.total,
          units: lsa.size,
        });
      }
    }
  });
});

describe('capacitatedAssignment rejects malformed CSR input with typed errors naming the field', () => {
  const good = { rows: 2, cols: 3, indptr: [0, 2, 3], indices: [0, 2, 1], data: [1, 2, 3] };
  const options = { capacities: [1, 1, 1] };
  const cases: [string, CsrMatrix, CapacitatedAssignmentOptions, (string | number)[], RegExp][] = [
    ['indptr too short', { ...good, indptr: [0, 2] }, options, ['indptr'], /indptr has 2 entries but rows \+ 1 is 3/],
    [
      'indptr decreasing',
      { ...good, indptr: [0, 3, 2] },
      options,
      ['indptr', 2],
      /indptr\[2\] is 2, below indptr\[1\] = 3/,
    ],
    ['indptr not from 0', { ...good, indptr: [1, 2, 3] }, options, ['indptr', 0], /indptr\[0\] must be 0/],
    ['indptr end', { ...good, indptr: [0, 2, 2] }, options, ['indptr', 2], /indptr\[2\] must equal indices.length = 3/],
    [
      'column out of range',
      { ...good, indices: [0, 3, 1] },
      options,
      ['indices', 1],
      /indices\[1\] must be a column index from 0 to 2, got 3/,
    ],
    [
      'column not an integer',
      { ...good, indices: [0, 1.5, 1] },
      options,
      ['indices', 1],
      /must be a column index from 0 to 2, got 1.5/,
    ],
    [
      'duplicate column',
      { ...good, indices: [2, 2, 1] },
      options,
      ['indices', 1],
      /indices\[1\]: column 2 is listed twice/,
    ],
    ['data too short', { ...good, data: [1, 2] }, options, ['data'], /data has 2 entries but indices has 3/],
    ['NaN entry', { ...good, data: [1, Number.NaN, 3] }, options, ['data', 1], /data\[1\] \(entry \[0\]\[2\]\) is NaN/],
    [
      '-Infinity when minimising',
      { ...good, data: [1, -inf, 3] },
      options,
      ['data', 1],
      /is -Infinity; when minimising, forbidden pairs are Infinity/,
    ],
    [
      'Infinity when maximising',
      { ...good, data: [1, inf, 3] },
      { ...options, maximize: true },
      ['data', 1],
      /is Infinity; when maximising/,
    ],
    [
      'entry too large',
      { ...good, data: [1, 1e300, 3] },
      options,
      ['data', 1],
      /data\[1\] \(entry \[0\]\[2\]\) is 1e\+300, too large in magnitude/,
    ],
    ['not a number', { ...good, data: [1, '2' as unknown as number, 3] }, options, ['data', 1], /is not a number/],
    ['rows negative', { ...good, rows: -1 }, options, ['rows'], /rows must be an integer ≥ 0, got -1/],
    [
      'indices not an array',
      { ...good, indices: 5 as unknown as number[] },
      options,
      ['indices'],
      /indices must be an array or a typed array, got 5/,
    ],
    [
      'capacities of the wrong length',
      good,
      { capacities: [1, 1] },
      ['options', 'capacities'],
      /options.capacities has 2 entries but the matrix has 3 columns/,
    ],
    [
      'groups of the wrong length',
      good,
      { ...options, groups: [1] },
      ['options', 'groups'],
      /options.groups has 1 entries but the matrix has 2 rows/,
    ],
  ];
  for (const [name, input, opts, path, message] of cases) {
    it(name, () => {
      let error: unknown;
      try {
        capacitatedAssignment(input, opts);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(InvalidInputError);
      const invalid = error as InvalidInputError;
      expect(invalid.message.startsWith('capacitatedAssignment: ')).toBe(true);
      expect(invalid.message).toMatch(message);
      expect(invalid.issues[0]?.path).toEqual(path);
    });
  }

  it('maxEntries counts stored entries: a 100,000 × 100,000 matrix of 3 entries passes, 3 over 2 do not', () => {
    const huge = threeEntriesOf100k();
    const capacities = new Int32Array(100_000).fill(1);
    const demands = new Int32Array(100_000);
    demands.fill(1, 0, 3);
    const result = capacitatedAssignment(huge, { capacities, demands, maxEntries: 3 });
    expect([...result.cols]).toEqual([5, 7, 9]);
    let error: unknown;
    try {
      capacitatedAssignment(huge, { capacities, demands, maxEntries: 2 });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe('TOO_LARGE');
    expect((error as Error).message).toMatch(/stores 3 entries, more than options.maxEntries \(2\)/);
  });

  it('timeLimitMs: an expired limit throws TIME_LIMIT, as on the dense path', () => {
    const csr = randomSparse(mulberry32(3), 50, 50, 4, 10);
    const options = { capacities: new Array<number>(50).fill(1), timeLimitMs: 0 };
    for (const input of [csr, csrToDense(csr, inf)]) {
      let error: unknown;
      try {
        capacitatedAssignment(input, options);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(MentormatchError);
      expect((error as MentormatchError).code).toBe('TIME_LIMIT');
    }
  });

  it('never writes to the input, on any path (sparse, dense form, flipped with unassignedCost)', () => {
    const rng = mulberry32(17);
    for (const [rows, cols, perRow, capacity] of [
      [30, 30, 3, 1],
      [6, 5, 5, 2],
      [40, 10, 2, 1],
      [1, 8, 4, 1],
    ] as const) {
      const csr = randomSparse(rng, rows, cols, perRow, 9);
      const copy = {
        ...csr,
        indptr: Array.from(csr.indptr),
        indices: Array.from(csr.indices),
        data: Array.from(csr.data),
      };
      const capacities = new Array<number>(cols).fill(capacity);
      capacitatedAssignment(csr, { capacities, unassignedCost: 4 });
      capacitatedAssignment(csr, { capacities, partial: true, maximize: true });
      expect({
        ...csr,
        indptr: Array.from(csr.indptr),
        indices: Array.from(csr.indices),
        data: Array.from(csr.data),
      }).toEqual(copy);
    }
  });
});
