/**
 * The shortest augmenting path search of `shortestAugmentingPath.ts` for sparse matrices: a
 * scanned row relaxes only its allowed columns (from a {@link RowIndex}), and the next minimum is
 * sought only among the columns reached so far (the frontier), not among all columns.
 * [Reference]: R. Jonker and A. Volgenant, Computing 38 (1987) 325–340, section 5 (the sparse
 * variant of their method); the same Dijkstra search with dual potentials.
 *
 * O(allowed entries of the scanned rows + frontier size) per scanned row. Ties: a free column wins
 * among columns at the minimum, then the first in frontier order (which depends only on the
 * input). Between searches `ws.d` holds `+Infinity` everywhere and `ws.done` 0 everywhere (each
 * search restores both).
 */
import type { RowIndex } from './rowIndex.js';
import { flipPath, markDead, updateDuals } from './searchEnd.js';
import type { LsapWorkspace } from './workspace.js';

/**
 * Augments from free row `f` along a shortest path, updating duals and the matching.
 *
 * @returns `f`, or `-1` if no free column is reachable (then nothing changes but dead marks).
 */
export function sparseShortestAugmentingPath(ws: LsapWorkspace, index: RowIndex, f: number): number {
  const { m, cost, y, v, d, pred, list: frontier, scanned, dead, done } = ws;
  const { start, cols } = index;
  const inf = Number.POSITIVE_INFINITY;
  let numFrontier = 0;
  let numScanned = 0;
  let result = -1;
  let row = f;
  let h0 = 0;
  for (;;) {
    // Relax the allowed columns of `row`.
    const base = row * m;
    const end = start[row + 1] as number;
    for (let k = start[row] as number; k < end; k++) {
      const j = cols[k] as number;
      if (done[j] !== 0 || dead[j] !== 0) continue;
      const h = (cost[base + j] as number) - (v[j] as number) - h0;
      const dj = d[j] as number;
      if (h < dj) {
        if (dj === inf) frontier[numFrontier++] = j;
        d[j] = h;
        pred[j] = row;
      }
    }
    // The frontier's minimum, a free column first among equals.
    let lowest = inf;
    let at = -1;
    for (let k = 0; k < numFrontier; k++) {
      const j = frontier[k] as number;
      const dj = d[j] as number;
      if (dj < lowest || (dj === lowest && (y[j] as number) < 0)) {
        lowest = dj;
        at = k;
      }
    }
    if (at < 0) {
      markDead(dead, scanned, numScanned);
      break;
    }
    const j1 = frontier[at] as number;
    frontier[at] = frontier[--numFrontier] as number;
    if ((y[j1] as number) < 0) {
      updateDuals(v, d, scanned, numScanned, lowest);
      result = flipPath(ws, j1);
      d[j1] = inf;
      break;
    }
    scanned[numScanned++] = j1;
    done[j1] = 1;
    row = y[j1] as number;
    h0 = (cost[row * m + j1] as number) - (v[j1] as number) - lowest;
  }
  // Restore the between-searches state.
  for (let k = 0; k < numScanned; k++) {
    const j = scanned[k] as number;
    d[j] = inf;
    done[j] = 0;
  }
  for (let k = 0; k < numFrontier; k++) d[frontier[k] as number] = inf;
  return result;
}
