/**
 * The `stable` objective: the mentee-optimal stable matching (deferred acceptance, mentees' requests
 * proposing) over the allowed pairs, with both sides' preferences from `preferences.ts`, the
 * mentors' places left after the locked pairs and, in micro mode, one mentee's requests on distinct
 * mentors (a mentor takes one request per mentee). With hours budgets, a mentor's places are what
 * its hours allow for the longest request left, so every budget holds; when requests differ in
 * length this may leave hours unused, and the result is flagged as not exact.
 */
import { stableMatching } from '../solve/stableMatching.js';
import { preferences } from './preferences.js';
import { freeProblem, type Prepared } from './prepare.js';
import type { Solved } from './solveObjective.js';

/** Solves `prepared` for the `stable` objective. */
export function solveStable(prepared: Prepared): Solved {
  const { table, free, locked, hoursLeft } = prepared;
  const cols = table.mentorIds.length;
  const n = free.length;
  const { data, groups, hours } = freeProblem(prepared);
  const { rowPrefers, mentorPrefers } = preferences(prepared);
  const proposerPrefs: Int32Array[] = [];
  const receiverLists: number[][] = Array.from({ length: cols }, () => []);
  for (let k = 0; k < n; k++) {
    const allowed: number[] = [];
    for (let j = 0; j < cols; j++) {
      if (data[k * cols + j] === Number.NEGATIVE_INFINITY) continue;
      allowed.push(j);
      receiverLists[j]?.push(k);
    }
    const r = free[k] as number;
    proposerPrefs.push(
      Int32Array.from(allowed.sort((a, b) => (rowPrefers(r, a, b) ? -1 : rowPrefers(r, b, a) ? 1 : 0))),
    );
  }
  const receiverPrefs = receiverLists.map((list, j) =>
    Int32Array.from(
      list.sort((x, y) =>
        mentorPrefers(j, free[x] as number, free[y] as number)
          ? -1
          : mentorPrefers(j, free[y] as number, free[x] as number)
            ? 1
            : 0,
      ),
    ),
  );
  const shortest = hours.reduce((x, y) => Math.min(x, y), Number.POSITIVE_INFINITY);
  const longest = hours.reduce((x, y) => Math.max(x, y), 0);
  let binding = false;
  const capacities = Int32Array.from(prepared.capacity, (c, j) => {
    const budget = hoursLeft[j] as number;
    if (budget === Number.POSITIVE_INFINITY || longest <= 0) return c;
    const places = Math.min(c, Math.floor(budget / longest + 1e-9));
    if (places < Math.min(c, Math.floor(budget / shortest + 1e-9))) binding = true;
    return places;
  });
  const { proposerTo } = stableMatching({
    proposerPrefs,
    receiverPrefs,
    capacities,
    ...(groups === undefined ? {} : { groups }),
  });
  const assigned = Int32Array.from(locked);
  for (let k = 0; k < n; k++) if ((proposerTo[k] as number) >= 0) assigned[free[k] as number] = proposerTo[k] as number;
  return { assigned, exact: !binding };
}
