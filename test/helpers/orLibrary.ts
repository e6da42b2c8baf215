/**
 * Reads J. E. Beasley's OR-Library assignment instances (gzip-compressed text, whitespace-separated):
 * dense `assignN` files hold n, then the n×n costs row by row; sparse `assignpN` files hold n, then
 * triples `i j c` with 1-based row i and column j, every absent pair forbidden.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { DenseMatrix } from '../../src/solve/denseMatrix.js';

function numbersIn(file: URL): Float64Array {
  const text = gunzipSync(readFileSync(file)).toString('latin1');
  const tokens = text.trim().split(/\s+/);
  const values = new Float64Array(tokens.length);
  tokens.forEach((token, k) => {
    const value = Number(token);
    if (!Number.isFinite(value)) throw new Error(`${file.pathname}: token ${k} is ${JSON.stringify(token)}`);
    values[k] = value;
  });
  return values;
}

/** A dense instance: every pair allowed. */
export function readDense(file: URL): DenseMatrix {
  const values = numbersIn(file);
  const n = values[0] as number;
  if (values.length !== 1 + n * n) throw new Error(`${file.pathname}: ${values.length - 1} costs for n = ${n}`);
  return { rows: n, cols: n, data: values.slice(1) };
}

/** A sparse instance as a dense matrix: absent pairs are `Infinity` (forbidden). */
export function readSparse(file: URL): { matrix: DenseMatrix; pairs: number } {
  const values = numbersIn(file);
  const n = values[0] as number;
  if ((values.length - 1) % 3 !== 0) throw new Error(`${file.pathname}: ${values.length - 1} values after n`);
  const data = new Float64Array(n * n).fill(Number.POSITIVE_INFINITY);
  const pairs = (values.length - 1) / 3;
  for (let k = 1; k < values.length; k += 3) {
    const i = (values[k] as number) - 1;
    const j = (values[k + 1] as number) - 1;
    if (!(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i < n && j < n)) {
      throw new Error(`${file.pathname}: pair (${i + 1}, ${j + 1}) is outside 1..${n}`);
    }
    data[i * n + j] = values[k + 2] as number;
  }
  return { matrix: { rows: n, cols: n, data }, pairs };
}

/** A sparse instance in compressed sparse row form (never dense), rows' entries in file order. */
export function readSparseCsr(file: URL): {
  rows: number;
  cols: number;
  indptr: Int32Array;
  indices: Int32Array;
  data: Float64Array;
} {
  const values = numbersIn(file);
  const n = values[0] as number;
  if ((values.length - 1) % 3 !== 0) throw new Error(`${file.pathname}: ${values.length - 1} values after n`);
  const pairs = (values.length - 1) / 3;
  const indptr = new Int32Array(n + 1);
  for (let k = 0; k < pairs; k++) {
    const i = (values[1 + 3 * k] as number) - 1;
    const j = (values[2 + 3 * k] as number) - 1;
    if (!(Number.isInteger(i) && Number.isInteger(j) && i >= 0 && j >= 0 && i < n && j < n)) {
      throw new Error(`${file.pathname}: pair (${i + 1}, ${j + 1}) is outside 1..${n}`);
    }
    indptr[i + 1] = (indptr[i + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) indptr[i + 1] = (indptr[i + 1] as number) + (indptr[i] as number);
  const next = indptr.slice(0, n);
  const indices = new Int32Array(pairs);
  const data = new Float64Array(pairs);
  for (let k = 0; k < pairs; k++) {
    const i = (values[1 + 3 * k] as number) - 1;
    const at = next[i] as number;
    next[i] = at + 1;
    indices[at] = (values[2 + 3 * k] as number) - 1;
    data[at] = values[3 + 3 * k] as number;
  }
  return { rows: n, cols: n, indptr, indices, data };
}
