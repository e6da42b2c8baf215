/** The allowed pairs of a problem row by row (compressed rows), for the searches that scan them. */
import { checkSearchIf, drain, SLICE, type Steps, sliceDue } from '../clock.js';
import type { ScoredPairs } from '../pairs.js';
import { bufferOf } from './claims.js';
import type { MatchingProblem } from './problem.js';
import type { CutsPart, CutsTask, KeepPart, KeepTask, RowsHelper } from './rowsHelper.js';

/**
 * Every pair of `problem` as {@link SparseRows} in its own order (ascending columns, not best
 * first), without a copy: for the passes that price every pair (bounds), where order is no matter.
 */
export function allPairs(problem: MatchingProblem): SparseRows {
  return { start: problem.pairs.start, col: problem.pairs.cols, score: problem.pairs.scores };
}

/**
 * Row `r`'s allowed columns are `col[start[r] .. start[r + 1] - 1]`, best score first (ties: the
 * lower column), with their `score`.
 */
export interface SparseRows {
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly score: Float64Array;
  /**
   * When the rows are a subset of the allowed pairs ({@link sparseRows} with `most`): per row, a
   * score that none of its allowed pairs left out is above (its `most`-th best score; -Infinity
   * when it keeps them all). Absent: no such bound is known.
   */
  readonly floor?: Float64Array;
}

/**
 * The allowed pairs of `problem`, best first. With `most`, a subset for the searches at scale: each
 * row's best `most` pairs, and each column's best rows (about {@link COLUMN_SHARE} × its places, up
 * to `most`, found by a histogram of scores), so that a mentor who is no row's favourite still
 * has the rows that value it most. O(pairs × log).
 */
export function sparseRows(problem: MatchingProblem, most = Number.POSITIVE_INFINITY): SparseRows {
  return drain(sparseRowsSteps(problem, most));
}

/** Each column keeps its best rows, about this many times its places. */
const COLUMN_SHARE = 4;
/** Bins of the column histograms: scores (in [0, 1]) to 1/256. */
const BINS = 256;

/** The histogram bin of a score in [0, 1] (others are clamped): increasing with the score. */
function binOf(v: number): number {
  // Truncation is the floor on (0, 1); the branches clamp the rest (and keep `| 0` off large values).
  return v >= 1 ? BINS - 1 : v <= 0 ? 0 : (v * BINS) | 0;
}

/**
 * {@link sparseRows} in steps: it yields when an async caller's time slice is over. With `stops`,
 * a search that holds a matching can be stopped in its passes (they check with `checkSearch`, not
 * only `checkTime`): at scale they take seconds.
 */
export function* sparseRowsSteps(
  problem: MatchingProblem,
  most = Number.POSITIVE_INFINITY,
  stops = false,
): Steps<SparseRows> {
  const cuts = yield* cutsSteps(problem, most, stops);
  const { start, cols, values } = yield* gatherSteps(problem, cuts, problem.pairs.scores, null, true, stops);
  // A pair a row leaves out is at or below its floor (those above it are all kept).
  return { start, col: cols, score: values, floor: cuts.floor };
}

/**
 * The pairs of {@link sparseRows}`(problem, most)` as a mark per pair of `problem.pairs` (1: kept),
 * for column generation, which keeps adding to the marks; and the same pairs gathered in the
 * problem's order (ascending columns), each with its entry of `values` (aligned with
 * `problem.pairs`), in the same pass.
 */
export function* keptSubsetSteps(
  problem: MatchingProblem,
  most: number,
  values: Float64Array,
): Steps<{ marks: Uint8Array; start: Int32Array; cols: Int32Array; values: Float64Array }> {
  const cuts = yield* cutsSteps(problem, most);
  const { pairs, helper } = problem;
  // In shared memory when a helper thread may write its rows' marks there (its part of the
  // gathering, or of the pricing passes, which need no values in shared memory).
  const size = pairs.cols.length;
  const share = helper !== undefined && shared(pairs.cols, pairs.scores);
  const marks = new Uint8Array(bufferOf(size, share));
  return { marks, ...(yield* gatherSteps(problem, cuts, values, marks, false)) };
}

/**
 * The pairs the cuts keep, gathered in one pass into room for the most there can be, each with its
 * entry of `values` (and its mark set, unless `marks` is null), each row's sorted best first when
 * `sorted`: the rows from the later half of the pairs on on the problem's helper thread, when it has
 * one and the arrays are shared (its part done here when it fails).
 */
