/**
 * Augmenting row reduction, the third initialisation phase of
 * [Reference]: R. Jonker and A. Volgenant, Computing 38 (1987) 325–340, section 4.
 *
 * Each free row takes the column of its smallest reduced cost, lowering that column's dual by the
 * gap to its second smallest, and evicts the column's previous row, which is retried at once when
 * the dual strictly dropped. Two passes over the free rows, O(n·m) each plus the retries.
 * Termination: the paper's retry loop can cycle in floating point, so retries are capped at `m` per
 * pass; a row left over simply goes on to the augmentation phase, which is always exact. Columns
 * only ever lose duals and never become free again, so the rectangular invariants (duals ≤ 0,
 * free columns at 0) hold when they held before.
 */
import type { LsapWorkspace } from './workspace.js';

const PASSES = 2;

/**
 * @param numFree - the number of free rows at the start of `ws.free`.
 * @returns the number of rows still free (at the start of `ws.free`); a row without any allowed
 *   entry stays free.
 */
export function augmentingRowReduction(ws: LsapWorkspace, numFree: number): number {
  const { m, cost, x, y, v, free } = ws;
  const inf = Number.POSITIVE_INFINITY;
  let remaining = numFree;
  for (let pass = 0; pass < PASSES; pass++) {
    const previous = remaining;
    remaining = 0;
    let retries = m;
    let k = 0;
    while (k < previous) {
      const i = free[k++] as number;
      const base = i * m;
      let umin = inf;
      let usub = inf;
      let j1 = -1;
      let j2 = -1;
      for (let j = 0; j < m; j++) {
        const h = (cost[base + j] as number) - (v[j] as number);
        if (h < usub) {
          if (h >= umin) {
            usub = h;
            j2 = j;
          } else {
            usub = umin;
            j2 = j1;
            umin = h;
            j1 = j;
          }
        }
      }
      if (j1 < 0) {
        // No allowed entry: leave the row to the augmentation phase, which will report it.
        free[remaining++] = i;
        continue;
      }
      let i0 = y[j1] as number;
      const strict = umin < usub;
      if (strict) {
        if (usub < inf) v[j1] = (v[j1] as number) - (usub - umin);
      } else if (i0 >= 0) {
        j1 = j2;
        i0 = y[j2] as number;
      }
      x[i] = j1;
      y[j1] = i;
      if (i0 >= 0) {
        x[i0] = -1;
        if (strict && usub < inf && retries > 0) {
          retries--;
          free[--k] = i0;
        } else {
          free[remaining++] = i0;
        }
      }
    }
  }
  return remaining;
}
