/**
 * Column reduction and reduction transfer, the first two initialisation phases of
 * [Reference]: R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for dense and
 * sparse linear assignment problems", Computing 38 (1987) 325–340, section 4.
 *
 * Square matrices only (`n = m`): each column's dual becomes its minimum, so column duals may be
 * positive, which the rectangular problem (where free columns must keep a zero dual) forbids.
 * O(n²). Ties: a column's minimum goes to its first row; columns are visited last to first, as in
 * the paper, and a row claimed by several columns keeps the one with the smallest dual.
 */
import { checkTime, SLICE, type Steps, sliceDue } from '../clock.js';
import type { LsapWorkspace } from './workspace.js';

/**
 * Runs both phases, leaving a partial matching with feasible duals (every matched row's reduced
 * costs are ≥ 0, and 0 on its own column).
 *
 * @returns the number of free rows written to `ws.free`, or `-1` when a column has no allowed
 *   entry (then no complete assignment exists). In steps: it yields when an async caller's time
 *   slice is over.
 */
export function* reduceColumns(ws: LsapWorkspace): Steps<number> {
  const { n, m, cost, x, y, v, pred: argmin, list: matches, free } = ws;
  // Column minima by a row-wise sweep, so the matrix is read in memory order.
  v.fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < n; i++) {
    // The time budget and the async form's turns, every 64 rows (O(m) each).
    if ((i & 63) === 63) {
      checkTime();
      if (sliceDue()) yield SLICE;
    }
    const base = i * m;
    for (let j = 0; j < m; j++) {
      const c = cost[base + j] as number;
      if (c < (v[j] as number)) {
        v[j] = c;
        argmin[j] = i;
      }
    }
  }
  matches.fill(0);
  for (let j = m - 1; j >= 0; j--) {
    if (v[j] === Number.POSITIVE_INFINITY) return -1;
    const i = argmin[j] as number;
    const count = matches[i] as number;
    matches[i] = count + 1;
    if (count === 0) {
      x[i] = j;
      y[j] = i;
    } else {
      const j1 = x[i] as number;
      if ((v[j] as number) < (v[j1] as number)) {
        x[i] = j;
        y[j] = i;
        y[j1] = -1;
      }
    }
  }
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const count = matches[i] as number;
    if (count === 0) {
      free[numFree++] = i;
    } else if (count === 1) {
      transferReduction(ws, i);
    }
  }
  return numFree;
}

/** Lowers the dual of row `i`'s only column by row `i`'s smallest other reduced cost. */
function transferReduction(ws: LsapWorkspace, i: number): void {
  const { m, cost, x, v } = ws;
  const j1 = x[i] as number;
  const base = i * m;
  let min = Number.POSITIVE_INFINITY;
  for (let j = 0; j < m; j++) {
    if (j === j1) continue;
    const h = (cost[base + j] as number) - (v[j] as number);
    if (h < min) min = h;
  }
  if (min < Number.POSITIVE_INFINITY) v[j1] = (v[j1] as number) - min;
}
