/**
 * Calls `scipy_oracle.py` (scipy.optimize.linear_sum_assignment) on a whole batch of instances in
 * one python3 process: the instances go in as float64 values on stdin, the answers come back as JSON.
 */
import { fileURLToPath } from 'node:url';
import { probePython, runOracle } from './pythonOracle.js';

/** One problem for the oracle: a row-major matrix, forbidden = `Infinity` (`-Infinity` when maximising). */
export interface OracleInstance {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
  readonly maximize: boolean;
}

/** scipy's answer: the optimum, or, when infeasible, the most pairs and the best total among those. */
export type OracleAnswer =
  | { readonly feasible: true; readonly total: number; readonly size: number }
  | { readonly feasible: false; readonly partialSize: number; readonly partialTotal: number };

const script = fileURLToPath(new URL('./scipy_oracle.py', import.meta.url));

/** Whether python3 with scipy is available here, and if not, why. */
export const scipyStatus = probePython('import numpy, scipy.optimize, scipy.sparse.csgraph');

/** Solves every instance with scipy in a single python3 process; answers in the same order. */
export function solveWithScipy(instances: readonly OracleInstance[]): OracleAnswer[] {
  let length = 1;
  for (const instance of instances) length += 3 + instance.data.length;
  const values = new Float64Array(length);
  values[0] = instances.length;
  let at = 1;
  for (const { rows, cols, data, maximize } of instances) {
    values[at++] = rows;
    values[at++] = cols;
    values[at++] = maximize ? 1 : 0;
    values.set(data, at);
    at += data.length;
  }
  const input = new Uint8Array(values.buffer);
  return runOracle<OracleAnswer>({ script, input, asked: instances.length, noun: 'instances', timeout: 120_000 });
}
