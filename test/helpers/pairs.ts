/** Test helpers for the sparse pairs of src/solve/internal/pairs.ts. */
import type { MatchingProblem } from '../../src/solve/internal/matching/problem.js';
import type { ScoredPairs } from '../../src/solve/internal/pairs.js';

/** The finite entries of a dense row-major `rows × cols` matrix as scored pairs (`-Infinity` = absent). */
export function pairsOfDense(rows: number, cols: number, data: Float64Array): ScoredPairs {
  const start = new Int32Array(rows + 1);
  let size = 0;
  for (let k = 0; k < rows * cols; k++) if ((data[k] as number) > Number.NEGATIVE_INFINITY) size++;
  const colOf = new Int32Array(size);
  const scores = new Float64Array(size);
  let at = 0;
  for (let r = 0; r < rows; r++) {
    start[r] = at;
    for (let j = 0; j < cols; j++) {
      const s = data[r * cols + j] as number;
      if (s === Number.NEGATIVE_INFINITY) continue;
      colOf[at] = j;
      scores[at] = s;
      at++;
    }
  }
  start[rows] = at;
  return { start, cols: colOf, scores };
}

/**
 * A matching problem on the dense `data` (`-Infinity` = forbidden) with the given `capacity`, every
 * priority 1, no hours, no budget and no group, unless `more` says otherwise.
 */
export function denseProblem(
  rows: number,
  cols: number,
  data: Float64Array,
  capacity: Int32Array,
  more: Partial<MatchingProblem> = {},
): MatchingProblem {
  return {
    rows,
    cols,
    pairs: pairsOfDense(rows, cols, data),
    priority: new Float64Array(rows).fill(1),
    hours: new Float64Array(rows),
    capacity,
    budget: new Float64Array(cols).fill(Number.POSITIVE_INFINITY),
    groups: undefined,
    ceiling: Number.POSITIVE_INFINITY,
    ...more,
  };
}
