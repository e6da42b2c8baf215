/**
 * The objectives on a {@link MatchingProblem}, with a proof of how good the answer is.
 *
 * Without a binding hours budget the flow optimum is exact (`exact.ts`). With one, the problem is a
 * generalised assignment problem (NP-hard), solved in four steps:
 * 1. the relaxation: the objective solved exactly with each budget read as places (`places.ts`);
 *    when it keeps every budget it is optimal;
 * 2. a first matching: the relaxation made to keep the budgets and filled (`feasible.ts`), or first
 *    come, first served if that ranks higher, improved by local search (`localSearch.ts`);
 * 3. the Lagrangian bound of the objective's first figure (`lagrangian.ts`), whose penalised
 *    matchings, made feasible and improved, are candidates too;
 * 4. branch and bound (`branchAndBound.ts`), which proves the best matching optimal when it ends
 *    within `maxNodes` relaxations.
 * The proof: level by level, the least of the valid upper bounds (the search's open nodes while the
 * earlier levels tie, the Lagrangian bounds, `fair`'s threshold bound); the first level whose bound
 * is above the matching's figure is `boundOn`; if none is, the matching is optimal.
 */

import {
  canStop,
  checkSearchIf,
  checkTime,
  drain,
  holdsMatching,
  isTimeLimit,
  liftTimeLimit,
  limitLifted,
  SLICE,
  type Steps,
  sliceDue,
  timeLimited,
  timeUp,
} from '../clock.js';
import { Auction } from './auction.js';
import { lowestBound, pairValuesAt, quickBound, sumBound } from './bounds.js';
import { branchAndBound, type SearchResult } from './branchAndBound.js';
import { type Part, partProblem, partsOf } from './components.js';
import { type ExactCounts, solveExactSteps } from './exact.js';
import { raiseLowest } from './fairThreshold.js';
import { fillGreedily, repairBudgets } from './feasible.js';
import { lagrangianSteps, type PenalisedSolve } from './lagrangian.js';
import { localSearchSteps } from './localSearch.js';
import { budgetPlaces, budgetPlacesSteps, keepsBudgets } from './places.js';
import {
  compareFigure,
  compareFigures,
  type Figures,
  figuresOf,
  levelsOf,
  type MatchingObjective,
  type MatchingProblem,
  type ScoreMemo,
  type SumFigure,
  scoreMemo,
} from './problem.js';
import { rowPriceBound } from './rowPriceBound.js';
import type { RowsHelper } from './rowsHelper.js';
import { allPairs, type SparseRows, shared, sparseRows, sparseRowsSteps } from './sparseRows.js';

/**
 * Subgradient steps of the Lagrangian bound at scale, the auction's bid increment (per unit of the
 * largest pair value), and how much coarser it is during the steps: the steps run with a coarse
 * increment (about a sixth of the bids), then one solve at the best multipliers with the fine one
 * gives the final bound and matching. Measured on the 5,000 × 1,000 micro benchmark (seeds 1–3):
 * gap 1.19 / 1.09 / 0.91 % with 3 fine steps, 0.41 / 0.67 / 0.43 % with 16 coarse steps and the
 * refinement, for about 0.5 s more.
 *
 * At scale the steps' L, inflated by the coarse increment (rows × ε), stays above the first step's
 * (micro 100,000 × 10,000: 55,331 at λ = 0, 53,961 once refined): the steps feed the matching, not
 * the bound, and full-size steps overshoot. With {@link LARGE_FIRST_STEP} a quarter, 12 steps gave
 * gaps (seeds 1–3, one helper) of 0.547 / 0.511 / 0.580 % at micro 100,000 × 10,000 against 0.583 /
 * 0.568 / 0.615 % with 16 full-size steps (16 quarter steps: 0.485 / 0.471 / 0.539 %; 10: 0.589 /
 * 0.559 / 0.631 %), 0.573 / 0.642 / 0.569 % at 50,000 × 5,000 against 0.627 / 0.635 / 0.547 %,
 * and 0.447 / 0.562 / 0.426 % at the 5,000 × 1,000 benchmark against 0.466 / 0.589 / 0.362 %; each
 * step left out is about 0.17 s at 100,000 × 10,000.
 */
