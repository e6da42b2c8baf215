/**
 * The matching problem behind a programme's objectives, as numbers: rows (units of demand) × mentor
 * columns with scores, each row's priority and hours, each column's places and hours budget, and
 * groups of rows that need distinct columns. The match layer builds it (locked pairs set aside);
 * the solvers in this folder read it and never modify it.
 */
import { csrOf, type PairScreen, pairScore, type ScoredPairs } from '../pairs.js';
import type { DerivedValues, RowsHelper } from './rowsHelper.js';

export type { ScoredPairs } from '../pairs.js';

/** The numeric problem. */
export interface MatchingProblem {
  readonly rows: number;
  readonly cols: number;
  /**
   * The pairs that may be matched, row by row (compressed rows, ascending columns), with their
   * scores: every pair not listed is forbidden, and a listed pair scoring `-Infinity` is forbidden
   * too (a branch or a threshold took it out without rebuilding the pattern). Memory and passes
   * are proportional to the allowed pairs, never to rows × cols.
   */
  readonly pairs: ScoredPairs;
  /** Per row: its priority (> 0); a pair counts `priority × score`. */
  readonly priority: Float64Array;
  /** Per row: the hours it takes from its column's budget (≥ 0). */
  readonly hours: Float64Array;
  /** Per column: the most rows it takes. */
  readonly capacity: Int32Array;
  /** Per column: the most hours it gives (`Infinity`: no budget). */
  readonly budget: Float64Array;
  /** Per row: its group (rows of one group get distinct columns; they are adjacent), or undefined. */
  readonly groups: Int32Array | undefined;
  /** The lowest score among pairs fixed outside the problem (`Infinity` when none): it caps `fair`'s. */
  readonly ceiling: number;
  /** A helper thread for the passes over every pair, when the pairs are in shared memory (see `sparseRows.ts`). */
  readonly helper?: RowsHelper;
  /** A necessary condition for a pair to be allowed, cheaper to read than a search of the row's pairs (per row of the problem). */
  readonly screen?: PairScreen;
}

/** The objectives solved here (`stable` is deferred acceptance, elsewhere). */
export type MatchingObjective = 'total' | 'coverage' | 'fair';

/** The figures the objectives rank matchings by. */
export interface Figures {
  /** Pairs. */
  readonly count: number;
  /** Σ priority over the matched rows. */
  readonly weightedCount: number;
  /** Lowest score of a pair (`Infinity` when none). */
  readonly lowest: number;
  /** Σ priority × score. */
  readonly weightedTotal: number;
}

/**
 * The flows of this folder run on the problem's own pairs: the size limit was the programme's,
 * checked before scoring, so the solver's own (`maxEntries`) is lifted.
 */
export const NO_LIMIT = { maxEntries: Number.POSITIVE_INFINITY } as const;

/** Slack on hours sums (hours are any positive numbers; sums carry rounding). */
export const HOURS_SLACK = 1e-9;

/** Scores within this relative distance count as equal where `fair` compares lowest scores. */
export const FAIR_TOLERANCE = 1e-12;

/** Relative tolerance on sums (totals, weighted counts) when two matchings are compared. */
export const SUM_TOLERANCE = 1e-9;

/** Whether `used + extra` hours fit in `budget`. */
export function fits(used: number, extra: number, budget: number): boolean {
  return used + extra <= budget + HOURS_SLACK;
}

/** The matching last measured by {@link figuresOf} with it: each row's column (-1: none known) and its pair's score. */
export interface ScoreMemo {
  readonly assign: Int32Array;
  readonly score: Float64Array;
}

/** An empty {@link ScoreMemo} for `rows` rows. */
export function scoreMemo(rows: number): ScoreMemo {
  return { assign: new Int32Array(rows).fill(-1), score: new Float64Array(rows) };
}

/**
 * The figures of a matching (a column per row, -1 = unmatched), summed in row order; the lowest
 * score is capped by the problem's `ceiling` (the pairs fixed outside it count too). With `memo`,
 * each row's score is read there when its column is the one `memo` holds (else looked up, and kept
 * there): the same figures, bit for bit. Matchings offered one after another differ in few rows,
 * and a look-up is a binary search in the row's pairs (a cache miss per step at scale); the pairs'
 * scores must not change meanwhile.
 */
export function figuresOf(problem: MatchingProblem, assign: Int32Array, memo: ScoreMemo | null = null): Figures {
  const { pairs, priority } = problem;
  let count = 0;
  let weightedCount = 0;
  let weightedTotal = 0;
  let lowest = problem.ceiling;
  for (let r = 0; r < assign.length; r++) {
    const j = assign[r] as number;
    if (j < 0) continue;
    let s: number;
    if (memo === null) s = pairScore(pairs, r, j);
    else if (memo.assign[r] === j) s = memo.score[r] as number;
    else {
      s = pairScore(pairs, r, j);
      memo.assign[r] = j;
      memo.score[r] = s;
    }
    const p = priority[r] as number;
    count++;
    weightedCount += p;
    weightedTotal += p * s;
    if (s < lowest) lowest = s;
  }
  return { count, weightedCount, lowest, weightedTotal };
}

