/**
 * `linearSumAssignment` on compressed sparse rows (`{ rows, cols, indptr, indices, data }`): the
 * same feasibility verdicts, sizes and totals as the dense path on random matrices (fast-check,
 * fixed seed; square, wide, tall, maximize, partial, rows and columns with nothing allowed), the
 * OR-Library sparse optima, large random sparse instances, the duals checked as an optimality
 * certificate on the sparse entries, a typed error for every malformed field, and inputs never
 * mutated.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InfeasibleError, InvalidInputError } from '../src/errors.js';
import type { CsrMatrix } from '../src/solve/csrMatrix.js';
import { type AssignmentWithDuals, assignWithDuals } from '../src/solve/internal/assignWithDuals.js';
import { solveCsrKernel } from '../src/solve/internal/lsap/csrKernel.js';
import { readCsrMatrix } from '../src/solve/internal/readCsrMatrix.js';
import { type LinearSumAssignmentOptions, linearSumAssignment } from '../src/solve/linearSumAssignment.js';
import { assignmentProblems } from './helpers/assignmentChecks.js';
import { csrCertificateViolations, csrToDense, denseToCsr, randomSparse, threeEntriesOf100k } from './helpers/csr.js';
import { fcOptions } from './helpers/fastCheck.js';
import { readSparseCsr } from './helpers/orLibrary.js';
import { mulberry32 } from './helpers/random.js';

/** Solves a CSR input through the public path and checks its certificate when complete. */
function solveCsr(csr: CsrMatrix, options: LinearSumAssignmentOptions = {}): AssignmentWithDuals {
  const solved = assignWithDuals('linearSumAssignment', csr, options);
  if (solved.complete) {
    const problems = csrCertificateViolations(csr, solved, options.maximize ?? false);
    if (problems.length > 0) throw new Error(`optimality certificate fails: ${problems.slice(0, 5).join('; ')}`);
  }
  return solved;
}

/** What a call threw (or `undefined`). */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** The outcome of a solve, comparable across paths: infeasible, or size and total. */
function outcome(run: () => AssignmentWithDuals): { infeasible: true } | { size: number; total: number } {
  try {
    const { assignment } = run();
    return { size: assignment.size, total: assignment.total };
  } catch (error) {
    if (error instanceof InfeasibleError) return { infeasible: true };
    throw error;
  }
}

/** Random matrices: integer entries (exact sums) or floats, some forbidden, some rows all forbidden. */
function matrixArbitrary(integer: boolean): fc.Arbitrary<{ rows: number; cols: number; m: number[][] }> {
  const value = integer
    ? fc.integer({ min: -50, max: 50 })
    : fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
  return fc
    .record({
      rows: fc.integer({ min: 0, max: 9 }),
      cols: fc.integer({ min: 0, max: 9 }),
      density: fc.constantFrom(0.15, 0.4, 0.8, 1),
      emptyRow: fc.integer({ min: -1, max: 9 }),
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      values: fc.array(value, { minLength: 81, maxLength: 81 }),
    })
    .map(({ rows, cols, density, emptyRow, seed, values }) => {
      const rng = mulberry32(seed);
      const m = Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) =>
          i === emptyRow || rng() >= density ? Number.POSITIVE_INFINITY : (values[i * 9 + j] as number),
        ),
      );
      return { rows, cols, m };
    });
}

