/**
 * The `stable` objective: the mentee-optimal stable matching (deferred acceptance, mentees' requests
 * proposing) over the allowed pairs, with both sides' preferences from `preferences.ts`, the
 * mentors' places left after the locked pairs and, in micro mode, one mentee's requests on distinct
 * mentors (a mentor takes one request per mentee). Hours budgets: a mentor's places start at what
 * its hours allow for the shortest request; while the requests a mentor holds overrun its hours, it
 * keeps the longest run of its favourites that fits and the matching is found again with that many
 * places. Every budget then holds; when requests differ in length a mentor may be left with the
 * hours for a shorter request it would take (a blocking pair), and the result is flagged not exact.
 *
 * Mentors rank by their own lists, then by their mentor-side scores, which nothing a mentee reports
 * moves: as deferred acceptance, no mentee with one request gets a better mentor by misreporting its
 * `preferences` (Dubins and Freedman 1981; Roth 1982), unless requests of different lengths cut
 * places for hours (test/matchProgram.strategyproof.test.ts, with the cases that fall outside).
 */

import { fits } from '../solve/internal/matching/problem.js';
import { stableMatching } from '../solve/stableMatching.js';
import { blockingPairsOf } from './blocking.js';
import { preferences } from './preferences.js';
import { type Prepared, placesFor } from './prepare.js';

/** Solves `prepared` for the `stable` objective. */
export function solveStable(prepared: Prepared): { readonly assigned: Int32Array; readonly exact: boolean } {
  const { table, free, locked, hoursLeft, groupOf } = prepared;
  const cols = table.mentorIds.length;
  const n = free.length;
  const groups = groupOf === null ? undefined : Int32Array.from(free, (r) => groupOf[r] as number);
  const hours = Float64Array.from(free, (r) => table.rows[r]?.hours ?? 0);
  const { start, cols: allowedCols, scores } = table.allowed;
  const { rowCompare, mentorCompare, mentorScores } = preferences(prepared);
  // The free rows' allowed pairs (entries of `table.allowed`), each row's in its order of
  // preference; a mentee's locked mentor is off limits for their other requests.
  const taken = new Uint8Array(cols);
  const proposerPrefs: Int32Array[] = [];
  const count = new Int32Array(cols + 1);
  let r = 0;
  const byRow = (a: number, b: number) =>
    rowCompare(r, allowedCols[a] as number, scores[a] as number, allowedCols[b] as number, scores[b] as number);
  for (let k = 0; k < n; k++) {
    r = free[k] as number;
    const from = start[r] as number;
    const to = start[r + 1] as number;
    const mates = groupOf === null ? 0 : lockedMates(groupOf, locked, r, taken, 1);
    const entries = new Int32Array(to - from);
    let size = 0;
    for (let e = from; e < to; e++) if (mates === 0 || taken[allowedCols[e] as number] === 0) entries[size++] = e;
    if (mates > 0) lockedMates(groupOf as Int32Array, locked, r, taken, 0);
    const own = entries.subarray(0, size).sort(byRow);
    for (let i = 0; i < size; i++) {
      const j = allowedCols[own[i] as number] as number;
      count[j + 1] = (count[j + 1] as number) + 1;
    }
    proposerPrefs.push(own);
  }
  // Each mentor's free rows (free-row positions, for the solver) with its mentor-side scores, by
  // column; then the rows' lists from entries to mentor columns.
  for (let j = 0; j < cols; j++) count[j + 1] = (count[j + 1] as number) + (count[j] as number);
  const at = count.slice(0, cols);
  const position = new Int32Array(count[cols] as number);
  const side = new Float64Array(position.length);
  const mentorSide = position.length > 0 ? mentorScores() : scores;
  for (let k = 0; k < n; k++) {
    const own = proposerPrefs[k] as Int32Array;
    for (let i = 0; i < own.length; i++) {
      const e = own[i] as number;
      const j = allowedCols[e] as number;
      const p = at[j] as number;
      at[j] = p + 1;
      position[p] = k;
      side[p] = mentorSide[e] as number;
      own[i] = j;
    }
  }
  const slot = Int32Array.from(position, (_, p) => p);
  let j = 0;
  const byMentor = (p: number, q: number) =>
    mentorCompare(
      j,
      free[position[p] as number] as number,
      side[p] as number,
      free[position[q] as number] as number,
      side[q] as number,
    );
  const receiverPrefs: Int32Array[] = [];
  for (j = 0; j < cols; j++) {
    const held = slot.subarray(count[j], count[j + 1]).sort(byMentor);
    receiverPrefs.push(Int32Array.from(held, (p) => position[p] as number));
  }
  // Places: what capacity and hours allow for the shortest requests; then, while a mentor's held
  // requests overrun its hours, it keeps the longest run of its favourites that fits, and the
  // matching is found again with that many places (capacities only fall, so this ends).
  const shortest = hours.reduce((x, y) => Math.min(x, y), Number.POSITIVE_INFINITY);
  const capacities = placesFor(prepared.capacity, hoursLeft, shortest);
  const options = { proposerPrefs, receiverPrefs, capacities, ...(groups === undefined ? {} : { groups }) };
  let result = stableMatching(options);
  let cut = false;
  for (let round = 0; round < cols + 1; round++) {
    let over = false;
    result.receiverTo.forEach((held, j) => {
      let used = 0;
      let kept = 0;
      while (kept < held.length && fits(used, hours[held[kept] as number] as number, hoursLeft[j] as number)) {
        used += hours[held[kept] as number] as number;
        kept++;
      }
      if (kept < held.length) {
        capacities[j] = kept;
        over = true;
      }
    });
    if (!over) break;
    cut = true;
    result = stableMatching(options);
  }
  const { proposerTo } = result;
  const assigned = Int32Array.from(locked);
  for (let k = 0; k < n; k++) if ((proposerTo[k] as number) >= 0) assigned[free[k] as number] = proposerTo[k] as number;
  // Places cut for hours may leave a mentor with the hours for a shorter request it would take.
  return { assigned, exact: !cut || blockingPairsOf(prepared, assigned).length === 0 };
}

/**
 * Marks (`mark` 1) or clears (0) in `taken` the mentors that row `r`'s mentee is locked to on other
 * rows (a mentee's rows are consecutive); returns how many there are.
 */
function lockedMates(groupOf: Int32Array, locked: Int32Array, r: number, taken: Uint8Array, mark: number): number {
  const g = groupOf[r];
  let found = 0;
  for (let step = -1; step <= 1; step += 2) {
    for (let q = r + step; q >= 0 && q < locked.length && groupOf[q] === g; q += step) {
      const j = locked[q] as number;
      if (j < 0) continue;
      taken[j] = mark;
      found++;
    }
  }
  return found;
}
