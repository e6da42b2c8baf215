import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import {
  denseMatrix,
  denseMatrixFrom,
  getEntry,
  InvalidInputError,
  isDenseMatrix,
  linearSumAssignment,
  setEntry,
} from '../src/index.js';

describe('dense matrices', () => {
  it('denseMatrix fills, getEntry and setEntry read and write row-major entries', () => {
    const m = denseMatrix(2, 3, 7);
    expect(m.rows).toBe(2);
    expect(m.cols).toBe(3);
    expect([...m.data]).toEqual([7, 7, 7, 7, 7, 7]);
    setEntry(m, 1, 2, -4);
    expect(getEntry(m, 1, 2)).toBe(-4);
    expect(m.data[5]).toBe(-4);
    expect([...denseMatrix(1, 2).data]).toEqual([0, 0]);
  });

  it('denseMatrixFrom copies nested arrays, typed-array rows, DenseMatrix and ml-matrix input', () => {
    const nested = [
      [1, 2],
      [3, 4],
    ];
    const a = denseMatrixFrom(nested);
    expect([...a.data]).toEqual([1, 2, 3, 4]);
    a.data[0] = 99;
    expect(nested[0]?.[0]).toBe(1);
    expect([...denseMatrixFrom([new Float32Array([1, 2]), new Int8Array([3, 4])]).data]).toEqual([1, 2, 3, 4]);
    const b = denseMatrixFrom(a);
    expect(b.data).not.toBe(a.data);
    expect([...b.data]).toEqual([99, 2, 3, 4]);
    const c = denseMatrixFrom(new Matrix([[5, 6, 7]]));
    expect(c.rows).toBe(1);
    expect(c.cols).toBe(3);
    expect([...c.data]).toEqual([5, 6, 7]);
    expect(denseMatrixFrom([]).rows).toBe(0);
  });

  it('rejects bad shapes and indices with InvalidInputError naming them', () => {
    expect(() => denseMatrix(-1, 2)).toThrow(/denseMatrix: rows must be an integer ≥ 0, got -1/);
    expect(() => denseMatrix(2, 1.5)).toThrow(InvalidInputError);
    expect(() => denseMatrixFrom([[1, 2], [3]])).toThrow(/row 1 has 1 entries but row 0 has 2 \(ragged matrix\)/);
    expect(() => denseMatrixFrom([[1, '2' as unknown as number]])).toThrow(/entry \[0\]\[1\] is not a number, got "2"/);
    const m = denseMatrix(2, 2);
    expect(() => getEntry(m, 2, 0)).toThrow(/getEntry: row must be a row index from 0 to 1, got 2/);
    expect(() => setEntry(m, 0, -1, 1)).toThrow(/setEntry: col must be a column index from 0 to 1, got -1/);
  });

  it('isDenseMatrix checks the whole shape', () => {
    expect(isDenseMatrix(denseMatrix(2, 2))).toBe(true);
    expect(isDenseMatrix({ rows: 2, cols: 2, data: new Float64Array(3) })).toBe(false);
    expect(isDenseMatrix({ rows: 1, cols: 1, data: [1] })).toBe(false);
    expect(isDenseMatrix(null)).toBe(false);
  });

  it('linearSumAssignment accepts every matrix form with the same result', () => {
    const nested = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    const expected = linearSumAssignment(nested);
    for (const input of [denseMatrixFrom(nested), new Matrix(nested), nested.map((row) => Float64Array.from(row))]) {
      const result = linearSumAssignment(input);
      expect([...result.rowToCol]).toEqual([...expected.rowToCol]);
      expect(result.total).toBe(expected.total);
    }
  });
});
