/**
 * Greedy matching on tight edges: each free row takes a free column among those where its reduced
 * cost `c[i][j] − v[j]` is smallest, if there is one (the first met scanning from column `i mod m`
 * onwards, wrapping around). The duals do not change and the new
 * pair has reduced cost equal to the row's minimum, so dual feasibility and complementary
 * slackness hold as before. [Reference]: the "starring" of independent zeros in Munkres' method
 * (J. Munkres, J. SIAM 5(1) 1957, step 1), applied to Jonker–Volgenant's reduced costs.
 *
 * At most one pass over each free row, O(m); rows whose minimum columns are all taken stay free. It
 * pays on inputs with many ties (small integer or binary costs), where column reduction gives most
 * columns to the few rows that hold their first minimum. When every reduced cost is known to be at
 * least `floor` (0 after column reduction), a free column at `floor` ends the row's pass at once.
 */
import { checkTime, SLICE, type Steps, sliceDue } from '../clock.js';
import type { LsapWorkspace } from './workspace.js';

/**
 * @param numFree - the number of free rows at the start of `ws.free`.
 * @param floor - a lower bound of every reduced cost (`-Infinity` when none is known).
 * @returns the number of rows still free, compacted at the start of `ws.free` in their order. In
 *   steps: it yields when an async caller's time slice is over.
 */
export function* matchTightEdges(ws: LsapWorkspace, numFree: number, floor: number): Steps<number> {
  const { m, cost, x, y, v, free } = ws;
  let remaining = 0;
  for (let k = 0; k < numFree; k++) {
    // The time budget and the async form's turns, every 64 rows (O(m) each).
    if ((k & 63) === 63) {
      checkTime();
      if (sliceDue()) yield SLICE;
    }
    const i = free[k] as number;
    const base = i * m;
    // Row i starts its scan at column i mod m, so that rows do not all race for the first columns.
    const start = i % m;
    let min = Number.POSITIVE_INFINITY;
    let pick = -1;
    for (let step = 0; step < m; step++) {
      const j = start + step < m ? start + step : start + step - m;
      const h = (cost[base + j] as number) - (v[j] as number);
      if (h < min) {
        min = h;
        pick = (y[j] as number) < 0 ? j : -1;
        if (h <= floor && pick >= 0) break;
      } else if (h === min && pick < 0 && (y[j] as number) < 0) {
        pick = j;
        if (h <= floor) break;
      }
    }
    if (pick >= 0 && min < Number.POSITIVE_INFINITY) {
      x[i] = pick;
      y[pick] = i;
    } else {
      free[remaining++] = i;
    }
  }
  return remaining;
}
