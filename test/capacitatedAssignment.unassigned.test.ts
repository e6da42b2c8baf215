/**
 * `capacitatedAssignment` with `unassignedCost`: any unit may stay unassigned at that cost, so the
 * result is the best total over all partial assignments, not only the largest ones. Checked against
 * an exhaustive search on small instances with groups, capacities, forbidden pairs and negatives.
 */
import { describe, expect, it } from 'vitest';
import { capacitatedAssignment, InvalidInputError } from '../src/index.js';
import { mulberry32 } from './helpers/random.js';

/** Best total when each row takes one column or none, leaving a unit out at `skip`. */
function bruteForce(scores: number[][], caps: number[], groups: number[], skip: number, maximize: boolean): number {
  const n = scores.length;
  const m = caps.length;
  const sign = maximize ? 1 : -1;
  let best = Number.NEGATIVE_INFINITY;
  const pick: number[] = [];
  const visit = (i: number): void => {
    if (i === n) {
      const load = new Array<number>(m).fill(0);
      let total = 0;
      for (let r = 0; r < n; r++) {
        const c = pick[r] as number;
        if (c < 0) {
          total += sign * skip;
          continue;
        }
        const s = (scores[r] as number[])[c] as number;
        if (!Number.isFinite(s)) return;
        for (let q = 0; q < r; q++) if (pick[q] === c && groups[q] === groups[r]) return;
        load[c] = (load[c] as number) + 1;
        total += sign * s;
      }
      for (let c = 0; c < m; c++) if ((load[c] as number) > (caps[c] as number)) return;
      best = Math.max(best, total);
      return;
    }
    for (let c = -1; c < m; c++) {
      pick[i] = c;
      visit(i + 1);
    }
  };
  visit(0);
  return sign * best;
}

describe('capacitatedAssignment with unassignedCost', () => {
  it('equals the exhaustive optimum over all partial assignments (2,000 seeded instances up to 6×3)', () => {
    const rng = mulberry32(424_242);
    for (let t = 0; t < 2000; t++) {
      const n = 1 + Math.floor(rng() * 6);
      const m = 1 + Math.floor(rng() * 3);
      const maximize = t % 2 === 0;
      const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      const caps = Array.from({ length: m }, () => Math.floor(rng() * 3));
      const groups = Array.from({ length: n }, () => Math.floor(rng() * 3));
      const scores = Array.from({ length: n }, () =>
        Array.from({ length: m }, () => (rng() < 0.2 ? forbidden : Math.round((rng() * 2 - 0.5) * 10) / 10)),
      );
      const skip = t % 3 === 0 ? 0 : Math.round((rng() - 0.5) * 10) / 10;
      const expected = bruteForce(scores, caps, groups, skip, maximize);
      const result = capacitatedAssignment(scores, { capacities: caps, groups, maximize, unassignedCost: skip });
      const left = n - result.rows.length;
      expect(result.total + left * skip).toBeCloseTo(expected, 9);
      for (let k = 0; k < result.rows.length; k++) {
        expect(Number.isFinite((scores[result.rows[k] as number] as number[])[result.cols[k] as number])).toBe(true);
      }
    }
  });

  it('with scores to maximise and unassignedCost 0, leaves out a pair that would lower the total', () => {
    const result = capacitatedAssignment([[0.9], [-0.2]], { capacities: [2], maximize: true, unassignedCost: 0 });
    expect([...result.rows]).toEqual([0]);
    expect(result.total).toBe(0.9);
  });

  it('rejects a non-finite unassignedCost, naming it', () => {
    expect(() => capacitatedAssignment([[1]], { capacities: [1], unassignedCost: Number.NaN })).toThrow(
      InvalidInputError,
    );
    let caught: unknown;
    try {
      capacitatedAssignment([[1]], { capacities: [1], unassignedCost: Number.POSITIVE_INFINITY });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).issues[0]?.path).toEqual(['options', 'unassignedCost']);
  });
});
