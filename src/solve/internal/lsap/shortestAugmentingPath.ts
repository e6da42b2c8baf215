/**
 * One augmentation of the shortest augmenting path method: Dijkstra over reduced costs from the
 * free rows to the nearest free column, dual update, and the flip of the path.
 * [Reference]: D. F. Crouse, "On implementing 2D rectangular assignment algorithms", IEEE TAES
 * 52(4) (2016) 1679–1696, algorithm 1 (as in scipy's `rectangular_lsap`); R. Jonker and
 * A. Volgenant, Computing 38 (1987) 325–340, procedure AUGMENT.
 *
 * Each scanned row costs one pass over the unscanned columns, which relaxes their distances and
 * finds the next minimum in the same pass (Jonker–Volgenant's version makes two). O(n·m) per
 * augmentation at worst. Ties: among columns at the minimum distance a free column wins (the
 * search ends sooner), then the first in list order; the list order depends only on the input, so
 * the result is deterministic. Forbidden entries (`+Infinity`) are never relaxed; when every
 * unscanned column is at `+Infinity`, no augmenting path exists: the duals and matching are left
 * unchanged, and the columns reached are marked dead for later searches.
 */
import { finish, markDead } from './searchEnd.js';
import type { LsapWorkspace } from './workspace.js';

/** Seeds the labels for a search from the single free row `f`. O(m). */
export function seedFromRow(ws: LsapWorkspace, f: number): void {
  const { m, cost, v, d, pred } = ws;
  const base = f * m;
  for (let j = 0; j < m; j++) {
    d[j] = (cost[base + j] as number) - (v[j] as number);
    pred[j] = f;
  }
}

/**
 * Finds a shortest augmenting path from the seeded labels (`ws.d`, `ws.pred`), updates the column
 * duals and flips the path.
 *
 * @returns the row the path started from (now matched), or `-1` if no free column is reachable.
 */
export function shortestAugmentingPath(ws: LsapWorkspace): number {
  const { m, cost, y, v, d, pred, list: others, todo, scanned } = ws;
  const inf = Number.POSITIVE_INFINITY;
  // `others`: unscanned columns above the current minimum distance, kept in ascending order so
  // that a row is read in memory order; `todo`: unscanned columns at the current minimum.
  const { dead } = ws;
  let numOthers = 0;
  let numTodo = 0;
  let numScanned = 0;
  let lowest = inf;
  let index = -1;
  for (let j = 0; j < m; j++) {
    if (dead[j] !== 0) continue;
    const dj = d[j] as number;
    if (dj < lowest || (dj === lowest && (y[j] as number) < 0)) {
      lowest = dj;
      index = numOthers;
    }
    others[numOthers++] = j;
  }
  let minVal = lowest;
  for (;;) {
    let j1: number;
    if (numTodo > 0) {
      j1 = todo[--numTodo] as number;
    } else {
      if (lowest === inf) return markDead(dead, scanned, numScanned);
      minVal = lowest;
      j1 = others[index] as number;
      others.copyWithin(index, index + 1, numOthers--);
    }
    if ((y[j1] as number) < 0) return finish(ws, numScanned, minVal, j1);
    scanned[numScanned++] = j1;
    // Scan the row matched to j1: relax the other columns, move those reaching the minimum to
    // `todo` and find the new minimum of the rest, in one pass. The pass only starts writing to
    // `others` (to close the gaps) after its first move: with distinct costs that is rare.
    const i = y[j1] as number;
    const base = i * m;
    const h0 = (cost[base + j1] as number) - (v[j1] as number) - minVal;
    lowest = inf;
    index = -1;
    let k = 0;
    let w = -1;
    for (; k < numOthers; k++) {
      const j = others[k] as number;
      let dj = d[j] as number;
      const h = (cost[base + j] as number) - (v[j] as number) - h0;
      if (h < dj) {
        d[j] = h;
        pred[j] = i;
        if (h === minVal) {
          if ((y[j] as number) < 0) return finish(ws, numScanned, minVal, j);
          todo[numTodo++] = j;
          w = k++;
          break;
        }
        dj = h;
      }
      if (dj < lowest || (dj === lowest && (y[j] as number) < 0)) {
        lowest = dj;
        index = k;
      }
    }
    if (w < 0) continue;
    for (; k < numOthers; k++) {
      const j = others[k] as number;
      let dj = d[j] as number;
      const h = (cost[base + j] as number) - (v[j] as number) - h0;
      if (h < dj) {
        d[j] = h;
        pred[j] = i;
        if (h === minVal) {
          if ((y[j] as number) < 0) return finish(ws, numScanned, minVal, j);
          todo[numTodo++] = j;
          continue;
        }
        dj = h;
      }
      if (dj < lowest || (dj === lowest && (y[j] as number) < 0)) {
        lowest = dj;
        index = w;
      }
      others[w++] = j;
    }
    numOthers = w;
  }
}