const LARGE_STEPS = 12;
/** The first step's size factor at scale (see {@link LARGE_STEPS}; the exact flows' search keeps 1). */
const LARGE_FIRST_STEP = 0.25;
const AUCTION_EPSILON = 0.0075;
const COARSE = 6;
/**
 * Subgradient steps of the row-price bound at scale. A second step left the bound unchanged on the
 * 5,000 × 1,000 micro benchmark (seeds 1–3), for about 70 ms.
 */
const PRICE_STEPS = 1;

/**
 * Passes of the local search over the rows, and at scale: on the 5,000 × 1,000 micro benchmark,
 * 2 passes at scale instead of 4 moved the gap from 0.414 / 0.665 / 0.432 % to 0.419 / 0.671 /
 * 0.435 % (seeds 1–3), for about 150 ms less.
 */
const LARGE_PASSES = 2;
/**
 * On a candidate subset (above {@link CANDIDATE_PAIRS}): on the micro 25,000-mentee programme, 1
 * pass instead of 2 moved the gap from 0.817 % to 0.828 %, for about 1 s less (of 9).
 */
const SUBSET_PASSES = 1;
const LOCAL_PASSES = 20;

/** A solution and its proof. */
export interface MatchingSolution {
  /** A column per row, -1 = unmatched. */
  readonly assign: Int32Array;
  /** Whether it is proven optimal (within the tolerances of `problem.ts`). */
  readonly exact: boolean;
  /** The figure `bound` is about: the first level of the objective not proven best, else the last. */
  readonly boundOn: keyof Figures;
  /** A proven upper bound on that figure over every matching that keeps the constraints. */
  readonly bound: number;
  /** Search nodes explored. */
  readonly nodes: number;
}

/** Options of {@link solveMatching}. */
export interface MatchingOptions {
  /** Most branch-and-bound nodes. */
  readonly maxNodes: number;
  /**
   * Above this many matrix entries, `total` under binding budgets takes the path for large problems
   * (`solveLarge`): no exact flow, an auction inside the Lagrangian bound.
   */
  readonly largeEntries: number;
  /**
   * The path for large problems searches each row's best `candidates` pairs only (default: all of
   * them up to {@link CANDIDATE_PAIRS} pairs in all, else {@link CANDIDATES}); its bounds price
   * every pair, so they hold for the whole problem. The exact `total`, `coverage` and `fair` start
   * their column generation from them (default: above `PRICED_PAIRS` pairs,
   * see `exact.ts`).
   */
  readonly candidates?: number;
  /** Told the pairs the search ran on and those priced only (see `exact.ts`). */
  readonly counts?: ExactCounts;
  /** Solve the problem as one, even when it splits into independent parts (for the tests). */
  readonly whole?: boolean;
}

/**
 * Above this many pairs, the path for large problems searches each row's best {@link CANDIDATES}
 * pairs: on the micro programme of 100,000 requests × 10,000 mentors (49 million allowed pairs,
 * 490 a row), every auction and local-search pass over them all took minutes.
 */
export const CANDIDATE_PAIRS = 4_000_000;
/** The pairs per row the search keeps above {@link CANDIDATE_PAIRS}. */
export const CANDIDATES = 64;

/** Solves `objective` on `problem`. */
export function solveMatching(
  problem: MatchingProblem,
  objective: MatchingObjective,
  options: MatchingOptions,
): MatchingSolution {
  return drain(solveMatchingSteps(problem, objective, options));
}

/**
 * {@link solveMatching} in steps: the path for large problems yields when an async caller's time
 * slice is over. A problem of several independent parts (`components.ts`) is solved part by part
 * for `total` and `coverage` (not `fair`, whose lowest score spans the parts), unless
 * `options.whole`.
 */
export function* solveMatchingSteps(
  problem: MatchingProblem,
  objective: MatchingObjective,
  options: MatchingOptions,
): Steps<MatchingSolution> {
  if (objective !== 'fair' && options.whole !== true) {
    const parts = partsOf(problem);
    if (parts.length > 1) return yield* solveParts(problem, objective, options, parts);
  }
  return yield* solveWhole(problem, objective, options);
}

/**
 * Each part of `problem` solved on its own, in order, each with the search nodes the parts before
 * it left of `maxNodes` (and the path for large problems when the whole takes it); the matching is
 * theirs side by side, exact when each is, and its bound, on the first figure some part leaves
 * unproven, the sum of the parts' bounds on it (their own figure where they proved it). Once a
 * part was stopped by the time limit, or the time is up, the parts left get first come, first
 * served and the one-pass bound.
 */
