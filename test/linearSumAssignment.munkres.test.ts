/**
 * Differential test against munkres-js 1.2 (an independent O(n³) Munkres implementation): a few
 * hundred seeded feasible matrices (no forbidden pairs), square and rectangular, floats and
 * integers, minimised and maximised (munkres-js only minimises: it gets −C for a maximisation).
 * munkres-js returns `[row, column]` pairs; its total is summed here, row by row like ours.
 * Every solve is certificate-checked (`solveCertified`) and checked to be a valid assignment.
 */
import computeMunkres from 'munkres-js';
import { describe, expect, it } from 'vitest';
import type { DenseMatrix } from '../src/solve/denseMatrix.js';
import { assignmentProblems } from './helpers/assignmentChecks.js';
import { solveCertified } from './helpers/certificate.js';
import { mulberry32, type Rng, randomInt } from './helpers/random.js';

interface Kind {
  readonly name: string;
  readonly firstSeed: number;
  readonly count: number;
  /** Integer entries: the totals are exact and must be equal. */
  readonly integer: boolean;
  readonly shape: (rng: Rng) => readonly [rows: number, cols: number];
  readonly entry: (rng: Rng) => number;
}

const square = (rng: Rng): readonly [number, number] => {
  const n = randomInt(rng, 1, 40);
  return [n, n];
};
const rectangular = (rng: Rng): readonly [number, number] => [randomInt(rng, 1, 40), randomInt(rng, 1, 40)];

const KINDS: readonly Kind[] = [
  { name: 'square, integers 0..100', firstSeed: 20_000, count: 100, integer: true, shape: square, entry: int(0, 100) },
  {
    name: 'square, integers 0..5 (ties)',
    firstSeed: 21_000,
    count: 75,
    integer: true,
    shape: square,
    entry: int(0, 5),
  },
  {
    name: 'square, floats in [0, 1)',
    firstSeed: 22_000,
    count: 100,
    integer: false,
    shape: square,
    entry: float(0, 1),
  },
  {
    name: 'square, floats in [-1000, 1000)',
    firstSeed: 23_000,
    count: 75,
    integer: false,
    shape: square,
    entry: float(-1000, 1000),
  },
  {
    name: 'rectangular, integers -50..50',
    firstSeed: 24_000,
    count: 100,
    integer: true,
    shape: rectangular,
    entry: int(-50, 50),
  },
  {
    name: 'rectangular, floats in [0, 100)',
    firstSeed: 25_000,
    count: 100,
    integer: false,
    shape: rectangular,
    entry: float(0, 100),
  },
];

function int(lo: number, hi: number): (rng: Rng) => number {
  return (rng) => randomInt(rng, lo, hi);
}

function float(lo: number, hi: number): (rng: Rng) => number {
  return (rng) => lo + rng() * (hi - lo);
}

/** Minimum (or maximum) total by munkres-js, summed row by row over the pairs it returns. */
function munkresTotal(costs: readonly number[][], maximize: boolean): { total: number; pairs: number } {
  const input = maximize ? costs.map((row) => row.map((c) => -c)) : costs;
  const pairs = computeMunkres(input).sort((a, b) => a[0] - b[0]);
  let total = 0;
  for (const [i, j] of pairs) total += (costs[i] as number[])[j] as number;
  return { total, pairs: pairs.length };
}

function dense(costs: readonly number[][]): DenseMatrix {
  const rows = costs.length;
  const cols = rows === 0 ? 0 : (costs[0] as number[]).length;
  return { rows, cols, data: Float64Array.from(costs.flat()) };
}

describe('linearSumAssignment agrees with munkres-js on feasible matrices', () => {
  for (const kind of KINDS) {
    const lastSeed = kind.firstSeed + kind.count - 1;
    it(`${kind.name}, sizes up to 40, maximised on a third: ${kind.count} instances, seeds ${kind.firstSeed}..${lastSeed}`, () => {
      const mismatches: string[] = [];
      for (let seed = kind.firstSeed; seed <= lastSeed; seed++) {
        const rng = mulberry32(seed);
        const maximize = rng() < 1 / 3;
        const [rows, cols] = kind.shape(rng);
        const costs = Array.from({ length: rows }, () => Array.from({ length: cols }, () => kind.entry(rng)));
        const at = `seed ${seed} (${rows}×${cols}${maximize ? ', maximize' : ''})`;
        const { assignment } = solveCertified(seed % 2 === 0 ? costs : dense(costs), { maximize });
        for (const problem of assignmentProblems(dense(costs), assignment, maximize))
          mismatches.push(`${at}: ${problem}`);
        const theirs = munkresTotal(costs, maximize);
        if (theirs.pairs !== assignment.size)
          mismatches.push(`${at}: munkres-js ${theirs.pairs} pairs, ours ${assignment.size}`);
        const tolerance = kind.integer ? 0 : 1e-9 * Math.max(1, Math.abs(theirs.total));
        if (!(Math.abs(assignment.total - theirs.total) <= tolerance)) {
          mismatches.push(`${at}: total ours ${assignment.total}, munkres-js ${theirs.total}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
