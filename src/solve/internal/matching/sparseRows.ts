/** The allowed pairs of a problem row by row (compressed rows), for the searches that scan them. */
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
  const { rows, cols, scores } = problem;
  let allowed = 0;
  for (let k = 0; k < scores.length; k++) if ((scores[k] as number) > Number.NEGATIVE_INFINITY) allowed++;
  const start = new Int32Array(rows + 1);
  const col = new Int32Array(allowed);
  const score = new Float64Array(allowed);
  let at = 0;
  for (let r = 0; r < rows; r++) {
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
  // Best first: a search for the best column with room stops at the first one.
  const order: number[] = [];
  for (let r = 0; r < rows; r++) {
    const from = start[r] as number;
    const to = start[r + 1] as number;
    order.length = 0;
    for (let e = from; e < to; e++) order.push(e);
    order.sort((x, y) => (score[y] as number) - (score[x] as number) || (col[x] as number) - (col[y] as number));
    const cs = order.map((e) => col[e] as number);
    const ss = order.map((e) => score[e] as number);
    col.set(cs, from);
    score.set(ss, from);
  }
  return { start, col, score };
}