/** Compares sums with {@link SUM_TOLERANCE}: 1 when `a` is larger, -1 when smaller, 0 when level. */
export function compareSums(a: number, b: number): number {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= SUM_TOLERANCE * scale ? 0 : a > b ? 1 : -1;
}

/** Compares lowest scores with {@link FAIR_TOLERANCE} (relative). */
export function compareLowest(a: number, b: number): number {
  if (a === b) return 0;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= FAIR_TOLERANCE * scale ? 0 : a > b ? 1 : -1;
}

/** The levels of `objective`, first to last, as figure names. */
export function levelsOf(objective: MatchingObjective): readonly (keyof Figures)[] {
  return objective === 'total'
    ? ['weightedTotal']
    : objective === 'coverage'
      ? ['weightedCount', 'weightedTotal']
      : ['count', 'lowest', 'weightedTotal'];
}

/** Compares one figure of two matchings, with the tolerance that figure takes. */
export function compareFigure(key: keyof Figures, a: number, b: number): number {
  if (key === 'count') return Math.sign(a - b);
  if (key === 'lowest') return compareLowest(a, b);
  return compareSums(a, b);
}

/** How `a` ranks against `b` for `objective`: 1 above, -1 below, 0 level (within tolerances). */
export function compareFigures(objective: MatchingObjective, a: Figures, b: Figures): number {
  for (const key of levelsOf(objective)) {
    const c = compareFigure(key, a[key], b[key]);
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * The distinct scores above `floor`, ascending: the levels the bottleneck searches of `fair` try.
 * A sorted typed copy deduplicated in place, so that any number of distinct scores works (a `Set`
 * stops at 2²⁴ entries) in O(pairs log pairs) time and 8 bytes per pair.
 */
export function distinctAbove(scores: Float64Array, floor: number): Float64Array {
  const above = scores.filter((s) => s > floor).sort();
  let size = 0;
  for (let k = 0; k < above.length; k++) {
    if (size === 0 || (above[k] as number) !== (above[size - 1] as number)) above[size++] = above[k] as number;
  }
  return above.subarray(0, size);
}

/** The figures that sum over pairs. */
export type SumFigure = 'weightedTotal' | 'weightedCount' | 'count';

/** What a pair of score `s` in a row of priority `p` adds to `figure`. */
export function pairValue(figure: SumFigure, p: number, s: number): number {
  return figure === 'weightedTotal' ? p * s : figure === 'weightedCount' ? p : 1;
}

/** `problem` with other scores on the same pattern (`-Infinity` takes a pair out). */
export function withScores(problem: MatchingProblem, scores: Float64Array): MatchingProblem {
  return { ...problem, pairs: { start: problem.pairs.start, cols: problem.pairs.cols, scores } };
}

/** The score of row `r` with column `j` (`-Infinity`: forbidden). O(log pairs of the row). */
export function scoreOf(problem: MatchingProblem, r: number, j: number): number {
  return pairScore(problem.pairs, r, j);
}

/**
 * `values` (one per pair of the problem's pattern, `-Infinity` = forbidden) as the compressed
 * sparse rows the flow solvers take, without a copy.
 */
export function solverMatrix(problem: MatchingProblem, values: Float64Array) {
  return csrOf(problem.rows, problem.cols, problem.pairs, values);
}

/**
 * Pair `e` (of row `r`)'s value made from its score as `derived` says: `factor[r] × score`, plus
 * `bonus[r]` when given; `-Infinity` where the score is. The one formula of both a values array
 * ({@link derivedPairs}) and a helper thread's pricing from the shared scores, so they agree bit
 * for bit.
 */
export function derivedValue(derived: DerivedValues, r: number, e: number): number {
  const s = derived.scores[e] as number;
  if (s === Number.NEGATIVE_INFINITY) return s;
  const { factor, bonus } = derived;
  return bonus === null ? (factor[r] as number) * s : (bonus[r] as number) + (factor[r] as number) * s;
}

/** Every pair's {@link derivedValue} (`derived.scores` the problem's own). */
export function derivedPairs(problem: MatchingProblem, derived: DerivedValues): Float64Array {
  const { start } = problem.pairs;
  const out = new Float64Array(derived.scores.length);
  for (let r = 0; r < problem.rows; r++)
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) out[e] = derivedValue(derived, r, e);
  return out;
}

/** A value per pair: `fn(row, score)` where the pair is allowed, `-Infinity` where it is not. */
export function mapPairs(problem: MatchingProblem, fn: (r: number, s: number) => number): Float64Array {
  const { start, scores } = problem.pairs;
  const out = new Float64Array(scores.length);
  for (let r = 0; r < problem.rows; r++) {
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
      const s = scores[e] as number;
      out[e] = s === Number.NEGATIVE_INFINITY ? s : fn(r, s);
    }
  }
  return out;
}
