/**
 * Invariants of `capacitatedAssignment`, on fast-check problems up to 6×4 (fixed seed) and on
 * seeded random problems up to 60×20 (capacities 0..6, demands 0..3, groups of up to four rows,
 * forbidden pairs, ties, negatives, floats): capacities and demands held, no pair twice, no group
 * sharing a column; the optimum (and the verdict) unchanged when rows (with their demands and
 * groups) or columns (with their capacities) are permuted, or group ids renamed; adding a constant
 * to a row with demand d shifts the optimum by d × constant; maximize(C) = −minimize(−C). Every
 * solve in this file is checked by the independent flow certificate (test/helpers/flowCertificate.ts),
 * and every InfeasibleError by a certified partial solve that falls short of the demands.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacitatedAssignment, InfeasibleError } from '../src/index.js';
import { type FlowProblem, smallFlowProblems } from './helpers/bruteForceFlow.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { flowCertificateProblems, solverOptions } from './helpers/flowCertificate.js';
import { mulberry32, type Rng, randomInt } from './helpers/random.js';

console.info(`fast-check seed for capacitatedAssignment properties: ${FC_SEED}`);

type Result = ReturnType<typeof capacitatedAssignment>;

const inf = Number.POSITIVE_INFINITY;

function demandOf(problem: FlowProblem, i: number): number {
  return problem.demands === undefined ? 1 : (problem.demands[i] as number);
}

/**
 * Solves and certifies: the result must pass the flow certificate; an InfeasibleError must be
 * confirmed by a certified partial solve that assigns fewer units than demanded.
 */
function solve(problem: FlowProblem): Result | 'infeasible' {
  let result: Result;
  try {
    result = capacitatedAssignment(problem.costs, solverOptions(problem));
  } catch (error) {
    if (!(error instanceof InfeasibleError)) throw error;
    expect(problem.partial ?? false).toBe(false);
    const partial = solve({ ...problem, partial: true }) as Result;
    let demanded = 0;
    for (let i = 0; i < problem.costs.length; i++) demanded += demandOf(problem, i);
    expect(partial.rows.length, 'InfeasibleError, yet every demand can be met').toBeLessThan(demanded);
    return 'infeasible';
  }
  const problems = flowCertificateProblems(problem, result);
  if (problems.length > 0) throw new Error(`flow certificate fails: ${problems.slice(0, 5).join('; ')}`);
  return result;
}

/** Sum of the magnitudes of the allowed entries, the scale for comparing totals. */
function magnitude(problem: FlowProblem): number {
  let sum = 0;
  for (const row of problem.costs) for (const c of Array.from(row)) if (Number.isFinite(c)) sum += Math.abs(c);
  return sum;
}

