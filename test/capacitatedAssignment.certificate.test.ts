/**
 * The flow certificate of the `capacitatedAssignment` tests (test/helpers/flowCertificate.ts), held
 * against the exhaustive optimum: it accepts exactly the optimal answers and rejects deliberately
 * wrong ones (a worse total, a broken capacity, demand or group, a forbidden pair).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceFlow, type FlowProblem, smallFlowProblems } from './helpers/bruteForceFlow.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { type FlowAnswer, flowCertificateProblems } from './helpers/flowCertificate.js';
import { mulberry32, type Rng, randomInt } from './helpers/random.js';

console.info(`fast-check seed for capacitatedAssignment: ${FC_SEED}`);

const inf = Number.POSITIVE_INFINITY;

describe('the flow certificate (test helper) accepts exactly the optimal answers', () => {
  /** The answer made of these pairs, with loads and total computed from them. */
  function answerOf(problem: FlowProblem, pairs: readonly (readonly [number, number])[]): FlowAnswer {
    const sorted = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const rowLoad = new Int32Array(problem.costs.length);
    const colLoad = new Int32Array(problem.capacities.length);
    let total = 0;
    for (const [i, j] of sorted) {
      rowLoad[i] = (rowLoad[i] as number) + 1;
      colLoad[j] = (colLoad[j] as number) + 1;
      total += (problem.costs[i] as ArrayLike<number>)[j] as number;
    }
    return {
      rows: Int32Array.from(sorted, ([i]) => i),
      cols: Int32Array.from(sorted, ([, j]) => j),
      total: total + 0,
      rowLoad,
      colLoad,
    };
  }

  /** 0..n-1 in a random order (Fisher–Yates). */
  function shuffled(n: number, rng: Rng): number[] {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let k = n - 1; k > 0; k--) {
      const r = randomInt(rng, 0, k);
      [order[k], order[r]] = [order[r] as number, order[k] as number];
    }
    return order;
  }

  /** A random assignment that keeps to the capacities, the groups and at most each demand. */
  function randomAssignment(problem: FlowProblem, rng: Rng): [number, number][] {
    const nRows = problem.costs.length;
    const nCols = problem.capacities.length;
    const left = Array.from(problem.capacities);
    const groupOn = Array.from({ length: nCols }, () => new Set<number | string>());
    const pairs: [number, number][] = [];
    const rowOrder = shuffled(nRows, rng);
    for (const i of rowOrder) {
      const group = problem.groups === undefined ? `row ${i}` : (problem.groups[i] as number);
      let want = problem.demands?.[i] ?? 1;
      const colOrder = shuffled(nCols, rng);
      for (const j of colOrder) {
        if (want === 0) break;
        const c = (problem.costs[i] as ArrayLike<number>)[j] as number;
        if (!Number.isFinite(c) || (left[j] as number) === 0 || groupOn[j]?.has(group) || rng() < 0.2) continue;
        left[j] = (left[j] as number) - 1;
        groupOn[j]?.add(group);
        pairs.push([i, j]);
        want--;
      }
    }
    return pairs;
  }

  it(`on every assignment up to 6×4: passes ⇔ it is the exhaustive optimum (fast-check seed ${FC_SEED}, 3000 runs)`, () => {
    const seen = { optimal: 0, suboptimal: 0, short: 0 };
    fc.assert(
      fc.property(smallFlowProblems({ integers: true }), fc.integer(), (problem, seed) => {
        const best = bruteForceFlow(problem);
        if (best.feasible || problem.partial) {
          // The oracle's own optimum passes.
          expect(flowCertificateProblems(problem, answerOf(problem, best.pairs))).toEqual([]);
        }
        const pairs = randomAssignment(problem, mulberry32(seed));
        const answer = answerOf(problem, pairs);
        const problems = flowCertificateProblems(problem, answer);
        const meetsDemands = Array.from(answer.rowLoad).every((load, i) => load === (problem.demands?.[i] ?? 1));
        if (!problem.partial && !meetsDemands) {
          expect(problems.length).toBeGreaterThan(0);
          seen.short++;
          return;
        }
        const optimal = pairs.length === best.units && answer.total === best.total;
        expect(problems.length === 0).toBe(optimal);
        if (optimal) seen.optimal++;
        else seen.suboptimal++;
      }),
      fcOptions(3000),
    );
    console.info(`flow certificate self-test: ${JSON.stringify(seen)}`);
    expect(seen.optimal).toBeGreaterThan(300);
    expect(seen.suboptimal).toBeGreaterThan(300);
  });

  // Two rows, three columns; the optimum (unique) is row 0 → {0, 1}, row 1 → {2}: 1 + 2 + 1 = 4.
  const problem: FlowProblem = {
    costs: [
      [1, 2, 8],
      [5, 9, 1],
    ],
    capacities: [1, 2, 1],
    demands: [2, 1],
    groups: [3, 4],
  };
  const optimum = answerOf(problem, [
    [0, 0],
    [0, 1],
    [1, 2],
  ]);

  it('accepts the optimum of a hand-made case', () => {
    expect(flowCertificateProblems(problem, optimum)).toEqual([]);
  });

  const wrong: readonly (readonly [name: string, answer: FlowAnswer, complaint: RegExp])[] = [
    [
      'a valid but suboptimal answer (row 0 → {1, 2}, row 1 → 0: 15 instead of 4)',
      answerOf(problem, [
        [0, 1],
        [0, 2],
        [1, 0],
      ]),
      /not optimal/,
    ],
    ['the wrong total', { ...optimum, total: 5 }, /total is 5/],
    ['a NaN total', { ...optimum, total: Number.NaN }, /total is NaN/],
    [
      'pairs out of order',
      { ...optimum, rows: Int32Array.from([0, 1, 0]), cols: Int32Array.from([0, 2, 1]) },
      /comes after/,
    ],
    [
      'a pair twice',
      { ...answerOf(problem, [[1, 2]]), rows: Int32Array.from([0, 0, 1]), cols: Int32Array.from([0, 0, 2]) },
      /appears twice/,
    ],
    ['a wrong rowLoad', { ...optimum, rowLoad: Int32Array.from([1, 2]) }, /rowLoad\[0\]/],
    ['a wrong colLoad', { ...optimum, colLoad: Int32Array.from([1, 2, 1]) }, /colLoad\[1\] is 2/],
    ['a short colLoad', { ...optimum, colLoad: Int32Array.from([1, 1]) }, /colLoad has length 2/],
    [
      'an unmet demand',
      answerOf(problem, [
        [0, 0],
        [1, 2],
      ]),
      /row 0 has 1 pairs, its demand is 2/,
    ],
    [
      'a demand exceeded',
      answerOf(problem, [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 2],
      ]),
      /row 1 has 2 pairs/,
    ],
    [
      'a column over its capacity',
      answerOf(problem, [
        [0, 0],
        [0, 1],
        [1, 0],
      ]),
      /column 0 has 2 rows, its capacity is 1/,
    ],
    ['a pair outside the matrix', { ...optimum, cols: Int32Array.from([0, 1, 3]) }, /outside 2×3/],
  ];
  for (const [name, answer, complaint] of wrong) {
    it(`rejects ${name}`, () => {
      const problems = flowCertificateProblems(problem, answer);
      expect(problems.join('\n')).toMatch(complaint);
    });
  }

  it('rejects a forbidden pair, two rows of a group on one column, and a partial answer that is not the largest', () => {
    const forbidden: FlowProblem = { costs: [[inf, 1]], capacities: [1, 1] };
    expect(flowCertificateProblems(forbidden, answerOf(forbidden, [[0, 0]])).join()).toMatch(/forbidden/);
    const grouped: FlowProblem = {
      costs: [
        [1, 5],
        [1, 6],
      ],
      capacities: [2, 2],
      groups: [0, 0],
    };
    const together = answerOf(grouped, [
      [0, 0],
      [1, 0],
    ]);
    expect(flowCertificateProblems(grouped, together).join()).toMatch(/of group 0 share column 0/);
    // Without the group, the same answer is the optimum.
    expect(flowCertificateProblems({ ...grouped, groups: undefined }, together)).toEqual([]);
    // Partial: one unit at 0 is cheaper than two at 200, but two units are possible.
    const partial: FlowProblem = {
      costs: [
        [0, 100],
        [100, inf],
      ],
      capacities: [1, 1],
      partial: true,
    };
    expect(flowCertificateProblems(partial, answerOf(partial, [[0, 0]])).join()).toMatch(/augmenting path/);
    expect(flowCertificateProblems(partial, answerOf(partial, [])).join()).toMatch(/augmenting path/);
    expect(
      flowCertificateProblems(
        partial,
        answerOf(partial, [
          [0, 1],
          [1, 0],
        ]),
      ),
    ).toEqual([]);
  });

  it('rejects a suboptimal answer when maximising, and near-ties of floats within rounding pass', () => {
    const max: FlowProblem = {
      costs: [
        [9, 4],
        [8, 7],
        [6, 1],
      ],
      capacities: [2, 1],
      maximize: true,
    };
    const best = [
      [0, 0],
      [1, 1],
      [2, 0],
    ] as const;
    expect(flowCertificateProblems(max, answerOf(max, best))).toEqual([]);
    const worse = answerOf(max, [
      [0, 1],
      [1, 0],
      [2, 0],
    ]);
    expect(flowCertificateProblems(max, worse).join()).toMatch(/not optimal/);
    // Minimising, that worse answer (18) is optimal.
    expect(flowCertificateProblems({ ...max, maximize: false }, worse)).toEqual([]);
    // 0.1 + 0.2 and 0.3 differ in the last bit: either assignment is optimal within rounding.
    const floats: FlowProblem = { costs: [[0.1 + 0.2, 0.3]], capacities: [1, 1] };
    expect(flowCertificateProblems(floats, answerOf(floats, [[0, 0]]))).toEqual([]);
    expect(flowCertificateProblems(floats, answerOf(floats, [[0, 1]]))).toEqual([]);
  });
});
