/** The allowed pairs of a problem row by row (compressed rows), for the searches that scan them. */
import { drain, SLICE, type Steps, sliceDue } from '../clock.js';
import type { MatchingProblem } from './problem.js';

/**
 * Row `r`'s allowed columns are `col[start[r] .. start[r + 1] - 1]`, best score first (ties: the
 * lower column), with their `score`.
 */
export interface SparseRows {
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly score: Float64Array;
}

/** The allowed pairs of `problem`, best first. O(pairs × log). */
export function sparseRows(problem: MatchingProblem): SparseRows {
  return drain(sparseRowsSteps(problem));
}

/** {@link sparseRows} in steps: it yields when an async caller's time slice is over. */
export function* sparseRowsSteps(problem: MatchingProblem): Steps<SparseRows> {
  const { rows } = problem;
  const { start: from, cols: colOf, scores } = problem.pairs;
  let allowed = 0;
  for (let k = 0; k < scores.length; k++) if ((scores[k] as number) > Number.NEGATIVE_INFINITY) allowed++;
  const start = new Int32Array(rows + 1);
  const col = new Int32Array(allowed);
  const score = new Float64Array(allowed);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    if ((r & 255) === 255 && sliceDue()) yield SLICE;
    start[r] = at;
    for (let e = from[r] as number; e < (from[r + 1] as number); e++) {
      const j = colOf[e] as number;
      const s = scores[e] as number;
      if (s === Number.NEGATIVE_INFINITY) continue;
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
