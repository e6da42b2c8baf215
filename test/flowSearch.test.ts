/**
 * The flow kernel's two searches (dense: every row scans every column; sparse: allowed entries and a
 * column heap) give the same optimum on the same problems, whatever the share of forbidden pairs,
 * with groups, demands, partial and unassigned units.
 */
import { describe, expect, it } from 'vitest';
import type { FlowProblem } from '../src/solve/internal/flow/network.js';
import { type FlowSearch, solveFlow } from '../src/solve/internal/flow/solveFlow.js';
import { mulberry32 } from './helpers/random.js';

function total(problem: FlowProblem, search: FlowSearch, partial: boolean, skip: number | undefined) {
  const { net, placed, feasible } = solveFlow(problem, partial, skip, search);
  let sum = 0;
  for (let i = 0; i < problem.n; i++) {
    for (let s = net.rowStart[i] as number; s < (net.rowStart[i + 1] as number); s++) {
      const j = net.slotCol[s] as number;
      if (j >= 0 && j < problem.m) sum += (problem.cost as Float64Array)[i * problem.m + j] as number;
    }
  }
  return { placed, feasible, sum };
}

describe('flow kernel searches', () => {
  it('dense and sparse agree on 1,500 seeded problems up to 30×12 (forbidden share 0–90%, groups, demands, partial, unassigned cost)', () => {
    const rng = mulberry32(777);
    for (let t = 0; t < 1500; t++) {
      const n = 1 + Math.floor(rng() * 30);
      const m = 1 + Math.floor(rng() * 12);
      const forbidden = rng() * 0.9;
      const cost = Float64Array.from({ length: n * m }, () =>
        rng() < forbidden ? Number.POSITIVE_INFINITY : t % 2 === 0 ? Math.floor(rng() * 4) : rng() * 10 - 3,
      );
      const demand = Int32Array.from({ length: n }, () => Math.min(m, Math.floor(rng() * 3)));
      const capacity = Int32Array.from({ length: m }, () => Math.floor(rng() * 5));
      const groupOf = t % 3 === 0 ? null : Int32Array.from({ length: n }, () => Math.floor(rng() * Math.max(1, n / 2)));
      const problem: FlowProblem = { n, m, cost, demand, capacity, groupOf };
      const skip = t % 4 === 0 ? rng() * 4 - 1 : undefined;
      const partial = t % 4 !== 1;
      const dense = total(problem, 'dense', partial, skip);
      const sparse = total(problem, 'sparse', partial, skip);
      expect(sparse.feasible).toBe(dense.feasible);
      if (!dense.feasible) continue;
      expect(sparse.placed).toBe(dense.placed);
      expect(sparse.sum).toBeCloseTo(dense.sum, 9);
    }
  });

  it('row groups solved directly equal column groups on the transposed problem (1,500 seeded problems, dense and sparse)', () => {
    const rng = mulberry32(4242);
    for (let t = 0; t < 1500; t++) {
      const n = 1 + Math.floor(rng() * 25);
      const m = 1 + Math.floor(rng() * 10);
      const forbidden = rng() * 0.8;
      const cost = Float64Array.from({ length: n * m }, () =>
        rng() < forbidden ? Number.POSITIVE_INFINITY : t % 2 === 0 ? Math.floor(rng() * 4) : rng() * 10 - 3,
      );
      const demand = Int32Array.from({ length: n }, () => Math.floor(rng() * 2));
      const capacity = Int32Array.from({ length: m }, () => Math.floor(rng() * 5));
      const groupOf = Int32Array.from({ length: n }, () => Math.floor(rng() * Math.max(1, n / 3)));
      const flipped = new Float64Array(n * m);
      for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) flipped[j * n + i] = cost[i * m + j] as number;
      const direct: FlowProblem = { n, m, cost, demand, capacity, groupOf };
      const transposed: FlowProblem = {
        n: m,
        m: n,
        cost: flipped,
        demand: capacity,
        capacity: demand,
        groupOf: null,
        colGroupOf: groupOf,
      };
      const skip = t % 3 === 0 ? rng() * 4 - 1 : undefined;
      const expected = total(direct, 'dense', true, skip);
      for (const search of ['dense', 'sparse'] as const) {
        const got = total(transposed, search, true, skip);
        expect(got.placed).toBe(expected.placed);
        expect(got.sum).toBeCloseTo(expected.sum, 9);
      }
    }
  });
});
