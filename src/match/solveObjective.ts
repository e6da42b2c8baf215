/**
 * The objectives on a prepared programme: `stable` by deferred acceptance (`solveStable.ts`), the
 * others on the free rows as a numeric matching problem (`solve/internal/matching`): `total` (the
 * highest Σ priority × score), `coverage` (the highest Σ priority over the matched requests, then
 * Σ priority × score), `fair` (the most pairs, then the highest lowest score, scores within 1e-12
 * relative counting as equal, then Σ priority × score). Exact without binding hours budgets; with
 * them, the best matching found with a proven bound (see `solveMatching`).
 */
import type { Objective } from '../model/program.js';
import { pairScreenOf, type ScoreTable } from '../score/scoreProgram.js';
import { drain, SLICE, type Steps } from '../solve/internal/clock.js';
import type { ExactCounts } from '../solve/internal/matching/exact.js';
import { budgetPlaces, keepsBudgets } from '../solve/internal/matching/places.js';
import type { MatchingProblem } from '../solve/internal/matching/problem.js';
import { type Figures, figuresOf, levelsOf } from '../solve/internal/matching/problem.js';
import { keepBudgetsUnderQuotas, tightened } from '../solve/internal/matching/quotaBudgets.js';
import { solvePairCount, solveQuotas } from '../solve/internal/matching/quotaFlow.js';
import { setCounts } from '../solve/internal/matching/quotaLimits.js';
import type { RowsHelper } from '../solve/internal/matching/rowsHelper.js';
import {
  type MatchingOptions,
  type MatchingSolution,
  solveMatchingSteps,
} from '../solve/internal/matching/solveMatching.js';
import { type PairScreen, pairScore } from '../solve/internal/pairs.js';
import { freeProblem, type Prepared } from './prepare.js';
import {
  type CompiledQuotas,
  checkMinimum,
  checkSetMinimums,
  compileQuotas,
  countNotKept,
  minimumNotFound,
} from './quotas.js';
import { solveStable } from './solveStable.js';
import type { BoundFigure } from './types.js';

/** The matching: a mentor column per demand row (-1 = unmatched), locked pairs included, and its proof. */
export interface Solved {
  readonly assigned: Int32Array;
  /** Whether the result is proven optimal. */
  readonly exact: boolean;
  /** A proven upper bound on `boundOn` for the whole matching (locked pairs included); null for `stable`. */
  readonly bound: number | null;
  readonly boundOn: BoundFigure | null;
  /** Search nodes explored. */
  readonly nodes: number;
  /**
   * The allowed pairs of the free rows the search ran on, and the others, priced only (against the
   * duals or prices that prove the result, see `exact.ts`); every pair for `stable` and the quotas.
   */
  readonly searched: number;
  readonly priced: number;
}

/** Above this many entries (free rows × mentors), `total` under binding budgets takes the large path. */
export const LARGE_ENTRIES = 1_000_000;

/**
 * Default search nodes: 2,000 for small programmes, fewer as each node's relaxation grows (about
 * 300,000 matrix entries solved in all; `fair` solves several flows per node, so a tenth of that).
 */
export function defaultMaxNodes(rows: number, cols: number, objective: Objective): number {
  const entries = Math.max(1, rows * cols) * (objective === 'fair' ? 10 : 1);
  return Math.min(2000, Math.floor(300_000 / entries));
}

/**
 * Solves `prepared` for `objective`; `maxNodes` caps the search when hours budgets bind, and above
 * `largeEntries` entries the path for large problems is taken (the tests lower it to check that path
 * on problems small enough to know their optimum). `masked` chooses how locked rows are left out
 * (see `freeProblem`; default: by size).
 */
export function solveObjective(
  prepared: Prepared,
  objective: Objective,
  maxNodes?: number,
  largeEntries: number = LARGE_ENTRIES,
  candidates?: number,
  masked?: boolean,
): Solved {
  return drain(solveObjectiveSteps(prepared, objective, maxNodes, largeEntries, candidates, masked));
}