function* solveParts(
  problem: MatchingProblem,
  objective: 'total' | 'coverage',
  options: MatchingOptions,
  parts: readonly Part[],
): Steps<MatchingSolution> {
  const levels = levelsOf(objective);
  const solved: { part: Part; sub: MatchingProblem; solution: MatchingSolution }[] = [];
  const counts: ExactCounts = { searched: 0, priced: 0, rounds: 0 };
  // A problem that takes the path for large problems as a whole has its parts take it too: its
  // time stays that of the whole (per part, the small path's flows took 2.5 s where the whole took
  // 0.3 s, on a micro programme of 4,700 requests × 1,000 mentors in 8 sites).
  const largeEntries = problem.rows * problem.cols > options.largeEntries ? 0 : options.largeEntries;
  let nodes = 0;
  for (const part of parts) {
    const sub = partProblem(problem, part);
    const own: ExactCounts = { searched: sub.pairs.cols.length, priced: 0, rounds: 1 };
    const solution =
      limitLifted() || (timeUp() && canStop())
        ? quickly(sub, levels[0] as SumFigure)
        : yield* solveWhole(sub, objective, {
            ...options,
            largeEntries,
            maxNodes: options.maxNodes - nodes,
            counts: own,
          });
    nodes += solution.nodes;
    counts.searched += own.searched;
    counts.priced += own.priced;
    counts.rounds = Math.max(counts.rounds, own.rounds);
    solved.push({ part, sub, solution });
  }
  if (options.counts !== undefined) Object.assign(options.counts, counts);
  const assign = new Int32Array(problem.rows).fill(-1);
  for (const { part, solution } of solved) {
    solution.assign.forEach((j, k) => {
      if (j >= 0) assign[part.rows[k] as number] = part.cols[j] as number;
    });
  }
  const open = levels.findIndex((level) =>
    solved.some(({ solution }) => !solution.exact && solution.boundOn === level),
  );
  if (open < 0) return proven(problem, objective, assign, nodes);
  const boundOn = levels[open] as keyof Figures;
  let bound = 0;
  for (const { sub, solution } of solved) {
    bound +=
      !solution.exact && solution.boundOn === boundOn ? solution.bound : figuresOf(sub, solution.assign)[boundOn];
  }
  return { assign, exact: false, boundOn, bound: Math.max(bound, figuresOf(problem, assign)[boundOn]), nodes };
}

/** A part left when the time is up: first come, first served, with the one-pass bound on `first`. */
function quickly(problem: MatchingProblem, first: SumFigure): MatchingSolution {
  const { places } = budgetPlaces(problem);
  return stopped(problem, greedyMatching(problem), first, quickBound(problem, allPairs(problem), places, first), 0);
}

/** {@link solveMatchingSteps} on the problem as one part. */
function* solveWhole(
  problem: MatchingProblem,
  objective: MatchingObjective,
  options: MatchingOptions,
): Steps<MatchingSolution> {
  const { places, binds } = yield* budgetPlacesSteps(problem);
  yield SLICE;
  if (binds && problem.rows * problem.cols > options.largeEntries) {
    const most =
      options.candidates ?? (problem.pairs.cols.length > CANDIDATE_PAIRS ? CANDIDATES : Number.POSITIVE_INFINITY);
    return yield* solveLarge(problem, objective, places, most, options.counts);
  }
  const relaxed = yield* solveExactSteps(problem, objective, places, options.candidates, options.counts);
  if (!binds || keepsBudgets(problem, relaxed)) return proven(problem, objective, relaxed, 0);
  if (options.counts !== undefined) {
    // The search under the budgets runs on every pair.
    options.counts.searched = problem.pairs.cols.length;
    options.counts.priced = 0;
  }
  // Out of time from here on: the best matching so far, its first figure bounded by the relaxation.
  const first = levelsOf(objective)[0] as 'weightedTotal' | 'weightedCount' | 'count';
  const known: Known = { best: null, bound: figuresOf(problem, relaxed)[first], nodes: 0 };
  holdsMatching();
  try {
    return finished(searchBudgets(problem, objective, options, places, relaxed, known));
  } catch (error) {
    // Stopped at the deadline, too late to explain the matching within it: TIME_LIMIT.
    if (!isTimeLimit(error) || !canStop()) throw error;
    return stopped(problem, known.best ?? greedyMatching(problem), first, known.bound, known.nodes);
  }
}

