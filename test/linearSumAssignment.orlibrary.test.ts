/**
 * Known optima: J. E. Beasley's OR-Library assignment instances (`assignopt.txt`), read from
 * `../shared/data/or-library/` beside the repository (see its README.md for the format). Each is
 * solved certificate-checked as given (minimise) and as its negation (maximise −C, −Infinity
 * forbidden, the solver's copying path), and the totals must equal the known optimum exactly.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DenseMatrix } from '../src/solve/denseMatrix.js';
import { assignmentProblems } from './helpers/assignmentChecks.js';
import { solveCertified } from './helpers/certificate.js';
import { readDense, readSparse } from './helpers/orLibrary.js';

const dataDir = new URL('../../shared/data/or-library/', import.meta.url);
const hasData = existsSync(fileURLToPath(new URL('assignopt.txt', dataDir)));
if (!hasData) {
  console.warn(
    `linearSumAssignment.orlibrary.test.ts skipped: no OR-Library data at ${fileURLToPath(dataDir)} (expected shared/ beside the repository)`,
  );
}

const DENSE: readonly (readonly [n: number, optimum: number])[] = [
  [100, 305],
  [200, 475],
  [300, 626],
  [400, 804],
  [500, 991],
  [600, 1176],
  [700, 1362],
  [800, 1552],
];

const SPARSE: readonly (readonly [n: number, optimum: number])[] = [
  [800, 2239],
  [1500, 5839],
  [3000, 18696],
  [5000, 48533],
];

function negated({ rows, cols, data }: DenseMatrix): DenseMatrix {
  const minus = new Float64Array(data.length);
  for (let k = 0; k < data.length; k++) minus[k] = -(data[k] as number);
  return { rows, cols, data: minus };
}

function expectOptimum(matrix: DenseMatrix, optimum: number): void {
  const n = matrix.rows;
  const min = solveCertified(matrix).assignment;
  expect(assignmentProblems(matrix, min, false)).toEqual([]);
  expect(min.size).toBe(n);
  expect(min.total).toBe(optimum);
  const minusMatrix = negated(matrix);
  const max = solveCertified(minusMatrix, { maximize: true }).assignment;
  expect(assignmentProblems(minusMatrix, max, true)).toEqual([]);
  expect(max.size).toBe(n);
  expect(max.total).toBe(-optimum);
}

describe.skipIf(!hasData)('linearSumAssignment reaches the OR-Library optima', () => {
  for (const [n, optimum] of DENSE) {
    it(`assign${n} (${n}×${n}, dense): minimum ${optimum}, and maximum of −C is −${optimum}`, () => {
      const matrix = readDense(new URL(`assign${n}.txt.gz`, dataDir));
      expect([matrix.rows, matrix.cols]).toEqual([n, n]);
      expectOptimum(matrix, optimum);
    });
  }
  for (const [n, optimum] of SPARSE) {
    it(`assignp${n} (${n}×${n}, sparse, absent pairs forbidden): minimum ${optimum}, and maximum of −C is −${optimum}`, () => {
      const { matrix, pairs } = readSparse(new URL(`assignp${n}.txt.gz`, dataDir));
      expect(matrix.rows).toBe(n);
      expect(pairs).toBeGreaterThan(0);
      expectOptimum(matrix, optimum);
    });
  }
});
