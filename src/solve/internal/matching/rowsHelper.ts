/**
 * A helper thread for the passes over every pair of a problem: the types the solvers see. The
 * match layer makes one on the helper threads that scored the programme (`match/helperTasks.ts`).
 */
import type { Steps } from '../clock.js';
import type { ScoredPairs } from '../pairs.js';
import type { ClaimBoard } from './claims.js';

/**
 * A helper thread for the pass of `cutsSteps` (`sparseRows.ts`) over every pair (`match/helperTasks.ts` makes
 * one): it takes the rows from `from` on, the calling thread those before, at once.
 */
export interface RowsHelper {
  /** Sends the first come, first served matching on every pair (`greedyOf` in `feasible.ts`), whole; false when it cannot go. */
  sendGreedy(task: GreedyTask): boolean;
  /** The matching (a column per row, -1: none), as {@link receiveCuts}. */
  receiveGreedy(): Steps<Int32Array | null>;
  /** Sends rows `from` to `to - 1` of the hours budgets' places (`places.ts`); false when they cannot go. */
  sendPlaces(task: PlacesTask): boolean;
  /** The helper's part of the places, as {@link receiveCuts}. */
  receivePlaces(): Steps<PlacesPart | null>;
  /** Sends rows `from` to `to - 1` of `pairs` (in shared memory); false when they cannot go. */
  sendCuts(task: CutsTask): boolean;
  /** The helper's part, waiting for it; null when it could not do it (then it is done here). */
  receiveCuts(): Steps<CutsPart | null>;
  /** Sends rows `from` to `to - 1` of the subset's gathering (`keptSubsetSteps`); false when they cannot go. */
  sendKeep(task: KeepTask): boolean;
  /** The helper's part of the gathering, as {@link receiveCuts}. */
  receiveKeep(): Steps<KeepPart | null>;
  /** Sends rows `from` to `to - 1` of an auction's dual bound (`auction.ts`); false when they cannot go. */
  sendProfits(task: ProfitsTask): boolean;
  /** The rows' best profits (from row `from`), as {@link receiveCuts}. */
  receiveProfits(): Steps<Float64Array | null>;
  /** Sends a row-price bound over every pair (`rowPriceBound.ts`), whole; false when it cannot go. */
  sendBound(task: BoundTask): boolean;
  /**
   * The bound, as {@link receiveCuts}; while waiting, raises the task's `halt` once the call's
   * time is up (the helper then ends with the steps it has done, as the calling thread would), and
   * does `meanwhile`'s pieces of work (each returns whether some is left).
   */
  receiveBound(task: BoundTask, meanwhile?: () => boolean): Steps<number | null>;
  /**
   * Told once the solve expects to need the helper for none of the tasks above for a while (the
   * Lagrangian steps, past the first; a column generation's flows, once its first subset is
   * gathered): the helper may take on other work meanwhile, which a task sent later waits for (the
   * shared passes do not: it joins them between its steps).
   */
  idle?(): void;
  /**
   * Hands the helper an auction's row passes (`auctionPasses.ts`), whose chunks it then claims
   * whenever it is free (between the steps of other work too) until {@link endPasses}; false when
   * they cannot go.
   */
  shareAuction?(share: AuctionShare): boolean;
  /**
   * Hands the helper a column generation's pricing passes (`pricing.ts`), claimed the same way until
   * {@link endPasses}; false when they cannot go.
   */
  sharePricing?(share: PricingShare): boolean;
  /** Tells the helper that a pass of the shared auction or pricing is open (it joins it once free). */
  wake?(): void;
  /** The shared passes (an auction's or a pricing's) are over: the helper lets their arrays go. */
  endPasses?(): void;
  /** Whether the helper may still finish a chunk it claimed (false once it is gone). */
  alive?(): boolean;
  /**
   * Told that the solve stopped (its time limit) while the helper works on a task sent above, and
   * will not wait for its reply: that reply is set aside when it comes, not taken for a later one's.
   * A candidate pass's part (cuts, gathering and sort) ends at the helper's next look at the task,
   * so that the helper is free for the audits sooner.
   */
  abandon?(): void;
  /**
   * Told the solve's matching (a column per row of the problem, -1: none) once no step of the solve
   * can change it, only its bound is still to come: returns the caller's work on it to do meanwhile,
   * in pieces (each returns whether some is left), if it has any.
   */
  matched?(assign: Int32Array): (() => boolean) | undefined;
}

