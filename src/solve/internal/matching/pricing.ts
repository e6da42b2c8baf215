/**
 * `total` at scale, by column generation: the flow runs on a subset of the pairs
 * (each row's best, each column's best rows: `sparseRows`), then every other pair is priced against
 * the subset optimum's duals, the pairs that could improve it are added, and the subset is solved
 * again, until none could. The result is then the optimum over every pair, proven by the duals.
 *
 * The problem is the linear programme max Σ v·x over Σ_j x_ij ≤ 1 (row i), Σ_i x_ij ≤ places_j
 * (column j), x ≥ 0, whose optimum is integral (a transportation problem). Its dual: min Σ u_i +
 * Σ places_j·p_j over u_i + p_j ≥ v_ij, u, p ≥ 0. An optimum of the subset and a dual solution with
 * the same value (complementary slackness: u_i + p_j = v_ij on each pair used, u_i = 0 on a row left
 * out, p_j = 0 on a column with room) that also satisfies u_i + p_j ≥ v_ij on every pair outside the
 * subset is a dual solution of the whole problem: by weak duality no matching beats the subset's.
 *
 * With groups (rows that need distinct columns: a mentee's requests), each group has one place on
 * each column, a constraint Σ_{i in g} x_ij ≤ 1 with its own dual q_gj ≥ 0, and a pair's dual
 * constraint is u_i + p_j + q_gj ≥ v_ij; the problem is still a network flow (integral), and
 * q_gj = 0 wherever no row of the group holds j (complementary slackness), so only the held
 * columns of grouped rows get a price of their own (see {@link columnPrices}).
 *
 * The duals, from the subset's optimum alone (nothing the flow computed internally): the column
 * prices p are the shortest distances from a root (price 0) in the graph of the difference
 * constraints that complementary slackness and dual feasibility put on them:
 * - a row at column j*: for each other column j of the row, p_j* ≤ p_j + v_ij* − v_ij (the row
 *   prefers nothing it could have), and p_j* ≤ v_ij* (u_i ≥ 0);
 * - a column with room: p_j ≤ 0 (so p_j = 0, as p_j ≥ 0 below);
 * - checked after: p_j ≥ 0, u_i ≥ 0 and u_i + p_j ≥ v_ij on each pair of the subset.
 * The subset's optimum has no negative cycle in that graph (else a cycle of exchanges would gain),
 * so the distances exist and are the highest prices that satisfy the constraints; a check that
 * fails (rounding at the scale of the tolerances) falls back on the flow over every pair, as does a
 * search that does not settle within {@link MAX_ROUNDS} rounds.
 */
import { capacitatedSteps } from '../../capacitatedAssignment.js';
import { checkTime, SLICE, type Steps, slicesOf } from '../clock.js';
import { csrOf, pairIndex, searchSorted } from '../pairs.js';
import { bufferOf, claimBoard, MOST_CHUNKS, openPass, workPass } from './claims.js';
import { derivedValue, type MatchingProblem, NO_LIMIT } from './problem.js';
import type { DerivedValues, PricesTask, PricingArrays, PricingShare } from './rowsHelper.js';
import { keptSubsetSteps, shared } from './sparseRows.js';

/** Rounds of solving and pricing before the flow over every pair takes over. */
export const MAX_ROUNDS = 20;
/** Visits per column in the search of the prices before it is given up. */
const MAX_VISITS = 64;

/**
 * A pair is added when its value exceeds `u_i + p_j` by more than this, relative to the largest
 * value: the result is optimal within that much per pair (well below `SUM_TOLERANCE` on sums).
 */
const PRICE_TOLERANCE = 1e-11;
/** A price is lowered only by more than this, relative to the largest value (ends the search). */
const RELAX_TOLERANCE = 1e-14;

/** The optimum and how it was found. */
export interface PricedSolution {
  /** A column per row, -1 = unmatched. */
  readonly assign: Int32Array;
  /** Pairs in the last subset solved (all of them after a fallback). */
  readonly searched: number;
  /** The other pairs, each priced against the duals of the last subset's optimum. */
  readonly priced: number;
  /** Subsets solved. */
  readonly rounds: number;
}

