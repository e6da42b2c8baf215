/**
 * Differential test against scipy.optimize.linear_sum_assignment on matrices mixed with huge finite
 * sentinels (1e300, `Number.MAX_VALUE`, and their negatives where they mean "unwanted" or where
 * both signs mix), which scipy accepts (up to `DBL_MAX`). Both must find every instance feasible
 * (no entry is forbidden) and agree on the total: exactly when both are integers below 2^53, else
 * within 1e-9 of the largest assigned entry times the number of pairs, and infinite totals must be
 * the same infinity. The oracle reports finite totals only, and sums naively in row order (so with
 * both signs a partial sum could overflow where the true sum does not): the class that mixes signs
 * uses ±1e300 and ±MAX/128, whose sums over at most 60 pairs stay finite.
 *
 * Replay a failure: the instance is `makeInstance(cls, seed)` for the class and seed it names.
 */
import { describe, expect, it } from 'vitest';
import type { MatrixInput } from '../src/solve/denseMatrix.js';
import { linearSumAssignment } from '../src/solve/linearSumAssignment.js';
import { mulberry32, type Rng, randomInt } from './helpers/random.js';
import { type OracleInstance, scipyStatus, solveWithScipy } from './helpers/scipyOracle.js';

const MAX = Number.MAX_VALUE;

interface SentinelClass {
  readonly name: string;
  readonly firstSeed: number;
  readonly count: number;
  readonly maximize: boolean;
  /** The huge values mixed in. */
  readonly sentinels: readonly number[];
}

const CLASSES: readonly SentinelClass[] = [
  { name: 'minimise, big-M 1e300 and MAX', firstSeed: 1, count: 300, maximize: false, sentinels: [1e300, MAX] },
  { name: 'maximise, -1e300 and -MAX', firstSeed: 1001, count: 300, maximize: true, sentinels: [-1e300, -MAX] },
  {
    name: 'minimise, ±1e300 and ±MAX/128 mixed',
    firstSeed: 2001,
    count: 300,
    maximize: false,
    sentinels: [1e300, MAX / 128, -1e300, -MAX / 128],
  },
];

function makeInstance(cls: SentinelClass, seed: number): OracleInstance {
  const rng: Rng = mulberry32(seed);
  const big = rng() < 0.1;
  const rows = big ? randomInt(rng, 20, 60) : randomInt(rng, 1, 8);
  const cols = big ? randomInt(rng, 20, 60) : randomInt(rng, 1, 8);
  const share = 0.05 + 0.5 * rng();
  const data = new Float64Array(rows * cols);
  for (let k = 0; k < data.length; k++) {
    data[k] =
      rng() < share
        ? (cls.sentinels[randomInt(rng, 0, cls.sentinels.length - 1)] as number)
        : (cls.maximize ? -1 : 1) * randomInt(rng, 0, 1000);
  }
  return { rows, cols, data, maximize: cls.maximize };
}

/** Nested arrays, a DenseMatrix or a MatrixLike, by seed. */
function inputForm({ rows, cols, data }: OracleInstance, seed: number): MatrixInput {
  switch (seed % 3) {
    case 0:
      return Array.from({ length: rows }, (_, i) => Array.from(data.subarray(i * cols, i * cols + cols)));
    case 1:
      return { rows, cols, data: data.slice() };
    default:
      return { rows, columns: cols, get: (i: number, j: number) => data[i * cols + j] as number };
  }
}

function totalsAgree(ours: number, theirs: number, scale: number): boolean {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs)) return ours === theirs;
  if (Number.isSafeInteger(ours) && Number.isSafeInteger(theirs)) return ours === theirs;
  return Math.abs(ours - theirs) <= 1e-9 * scale;
}

const { available, reason } = scipyStatus;
if (!available) {
  console.warn(`linearSumAssignment.bigM.scipy.test.ts skipped: ${reason}. Install scipy for python3 to run it.`);
}

describe.skipIf(!available)('linearSumAssignment agrees with scipy on matrices with huge sentinels', () => {
  for (const cls of CLASSES) {
    const last = cls.firstSeed + cls.count - 1;
    it(`${cls.name}: ${cls.count} instances, seeds ${cls.firstSeed}..${last}, both feasible, same total`, () => {
      const instances = Array.from({ length: cls.count }, (_, k) => makeInstance(cls, cls.firstSeed + k));
      const answers = solveWithScipy(instances);
      const mismatches: string[] = [];
      instances.forEach((instance, k) => {
        const seed = cls.firstSeed + k;
        const answer = answers[k];
        const at = `seed ${seed} (${instance.rows}×${instance.cols})`;
        if (answer === undefined || !answer.feasible) {
          mismatches.push(`${at}: scipy says infeasible`);
          return;
        }
        const { rowToCol, total, size } = linearSumAssignment(inputForm(instance, seed), {
          maximize: cls.maximize,
        });
        if (size !== answer.size) mismatches.push(`${at}: size ${size}, scipy ${answer.size}`);
        if (Number.isNaN(total)) mismatches.push(`${at}: total NaN`);
        let largest = 1;
        rowToCol.forEach((j, i) => {
          if (j >= 0) largest = Math.max(largest, Math.abs(instance.data[i * instance.cols + j] as number));
        });
        if (!totalsAgree(total, answer.total, largest * size)) {
          mismatches.push(`${at}: total ${total}, scipy ${answer.total}`);
        }
      });
      expect(mismatches).toEqual([]);
    });
  }
});