function* gatherSteps(
  problem: MatchingProblem,
  cuts: { floor: Float64Array; atFloor: Int32Array; low: Int32Array; most: number },
  values: Float64Array,
  marks: Uint8Array | null,
  sorted: boolean,
  stops = false,
): Steps<{ start: Int32Array; cols: Int32Array; values: Float64Array }> {
  const { floor, atFloor, low, most: room } = cuts;
  const { rows, pairs, helper } = problem;
  const share = helper !== undefined && shared(pairs.cols, pairs.scores, values, ...(marks === null ? [] : [marks]));
  const split = helperSplit(
    pairs,
    share,
    (from, to) =>
      (helper as RowsHelper).sendKeep({ pairs, values, floor, atFloor, low, marks, from, to, room, sorted }),
    SUBSET_PART,
  );
  // In shared memory too when the helper may work on them (the auction's passes).
  const start = new Int32Array(bufferOf(4 * (rows + 1), share));
  const col = new Int32Array(bufferOf(4 * room, share));
  const kept = new Float64Array(bufferOf(8 * room, share));
  let n = yield* keep(pairs, floor, atFloor, low, start, col, kept, marks, values, 0, split, 0, 0, stops);
  if (sorted) yield* sortRows(start, col, kept, 0, split, stops);
  if (split < rows) {
    const part = yield* (helper as RowsHelper).receiveKeep();
    if (part === null) {
      n = yield* keep(pairs, floor, atFloor, low, start, col, kept, marks, values, split, rows, 0, n, stops);
      if (sorted) yield* sortRows(start, col, kept, split, rows, stops);
    } else {
      for (let r = split; r <= rows; r++) start[r] = n + (part.start[r - split] as number);
      col.set(part.cols, n);
      kept.set(part.values, n);
      n += part.cols.length;
    }
  }
  // Views, not copies: the room left unused is a small part (7.7 million entries for 6.5 million
  // kept at 100,000 × 10,000), a copy 78 MB more allocated (and a collection it brings on).
  return { start, cols: col.subarray(0, n), values: kept.subarray(0, n) };
}

/**
 * Where {@link sparseRows} cuts: each row's `floor` (its most-th best score; -Infinity keeps all)
 * and how many pairs at it it keeps (`atFloor`), each column's lowest score bin kept (`low`), and
 * the most pairs they keep (each row's own, and each column's in its kept bins).
 */
function* cutsSteps(
  problem: MatchingProblem,
  most: number,
  stops = false,
): Steps<{ floor: Float64Array; atFloor: Int32Array; low: Int32Array; most: number }> {
  const { rows, cols, capacity, pairs } = problem;
  const every = most === Number.POSITIVE_INFINITY;
  // Each row's best: those above its most-th best score, then those at it in column order (the
  // first `most` of its order, best first, ties by column).
  const floor = new Float64Array(rows).fill(Number.NEGATIVE_INFINITY);
  const atFloor = new Int32Array(rows);
  // Each column's best rows: the pairs in its top bins (the lowest bin kept: `low`; 0 keeps all).
  const low = new Int32Array(cols);
  let room = pairs.cols.length;
  if (!every) {
    const bins = new Int32Array(cols * BINS);
    // How many rows each column keeps at least.
    const want = Int32Array.from(capacity, (c) => COLUMN_SHARE * Math.min(c, most));
    // The rows from `split` on on a helper thread, when there is one and the pairs are shared.
    const { helper } = problem;
    const split = helperSplit(
      pairs,
      helper !== undefined && shared(pairs.cols, pairs.scores),
      (from, to) => (helper as RowsHelper).sendCuts({ pairs, cols, most, want, from, to }),
      SUBSET_PART,
    );
    room = yield* cutRows(pairs, most, want, 0, split, 0, floor, atFloor, bins, stops);
    if (split < rows) {
      const part = yield* (helper as RowsHelper).receiveCuts();
      if (part === null) room += yield* cutRows(pairs, most, want, split, rows, 0, floor, atFloor, bins, stops);
      else {
        floor.set(part.floor, split);
        atFloor.set(part.atFloor, split);
        for (let k = 0; k < bins.length; k++) bins[k] = (bins[k] as number) + (part.bins[k] as number);
        room += part.room;
      }
    }
    // Each column's lowest bin kept: the bin of its want-th best score (0: it has fewer), read from
    // the top (the bins below a column's `counted` one in `cutRows` are not counted, and not read here).
    for (let j = 0; j < cols; j++) {
      let held = 0;
      let b = BINS - 1;
      for (; b > 0; b--) {
        held += bins[j * BINS + b] as number;
        if (held >= (want[j] as number)) break;
      }
      low[j] = b;
      room += b === 0 ? held + (bins[j * BINS] as number) : held;
    }
  }
  return { floor, atFloor, low, most: room };
}

