/**
 * Reproducers for inputs that must neither blow up nor crash a solver embedded in a small
 * serverless function: a capacitated assignment with one column (or one row) and a large capacity
 * (or demand), solved directly and checked against a plain sort; `stableMatching` with `groups` on
 * many proposers and receivers but short lists, whose memory follows the lists (no proposers ×
 * receivers table); and BigInt typed arrays, refused with an `InvalidInputError` naming the path.
 * The one-line path is also checked against the exhaustive oracle on every small shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockingPairs,
  capacitatedAssignment,
  InfeasibleError,
  InvalidInputError,
  stableMatching,
} from '../src/index.js';
import { bruteForceFlow, type FlowProblem, smallFlowProblems } from './helpers/bruteForceFlow.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { flowCertificateProblems, solverOptions } from './helpers/flowCertificate.js';
import { mulberry32 } from './helpers/random.js';

console.info(`fast-check seed for solvers.robustness: ${FC_SEED}`);

const N = 40_000;

/** `n` distinct costs in a seeded order (a shuffled 0..n-1, scaled), so the best k are unique. */
function distinctCosts(n: number, seed: number): number[] {
  const rng = mulberry32(seed);
  const values = Array.from({ length: n }, (_, i) => i * 0.5 - n / 8);
  for (let i = n - 1; i > 0; i--) {
    const k = Math.floor(rng() * (i + 1));
    [values[i], values[k]] = [values[k] as number, values[i] as number];
  }
  return values;
}

/** The indices of the `k` smallest of `values` among `allowed` ones, ascending by index. */
function smallest(values: readonly number[], k: number, allowed: (i: number) => boolean = () => true): number[] {
  const order = values.map((_, i) => i).filter(allowed);
  order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  return order.slice(0, k).sort((a, b) => a - b);
}

function sumAt(values: readonly number[], at: readonly number[]): number {
  let total = 0;
  for (const i of at) total += values[i] as number;
  return total;
}

