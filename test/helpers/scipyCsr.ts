/**
 * scipy's sparse matching (test/helpers/scipy_csr_oracle.py: `min_weight_full_bipartite_matching`
 * on each CSR instance, maximised by negating), run once through python3 for a batch of instances:
 * the one runner of the CSR scipy tests of `linearSumAssignment` and `capacitatedAssignment`.
 */
import { fileURLToPath } from 'node:url';
import type { CsrMatrix } from '../../src/solve/csrMatrix.js';
import { probePython, runOracle } from './pythonOracle.js';

/** scipy's answer for one instance: its optimal total and matching size, or infeasible. */
export type ScipyCsrAnswer =
  | { readonly feasible: true; readonly total: number; readonly size: number }
  | { readonly feasible: false };

const script = fileURLToPath(new URL('./scipy_csr_oracle.py', import.meta.url));

/** Whether python3 with numpy and scipy's sparse graph module is there (and why not). */
export const scipyCsr = probePython('import numpy, scipy.sparse.csgraph');

/** scipy's answers for `instances`, in order. */
export function solveCsrWithScipy(
  instances: readonly { readonly csr: CsrMatrix; readonly maximize: boolean }[],
): ScipyCsrAnswer[] {
  let length = 1;
  for (const { csr } of instances) length += 4 + csr.rows + 1 + 2 * csr.indices.length;
  const values = new Float64Array(length);
  values[0] = instances.length;
  let at = 1;
  for (const { csr, maximize } of instances) {
    values[at++] = csr.rows;
    values[at++] = csr.cols;
    values[at++] = maximize ? 1 : 0;
    values[at++] = csr.indices.length;
    for (let i = 0; i <= csr.rows; i++) values[at++] = csr.indptr[i] as number;
    for (let k = 0; k < csr.indices.length; k++) values[at++] = csr.indices[k] as number;
    for (let k = 0; k < csr.data.length; k++) values[at++] = csr.data[k] as number;
  }
  return runOracle<ScipyCsrAnswer>({
    script,
    input: new Uint8Array(values.buffer),
    asked: instances.length,
    noun: 'instances',
    timeout: 120_000,
  });
}
