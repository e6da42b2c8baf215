/**
 * Compressed sparse row matrices for the tests: conversion from and to dense form (small matrices
 * only), the optimality certificate checked on the sparse entries alone (never a dense copy), and
 * random sparse instances with a planted perfect matching.
 */
import type { CsrMatrix } from '../../src/solve/csrMatrix.js';
import type { DenseMatrix } from '../../src/solve/denseMatrix.js';
import type { AssignmentWithDuals } from '../../src/solve/internal/assignWithDuals.js';
import type { Rng } from './random.js';

/** A CSR matrix with plain-array fields, as a JavaScript caller would build one. */
export interface PlainCsr {
  readonly rows: number;
  readonly cols: number;
  readonly indptr: number[];
  readonly indices: number[];
  readonly data: number[];
}

/**
 * The entries of `matrix` other than `absent`, row by row; within each row in a random order when
 * `rng` is given (else ascending).
 */
export function denseToCsr(matrix: readonly (readonly number[])[], cols: number, absent: number, rng?: Rng): PlainCsr {
  const indptr = [0];
  const indices: number[] = [];
  const data: number[] = [];
  for (const row of matrix) {
    const js: number[] = [];
    for (let j = 0; j < cols; j++) if (row[j] !== absent) js.push(j);
    if (rng !== undefined) {
      for (let a = js.length - 1; a > 0; a--) {
        const b = Math.floor(rng() * (a + 1));
        [js[a], js[b]] = [js[b] as number, js[a] as number];
      }
    }
    for (const j of js) {
      indices.push(j);
      data.push(row[j] as number);
    }
    indptr.push(indices.length);
  }
  return { rows: matrix.length, cols, indptr, indices, data };
}

/** The dense form of a CSR matrix, absent pairs as `absent`. */
export function csrToDense(csr: CsrMatrix, absent: number): DenseMatrix {
  const { rows, cols, indptr, indices, data } = csr;
  const out = new Float64Array(rows * cols).fill(absent);
  for (let i = 0; i < rows; i++) {
    for (let k = indptr[i] as number; k < (indptr[i + 1] as number); k++) {
      out[i * cols + (indices[k] as number)] = data[k] as number;
    }
  }
  return { rows, cols, data: out };
}

/**
 * The certificate of `certificate.ts` on the entries of a CSR matrix: dual feasibility on every
 * allowed entry, equality on the pairs, the long side's duals ≤ 0 (≥ when maximising) and 0 on its
 * unassigned lines. Returns the violations (empty when it holds).
 */
export function csrCertificateViolations(csr: CsrMatrix, solved: AssignmentWithDuals, maximize: boolean): string[] {
  const { rows, cols, indptr, indices, data } = csr;
  const { assignment, rowDuals, colDuals } = solved;
  const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  let scale = 1;
  for (let k = 0; k < data.length; k++)
    if (Number.isFinite(data[k])) scale = Math.max(scale, Math.abs(data[k] as number));
  for (const u of rowDuals) scale = Math.max(scale, Math.abs(u));
  for (const v of colDuals) scale = Math.max(scale, Math.abs(v));
  const eps = 1e-9 * scale * Math.max(1, Math.min(rows, cols));
  const sign = maximize ? -1 : 1;
  const problems: string[] = [];
  let pairsSeen = 0;
  for (let i = 0; i < rows; i++) {
    for (let k = indptr[i] as number; k < (indptr[i + 1] as number); k++) {
      const j = indices[k] as number;
      const c = data[k] as number;
      if (c === forbidden) continue;
      const slack = sign * (c - (rowDuals[i] as number) - (colDuals[j] as number));
      if (slack < -eps) problems.push(`dual infeasible at [${i}][${j}]: slack ${slack}`);
      if (assignment.rowToCol[i] === j) {
        pairsSeen++;
        if (Math.abs(slack) > eps) problems.push(`assigned [${i}][${j}] has slack ${slack}`);
      }
    }
  }
  if (pairsSeen !== assignment.size) problems.push(`${assignment.size} pairs but ${pairsSeen} are allowed entries`);
  if (rows !== cols) {
    const longDuals = rows > cols ? rowDuals : colDuals;
    const longToShort = rows > cols ? assignment.rowToCol : assignment.colToRow;
    for (let k = 0; k < longDuals.length; k++) {
      const dual = sign * (longDuals[k] as number);
      if (dual > eps) problems.push(`long-side dual ${k} has the wrong sign: ${longDuals[k]}`);
      if (longToShort[k] === -1 && Math.abs(dual) > eps) problems.push(`unassigned line ${k} has dual ${longDuals[k]}`);
    }
  }
  return problems;
}

/**
 * A random `rows × cols` CSR matrix with about `perRow` entries per row (distinct columns, in a
 * random order), integer costs in `1..maxCost`, and, on the short side, a random full matching
 * planted among the entries so that a complete assignment exists.
 */
export function randomSparse(rng: Rng, rows: number, cols: number, perRow: number, maxCost: number): CsrMatrix {
  const n = Math.min(rows, cols);
  // Planted matching: short-side line t paired with a random distinct long-side line.
  const perm = Int32Array.from({ length: Math.max(rows, cols) }, (_, k) => k);
  for (let a = perm.length - 1; a > 0; a--) {
    const b = Math.floor(rng() * (a + 1));
    const t = perm[a] as number;
    perm[a] = perm[b] as number;
    perm[b] = t;
  }
  const planted = new Int32Array(rows).fill(-1);
  for (let t = 0; t < n; t++) {
    if (rows <= cols) planted[t] = perm[t] as number;
    else planted[perm[t] as number] = t;
  }
  const indptr = new Int32Array(rows + 1);
  const indicesList: number[] = [];
  const dataList: number[] = [];
  const mark = new Int32Array(cols).fill(-1);
  for (let i = 0; i < rows; i++) {
    const want = Math.min(cols, perRow);
    const p = planted[i] as number;
    if (p >= 0) {
      mark[p] = i;
      indicesList.push(p);
      dataList.push(1 + Math.floor(rng() * maxCost));
    }
    let tries = 0;
    while (indicesList.length - (indptr[i] as number) < want && tries < 4 * want) {
      tries++;
      const j = Math.floor(rng() * cols);
      if (mark[j] === i) continue;
      mark[j] = i;
      indicesList.push(j);
      dataList.push(1 + Math.floor(rng() * maxCost));
    }
    // Move the planted entry to a random place in the row.
    const lo = indptr[i] as number;
    const len = indicesList.length - lo;
    if (len > 1) {
      const b = lo + Math.floor(rng() * len);
      [indicesList[lo], indicesList[b]] = [indicesList[b] as number, indicesList[lo] as number];
      [dataList[lo], dataList[b]] = [dataList[b] as number, dataList[lo] as number];
    }
    indptr[i + 1] = indicesList.length;
  }
  return { rows, cols, indptr, indices: Int32Array.from(indicesList), data: Float64Array.from(dataList) };
}

/**
 * A 100,000 × 100,000 matrix storing 3 entries (rows 0–2 on columns 5, 7, 9, costs 1–3): the
 * `maxEntries` tests of the CSR paths, where the stored entries count, not rows × cols.
 */
export function threeEntriesOf100k(): CsrMatrix {
  return {
    rows: 100_000,
    cols: 100_000,
    indptr: Int32Array.from({ length: 100_001 }, (_, i) => Math.min(i, 3)),
    indices: [5, 7, 9],
    data: [1, 2, 3],
  };
}
