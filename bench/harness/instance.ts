/**
 * One dense assignment instance (the lsap suite's, and the replicated matrix of the capacitated
 * suite that scipy solves), and the reading of what a solver returned, outside the timed
 * region. Every solver's assignment is read back against the same matrix: it must be a matching of
 * `min(rows, cols)` pairs; a pair through an `Infinity` entry (or a missing pair) counts as
 * "infeasible". Totals are compared on the shifted sum (bench/harness/outcome.ts), which is what
 * tells a suboptimal assignment from an optimal one in the `huge` class (entries near 1e12).
 */
import type { DenseMatrix } from '../../src/index.js';
import type { Outcome } from './outcome.js';

/** One benchmark instance: the matrix, its least finite entry and, on demand, nested arrays. */
export interface Instance {
  readonly matrix: DenseMatrix;
  readonly base: number;
  /** The matrix as `number[][]`, built once on first use (for peers), never timed. */
  nested(): number[][];
}

/** Wraps a matrix as an {@link Instance}. */
export function makeInstance(matrix: DenseMatrix): Instance {
  let base = Number.POSITIVE_INFINITY;
  for (const value of matrix.data) if (value < base) base = value;
  let nested: number[][] | undefined;
  return {
    matrix,
    base: Number.isFinite(base) ? base : 0,
    nested() {
      if (nested === undefined) {
        const { rows, cols, data } = matrix;
        nested = Array.from({ length: rows }, (_, i) => Array.from(data.subarray(i * cols, (i + 1) * cols)));
      }
      return nested;
    },
  };
}

/**
 * Checks an assignment given as the column of each row (`-1` = none).
 *
 * @param reported - the total the solver reported, if it reports one; else the plain sum is used.
 */
export function evaluate(instance: Instance, rowToCol: ArrayLike<number>, reported?: number): Outcome {
  const { rows, cols, data } = instance.matrix;
  if (rowToCol.length !== rows) return { kind: 'invalid', reason: `${rowToCol.length} rows in the result` };
  const used = new Uint8Array(cols);
  let pairs = 0;
  let plain = 0;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i] as number;
    if (j === -1) continue;
    if (!Number.isInteger(j) || j < 0 || j >= cols || used[j] === 1) {
      return { kind: 'invalid', reason: `row ${i} → column ${j}` };
    }
    used[j] = 1;
    pairs++;
    const value = data[i * cols + j] as number;
    if (value === Number.POSITIVE_INFINITY) return { kind: 'infeasible' };
    plain += value;
    const term = value - instance.base;
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
  }
  if (pairs < Math.min(rows, cols)) return { kind: 'infeasible' };
  return { kind: 'solved', total: reported ?? plain, shifted: sum + compensation };
}