/** Same verdict, same number of units, totals equal up to rounding. */
function expectSameOptimum(a: Result | 'infeasible', b: Result | 'infeasible', scale: number, shift = 0): void {
  if (a === 'infeasible' || b === 'infeasible') {
    expect(a === 'infeasible').toBe(b === 'infeasible');
    return;
  }
  expect(a.rows.length).toBe(b.rows.length);
  expect(Math.abs(a.total + shift - b.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
}

/**
 * A seeded problem up to `maxRows × maxCols`: capacities around what the demands need (so that
 * feasible and infeasible ones both occur), demands 0..3 or absent, groups of 1..4 rows or absent,
 * a random share of forbidden pairs, entries from one of four classes.
 */
function randomProblem(seed: number, maxRows: number, maxCols: number): FlowProblem {
  const rng: Rng = mulberry32(seed);
  const maximize = rng() < 0.5;
  const partial = rng() < 0.4;
  const rows = randomInt(rng, 1, maxRows);
  const cols = randomInt(rng, 1, maxCols);
  const forbiddenShare = rng() < 0.3 ? 0 : rng() * 0.6;
  const kind = randomInt(rng, 0, 3);
  const entry = (): number => {
    if (rng() < forbiddenShare) return maximize ? -inf : inf;
    if (kind === 0) return randomInt(rng, 0, 3); // many ties
    if (kind === 1) return randomInt(rng, -100, 100);
    if (kind === 2) return rng() * 2000 - 1000;
    return Math.round(rng() * 1e6) / 1e3; // three decimals
  };
  const costs = Array.from({ length: rows }, () => Array.from({ length: cols }, entry));
  const demands = rng() < 0.4 ? undefined : Array.from({ length: rows }, () => randomInt(rng, 0, Math.min(3, cols)));
  let groups: number[] | undefined;
  if (rng() < 0.6) {
    groups = [];
    let id = randomInt(rng, -5, 5) * 1000;
    while (groups.length < rows) {
      const size = randomInt(rng, 1, 4);
      for (let k = 0; k < size && groups.length < rows; k++) groups.push(id);
      id += randomInt(rng, 1, 3);
    }
    // Scatter the groups' rows.
    for (let k = rows - 1; k > 0; k--) {
      const r = randomInt(rng, 0, k);
      [groups[k], groups[r]] = [groups[r] as number, groups[k] as number];
    }
  }
  let demanded = 0;
  for (let i = 0; i < rows; i++) demanded += demands === undefined ? 1 : (demands[i] as number);
  const mean = Math.max(1, Math.round((demanded * (0.8 + rng())) / cols));
  const capacities = Array.from({ length: cols }, () => (rng() < 0.1 ? 0 : randomInt(rng, 0, Math.min(6, 2 * mean))));
  return { costs, capacities, demands, groups, maximize, partial };
}

const SEED = 64_001;
const LARGE = 100;
/** The seeded problems, up to 60 × 20. */
const large = Array.from({ length: LARGE }, (_, k) => ({ seed: SEED + k, problem: randomProblem(SEED + k, 60, 20) }));
const small = smallFlowProblems();

describe('capacitatedAssignment holds every constraint', () => {
  function expectConstraintsHeld(problem: FlowProblem, result: Result): void {
    const partial = problem.partial ?? false;
    const nRows = problem.costs.length;
    const nCols = problem.capacities.length;
    const rowLoad = new Array<number>(nRows).fill(0);
    const colLoad = new Array<number>(nCols).fill(0);
    const seen = new Set<string>();
    const groupOnColumn = new Set<string>();
    for (let k = 0; k < result.rows.length; k++) {
      const i = result.rows[k] as number;
      const j = result.cols[k] as number;
      expect(seen.has(`${i},${j}`), `pair (${i}, ${j}) twice`).toBe(false);
      seen.add(`${i},${j}`);
      rowLoad[i] = (rowLoad[i] as number) + 1;
      colLoad[j] = (colLoad[j] as number) + 1;
      const group = problem.groups === undefined ? `row ${i}` : `group ${problem.groups[i]}`;
      expect(groupOnColumn.has(`${group} @ ${j}`), `${group} twice on column ${j}`).toBe(false);
      groupOnColumn.add(`${group} @ ${j}`);
    }
    expect(Array.from(result.rowLoad)).toEqual(rowLoad);
    expect(Array.from(result.colLoad)).toEqual(colLoad);
    for (let j = 0; j < nCols; j++) expect(colLoad[j]).toBeLessThanOrEqual(problem.capacities[j] as number);
    for (let i = 0; i < nRows; i++) {
      if (partial) expect(rowLoad[i]).toBeLessThanOrEqual(demandOf(problem, i));
      else expect(rowLoad[i]).toBe(demandOf(problem, i));
    }
  }

  it(`capacities and demands held, no pair twice, no group sharing a column: fast-check up to 6×4 (seed ${FC_SEED}, 1000 runs)`, () => {
    fc.assert(
      fc.property(small, (problem) => {
        const result = solve(problem);
        if (result !== 'infeasible') expectConstraintsHeld(problem, result);
      }),
      fcOptions(1000),
    );
  });

  it(`the same on seeded problems up to 60×20 (seeds ${SEED}..${SEED + LARGE - 1}), each also solved partial`, () => {
    const seen = { feasible: 0, infeasible: 0, grouped: 0 };
    for (const { seed, problem } of large) {
      for (const partial of [problem.partial ?? false, true]) {
        const variant = { ...problem, partial };
        const result = solve(variant);
        if (result === 'infeasible') {
          seen.infeasible++;
          continue;
        }
        seen.feasible++;
        if (problem.groups !== undefined) seen.grouped++;
        expectConstraintsHeld(variant, result);
        expect(Number.isNaN(result.total), `seed ${seed}`).toBe(false);
      }
    }
    console.info(`capacitatedAssignment seeded problems: ${JSON.stringify(seen)}`);
    expect(seen.infeasible).toBeGreaterThan(5);
    expect(seen.feasible).toBeGreaterThan(LARGE);
    expect(seen.grouped).toBeGreaterThan(20);
  });
});

/** `problem` with rows reordered by `p` (new row k is old row p[k]) and columns by `q`. */
function permuted(problem: FlowProblem, p: readonly number[], q: readonly number[]): FlowProblem {
  const pick = <T>(values: ArrayLike<T> | undefined, order: readonly number[]): T[] | undefined =>
    values === undefined ? undefined : order.map((k) => values[k] as T);
  return {
    ...problem,
    costs: p.map((i) => q.map((j) => (problem.costs[i] as ArrayLike<number>)[j] as number)),
    capacities: pick(problem.capacities, q) as number[],
    demands: pick(problem.demands, p),
    groups: pick(problem.groups, p),
  };
}

/** A permutation of 0..n-1 from sort keys. */
function permutation(n: number, keys: readonly number[]): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
}

/** A permutation of 0..n-1 from a seeded stream (Fisher–Yates). */
function shuffled(n: number, rng: Rng): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let k = n - 1; k > 0; k--) {
    const r = randomInt(rng, 0, k);
    [order[k], order[r]] = [order[r] as number, order[k] as number];
  }
  return order;
}

