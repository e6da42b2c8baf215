/**
 * Huge finite entries (up to `Number.MAX_VALUE`, as scipy accepts) and how entries are read:
 * big-M sentinels such as `DBL_MAX` give the exact optimum (munkres-cpp issue 20), an optimum whose
 * sum overflows is reported as `±Infinity` and never `NaN`, random matrices mixed with sentinels
 * reach the exact optimum (exhaustive search with exact BigInt sums), each entry is read once (a
 * getter that changes its answer cannot hide an issue; an ml-matrix `Matrix` is read once, into the
 * one copy), and `capacitatedAssignment` keeps rejecting huge entries with a clear message.
 */
import fc from 'fast-check';
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/errors.js';
import { capacitatedAssignment } from '../src/solve/capacitatedAssignment.js';
import type { DenseMatrix, MatrixInput, MatrixLike } from '../src/solve/denseMatrix.js';
import { linearSumAssignment } from '../src/solve/linearSumAssignment.js';
import { abs, exactSum, exactUnits, MAX_UNITS } from './helpers/exactSum.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';

const MAX = Number.MAX_VALUE;
const inf = Number.POSITIVE_INFINITY;

/** munkres-cpp issue 20: random costs in 1..1e9 with DBL_MAX on the diagonal; optimum 637518500. */
const munkres20 = [
  [MAX, 7.33184e8, 9.41561e8, 2.79247e8],
  [3.06449e8, MAX, 3.3464e8, 7.06878e8],
  [9.93296e8, 1.9414e8, MAX, 1.14174e8],
  [3.51623e8, 2.48635e8, 7.81242e8, MAX],
  [7.02639e8, 8.51663e8, 9.37382e8, 4.96945e7],
  [7.58851e8, 8.58445e8, 8.7235e7, 5.47076e8],
];

function transpose(rows: readonly (readonly number[])[]): number[][] {
  return (rows[0] ?? []).map((_, j) => rows.map((row) => row[j] as number));
}

function dense(rows: readonly (readonly number[])[]): DenseMatrix {
  const cols = rows[0]?.length ?? 0;
  return { rows: rows.length, cols, data: Float64Array.from(rows.flat()) };
}

describe('linearSumAssignment with DBL_MAX as big-M (munkres-cpp issue 20)', () => {
  it('returns 637518500 with the alternate assignment, in every input form', () => {
    for (const input of [munkres20, dense(munkres20), new Matrix(munkres20)] as MatrixInput[]) {
      const { rowToCol, total, size } = linearSumAssignment(input);
      expect(total).toBe(637518500);
      expect([...rowToCol]).toEqual([-1, 0, 1, -1, 3, 2]);
      expect(size).toBe(4);
    }
  });

  it('the same optimum transposed, maximised with -DBL_MAX, and with the printed 1.79769e+308', () => {
    expect(linearSumAssignment(transpose(munkres20)).total).toBe(637518500);
    expect(linearSumAssignment(dense(transpose(munkres20))).total).toBe(637518500);
    const negated = munkres20.map((row) => row.map((c) => -c));
    expect(linearSumAssignment(negated, { maximize: true }).total).toBe(-637518500);
    const printed = munkres20.map((row) => row.map((c) => (c === MAX ? 1.79769e308 : c)));
    expect(linearSumAssignment(printed).total).toBe(637518500);
  });

  it('a big-M entry that must be used is used, and the small entries are still optimal around it', () => {
    // Row 0 has only big-M entries: one of them is taken, and rows 1 and 2 take their best.
    const { rowToCol, total } = linearSumAssignment([
      [MAX, MAX, MAX],
      [5, 1, 9],
      [2, 8, 3],
    ]);
    expect([...rowToCol]).toEqual([2, 1, 0]);
    expect(total).toBe(MAX);
    const withPartial = linearSumAssignment(
      [
        [MAX, inf],
        [inf, inf],
      ],
      { partial: true },
    );
    expect([...withPartial.rowToCol]).toEqual([0, -1]);
    expect(withPartial.total).toBe(MAX);
  });
});

