/**
 * The baseline the summary compares with: first come, first served. Demand rows in input order
 * (locked pairs first), each taking the best-scoring mentor still allowed with room and hours left
 * whom no hard quota of `rules.quotas` bars (a per-mentor cap or a `max` reached, a share it would
 * pass): a matching the programme allows, except that a `min` is not sought (it holds only if the
 * rows met in order happen to reach it). O(allowed pairs).
 */

import { hoursBudgets } from '../model/meetings.js';
import { mateHolds } from '../solve/internal/matching/feasible.js';
import { fits } from '../solve/internal/matching/problem.js';
import type { Prepared } from './prepare.js';
import { quotaTally } from './quotas.js';

/** The greedy matching: a mentor column per demand row, -1 = unmatched. */
export function greedyMatching(prepared: Prepared): Int32Array {
  const assigned = Int32Array.from(prepared.locked);
  fill(prepared, assigned);
  return assigned;
}

/** Gives each unmatched row, in order, the best allowed mentor with a place and hours left. */
export function fill(prepared: Prepared, assigned: Int32Array): void {
  const { program, table, groupOf } = prepared;
  const { start, cols, scores } = table.allowed;
  const capacity = Int32Array.from(program.mentors, (m) => m.capacity);
  const hoursLeft = hoursBudgets(program.mentors);
  const tally = quotaTally(program, table, assigned);
  assigned.forEach((j, r) => {
    if (j < 0) return;
    capacity[j] = (capacity[j] as number) - 1;
    hoursLeft[j] = (hoursLeft[j] as number) - (table.rows[r]?.hours ?? 0);
  });
  // Per mentor, 1 once it takes no row left: no place, or not the hours of the shortest row (one
  // byte read first at every pair, where a place and the hours were two numbers; a mentor once
  // shut stays so, as places and hours only fall).
  let fewest = Number.POSITIVE_INFINITY;
  for (const row of table.rows) fewest = Math.min(fewest, row.hours);
  const takes = (j: number) => (capacity[j] as number) > 0 && fits(0, fewest, hoursLeft[j] as number);
  const shut = Uint8Array.from(capacity, (_, j) => +!takes(j));
  // None open: no row left can be given a mentor (classic 50,000 × 5,000: every place taken by
  // about the 12,000th mentee, the other rows each a scan of thousands of full mentors).
  let open = 0;
  for (let j = 0; j < shut.length; j++) open += 1 - (shut[j] as number);
  for (let r = 0; r < assigned.length && open > 0; r++) {
    if ((assigned[r] as number) >= 0) continue;
    const hours = table.rows[r]?.hours ?? 0;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    // The allowed mentors only (ascending, as a scan of the row would meet them).
    const end = start[r + 1] as number;
    for (let e = start[r] as number; e < end; e++) {
      const j = cols[e] as number;
      const s = scores[e] as number;
      if (s <= bestScore || shut[j] === 1 || !fits(0, hours, hoursLeft[j] as number)) continue;
      if (groupOf !== null && mateHolds(groupOf, assigned, r, j)) continue;
      if (tally?.breaks([[r, j, 1]])) continue;
      best = j;
      bestScore = s;
    }
    if (best < 0) continue;
    assigned[r] = best;
    tally?.add(r, best, 1);
    capacity[best] = (capacity[best] as number) - 1;
    hoursLeft[best] = (hoursLeft[best] as number) - hours;
    if (!takes(best)) {
      shut[best] = 1;
      open--;
    }
  }
}