/**
 * {@link solveObjective} in steps: it yields when an async caller's time slice is over. `helper`, a
 * helper thread that takes part in the passes over every pair (see `sparseRows.ts`).
 */
export function* solveObjectiveSteps(
  prepared: Prepared,
  objective: Objective,
  maxNodes?: number,
  largeEntries: number = LARGE_ENTRIES,
  candidates?: number,
  masked?: boolean,
  helper?: RowsHelper,
): Steps<Solved> {
  if (objective === 'stable') {
    compileQuotas(prepared, objective, false);
    const searched = prepared.table.allowed.cols.length;
    return { ...solveStable(prepared), bound: null, boundOn: null, nodes: 0, searched, priced: 0 };
  }
  const { table, free, locked, capacity, hoursLeft } = prepared;
  const cols = table.mentorIds.length;
  // The locked pairs (read before the mask takes them out): fixed figures the bound adds to, and a
  // cap on the lowest score.
  let ceiling = Number.POSITIVE_INFINITY;
  let fixedCount = 0;
  let fixedWeight = 0;
  let fixedTotal = 0;
  locked.forEach((j, r) => {
    if (j < 0) return;
    const s = pairScore(table.allowed, r, j);
    const p = table.rows[r]?.priority ?? 1;
    ceiling = Math.min(ceiling, s);
    fixedCount++;
    fixedWeight += p;
    fixedTotal += p * s;
  });
  const { rows, pairs, out, groups, hours, priority, restore } = freeProblem(prepared, masked);
  const counts: ExactCounts = { searched: pairs.cols.length, priced: 0, rounds: 1 };
  const problem: MatchingProblem = {
    rows: rows.length,
    cols,
    pairs,
    priority,
    hours,
    capacity,
    budget: hoursLeft,
    groups,
    ceiling,
    // With the matching told in the table's rows once final.
    ...(helper === undefined ? {} : { helper: tellingTable(helper, rows, locked) }),
    ...screenFor(table, rows),
  };
  const nodes = maxNodes ?? defaultMaxNodes(free.length, cols, objective);
  let solution: MatchingSolution;
  try {
    yield SLICE;
    solution = yield* quotasOr(prepared, problem, rows, objective, {
      maxNodes: nodes,
      largeEntries,
      counts,
      ...(candidates === undefined ? {} : { candidates }),
    });
  } finally {
    // The table's own scores again, whatever happened (a masked problem lends them).
    restore();
  }
  const assigned = Int32Array.from(locked);
  solution.assign.forEach((j, k) => {
    if (j >= 0) assigned[rows[k] as number] = j;
  });
  const fixed = { count: fixedCount, weightedCount: fixedWeight, weightedTotal: fixedTotal };
  const boundOn = FIGURE[solution.boundOn];
  const bound =
    solution.boundOn === 'lowest' ? Math.min(solution.bound, ceiling) : solution.bound + fixed[solution.boundOn];
  // The pairs a lock takes out are in the problem's pattern (at -Infinity), neither searched nor
  // priced; the paths that count them anyway count them among the priced ones when the search ran
  // on a subset (they are never in it), else among the searched ones.
  const excess = Math.max(0, counts.searched + counts.priced - (pairs.cols.length - out));
  const priced = counts.priced >= excess ? counts.priced - excess : counts.priced;
  const searched = counts.priced >= excess ? counts.searched : counts.searched - excess;
  return { assigned, exact: solution.exact, bound, boundOn, nodes: solution.nodes, searched, priced };
}

/**
 * The matching of `problem` under the programme's quotas (exact, proven by the flow: its bound is
 * its own figure), or without quotas `solveMatching`'s.
 */