describe('linearSumAssignment on CSR input agrees with the dense path', () => {
  for (const integer of [true, false]) {
    for (const maximize of [false, true]) {
      for (const partial of [false, true]) {
        it(`${integer ? 'integer' : 'float'} entries, maximize ${maximize}, partial ${partial}`, () => {
          fc.assert(
            fc.property(matrixArbitrary(integer), fc.integer({ min: 0, max: 1000 }), ({ rows, cols, m }, seed) => {
              const absent = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
              const dense = m.map((row) => row.map((c) => (c === Number.POSITIVE_INFINITY ? absent : c)));
              const csr = denseToCsr(dense, cols, absent, mulberry32(seed));
              const options = { maximize, partial };
              const viaDense = outcome(() => assignWithDuals('linearSumAssignment', dense, options));
              const viaCsr = outcome(() => solveCsr(csr, options));
              if ('infeasible' in viaDense || 'infeasible' in viaCsr) {
                expect(viaCsr).toEqual(viaDense);
                return;
              }
              expect(viaCsr.size).toBe(viaDense.size);
              if (integer) expect(viaCsr.total).toBe(viaDense.total);
              else {
                let scale = 1;
                for (const row of m) for (const c of row) if (Number.isFinite(c)) scale += Math.abs(c);
                expect(Math.abs(viaCsr.total - viaDense.total)).toBeLessThanOrEqual(1e-9 * scale);
              }
              const result = linearSumAssignment(csr, options);
              expect(assignmentProblems(csrToDense(csr, absent), result, maximize)).toEqual([]);
              expect([rows, cols]).toEqual([result.rowToCol.length, result.colToRow.length]);
            }),
            fcOptions(300),
          );
        });
      }
    }
  }

  it('sorted and unsorted indices give the same total; typed-array and plain-array fields alike', () => {
    const rng = mulberry32(7);
    for (let t = 0; t < 50; t++) {
      const rows = 1 + Math.floor(rng() * 30);
      const cols = 1 + Math.floor(rng() * 30);
      const csr = randomSparse(rng, rows, cols, 4, 20);
      const sorted = { ...csr, indices: Int32Array.from(csr.indices), data: Float64Array.from(csr.data) };
      for (let i = 0; i < rows; i++) {
        const lo = csr.indptr[i] as number;
        const hi = csr.indptr[i + 1] as number;
        const order = Array.from({ length: hi - lo }, (_, k) => lo + k).sort(
          (a, b) => (csr.indices[a] as number) - (csr.indices[b] as number),
        );
        order.forEach((k, at) => {
          sorted.indices[lo + at] = csr.indices[k] as number;
          sorted.data[lo + at] = csr.data[k] as number;
        });
      }
      const plain = {
        rows,
        cols,
        indptr: Array.from(csr.indptr),
        indices: Array.from(csr.indices),
        data: Array.from(csr.data),
      };
      const a = solveCsr(csr).assignment;
      expect(solveCsr(sorted).assignment.total).toBe(a.total);
      expect(solveCsr(plain).assignment.total).toBe(a.total);
      expect(a.size).toBe(Math.min(rows, cols));
    }
  });

  it('entries given as the forbidding infinity count as absent', () => {
    const csr = { rows: 2, cols: 2, indptr: [0, 2, 4], indices: [0, 1, 0, 1], data: [1, Infinity, 2, 5] };
    expect(linearSumAssignment(csr).total).toBe(6);
    const max = { rows: 2, cols: 2, indptr: [0, 2, 4], indices: [0, 1, 0, 1], data: [-Infinity, 1, 2, 5] };
    expect(linearSumAssignment(max, { maximize: true }).total).toBe(3);
  });

  it('Int32Array / Float64Array fields (read in place, or copied when an entry is the forbidding infinity) give the plain arrays’ answer, duals included', () => {
    const rng = mulberry32(23);
    /** The whole answer (assignment and duals), or the error's class. */
    const answer = (csr: CsrMatrix, options: LinearSumAssignmentOptions): unknown => {
      const error = thrownBy(() => assignWithDuals('linearSumAssignment', csr, options));
      return error === undefined ? assignWithDuals('linearSumAssignment', csr, options) : (error as Error).name;
    };
    for (let t = 0; t < 200; t++) {
      const rows = 1 + Math.floor(rng() * 10);
      const cols = 1 + Math.floor(rng() * 10);
      const maximize = t % 2 === 1;
      const forbid = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      const float = t % 4 >= 2;
      const dense = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (rng() < 0.3 ? forbid : Math.floor(rng() * 100) - 50 + (float ? rng() : 0))),
      );
      // Every pair stored, the forbidden ones as the forbidding infinity; and only the allowed ones.
      const all = denseToCsr(dense, cols, Number.NaN, rng);
      const allowed = denseToCsr(dense, cols, forbid, rng);
      const typed = (csr: CsrMatrix): CsrMatrix => ({
        ...csr,
        indptr: Int32Array.from(csr.indptr as ArrayLike<number>),
        indices: Int32Array.from(csr.indices as ArrayLike<number>),
        data: Float64Array.from(csr.data as ArrayLike<number>),
      });
      const typedAll = typed(all);
      const typedAllowed = typed(allowed);
      for (const partial of [false, true]) {
        const options = { maximize, partial };
        const expected = answer(allowed, options);
        expect(answer(all, options)).toEqual(expected);
        expect(answer(typedAll, options)).toEqual(expected);
        expect(answer(typedAllowed, options)).toEqual(expected);
      }
      expect(Array.from(typedAll.data as Float64Array)).toEqual(all.data);
      expect(Array.from(typedAllowed.indices as Int32Array)).toEqual(allowed.indices);
    }
  });

  it('entries up to Number.MAX_VALUE (big-M sentinels) give the dense path’s totals', () => {
    const M = Number.MAX_VALUE;
    const cases: number[][][] = [
      [
        [M, 1, M],
        [2, M, 3],
        [M, 4, 5],
      ],
      [
        [M, M],
        [M, 1],
      ],
      [
        [-M / 2, 1],
        [1, -M / 2],
      ],
      [
        [1e300, 2e300, Infinity],
        [3e300, Infinity, 1],
      ],
    ];
    for (const m of cases) {
      const cols = (m[0] as number[]).length;
      const csr = denseToCsr(m, cols, Number.POSITIVE_INFINITY);
      const dense = assignWithDuals('linearSumAssignment', m).assignment;
      const sparse = solveCsr(csr).assignment;
      expect(sparse.total).toBe(dense.total);
      expect(sparse.size).toBe(dense.size);
    }
  });

  it('partial: rows and columns with nothing allowed stay unassigned; the rest optimal', () => {
    // 5 × 4: row 1 and row 3 have no entry; column 2 has none.
    const m = [
      [4, 1, Infinity, 3],
      [Infinity, Infinity, Infinity, Infinity],
      [2, 0, Infinity, 5],
      [Infinity, Infinity, Infinity, Infinity],
      [3, 2, Infinity, 2],
    ];
    const csr = denseToCsr(m, 4, Number.POSITIVE_INFINITY);
    expect(thrownBy(() => linearSumAssignment(csr))).toBeInstanceOf(InfeasibleError);
    const dense = linearSumAssignment(m, { partial: true });
    const sparse = linearSumAssignment(csr, { partial: true });
    expect(sparse.size).toBe(3);
    expect(sparse.total).toBe(dense.total);
    expect(sparse.rowToCol[1]).toBe(-1);
    expect(sparse.rowToCol[3]).toBe(-1);
    expect(sparse.colToRow[2]).toBe(-1);
    // Every row forbidden.
    const none = { rows: 3, cols: 2, indptr: [0, 0, 0, 0], indices: [], data: [] };
    expect(linearSumAssignment(none, { partial: true })).toMatchObject({ size: 0, total: 0 });
    expect(thrownBy(() => linearSumAssignment(none))).toBeInstanceOf(InfeasibleError);
  });

  it('empty shapes', () => {
    expect(linearSumAssignment({ rows: 0, cols: 0, indptr: [0], indices: [], data: [] }).size).toBe(0);
    expect(linearSumAssignment({ rows: 0, cols: 3, indptr: [0], indices: [], data: [] }).colToRow).toEqual(
      new Int32Array([-1, -1, -1]),
    );
    expect(linearSumAssignment({ rows: 2, cols: 0, indptr: [0, 0, 0], indices: [], data: [] }).rowToCol).toEqual(
      new Int32Array([-1, -1]),
    );
  });
});

