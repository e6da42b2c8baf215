/**
 * Differential test of `linearSumAssignment` on CSR input against scipy's sparse solver,
 * `scipy.sparse.csgraph.min_weight_full_bipartite_matching` (LAPJVsp), through python3: hundreds
 * of seeded random sparse instances (square, wide, tall; 1–30 % of pairs allowed, so some have no
 * full matching; integer and float entries; minimise and maximise), all in one python3 process
 * (test/helpers/scipy_csr_oracle.py). Feasibility verdicts must agree; totals exactly for integer
 * entries, within 1e-9 relative otherwise. Every solve is certificate-checked on the sparse entries.
 * scipy reads an entry of 0 as absent, so entries are drawn nonzero.
 *
 * Replay a failure: the instance is `makeInstance(seed)` for the seed the failure names.
 */
import { describe, expect, it } from 'vitest';
import { InfeasibleError } from '../src/errors.js';
import type { CsrMatrix } from '../src/solve/csrMatrix.js';
import { assignWithDuals } from '../src/solve/internal/assignWithDuals.js';
import { csrCertificateViolations, randomSparse } from './helpers/csr.js';
import { mulberry32, randomInt } from './helpers/random.js';
import { type ScipyCsrAnswer, scipyCsr, solveCsrWithScipy } from './helpers/scipyCsr.js';

interface Instance {
  readonly seed: number;
  readonly csr: CsrMatrix;
  readonly maximize: boolean;
  readonly integer: boolean;
}

const { available, reason } = scipyCsr;
if (!available) console.warn(`linearSumAssignment.csr.scipy.test.ts skipped: ${reason}`);

/** A random sparse instance: shape, density and entries drawn from `mulberry32(seed)`. */
function makeInstance(seed: number): Instance {
  const rng = mulberry32(seed);
  const rows = randomInt(rng, 1, seed % 10 === 0 ? 300 : 40);
  const cols = randomInt(rng, 1, seed % 10 === 0 ? 300 : 40);
  const integer = seed % 3 !== 0;
  const maximize = seed % 4 === 1;
  const planted = seed % 2 === 0;
  let csr: CsrMatrix;
  if (planted) {
    csr = randomSparse(rng, rows, cols, randomInt(rng, 1, 8), 1000);
  } else {
    // No planted matching: 1–30 % of pairs allowed, some instances infeasible.
    const density = 0.01 + rng() * 0.29;
    const indptr = [0];
    const indices: number[] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) if (rng() < density) indices.push(j);
      indptr.push(indices.length);
    }
    csr = { rows, cols, indptr, indices, data: new Float64Array(indices.length) };
  }
  const data = Float64Array.from(csr.data);
  for (let k = 0; k < data.length; k++) {
    const magnitude = integer ? randomInt(rng, 1, 500) : 1e-3 + rng() * 500;
    data[k] = rng() < 0.3 ? -magnitude : magnitude;
  }
  return { seed, csr: { ...csr, data }, maximize, integer };
}

describe.skipIf(!available)(
  'linearSumAssignment on CSR input agrees with scipy min_weight_full_bipartite_matching',
  () => {
    it('600 seeded random sparse instances', () => {
      const instances = Array.from({ length: 600 }, (_, k) => makeInstance(1000 + k));
      const answers = solveCsrWithScipy(instances);
      expect(answers.length).toBe(instances.length);
      let infeasible = 0;
      instances.forEach((instance, k) => {
        const { seed, csr, maximize, integer } = instance;
        const answer = answers[k] as ScipyCsrAnswer;
        let solved: ReturnType<typeof assignWithDuals> | null = null;
        try {
          solved = assignWithDuals('linearSumAssignment', csr, { maximize });
        } catch (error) {
          if (!(error instanceof InfeasibleError)) throw error;
        }
        expect({ seed, feasible: solved !== null }).toEqual({ seed, feasible: answer.feasible });
        if (solved === null || !answer.feasible) {
          infeasible++;
          return;
        }
        expect({ seed, problems: csrCertificateViolations(csr, solved, maximize) }).toEqual({ seed, problems: [] });
        expect({ seed, size: solved.assignment.size }).toEqual({ seed, size: answer.size });
        const total = solved.assignment.total;
        if (integer) expect({ seed, total }).toEqual({ seed, total: answer.total });
        else {
          let scale = 1;
          for (let q = 0; q < csr.data.length; q++) scale += Math.abs(csr.data[q] as number);
          expect({ seed, close: Math.abs(total - answer.total) <= 1e-9 * scale }).toEqual({ seed, close: true });
        }
      });
      // Both verdicts occur.
      expect(infeasible).toBeGreaterThan(20);
      expect(infeasible).toBeLessThan(500);
    });
  },
);
