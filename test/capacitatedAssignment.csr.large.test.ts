/**
 * `capacitatedAssignment` on a large sparse matrix: 20,000 × 20,000 with about 10 allowed pairs a
 * row, whose dense form would take 3 GiB (20,000² × 8 bytes), with capacities 1–3 and groups, then
 * capacities 0–2 against demands 1–2 (oversubscribed, `partial`). It must solve, give
 * a valid assignment (allowed pairs only, capacities, demands and groups held, total recomputed),
 * and stay far below the dense matrix in memory: the peak resident set grows by less than 512 MiB
 * over the solve. A file of its own, so that no earlier test in the process sets the peak.
 */
import { describe, expect, it } from 'vitest';
import { type CapacitatedAssignment, type CapacitatedAssignmentOptions, capacitatedAssignment } from '../src/index.js';
import type { CsrMatrix } from '../src/solve/csrMatrix.js';
import { randomSparse } from './helpers/csr.js';
import { mulberry32, randomInt } from './helpers/random.js';

const N = 20_000;
const MIB = 2 ** 20;

/** The problems with `result` (empty when valid): pairs allowed, loads within the limits, total. */
function problemsOf(csr: CsrMatrix, options: CapacitatedAssignmentOptions, result: CapacitatedAssignment): string[] {
  const { indptr, indices, data } = csr;
  const problems: string[] = [];
  const rowLoad = new Int32Array(csr.rows);
  const colLoad = new Int32Array(csr.cols);
  const groupOn = new Map<string, number>();
  let total = 0;
  for (let p = 0; p < result.rows.length; p++) {
    const i = result.rows[p] as number;
    const j = result.cols[p] as number;
    let at = -1;
    for (let k = indptr[i] as number; k < (indptr[i + 1] as number); k++) if (indices[k] === j) at = k;
    if (at < 0) {
      problems.push(`pair [${i}][${j}] is not allowed`);
      continue;
    }
    if (p > 0 && result.rows[p - 1] === i && (result.cols[p - 1] as number) >= j) problems.push(`row ${i} not sorted`);
    total += data[at] as number;
    rowLoad[i] = (rowLoad[i] as number) + 1;
    colLoad[j] = (colLoad[j] as number) + 1;
    if (options.groups !== undefined) {
      const key = `${options.groups[i]}:${j}`;
      if (groupOn.has(key)) problems.push(`rows ${groupOn.get(key)} and ${i} of one group share column ${j}`);
      groupOn.set(key, i);
    }
  }
  for (let i = 0; i < csr.rows; i++) {
    const demand = options.demands?.[i] ?? 1;
    const load = rowLoad[i] as number;
    if (options.partial === true ? load > demand : load !== demand) problems.push(`row ${i} has ${load} of ${demand}`);
  }
  for (let j = 0; j < csr.cols; j++) {
    if ((colLoad[j] as number) > (options.capacities[j] as number)) problems.push(`column ${j} over capacity`);
  }
  if (Math.abs(total - result.total) > 1e-9 * Math.abs(total))
    problems.push(`total ${result.total}, pairs sum ${total}`);
  expect([...result.rowLoad]).toEqual([...rowLoad]);
  expect([...result.colLoad]).toEqual([...colLoad]);
  return problems.slice(0, 5);
}

describe('capacitatedAssignment on a 20,000 × 20,000 CSR matrix (10 entries a row)', () => {
  it('solves with groups and with partial oversubscribed demands, far below the dense matrix in memory', () => {
    const rng = mulberry32(20_000);
    const csr = randomSparse(rng, N, N, 10, 1000);
    const capacities = Int32Array.from({ length: N }, () => randomInt(rng, 1, 3));
    const grouped: CapacitatedAssignmentOptions = {
      capacities,
      groups: Int32Array.from({ length: N }, (_, i) => i >> 1),
    };
    // Demands 1–2 (about 30,000 units) against capacities 0–2 (about 20,000): solved from the
    // columns' side, as many units as possible.
    const oversubscribed: CapacitatedAssignmentOptions = {
      capacities: Int32Array.from({ length: N }, () => randomInt(rng, 0, 2)),
      demands: Int32Array.from({ length: N }, () => randomInt(rng, 1, 2)),
      partial: true,
      maximize: true,
    };
    const before = process.memoryUsage().rss;
    for (const options of [grouped, oversubscribed]) {
      const result = capacitatedAssignment(csr, options);
      expect(problemsOf(csr, options, result)).toEqual([]);
      expect(result.rows.length).toBeGreaterThan(N * 0.9);
      expect(result.rows.length).toBeLessThanOrEqual(N * 1.5);
    }
    const peakGrowth = process.resourceUsage().maxRSS * 1024 - before;
    console.info(`20,000 × 20,000 CSR, 200,000 entries: peak RSS grew by ${(peakGrowth / MIB).toFixed(0)} MiB`);
    // The dense matrix alone would be 3052 MiB.
    expect(peakGrowth).toBeLessThan(512 * MIB);
  });
});