describe('capacitatedAssignment invariants', () => {
  const keys = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 });

  it(`permuting rows (with demands and groups) and columns (with capacities) keeps the optimum: fast-check (seed ${FC_SEED}, 1000 runs)`, () => {
    fc.assert(
      fc.property(small, keys, keys, (problem, rowKeys, colKeys) => {
        const p = permutation(problem.costs.length, rowKeys);
        const q = permutation(problem.capacities.length, colKeys);
        expectSameOptimum(solve(problem), solve(permuted(problem, p, q)), magnitude(problem));
      }),
      fcOptions(1000),
    );
  });

  it(`the same on seeded problems up to 60×20 (seeds ${SEED}..${SEED + LARGE - 1})`, () => {
    for (const { seed, problem } of large) {
      const rng = mulberry32(seed ^ 0x5eed);
      const p = shuffled(problem.costs.length, rng);
      const q = shuffled(problem.capacities.length, rng);
      const before = solve(problem);
      const after = solve(permuted(problem, p, q));
      expect(after === 'infeasible', `seed ${seed}`).toBe(before === 'infeasible');
      expectSameOptimum(before, after, magnitude(problem));
    }
  });

  it(`renaming group ids keeps the optimum, and distinct ids act as no groups (seed ${FC_SEED}, 600 runs)`, () => {
    fc.assert(
      fc.property(small, fc.integer({ min: -1_000_000, max: 1_000_000 }), (problem, offset) => {
        const base = solve(problem);
        if (problem.groups !== undefined) {
          const renamed = Array.from(problem.groups, (g) => 7 * g + offset);
          expectSameOptimum(base, solve({ ...problem, groups: renamed }), magnitude(problem));
        } else {
          const alone = problem.costs.map((_, i) => offset + 3 * i);
          expectSameOptimum(base, solve({ ...problem, groups: alone }), magnitude(problem));
        }
      }),
      fcOptions(600),
    );
  });

  it(`adding a constant to a row with demand d shifts the optimum by d × constant (seed ${FC_SEED}, 1000 runs, and seeded problems up to 60×20)`, () => {
    const check = (problem: FlowProblem, r: number, shift: number): void => {
      const complete = { ...problem, partial: false };
      const shifted = {
        ...complete,
        costs: problem.costs.map((row, i) => (i === r ? Array.from(row, (c) => c + shift) : Array.from(row))),
      };
      const before = solve(complete);
      const after = solve(shifted);
      expectSameOptimum(before, after, magnitude(problem) + Math.abs(shift) * 4, demandOf(problem, r) * shift);
    };
    fc.assert(
      fc.property(small, fc.nat(), fc.integer({ min: -50, max: 50 }), (problem, pick, shift) => {
        if (problem.costs.length === 0) return;
        check(problem, pick % problem.costs.length, shift);
      }),
      fcOptions(1000),
    );
    for (const { seed, problem } of large.slice(0, 50)) {
      const rng = mulberry32(seed ^ 0xc0575);
      check(problem, randomInt(rng, 0, problem.costs.length - 1), randomInt(rng, -500, 500));
    }
  });

  it(`maximize(C) = −minimize(−C), partial or not (seed ${FC_SEED}, 1000 runs, and seeded problems up to 60×20)`, () => {
    const check = (problem: FlowProblem): void => {
      const negated = {
        ...problem,
        costs: problem.costs.map((row) => Array.from(row, (c) => -c)),
        maximize: !(problem.maximize ?? false),
      };
      const a = solve(problem);
      const b = solve(negated);
      if (a === 'infeasible' || b === 'infeasible') expect(a === 'infeasible').toBe(b === 'infeasible');
      else {
        expect(a.rows.length).toBe(b.rows.length);
        expect(Math.abs(a.total + b.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, magnitude(problem)));
      }
    };
    fc.assert(fc.property(small, check), fcOptions(1000));
    for (const { problem } of large.slice(0, 50)) check(problem);
  });
});
