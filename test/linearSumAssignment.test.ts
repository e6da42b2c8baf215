import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InfeasibleError, InvalidInputError, linearSumAssignment } from '../src/index.js';
import { bruteForceComplete, bruteForcePartial } from './helpers/bruteForce.js';
import { solveCertified } from './helpers/certificate.js';
import { entry, FC_SEED, fcOptions, matrix } from './helpers/fastCheck.js';

console.info(`fast-check seed for linearSumAssignment properties: ${FC_SEED}`);

/** Checks that a result is a valid matching over allowed entries whose total is what it says. */
function expectConsistent(costs: number[][], rowToCol: Int32Array, colToRow: Int32Array, total: number, size: number) {
  let sum = 0;
  let count = 0;
  rowToCol.forEach((j, i) => {
    if (j < 0) return;
    expect(colToRow[j]).toBe(i);
    const c = costs[i]?.[j] as number;
    expect(Number.isFinite(c)).toBe(true);
    sum += c;
    count++;
  });
  colToRow.forEach((i, j) => {
    if (i >= 0) expect(rowToCol[i]).toBe(j);
  });
  expect(count).toBe(size);
  expect(total).toBeCloseTo(sum, 6);
  expect(Number.isNaN(total)).toBe(false);
}

describe('linearSumAssignment', () => {
  it('solves the documented 3×3 example', () => {
    const { rowToCol, colToRow, total, size } = linearSumAssignment([
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ]);
    expect([...rowToCol]).toEqual([1, 0, 2]);
    expect([...colToRow]).toEqual([1, 0, 2]);
    expect(total).toBe(5);
    expect(size).toBe(3);
  });

  it('assigns every row of a wide matrix and every column of a tall one', () => {
    const wide = linearSumAssignment([
      [5, 1, 9, 4],
      [2, 8, 1, 7],
    ]);
    expect([...wide.rowToCol]).toEqual([1, 2]);
    expect(wide.total).toBe(2);
    const tall = linearSumAssignment([
      [5, 2],
      [1, 8],
      [9, 1],
      [4, 7],
    ]);
    expect([...tall.colToRow]).toEqual([1, 2]);
    expect([...tall.rowToCol]).toEqual([-1, 0, 1, -1]);
    expect(tall.total).toBe(2);
  });

  it('never assigns a forbidden pair, and maximises with -Infinity as forbidden', () => {
    const min = linearSumAssignment([
      [1, Number.POSITIVE_INFINITY],
      [1, 100],
    ]);
    expect([...min.rowToCol]).toEqual([0, 1]);
    expect(min.total).toBe(101);
    const max = linearSumAssignment(
      [
        [9, Number.NEGATIVE_INFINITY],
        [9, 1],
      ],
      { maximize: true },
    );
    expect([...max.rowToCol]).toEqual([0, 1]);
    expect(max.total).toBe(10);
  });

  it('partial: prefers the row whose only column is cheaper (not the first row)', () => {
    const result = linearSumAssignment([[10], [1]], { partial: true });
    expect([...result.rowToCol]).toEqual([-1, 0]);
    expect(result.total).toBe(1);
    expect(() =>
      linearSumAssignment([
        [10, Number.POSITIVE_INFINITY],
        [1, Number.POSITIVE_INFINITY],
      ]),
    ).toThrow(InfeasibleError);
    const partial = linearSumAssignment(
      [
        [10, Number.POSITIVE_INFINITY],
        [1, Number.POSITIVE_INFINITY],
      ],
      { partial: true },
    );
    expect(partial.size).toBe(1);
    expect(partial.total).toBe(1);
  });

  it('partial: a cheap pair does not beat a larger assignment', () => {
    // Taking (0,0) at cost 0 would leave row 1 without a column; the maximum has 2 pairs, of total 200.
    const inf = Number.POSITIVE_INFINITY;
    const result = linearSumAssignment(
      [
        [0, 100, inf],
        [100, inf, inf],
        [inf, inf, inf],
      ],
      { partial: true },
    );
    expect(result.size).toBe(2);
    expect([...result.rowToCol]).toEqual([1, 0, -1]);
    expect(result.total).toBe(200);
  });

  it('accepts finite entries up to Number.MAX_VALUE, as scipy does, and never returns NaN', () => {
    expect(
      linearSumAssignment([
        [1e308, 1],
        [1, 1],
      ]).total,
    ).toBe(2);
    expect(
      linearSumAssignment([
        [1e200, -1e200],
        [-1e200, 1e200],
      ]).total,
    ).toBe(-2e200);
  });

  it('rejects a row whose length is not a non-negative integer', () => {
    for (const length of [-1, Number.NaN, 1.5, '2']) {
      const row = { length } as unknown as number[];
      expect(() => linearSumAssignment([row])).toThrow(/linearSumAssignment: row 0 is not an array/);
      expect(() => linearSumAssignment([row], { partial: true })).toThrow(InvalidInputError);
    }
  });

  it('equals the brute-force optimum for every shape up to 7×7 (complete assignments)', () => {
    for (const maximize of [false, true]) {
      const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      fc.assert(
        fc.property(matrix(entry(forbidden)), (costs) => {
          const best = bruteForceComplete(costs, maximize);
          if (best === null) {
            expect(() => linearSumAssignment(costs, { maximize })).toThrow(InfeasibleError);
            return;
          }
          const { assignment } = solveCertified(costs, { maximize });
          expectConsistent(costs, assignment.rowToCol, assignment.colToRow, assignment.total, assignment.size);
          expect(assignment.size).toBe(Math.min(costs.length, costs[0]?.length ?? 0));
          expect(assignment.total).toBeCloseTo(best, 6);
        }),
        fcOptions(600),
      );
    }
  });

  it('partial: equals the exhaustive optimum (most pairs, then best total) up to 7×7', () => {
    for (const maximize of [false, true]) {
      const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      fc.assert(
        fc.property(matrix(fc.oneof(entry(forbidden), fc.constant(forbidden))), (costs) => {
          const best = bruteForcePartial(costs, maximize);
          const { assignment } = solveCertified(costs, { maximize, partial: true });
          expectConsistent(costs, assignment.rowToCol, assignment.colToRow, assignment.total, assignment.size);
          expect(assignment.size).toBe(best.size);
          expect(assignment.total).toBeCloseTo(best.total, 6);
        }),
        fcOptions(1000),
      );
    }
  });

  it('throws InfeasibleError exactly when no complete assignment exists (up to 7×7)', () => {
    const inf = Number.POSITIVE_INFINITY;
    fc.assert(
      fc.property(matrix(fc.oneof(entry(inf), fc.constant(inf)), 7, 7, 1), (costs) => {
        const best = bruteForcePartial(costs);
        const complete = best.size === Math.min(costs.length, costs[0]?.length ?? 0);
        if (complete) expect(linearSumAssignment(costs).size).toBe(best.size);
        else expect(() => linearSumAssignment(costs)).toThrow(InfeasibleError);
      }),
      fcOptions(800),
    );
  });
});