/**
 * The `total` optimum of `problem` (groups included) with `values` per pair (aligned with
 * `problem.pairs`; `-Infinity` forbids) and `capacity` per column, by column generation from each
 * row's best `most` pairs; see the file comment. `derived`, when given, makes the same values from
 * the scores: the helper thread prices from it where `values` are not in shared memory.
 */
export function* solveTotalPriced(
  problem: MatchingProblem,
  values: Float64Array,
  capacity: Int32Array,
  most: number,
  letIdle = false,
  derived: DerivedValues | null = null,
): Steps<PricedSolution> {
  const { rows, cols, pairs, groups, helper } = problem;
  const size = pairs.cols.length;
  const mates = groups === undefined ? null : matesOf(groups);
  // The subset: a mark per pair, and the first one gathered in the same pass; the rows a round of
  // pricing added to (each row's cleared as the next subset reads it: all clear at each pricing).
  const first = yield* keptSubsetSteps(problem, most, values);
  const inSubset = first.marks;
  const changed = new Uint8Array(bufferOf(rows, helper !== undefined));
  // The pricing passes shared with the helper thread by claims, when it has one and the arrays are
  // in shared memory; the flows between them are this thread's alone: the helper may take on other
  // work meanwhile (joining the passes between its steps), when the caller lets it.
  const share = pricingShare(problem, values, inSubset, changed, mates, derived);
  if (letIdle) helper?.idle?.();
  try {
    let subset: Subset | null = null;
    let scale = Number.MIN_VALUE;
    for (let round = 1; round <= MAX_ROUNDS; round++) {
      subset = subset === null ? first : subsetOf(problem, values, inSubset, subset, changed);
      // The largest value: each row's best pair is in the first subset.
      if (round === 1)
        for (const v of subset.values) if (v > Number.NEGATIVE_INFINITY) scale = Math.max(scale, Math.abs(v));
      yield SLICE;
      const assign = yield* totalFlow(rows, cols, subset, subset.values, capacity, groups);
      const prices = columnPrices(subset, rows, cols, capacity, assign, RELAX_TOLERANCE * scale, mates);
      if (prices === null) break;
      yield SLICE;
      const tolerance = PRICE_TOLERANCE * scale;
      // (This thread reads its own values.)
      const priced = { values, derived: null, inSubset, changed, assign, prices, tolerance, mates };
      const added =
        share === null
          ? priceAll({ ...priced, pairs, width: cols, from: 0, to: rows })
          : yield* pricePass(problem, share, priced);
      const searched = (subset as Subset).cols.length;
      if (added === 0) return { assign, searched, priced: size - searched, rounds: round };
    }
  } finally {
    if (share !== null) helper?.endPasses?.();
  }
  // Rounding, or no end in sight: the flow over every pair.
  const assign = yield* totalFlow(rows, cols, pairs, values, capacity, groups);
  return { assign, searched: size, priced: 0, rounds: MAX_ROUNDS + 1 };
}

/** A pricing round's figures (see {@link priceAll}), the rows aside. */
type PriceRound = Omit<PricesTask, 'pairs' | 'width' | 'from' | 'to'>;

/** The kind of a pricing pass on its claim board (the auction's passes are 1 to 6: `auctionPasses.ts`). */
const PRICE = 7;
/** Rows in a chunk of a pricing pass (at 50,000 × 5,000 classic, about 900,000 pairs: a few milliseconds). */
const PRICE_ROWS = 256;

/**
 * The pricing passes of `problem` shared with its helper thread by claims (`claims.ts`): the
 * arrays they read and mark, in shared memory, and their board, handed to the helper once; null
 * when it has no helper, the arrays are not in shared memory, or the helper does not take them.
 * Values not in shared memory go to the helper as `derived` (from the shared scores), not copied.
 */