/** What a search under binding budgets holds when its time runs out. */
interface Known {
  best: Int32Array | null;
  bound: number;
  nodes: number;
}

/**
 * The search of a matching that keeps binding budgets (steps 2 to 4 above); `known` follows its
 * best matching and bound, for an answer when the time limit stops it.
 */
function searchBudgets(
  problem: MatchingProblem,
  objective: MatchingObjective,
  options: MatchingOptions,
  places: Int32Array,
  relaxed: Int32Array,
  known: Known,
): MatchingSolution {
  const pairs = sparseRows(problem);
  const found = new Incumbent(problem, objective, improved(problem, objective, pairs, relaxed, LOCAL_PASSES));
  known.best = found.best;
  found.offer(greedyMatching(problem));
  known.best = found.best;
  if (objective === 'fair') {
    const raised = raiseLowest(problem, found.figures.count, found.figures.lowest);
    if (raised !== null) found.offer(improved(problem, objective, pairs, raised, LOCAL_PASSES));
  }
  const first = levelsOf(objective)[0] as 'weightedTotal' | 'weightedCount' | 'count';
  found.onBest = (best) => {
    known.best = best;
  };
  const lagrangian = sumBound(
    problem,
    first,
    places,
    found.figures[first],
    (penalised) => found.offer(improved(problem, objective, pairs, penalised, 1))[first],
  );
  known.bound = Math.min(known.bound, lagrangian.bound);
  found.offer(improved(problem, objective, pairs, found.best, LOCAL_PASSES));
  const search = branchAndBound(problem, objective, found.best, relaxed, options.maxNodes);
  known.nodes = search.nodes;
  found.offer(search.assign);
  if (search.open === null && search.assign === found.best) {
    return proven(problem, objective, found.best, search.nodes);
  }
  return prove(problem, objective, places, found.best, search, lagrangian.bound);
}

/** The best matching found so far, for an objective: every candidate is offered to it. */
class Incumbent {
  best: Int32Array;
  figures: Figures;
  /** Told of every new best. */
  onBest: ((best: Int32Array) => void) | null = null;
  /** The scores of the last matching measured (the next one differs in few rows). */
  private readonly memo: ScoreMemo;

  constructor(
    private readonly problem: MatchingProblem,
    private readonly objective: MatchingObjective,
    start: Int32Array,
  ) {
    this.best = start;
    this.memo = scoreMemo(problem.rows);
    this.figures = figuresOf(problem, start, this.memo);
  }

  /** Keeps `assign` if it ranks above the best; returns its figures. */
  offer(assign: Int32Array): Figures {
    const f = figuresOf(this.problem, assign, this.memo);
    if (compareFigures(this.objective, f, this.figures) > 0) {
      this.best = assign;
      this.figures = f;
      this.onBest?.(assign);
    }
    return f;
  }
}

/** First come, first served on the problem: each row in turn takes the best column left. */
function greedyMatching(problem: MatchingProblem, pairs?: SparseRows): Int32Array {
  const greedy = new Int32Array(problem.rows).fill(-1);
  fillGreedily(problem, greedy, pairs);
  return greedy;
}

/**
 * Binding budgets at scale, where each exact flow would take seconds: the Lagrangian bound of the
 * objective's first figure with an auction as the penalised solver (warm-started from one λ to the
 * next), each penalised matching made to keep the budgets and filled; the best matching (first come,
 * first served included) improved by local search; the bound tightened from the auction's row
 * prices at the best λ (`rowPriceBound.ts`). When that proves the first figure, the next one is
 * bounded the same way (`weightedTotal`) or by thresholds (`lowest`).
 */
