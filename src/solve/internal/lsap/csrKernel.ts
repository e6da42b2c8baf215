/**
 * The linear assignment kernel on compressed sparse rows, never reading a forbidden pair:
 * Jonker and Volgenant's sparse variant (LAPJVsp). Column reduction and reduction transfer (square
 * problems) and augmenting row reduction, over the row lists; then one shortest augmenting path
 * per free row, a Dijkstra search whose reached columns wait in a plain list, scanned for the
 * next minimum distance when the columns already at the minimum (a stack, as in LAPJVsp) run out.
 * LAPJVsp scans every column for that minimum; the list holds only the columns reached so far, and
 * loses those whose distance became final at each scan. A 4-ary heap keyed by distance did the same
 * work in 21–29 % more CPU time on OR-Library's assignp1500–5000 and the 100,000² instance with 10
 * entries per row (about the same on assignp800 and the 2,000²–10,000² random ones): the searches reach many
 * columns but take few new minimums (12 a search on assignp1500, with 950 columns reached), so
 * keeping the reached columns ordered cost more than scanning them. Unlike the dense kernel, no greedy match on tight edges
 * before the row reduction: on OR-Library's assignp instances it leaves more rows to the searches
 * (about 53,000 rows scanned in all on assignp5000 without it, 60,000 with it).
 * [Reference]: R. Jonker and A. Volgenant, "A shortest augmenting path algorithm for dense and
 * sparse linear assignment problems", Computing 38 (1987) 325–340, sections 4–5; D. F. Crouse,
 * IEEE TAES 52(4) (2016) 1679–1696 (rectangular problems and infeasibility).
 *
 * Same invariants and phases as the dense kernel (`solveLsap.ts` and the files it calls): column
 * duals `v`, row duals implicit (`c[i][x[i]] − v[x[i]]`), dual feasibility on every allowed entry.
 * Each row also remembers the entry of its pair (`xk`), so that a cost is never looked up by
 * column. Costs: `n ≤ m`, minimised, allowed entries only (see `readCsrMatrix.ts`).
 * O(entries) per initialisation pass; per search, O(entries of the scanned rows + new minimums ×
 * columns reached), at most O(entries + m²) as LAPJVsp's O(entries + m · new minimums).
 */
import type { CsrCosts } from '../readCsrMatrix.js';

/** State of one sparse solve. */
interface CsrWorkspace {
  readonly n: number;
  readonly m: number;
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly cost: Float64Array;
  readonly least: CsrCosts['least'];
  /** Column of each row, `-1` when free. */
  readonly x: Int32Array;
  /** Entry (index into `col` and `cost`) of each row's pair. */
  readonly xk: Int32Array;
  /** Row of each column, `-1` when free. */
  readonly y: Int32Array;
  /** Column duals. */
  readonly v: Float64Array;
  /**
   * Distances of the columns reached and not yet final; `-Infinity` for columns whose distance is
   * final (then in `final`) and for dead columns (from which no free column can be reached, set by
   * failed searches); `+Infinity` for the others, and for all but the dead between searches.
   */
  readonly d: Float64Array;
  /** Final distances of the columns scanned by the current search. */
  readonly final: Float64Array;
  /** Column reduction: the row of each column's least entry. */
  readonly pred: Int32Array;
  /**
   * Entry through which each reached column was reached (column reduction: each column's least
   * entry). Its row, needed only along the final path, is found by bisection of `start`: one store
   * less per relaxed entry.
   */
  readonly predK: Int32Array;
  /** Columns reached above the minimum distance, in no order (and some whose distance became final). */
  readonly reached: Int32Array;
  /** Columns reached at the current minimum distance, not yet scanned (a stack). */
  readonly todo: Int32Array;
  /** Columns scanned by the current search. */
  readonly scanned: Int32Array;
  /** Rows waiting for a column. */
  readonly free: Int32Array;
  /** Scratch: one int per column (column reduction). */
  readonly scratch: Int32Array;
}