function pricingShare(
  problem: MatchingProblem,
  values: Float64Array,
  inSubset: Uint8Array,
  changed: Uint8Array,
  mates: Mates | null,
  derived: DerivedValues | null,
): PricingShare | null {
  const { helper, pairs, rows, cols } = problem;
  if (helper?.sharePricing === undefined || !shared(pairs.cols, inSubset, changed)) return null;
  const fromScores = !shared(values);
  if (fromScores && (derived === null || !shared(derived.scores))) return null;
  const chunkRows = Math.max(PRICE_ROWS, Math.ceil(rows / MOST_CHUNKS));
  const chunks = Math.max(1, Math.ceil(rows / chunkRows));
  // The round's matching and prices, written here before each pass (a group's nodes after the columns).
  const nodes = mates === null ? cols : cols + rows;
  const arrays: PricingArrays = {
    rows,
    chunkRows,
    pairs: { start: pairs.start, cols: pairs.cols },
    width: cols,
    values,
    derived: null,
    inSubset,
    changed,
    assign: new Int32Array(new SharedArrayBuffer(4 * rows)),
    prices: new Float64Array(new SharedArrayBuffer(8 * nodes)),
    mates,
    added: new Int32Array(new SharedArrayBuffer(4 * chunks)),
  };
  const share = { board: claimBoard(chunks, true), arrays };
  // The helper's arrays: the same, but for values made from the scores (its factors copied once).
  const theirs: PricingArrays = fromScores ? { ...arrays, values: NO_VALUES, derived } : arrays;
  return helper.sharePricing({ board: share.board, arrays: theirs }) ? share : null;
}

/** A helper's pricing values where it makes them from the scores (`PricesTask.derived`). */
const NO_VALUES = new Float64Array(0);

/**
 * Chunk `chunk` of a pricing pass over `arrays` at `tolerance`: {@link priceAll} on its rows, the
 * count of pairs it marked into `arrays.added`. Whichever thread works it, the same marks.
 */
export function priceChunk(arrays: PricingArrays, chunk: number, tolerance: number): void {
  const { rows, chunkRows, pairs, width, values, derived, inSubset, changed, assign, prices, mates, added } = arrays;
  const from = chunk * chunkRows;
  const to = Math.min(rows, from + chunkRows);
  const task = {
    pairs,
    width,
    values,
    derived,
    inSubset,
    changed,
    assign,
    prices,
    tolerance,
    mates,
    from,
    to,
  };
  added[chunk] = priceAll(task);
}

/**
 * {@link priceAll} on every row of `problem`, its chunks claimed by this thread and by the helper
 * thread whenever it is free (`share`); returns how many pairs were marked, or, past a helper that
 * failed in a chunk (done again here, its marks then not counted), at least 1 when any was.
 */
function* pricePass(problem: MatchingProblem, share: PricingShare, round: PriceRound): Steps<number> {
  const { helper, rows } = problem;
  const { board, arrays } = share;
  const { chunkRows, added, changed } = arrays;
  arrays.assign.set(round.assign);
  arrays.prices.set(round.prices);
  const chunks = Math.ceil(rows / chunkRows);
  // (Opening the pass publishes the arrays written above.)
  const pass = openPass(board, PRICE, chunks, [round.tolerance]);
  helper?.wake?.();
  yield* workPass(
    board,
    pass,
    chunks,
    (chunk) => priceChunk(arrays, chunk, round.tolerance),
    () => helper?.alive?.() ?? true,
  );
  let total = 0;
  for (let k = 0; k < chunks; k++) total += added[k] as number;
  // Any pair marked shows in `changed` (clear before the pass), also one a failed helper marked.
  for (let r = 0; r < rows && total === 0; r++) total += changed[r] as number;
  return total;
}

