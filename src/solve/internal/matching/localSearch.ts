/**
 * Local search on a matching that keeps every constraint: moves that rank the matching higher for
 * the objective, taken one at a time until none is left (or `maxPasses` passes over the rows).
 * Moves, for each row in turn: an unmatched row takes a column with room, or takes the place of a
 * row there (when its hours then fit), the row it displaces moving to another column with room or
 * going unmatched; a matched row moves to a column with room, takes the place of a row that goes
 * unmatched, or trades columns with it. The best move of a row is applied (gains compared as the objective ranks figures:
 * pairs, Σ priority, Σ priority × score; for `fair`, no new pair below the lowest score unless the
 * move adds a pair); ties keep the first found (lowest column, then lowest row). Deterministic.
 * O(pairs × capacity) per pass, plus a scan of a displaced row's pairs when the move could win.
 * With `quotas`, a move must also keep every per-column cap and each set's count within its bounds
 * (or, where a count is outside them, not move it further out); with `count`, its marked pairs too.
 */

import { drain, SLICE, type Steps, sliceDue, timeUp } from '../clock.js';
import { mayBeAllowed, pairIndex } from '../pairs.js';
import { mateHolds } from './feasible.js';
import { fits, type MatchingObjective, type MatchingProblem, scoreOf } from './problem.js';
import type { PairCount, QuotaLimits } from './quotaLimits.js';
import { type ByColumn, entriesByColumn, type SparseRows } from './sparseRows.js';

/** Gains smaller than this are rounding. */
const EPSILON = 1e-10;

/**
 * A row's record in the local search, 8 numbers of 8 bytes (the size of a cache line): the row's
 * hours, priority, score on its column (`HELD`), best score (`TOP`) and floor (`BEYOND`), and in
 * the record's first 32-bit word (`NEXT`, an index into the records' `Int32Array` view, 16 words a
 * record) the next row its column holds.
 */
const RECORD = 8;
const NEXT = 0;
const HOURS = 1;
const PRIORITY = 2;
const HELD = 3;
const TOP = 4;
const BEYOND = 5;

/**
 * Improves `assign` in place. With `reference` (for the tests), the search without its shortcuts:
 * each row's best column with room is looked for again after every move (instead of kept while no
 * column gains room), and an unmatched row looks at every row a full column holds (instead of
 * passing over the columns whose bound rules every trade there out).
 */
export function localSearch(
  problem: MatchingProblem,
  objective: MatchingObjective,
  pairs: SparseRows,
  assign: Int32Array,
  maxPasses: number,
  quotas?: QuotaLimits,
  count?: PairCount,
  reference = false,
): void {
  drain(localSearchSteps(problem, objective, pairs, assign, maxPasses, quotas, count, reference));
}