/**
 * A row-price bound over every pair for a {@link RowsHelper} (`boundOf` in `rowPriceBound.ts`): the
 * problem's figures it reads, the arguments of `rowPriceBound`, and the flags that end it early.
 */
export interface BoundTask {
  readonly rows: number;
  readonly cols: number;
  readonly budget: Float64Array;
  readonly hours: Float64Array;
  readonly priority: Float64Array;
  /** Every pair, in shared memory. */
  readonly pairs: ScoredPairs;
  /** The sum figure of the pairs' values (as {@link ProfitsTask}). */
  readonly figure: 'weightedTotal' | 'weightedCount' | 'count';
  readonly places: Int32Array;
  /** The row prices to start from. */
  readonly start: Float64Array;
  readonly steps: number;
  readonly lower: number;
  /** Raised (to 1, in shared memory) by the calling thread once the call's time is up. */
  readonly halt: Int32Array;
}

/**
 * The rows of an auction's dual bound for a {@link RowsHelper}: each row's best profit over every
 * pair at the multipliers and column prices (`profitsOf` in `auction.ts`; the pairs in shared memory).
 */
export interface ProfitsTask {
  readonly pairs: ScoredPairs;
  /** The sum figure of the pairs' values (`problem.ts` `SumFigure`; not imported: it imports this). */
  readonly figure: 'weightedTotal' | 'weightedCount' | 'count';
  readonly priority: Float64Array;
  readonly hours: Float64Array;
  readonly lambda: Float64Array;
  readonly colPrice: Float64Array;
  readonly from: number;
  readonly to: number;
}

/**
 * The first come, first served matching for a {@link RowsHelper}: the problem's figures it reads
 * (every pair in shared memory).
 */
export interface GreedyTask {
  readonly rows: number;
  readonly cols: number;
  readonly pairs: ScoredPairs;
  readonly hours: Float64Array;
  readonly capacity: Int32Array;
  readonly budget: Float64Array;
  readonly groups: Int32Array | undefined;
}

/**
 * The rows of the hours budgets' places for a {@link RowsHelper} (`placesPartOf` in `places.ts`):
 * the candidate hours each budgeted column gets from them.
 */
export interface PlacesTask {
  readonly pairs: ScoredPairs;
  readonly hours: Float64Array;
  readonly capacity: Int32Array;
  readonly budget: Float64Array;
  readonly from: number;
  readonly to: number;
}

/**
 * What rows give each budgeted column (`places.ts`): with few places, its `c` shortest and `c`
 * longest candidate hours (ascending, in `low` and `high` from its slot); with more, all of them
 * in row order (`all` from `start[j]`, one more at the end).
 */
export interface PlacesPart {
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly start: Int32Array;
  readonly all: Float64Array;
}

/**
 * Each pair's value from its score (`scores` aligned with the pairs, in shared memory): `factor[r] ×
 * score`, plus `bonus[r]` when given; `-Infinity` where the score is (`problem.ts` `derivedValue`).
 */
export interface DerivedValues {
  readonly scores: Float64Array;
  readonly factor: Float64Array;
  readonly bonus: Float64Array | null;
}

/** The rows of a pricing round: the arguments of `priceAll` (`pricing.ts`), which marks `inSubset` and `changed`. */
export interface PricesTask {
  readonly pairs: { readonly start: Int32Array; readonly cols: Int32Array };
  readonly width: number;
  /** Each pair's value (unread with `derived`: a helper's copy holds none). */
  readonly values: Float64Array;
  /**
   * The values made from the scores instead (`problem.ts` `derivedValue`), where they are not in
   * shared memory: a helper then prices without a copy of them (390 MB at micro 100,000 × 10,000);
   * null: read `values`.
   */
  readonly derived: DerivedValues | null;
  readonly inSubset: Uint8Array;
  readonly changed: Uint8Array;
  readonly assign: Int32Array;
  readonly prices: Float64Array;
  readonly tolerance: number;
  readonly mates: { readonly order: Int32Array; readonly from: Int32Array; readonly to: Int32Array } | null;
  readonly from: number;
  readonly to: number;
}

/**
 * The rows of a subset's gathering for a {@link RowsHelper}: the cuts, and the marks to set (all in
 * shared memory but the cuts; null: none).
 */