describe('linearSumAssignment totals with huge entries: exact when finite, ±Infinity on overflow, never NaN', () => {
  it('an optimum whose sum exceeds Number.MAX_VALUE is Infinity (-Infinity when maximising)', () => {
    const all = (value: number): number[][] => [
      [value, value],
      [value, value],
    ];
    const min = linearSumAssignment(all(MAX));
    expect(min.total).toBe(inf);
    expect(min.size).toBe(2);
    expect(linearSumAssignment(all(-MAX), { maximize: true }).total).toBe(-inf);
    expect(linearSumAssignment(all(1e300)).total).toBe(2e300);
  });

  it('partial sums that overflow do not make the total Infinity or NaN: MAX + MAX - MAX is MAX', () => {
    const forced = [
      [MAX, inf, inf],
      [inf, MAX, inf],
      [inf, inf, -MAX],
    ];
    const { total, rowToCol } = linearSumAssignment(forced);
    expect([...rowToCol]).toEqual([0, 1, 2]);
    expect(total).toBe(MAX);
    expect(linearSumAssignment(dense(forced)).total).toBe(MAX);
  });

  it('huge entries of both signs: the exact optimum, -MAX + -MAX + MAX', () => {
    const { rowToCol, total } = linearSumAssignment([
      [-MAX, MAX, 1],
      [MAX, -MAX, 1],
      [1, 1, MAX],
    ]);
    expect([...rowToCol]).toEqual([0, 1, 2]);
    expect(total).toBe(-MAX);
  });

  /** An entry: mostly small integers, sometimes a sentinel of either sign. */
  const entry = (sentinels: readonly number[]): fc.Arbitrary<number> =>
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -50, max: 50 }) },
      { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
      { weight: 3, arbitrary: fc.constantFrom(...sentinels) },
    );
  const matrixOf = (values: fc.Arbitrary<number>): fc.Arbitrary<number[][]> =>
    fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, cols]) =>
        fc.array(fc.array(values, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      );

  /** Every complete assignment's entries (rows ≤ cols: one column per row; else one row per column). */
  function* assignments(costs: readonly (readonly number[])[]): Generator<number[]> {
    const rows = costs.length;
    const cols = costs[0]?.length ?? 0;
    const tall = rows > cols;
    const n = tall ? cols : rows;
    const m = tall ? rows : cols;
    const used = new Array<boolean>(m).fill(false);
    const picked: number[] = [];
    function* visit(i: number): Generator<number[]> {
      if (i === n) {
        yield picked.slice();
        return;
      }
      for (let j = 0; j < m; j++) {
        if (used[j]) continue;
        used[j] = true;
        picked.push((tall ? costs[j]?.[i] : costs[i]?.[j]) as number);
        yield* visit(i + 1);
        picked.pop();
        used[j] = false;
      }
    }
    yield* visit(0);
  }

  /** Checks one solve against the exact optimum; returns whether its exact total is the optimum. */
  function checkExact(costs: number[][], maximize: boolean): boolean {
    const sign = maximize ? -1n : 1n;
    let best: bigint | null = null;
    for (const entries of assignments(costs)) {
      const sum = sign * exactSum(entries);
      if (best === null || sum < best) best = sum;
    }
    const { rowToCol, total, size } = linearSumAssignment(costs, { maximize });
    expect(size).toBe(Math.min(costs.length, costs[0]?.length ?? 0));
    const chosen: number[] = [];
    rowToCol.forEach((j, i) => {
      if (j >= 0) chosen.push(costs[i]?.[j] as number);
    });
    const ours = exactSum(chosen);
    const largest = Math.max(...costs.flat().map(Math.abs));
    // Rounding allowed in the search: a few ulps of the largest entry per pair.
    const slack = exactUnits(largest * 2 ** -45 * size);
    const optimum = sign * (best as bigint);
    expect(sign * ours - (best as bigint)).toBeLessThanOrEqual(slack);
    // The reported total is the sum of the chosen entries: ±Infinity exactly when it overflows.
    expect(Number.isNaN(total)).toBe(false);
    if (abs(ours) > MAX_UNITS + MAX_UNITS / 2n ** 40n) expect(total).toBe(ours > 0n ? inf : -inf);
    else if (abs(ours) < MAX_UNITS - MAX_UNITS / 2n ** 40n) {
      expect(Number.isFinite(total)).toBe(true);
      expect(abs(exactUnits(total) - ours)).toBeLessThanOrEqual(exactUnits(largest * 2 ** -50 * size));
    }
    return ours === optimum;
  }

  it(`big-M sentinels (1e300, MAX) in random matrices: the exact optimum, exactly (fast-check seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(matrixOf(entry([1e300, MAX, 2e300])), fc.boolean(), (costs, maximize) => {
        const signed = maximize ? costs.map((row) => row.map((c) => -c)) : costs;
        expect(checkExact(signed, maximize)).toBe(true);
      }),
      fcOptions(400),
    );
  });

  it(`sentinels of both signs (±1e300, ±MAX): within rounding of the largest entry, never NaN (seed ${FC_SEED})`, () => {
    let exact = 0;
    let runs = 0;
    fc.assert(
      fc.property(matrixOf(entry([1e300, MAX, -MAX, -1e300])), fc.boolean(), (costs, maximize) => {
        runs++;
        if (checkExact(costs, maximize)) exact++;
      }),
      fcOptions(400),
    );
    expect(exact).toBeGreaterThan(0.9 * runs);
  });
});

describe('each entry is read once', () => {
  /**
   * A 2×3 matrix whose entry [0][1] is a getter answering `first`, then `later` on every other
   * read; with `tall`, a 3×2 matrix with the getter at [1][0] (solved transposed).
   */
  function flaky(first: unknown, later: unknown, tall = false): { rows: unknown[][]; reads: () => number } {
    let reads = 0;
    const row: unknown[] = tall ? [0, 0] : [4, 0, 3];
    Object.defineProperty(row, tall ? 0 : 1, {
      get: () => {
        reads++;
        return reads === 1 ? first : later;
      },
    });
    return { rows: tall ? [[4, 2], row, [3, 5]] : [row, [2, 0, 5]], reads: () => reads };
  }

  function issueOf(run: () => unknown): InvalidInputError {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      return error as InvalidInputError;
    }
    throw new Error('expected an InvalidInputError');
  }

  it('a getter answering NaN, then a number: the error names the entry and NaN', () => {
    for (const maximize of [false, true]) {
      const { rows, reads } = flaky(Number.NaN, 1);
      const error = issueOf(() => linearSumAssignment(rows as unknown as MatrixInput, { maximize }));
      expect(error.issues[0]?.path).toEqual([0, 1]);
      expect(error.message).toBe('linearSumAssignment: entry [0][1] is NaN');
      expect(reads()).toBe(1);
    }
  });

  it('a getter answering a string, then a number: the string is shown; tall (transposed) too', () => {
    const { rows, reads } = flaky('7', 1, true);
    const error = issueOf(() => linearSumAssignment(rows as unknown as MatrixInput));
    expect(error.issues[0]?.path).toEqual([1, 0]);
    expect(error.message).toContain('"7"');
    expect(reads()).toBe(1);
  });

  it('a getter answering a number, then NaN: the number read is the one used', () => {
    const { rows, reads } = flaky(1, Number.NaN);
    expect(linearSumAssignment(rows as unknown as MatrixInput).total).toBe(3);
    expect(reads()).toBe(1);
  });

  it('a MatrixLike is read with one get per entry, into the one copy, also when it has a bad entry', () => {
    const values = [
      [4, 1, 3],
      [2, 0, 5],
    ];
    let calls = 0;
    const counted = (rows: number[][]): MatrixLike => ({
      rows: rows.length,
      columns: rows[0]?.length ?? 0,
      get: (i, j) => {
        calls++;
        return rows[i]?.[j] as number;
      },
    });
    expect(linearSumAssignment(counted(values)).total).toBe(3);
    expect(calls).toBe(6);
    calls = 0;
    expect(linearSumAssignment(counted(transpose(values)), { maximize: true }).total).toBe(9);
    expect(calls).toBe(6);
    calls = 0;
    const error = issueOf(() => linearSumAssignment(counted([[1, Number.NaN, 2]])));
    expect(error.issues[0]?.path).toEqual([0, 1]);
    expect(calls).toBe(3);
  });

  it('an ml-matrix Matrix gives the same answer as its nested arrays, huge entries included', () => {
    const values = [
      [4, MAX, 3, 1e300],
      [2, 0, MAX, 5],
      [3, 2, 2, MAX],
    ];
    const fromArrays = linearSumAssignment(values);
    const fromMatrix = linearSumAssignment(new Matrix(values));
    expect(fromMatrix).toEqual(fromArrays);
    expect(linearSumAssignment(new Matrix(transpose(values)), { maximize: false }).total).toBe(fromArrays.total);
  });
});

describe('capacitatedAssignment keeps rejecting entries above its magnitude limit', () => {
  it('1e308 and Number.MAX_VALUE are InvalidInputError naming the entry and the limit', () => {
    for (const value of [1e308, MAX]) {
      let thrown: unknown;
      try {
        capacitatedAssignment(
          [
            [1, 2],
            [value, 3],
          ],
          { capacities: [1, 1] },
        );
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidInputError);
      const error = thrown as InvalidInputError;
      expect(error.issues[0]?.path).toEqual([1, 0]);
      expect(error.message).toMatch(/^capacitatedAssignment: entry \[1\]\[0\] is .*too large in magnitude: at most /);
    }
  });
});
