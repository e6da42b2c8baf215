/**
 * Exact `partial` assignment: the most pairs possible and, among all assignments of that size,
 * one of least cost. Successive shortest paths from all free rows at once (a super-source joined
 * to every free row at cost 0), always along the globally shortest augmenting path, starting from
 * the empty matching. This keeps every intermediate matching of size k optimal among all matchings
 * of size k, so the last one is optimal among maximum ones.
 * [Reference]: R. K. Ahuja, T. L. Magnanti, J. B. Orlin, "Network Flows" (1993), section 9.7
 * (successive shortest paths); the search itself is Jonker–Volgenant's (see
 * `shortestAugmentingPath.ts`).
 *
 * Why not row by row: when a row cannot be augmented, the rows matched before it may not be the
 * best set of rows to leave matched (row A takes the only column at cost 10 before row B could
 * have at cost 1). The multi-source search compares all free rows on every step.
 *
 * A free row's dual is 0, so the label of column j is `min over free rows r of cost[r][j] - v[j]`;
 * the column minima over free rows are kept up to date as rows leave the free set (ties to the
 * lowest row index). O(n·m) per augmentation at worst, O(n·m) memory none besides O(n + m).
 */
import { shortestAugmentingPath } from './shortestAugmentingPath.js';
import type { LsapWorkspace } from './workspace.js';

/**
 * Resets `ws` and solves the partial problem from scratch.
 *
 * @returns the number of pairs made.
 */
export function maximumAssignment(ws: LsapWorkspace): number {
  const { n, m, cost, x, y, v, d, pred } = ws;
  x.fill(-1);
  y.fill(-1);
  v.fill(0);
  const inf = Number.POSITIVE_INFINITY;
  // Free rows in a swap-remove set.
  const freeRows = new Int32Array(n);
  const position = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    freeRows[i] = i;
    position[i] = i;
  }
  let numFree = n;
  // Column minima over free rows, first row on ties.
  const best = new Float64Array(m).fill(inf);
  const bestRow = new Int32Array(m).fill(-1);
  for (let i = 0; i < n; i++) {
    const base = i * m;
    for (let j = 0; j < m; j++) {
      const c = cost[base + j] as number;
      if (c < (best[j] as number)) {
        best[j] = c;
        bestRow[j] = i;
      }
    }
  }
  let size = 0;
  while (numFree > 0) {
    for (let j = 0; j < m; j++) {
      d[j] = (best[j] as number) - (v[j] as number);
      pred[j] = bestRow[j] as number;
    }
    const start = shortestAugmentingPath(ws);
    if (start < 0) break;
    size++;
    // Remove the start row from the free set and refresh the minima it held.
    const p = position[start] as number;
    const last = freeRows[--numFree] as number;
    freeRows[p] = last;
    position[last] = p;
    for (let j = 0; j < m; j++) {
      if (bestRow[j] !== start) continue;
      let value = inf;
      let row = -1;
      for (let k = 0; k < numFree; k++) {
        const r = freeRows[k] as number;
        const c = cost[r * m + j] as number;
        if (c < value || (c === value && c < inf && r < row)) {
          value = c;
          row = r;
        }
      }
      best[j] = value;
      bestRow[j] = row;
    }
  }
  return size;
}
