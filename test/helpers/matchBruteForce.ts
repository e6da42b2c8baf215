/**
 * An independent model of the matching problem that `matchProgram` solves, for its tests: the
 * constraints read straight from the parsed programme and `scoreProgram`'s table (nothing from
 * `src/match/` or `src/solve/`), a check of any matching against them, the objectives' order, and
 * an exhaustive search for the optimum of each objective on small programmes (up to
 * {@link BRUTE_FORCE_MAX_ROWS} demand rows × {@link BRUTE_FORCE_MAX_COLS} mentors).
 *
 * The problem: give each demand row (a mentee in classic mode, a topic request in micro mode) at
 * most one mentor over pairs with a finite score; a mentor takes at most `capacity` rows and, with
 * an hours budget, at most `budget` hours in all (a row takes `hours`: its request's, 0 in classic
 * mode); rows with the same `group` (one micro mentee's requests, unless `rules.repeatMentor`) get
 * distinct mentors; locked rows keep their mentor. A row has a `priority` (its request's, 1 in
 * classic mode) and a pair counts priority × score. Objectives, each a lexicographic maximum over
 * every feasible matching, its figures named as `summary.boundOn` names them:
 *
 * - `total`: `weightedTotal` (Σ priority × score);
 * - `coverage`: `weightedMatched` (Σ priority of the matched rows), then `weightedTotal`;
 * - `fair`: `matched` (pairs), then `lowestScore` (of every pair, locked ones included; scores
 *   within {@link LOWEST_TOLERANCE} relative count as equal), then `weightedTotal`.
 *
 * Sums are compared within {@link SUM_TOLERANCE} (relative, at least absolute): the engine and
 * the oracles add the same terms in different orders.
 */
import type { Program, ScoreTable } from '../../src/index.js';
import type { BoundFigure } from '../../src/match/types.js';
import { maximise, type Stage } from './matchSearch.js';

/** Largest programme the exhaustive search takes. */
export const BRUTE_FORCE_MAX_ROWS = 10;
export const BRUTE_FORCE_MAX_COLS = 4;

/** Slack for comparing sums of hours (any positive numbers; sums carry rounding). */
export const HOURS_SLACK = 1e-9;
/** Sums (weighted totals, weighted counts) within this, relative to max(1, |a|, |b|), are level. */
export const SUM_TOLERANCE = 1e-9;
/** Lowest scores within this, relative, are level (`fair`): a lowest higher by less never beats a higher total. */
export const LOWEST_TOLERANCE = 1e-12;

/** The objectives with an optimum (`stable` optimises no figure). */
export type OptimisedObjective = 'total' | 'coverage' | 'fair';
export const OPTIMISED: readonly OptimisedObjective[] = ['total', 'coverage', 'fair'];

/** Each objective's figures, first to last. */
export const LEVELS: Readonly<Record<OptimisedObjective, readonly BoundFigure[]>> = {
  total: ['weightedTotal'],
  coverage: ['weightedMatched', 'weightedTotal'],
  fair: ['matched', 'lowestScore', 'weightedTotal'],
};

/** The matching problem of a programme, in index space. */
export interface MatchProblem {
  readonly rows: number;
  readonly cols: number;
  /** `rows × cols`, row-major; `-Infinity` = forbidden. */
  readonly scores: Float64Array;
  /** Per row (> 0). */
  readonly priority: readonly number[];
  /** Per mentor. */
  readonly capacity: readonly number[];
  /** Per mentor, `Infinity` without a budget. */
  readonly budget: readonly number[];
  /** Per row. */
  readonly hours: readonly number[];
  /** Per row: rows sharing a group need distinct mentors (each row its own group otherwise). */
  readonly group: readonly number[];
  /** Per row: the mentor it is locked to, or -1. */
  readonly locked: readonly number[];
}

