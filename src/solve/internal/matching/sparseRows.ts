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

/** The allowed pairs of `problem`. O(rows × cols + pairs × log). */
export function sparseRows(problem: MatchingProblem): SparseRows {
  return drain(sparseRowsSteps(problem));
}

/** {@link sparseRows} in steps: it yields when an async caller's time slice is over. */
export function* sparseRowsSteps(problem: MatchingProblem): Steps<SparseRows> {
  const { rows, cols, scores } = problem;
  let allowed = 0;
  for (let k = 0; k < scores.length; k++) if ((scores[k] as number) > Number.NEGATIVE_INFINITY) allowed++;
  const start = new Int32Array(rows + 1);
  const col = new Int32Array(allowed);
  const score = new Float64Array(allowed);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    if ((r & 255) === 255 && sliceDue()) yield SLICE;
    start[r] = at;
    for (let j = 0; j < cols; j++) {
      const s = scores[r * cols + j] as number;
      if (s === Number.NEGATIVE_INFINITY) continue;
      col[at] = j;
      score[at] = s;
      at++;
    }
  }
  start[rows] = at;
  // Best first: a search for the best column with room stops at the first one. Insertion sort
  // (rows hold a few hundred pairs at most; already in column order, so ties keep it).
  for (let r = 0; r < rows; r++) {
    if ((r & 255) === 255 && sliceDue()) yield SLICE;
    const from = start[r] as number;
    const to = start[r + 1] as number;
    for (let e = from + 1; e < to; e++) {
      const s = score[e] as number;
      const c = col[e] as number;
      let at = e;
      while (at > from && (score[at - 1] as number) < s) {
        score[at] = score[at - 1] as number;
        col[at] = col[at - 1] as number;
        at--;
      }
      score[at] = s;
      col[at] = c;
    }
  }
  return { start, col, score };
}