/** The `total` optimum of `pattern` with `values` (a pair only when it adds): a column per row, -1 = none. */
function* totalFlow(
  rows: number,
  cols: number,
  pattern: { readonly start: Int32Array; readonly cols: Int32Array },
  values: Float64Array,
  capacity: Int32Array,
  groups: Int32Array | undefined,
): Steps<Int32Array> {
  const options = {
    ...NO_LIMIT,
    capacities: capacity,
    maximize: true,
    unassignedCost: 0,
    ...(groups === undefined ? {} : { groups }),
  };
  const solved = yield* slicesOf(capacitatedSteps(csrOf(rows, cols, pattern, values), options));
  const assign = new Int32Array(rows).fill(-1);
  for (let k = 0; k < solved.rows.length; k++) assign[solved.rows[k] as number] = solved.cols[k] as number;
  return assign;
}

/** The marked pairs of `problem` with their values (compressed rows, ascending columns). */
interface Subset {
  readonly start: Int32Array;
  readonly cols: Int32Array;
  readonly values: Float64Array;
}

/**
 * The pairs marked in `inSubset`, with their values: from `previous`, the rows not `changed` are
 * copied, the others read from the marks; `changed` is cleared.
 */
function subsetOf(
  problem: MatchingProblem,
  values: Float64Array,
  inSubset: Uint8Array,
  previous: Subset,
  changed: Uint8Array,
): Subset {
  const { start: from, cols: colOf } = problem.pairs;
  const rows = problem.rows;
  const start = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) {
    let count = 0;
    if (changed[r] === 0) count = (previous.start[r + 1] as number) - (previous.start[r] as number);
    else for (let e = from[r] as number, end = from[r + 1] as number; e < end; e++) count += inSubset[e] as number;
    start[r + 1] = (start[r] as number) + count;
  }
  const size = start[rows] as number;
  const cols = new Int32Array(size);
  const kept = new Float64Array(size);
  for (let r = 0; r < rows; r++) {
    let at = start[r] as number;
    if (changed[r] === 0) {
      const a = previous.start[r] as number;
      const b = previous.start[r + 1] as number;
      cols.set(previous.cols.subarray(a, b), at);
      kept.set(previous.values.subarray(a, b), at);
      continue;
    }
    changed[r] = 0;
    for (let e = from[r] as number, end = from[r + 1] as number; e < end; e++) {
      if (inSubset[e] === 0) continue;
      cols[at] = colOf[e] as number;
      kept[at] = values[e] as number;
      at++;
    }
  }
  return { start, cols, values: kept };
}

/**
 * The rows of each group, for the duals of the groups' places (a group takes a column at most
 * once): the rows sorted by group (`order`), and each row's run in it (`from` to `to` − 1).
 */