/** Reads the problem off a parsed programme and its score table. */
export function matchProblem(program: Program, table: ScoreTable): MatchProblem {
  const rows = table.rows.length;
  const cols = table.mentorIds.length;
  const distinct = program.mode === 'micro' && !program.rules.repeatMentor;
  const locked = new Array<number>(rows).fill(-1);
  for (const pair of program.rules.lockedPairs) {
    const r = table.rows.findIndex(
      (row) => row.menteeId === pair.mentee && (pair.topic === undefined || row.topic === pair.topic),
    );
    const j = table.mentorIds.indexOf(pair.mentor);
    if (r < 0 || j < 0) throw new Error(`matchProblem: lock ${JSON.stringify(pair)} names no row or mentor`);
    locked[r] = j;
  }
  const priority = table.rows.map((row) => {
    if (program.mode !== 'micro') return 1;
    const request = program.mentees[row.mentee]?.requests.find((q) => q.topic === row.topic);
    if (request === undefined) throw new Error(`matchProblem: no request ${row.menteeId}/${row.topic}`);
    return request.priority;
  });
  return {
    rows,
    cols,
    scores: table.scores.data,
    priority,
    capacity: program.mentors.map((m) => m.capacity),
    budget: program.mentors.map((m) => m.hoursBudget ?? Number.POSITIVE_INFINITY),
    hours: table.rows.map((row) => (program.mode === 'micro' ? row.hours : 0)),
    group: table.rows.map((row, r) => (distinct ? row.mentee : rows + r)),
    locked,
  };
}

/** The figures of a matching, as the summary names them (`lowestScore` `Infinity` when it has no pair). */
export interface Figures {
  readonly matched: number;
  readonly weightedMatched: number;
  readonly lowestScore: number;
  readonly weightedTotal: number;
  /** Σ score, unweighted (`summary.totalScore`). */
  readonly totalScore: number;
}

/** Score of row `r` with mentor `j`. */
export function scoreAt(problem: MatchProblem, r: number, j: number): number {
  return problem.scores[r * problem.cols + j] as number;
}

/** Figures of a matching (a mentor per row, -1 = unmatched), summed in row order. */
export function figuresOf(problem: MatchProblem, assigned: ArrayLike<number>): Figures {
  let matched = 0;
  let weightedMatched = 0;
  let weightedTotal = 0;
  let totalScore = 0;
  let lowestScore = Number.POSITIVE_INFINITY;
  for (let r = 0; r < problem.rows; r++) {
    const j = assigned[r] as number;
    if (j < 0) continue;
    const s = scoreAt(problem, r, j);
    const p = problem.priority[r] as number;
    matched++;
    weightedMatched += p;
    weightedTotal += p * s;
    totalScore += s;
    lowestScore = Math.min(lowestScore, s);
  }
  return { matched, weightedMatched, lowestScore, weightedTotal, totalScore };
}

/** How figure `key` of `a` compares with `b`'s: 1 above, -1 below, 0 level (with the figure's tolerance). */
export function compareFigure(key: BoundFigure, a: number, b: number): number {
  if (a === b) return 0;
  if (key === 'matched') return Math.sign(a - b);
  const tolerance =
    key === 'lowestScore'
      ? LOWEST_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))
      : SUM_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= tolerance ? 0 : a > b ? 1 : -1;
}

/** How `a` ranks against `b` for the objective: 1 above, -1 below, 0 level (figure by figure). */
export function compareFigures(objective: OptimisedObjective, a: Figures, b: Figures): number {
  for (const key of LEVELS[objective]) {
    const c = compareFigure(key, a[key], b[key]);
    if (c !== 0) return c;
  }
  return 0;
}

/** The figures in words, for failure messages. */
export function showFigures(f: Figures): string {
  return `${f.matched} pairs (weight ${f.weightedMatched}), lowest ${f.lowestScore}, weighted total ${f.weightedTotal}`;
}

/** Everything a matching breaks, in words (empty when it is feasible). */
export function violations(problem: MatchProblem, assigned: ArrayLike<number>): string[] {
  const out: string[] = [];
  const { rows, cols } = problem;
  if (assigned.length !== rows) return [`${assigned.length} rows in the matching, ${rows} in the problem`];
  const load = new Array<number>(cols).fill(0);
  const given = new Array<number>(cols).fill(0);
  const held = new Set<string>();
  for (let r = 0; r < rows; r++) {
    const j = assigned[r] as number;
    const lock = problem.locked[r] as number;
    if (lock >= 0 && j !== lock) out.push(`row ${r} is locked to mentor ${lock} but got ${j}`);
    if (j < 0) continue;
    if (!Number.isInteger(j) || j >= cols) {
      out.push(`row ${r}: no mentor ${j}`);
      continue;
    }
    if (scoreAt(problem, r, j) === Number.NEGATIVE_INFINITY) out.push(`row ${r} got mentor ${j}, a forbidden pair`);
    load[j]!++;
    given[j]! += problem.hours[r]!;
    const key = `${problem.group[r]}/${j}`;
    if (held.has(key)) out.push(`row ${r} got mentor ${j}, who already has another row of its mentee`);
    held.add(key);
  }
  for (let j = 0; j < cols; j++) {
    if (load[j]! > problem.capacity[j]!) out.push(`mentor ${j}: ${load[j]} rows over capacity ${problem.capacity[j]}`);
    if (given[j]! > problem.budget[j]! + HOURS_SLACK)
      out.push(`mentor ${j}: ${given[j]} h over the budget of ${problem.budget[j]} h`);
  }
  return out;
}