/** A helper's part of a cut: {@link cutsSteps}' pass on rows `from` to `to - 1` only. */
export function* cutsPartSteps(task: CutsTask): Steps<CutsPart> {
  const { pairs, cols, most, want, from, to } = task;
  const floor = new Float64Array(to - from).fill(Number.NEGATIVE_INFINITY);
  const atFloor = new Int32Array(to - from);
  const bins = new Int32Array(cols * BINS);
  const room = yield* cutRows(pairs, most, want, from, to, from, floor, atFloor, bins);
  return { floor, atFloor, bins, room };
}

/**
 * {@link cutsSteps}' pass on rows `from` to `to - 1` of `pairs`: each row's floor and count at it
 * into `floor` and `atFloor` (row `r` at `r - base`), each pair counted in its column's histogram
 * `bins` from the column's `counted` bin up; returns how many pairs the rows keep of their own.
 * `counted[j]`, raised as the pass goes, is the bin of column j's `want[j]`-th best score so far (0
 * while it has fewer): its best over all rows is in that bin or a higher one, so the bins below it
 * are never read and the pairs there are not counted. Counting every pair was a random byte of a
 * histogram of 256 a column each (2.5 MB at 10,000 mentors, out of the core's cache): the subset's
 * passes on one thread took 3.30 s against 3.51 s at classic 50,000 × 5,000 (3.88 against 4.86 s
 * in a slower hour), about the same at micro 100,000 × 10,000 (3.5 of its 49 million pairs counted).
 */
function* cutRows(
  pairs: ScoredPairs,
  most: number,
  want: Int32Array,
  from: number,
  to: number,
  base: number,
  floor: Float64Array,
  atFloor: Int32Array,
  bins: Int32Array,
  stops = false,
): Steps<number> {
  const { start, cols: colOf, scores } = pairs;
  let room = 0;
  let scratch = new Float64Array(64);
  // The row's histogram: the bin of its most-th best score, then an exact cut within that bin.
  const hist = new Int32Array(BINS);
  // The columns' counts a byte each, 256 added to `bins` each time one wraps, the bytes added at the
  // end: the bins a pass touches then fit in the core's cache (a random count per pair, 49 million
  // at 100,000 × 10,000, where four bytes a count missed it).
  const low = new Uint8Array(bins.length);
  const cols = want.length;
  const counted = new Uint8Array(cols);
  // `counted` is raised after the first `cols × RAISE_FIRST` pairs, then each time their count
  // doubles: a pair is past its column's `counted` bin about want ÷ (pairs so far ÷ cols) of the time.
  let raiseAt = (start[from] as number) + cols * RAISE_FIRST;
  for (let r = from; r < to; r++) {
    if ((r & 255) === 255) {
      // The call's time (a helper's pass has none).
      checkSearchIf(stops);
      if (sliceDue()) yield SLICE;
    }
    const a = start[r] as number;
    const b = start[r + 1] as number;
    if (a >= raiseAt) {
      raise(counted, want, bins, low);
      raiseAt = a + (a - (start[from] as number));
    }
    let n = 0;
    hist.fill(0);
    for (let e = a; e < b; e++) {
      const v = scores[e] as number;
      if (v === Number.NEGATIVE_INFINITY) continue;
      n++;
      const bin = binOf(v);
      hist[bin] = (hist[bin] as number) + 1;
      const j = colOf[e] as number;
      if (bin < (counted[j] as number)) continue;
      const k = j * BINS + bin;
      const c = ((low[k] as number) + 1) & 255;
      low[k] = c;
      if (c === 0) bins[k] = (bins[k] as number) + 256;
    }
    room += Math.min(n, most);
    if (n <= most) continue;
    let higher = 0;
    let top = BINS - 1;
    while (higher + (hist[top] as number) < most) higher += hist[top--] as number;
    const inBin = hist[top] as number;
    if (inBin > scratch.length) scratch = new Float64Array(inBin);
    // The scores in bin `top`: from top / BINS (exact: BINS is a power of 2) up to the next bin's
    // start, the lowest and highest bins open-ended (as `binOf` clamps).
    const least = top === 0 ? Number.NEGATIVE_INFINITY : top / BINS;
    const below = (top + 1) / BINS;
    const last = top === BINS - 1;
    let m = 0;
    for (let e = a; e < b; e++) {
      const v = scores[e] as number;
      if (v > Number.NEGATIVE_INFINITY && v >= least && (v < below || last)) scratch[m++] = v;
    }
    const bin = scratch.subarray(0, m).sort();
    const cut = bin[m - (most - higher)] as number;
    floor[r - base] = cut;
    // How many at the cut the row keeps: `most` less those above it.
    let above = higher;
    for (let i = m - 1; i >= 0 && (bin[i] as number) > cut; i--) above++;
    atFloor[r - base] = most - above;
  }
  for (let k = 0; k < bins.length; k++) bins[k] = (bins[k] as number) + (low[k] as number);
  return room;
}

