/**
 * Matrices whose rows (or columns) are a constant plus small noise, against scipy's
 * linear_sum_assignment (through python3) and munkres-js. On square row-constant matrices column
 * reduction hands nearly every column minimum to the rows with the smallest constants, and the
 * kernel starts again from zero duals (`solveLsap.ts`); these classes hold that path, and the
 * column-constant matrices (where column reduction already does the work) the one beside it.
 * Entries: a line's base `100 · rng()` plus noise `rng()` (odd seeds), or a base `10 · 0..100` plus
 * integer noise 0..9 (even seeds, many ties, totals exact); a third of the rows-constant instances
 * also forbid each pair with probability 0.2, so some are infeasible and go through `partial`.
 * Maximised on a third. Every solve is certificate-checked (`solveCertified`).
 *
 * Replay a failure: the instance is `makeInstance(kind, seed)` for the class and seed named.
 */
import computeMunkres from 'munkres-js';
import { describe, expect, it } from 'vitest';
import { InfeasibleError } from '../src/errors.js';
import { assignmentProblems } from './helpers/assignmentChecks.js';
import { solveCertified } from './helpers/certificate.js';
import { mulberry32, type Rng, randomInt } from './helpers/random.js';
import { type OracleInstance, scipyStatus, solveWithScipy } from './helpers/scipyOracle.js';

interface Instance extends OracleInstance {
  readonly seed: number;
  /** Integer entries: totals must agree exactly. */
  readonly exact: boolean;
}

interface Kind {
  readonly name: string;
  readonly firstSeed: number;
  readonly count: number;
  /** Whether the constant runs along rows (`c[i][j] = base[i] + noise`) or columns. */
  readonly along: 'rows' | 'cols';
}

const KINDS: readonly Kind[] = [
  { name: 'row constant plus noise', firstSeed: 30_000, count: 400, along: 'rows' },
  { name: 'column constant plus noise', firstSeed: 31_000, count: 300, along: 'cols' },
];

/** Square, mostly 1..60, one in ten 61..250 (where the restart pays). */
function size(rng: Rng): number {
  return rng() < 0.1 ? randomInt(rng, 61, 250) : randomInt(rng, 1, 60);
}

function makeInstance(kind: Kind, seed: number): Instance {
  const rng = mulberry32(seed);
  const maximize = rng() < 1 / 3;
  const n = size(rng);
  const exact = seed % 2 === 0;
  const sparse = kind.along === 'rows' && seed % 3 === 0;
  const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const base = Array.from({ length: n }, () => (exact ? 10 * randomInt(rng, 0, 100) : 100 * rng()));
  const data = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const noise = exact ? randomInt(rng, 0, 9) : rng();
      const allowed = !sparse || rng() >= 0.2;
      data[i * n + j] = allowed ? (base[kind.along === 'rows' ? i : j] as number) + noise : forbidden;
    }
  }
  return { seed, rows: n, cols: n, data, maximize, exact };
}

function instances(kind: Kind): Instance[] {
  return Array.from({ length: kind.count }, (_, k) => makeInstance(kind, kind.firstSeed + k));
}

function agree(ours: number, theirs: number, exact: boolean): boolean {
  return exact ? ours === theirs : Math.abs(ours - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs));
}

function label({ seed, rows, cols, maximize }: Instance): string {
  return `seed ${seed} (${rows}×${cols}${maximize ? ', maximize' : ''})`;
}

const { available, reason } = scipyStatus;
if (!available) {
  console.warn(`linearSumAssignment.constantLines.test.ts: scipy part skipped: ${reason}.`);
}

describe.skipIf(!available)('linearSumAssignment agrees with scipy on constant-plus-noise lines', () => {
  for (const kind of KINDS) {
    it(`${kind.name}: ${kind.count} instances from seed ${kind.firstSeed}, same verdict, total and partial optimum`, () => {
      const all = instances(kind);
      const answers = solveWithScipy(all);
      const mismatches: string[] = [];
      let infeasible = 0;
      all.forEach((instance, k) => {
        const answer = answers[k]!;
        const at = label(instance);
        const { maximize, exact } = instance;
        try {
          const { assignment } = solveCertified(instance, { maximize });
          for (const problem of assignmentProblems(instance, assignment, maximize))
            mismatches.push(`${at}: ${problem}`);
          if (!answer.feasible) mismatches.push(`${at}: ours feasible, scipy infeasible`);
          else if (!agree(assignment.total, answer.total, exact))
            mismatches.push(`${at}: total ours ${assignment.total}, scipy ${answer.total}`);
        } catch (error) {
          if (!(error instanceof InfeasibleError)) throw error;
          if (answer.feasible) {
            mismatches.push(`${at}: ours infeasible, scipy feasible`);
            return;
          }
          infeasible++;
          const { assignment } = solveCertified(instance, { maximize, partial: true });
          for (const problem of assignmentProblems(instance, assignment, maximize))
            mismatches.push(`${at}: partial: ${problem}`);
          if (assignment.size !== answer.partialSize)
            mismatches.push(`${at}: partial size ours ${assignment.size}, scipy ${answer.partialSize}`);
          else if (!agree(assignment.total, answer.partialTotal, exact))
            mismatches.push(`${at}: partial total ours ${assignment.total}, scipy ${answer.partialTotal}`);
        }
      });
      expect(mismatches).toEqual([]);
      if (kind.along === 'rows') expect(infeasible).toBeGreaterThan(0);
    });
  }
});

describe('linearSumAssignment agrees with munkres-js on constant-plus-noise lines', () => {
  for (const kind of KINDS) {
    it(`${kind.name}: the feasible instances up to 60 × 60 of seeds from ${kind.firstSeed}, same total`, () => {
      const mismatches: string[] = [];
      let compared = 0;
      for (const instance of instances(kind)) {
        const { rows, cols, data, maximize, exact } = instance;
        if (rows > 60 || !data.every(Number.isFinite)) continue;
        compared++;
        const costs = Array.from({ length: rows }, (_, i) =>
          Array.from(data.subarray(i * cols, (i + 1) * cols), (c) => (maximize ? -c : c)),
        );
        let theirs = 0;
        for (const [i, j] of computeMunkres(costs)) theirs += data[i * cols + j] as number;
        const { assignment } = solveCertified(instance, { maximize });
        if (!agree(assignment.total, theirs, exact))
          mismatches.push(`${label(instance)}: total ours ${assignment.total}, munkres-js ${theirs}`);
      }
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThan(kind.count / 2);
    });
  }
});