describe('large sparse instances (planted perfect matching), certificate-checked', () => {
  const shapes: readonly (readonly [number, number, number])[] = [
    [20_000, 20_000, 10],
    [5_000, 8_000, 6],
    [8_000, 5_000, 6],
    [2_000, 2_000, 100],
  ];
  for (const [rows, cols, perRow] of shapes) {
    it(`${rows} × ${cols}, about ${perRow} entries per row, minimise and maximise`, () => {
      const csr = randomSparse(mulberry32(rows + cols + perRow), rows, cols, perRow, 1000);
      const min = solveCsr(csr);
      expect(min.complete).toBe(true);
      expect(min.assignment.size).toBe(Math.min(rows, cols));
      const max = solveCsr(csr, { maximize: true });
      expect(max.complete).toBe(true);
      expect(max.assignment.total).toBeGreaterThanOrEqual(min.assignment.total);
    });
  }
});

const dataDir = new URL('../../shared/data/or-library/', import.meta.url);
const hasData = existsSync(fileURLToPath(new URL('assignopt.txt', dataDir)));
if (!hasData) {
  console.warn(`linearSumAssignment.csr.test.ts: OR-Library tests skipped: no data at ${fileURLToPath(dataDir)}`);
}

describe.skipIf(!hasData)('OR-Library sparse instances given as CSR reach the known optima', () => {
  const SPARSE: readonly (readonly [number, number])[] = [
    [800, 2239],
    [1500, 5839],
    [3000, 18696],
    [5000, 48533],
  ];
  for (const [n, optimum] of SPARSE) {
    it(`assignp${n}: minimum ${optimum}; maximum of −C is −${optimum}`, () => {
      const csr = readSparseCsr(new URL(`assignp${n}.txt.gz`, dataDir));
      const min = solveCsr(csr);
      expect(min.assignment.total).toBe(optimum);
      expect(min.assignment.size).toBe(n);
      const negated = { ...csr, data: csr.data.map((c) => -c) };
      const max = solveCsr(negated, { maximize: true });
      expect(max.assignment.total).toBe(-optimum);
    });
  }
});