/** A kernel solution in kernel orientation. */
export interface CsrSolution {
  /** Column of each row, `-1` = unassigned. */
  readonly x: Int32Array;
  /** Entry of each assigned row's pair (unspecified for the others). */
  readonly xk: Int32Array;
  /** Row of each column, `-1` = unassigned. */
  readonly y: Int32Array;
  /** Column duals. */
  readonly v: Float64Array;
  /** Rows left unassigned. */
  readonly unmatched: number;
}

function createWorkspace(costs: CsrCosts): CsrWorkspace {
  const { n, m } = costs;
  return {
    n,
    m,
    start: costs.start,
    col: costs.col,
    cost: costs.cost,
    least: costs.least,
    x: new Int32Array(n).fill(-1),
    xk: new Int32Array(n).fill(-1),
    y: new Int32Array(m).fill(-1),
    v: new Float64Array(m),
    d: new Float64Array(m).fill(Number.POSITIVE_INFINITY),
    pred: new Int32Array(m),
    predK: new Int32Array(m),
    reached: new Int32Array(m),
    todo: new Int32Array(m),
    scanned: new Int32Array(m),
    final: new Float64Array(m),
    free: new Int32Array(n),
    scratch: new Int32Array(m),
  };
}

/**
 * Matches every row it can. Stops at the first row without an augmenting path unless
 * `skipFailures`, in which case such rows stay free and the others are matched. The result is
 * optimal (with certifying duals) when every row is matched, or when `rectangular` is set: then the
 * initialisation for rectangular problems is used even on a square one (no column reduction, so
 * columns left free keep a zero dual and every dual stays ≤ 0).
 */
export function solveCsrKernel(costs: CsrCosts, skipFailures: boolean, rectangular = false): CsrSolution {
  const ws = createWorkspace(costs);
  const unmatched = completeAssignment(ws, skipFailures, rectangular);
  return { x: ws.x, xk: ws.xk, y: ws.y, v: ws.v, unmatched };
}

function completeAssignment(ws: CsrWorkspace, skipFailures: boolean, rectangular: boolean): number {
  const { n, m, free } = ws;
  if (n === 0) return 0;
  let numFree = n === m && !rectangular ? reduceColumns(ws) : -1;
  if (numFree < 0) {
    if (n === m && !skipFailures && !rectangular) return 1;
    ws.x.fill(-1);
    ws.y.fill(-1);
    ws.v.fill(0);
    for (let i = 0; i < n; i++) free[i] = i;
    numFree = n;
  }
  numFree = augmentingRowReduction(ws, numFree);
  let unmatched = 0;
  for (let k = 0; k < numFree; k++) {
    if (!augment(ws, free[k] as number)) {
      unmatched++;
      if (!skipFailures) return unmatched;
    }
  }
  return unmatched;
}

/**
 * Column reduction and reduction transfer (square problems): each column's dual is its minimum,
 * which goes to its first row; columns visited last to first; a row claimed by several columns
 * keeps the one with the smallest dual. The minima come from the reading when it found them
 * (`least`, the same first least entry of each column in row order), else from one pass over the
 * entries. Returns the free rows' count, or `-1` when a column has no allowed entry.
 */