/** {@link localSearch} in steps: it yields when an async caller's time slice is over. */
export function* localSearchSteps(
  problem: MatchingProblem,
  objective: MatchingObjective,
  pairs: SparseRows,
  assign: Int32Array,
  maxPasses: number,
  quotas?: QuotaLimits,
  count?: PairCount,
  reference = false,
): Steps<void> {
  // Out of time before it starts: the matching as it is (its set-up alone reads every pair).
  if (maxPasses <= 0 || timeUp()) return;
  const { rows, cols, hours, priority, budget, capacity, groups, screen } = problem;
  const { start, col, score } = pairs;
  const fair = objective === 'fair';
  const coverage = objective === 'coverage';
  const load = new Int32Array(cols);
  const used = new Float64Array(cols);
  // Per row, what the inner loop reads of every row a full column holds, side by side in one record
  // the size of a cache line (`records`): those rows are anywhere among the rows, and the same
  // figures in an array each cost a cache miss per array (2.2 million rows looked at on the micro
  // programme of 100,000 requests × 10,000 mentors). Rows held by each column: a linked list
  // through the records' `NEXT` and `prev` (-1 ends), head per column.
  const records = new Float64Array(rows * RECORD);
  const links = new Int32Array(records.buffer);
  for (let r = 0; r < rows; r++) {
    links[r * RECORD * 2 + NEXT] = -1;
    records[r * RECORD + HOURS] = hours[r] as number;
    records[r * RECORD + PRIORITY] = priority[r] as number;
  }
  const head = new Int32Array(cols).fill(-1);
  const prev = new Int32Array(rows).fill(-1);
  // The quotas' counts: rows per column and value, rows of the set.
  const rowValue = quotas?.rowValue ?? null;
  const inSet = quotas?.inSet ?? null;
  const values = quotas?.values ?? 0;
  const valueLoad = new Int32Array(rowValue === null ? 0 : cols * values);
  const setCount = new Int32Array(quotas?.min.length ?? 0);
  // The marks of `count` the matching holds.
  let marks = 0;
  const tally = (r: number, j: number, d: number) => {
    if (count !== undefined) marks += d * (count.marked[pairIndex(problem.pairs, r, j)] as number);
    const v = rowValue === null ? -1 : (rowValue[r] as number);
    if (v >= 0) valueLoad[j * values + v] = (valueLoad[j * values + v] as number) + d;
    const t = inSet === null ? -1 : (inSet[r] as number);
    if (t >= 0) setCount[t] = (setCount[t] as number) + d;
  };
  /** Whether set `t`'s count moved by `d` stays within its bounds (or, outside them, goes no further out). */
  const inBounds = (t: number, d: number): boolean => {
    const now = setCount[t] as number;
    const n = now + d;
    return n >= Math.min(quotas?.min[t] ?? 0, now) && n <= Math.max(quotas?.max[t] ?? 0, now);
  };
  // For `total` (moves ranked by Σ priority × score alone), per column, a bound on what an unmatched
  // row gains beyond its own new pair by taking the place of a row the column holds: the most of
  // that row's loss when it goes out (− priority × score) and of its change when it moves to its
  // best column with room (priority × (score there − score)), the same products as the moves'. A
  // column where the bound cannot win is passed over without a look at its rows: the same moves.
  // The bound is found again (`stale`) once the column's rows changed or one of them may have a
  // better column with room (a column before its answer gained room, or its group mates left one);
  // a column with room lost only lowers what it bounds.
  const sums = !fair && !coverage && !reference;
  const tradeBound = new Float64Array(sums ? cols : 0);
  const stale = new Uint8Array(sums ? cols : 0).fill(1);
  const take = (r: number, j: number) => {
    if (sums) stale[j] = 1;
    tally(r, j, 1);
    assign[r] = j;
    records[r * RECORD + HELD] = scoreOf(problem, r, j);
    load[j] = (load[j] as number) + 1;
    used[j] = (used[j] as number) + (hours[r] as number);
    const h = head[j] as number;
    links[r * RECORD * 2 + NEXT] = h;
    prev[r] = -1;
    if (h >= 0) prev[h] = r;
    head[j] = r;
  };
  const drop = (r: number) => {
    const j = assign[r] as number;
    if (sums) stale[j] = 1;
    tally(r, j, -1);
    assign[r] = -1;
    load[j] = (load[j] as number) - 1;
    used[j] = (used[j] as number) - (hours[r] as number);
    const n = links[r * RECORD * 2 + NEXT] as number;
    const p = prev[r] as number;
    if (p >= 0) links[p * RECORD * 2 + NEXT] = n;
    else head[j] = n;
    if (n >= 0) prev[n] = p;
  };
  for (let r = 0; r < rows; r++) {
    const j = assign[r] as number;
    if (j >= 0) {
      assign[r] = -1;
      take(r, j);
    }
  }
  let lowest = Number.NEGATIVE_INFINITY;
  const lowestNow = () => {
    let low = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rows; r++) {
      const j = assign[r] as number;
      if (j >= 0) low = Math.min(low, records[r * RECORD + HELD] as number);
    }
    return low * (1 - 1e-12);
  };
  if (fair) lowest = lowestNow();
  // Each row's best score (to skip hopeless chains).
  for (let r = 0; r < rows; r++) {
    let top = Number.NEGATIVE_INFINITY;
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++)
      top = Math.max(top, score[e] as number);
    records[r * RECORD + TOP] = top;
  }
  // A bound on a row's score at a column before it is looked up for a trade there (a search of
  // the row's allowed pairs, most of them a cache miss): the column's best score in `pairs`, or the
  // row's floor when the pair may be one `pairs` left out. On the micro programme of 100,000
  // requests × 10,000 mentors, it rules out 650,000 of the 1.24 million look-ups: the same moves.
  const beyond = reference ? undefined : pairs.floor;
  if (beyond !== undefined) for (let r = 0; r < rows; r++) records[r * RECORD + BEYOND] = beyond[r] as number;
  const colTop = new Float64Array(beyond === undefined ? 0 : cols).fill(Number.NEGATIVE_INFINITY);
  if (beyond !== undefined) {
    for (let e = 0; e < col.length; e++) {
      const j = col[e] as number;
      if ((score[e] as number) > (colTop[j] as number)) colTop[j] = score[e] as number;
    }
  }
  // Each row's best column with room: the first of its pairs (in `pairs`' order) with room, cached
  // until the row's group mates leave a column (`epoch` moves on after every move in `reference`
  // mode only). No column before the answer takes the row: a column there that gains room becomes
  // the answer when it takes the row (the others before the answer still do not), and the answer's
  // own column, once it takes the row no more, has it looked for again.
  const roomCol = new Int32Array(rows);
  const roomScore = new Float64Array(rows);
  const roomNot = new Int32Array(rows);
  const roomAt = new Int32Array(rows).fill(-1);
  // The entry of `pairs` where the cached answer is (the row's end when it has none).
  const roomEntry = new Int32Array(rows);
  let epoch = 0;
  // Per column, the rows that have it among their pairs and the entry there (made at the first
  // column that gains room): a column that gains room becomes the answer of the rows it comes
  // before and takes (on the micro programme of 100,000 requests × 10,000 mentors, forgetting
  // those answers instead cost 740,000 searches, most of them through every pair of the row).
  let byColumn: ByColumn | null = null;
  /** Whether column `c` takes row `q` now: a place, the hours and no group mate there. */
  const takes = (q: number, c: number) =>
    (load[c] as number) < (capacity[c] as number) &&
    fits(used[c] as number, hours[q] as number, budget[c] as number) &&
    !(groups !== undefined && mateHolds(groups, assign, q, c));
  const gained = (c: number) => {
    byColumn ??= entriesByColumn(pairs, rows, cols);
    for (let k = byColumn.start[c] as number, end = byColumn.start[c + 1] as number; k < end; k++) {
      const q = byColumn.row[k] as number;
      const e = byColumn.entry[k] as number;
      if (roomAt[q] !== epoch || e >= (roomEntry[q] as number) || c === roomNot[q] || !takes(q, c)) continue;
      roomCol[q] = c;
      roomScore[q] = score[e] as number;
      roomEntry[q] = e;
      // A better answer: the row's column's trade bound is found again.
      if (sums && (assign[q] as number) >= 0) stale[assign[q] as number] = 1;
    }
  };
  const bestRoom = (q: number, not: number): number => {
    if (roomAt[q] === epoch && roomNot[q] === not) {
      // The earlier columns still do not take the row (one that gained room and does was made the
      // answer), and the one found (if any) is still the answer while it takes the row.
      const c = roomCol[q] as number;
      if (c < 0 || takes(q, c)) return c;
    }
    let bj = -1;
    let bs = Number.NEGATIVE_INFINITY;
    // Pairs come best first: the first column with room is the best.
    let e = start[q] as number;
    for (; e < (start[q + 1] as number); e++) {
      const j = col[e] as number;
      if (j === not || !takes(q, j)) continue;
      bj = j;
      bs = score[e] as number;
      break;
    }
    roomAt[q] = epoch;
    roomEntry[q] = e;
    roomCol[q] = bj;
    roomScore[q] = bs;
    roomNot[q] = not;
    return bj;
  };
  /** Forgets the cached answer of row `x`. */
  const forgetRow = (x: number) => {
    roomAt[x] = -1;
    if (sums && (assign[x] as number) >= 0) stale[assign[x] as number] = 1;
  };
  /** Forgets the cached answers of row `r`'s group (its mentee's requests: consecutive rows). */
  const forget = (r: number) => {
    const g = (groups as Int32Array)[r];
    for (let x = r; x >= 0 && (groups as Int32Array)[x] === g; x--) forgetRow(x);
    for (let x = r + 1; x < rows && (groups as Int32Array)[x] === g; x++) forgetRow(x);
  };
  /** Column `j`'s trade bound (see `tradeBound`), found again when stale. */
  const boundAt = (j: number): number => {
    if (stale[j] === 1) {
      let most = Number.NEGATIVE_INFINITY;
      for (let q = head[j] as number; q >= 0; q = links[q * RECORD * 2 + NEXT] as number) {
        const pq = records[q * RECORD + PRIORITY] as number;
        const sq = records[q * RECORD + HELD] as number;
        // (Comparisons, not Math.max: a NaN never wins a move, so it bounds none.)
        const out = -(pq * sq);
        if (out > most) most = out;
        if (bestRoom(q, j) >= 0) {
          const moved = pq * ((roomScore[q] as number) - sq);
          if (moved > most) most = moved;
        }
      }
      tradeBound[j] = most;
      stale[j] = 0;
    }
    return tradeBound[j] as number;
  };
  // The best move of the current row: its gain (pairs, Σ priority, Σ priority × score) and plan.
  let bc = 0;
  let bw = 0;
  let bt = 0;
  let found = false;
  let planJ = -1;
  let planQ = -1;
  let planQJ = -1;
  /** Whether a change ranks above the best move so far (or above doing nothing). */
  const wins = (c: number, w: number, t: number): boolean => {
    const oc = found ? bc : 0;
    const ow = found ? bw : 0;
    const ot = found ? bt : 0;
    if (fair && c !== oc) return c > oc;
    if (coverage && Math.abs(w - ow) > EPSILON) return w > ow;
    return t > ot + EPSILON;
  };
  // The row being moved and its column (-1: unmatched).
  let mover = -1;
  let from = -1;
  /** Whether the mover going to `j`, and row `q` (if any) from `j` to `qj` (-1: out), keeps the quotas. */
  const keepsQuotas = (j: number, q: number, qj: number): boolean => {
    if (inSet !== null) {
      // The mover's set gains a row when it was unmatched; q's set loses one when q goes out.
      const tu = from < 0 ? (inSet[mover] as number) : -1;
      const tq = q >= 0 && qj < 0 ? (inSet[q] as number) : -1;
      if (tu !== tq && ((tu >= 0 && !inBounds(tu, 1)) || (tq >= 0 && !inBounds(tq, -1)))) return false;
    }
    if (count !== undefined) {
      const { marked } = count;
      let d =
        (marked[pairIndex(problem.pairs, mover, j)] as number) -
        (from >= 0 ? (marked[pairIndex(problem.pairs, mover, from)] as number) : 0);
      if (q >= 0)
        d +=
          (qj >= 0 ? (marked[pairIndex(problem.pairs, q, qj)] as number) : 0) -
          (marked[pairIndex(problem.pairs, q, j)] as number);
      const n = marks + d;
      const tol = 1e-9 * Math.max(1, rows);
      if (d !== 0 && (n < Math.min(count.min, marks) - tol || n > Math.max(count.max, marks) + tol)) return false;
    }
    if (rowValue === null) return true;
    const cap = quotas?.valueCap as Int32Array;
    const vu = rowValue[mover] as number;
    const vq = q >= 0 ? (rowValue[q] as number) : -1;
    if (vu >= 0 && (valueLoad[j * values + vu] as number) + (vq === vu ? 0 : 1) > (cap[j * values + vu] as number))
      return false;
    return !(
      qj >= 0 &&
      vq >= 0 &&
      (valueLoad[qj * values + vq] as number) + (qj === from && vu === vq ? 0 : 1) > (cap[qj * values + vq] as number)
    );
  };
  /**
   * Row `q`'s score at column `a` (-Infinity when the pair is not allowed), for a trade there: one
   * search of q's allowed pairs, or none when the screen rules the pair out. (A scan of q's searched
   * pairs, best first, while one could still win, was no faster on the programme of 100,000
   * requests: the same matching, with less to keep.)
   */
  const tradeScore = (q: number, a: number): number =>
    screen === undefined || mayBeAllowed(screen, q, a) ? scoreOf(problem, q, a) : Number.NEGATIVE_INFINITY;
  /** Offers a move; `low` is its lowest new score (for `fair`). */
  const offer = (c: number, w: number, t: number, low: number, j: number, q: number, qj: number) => {
    if (fair && c <= 0 && low < lowest) return;
    if (!wins(c, w, t)) return;
    if ((quotas !== undefined || count !== undefined) && !keepsQuotas(j, q, qj)) return;
    found = true;
    bc = c;
    bw = w;
    bt = t;
    planJ = j;
    planQ = q;
    planQJ = qj;
  };
  for (let pass = 0; pass < maxPasses; pass++) {
    // Each pass keeps a valid matching: out of time, the matching so far.
    if (pass > 0 && timeUp()) break;
    let moved = false;
    for (let u = 0; u < rows; u++) {
      // Every 32 rows (each a scan of its pairs and their columns' rows, up to ms at scale): out of
      // time, the matching so far (valid between moves); the async form's turns.
      if ((u & 31) === 31) {
        if (timeUp()) return;
        if (sliceDue()) yield SLICE;
      }
      const a = assign[u] as number;
      const pu = priority[u] as number;
      const hu = hours[u] as number;
      const su = a >= 0 ? (records[u * RECORD + HELD] as number) : 0;
      // The best score any row has at u's column in `pairs` (none bounds: +Infinity).
      const atA = a >= 0 && beyond !== undefined ? (colTop[a] as number) : Number.POSITIVE_INFINITY;
      found = false;
      mover = u;
      from = a;
      for (let e = start[u] as number, end = start[u + 1] as number; e < end; e++) {
        const j = col[e] as number;
        const s = score[e] as number;
        // A matched row looks only at better-scoring columns (pairs come best first).
        if (a >= 0 && s <= su) break;
        if (groups !== undefined && mateHolds(groups, assign, u, j)) continue;
        // The change of u's own pair: a new pair, or a move from column a.
        const c0 = a < 0 ? 1 : 0;
        const w0 = a < 0 ? pu : 0;
        const t0 = a < 0 ? pu * s : pu * (s - su);
        if ((load[j] as number) < (capacity[j] as number) && fits(used[j] as number, hu, budget[j] as number)) {
          offer(c0, w0, t0, s, j, -1, -1);
          continue;
        }
        if (sums && a < 0 && !wins(c0, w0, t0 + boundAt(j))) continue;
        for (let q = head[j] as number; q >= 0; q = links[q * RECORD * 2 + NEXT] as number) {
          const at = q * RECORD;
          const hq = records[at + HOURS] as number;
          // u takes q's place at j...
          if (!fits((used[j] as number) - hq, hu, budget[j] as number)) continue;
          const pq = records[at + PRIORITY] as number;
          const sq = records[at + HELD] as number;
          const tq = records[at + TOP] as number;
          offer(c0 - 1, w0 - pq, t0 - pq * sq, s, j, q, -1);
          // ...and q moves to a column with room, when that could win...
          const hope = t0 + pq * (tq - sq);
          // (Only for an unmatched row: for every matched one it would cost a scan per displaced row.)
          if (a < 0 && wins(c0, w0, hope)) {
            const qj = bestRoom(q, j);
            if (qj >= 0) {
              const qs = roomScore[q] as number;
              offer(c0, w0, t0 + pq * (qs - sq), Math.min(s, qs), j, q, qj);
            }
          }
          // ...or to u's old column (its score there looked up only when the trade could win).
          if (
            a >= 0 &&
            wins(0, 0, t0 + pq * (tq - sq)) &&
            (beyond === undefined || wins(0, 0, t0 + pq * (Math.max(atA, records[at + BEYOND] as number) - sq))) &&
            fits((used[a] as number) - hu, hq, budget[a] as number) &&
            !(groups !== undefined && mateHolds(groups, assign, q, a))
          ) {
            const sqa = tradeScore(q, a);
            if (sqa > Number.NEGATIVE_INFINITY) offer(0, 0, t0 + pq * (sqa - sq), Math.min(s, sqa), j, q, a);
          }
        }
      }
      if (!found) continue;
      const j = planJ;
      const q = planQ;
      const qj = planQJ;
      // The columns the move touches, before it: a column left with fewer rows or hours has gained
      // room (the cached answers after it may be that column now).
      const loadA = a >= 0 ? (load[a] as number) : 0;
      const usedA = a >= 0 ? (used[a] as number) : 0;
      const loadJ = load[j] as number;
      const usedJ = used[j] as number;
      const loadQ = qj >= 0 ? (load[qj] as number) : 0;
      const usedQ = qj >= 0 ? (used[qj] as number) : 0;
      if (a >= 0) drop(u);
      if (q >= 0) drop(q);
      take(u, j);
      if (q >= 0 && qj >= 0) take(q, qj);
      if (reference) epoch++;
      else {
        if (a >= 0 && ((load[a] as number) < loadA || (used[a] as number) < usedA)) gained(a);
        if ((load[j] as number) < loadJ || (used[j] as number) < usedJ) gained(j);
        if (qj >= 0 && ((load[qj] as number) < loadQ || (used[qj] as number) < usedQ)) gained(qj);
        if (groups !== undefined) {
          // A row that left a column lets its group mates back on it: their answers are computed again.
          if (a >= 0) forget(u);
          if (q >= 0) forget(q);
        }
      }
      moved = true;
      if (fair) lowest = lowestNow();
    }
    if (!moved) break;
  }
}
