/**
 * One augmentation of the shortest augmenting path method: Dijkstra over reduced costs from the
 * free rows to the nearest free column, dual update, and the flip of the path.
 * [Reference]: D. F. Crouse, "On implementing 2D rectangular assignment algorithms", IEEE TAES
 * 52(4) (2016) 1679–1696, algorithm 1 (as in scipy's `rectangular_lsap`); R. Jonker and
 * A. Volgenant, Computing 38 (1987) 325–340, procedure AUGMENT.
 *
 * Labels: `ws.d[j]` holds a column's distance plus its dual, `e_j = d_j + v_j`. The column duals do
 * not change during a search, so the labels order the columns as the distances do, and relaxing
 * row `i` compares `c_ij − h_i` with `e_j` (`h_i` is the row's offset, fixed when it is scanned):
 * one load and one subtraction fewer per entry than with distances. The seed is the free row
 * itself, and the dual update is `v_j = e_j − d_end` on the scanned columns.
 *
 * Each scanned row costs one pass over the unscanned columns, which relaxes their labels and
 * finds the next minimum in the same pass (Jonker–Volgenant's version makes two). The minimum is
 * only sought while no column has reached the current distance: once one has (it goes to `todo`),
 * the next row scanned comes from `todo` and its pass looks for the minimum afresh, so the rest of
 * this pass only relaxes. Measured against the plain one-pass search, the two changes take 10–25%
 * off the searches on squared Euclidean distances, uniform floats and integers 1..100
 * (n = 500–1000). O(n·m) per augmentation at worst.
 *
 * Ties: among columns at the minimum distance a free column wins (the search ends sooner), then the
 * first in list order; the list order depends only on the input, so the result is deterministic.
 * Forbidden entries (`+Infinity`) are never relaxed; when every unscanned column is at `+Infinity`,
 * no augmenting path exists: the duals and matching are left unchanged, and the columns reached are
 * marked dead for later searches.
 */
import { flipPath, markDead } from './searchEnd.js';
import type { LsapWorkspace } from './workspace.js';

/** Seeds the labels for a search from the single free row `f`: `e_j = c_fj`. O(m). */
export function seedFromRow(ws: LsapWorkspace, f: number): void {
  const { m, cost, d, pred } = ws;
  d.set(cost.subarray(f * m, f * m + m));
  pred.fill(f);
}

/**
 * Finds a shortest augmenting path from the seeded labels (`ws.d`, `ws.pred`), updates the column
 * duals and flips the path.
 *
 * @returns the row the path started from (now matched), or `-1` if no free column is reachable.
 */
export function shortestAugmentingPath(ws: LsapWorkspace): number {
  const { m, cost, y, v, d: e, pred, list: others, todo, scanned, dead } = ws;
  const inf = Number.POSITIVE_INFINITY;
  // `others`: unscanned columns above the current minimum distance, kept in ascending order so
  // that a row is read in memory order; `todo`: unscanned columns at the current minimum.
  let numOthers = 0;
  let numTodo = 0;
  let numScanned = 0;
  let lowest = inf;
  let index = -1;
  for (let j = 0; j < m; j++) {
    if (dead[j] !== 0) continue;
    const dj = (e[j] as number) - (v[j] as number);
    if (dj < lowest || (dj === lowest && (y[j] as number) < 0)) {
      lowest = dj;
      index = numOthers;
    }
    others[numOthers++] = j;
  }
  let minVal = lowest;
  // Invariant: whenever `todo` is empty at the top of the loop, `lowest` and `index` are the
  // minimum distance in `others` and its position (the last pass started with `todo` empty and
  // moved no column to it).
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
    // Scan the row matched to j1: relax the other columns and move those reaching the minimum to
    // `todo`. Only a pass that starts with `todo` empty looks for the new minimum of the rest, and
    // only until its first move. Passes write to `others` (to close the gaps) only after their
    // first move.
    const i = y[j1] as number;
    const base = i * m;
    const h = (cost[base + j1] as number) - (e[j1] as number);
    let k = 0;
    let w = -1;
    if (numTodo === 0) {
      lowest = inf;
      index = -1;
      for (; k < numOthers; k++) {
        const j = others[k] as number;
        let ej = e[j] as number;
        const t = (cost[base + j] as number) - h;
        if (t < ej) {
          e[j] = t;
          pred[j] = i;
          if (t - (v[j] as number) === minVal) {
            if ((y[j] as number) < 0) return finish(ws, numScanned, minVal, j);
            todo[numTodo++] = j;
            w = k++;
            break;
          }
          ej = t;
        }
        const dj = ej - (v[j] as number);
        if (dj < lowest || (dj === lowest && (y[j] as number) < 0)) {
          lowest = dj;
          index = k;
        }
      }
    } else {
      for (; k < numOthers; k++) {
        const j = others[k] as number;
        const t = (cost[base + j] as number) - h;
        if (t < (e[j] as number)) {
          e[j] = t;
          pred[j] = i;
          if (t - (v[j] as number) === minVal) {
            if ((y[j] as number) < 0) return finish(ws, numScanned, minVal, j);
            todo[numTodo++] = j;
            w = k++;
            break;
          }
        }
      }
    }
    if (w < 0) continue;
    for (; k < numOthers; k++) {
      const j = others[k] as number;
      const t = (cost[base + j] as number) - h;
      if (t < (e[j] as number)) {
        e[j] = t;
        pred[j] = i;
        if (t - (v[j] as number) === minVal) {
          if ((y[j] as number) < 0) return finish(ws, numScanned, minVal, j);
          todo[numTodo++] = j;
          continue;
        }
      }
      others[w++] = j;
    }
    numOthers = w;
  }
}

/** Ends a search at free column `end`: `v_j = e_j − d_end` on the scanned columns, then the flip. */
function finish(ws: LsapWorkspace, numScanned: number, minVal: number, end: number): number {
  const { v, d: e, scanned } = ws;
  for (let k = 0; k < numScanned; k++) {
    const j = scanned[k] as number;
    v[j] = (e[j] as number) - minVal;
  }
  return flipPath(ws, end);
}