function* solveLarge(
  problem: MatchingProblem,
  objective: MatchingObjective,
  places: Int32Array,
  most: number,
  counts?: ExactCounts,
): Steps<MatchingSolution> {
  const levels = levelsOf(objective);
  const first = levels[0] as 'weightedTotal' | 'weightedCount' | 'count';
  const { helper } = problem;
  const partial = most !== Number.POSITIVE_INFINITY;
  // Under a time limit, on a candidate subset: first come, first served and the first bound before
  // the subset, whose passes take seconds at scale (2.2 s on the micro programme of 100,000
  // requests × 10,000 mentors, before which nothing was held: a stop there was TIME_LIMIT).
  const early = partial && timeLimited() ? yield* earlyAnswer(problem, places, first) : null;
  // What a stop by the time limit returns: the search's best matching once it holds one, the early
  // answer before; and the least bound known.
  let held: Incumbent | null = null;
  let known = early?.bound ?? Number.POSITIVE_INFINITY;
  try {
    const pairs = yield* sparseRowsSteps(problem, most, early !== null);
    if (counts !== undefined) {
      // The bounds price every pair; the search runs on the subset.
      counts.searched = pairs.col.length;
      counts.priced = problem.pairs.cols.length - pairs.col.length;
    }
    // The time budget and the async form's turns between the first parts (without an early
    // answer, no bound yet: out of time here is TIME_LIMIT; with one, its stop point may be past).
    checkSearchIf(early !== null);
    if (sliceDue()) yield SLICE;
    // First come, first served on every pair (when the search keeps some only, it would rank
    // below): on the problem's helper thread, when it has one and the pairs are shared, while this
    // one finds the first bound and the subset's values (unless found before the subset).
    const sent = early === null && partial && sendGreedy(problem);
    // The first bound (each row at its best pair, each mentor's places at its best), long before
    // the auction's, for an answer stopped by the time limit: none without one (a pass over every
    // pair, 0.2 s on the micro programme of 49 million pairs).
    if (early === null && timeLimited()) known = quickBound(problem, allPairs(problem), places, first);
    checkSearchIf(early !== null);
    // The auction set up while the helper thread finds first come, first served, and without a
    // time limit its first solve too (at λ = 0, which needs no incumbent: the same solve the first
    // step would make). Under one, a search that runs out of time before it holds a matching
    // fails, so the incumbent comes first there.
    const started = startAuction(problem, pairs, places, first);
    if (sent && !timeLimited()) {
      // Its bids are this thread's alone: the helper, once it has first come, first served, takes
      // the work it is given for idle times (joining the solve's passes meanwhile).
      helper?.idle?.();
      started.first = yield* started.auction.solveSteps(new Float64Array(problem.cols));
    }
    const theirs = early?.assign ?? (sent ? yield* (helper as RowsHelper).receiveGreedy() : null);
    const found = new Incumbent(
      problem,
      objective,
      theirs !== null && theirs.length === problem.rows ? theirs : greedyMatching(problem, partial ? undefined : pairs),
    );
    checkTime();
    if (sliceDue()) yield SLICE;
    // Out of time from here on: the best matching so far, with the least bound known.
    held = found;
    holdsMatching();
    return finished(
      yield* searchLarge(problem, objective, places, pairs, started, found, (bound) => {
        known = Math.min(known, bound);
        holdsMatching();
      }),
    );
  } catch (error) {
    // Stopped at the deadline with no matching held, or too late to explain it within the limit:
    // TIME_LIMIT.
    const best = held?.best ?? early?.assign;
    if (!isTimeLimit(error) || !canStop() || best === undefined) throw error;
    // The helper's part of a pass, if it is still at it, is not waited for.
    helper?.abandon?.();
    if (held === null && counts !== undefined) {
      // The early answer: first come, first served and its bound read every pair.
      counts.searched = problem.pairs.cols.length;
      counts.priced = 0;
    }
    return stopped(problem, best, first, known, 0);
  }
}

/** Sends first come, first served on every pair to the problem's helper thread; false when it cannot go (no helper, pairs not shared). */
function sendGreedy(problem: MatchingProblem): boolean {
  const { helper, rows, cols, hours, capacity, budget, groups, pairs } = problem;
  return (
    helper !== undefined &&
    shared(pairs.cols, pairs.scores) &&
    helper.sendGreedy({ rows, cols, pairs, hours, capacity, budget, groups })
  );
}

/**
 * First come, first served on every pair (on the helper thread when it takes it) and the first
 * bound on `first` (here meanwhile): a matching and a bound held, for {@link solveLarge} to return
 * when its time limit stops it.
 */
function* earlyAnswer(
  problem: MatchingProblem,
  places: Int32Array,
  first: 'weightedTotal' | 'weightedCount' | 'count',
): Steps<{ assign: Int32Array; bound: number }> {
  const sent = sendGreedy(problem);
  const bound = quickBound(problem, allPairs(problem), places, first);
  const theirs = sent ? yield* (problem.helper as RowsHelper).receiveGreedy() : null;
  const assign = theirs !== null && theirs.length === problem.rows ? theirs : greedyMatching(problem);
  holdsMatching();
  return { assign, bound };
}