/** Pairs per column before {@link cutRows} first raises its columns' `counted` bins. */
const RAISE_FIRST = 16;

/**
 * Each column's `counted` bin raised to the bin of its `want`-th best score counted so far (`bins`,
 * which holds the carries, plus `low`'s bytes), when it has that many from its `counted` bin up.
 */
function raise(counted: Uint8Array, want: Int32Array, bins: Int32Array, low: Uint8Array): void {
  for (let j = 0; j < counted.length; j++) {
    const floor = counted[j] as number;
    let held = 0;
    let b = BINS - 1;
    for (; b > floor; b--) {
      held += (bins[j * BINS + b] as number) + (low[j * BINS + b] as number);
      if (held >= (want[j] as number)) break;
    }
    counted[j] = b;
  }
}

/**
 * The pairs of rows `from` to `to - 1` of `pairs` that a row keeps (above its `floor`, or at it
 * while `atFloor` lasts) or that their column keeps (a score bin at or above its `low`), row by row,
 * numbered on from `at`: their starts into `start` (row `r` at `r - base`, and one more at the end),
 * into `col` and `score` when given (the pair's entry of `values`, by default its score), and a mark
 * per pair into `marks` when given; returns the number after the last.
 */
function* keep(
  pairs: ScoredPairs,
  floor: Float64Array,
  atFloor: Int32Array,
  low: Int32Array,
  start: Int32Array,
  col: Int32Array | null,
  score: Float64Array | null,
  marks: Uint8Array | null,
  values: Float64Array = pairs.scores,
  from = 0,
  to = pairs.start.length - 1,
  base = 0,
  at = 0,
  stops = false,
): Steps<number> {
  const { start: first, cols: colOf, scores } = pairs;
  // Each column's lowest score kept: the start of its bin `low` (exact: BINS is a power of 2; bin 0
  // keeps every score, as `binOf` clamps).
  const lowest = Float64Array.from(low, (b) => (b === 0 ? Number.NEGATIVE_INFINITY : b / BINS));
  for (let r = from; r < to; r++) {
    if ((r & 255) === 255) {
      // The call's time (a helper's pass has none).
      checkSearchIf(stops);
      if (sliceDue()) yield SLICE;
    }
    start[r - base] = at;
    const cut = floor[r] as number;
    let level = atFloor[r] as number;
    for (let e = first[r] as number, end = first[r + 1] as number; e < end; e++) {
      const j = colOf[e] as number;
      const s = scores[e] as number;
      if (s === Number.NEGATIVE_INFINITY) continue;
      // In the row's best (all of them when its floor is -Infinity), or in the column's.
      const mine = s > cut || (s === cut && level-- > 0);
      if (!mine && s < (lowest[j] as number)) continue;
      if (col !== null && score !== null) {
        col[at] = j;
        score[at] = values[e] as number;
      }
      if (marks !== null) marks[e] = 1;
      at++;
    }
  }
  start[to - base] = at;
  return at;
}

/** A helper's part of {@link keptSubsetSteps}' gathering: rows `from` to `to - 1` (see {@link KeepTask}). */
export function* keepPartSteps(task: KeepTask): Steps<KeepPart> {
  const { pairs, values, floor, atFloor, low, marks, from, to, room } = task;
  const start = new Int32Array(to - from + 1);
  const col = new Int32Array(room);
  const kept = new Float64Array(room);
  const n = yield* keep(pairs, floor, atFloor, low, start, col, kept, marks, values, from, to, from);
  if (task.sorted) yield* sortRows(start, col, kept, 0, to - from);
  return { start, cols: col.slice(0, n), values: kept.slice(0, n) };
}

/**
 * Where a pass over `pairs` splits with a helper thread: the first row past the calling thread's
 * `part` of the pairs (by default half), once `send` has handed rows from there to the end to the
 * helper; the row count (no split) when it may not share (`share`), there is nothing to hand over,
 * or `send` fails.
 */
export function helperSplit(
  pairs: ScoredPairs,
  share: boolean,
  send: (from: number, to: number) => boolean,
  part = 0.5,
): number {
  const rows = pairs.start.length - 1;
  if (!share) return rows;
  const n = pairs.cols.length;
  let split = 0;
  while (split < rows && (pairs.start[split] as number) < part * n) split++;
  return split < rows && send(split, rows) ? split : rows;
}

