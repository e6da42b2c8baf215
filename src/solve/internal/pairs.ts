/**
 * Scored pairs in compressed sparse rows: the form in which a programme's allowed pairs travel from
 * the score table to the solvers, so that no layer holds a dense rows × mentors matrix.
 */

/** Row `r`'s pairs are entries `start[r]` to `start[r + 1] - 1`: column `cols[e]` (ascending), score `scores[e]`. */
export interface ScoredPairs {
  readonly start: Int32Array;
  readonly cols: Int32Array;
  /** A pair's score; `-Infinity` marks a pair removed from the pattern (e.g. by a branch). */
  readonly scores: Float64Array;
}

/** The entry of pair (`r`, `j`) in `pairs`, or -1 when the row has no such column: a binary search. */
export function pairIndex(
  pairs: { readonly start: Int32Array; readonly cols: Int32Array },
  r: number,
  j: number,
): number {
  return searchSorted(pairs.cols, pairs.start[r] as number, (pairs.start[r + 1] as number) - 1, j);
}

/** The position of `x` in `sorted[lo .. hi]` (ascending, distinct), or -1: a binary search. */
export function searchSorted(sorted: Int32Array, lo: number, hi: number, x: number): number {
  let a = lo;
  let b = hi;
  while (a <= b) {
    const mid = (a + b) >>> 1;
    const c = sorted[mid] as number;
    if (c < x) a = mid + 1;
    else if (c > x) b = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * A necessary condition for a pair to be allowed, read at one place of a table instead of a search
 * of the row's pairs: pair (`r`, `j`) can be allowed only if `strip[r]` is -1 (row `r` is not
 * screened) or `levels[strip[r] + j] >= least[r]` (in micro mode under `levelRequired`: the
 * mentor's own level on the request's topic, at least the level asked).
 */
export interface PairScreen {
  readonly strip: Int32Array;
  readonly least: Float64Array;
  readonly levels: Float64Array;
}

/** Whether `screen` lets pair (`r`, `j`) through: false only for a pair that cannot be allowed. */
export function mayBeAllowed(screen: PairScreen, r: number, j: number): boolean {
  const at = screen.strip[r] as number;
  return at < 0 || (screen.levels[at + j] as number) >= (screen.least[r] as number);
}

/** The score of pair (`r`, `j`): `-Infinity` when it is not in `pairs`. */
export function pairScore(pairs: ScoredPairs, r: number, j: number): number {
  const e = pairIndex(pairs, r, j);
  return e < 0 ? Number.NEGATIVE_INFINITY : (pairs.scores[e] as number);
}

/**
 * The compressed sparse rows of `pairs`' pattern with `values` as entries, the form the flow
 * solvers take (their fields are scipy's), sharing the arrays: no copy. `-Infinity` entries are
 * forbidden pairs when the solver maximises.
 */
export function csrOf(
  rows: number,
  cols: number,
  pairs: { readonly start: Int32Array; readonly cols: Int32Array },
  values: Float64Array,
): { rows: number; cols: number; indptr: Int32Array; indices: Int32Array; data: Float64Array } {
  return { rows, cols, indptr: pairs.start, indices: pairs.cols, data: values };
}
