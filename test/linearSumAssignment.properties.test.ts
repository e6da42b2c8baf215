import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InfeasibleError, linearSumAssignment } from '../src/index.js';
import { solveCertified } from './helpers/certificate.js';
import { entry, fcOptions, matrix } from './helpers/fastCheck.js';

const inf = Number.POSITIVE_INFINITY;

/** The optimum, or `'infeasible'`. */
function optimum(costs: number[][], maximize = false, partial = false): number | 'infeasible' {
  try {
    return solveCertified(costs, { maximize, partial }).assignment.total;
  } catch (error) {
    if (error instanceof InfeasibleError) return 'infeasible';
    throw error;
  }
}

function expectSameOptimum(a: number | 'infeasible', b: number | 'infeasible', scale = 1): void {
  if (a === 'infeasible' || b === 'infeasible') expect(a).toBe(b);
  else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a), scale));
}

/** A permutation of 0..n-1 drawn from a seed value. */
function permutation(n: number, keys: readonly number[]): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
}

const medium = matrix(entry(inf), 25, 25);
const keys = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 25, maxLength: 25 });

describe('linearSumAssignment invariants', () => {
  it('permuting rows and columns leaves the optimum unchanged', () => {
    fc.assert(
      fc.property(medium, keys, keys, fc.boolean(), (costs, rowKeys, colKeys, partial) => {
        const rows = costs.length;
        const cols = costs[0]?.length ?? 0;
        const p = permutation(rows, rowKeys);
        const q = permutation(cols, colKeys);
        const permuted = p.map((i) => q.map((j) => costs[i]?.[j] as number));
        expectSameOptimum(optimum(costs, false, partial), optimum(permuted, false, partial));
      }),
      fcOptions(300),
    );
  });

  it('transposing leaves the optimum unchanged', () => {
    fc.assert(
      fc.property(medium, fc.boolean(), (costs, partial) => {
        const cols = costs[0]?.length ?? 0;
        const transposed = Array.from({ length: cols }, (_, j) => costs.map((row) => row[j] as number));
        if (costs.length === 0) return;
        expectSameOptimum(optimum(costs, false, partial), optimum(transposed, false, partial));
      }),
      fcOptions(300),
    );
  });

  it('adding a constant to a row of a wide matrix shifts the optimum by that constant', () => {
    fc.assert(
      fc.property(matrix(entry(inf), 15, 25, 1), fc.nat(), fc.integer({ min: -50, max: 50 }), (costs, pick, shift) => {
        if (costs.length > (costs[0]?.length ?? 0)) return; // every row is assigned only when rows ≤ cols
        const r = pick % costs.length;
        const shifted = costs.map((row, i) => (i === r ? row.map((c) => c + shift) : row));
        const before = optimum(costs);
        const after = optimum(shifted);
        if (before === 'infeasible') expect(after).toBe('infeasible');
        else expectSameOptimum(after, before + shift, 100);
      }),
      fcOptions(300),
    );
  });

  it('maximize(C) equals −minimize(−C), with -Infinity forbidden when maximising', () => {
    fc.assert(
      fc.property(matrix(entry(Number.NEGATIVE_INFINITY), 25, 25), fc.boolean(), (costs, partial) => {
        const negated = costs.map((row) => row.map((c) => -c));
        const max = optimum(costs, true, partial);
        const min = optimum(negated, false, partial);
        if (max === 'infeasible' || min === 'infeasible') expect(max).toBe(min);
        else expectSameOptimum(max, -min);
      }),
      fcOptions(300),
    );
  });

  it('gives byte-identical results for the same input, and never mutates it', () => {
    fc.assert(
      fc.property(medium, (costs) => {
        const copy = structuredClone(costs);
        let first: string;
        try {
          const a = linearSumAssignment(costs, { partial: true });
          first = JSON.stringify([[...a.rowToCol], [...a.colToRow], a.total, a.size]);
        } catch (error) {
          first = String(error);
        }
        const b = linearSumAssignment(costs, { partial: true });
        expect(JSON.stringify([[...b.rowToCol], [...b.colToRow], b.total, b.size])).toBe(first);
        expect(costs).toEqual(copy);
      }),
      fcOptions(200),
    );
  });
});