function reduceColumns(ws: CsrWorkspace): number {
  const { n, m, start, col, cost, x, xk, y, v, pred: argRow, predK: argK, scratch: claims, free, least } = ws;
  if (least !== undefined) {
    // Found while reading.
    for (let j = 0; j < m; j++) {
      v[j] = least[3 * j] as number;
      argRow[j] = least[3 * j + 1] as number;
      argK[j] = least[3 * j + 2] as number;
    }
  } else {
    v.fill(Number.POSITIVE_INFINITY);
    for (let i = 0; i < n; i++) {
      const end = start[i + 1] as number;
      for (let k = start[i] as number; k < end; k++) {
        const j = col[k] as number;
        const c = cost[k] as number;
        if (c < (v[j] as number)) {
          v[j] = c;
          argRow[j] = i;
          argK[j] = k;
        }
      }
    }
  }
  claims.fill(0);
  for (let j = m - 1; j >= 0; j--) {
    if (v[j] === Number.POSITIVE_INFINITY) return -1;
    const i = argRow[j] as number;
    const count = claims[i] as number;
    claims[i] = count + 1;
    if (count === 0) {
      x[i] = j;
      xk[i] = argK[j] as number;
      y[j] = i;
    } else {
      const j1 = x[i] as number;
      if ((v[j] as number) < (v[j1] as number)) {
        x[i] = j;
        xk[i] = argK[j] as number;
        y[j] = i;
        y[j1] = -1;
      }
    }
  }
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const count = claims[i] as number;
    if (count === 0) {
      free[numFree++] = i;
    } else if (count === 1) {
      // Reduction transfer: lower the column's dual by the row's smallest other reduced cost.
      const j1 = x[i] as number;
      let min = Number.POSITIVE_INFINITY;
      const end = start[i + 1] as number;
      for (let k = start[i] as number; k < end; k++) {
        const j = col[k] as number;
        if (j === j1) continue;
        const h = (cost[k] as number) - (v[j] as number);
        if (h < min) min = h;
      }
      if (min < Number.POSITIVE_INFINITY) v[j1] = (v[j1] as number) - min;
    }
  }
  return numFree;
}

const MIN_PASSES = 2;
const MAX_PASSES = 8;

/**
 * Augmenting row reduction over the row lists (as `augmentingRowReduction.ts`, whose comment gives
 * the pass and retry rules): each free row takes the column of its smallest reduced cost, lowering
 * its dual by the gap to the second smallest, and evicts the column's row.
 */
function augmentingRowReduction(ws: CsrWorkspace, numFree: number): number {
  const { m, start, col, cost, x, xk, y, v, free } = ws;
  const inf = Number.POSITIVE_INFINITY;
  let remaining = numFree;
  let before = inf;
  for (let pass = 0; pass < MAX_PASSES && remaining > 0; pass++) {
    const previous = remaining;
    if (pass >= MIN_PASSES && remaining > 0.9 * before) break;
    before = remaining;
    remaining = 0;
    let retries = m;
    let f = 0;
    while (f < previous) {
      const i = free[f++] as number;
      let umin = inf;
      let usub = inf;
      let j1 = -1;
      let j2 = -1;
      let k1 = -1;
      let k2 = -1;
      const end = start[i + 1] as number;
      for (let k = start[i] as number; k < end; k++) {
        const j = col[k] as number;
        const h = (cost[k] as number) - (v[j] as number);
        if (h < usub) {
          if (h >= umin) {
            usub = h;
            j2 = j;
            k2 = k;
          } else {
            usub = umin;
            j2 = j1;
            k2 = k1;
            umin = h;
            j1 = j;
            k1 = k;
          }
        }
      }
      if (j1 < 0) {
        free[remaining++] = i;
        continue;
      }
      let i0 = y[j1] as number;
      const strict = umin < usub;
      if (strict) {
        if (usub < inf) v[j1] = (v[j1] as number) - (usub - umin);
      } else if (i0 >= 0) {
        j1 = j2;
        k1 = k2;
        i0 = y[j2] as number;
      }
      x[i] = j1;
      xk[i] = k1;
      y[j1] = i;
      if (i0 >= 0) {
        x[i0] = -1;
        if (strict && usub < inf && retries > 0) {
          retries--;
          free[--f] = i0;
        } else {
          free[remaining++] = i0;
        }
      }
    }
  }
  return remaining;
}

/**
 * One shortest augmenting path from free row `f`: Dijkstra over reduced costs. Columns reached at
 * the current minimum distance go on a stack (`todo`) and are scanned first, as in LAPJVsp; the
 * others wait in the list `reached` (a column whose distance drops to the minimum while there
 * stays, its distance final, and leaves at the next scan of the list). When `todo` is empty, a
 * scan of the list finds the new minimum distance and moves every column at it to `todo`. The
 * search ends at the first free column at a new minimum (in list order), or at once when a scanned row reaches a free column at the current minimum distance
 * (nothing can be nearer). Then the scanned columns' duals move by their distance below the end,
 * and the path is flipped. When no free column is reachable, nothing changes but the scanned
 * columns are marked dead.
 *
 * @returns whether row `f` was matched.
 */
