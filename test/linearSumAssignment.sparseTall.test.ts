/**
 * The copy-free path for large tall matrices (src/solve/internal/lsap/sparseTall.ts: each column's
 * cheapest entries, a sparse solve, then every entry priced against the duals, else the dense path;
 * `linearSumAssignment` takes it from 4 million entries): called directly on seeded matrices of
 * 256–400 columns and 1.1–3× as many rows in five classes (uniform floats, integers 1..100,
 * integers 0..3 with many ties, negatives, magnitudes near 1e12), minimised and maximised, and
 * through the public function at 2100 × 2000:
 *
 * - the total equals the dense kernel's (the same matrix as a DenseMatrix, below the threshold, or
 *   as an ml-matrix-like object, which never takes the path) within 1e-9 relative, and the pairs
 *   form a complete assignment;
 * - the duals returned certify the result (test/helpers/certificate.ts) on every instance;
 * - scipy's `linear_sum_assignment` agrees on the totals (skipped with a notice without scipy);
 * - a matrix built so that the optimum needs an entry outside the kept ones is refused by the
 *   pricing pass and solved right by the dense path;
 * - a bad entry anywhere still gets its InvalidInputError naming it, and a forbidden one is solved
 *   by the dense path.
 */
import { describe, expect, it } from 'vitest';
import { denseMatrixFrom, InvalidInputError, linearSumAssignment } from '../src/index.js';
import { assignWithDuals } from '../src/solve/internal/assignWithDuals.js';
import { solveSparseTall } from '../src/solve/internal/lsap/sparseTall.js';
import { certificateViolations } from './helpers/certificate.js';
import { mulberry32 } from './helpers/random.js';
import { scipyStatus, solveWithScipy } from './helpers/scipyOracle.js';

const CLASSES = {
  uniform: (rng: () => number) => rng(),
  int100: (rng: () => number) => 1 + Math.floor(rng() * 100),
  int4: (rng: () => number) => Math.floor(rng() * 4),
  negative: (rng: () => number) => -1000 * rng(),
  huge: (rng: () => number) => 1e12 * (1 + rng()),
} as const;

interface Case {
  readonly name: string;
  readonly matrix: number[][];
  readonly maximize: boolean;
}

function cases(): Case[] {
  const out: Case[] = [];
  let seed = 71_000;
  for (const [kind, draw] of Object.entries(CLASSES)) {
    for (const [cols, ratio] of [
      [256, 1.1],
      [300, 2],
      [400, 3],
    ] as const) {
      for (const maximize of [false, true]) {
        const rng = mulberry32(seed++);
        const rows = Math.round(cols * ratio);
        const matrix = Array.from({ length: rows }, () => Array.from({ length: cols }, () => draw(rng)));
        out.push({
          name: `${kind} ${rows}×${cols}${maximize ? ' maximised' : ''} (seed ${seed - 1})`,
          matrix,
          maximize,
        });
      }
    }
  }
  return out;
}

const all = cases();

