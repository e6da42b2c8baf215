/** The allowed pairs of a problem row by row (compressed rows), for the searches that scan them. */
import { drain, SLICE, type Steps, sliceDue } from '../clock.js';
import type { MatchingProblem } from './problem.js';

/**
 * Every pair of `problem` as {@link SparseRows} in its own order (ascending columns, not best
 * first), without a copy: for the passes that price every pair (bounds), where order is no matter.
 */
export function allPairs(problem: MatchingProblem): SparseRows {
  return { start: problem.pairs.start, col: problem.pairs.cols, score: problem.pairs.scores };
}

/**
 * Row `r`'s allowed columns are `col[start[r] .. start[r + 1] - 1]`, best score first (ties: the
 * lower column), with their `score`.
 */
export interface SparseRows {
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly score: Float64Array;
}

/** The allowed pairs of `problem`, best first (at most `most` per row). O(pairs × log). */
export function sparseRows(problem: MatchingProblem, most = Number.POSITIVE_INFINITY): SparseRows {
  return drain(sparseRowsSteps(problem, most));
}

/** {@link sparseRows} in steps: it yields when an async caller's time slice is over. */
export function* sparseRowsSteps(problem: MatchingProblem, most = Number.POSITIVE_INFINITY): Steps<SparseRows> {
  const { rows } = problem;
  const { start: from, cols: colOf, scores } = problem.pairs;
  // With `most`, each row keeps its best: those above the row's most-th best score, then those at
  // it in column order (the same as the first `most` of the full order, best first, ties by column).
  const floor = new Float64Array(rows).fill(Number.NEGATIVE_INFINITY);
  const atFloor = new Int32Array(rows);
  let allowed = 0;
  if (most === Number.POSITIVE_INFINITY) {
    for (let k = 0; k < scores.length; k++) if ((scores[k] as number) > Number.NEGATIVE_INFINITY) allowed++;
  } else {
    let scratch = new Float64Array(64);
    for (let r = 0; r < rows; r++) {
      if ((r & 255) === 255 && sliceDue()) yield SLICE;
      const a = from[r] as number;
      const b = from[r + 1] as number;
      let n = 0;
      if (b - a > scratch.length) scratch = new Float64Array(b - a);
      for (let e = a; e < b; e++)
        if ((scores[e] as number) > Number.NEGATIVE_INFINITY) scratch[n++] = scores[e] as number;
      if (n <= most) {
        allowed += n;
        continue;
      }
      const row = scratch.subarray(0, n).sort();
      const cut = row[n - most] as number;
      floor[r] = cut;
      // How many at the cut the row keeps: `most` less those above it.
      let above = 0;
      for (let i = n - 1; i >= 0 && (row[i] as number) > cut; i--) above++;
      atFloor[r] = most - above;
      allowed += most;
    }
  }
  const start = new Int32Array(rows + 1);
  const col = new Int32Array(allowed);
  const score = new Float64Array(allowed);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    if ((r & 255) === 255 && sliceDue()) yield SLICE;
    start[r] = at;
    const cut = floor[r] as number;
    let level = atFloor[r] as number;
    for (let e = from[r] as number; e < (from[r + 1] as number); e++) {
      const j = colOf[e] as number;
      const s = scores[e] as number;
      if (s === Number.NEGATIVE_INFINITY || s < cut) continue;
      if (s === cut && cut > Number.NEGATIVE_INFINITY && level-- <= 0) continue;
      col[at] = j;
      score[at] = s;
      at++;
    }
  }
  start[rows] = at;
  // Best first (ties: lower column first): a search for the best column with room stops at the
  // first one. A shell sort on the two arrays (an insertion sort, O(pairs²) per row, took 80 ms at
  // 5000 × 1000 with 85 pairs a row).
  for (let r = 0; r < rows; r++) {
    if ((r & 255) === 255 && sliceDue()) yield SLICE;
    sortRow(score, col, start[r] as number, start[r + 1] as number);
  }
  return { start, col, score };
}

/** Gaps of the shell sort (Ciura's sequence, extended by × 2.25). */
const GAPS = [1750, 701, 301, 132, 57, 23, 10, 4, 1];

/**
 * Sorts entries `from .. to - 1` of `score` and `col` together, by score descending, then column
 * ascending (a total order: a row's columns are distinct, so the result does not depend on the sort).
 */
function sortRow(score: Float64Array, col: Int32Array, from: number, to: number): void {
  for (const gap of GAPS) {
    for (let e = from + gap; e < to; e++) {
      const s = score[e] as number;
      const c = col[e] as number;
      let at = e;
      while (at - gap >= from) {
        const ps = score[at - gap] as number;
        if (ps > s || (ps === s && (col[at - gap] as number) < c)) break;
        score[at] = ps;
        col[at] = col[at - gap] as number;
        at -= gap;
      }
      score[at] = s;
      col[at] = c;
    }
  }
}