/** {@link solveLarge}'s search from `found`; `onBound` is told of every bound on the first figure. */
function* searchLarge(
  problem: MatchingProblem,
  objective: MatchingObjective,
  places: Int32Array,
  pairs: SparseRows,
  started: StartedAuction,
  found: Incumbent,
  onBound: (bound: number) => void,
): Steps<MatchingSolution> {
  const levels = levelsOf(objective);
  const first = levels[0] as 'weightedTotal' | 'weightedCount' | 'count';
  const passes = pairs.col.length < problem.pairs.cols.length ? SUBSET_PASSES : LARGE_PASSES;
  // The best matching's local search, once the bound's search is over: while its row-price bound
  // runs on a helper thread, if there is one.
  const firstBound = yield* auctionBound(
    problem,
    pairs,
    places,
    first,
    found.figures[first],
    function* (penalised) {
      return found.offer(yield* improvedSteps(problem, objective, pairs, penalised, 0));
    },
    onBound,
    function* () {
      yield* localSearchSteps(problem, objective, pairs, found.best, passes);
      // The search's matching: final (the bounds after it offer no candidate).
      return found.best;
    },
    started,
  );
  const best = found.best;
  const achieved = figuresOf(problem, best);
  // biome-ignore lint/correctness/useYield: the next levels' bounds offer no candidate.
  const none = function* (): Steps<Figures> {
    return achieved;
  };
  for (let l = 0; l < levels.length; l++) {
    const key = levels[l] as keyof Figures;
    const upper = whole(
      key,
      l === 0
        ? firstBound
        : key === 'lowest'
          ? lowestBound(problem, places, achieved.count)
          : yield* auctionBound(problem, pairs, places, 'weightedTotal', achieved.weightedTotal, none),
    );
    if (compareFigure(key, upper, achieved[key]) > 0) {
      return { assign: best, exact: false, boundOn: key, bound: upper, nodes: 0 };
    }
  }
  return proven(problem, objective, best, 0);
}

/**
 * An auction set up for {@link auctionBound}: with the pairs' values it runs on, its fine increment,
 * and every pair for its bounds (when it searches some only).
 */
interface StartedAuction {
  readonly auction: Auction;
  readonly values: Float64Array;
  readonly fine: number;
  readonly full: { readonly pairs: SparseRows; readonly figure: SumFigure } | null;
  /** The first Lagrangian step's solve (λ = 0, no cutoff), when made before; null otherwise. */
  first: PenalisedSolve | null;
}

/** The auction of {@link auctionBound} on `pairs` valued by `figure`, at the Lagrangian steps' coarse increment. */
function startAuction(
  problem: MatchingProblem,
  pairs: SparseRows,
  places: Int32Array,
  figure: 'weightedTotal' | 'weightedCount' | 'count',
): StartedAuction {
  const values = pairValuesAt(problem, pairs, figure);
  const fine = AUCTION_EPSILON * epsilonScale(problem, figure);
  // Searching some pairs only: the bounds price them all.
  const every = allPairs(problem);
  const full = pairs.col.length < every.col.length ? { pairs: every, figure } : null;
  // Each solve from the last one's state on a candidate subset, where the bound is the row-price
  // bound's and the steps feed the matching; from no state when every pair is searched, where the
  // Lagrangian bound is the bound and warm prices loosen it. Measured, `total`, gap (seeds 1–3):
  // - micro 25,000 mentees × 5,000 mentors: 0.94 / 0.98 / 0.98 % from no state, 0.59 / 0.66 /
  //   0.57 % warm, the solve 6.8 → 5.5–6.0 s;
  // - micro 100,000 requests × 10,000 mentors (seed 1): 0.80 → 0.62 %, the bids 9.5 → 1.1 million;
  // - micro 2,500 mentees × 1,000 mentors: 0.47 / 0.59 / 0.36 % from no state, 0.73 / 0.70 /
  //   0.77 % warm.
  const auction = new Auction(problem, pairs, values, places, fine * COARSE, full, full !== null);
  return { auction, values, fine, full, first: null };
}

/**
 * The Lagrangian bound of a sum figure with an auction inside, tightened from the auction's row
 * prices at the best λ; `candidate` gets every penalised matching and returns its figures. `after`,
 * the caller's work once no more candidates come, runs after the row-price bound, or meanwhile
 * when that goes to the problem's helper thread.
 */