/** What a call threw (or `undefined`). */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('capacitatedAssignment with one column or one row of 40,000 entries', () => {
  const costs = distinctCosts(N, 71_001);
  const column = costs.map((c) => [c]);
  const row = [costs];

  it('n × 1, partial: the column takes its capacity of cheapest rows (as a sort finds them)', () => {
    const result = capacitatedAssignment(column, { capacities: [N / 2], partial: true });
    const expected = smallest(costs, N / 2);
    expect([...result.rows]).toEqual(expected);
    expect(result.cols.every((j) => j === 0)).toBe(true);
    expect(result.total).toBe(sumAt(costs, expected));
    expect([...result.colLoad]).toEqual([N / 2]);
    expect(result.rowLoad.reduce((a, b) => a + b, 0)).toBe(N / 2);
  });

  it('n × 1, maximize with unassignedCost: only rows scoring at least it, the best capacity of them', () => {
    const skip = N / 8; // a quarter of the scores lie above it
    const capacity = N / 8;
    const result = capacitatedAssignment(column, { capacities: [capacity], maximize: true, unassignedCost: skip });
    const negated = costs.map((c) => -c);
    const expected = smallest(negated, capacity, (i) => (costs[i] as number) >= skip);
    expect(expected.length).toBe(capacity);
    expect([...result.rows]).toEqual(expected);
    expect(result.total).toBe(sumAt(costs, expected));
    // With room for every row, exactly the rows scoring at least the threshold.
    const roomy = capacitatedAssignment(column, {
      capacities: [Number.POSITIVE_INFINITY],
      maximize: true,
      unassignedCost: skip,
    });
    expect([...roomy.rows]).toEqual(costs.flatMap((c, i) => (c >= skip ? [i] : [])));
  });

  it('n × 1 with groups of two rows: the best row of each group, then the cheapest capacity of those', () => {
    const groups = Array.from({ length: N }, (_, i) => i >> 1);
    const result = capacitatedAssignment(column, { capacities: [N / 4], groups, partial: true });
    const bestOfGroup = (i: number) => (costs[i] as number) < (costs[i ^ 1] as number);
    const expected = smallest(costs, N / 4, bestOfGroup);
    expect([...result.rows]).toEqual(expected);
    expect(result.total).toBe(sumAt(costs, expected));
  });

  it('n × 1, not partial: every row with room, and InfeasibleError naming the first row that cannot be served', () => {
    const all = capacitatedAssignment(column, { capacities: [N] });
    expect(all.rows.length).toBe(N);
    const forbidden = column.map((r, i) => (i === 31_337 ? [Number.POSITIVE_INFINITY] : r));
    const error = thrownBy(() => capacitatedAssignment(forbidden, { capacities: [N] }));
    expect(error).toBeInstanceOf(InfeasibleError);
    expect((error as Error).message).toContain('row 31337 cannot get a column');
    const groups = Array.from({ length: N }, (_, i) => (i === 20_000 ? 7 : i));
    const shared = thrownBy(() => capacitatedAssignment(column, { capacities: [N], groups }));
    expect((shared as Error).message).toContain('row 20000 cannot get a column');
    const short = thrownBy(() => capacitatedAssignment(column, { capacities: [N - 1] }));
    expect(short).toBeInstanceOf(InfeasibleError);
  });

  it('1 × n: the row takes its demand of cheapest open columns (as a sort finds them), or InfeasibleError', () => {
    const capacities = costs.map((_, j) => (j % 10 === 3 ? 0 : 1));
    const open = (j: number) => capacities[j] === 1;
    const result = capacitatedAssignment(row, { capacities, demands: [N / 2] });
    const expected = smallest(costs, N / 2, open);
    expect([...result.cols]).toEqual(expected);
    expect(result.rows.every((i) => i === 0)).toBe(true);
    expect(result.total).toBe(sumAt(costs, expected));
    expect([...result.rowLoad]).toEqual([N / 2]);
    const maximized = capacitatedAssignment(row, { capacities, demands: [N / 2], maximize: true });
    expect([...maximized.cols]).toEqual(
      smallest(
        costs.map((c) => -c),
        N / 2,
        open,
      ),
    );
    // Every column with room is needed, but a tenth of them forbid the pair.
    const holes = [costs.map((c, j) => (j % 10 === 5 ? Number.POSITIVE_INFINITY : c))];
    const error = thrownBy(() => capacitatedAssignment(holes, { capacities, demands: [N - N / 10] }));
    expect(error).toBeInstanceOf(InfeasibleError);
    expect((error as Error).message).toContain('row 0 cannot get 36000 distinct columns');
    const partial = capacitatedAssignment(holes, { capacities, demands: [N - N / 10], partial: true });
    expect([...partial.cols]).toEqual(costs.flatMap((_, j) => (j % 10 === 3 || j % 10 === 5 ? [] : [j])));
  });

  it(`one row or one column up to 6 × 4 equals the exhaustive optimum, partial or not (fast-check seed ${FC_SEED}, 2000 runs)`, () => {
    const lines = smallFlowProblems().filter((p) => p.costs.length === 1 || (p.costs[0]?.length ?? 0) === 1);
    const seen = { feasible: 0, infeasible: 0 };
    fc.assert(
      fc.property(lines, (problem: FlowProblem) => {
        const best = bruteForceFlow(problem);
        const error = thrownBy(() => capacitatedAssignment(problem.costs, solverOptions(problem)));
        if (!best.feasible && !problem.partial) {
          expect(error).toBeInstanceOf(InfeasibleError);
          seen.infeasible++;
          return;
        }
        expect(error).toBeUndefined();
        const result = capacitatedAssignment(problem.costs, solverOptions(problem));
        expect(flowCertificateProblems(problem, result)).toEqual([]);
        expect(result.rows.length).toBe(best.units);
        expect(Math.abs(result.total - best.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, best.scale));
        seen.feasible++;
      }),
      fcOptions(2000),
    );
    expect(seen.feasible).toBeGreaterThan(200);
    expect(seen.infeasible).toBeGreaterThan(200);
  });
});

