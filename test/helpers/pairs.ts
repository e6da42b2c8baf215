/** Test helpers for the sparse pairs of src/solve/internal/pairs.ts. */
import { figuresOf, fits, type MatchingProblem, scoreOf } from '../../src/solve/internal/matching/problem.js';
import { pairScore, type ScoredPairs } from '../../src/solve/internal/pairs.js';

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
 * A dense `rows × cols` score matrix from drawn entries: each `v / scale`, a missing one (null or
 * past the drawn list) `-Infinity`, a forbidden pair (`drawnScores(1, 2, [3, null], 10)` is
 * `[0.3, -Infinity]`).
 */
export function drawnScores(
  rows: number,
  cols: number,
  drawn: readonly (number | null | undefined)[],
  scale: number,
): Float64Array {
  return Float64Array.from({ length: rows * cols }, (_, k) => {
    const v = drawn[k];
    return v === null || v === undefined ? Number.NEGATIVE_INFINITY : v / scale;
  });
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

/**
 * What `assign` (a column per row, -1 = none) breaks of `problem`: a forbidden pair, a column over
 * its places or its hours, two rows of one group on one column; null when it keeps them all.
 */
export function brokenConstraint(problem: MatchingProblem, assign: Int32Array): string | null {
  const load = new Int32Array(problem.cols);
  const used = new Float64Array(problem.cols);
  for (let r = 0; r < problem.rows; r++) {
    const j = assign[r] as number;
    if (j < 0) continue;
    if (pairScore(problem.pairs, r, j) === Number.NEGATIVE_INFINITY) return `row ${r} on forbidden column ${j}`;
    load[j] = (load[j] as number) + 1;
    if ((load[j] as number) > (problem.capacity[j] as number)) return `column ${j} over its places`;
    if (!fits(used[j] as number, problem.hours[r] as number, problem.budget[j] as number))
      return `column ${j} over its hours`;
    used[j] = (used[j] as number) + (problem.hours[r] as number);
    const { groups } = problem;
    if (groups !== undefined)
      for (let q = 0; q < r; q++)
        if (groups[q] === groups[r] && assign[q] === j) return `rows ${q} and ${r} of one group on ${j}`;
  }
  return null;
}

/** A seeded generator of numbers in (0, 1) (Park and Miller's minimal standard); `seed` in 1 .. 2³¹ − 2. */
export function parkMiller(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/** The best of each sum figure over every assignment that keeps places, budgets and groups (exhaustive). */
export function bestSums(problem: MatchingProblem): { weightedTotal: number; weightedCount: number; count: number } {
  const { rows, cols, hours, capacity, budget, groups } = problem;
  const best = { weightedTotal: 0, weightedCount: 0, count: 0 };
  const assign = new Int32Array(rows).fill(-1);
  const load = new Int32Array(cols);
  const used = new Float64Array(cols);
  const visit = (r: number) => {
    if (r === rows) {
      const f = figuresOf(problem, assign);
      best.weightedTotal = Math.max(best.weightedTotal, f.weightedTotal);
      best.weightedCount = Math.max(best.weightedCount, f.weightedCount);
      best.count = Math.max(best.count, f.count);
      return;
    }
    visit(r + 1);
    for (let j = 0; j < cols; j++) {
      if (scoreOf(problem, r, j) === Number.NEGATIVE_INFINITY || load[j]! >= capacity[j]!) continue;
      if (!fits(used[j]!, hours[r]!, budget[j]!)) continue;
      let mate = false;
      for (let q = 0; q < r; q++) if (groups !== undefined && groups[q] === groups[r] && assign[q] === j) mate = true;
      if (mate) continue;
      assign[r] = j;
      load[j]!++;
      used[j]! += hours[r]!;
      visit(r + 1);
      load[j]!--;
      used[j]! -= hours[r]!;
      assign[r] = -1;
    }
  };
  visit(0);
  return best;
}