function* auctionBound(
  problem: MatchingProblem,
  pairs: SparseRows,
  places: Int32Array,
  figure: 'weightedTotal' | 'weightedCount' | 'count',
  lower: number,
  candidate: (assign: Int32Array) => Steps<Figures>,
  onBound?: (bound: number) => void,
  after?: () => Steps<Int32Array | undefined>,
  started?: StartedAuction,
): Steps<number> {
  // (`started`: set up before, while the caller waited for its helper thread.)
  const set = started ?? startAuction(problem, pairs, places, figure);
  const { auction, values, fine, full } = set;
  // The row prices of the best L(λ) so far, kept as the auction gives them (no solve again).
  let least = Number.POSITIVE_INFINITY;
  let profits: Float64Array = new Float64Array(problem.rows);
  let steps = 0;
  const solve = function* (lambda: Float64Array, cutoff = Number.POSITIVE_INFINITY): Steps<PenalisedSolve> {
    // The first step's solve (λ = 0, no cutoff), perhaps made before.
    const solved = set.first ?? (yield* auction.solveSteps(lambda, cutoff));
    set.first = null;
    // Past the first solve, the bound over the searched pairs decides most steps: the helper idles.
    if (steps++ === 0) problem.helper?.idle?.();
    let value = solved.upper;
    for (let j = 0; j < problem.cols; j++) {
      const b = problem.budget[j] as number;
      if (b < Number.POSITIVE_INFINITY) value += (lambda[j] as number) * b;
    }
    if (solved.partial !== true && value < least) {
      least = value;
      profits = auction.rowProfits();
      onBound?.(value);
    }
    return solved;
  };
  const lagrangian = yield* lagrangianSteps(
    problem,
    solve,
    LARGE_STEPS,
    lower,
    function* (penalised) {
      return (yield* candidate(penalised))[figure];
    },
    undefined,
    LARGE_FIRST_STEP,
  );
  // The refinement: the fine increment at the best multipliers (warm, from the last state); out of
  // time, the bound as it is.
  auction.epsilon = fine;
  if (!timeUp()) yield* candidate((yield* solve(lagrangian.lambda)).assign);
  auction.close();
  const prices = yield* pricesThen(problem, full ?? { pairs, figure: values }, places, profits, lower, after);
  return Math.min(lagrangian.bound, least, prices);
}

/**
 * The row-price bound over `pairs` valued by `figure` (every pair by their scores, or the searched
 * ones by their values), from the row prices `profits`; `after` runs after it or, when the problem's
 * helper thread takes the bound (every pair, in shared memory), meanwhile. Either way the same figure
 * (the same steps on the same input; under a time limit, the steps done by the time it is up).
 */
function* pricesThen(
  problem: MatchingProblem,
  { pairs, figure }: { readonly pairs: SparseRows; readonly figure: Float64Array | SumFigure },
  places: Int32Array,
  profits: Float64Array,
  lower: number,
  after: (() => Steps<Int32Array | undefined>) | undefined,
): Steps<number> {
  const { helper, rows, cols, budget, hours, priority } = problem;
  if (after !== undefined && helper !== undefined && typeof figure === 'string' && shared(pairs.col, pairs.score)) {
    const halt = new Int32Array(new SharedArrayBuffer(4));
    const every = { start: pairs.start, cols: pairs.col, scores: pairs.score };
    const task = {
      rows,
      cols,
      budget,
      hours,
      priority,
      pairs: every,
      figure,
      places,
      start: profits,
      steps: PRICE_STEPS,
      lower,
      halt,
    };
    if (helper.sendBound(task)) {
      const assign = yield* after();
      // The matching is final (the bound changes it no more): the caller's work on it meanwhile.
      const meanwhile = assign === undefined ? undefined : helper.matched?.(assign);
      const theirs = yield* helper.receiveBound(task, meanwhile);
      if (theirs !== null) return theirs;
      return (yield* rowPriceBound(problem, pairs, figure, places, profits, PRICE_STEPS, lower)).bound;
    }
  }
  const { bound } = yield* rowPriceBound(problem, pairs, figure, places, profits, PRICE_STEPS, lower);
  if (after !== undefined) yield* after();
  return bound;
}