export interface KeepTask {
  readonly pairs: ScoredPairs;
  readonly values: Float64Array;
  readonly floor: Float64Array;
  readonly atFloor: Int32Array;
  readonly low: Int32Array;
  readonly marks: Uint8Array | null;
  readonly from: number;
  readonly to: number;
  /** The most pairs the rows can keep. */
  readonly room: number;
  /** Each row's kept pairs sorted best first (ties: lower column first), as `sparseRows` gives them. */
  readonly sorted: boolean;
}

/** A helper's part of the gathering: its rows' starts (from 0, one more at the end), and their kept pairs with their values. */
export interface KeepPart {
  readonly start: Int32Array;
  readonly cols: Int32Array;
  readonly values: Float64Array;
}

/** The rows of a cut for a {@link RowsHelper}. */
export interface CutsTask {
  readonly pairs: ScoredPairs;
  readonly cols: number;
  readonly most: number;
  /** How many rows each column keeps at least (4 × min(capacity, most)). */
  readonly want: Int32Array;
  readonly from: number;
  readonly to: number;
}

/** A helper's part of a cut: its rows' floors (from its first row), the columns' histograms of its pairs, and its rows' kept pairs. */
export interface CutsPart {
  readonly floor: Float64Array;
  readonly atFloor: Int32Array;
  readonly bins: Int32Array;
  readonly room: number;
}

/** An auction's arrays that its row passes read and write (in shared memory when a helper takes part). */
export interface AuctionArrays {
  readonly rows: number;
  /** Rows in a chunk of a pass (`auctionPasses.ts` `chunkRowsOf`). */
  readonly chunkRows: number;
  /** The searched pairs: row `r`'s columns are `col[start[r] .. start[r + 1] - 1]`. */
  readonly start: Int32Array;
  readonly col: Int32Array;
  /** Per searched pair: its value, and its value less λ × hours at the current multipliers. */
  readonly base: Float64Array;
  readonly value: Float64Array;
  readonly hours: Float64Array;
  readonly groups: Int32Array | undefined;
  /** The current multipliers (a copy of the caller's). */
  readonly lambda: Float64Array;
  readonly assign: Int32Array;
  readonly paid: Float64Array;
  readonly colPrice: Float64Array;
  readonly own: Float64Array;
  readonly stirred: Uint8Array;
  /** Per row: the number of the last pass that found it out of ε. */
  readonly marks: Int32Array;
  /** Per row: its best profit over the searched pairs, from the last profits pass. */
  readonly profit: Float64Array;
  readonly cols: number;
  /** Per column: 1 when its price fell in the round of bidding. */
  readonly dropped: Uint8Array;
  /**
   * The searched pairs by column (each column's rows and their entries, `sparseRows.ts`
   * `entriesByColumn`) and their base values in that order: set before the first pass that reads
   * them (with a helper, before the arrays are sent).
   */
  columns: {
    readonly start: Int32Array;
    readonly row: Int32Array;
    readonly entry: Int32Array;
    readonly base: Float64Array;
  } | null;
  /**
   * When the bound prices every pair (the searched ones are some of them): every pair, each row's
   * priority, the sum figure (0: `weightedTotal`, 1: `weightedCount`, 2: `count`), and per row its
   * best profit over them from the last such pass.
   */
  readonly full: {
    readonly start: Int32Array;
    readonly col: Int32Array;
    readonly score: Float64Array;
    readonly priority: Float64Array;
    readonly figure: number;
    readonly profit: Float64Array;
  } | null;
}

/** An auction's row passes for a {@link RowsHelper} (`auctionPasses.ts`): the board their chunks are claimed on and the arrays they work (sent once, in shared memory). */
export interface AuctionShare {
  readonly board: ClaimBoard;
  readonly arrays: AuctionArrays;
}

/**
 * A column generation's pricing passes for a {@link RowsHelper} (`pricing.ts`): the arguments of
 * `priceAll` but the rows and the tolerance (a pass's figure), in shared memory, sent once; the
 * round's `assign` and `prices` written before each pass; per chunk, how many pairs it marked.
 */
export interface PricingArrays extends Omit<PricesTask, 'tolerance' | 'from' | 'to'> {
  readonly rows: number;
  /** Rows in a chunk of a pass. */
  readonly chunkRows: number;
  readonly added: Int32Array;
}

/** A pricing's passes for a {@link RowsHelper}: the board their chunks are claimed on and the arrays they work. */
export interface PricingShare {
  readonly board: ClaimBoard;
  readonly arrays: PricingArrays;
}