export interface Mates {
  readonly order: Int32Array;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** The {@link Mates} of `groups` (a group id per row). */
export function matesOf(groups: Int32Array): Mates {
  const rows = groups.length;
  const order = Int32Array.from({ length: rows }, (_, r) => r).sort(
    (a, b) => (groups[a] as number) - (groups[b] as number) || a - b,
  );
  const from = new Int32Array(rows);
  const to = new Int32Array(rows);
  for (let k = 0; k < rows; ) {
    let end = k + 1;
    while (end < rows && groups[order[end] as number] === groups[order[k] as number]) end++;
    for (let q = k; q < end; q++) {
      from[order[q] as number] = k;
      to[order[q] as number] = end;
    }
    k = end;
  }
  return { order, from, to };
}

/**
 * The node whose price row `r` pays for column `j`: the column itself (node `j`), or, when a row of
 * its group (itself included) holds `j` in `assign` and the group has more than one row, that row's
 * node `cols + holder`: the column's price plus the group's own price for it (its one place).
 */
function nodeOf(mates: Mates | null, assign: Int32Array, cols: number, r: number, j: number): number {
  if (mates === null) return j;
  const a = mates.from[r] as number;
  const b = mates.to[r] as number;
  if (b - a < 2) return j;
  for (let q = a; q < b; q++) {
    const m = mates.order[q] as number;
    if (assign[m] === j) return cols + m;
  }
  return j;
}

/**
 * The highest prices that, with the subset's optimum `assign`, satisfy complementary slackness and
 * dual feasibility on the subset (see the file comment): shortest distances from the root by a
 * queue-based Bellman–Ford, each column relaxing through the rows that list it. Null when a check
 * fails or the search does not settle (then no prices are trusted). A column no constraint reaches
 * (no places) is priced `Infinity`.
 *
 * With groups (`mates`), each row of a group of several that holds a column has a node of its own
 * (`cols + row`): the price its group pays for that column, the column's price `p_j` plus the dual
 * `q_gj ≥ 0` of the group's one place on it (`q_gj = 0` where no row of the group holds `j`, by
 * complementary slackness). A row's pair (i, j) then costs `u_i + P` with `P` the group's node
 * for `j` when a row of its group holds it, else `p_j`; and `p_j ≤ P` (`q_gj ≥ 0`) is one more
 * constraint. Entries `0 .. cols - 1` of the result are the columns' prices, the others the
 * groups' (`Infinity` where unused).
 */
export function columnPrices(
  subset: Subset,
  rows: number,
  cols: number,
  capacity: Int32Array,
  assign: Int32Array,
  tolerance: number,
  mates: Mates | null = null,
): Float64Array | null {
  const { start, cols: colOf, values } = subset;
  const nodes = mates === null ? cols : cols + rows;
  // Each row's value at its column; each column's rows (the subset, transposed).
  const held = new Float64Array(rows);
  const load = new Int32Array(cols);
  const colStart = new Int32Array(cols + 1);
  for (let e = 0; e < colOf.length; e++) {
    const j = (colOf[e] as number) + 1;
    colStart[j] = (colStart[j] as number) + 1;
  }
  for (let j = 0; j < cols; j++) colStart[j + 1] = (colStart[j + 1] as number) + (colStart[j] as number);
  const next = colStart.slice(0, cols);
  const rowOf = new Int32Array(colOf.length);
  const valueAt = new Float64Array(colOf.length);
  for (let r = 0; r < rows; r++) {
    const at = assign[r] as number;
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
      const j = colOf[e] as number;
      const k = next[j] as number;
      next[j] = k + 1;
      rowOf[k] = r;
      valueAt[k] = values[e] as number;
      if (j === at) held[r] = values[e] as number;
    }
    if (at >= 0) load[at] = (load[at] as number) + 1;
  }
  // Each row's own node (its column's, or its group's for it).
  const own = new Int32Array(rows).fill(-1);
  for (let r = 0; r < rows; r++) {
    const at = assign[r] as number;
    if (at >= 0) own[r] = nodeOf(mates, assign, cols, r, at);
  }
  // From the root: P ≤ v_ij* per row held, p_j ≤ 0 per column with room.
  const price = new Float64Array(nodes).fill(Number.POSITIVE_INFINITY);
  for (let r = 0; r < rows; r++) {
    const a = own[r] as number;
    if (a >= 0) price[a] = Math.min(price[a] as number, held[r] as number);
  }
  for (let j = 0; j < cols; j++) if ((load[j] as number) < (capacity[j] as number)) price[j] = 0;
  const queue = new Int32Array(nodes + 1);
  const queued = new Uint8Array(nodes);
  let head = 0;
  let tail = 0;
  const push = (k: number): void => {
    if (queued[k] === 1) return;
    queued[k] = 1;
    queue[tail] = k;
    tail = tail === nodes ? 0 : tail + 1;
  };
  for (let k = 0; k < nodes; k++) if (price[k] !== Number.POSITIVE_INFINITY) push(k);
  // Without negative cycles a node is queued at most `nodes` times; in practice a few times. A
  // search past this many visits is given up (the flow over every pair answers instead).
  let budget = MAX_VISITS * (nodes + 1);
  while (head !== tail) {
    if (--budget < 0) return null;
    if ((budget & 1023) === 0) checkTime();
    const k = queue[head] as number;
    head = head === nodes ? 0 : head + 1;
    queued[k] = 0;
    const pk = price[k] as number;
    if (k < cols) {
      for (let q = colStart[k] as number, end = colStart[k + 1] as number; q < end; q++) {
        const r = rowOf[q] as number;
        const at = assign[r] as number;
        if (at < 0 || at === k) continue;
        // Row r pays the column's own price for k unless a row of its group holds k.
        if (mates !== null && nodeOf(mates, assign, cols, r, k) !== k) continue;
        // Row r holds `at` and could have k: P_at ≤ p_k + v_r,at − v_r,k.
        const bound = pk + (held[r] as number) - (valueAt[q] as number);
        const a = own[r] as number;
        if (bound < (price[a] as number) - tolerance) {
          price[a] = bound;
          push(a);
        }
      }
      continue;
    }
    // A group's node for the column its row m holds: the column's price is at most it, and each
    // other row of the group that could have the column pays it.
    const m = k - cols;
    const j = assign[m] as number;
    if (pk < (price[j] as number) - tolerance) {
      price[j] = pk;
      push(j);
    }
    const { order, from, to } = mates as Mates;
    for (let q = from[m] as number; q < (to[m] as number); q++) {
      const r = order[q] as number;
      const at = assign[r] as number;
      if (r === m || at < 0) continue;
      const e = searchSorted(colOf, start[r] as number, (start[r + 1] as number) - 1, j);
      if (e < 0) continue;
      const bound = pk + (held[r] as number) - (values[e] as number);
      const a = own[r] as number;
      if (bound < (price[a] as number) - tolerance) {
        price[a] = bound;
        push(a);
      }
    }
  }
  // The checks: prices ≥ 0 (a group's at least its column's), and no row wants another of its
  // columns at their prices more than what it holds (a row left out holds 0); the search kept
  // each within `tolerance`.
  for (let j = 0; j < cols; j++) if ((price[j] as number) < -tolerance) return null;
  for (let r = 0; r < rows; r++) {
    const a = own[r] as number;
    if (a >= cols && (price[a] as number) < (price[assign[r] as number] as number) - tolerance) return null;
  }
  for (let r = 0; r < rows; r++) {
    const a = own[r] as number;
    const u = a < 0 ? 0 : (held[r] as number) - (price[a] as number);
    if (u < -tolerance) return null;
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
      const node = nodeOf(mates, assign, cols, r, colOf[e] as number);
      if ((values[e] as number) - (price[node] as number) > u + 2 * tolerance) return null;
    }
  }
  return price;
}