describe('linearSumAssignment on large tall nested arrays (copy-free path)', () => {
  it('equals the dense path, complete, with a dual certificate, in every class', () => {
    let sparse = 0;
    for (const { name, matrix, maximize } of all) {
      const rows = matrix.length;
      const cols = matrix[0]?.length ?? 0;
      const tall = solveSparseTall(matrix, rows, cols, maximize);
      if (tall === null) continue; // refused: the dense path, whose own tests cover it
      sparse++;
      const dense = linearSumAssignment(denseMatrixFrom(matrix), { maximize });
      const { total, rowToCol, colToRow, rowDuals, colDuals } = tall;
      expect(Math.abs(total - dense.total), name).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(dense.total)));
      colToRow.forEach((r, c) => {
        expect(rowToCol[r], name).toBe(c);
      });
      const solved = { assignment: { rowToCol, colToRow, total, size: cols }, rowDuals, colDuals, complete: true };
      expect(certificateViolations(matrix, solved, maximize).slice(0, 3), name).toEqual([]);
    }
    // Every class but the tie-heavy integers 0..3 is solved on the sparse path here.
    expect(sparse).toBeGreaterThanOrEqual(24);
  });

  it('is what linearSumAssignment runs on a large tall matrix (2100 × 2000), nested or dense', () => {
    const rng = mulberry32(72_002);
    const matrix = Array.from({ length: 2100 }, () => Array.from({ length: 2000 }, () => rng()));
    const solved = assignWithDuals('linearSumAssignment', matrix);
    const viaDense = linearSumAssignment(denseMatrixFrom(matrix));
    // An ml-matrix-like input never takes the copy-free path: the dense kernel's answer.
    const reference = linearSumAssignment({
      rows: 2100,
      columns: 2000,
      get: (i: number, j: number) => (matrix[i] as number[])[j] as number,
    });
    expect(solved.assignment.total).toBeCloseTo(reference.total, 9);
    expect(viaDense.total).toBeCloseTo(reference.total, 9);
    expect(solveSparseTall(matrix, 2100, 2000, false)?.total).toBe(solved.assignment.total);
    expect(certificateViolations(matrix, solved).slice(0, 3)).toEqual([]);
  });

  it.skipIf(!scipyStatus.available)('agrees with scipy on every total', () => {
    const answers = solveWithScipy(
      all.map(({ matrix, maximize }) => ({
        rows: matrix.length,
        cols: matrix[0]?.length ?? 0,
        data: Float64Array.from(matrix.flat()),
        maximize,
      })),
    );
    all.forEach(({ name, matrix, maximize }, k) => {
      const answer = answers[k];
      if (answer?.feasible !== true) throw new Error(`scipy found ${name} infeasible`);
      const ours = solveSparseTall(matrix, matrix.length, matrix[0]?.length ?? 0, maximize)?.total;
      if (ours === undefined) return;
      expect(Math.abs(ours - answer.total), name).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(answer.total)));
    });
  });
  if (!scipyStatus.available)
    console.warn(`linearSumAssignment.sparseTall.test.ts: scipy part skipped: ${scipyStatus.reason}`);

  it('prices every entry: an optimum outside the kept entries is found by the dense path', () => {
    // 300 rows × 256 columns, cost 100 unless said. Column 0 (A) costs 10 on rows 0..23 (its 24 kept
    // entries) and 10.5 on row 24 (not kept). Columns 1..24 (B) cost 0 on rows 0..23 except row k-1,
    // and 1 on a private row 24 + k: they keep 23 shared rows and the private one. Columns 25..255
    // cost 0 on a row of their own. Within the kept entries A must take a shared row and push one B
    // to its private row (10 + 1); the optimum gives A row 24 instead (10.5).
    const matrix = Array.from({ length: 300 }, () => new Array<number>(256).fill(100));
    const set = (r: number, c: number, value: number) => {
      (matrix[r] as number[])[c] = value;
    };
    for (let r = 0; r < 24; r++) set(r, 0, 10);
    set(24, 0, 10.5);
    for (let k = 1; k <= 24; k++) {
      for (let r = 0; r < 24; r++) if (r !== k - 1) set(r, k, 0);
      set(24 + k, k, 1);
    }
    for (let c = 25; c < 256; c++) set(24 + c, c, 0);
    expect(solveSparseTall(matrix, 300, 256, false)).toBeNull();
    const result = linearSumAssignment(matrix);
    expect(result.total).toBe(10.5);
    expect(result.colToRow[0]).toBe(24);
  });

  it('still names a bad entry, and solves forbidden entries by the dense path', () => {
    const rng = mulberry32(72_001);
    const matrix = Array.from({ length: 600 }, () => Array.from({ length: 300 }, () => rng()));
    const last = matrix[599] as number[];
    last[299] = Number.NaN;
    expect(solveSparseTall(matrix, 600, 300, false)).toBeNull();
    try {
      linearSumAssignment(matrix);
      throw new Error('no error thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues[0]?.path).toEqual([599, 299]);
    }
    last[299] = Number.POSITIVE_INFINITY;
    const withForbidden = linearSumAssignment(matrix);
    expect(withForbidden.total).toBeCloseTo(linearSumAssignment(denseMatrixFrom(matrix)).total, 9);
    expect(withForbidden.rowToCol[599]).not.toBe(299);
  });
});
