/**
 * An independent model of the matching problem that `matchProgram` solves, for its tests: the
 * constraints read straight from the parsed programme and `scoreProgram`'s table (nothing from
 * `src/match/`), a check of any matching against them, and an exhaustive search for the optimum of
 * each objective on small programmes (up to {@link BRUTE_FORCE_MAX_ROWS} demand rows ×
 * {@link BRUTE_FORCE_MAX_COLS} mentors).
 *
 * The problem: give each demand row (a mentee in classic mode, a topic request in micro mode) at
 * most one mentor over pairs with a finite score; a mentor takes at most `capacity` rows and, with
 * an hours budget, at most `budget` hours in all (a row takes `hours`: its request's, 0 in classic
 * mode); rows with the same `group` (one micro mentee's requests, unless `rules.repeatMentor`) get
 * distinct mentors; locked rows keep their mentor. Objectives, each a lexicographic maximum over
 * every feasible matching: `total` (the sum of the scores), `coverage` (pairs, then total), `fair`
 * (pairs, then the lowest score, locked pairs included, then total).
 */
import type { Program, ScoreTable } from '../../src/index.js';

/** Largest programme the exhaustive search takes. */
export const BRUTE_FORCE_MAX_ROWS = 7;
export const BRUTE_FORCE_MAX_COLS = 3;

/** Slack for comparing sums of hours (they are multiples of 0.25 here, so it is only a guard). */
export const HOURS_SLACK = 1e-9;

/** The matching problem of a programme, in index space. */
export interface MatchProblem {
  readonly rows: number;
  readonly cols: number;
  /** `rows × cols`, row-major; `-Infinity` = forbidden. */
  readonly scores: Float64Array;
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
  return {
    rows,
    cols,
    scores: table.scores.data,
    capacity: program.mentors.map((m) => m.capacity),
    budget: program.mentors.map((m) => m.hoursBudget ?? Number.POSITIVE_INFINITY),
    hours: table.rows.map((row) => (program.mode === 'micro' ? row.hours : 0)),
    group: table.rows.map((row, r) => (distinct ? row.mentee : rows + r)),
    locked,
  };
}

/** The figures the objectives rank: pairs, lowest score (`Infinity` when none), total (row order). */
export interface Figures {
  readonly size: number;
  readonly lowest: number;
  readonly total: number;
}

/** Score of row `r` with mentor `j`. */
export function scoreAt(problem: MatchProblem, r: number, j: number): number {
  return problem.scores[r * problem.cols + j] as number;
}

/** Figures of a matching (a mentor per row, -1 = unmatched), summed in row order. */
export function figuresOf(problem: MatchProblem, assigned: ArrayLike<number>): Figures {
  let size = 0;
  let total = 0;
  let lowest = Number.POSITIVE_INFINITY;
  for (let r = 0; r < problem.rows; r++) {
    const j = assigned[r] as number;
    if (j < 0) continue;
    const s = scoreAt(problem, r, j);
    size++;
    total += s;
    lowest = Math.min(lowest, s);
  }
  return { size, lowest, total };
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

/** Whether `a` ranks strictly above `b` for the objective (exact comparisons). */
function ranksAbove(objective: 'total' | 'coverage' | 'fair', a: Figures, b: Figures): boolean {
  if (objective !== 'total' && a.size !== b.size) return a.size > b.size;
  if (objective === 'fair' && a.lowest !== b.lowest) return a.lowest > b.lowest;
  return a.total > b.total;
}

/** The best figures of each objective, and one matching reaching each. */
export interface BruteForceMatch {
  readonly total: Figures;
  readonly coverage: Figures;
  readonly fair: Figures;
  /** Whether any matching is feasible (false only when the locks themselves break a constraint). */
  readonly feasible: boolean;
}

/**
 * The optimum of every objective by exhaustive search: each row takes each allowed mentor or none
 * (a locked row only its mentor), pruned on capacities, budgets and groups as it goes. At most
 * (mentors + 1)^rows leaves.
 */
export function bruteForceMatch(problem: MatchProblem): BruteForceMatch {
  const { rows, cols } = problem;
  if (rows > BRUTE_FORCE_MAX_ROWS || cols > BRUTE_FORCE_MAX_COLS)
    throw new Error(`bruteForceMatch: ${rows}×${cols} is beyond ${BRUTE_FORCE_MAX_ROWS}×${BRUTE_FORCE_MAX_COLS}`);
  const none: Figures = { size: -1, lowest: Number.NEGATIVE_INFINITY, total: Number.NEGATIVE_INFINITY };
  const best = { total: none, coverage: none, fair: none };
  const load = new Array<number>(cols).fill(0);
  const given = new Array<number>(cols).fill(0);
  const assigned = new Array<number>(rows).fill(-1);
  const visit = (r: number, size: number, lowest: number, total: number): void => {
    if (r === rows) {
      const f: Figures = { size, lowest, total };
      for (const objective of ['total', 'coverage', 'fair'] as const)
        if (ranksAbove(objective, f, best[objective])) best[objective] = f;
      return;
    }
    const lock = problem.locked[r] as number;
    const choices = lock >= 0 ? [lock] : [-1, ...Array.from({ length: cols }, (_, j) => j)];
    for (const j of choices) {
      if (j < 0) {
        visit(r + 1, size, lowest, total);
        continue;
      }
      const s = scoreAt(problem, r, j);
      if (s === Number.NEGATIVE_INFINITY || load[j]! >= problem.capacity[j]!) continue;
      if (given[j]! + problem.hours[r]! > problem.budget[j]! + HOURS_SLACK) continue;
      let shared = false;
      for (let q = 0; q < r && !shared; q++) shared = assigned[q] === j && problem.group[q] === problem.group[r];
      if (shared) continue;
      load[j]!++;
      given[j]! += problem.hours[r]!;
      assigned[r] = j;
      visit(r + 1, size + 1, Math.min(lowest, s), total + s);
      assigned[r] = -1;
      load[j]!--;
      given[j]! -= problem.hours[r]!;
    }
  };
  visit(0, 0, Number.POSITIVE_INFINITY, 0);
  return { ...best, feasible: best.total.size >= 0 };
}