/**
 * Prices each pair outside the subset against the duals of `assign` and `prices` (`u_i`: the value
 * of row i's pair less the price it pays for its column, 0 for a row left out) and marks those whose
 * value exceeds `u_i` plus the price of the column to the row (its group's where a row of its group
 * holds it, see {@link columnPrices}) by more than `tolerance`, and their rows as `changed`; returns
 * how many it marked; rows `from` to `to - 1` of `task` only (all of them, or a helper's part).
 */
export function priceAll(task: PricesTask): number {
  const { pairs, width, values, derived, inSubset, changed, assign, prices, tolerance, mates, from, to } = task;
  const { start, cols } = pairs;
  let added = 0;
  for (let r = from; r < to; r++) {
    if ((r & 4095) === 4095) checkTime();
    const at = assign[r] as number;
    const a = start[r] as number;
    const b = start[r + 1] as number;
    let u = 0;
    if (at >= 0) {
      const e = pairIndex(pairs, r, at);
      const v = derived === null ? (values[e] as number) : derivedValue(derived, r, e);
      u = v - (prices[nodeOf(mates, assign, width, r, at)] as number);
    }
    for (let e = a; e < b; e++) {
      if (inSubset[e] === 1) continue;
      const v = derived === null ? (values[e] as number) : derivedValue(derived, r, e);
      const j = cols[e] as number;
      if (v - (prices[mates === null ? j : nodeOf(mates, assign, width, r, j)] as number) > u + tolerance) {
        // The row first: a helper stopped between the two leaves no marked pair its row misses.
        changed[r] = 1;
        inSubset[e] = 1;
        added++;
      }
    }
  }
  return added;
}
