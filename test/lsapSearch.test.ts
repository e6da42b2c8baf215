/**
 * The kernel's two shortest path searches, dense and sparse, held against each other on the same
 * matrices (the sparse one only runs by itself below 5% allowed entries, which few other tests
 * reach): same verdict, same number of pairs, same optimal total, and for complete assignments a
 * valid dual certificate in kernel form (reduced costs ≥ 0, 0 on assigned pairs, column duals ≤ 0
 * on a wide matrix and 0 on its free columns).
 */
import { describe, expect, it } from 'vitest';
import { type LsapSolution, solveLsap } from '../src/solve/internal/lsap/solveLsap.js';
import { bruteForcePartial } from './helpers/bruteForce.js';
import { mulberry32, randomInt } from './helpers/random.js';

const inf = Number.POSITIVE_INFINITY;

function randomSparse(seed: number): { n: number; m: number; cost: Float64Array } {
  const rng = mulberry32(seed);
  const n = randomInt(rng, 1, 80);
  const m = n + (rng() < 0.5 ? 0 : randomInt(rng, 1, 40));
  const perRow = randomInt(rng, 1, 4);
  const integer = rng() < 0.5;
  const cost = new Float64Array(n * m).fill(inf);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < perRow; k++)
      cost[i * m + randomInt(rng, 0, m - 1)] = integer ? randomInt(rng, 0, 5) : rng() * 10;
  }
  return { n, m, cost };
}

function total(n: number, m: number, cost: Float64Array, s: LsapSolution): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const j = s.x[i] as number;
    if (j >= 0) sum += cost[i * m + j] as number;
  }
  return sum;
}

function certificateProblems(n: number, m: number, cost: Float64Array, s: LsapSolution): string[] {
  const problems: string[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const c = cost[i * m + j] as number;
      if (c === inf) continue;
      const slack = c - (s.u[i] as number) - (s.v[j] as number);
      if (slack < -1e-9) problems.push(`[${i}][${j}] slack ${slack}`);
      if (s.x[i] === j && Math.abs(slack) > 1e-9) problems.push(`assigned [${i}][${j}] slack ${slack}`);
    }
  }
  for (let j = 0; j < m; j++) {
    if (n < m && (s.v[j] as number) > 1e-9) problems.push(`column ${j} dual ${s.v[j]} > 0`);
    if (n < m && s.y[j] === -1 && Math.abs(s.v[j] as number) > 1e-9) problems.push(`free column ${j} dual ${s.v[j]}`);
  }
  return problems;
}

describe('dense and sparse searches', () => {
  it('agree on 600 sparse matrices (seeds 1..600), complete and partial, and certify complete ones', () => {
    let infeasible = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const { n, m, cost } = randomSparse(seed);
      for (const partial of [false, true]) {
        const dense = solveLsap(n, m, cost, partial, 'dense');
        const sparse = solveLsap(n, m, cost, partial, 'sparse');
        expect(sparse.feasible, `seed ${seed}`).toBe(dense.feasible);
        if (!dense.feasible) {
          infeasible++;
          continue;
        }
        expect(sparse.size, `seed ${seed}`).toBe(dense.size);
        expect(total(n, m, cost, sparse)).toBeCloseTo(total(n, m, cost, dense), 9);
        if (sparse.size === n) expect(certificateProblems(n, m, cost, sparse), `seed ${seed}`).toEqual([]);
      }
    }
    // Both verdicts occur: the test exercises failed searches (dead columns) as well.
    expect(infeasible).toBeGreaterThan(50);
    expect(infeasible).toBeLessThan(550);
  });

  it('the sparse search equals the exhaustive optimum on small matrices (seeds 1..400)', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const rng = mulberry32(seed);
      const n = randomInt(rng, 1, 7);
      const m = randomInt(rng, n, 7);
      const cost = new Float64Array(n * m).fill(inf);
      for (let k = 0; k < n * m; k++) if (rng() < 0.4) cost[k] = randomInt(rng, -3, 3);
      const best = bruteForcePartial(Array.from({ length: n }, (_, i) => Array.from(cost.subarray(i * m, i * m + m))));
      const sparse = solveLsap(n, m, cost, true, 'sparse');
      expect(sparse.size, `seed ${seed}`).toBe(best.size);
      expect(total(n, m, cost, sparse), `seed ${seed}`).toBe(best.total);
    }
  });
});
