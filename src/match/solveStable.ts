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
import { freeProblem, type Prepared, placesFor } from './prepare.js';

/** Solves `prepared` for the `stable` objective. */
export function solveStable(prepared: Prepared): { readonly assigned: Int32Array; readonly exact: boolean } {
  const { table, free, locked, hoursLeft } = prepared;
  const cols = table.mentorIds.length;
  const n = free.length;
  const { pairs, groups, hours } = freeProblem(prepared);
  const { rowOrder, mentorOrder } = preferences(prepared);
  const proposerPrefs: Int32Array[] = [];
  const receiverLists: number[][] = Array.from({ length: cols }, () => []);
  for (let k = 0; k < n; k++) {
    const allowed: number[] = [];
    for (let e = pairs.start[k] as number; e < (pairs.start[k + 1] as number); e++) {
      const j = pairs.cols[e] as number;
      allowed.push(j);
      receiverLists[j]?.push(free[k] as number);
    }
    proposerPrefs.push(Int32Array.from(allowed.sort(rowOrder(free[k] as number))));
  }
  // Mentors rank demand rows; the solver takes free-row positions (rows are increasing in `free`).
  const position = new Int32Array(table.rows.length);
  free.forEach((r, k) => {
    position[r] = k;
  });
  const receiverPrefs = receiverLists.map((rows, j) =>
    Int32Array.from(rows.sort(mentorOrder(j)), (r) => position[r] as number),
  );
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
