/**
 * `capacitatedAssignment` on CSR input against scipy, through python3 (skipped cleanly when scipy
 * is missing):
 *
 * - every capacity and demand 1, rows ≤ columns: the same feasibility verdict and total as
 *   `scipy.sparse.csgraph.min_weight_full_bipartite_matching` on the same CSR matrix
 *   (test/helpers/scipy_csr_oracle.py; scipy reads an entry of 0 as absent, so entries are nonzero);
 * - capacities, demands, groups, `partial`, oversubscribed problems: HiGHS on the dense equivalent
 *   (scipy.optimize.linprog / milp, test/helpers/transport_oracle.py), with 5–35 % of pairs allowed
 *   so that ours runs on the sparse form.
 *
 * Totals agree exactly (integer entries). Replay a failure: the instance is `…Instance(seed)` for
 * the seed the failure names.
 */
import { describe, expect, it } from 'vitest';
import { InfeasibleError } from '../src/errors.js';
import { type CapacitatedAssignment, capacitatedAssignment } from '../src/index.js';
import type { CsrMatrix } from '../src/solve/csrMatrix.js';
import { csrToDense, randomSparse } from './helpers/csr.js';
import { mulberry32, randomInt } from './helpers/random.js';
import { type ScipyCsrAnswer, scipyCsr, solveCsrWithScipy } from './helpers/scipyCsr.js';
import { solveTransport, type TransportInstance, transportOracleStatus } from './helpers/transportOracle.js';

const inf = Number.POSITIVE_INFINITY;
const sparse = scipyCsr;
if (!sparse.available) console.warn(`capacitatedAssignment.csr.scipy.test.ts (matching) skipped: ${sparse.reason}`);
if (!transportOracleStatus.available)
  console.warn(`capacitatedAssignment.csr.scipy.test.ts (HiGHS) skipped: ${transportOracleStatus.reason}`);

/** Ours, or null when it finds the problem infeasible. */
function ours(csr: CsrMatrix, options: Parameters<typeof capacitatedAssignment>[1]): CapacitatedAssignment | null {
  try {
    return capacitatedAssignment(csr, options);
  } catch (error) {
    if (error instanceof InfeasibleError) return null;
    throw error;
  }
}

/** A one-to-one instance: rows ≤ columns, some with a planted full matching, nonzero integer entries. */
function matchingInstance(seed: number): { seed: number; csr: CsrMatrix; maximize: boolean } {
  const rng = mulberry32(seed);
  const cols = randomInt(rng, 1, seed % 10 === 0 ? 400 : 40);
  const rows = randomInt(rng, 1, cols);
  const maximize = seed % 3 === 1;
  let csr: CsrMatrix;
  if (seed % 2 === 0) csr = randomSparse(rng, rows, cols, randomInt(rng, 1, 6), 500);
  else {
    const density = 0.02 + rng() * 0.25;
    const indptr = [0];
    const indices: number[] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) if (rng() < density) indices.push(j);
      indptr.push(indices.length);
    }
    csr = { rows, cols, indptr, indices, data: new Float64Array(indices.length) };
  }
  const data = Float64Array.from(csr.data, () => randomInt(rng, 1, 500) * (rng() < 0.3 ? -1 : 1));
  return { seed, csr: { ...csr, data }, maximize };
}

describe.skipIf(!sparse.available)('capacities 1: scipy min_weight_full_bipartite_matching on the same CSR', () => {
  it('400 seeded sparse instances, rows ≤ columns, feasible and not', () => {
    const instances = Array.from({ length: 400 }, (_, k) => matchingInstance(5000 + k));
    const answers = solveCsrWithScipy(instances);
    let infeasible = 0;
    instances.forEach(({ seed, csr, maximize }, k) => {
      const answer = answers[k] as ScipyCsrAnswer;
      const result = ours(csr, { capacities: new Array<number>(csr.cols).fill(1), maximize });
      expect({ seed, feasible: result !== null }).toEqual({ seed, feasible: answer.feasible });
      if (result === null || !answer.feasible) {
        infeasible++;
        return;
      }
      expect({ seed, units: result.rows.length, total: result.total }).toEqual({
        seed,
        units: answer.size,
        total: answer.total,
      });
    });
    expect(infeasible).toBeGreaterThan(20);
    expect(infeasible).toBeLessThan(380);
  });
});

/** A general instance: capacities, demands, maybe groups, partial or not, often oversubscribed. */
function transportInstance(seed: number): { seed: number; csr: CsrMatrix; instance: TransportInstance } {
  const rng = mulberry32(seed);
  const rows = randomInt(rng, 2, 25);
  const cols = randomInt(rng, 2, 12);
  const maximize = seed % 2 === 1;
  const density = 0.05 + rng() * 0.3;
  const indptr = [0];
  const indices: number[] = [];
  const data: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (rng() >= density) continue;
      indices.push(j);
      data.push(randomInt(rng, -20, 80));
    }
    indptr.push(indices.length);
  }
  const csr: CsrMatrix = { rows, cols, indptr, indices, data };
  const absent = maximize ? -inf : inf;
  const instance: TransportInstance = {
    rows,
    cols,
    data: csrToDense(csr, absent).data,
    capacities: Array.from({ length: cols }, () => randomInt(rng, 0, seed % 3 === 0 ? 1 : 4)),
    demands: Array.from({ length: rows }, () => randomInt(rng, 0, 2)),
    groups: seed % 4 < 2 ? Array.from({ length: rows }, () => randomInt(rng, 0, rows / 3)) : undefined,
    maximize,
    partial: seed % 5 !== 0,
  };
  return { seed, csr, instance };
}

describe.skipIf(!transportOracleStatus.available)('capacities, demands, groups: HiGHS on the dense equivalent', () => {
  it('300 seeded sparse instances (partial and not, oversubscribed and not)', () => {
    const cases = Array.from({ length: 300 }, (_, k) => transportInstance(9000 + k));
    const answers = solveTransport(cases.map(({ instance }) => instance));
    let oversubscribed = 0;
    cases.forEach(({ seed, csr, instance }, k) => {
      const answer = answers[k];
      if (answer === undefined) throw new Error(`no answer for seed ${seed}`);
      const { capacities, demands, groups, maximize, partial } = instance;
      const supply = capacities.reduce((a, b) => a + b, 0);
      if (supply < demands.reduce((a, b) => a + b, 0)) oversubscribed++;
      const result = ours(csr, { capacities, demands, maximize, partial, ...(groups === undefined ? {} : { groups }) });
      if (!partial) {
        expect({ seed, feasible: result !== null }).toEqual({ seed, feasible: answer.feasible });
        if (result !== null) expect({ seed, total: result.total }).toEqual({ seed, total: answer.total });
        return;
      }
      expect(result).not.toBeNull();
      const got = result as CapacitatedAssignment;
      expect({ seed, units: got.rows.length, total: got.total }).toEqual({
        seed,
        units: answer.units,
        total: answer.unitsTotal,
      });
    });
    expect(oversubscribed).toBeGreaterThan(40);
  });
});