/**
 * The calling thread's part of the pairs in the passes that find the search's subset at scale (the
 * cuts and the gathering). The helper thread comes to them later (it scored its share of the
 * pairs last) and finds first come, first served after them: with halves, the calling thread
 * waited 0.07 s for the cuts, 0.10 s for the gathering and 0.14 s for first come, first served on
 * the micro programme of 100,000 requests × 10,000 mentors.
 */
const SUBSET_PART = 0.56;

/** Whether `arrays` are all in shared memory (else a helper would get copies). */
export function shared(...arrays: { buffer: ArrayBufferLike }[]): boolean {
  return arrays.every((a) => a.buffer instanceof SharedArrayBuffer);
}

/** Sorts the pairs of rows `from` to `to - 1` best first, each row's, in steps. */
function* sortRows(
  start: Int32Array,
  col: Int32Array,
  score: Float64Array,
  from: number,
  to: number,
  stops = false,
): Steps<void> {
  // Best first (ties: lower column first): a search for the best column with room stops at the
  // first one. A shell sort on the two arrays (an insertion sort, O(pairs²) per row, took 80 ms at
  // 5000 × 1000 with 85 pairs a row).
  for (let r = from; r < to; r++) {
    if ((r & 255) === 255) {
      // The call's time (a helper's pass has none).
      checkSearchIf(stops);
      if (sliceDue()) yield SLICE;
    }
    sortRow(score, col, start[r] as number, start[r + 1] as number);
  }
}

/** Gaps of the shell sort (Ciura's sequence, extended by × 2.25). */
const GAPS = [1750, 701, 301, 132, 57, 23, 10, 4, 1];

/**
 * Sorts entries `from .. to - 1` of `score` and `col` together, by score descending, then column
 * ascending (a total order: a row's columns are distinct, so the result does not depend on the sort).
 */
function sortRow(score: Float64Array, col: Int32Array, from: number, to: number): void {
  for (const gap of GAPS) {
    for (let e = from + gap; e < to; e++) {
      const s = score[e] as number;
      const c = col[e] as number;
      let at = e;
      while (at - gap >= from) {
        const ps = score[at - gap] as number;
        if (ps > s || (ps === s && (col[at - gap] as number) < c)) break;
        score[at] = ps;
        col[at] = col[at - gap] as number;
        at -= gap;
      }
      score[at] = s;
      col[at] = c;
    }
  }
}

/** Per column, the rows that have it among some {@link SparseRows} and the entry there, in row order. */
export interface ByColumn {
  readonly start: Int32Array;
  readonly entry: Int32Array;
  readonly row: Int32Array;
}

/** Each {@link SparseRows}' index by column, once built (their pattern never changes). */
const byColumns = new WeakMap<SparseRows, ByColumn>();

/**
 * Per column, the rows that have it among `pairs` and the entry there, in row order: built once for
 * a given `pairs` (at scale the auction and then the local search both use the subset's), in
 * shared memory with `share` (a helper thread reads it: the auction's passes).
 */
export function entriesByColumn(pairs: SparseRows, rows: number, cols: number, share = false): ByColumn {
  let index = byColumns.get(pairs);
  if (index === undefined || (share && !shared(index.start, index.entry, index.row))) {
    index = byColumnOf(pairs, rows, cols, share);
    byColumns.set(pairs, index);
  }
  return index;
}

/** The index {@link entriesByColumn} built for `pairs`, if one was (none is built here). */
export function builtByColumn(pairs: SparseRows): ByColumn | undefined {
  return byColumns.get(pairs);
}

/** {@link entriesByColumn} built anew (in shared memory with `share`). */
function byColumnOf(pairs: SparseRows, rows: number, cols: number, share: boolean): ByColumn {
  const { start: from, col } = pairs;
  const n = from[rows] as number;
  const start = new Int32Array(bufferOf(4 * (cols + 1), share));
  for (let e = 0; e < n; e++) start[(col[e] as number) + 1] = (start[(col[e] as number) + 1] as number) + 1;
  for (let j = 0; j < cols; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  const at = start.slice(0, cols);
  const entry = new Int32Array(bufferOf(4 * n, share));
  const row = new Int32Array(bufferOf(4 * n, share));
  for (let r = 0; r < rows; r++)
    for (let e = from[r] as number, end = from[r + 1] as number; e < end; e++) {
      const k = at[col[e] as number] as number;
      entry[k] = e;
      row[k] = r;
      at[col[e] as number] = k + 1;
    }
  return { start, entry, row };
}