describe('stableMatching with groups: memory follows the lists', () => {
  it('40,000 proposers × 20,000 receivers with empty lists and groups matches nobody', () => {
    const proposerPrefs = Array.from({ length: 40_000 }, () => []);
    const receiverPrefs = Array.from({ length: 20_000 }, () => []);
    const groups = Array.from({ length: 40_000 }, (_, p) => p >> 1);
    const { proposerTo, receiverTo } = stableMatching({ proposerPrefs, receiverPrefs, groups });
    expect(proposerTo.every((r) => r === -1)).toBe(true);
    expect(receiverTo.length).toBe(20_000);
    expect(receiverTo.every((list) => list.length === 0)).toBe(true);
  });

  it('singleton groups give the plain proposer-optimal matching on 4,000 × 2,000 with short random lists', () => {
    const rng = mulberry32(71_002);
    const P = 4000;
    const R = 2000;
    const proposerPrefs: number[][] = Array.from({ length: P }, () => []);
    const receiverPrefs: number[][] = Array.from({ length: R }, () => []);
    for (let p = 0; p < P; p++) {
      const picks = new Set<number>();
      while (picks.size < 8) picks.add(Math.floor(rng() * R));
      for (const r of picks) {
        proposerPrefs[p]?.push(r);
        if (rng() < 0.9) receiverPrefs[r]?.push(p); // some pairs are acceptable one way only
      }
    }
    for (const list of receiverPrefs) list.sort(() => rng() - 0.5);
    const capacities = Array.from({ length: R }, () =>
      rng() < 0.1 ? Number.POSITIVE_INFINITY : Math.floor(rng() * 4),
    );
    const plain = stableMatching({ proposerPrefs, receiverPrefs, capacities });
    const grouped = stableMatching({
      proposerPrefs,
      receiverPrefs,
      capacities,
      groups: Array.from({ length: P }, (_, p) => p),
    });
    expect([...grouped.proposerTo]).toEqual([...plain.proposerTo]);
    expect(blockingPairs(grouped.proposerTo, { proposerPrefs, receiverPrefs, capacities }).proposers.length).toBe(0);
  });
});

describe('BigInt typed arrays are refused with InvalidInputError, never a raw TypeError', () => {
  const issuePaths = (run: () => unknown): unknown[] => {
    const error = thrownBy(run);
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).issues.map((issue) => issue.path);
  };

  it('stableMatching: a BigInt64Array or BigUint64Array preference list, or a bigint entry', () => {
    const proposerPrefs = [[0], [1], [0], BigInt64Array.from([0n, 1n])] as unknown as number[][];
    const error = thrownBy(() => stableMatching({ proposerPrefs, receiverPrefs: [[0, 1], [1]] }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain(
      'options.proposerPrefs[3] must be an array of receiver indices (numbers), got a BigInt64Array',
    );
    const receiverPrefs = [[0], BigUint64Array.from([1n])] as unknown as number[][];
    expect(issuePaths(() => stableMatching({ proposerPrefs: [[0], [1]], receiverPrefs }))).toEqual([
      ['options', 'receiverPrefs', 1],
    ]);
    const withGroups = () => stableMatching({ proposerPrefs: [[0], [1]], receiverPrefs, groups: [0, 1] });
    expect(issuePaths(withGroups)).toEqual([['options', 'receiverPrefs', 1]]);
    const entry = [[0], [1n]] as unknown as number[][];
    expect(issuePaths(() => stableMatching({ proposerPrefs: entry, receiverPrefs: [[0, 1], [1]] }))).toEqual([
      ['options', 'proposerPrefs', 1, 0],
    ]);
    expect(issuePaths(() => blockingPairs([0, 1, -1, -1], { proposerPrefs, receiverPrefs: [[0, 1], [1]] }))).toEqual([
      ['options', 'proposerPrefs', 3],
    ]);
  });

  it('capacities, demands and groups given as BigInt64Array name each entry', () => {
    const big = BigInt64Array.from([1n, 1n]) as unknown as number[];
    const prefs = { proposerPrefs: [[0], [1]], receiverPrefs: [[0, 1], [1]] };
    expect(issuePaths(() => stableMatching({ ...prefs, capacities: big }))).toEqual([
      ['options', 'capacities', 0],
      ['options', 'capacities', 1],
    ]);
    expect(issuePaths(() => stableMatching({ ...prefs, groups: big }))).toEqual([
      ['options', 'groups', 0],
      ['options', 'groups', 1],
    ]);
    const costs = [
      [1, 2],
      [3, 4],
    ];
    for (const name of ['capacities', 'demands', 'groups'] as const) {
      const options = { capacities: [1, 1], [name]: big };
      expect(issuePaths(() => capacitatedAssignment(costs, options))).toEqual([
        ['options', name, 0],
        ['options', name, 1],
      ]);
    }
  });
});