/** One objective's optimum. */
export interface Optimum {
  /** The figures of one optimal matching. */
  readonly figures: Figures;
  /** That matching: a mentor per row, -1 = unmatched. */
  readonly assigned: Int32Array;
  /**
   * Each of the objective's figures at its optimum, in turn under the earlier ones (for `fair`,
   * `lowestScore` is the highest lowest score of the largest matchings, and `weightedTotal` the
   * best over those whose lowest is within {@link LOWEST_TOLERANCE} of it).
   */
  readonly stages: Readonly<Partial<Record<BoundFigure, number>>>;
}

/** The optimum of every objective asked. */
export type BruteForceMatch = { readonly feasible: boolean } & Readonly<Record<OptimisedObjective, Optimum>>;

const NONE: Optimum = {
  figures: {
    matched: -1,
    weightedMatched: Number.NEGATIVE_INFINITY,
    lowestScore: Number.NEGATIVE_INFINITY,
    weightedTotal: Number.NEGATIVE_INFINITY,
    totalScore: Number.NEGATIVE_INFINITY,
  },
  assigned: new Int32Array(0),
  stages: {},
};

/** The floor a sum must reach to count as level with `value`. */
const sumFloor = (value: number) => value - SUM_TOLERANCE * Math.max(1, Math.abs(value));

/**
 * The optimum of each objective asked (all by default) by exhaustive search, stage by stage as the
 * objective ranks: `total` the highest Σ priority × score; `coverage` the highest Σ priority,
 * then the highest Σ priority × score among the matchings that reach it; `fair` the most pairs, then
 * the highest lowest score among those, then the highest Σ priority × score among the largest
 * matchings whose pairs all score within {@link LOWEST_TOLERANCE} of it. `feasible` is false only
 * when the locks themselves break a constraint (the objectives' optima are then meaningless).
 */
export function bruteForceMatch(
  problem: MatchProblem,
  objectives: readonly OptimisedObjective[] = OPTIMISED,
): BruteForceMatch {
  const { rows, cols } = problem;
  if (rows > BRUTE_FORCE_MAX_ROWS || cols > BRUTE_FORCE_MAX_COLS)
    throw new Error(`bruteForceMatch: ${rows}×${cols} is beyond ${BRUTE_FORCE_MAX_ROWS}×${BRUTE_FORCE_MAX_COLS}`);
  const none = { feasible: false, total: NONE, coverage: NONE, fair: NONE };
  if (violations(problem, problem.locked).length > 0) return none;
  const run = (stage: Stage) => {
    const found = maximise(problem, stage);
    if (found === null) throw new Error(`bruteForceMatch: the ${stage.goal} stage lost every matching`);
    return found;
  };
  const optimum = (assigned: Int32Array, stages: Partial<Record<BoundFigure, number>>): Optimum => {
    const figures = figuresOf(problem, assigned);
    // The last stage's value as the matching's own figure, summed in row order like the others.
    return { figures, assigned, stages: { ...stages, weightedTotal: figures.weightedTotal } };
  };
  const out: { -readonly [K in OptimisedObjective]: Optimum } = { total: NONE, coverage: NONE, fair: NONE };
  for (const objective of objectives) {
    if (objective === 'total') {
      out.total = optimum(run({ goal: 'weightedTotal' }).assigned, {});
    } else if (objective === 'coverage') {
      const heaviest = run({ goal: 'weightedMatched' }).value;
      const best = run({ goal: 'weightedTotal', minWeighted: sumFloor(heaviest) });
      out.coverage = optimum(best.assigned, { weightedMatched: heaviest });
    } else {
      const most = run({ goal: 'matched' }).value;
      const lowest = run({ goal: 'lowestScore', minMatched: most }).value;
      const floor = lowest === Number.POSITIVE_INFINITY ? lowest : lowest - LOWEST_TOLERANCE * Math.abs(lowest);
      const allow = (r: number, j: number) => lowest === Number.POSITIVE_INFINITY || scoreAt(problem, r, j) >= floor;
      const best = run({ goal: 'weightedTotal', minMatched: most, allow });
      out.fair = optimum(best.assigned, { matched: most, lowestScore: lowest });
    }
  }
  return { feasible: true, ...out };
}
