/**
 * Calls `transport_oracle.py` (scipy.optimize.linprog / milp with HiGHS) on a whole batch of
 * capacitated assignment instances in one python3 process: the instances go in as float64 values on
 * stdin, the answers come back as JSON. See transport_oracle.py for the formulation.
 */
import { fileURLToPath } from 'node:url';
import { probePython, runOracle } from './pythonOracle.js';

/** One problem for the oracle: a row-major matrix, forbidden = `Infinity` (`-Infinity` when maximising). */
export interface TransportInstance {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
  /** Per column, integer ≥ 0. */
  readonly capacities: readonly number[];
  /** Per row, integer ≥ 0: distinct columns the row must get. */
  readonly demands: readonly number[];
  /** Per row, integer ids: rows sharing an id never get the same column; `undefined` = no groups. */
  readonly groups: readonly number[] | undefined;
  readonly maximize: boolean;
  /** Asks for the two-stage answer (most units, then the best total) even when all demand is met. */
  readonly partial: boolean;
}

/** HiGHS's answer for one instance. */
export interface TransportAnswer {
  /** Whether every demand can be met over allowed pairs. */
  readonly feasible: boolean;
  /** The optimal total when feasible, else `null`. */
  readonly total: number | null;
  /** The most units that can be assigned (the sum of demands when feasible). */
  readonly units: number;
  /** The optimal total among assignments of `units` units. */
  readonly unitsTotal: number;
}

const script = fileURLToPath(new URL('./transport_oracle.py', import.meta.url));

/** Whether python3 with scipy (≥ 1.9, for `milp`) is available here, and if not, why. */
export const transportOracleStatus = probePython('import numpy, scipy.optimize, scipy.sparse; scipy.optimize.milp');

/** Solves every instance with HiGHS in a single python3 process; answers in the same order. */
export function solveTransport(instances: readonly TransportInstance[]): TransportAnswer[] {
  let length = 1;
  for (const { rows, cols, groups } of instances)
    length += 5 + cols + rows + (groups === undefined ? 0 : rows) + rows * cols;
  const values = new Float64Array(length);
  values[0] = instances.length;
  let at = 1;
  for (const { rows, cols, data, capacities, demands, groups, maximize, partial } of instances) {
    values[at++] = rows;
    values[at++] = cols;
    values[at++] = maximize ? 1 : 0;
    values[at++] = partial ? 1 : 0;
    values[at++] = groups === undefined ? 0 : 1;
    values.set(capacities, at);
    at += cols;
    values.set(demands, at);
    at += rows;
    if (groups !== undefined) {
      values.set(groups, at);
      at += rows;
    }
    values.set(data, at);
    at += data.length;
  }
  const input = new Uint8Array(values.buffer);
  return runOracle<TransportAnswer>({ script, input, asked: instances.length, noun: 'instances', timeout: 600_000 });
}