describe('malformed CSR input: a typed error naming the field, position and value', () => {
  const good = (): Record<string, unknown> => ({
    rows: 2,
    cols: 3,
    indptr: [0, 2, 3],
    indices: [0, 2, 1],
    data: [1, 2, 3],
  });
  const cases: readonly (readonly [string, Record<string, unknown>, (string | number)[], string])[] = [
    ['rows not an integer', { rows: 1.5 }, ['rows'], '1.5'],
    ['cols negative', { cols: -1 }, ['cols'], '-1'],
    ['indptr not an array', { indptr: 'abc' }, ['indptr'], '"abc"'],
    ['indptr too short', { indptr: [0, 3] }, ['indptr'], 'indptr has 2 entries but rows + 1 is 3'],
    ['indptr[0] not 0', { indptr: [1, 2, 3] }, ['indptr', 0], 'got 1'],
    ['indptr decreasing', { indptr: [0, 3, 2], indices: [0, 2, 1], data: [1, 2, 3] }, ['indptr', 2], 'is 2'],
    ['indptr not an integer', { indptr: [0, 1.5, 3] }, ['indptr', 1], '1.5'],
    ['indptr end not the length', { indptr: [0, 1, 2] }, ['indptr', 2], 'got 2'],
    ['data length', { data: [1, 2] }, ['data'], 'data has 2 entries but indices has 3'],
    ['index out of range', { indices: [0, 3, 1] }, ['indices', 1], 'got 3'],
    ['index negative', { indices: [0, -1, 1] }, ['indices', 1], 'got -1'],
    ['index not an integer', { indices: [0, 0.5, 1] }, ['indices', 1], '0.5'],
    ['index a bigint', { indices: [0, 2n, 1] }, ['indices', 1], '2n'],
    ['index a string', { indices: [0, '2', 1] }, ['indices', 1], '"2"'],
    ['duplicate column', { indices: [2, 2, 1] }, ['indices', 1], 'indices[1]: column 2 is listed twice'],
    ['NaN', { data: [1, Number.NaN, 3] }, ['data', 1], 'NaN'],
    ['-Infinity when minimising', { data: [1, 2, -Infinity] }, ['data', 2], '-Infinity'],
    ['a string entry', { data: [1, '2', 3] }, ['data', 1], '"2"'],
  ];
  for (const [name, change, path, shows] of cases) {
    it(name, () => {
      const input = { ...good(), ...change };
      const error = thrownBy(() => linearSumAssignment(input as unknown as CsrMatrix));
      expect(error).toBeInstanceOf(InvalidInputError);
      const invalid = error as InvalidInputError;
      expect(invalid.issues[0]?.path).toEqual(path);
      expect(invalid.message.startsWith('linearSumAssignment: ')).toBe(true);
      expect(invalid.message).toContain(shows);
    });
  }

  it('a column listed twice in a row is an error wherever it sits, sorted rows or not; distinct columns never are', () => {
    // Rows of 1–6 columns from 0..5, in any order, some with repeats: an error exactly when a row
    // repeats a column, naming the second occurrence.
    const row = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows) => {
        const indices = rows.flat();
        const indptr = [0];
        for (const r of rows) indptr.push((indptr.at(-1) as number) + r.length);
        const input = { rows: rows.length, cols: 6, indptr, indices, data: indices.map(() => 1) };
        let expected: number | undefined;
        let at = 0;
        for (const r of rows) {
          const seen = new Set<number>();
          for (const j of r) {
            if (seen.has(j) && expected === undefined) expected = at;
            seen.add(j);
            at++;
          }
        }
        const error = thrownBy(() => linearSumAssignment(input, { partial: true }));
        if (expected === undefined) expect(error).toBeUndefined();
        else expect((error as InvalidInputError).issues[0]?.path).toEqual(['indices', expected]);
      }),
      fcOptions(500),
    );
  });

  it('+Infinity when maximising is an error; bad options as on the dense path', () => {
    const input = { ...good(), data: [1, Infinity, 3] } as unknown as CsrMatrix;
    const error = thrownBy(() => linearSumAssignment(input, { maximize: true })) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.issues[0]?.path).toEqual(['data', 1]);
    expect(error.message).toContain('Infinity');
    const bad = thrownBy(() =>
      linearSumAssignment(good() as unknown as CsrMatrix, { partial: 1 } as unknown as LinearSumAssignmentOptions),
    );
    expect(bad).toBeInstanceOf(InvalidInputError);
  });

  it('every bad data entry is listed (up to the limit), with its row and column', () => {
    const input = { rows: 1, cols: 3, indptr: [0, 3], indices: [2, 0, 1], data: [Number.NaN, 1, Number.NaN] };
    const error = thrownBy(() => linearSumAssignment(input)) as InvalidInputError;
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['data', 0],
      ['data', 2],
    ]);
    expect(error.issues[0]?.message).toContain('entry [0][2]');
  });
});

