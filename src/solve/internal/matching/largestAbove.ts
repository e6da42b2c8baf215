/**
 * The size of a largest matching on the pairs scoring at least a threshold, for `fair`'s threshold
 * search: each row takes at most one column, column j at most `places[j]` rows. Hopcroft and
 * Karp's phases [J. E. Hopcroft and R. M. Karp, "An n^5/2 algorithm for maximum matchings in
 * bipartite graphs", SIAM J. Comput. 2 (1973)], a column with places as that many copies: a
 * breadth-first search from every free row (a full column leads on to the rows it holds) finds the
 * length of the shortest augmenting paths, then a depth-first search from each free row takes a
 * set of such paths that share no row. Each row's pairs come best first, so those at or above the
 * threshold are a prefix of its list. O(pairs × (places + 1)) per phase, O(√rows) phases; no
 * network is built and no matrix read, where a min-cost flow at each threshold spent most of its
 * time in both.
 */
import { checkTime } from '../clock.js';
import type { SparseRows } from './sparseRows.js';

const NONE = -1;
const FAR = 0x7fffffff;

/** The size of a largest matching on the pairs of `pairs` scoring at least `threshold`. */
export function largestAbove(pairs: SparseRows, cols: number, places: Int32Array, threshold: number): number {
  const { start, col, score } = pairs;
  const rows = start.length - 1;
  // Each row's pairs at or above the threshold: start[r] to end[r] (scores descending).
  const end = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let lo = start[r] as number;
    let hi = start[r + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((score[mid] as number) >= threshold) lo = mid + 1;
      else hi = mid;
    }
    end[r] = lo;
  }
  const matched = new Int32Array(rows).fill(NONE);
  const load = new Int32Array(cols);
  let size = 0;
  // First come, first served: each row its first column with a place.
  for (let r = 0; r < rows; r++) {
    for (let e = start[r] as number; e < (end[r] as number); e++) {
      const j = col[e] as number;
      if ((load[j] as number) < (places[j] as number)) {
        matched[r] = j;
        load[j] = (load[j] as number) + 1;
        size++;
        break;
      }
    }
  }
  const dist = new Int32Array(rows);
  const queue = new Int32Array(rows);
  const holdStart = new Int32Array(cols + 1);
  const cursor = new Int32Array(cols);
  const held = new Int32Array(rows);
  const atPair = new Int32Array(rows);
  const atHeld = new Int32Array(rows);
  const pathRow = new Int32Array(rows);
  const pathCol = new Int32Array(rows);
  for (;;) {
    checkTime();
    // The rows each column holds, as compressed lists (a counting sort).
    holdStart.fill(0);
    for (let r = 0; r < rows; r++) {
      const j = matched[r] as number;
      if (j >= 0) holdStart[j + 1] = (holdStart[j + 1] as number) + 1;
    }
    for (let j = 0; j < cols; j++) holdStart[j + 1] = (holdStart[j + 1] as number) + (holdStart[j] as number);
    cursor.set(holdStart.subarray(0, cols));
    for (let r = 0; r < rows; r++) {
      const j = matched[r] as number;
      if (j < 0) continue;
      const at = cursor[j] as number;
      held[at] = r;
      cursor[j] = at + 1;
    }
    // Levels: the free rows at 0; a row reached through the full column it holds one level on.
    dist.fill(FAR);
    let head = 0;
    let tail = 0;
    for (let r = 0; r < rows; r++) {
      if ((matched[r] as number) < 0 && (end[r] as number) > (start[r] as number)) {
        dist[r] = 0;
        queue[tail++] = r;
      }
    }
    let found = FAR;
    while (head < tail) {
      const r = queue[head++] as number;
      const d = dist[r] as number;
      if (d >= found) break;
      for (let e = start[r] as number; e < (end[r] as number); e++) {
        const j = col[e] as number;
        if (j === matched[r]) continue;
        if ((load[j] as number) < (places[j] as number)) {
          found = d + 1;
          continue;
        }
        for (let h = holdStart[j] as number; h < (holdStart[j + 1] as number); h++) {
          const q = held[h] as number;
          if (dist[q] === FAR) {
            dist[q] = d + 1;
            queue[tail++] = q;
          }
        }
      }
    }
    if (found === FAR) return size;
    // Paths of that length from each free row, sharing no row (a row used or a dead end leaves
    // the levels).
    for (let s = 0; s < rows; s++) {
      if ((matched[s] as number) >= 0 || dist[s] !== 0) continue;
      let depth = 0;
      pathRow[0] = s;
      atPair[s] = start[s] as number;
      atHeld[s] = NONE;
      for (;;) {
        const r = pathRow[depth] as number;
        const d = dist[r] as number;
        let next = NONE;
        let done = false;
        while ((atPair[r] as number) < (end[r] as number)) {
          const j = col[atPair[r] as number] as number;
          if (j === matched[r]) {
            atPair[r] = (atPair[r] as number) + 1;
            continue;
          }
          if (atHeld[r] === NONE) {
            if ((load[j] as number) < (places[j] as number) && d + 1 === found) {
              pathCol[depth] = j;
              done = true;
              break;
            }
            atHeld[r] = holdStart[j] as number;
          }
          let h = atHeld[r] as number;
          while (h < (holdStart[j + 1] as number) && dist[held[h] as number] !== d + 1) h++;
          if (h < (holdStart[j + 1] as number) && d + 1 < found) {
            atHeld[r] = h + 1;
            pathCol[depth] = j;
            next = held[h] as number;
            break;
          }
          atPair[r] = (atPair[r] as number) + 1;
          atHeld[r] = NONE;
        }
        if (done) {
          // Each row on the path takes the column after it; the last column gains a row.
          for (let k = depth; k >= 0; k--) {
            const q = pathRow[k] as number;
            matched[q] = pathCol[k] as number;
            dist[q] = FAR;
          }
          const last = pathCol[depth] as number;
          load[last] = (load[last] as number) + 1;
          size++;
          break;
        }
        if (next !== NONE) {
          pathRow[++depth] = next;
          atPair[next] = start[next] as number;
          atHeld[next] = NONE;
          continue;
        }
        // A dead end: no path on from r in this phase.
        dist[r] = FAR;
        if (depth === 0) break;
        depth--;
      }
    }
  }
}
