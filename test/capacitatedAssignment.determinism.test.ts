import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { capacitatedAssignment, denseMatrixFrom, InfeasibleError, type MatrixInput } from '../src/index.js';
import type { FlowProblem } from './helpers/bruteForceFlow.js';
import { plain, solveCertified, thrownBy } from './helpers/capacitatedChecks.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { solverOptions } from './helpers/flowCertificate.js';
import { mulberry32, randomInt } from './helpers/random.js';

console.info(`fast-check seed for capacitatedAssignment: ${FC_SEED}`);

type Options = Parameters<typeof capacitatedAssignment>[1];

const inf = Number.POSITIVE_INFINITY;

/** Bit-exact picture of any value made of arrays, typed arrays, matrices and numbers. */
function snapshot(value: unknown): string {
  const bits = (values: ArrayLike<number>): string =>
    Array.from(Float64Array.from(values), (x) => {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, x);
      return view.getBigUint64(0).toString(16);
    }).join(',');
  if (value instanceof Matrix) return `Matrix ${value.rows}×${value.columns}: ${bits(value.to1DArray())}`;
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}[${bits(value as unknown as ArrayLike<number>)}]`;
  if (Array.isArray(value)) {
    return `[${value.map((x: unknown) => (typeof x === 'number' ? bits([x]) : snapshot(x))).join(';')}]`;
  }
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}:${typeof v === 'number' ? bits([v]) : snapshot(v)}`)
      .join(',')}}`;
  }
  return String(value);
}

/** A seeded instance with many ties (entries 0..2), groups, demands and forbidden pairs. */
function tiedInstance(seed: number, maxRows: number, maxCols: number): FlowProblem {
  const rng = mulberry32(seed);
  const maximize = rng() < 0.5;
  const partial = rng() < 0.5;
  const rows = randomInt(rng, 1, maxRows);
  const cols = randomInt(rng, 1, maxCols);
  const forbidden = maximize ? -inf : inf;
  const costs = Array.from({ length: rows }, () =>
    Array.from({ length: cols }, () => {
      const r = rng();
      return r < 0.15 ? forbidden : r < 0.2 ? -0 : randomInt(rng, 0, 2) + (r < 0.3 ? 0.5 : 0);
    }),
  );
  const demands = rng() < 0.5 ? undefined : Array.from({ length: rows }, () => randomInt(rng, 0, 2));
  const groups = rng() < 0.5 ? undefined : Array.from({ length: rows }, () => randomInt(rng, 0, Math.ceil(rows / 2)));
  const capacities = Array.from({ length: cols }, () => randomInt(rng, 0, Math.ceil((3 * rows) / cols)));
  return { costs, capacities, demands, groups, maximize, partial };
}

describe('capacitatedAssignment never mutates its input', () => {
  const SEED = 62_001;
  it(`matrix in every form, capacities, demands, groups and options, plain or typed (seeds ${SEED}..${SEED + 59})`, () => {
    for (let seed = SEED; seed < SEED + 60; seed++) {
      const problem = tiedInstance(seed, 9, 6);
      const costs = problem.costs as number[][];
      const inputs: MatrixInput[] = [
        costs,
        costs.map((row) => Float64Array.from(row)),
        denseMatrixFrom(costs),
        new Matrix(costs),
      ];
      const plainOptions = solverOptions(problem);
      const typedOptions: Options = {
        ...plainOptions,
        capacities: Int32Array.from(problem.capacities),
        ...(problem.demands === undefined ? {} : { demands: Float64Array.from(problem.demands) }),
        ...(problem.groups === undefined ? {} : { groups: Int32Array.from(problem.groups) }),
      };
      for (const input of inputs) {
        for (const options of [plainOptions, typedOptions]) {
          const before = [snapshot(input), snapshot(options)];
          const error = thrownBy(() => capacitatedAssignment(input, options));
          if (error !== undefined) expect(error, `seed ${seed}`).toBeInstanceOf(InfeasibleError);
          expect([snapshot(input), snapshot(options)], `seed ${seed}`).toEqual(before);
        }
      }
    }
  });

  it('deeply frozen matrix, capacities, demands, groups and options solve without a write attempt', () => {
    const costs = Object.freeze([Object.freeze([4, 1, 3]), Object.freeze([2, 0, 5]), Object.freeze([3, 2, inf])]);
    const options = Object.freeze({
      capacities: Object.freeze([1, 2, 1]),
      demands: Object.freeze([1, 1, 2]),
      groups: Object.freeze([0, 0, 1]),
    });
    // Row 2 must take columns 0 and 1 (3 + 2), which fills column 0; rows 0 and 1 (one group) split
    // columns 1 and 2: row 0 → 2 and row 1 → 1 (3 + 0) beats row 0 → 1 and row 1 → 2 (1 + 5). Total 8.
    expect(capacitatedAssignment(costs, options).total).toBe(8);
    expect(capacitatedAssignment(costs, Object.freeze({ ...options, partial: true })).total).toBe(8);
  });
});

describe('capacitatedAssignment is deterministic', () => {
  const SEED = 63_001;
  it(`the same input twice, and in every input form, gives identical pairs, totals and loads (seeds ${SEED}..${SEED + 149}, many ties)`, () => {
    for (let seed = SEED; seed < SEED + 150; seed++) {
      const problem = tiedInstance(seed, 25, 10);
      const costs = problem.costs as number[][];
      const forms: MatrixInput[] = [costs, costs, structuredClone(costs), denseMatrixFrom(costs), new Matrix(costs)];
      const options = solverOptions(problem);
      const outcomes = forms.map((input) => {
        const error = thrownBy(() => capacitatedAssignment(input, options));
        if (error !== undefined) {
          expect(error, `seed ${seed}`).toBeInstanceOf(InfeasibleError);
          return 'infeasible';
        }
        return plain(capacitatedAssignment(input, options));
      });
      for (const other of outcomes.slice(1)) expect(other, `seed ${seed}`).toStrictEqual(outcomes[0]);
      if (outcomes[0] !== 'infeasible') solveCertified(problem);
    }
  });
});