describe('column minima found while reading a square CSR input', () => {
  it('are what the kernel finds over its own entries: the same pairs, entries, duals and verdict', () => {
    const rng = mulberry32(31);
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(rng() * 40);
      const maximize = t % 3 === 0;
      const forbid = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      // Few distinct costs (ties between rows of a column), some given as the forbidding infinity,
      // rows in a random order; typed or plain fields.
      const dense = Array.from({ length: n }, () =>
        Array.from({ length: n }, () => (rng() < 0.15 ? forbid : Math.floor(rng() * 4) + (t % 4 === 1 ? rng() : 0))),
      );
      const plain = denseToCsr(dense, n, rng() < 0.5 ? forbid : Number.NaN, rng);
      const csr: CsrMatrix =
        t % 2 === 0
          ? plain
          : {
              ...plain,
              indptr: Int32Array.from(plain.indptr),
              indices: Int32Array.from(plain.indices),
              data: Float64Array.from(plain.data),
            };
      const km = readCsrMatrix('linearSumAssignment', csr, maximize);
      expect(km.least).toBeDefined();
      for (const skipFailures of [false, true]) {
        const fromReading = solveCsrKernel(km, skipFailures);
        const fromKernel = solveCsrKernel({ ...km, least: undefined }, skipFailures);
        expect(fromReading).toEqual(fromKernel);
      }
    }
  });
});

describe('CSR input is never mutated', () => {
  it('typed and plain fields are unchanged after minimising, maximising, partial and tall solves', () => {
    const rng = mulberry32(99);
    for (const [rows, cols] of [
      [40, 40],
      [30, 50],
      [50, 30],
    ] as const) {
      const csr = randomSparse(rng, rows, cols, 5, 50);
      const copy = {
        indptr: Array.from(csr.indptr),
        indices: Array.from(csr.indices),
        data: Array.from(csr.data),
      };
      for (const options of [{}, { maximize: true }, { partial: true }]) {
        linearSumAssignment(csr, options);
        expect(Array.from(csr.indptr)).toEqual(copy.indptr);
        expect(Array.from(csr.indices)).toEqual(copy.indices);
        expect(Array.from(csr.data)).toEqual(copy.data);
      }
      const frozen = Object.freeze({
        rows,
        cols,
        indptr: Object.freeze([...copy.indptr]),
        indices: Object.freeze([...copy.indices]),
        data: Object.freeze([...copy.data]),
      });
      expect(linearSumAssignment(frozen).total).toBe(linearSumAssignment(csr).total);
    }
  });
});

describe('linearSumAssignment on CSR: maxEntries counts the stored entries', () => {
  const huge = threeEntriesOf100k();

  it('3 stored entries pass a limit of 3 (the 10^10 entries of the dense shape do not count), and fail one of 2', () => {
    expect([...linearSumAssignment(huge, { maxEntries: 3, partial: true }).rowToCol.subarray(0, 4)]).toEqual([
      5, 7, 9, -1,
    ]);
    let error: unknown;
    try {
      linearSumAssignment(huge, { maxEntries: 2, partial: true });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe('TOO_LARGE');
    expect((error as Error).message).toMatch(/stores 3 entries, more than options.maxEntries \(2\)/);
  });

  it('a bad maxEntries is an InvalidInputError naming the option, as on the dense path', () => {
    for (const maxEntries of [-1, 1.5, Number.NaN, '3']) {
      let error: unknown;
      try {
        linearSumAssignment(huge, { maxEntries, partial: true } as never);
      } catch (thrown) {
        error = thrown;
      }
      expect(error, String(maxEntries)).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues[0]?.path).toEqual(['options', 'maxEntries']);
    }
  });
});