function* quotasOr(
  prepared: Prepared,
  problem: MatchingProblem,
  rows: Int32Array,
  objective: Exclude<Objective, 'stable'>,
  options: MatchingOptions,
): Steps<MatchingSolution> {
  if (prepared.program.rules.quotas.length === 0) return yield* solveMatchingSteps(problem, objective, options);
  const { places, binds } = budgetPlaces(problem);
  const compiled = compileQuotas(prepared, objective, binds, { pairs: problem.pairs, rows }) as CompiledQuotas;
  const boundOn = levelsOf(objective).at(-1) as keyof Figures;
  if (compiled.cross !== null) {
    // Pairs across departments or a share: no flow constraint, the Lagrangian search with its
    // bound and gap (the counted sets, if any, kept by its flows).
    const found = yield* solvePairCount(problem, places, compiled.limits, compiled.cross);
    if (found.stuck === true) throw countNotKept(prepared, compiled);
    if (found.assign !== null) checkSetMinimums(prepared, compiled, setCounts(compiled.limits, found.assign));
    checkMinimum(prepared, compiled, found.assign !== null ? compiled.min : compiled.share ? null : found.most);
    const relaxed = found.assign as Int32Array;
    if (binds && !keepsBudgets(problem, relaxed)) {
      // The budgets read as places: its matching made to keep them, with its bound.
      const total = { pairs: compiled.cross, total: found.bound };
      const kept = keepBudgetsUnderQuotas(problem, objective, compiled.limits, relaxed, total);
      if (Array.isArray(kept)) throw minimumNotFound(prepared, compiled, kept);
      if (kept.exact) return kept;
      const free = yield* solveMatchingSteps(problem, objective, options);
      return tightened(problem, objective, compiled.limits, kept, free, compiled.cross);
    }
    return { ...found, assign: relaxed, boundOn, nodes: 0 };
  }
  const { assign, inSet } = yield* solveQuotas(problem, objective, places, compiled.limits);
  checkSetMinimums(prepared, compiled, inSet);
  if (binds && !keepsBudgets(problem, assign)) {
    // The budgets read as places bound the answer: it is made to keep them, with that bound.
    const kept = keepBudgetsUnderQuotas(problem, objective, compiled.limits, assign);
    if (Array.isArray(kept)) throw minimumNotFound(prepared, compiled, kept);
    if (kept.exact) return kept;
    // A second relaxation: the budgets' own search without the quotas.
    return tightened(problem, objective, compiled.limits, kept, yield* solveMatchingSteps(problem, objective, options));
  }
  return { assign, exact: true, boundOn, bound: figuresOf(problem, assign)[boundOn], nodes: 0 };
}

/** The summary's name of each figure. */
const FIGURE = {
  count: 'matched',
  weightedCount: 'weightedMatched',
  lowest: 'lowestScore',
  weightedTotal: 'weightedTotal',
} as const satisfies Record<string, BoundFigure>;

/** The table's pair screen (`pairScreenOf`) for the problem's rows (`rows`: their rows in the table), if it has one. */
function screenFor(table: ScoreTable, rows: Int32Array): { screen?: PairScreen } {
  const screen = pairScreenOf(table);
  if (screen === undefined) return {};
  const strip = Int32Array.from(rows, (r) => screen.strip[r] as number);
  const least = Float64Array.from(rows, (r) => screen.least[r] as number);
  return { screen: { strip, least, levels: screen.levels } };
}

/**
 * `helper` telling the caller's {@link RowsHelper.matched} the matching as `assigned` will be: the
 * locked pairs, and the problem's rows (`rows`: their rows in the table) at their columns.
 */
function tellingTable(helper: RowsHelper, rows: Int32Array, locked: Int32Array): RowsHelper {
  const { matched } = helper;
  if (matched === undefined) return helper;
  return {
    ...helper,
    matched: (assign) => {
      const assigned = Int32Array.from(locked);
      assign.forEach((j, k) => {
        if (j >= 0) assigned[rows[k] as number] = j;
      });
      return matched(assigned);
    },
  };
}