/** The size of a pair's value for `figure`, which scales the auction's bid increment. */
function epsilonScale(problem: MatchingProblem, figure: 'weightedTotal' | 'weightedCount' | 'count'): number {
  if (figure === 'count') return 1;
  let most = 0;
  for (let r = 0; r < problem.rows; r++) most = Math.max(most, problem.priority[r] as number);
  return Math.max(most, 1e-9);
}

/** A bound on a count is a whole number: the bound rounded down (past rounding error). */
function whole(key: keyof Figures, upper: number): number {
  return key === 'count' ? Math.floor(upper + 1e-9) : upper;
}

/** `start` made to keep the budgets, filled and improved by `passes` of local search (a new array). */
function improved(
  problem: MatchingProblem,
  objective: MatchingObjective,
  pairs: SparseRows,
  start: Int32Array,
  passes: number,
): Int32Array {
  return drain(improvedSteps(problem, objective, pairs, start, passes));
}

/** {@link improved} in steps: it yields when an async caller's time slice is over. */
function* improvedSteps(
  problem: MatchingProblem,
  objective: MatchingObjective,
  pairs: SparseRows,
  start: Int32Array,
  passes: number,
): Steps<Int32Array> {
  const assign = Int32Array.from(start);
  repairBudgets(problem, objective, assign);
  fillGreedily(problem, assign, pairs);
  yield* localSearchSteps(problem, objective, pairs, assign, passes);
  return assign;
}

/**
 * A search's answer; if it ended for want of time (its loops stop early when the time is up), the
 * time limit is lifted for the rest of the call, so that the matching is returned and explained.
 */
function finished(solution: MatchingSolution): MatchingSolution {
  // Too late to explain it within the limit: the call goes on under it and ends with TIME_LIMIT
  // unless it is done in time.
  if (timeUp() && canStop()) liftTimeLimit();
  return solution;
}

/**
 * The answer of a search stopped by its time limit: `assign`, not proven optimal, with `bound` on
 * its first figure (`first`).
 */
function stopped(
  problem: MatchingProblem,
  assign: Int32Array,
  first: keyof Figures,
  bound: number,
  nodes: number,
): MatchingSolution {
  liftTimeLimit();
  const achieved = figuresOf(problem, assign)[first];
  return { assign, exact: false, boundOn: first, bound: Math.max(whole(first, bound), achieved), nodes };
}

/** An optimal solution: exact, its bound its own last figure. */
function proven(
  problem: MatchingProblem,
  objective: MatchingObjective,
  assign: Int32Array,
  nodes: number,
): MatchingSolution {
  const levels = levelsOf(objective);
  const last = levels[levels.length - 1] as keyof Figures;
  return { assign, exact: true, boundOn: last, bound: figuresOf(problem, assign)[last], nodes };
}

/**
 * The proof of `assign`: level by level, the least valid upper bound; the first level where it is
 * above the matching's figure is the one reported, else the matching is optimal.
 */
function prove(
  problem: MatchingProblem,
  objective: MatchingObjective,
  places: Int32Array,
  assign: Int32Array,
  search: SearchResult,
  firstBound: number,
): MatchingSolution {
  const achieved = figuresOf(problem, assign);
  const levels = levelsOf(objective);
  // The search's open bound holds for a level while every earlier level of it ties with ours.
  let openValid = true;
  for (let l = 0; l < levels.length; l++) {
    const key = levels[l] as keyof Figures;
    let upper = Number.POSITIVE_INFINITY;
    if (search.open === null) {
      if (openValid) upper = achieved[key];
    } else if (openValid) upper = search.open[key];
    if (l === 0) upper = Math.min(upper, firstBound);
    else if (upper === Number.POSITIVE_INFINITY || compareFigure(key, upper, achieved[key]) > 0) {
      // An independent bound, valid whatever the earlier levels.
      if (key === 'weightedTotal') {
        upper = Math.min(upper, sumBound(problem, key, places, achieved[key], (a) => figuresOf(problem, a)[key]).bound);
      } else if (key === 'lowest') {
        upper = Math.min(upper, lowestBound(problem, places, achieved.count));
      }
    }
    upper = whole(key, upper);
    const c = compareFigure(key, upper, achieved[key]);
    if (c > 0) return { assign, exact: false, boundOn: key, bound: upper, nodes: search.nodes };
    if (search.open !== null && compareFigure(key, search.open[key], achieved[key]) !== 0) openValid = false;
  }
  return proven(problem, objective, assign, search.nodes);
}