function augment(ws: CsrWorkspace, f: number): boolean {
  const { start, col, cost, x, xk, y, v, d, predK, reached, todo, scanned, final } = ws;
  const inf = Number.POSITIVE_INFINITY;
  let numReached = 0;
  let numTodo = 0;
  let numScanned = 0;
  let row = f;
  // The current minimum distance and the offset of `row`'s reduced costs.
  let lowest = 0;
  let h0 = 0;
  // At or below this a column is at the minimum distance: none for the first row, whose reduced
  // costs have no lower bound.
  let tight = Number.NEGATIVE_INFINITY;
  let endCol = -1;
  for (;;) {
    const end = start[row + 1] as number;
    for (let k = start[row] as number; k < end; k++) {
      const j = col[k] as number;
      const h = (cost[k] as number) - (v[j] as number) - h0;
      const dj = d[j] as number;
      // Columns whose distance is final (and dead ones) hold -Infinity: never relaxed.
      if (h < dj) {
        predK[j] = k;
        if (h <= tight) {
          if ((y[j] as number) < 0) {
            endCol = j;
            break;
          }
          d[j] = Number.NEGATIVE_INFINITY;
          final[j] = h;
          todo[numTodo++] = j;
        } else {
          if (dj === inf) reached[numReached++] = j;
          d[j] = h;
        }
      }
    }
    if (endCol >= 0) break;
    if (numTodo === 0) {
      // A new minimum distance, in one pass over the list: drop the columns whose distance became
      // final, and collect those at the least distance so far in `todo`, in list order (the first
      // free one among them ends the search, as LAPJVsp does after its scan for the minimum); then
      // those collected become final.
      let min = inf;
      let kept = 0;
      for (let s = 0; s < numReached; s++) {
        const j = reached[s] as number;
        const dj = d[j] as number;
        if (dj === Number.NEGATIVE_INFINITY) continue;
        reached[kept++] = j;
        if (dj <= min) {
          if (dj < min) {
            min = dj;
            numTodo = 0;
            endCol = -1;
          }
          if (endCol < 0 && (y[j] as number) < 0) endCol = j;
          todo[numTodo++] = j;
        }
      }
      numReached = kept;
      if (min === inf) break;
      lowest = min;
      if (endCol >= 0) break;
      for (let s = 0; s < numTodo; s++) {
        const j = todo[s] as number;
        d[j] = Number.NEGATIVE_INFINITY;
        final[j] = min;
      }
    }
    const j1 = todo[--numTodo] as number;
    scanned[numScanned++] = j1;
    row = y[j1] as number;
    h0 = (cost[xk[row] as number] as number) - (v[j1] as number) - lowest;
    tight = lowest;
  }
  // Restore the between-searches state: +Infinity, but -Infinity (dead) for the columns scanned
  // by a failed search: no free column can be reached from them, now or later.
  const after = endCol >= 0 ? inf : Number.NEGATIVE_INFINITY;
  for (let s = 0; s < numScanned; s++) d[scanned[s] as number] = after;
  for (let s = 0; s < numTodo; s++) d[todo[s] as number] = inf;
  for (let s = 0; s < numReached; s++) {
    const j = reached[s] as number;
    if ((d[j] as number) !== Number.NEGATIVE_INFINITY) d[j] = inf;
  }
  if (endCol < 0) return false;
  for (let s = 0; s < numScanned; s++) {
    const j = scanned[s] as number;
    v[j] = (v[j] as number) + (final[j] as number) - lowest;
  }
  // Flip the alternating path ending at `endCol`.
  let j = endCol;
  for (;;) {
    const k = predK[j] as number;
    // The row holding entry k: start[i] ≤ k < start[i + 1].
    let i = 0;
    for (let hi = ws.n; hi - i > 1; ) {
      const mid = (i + hi) >> 1;
      if ((start[mid] as number) <= k) i = mid;
      else hi = mid;
    }
    y[j] = i;
    const next = x[i] as number;
    x[i] = j;
    xk[i] = k;
    if (i === f) break;
    j = next;
  }
  d[endCol] = inf;
  return true;
}
