/**
 * The id order the library promises for ties and lists (code-unit order of ids, never input
 * position: the matching runs on the programme with mentors and mentees sorted by id and each
 * mentee's requests by topic), and the greedy baseline of the summary recomputed in it.
 */
import type { ScoreTable } from '../../src/index.js';
import { HOURS_SLACK, type MatchProblem, scoreAt } from './matchBruteForce.js';

/** Compares ids by UTF-16 code unit (the order the library promises for ties and lists). */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The table's demand rows in id order: mentee id, then topic id. */
export function rowsInIdOrder(table: ScoreTable): number[] {
  return table.rows
    .map((row, r) => ({ r, mentee: row.menteeId, topic: row.topic ?? '' }))
    .sort((a, b) => byId(a.mentee, b.mentee) || byId(a.topic, b.topic))
    .map((x) => x.r);
}

/** The table's mentor columns in id order. */
export function mentorsInIdOrder(table: ScoreTable): number[] {
  return table.mentorIds.map((_, j) => j).sort((a, b) => byId(table.mentorIds[a]!, table.mentorIds[b]!));
}

/**
 * First come, first served, as the summary's `greedy` promises: the locked pairs, then each row in
 * id order taking the best-scoring mentor (ties: the lowest id) with a place, the hours and no
 * other row of its group.
 */
export function greedyAssignment(problem: MatchProblem, table: ScoreTable): Int32Array {
  const assigned = Int32Array.from(problem.locked);
  const load = new Array<number>(problem.cols).fill(0);
  const used = new Array<number>(problem.cols).fill(0);
  assigned.forEach((j, r) => {
    if (j < 0) return;
    load[j]!++;
    used[j]! += problem.hours[r]!;
  });
  const mentors = mentorsInIdOrder(table);
  for (const r of rowsInIdOrder(table)) {
    if (assigned[r]! >= 0) continue;
    let best = -1;
    for (const j of mentors) {
      const s = scoreAt(problem, r, j);
      if (s === Number.NEGATIVE_INFINITY || (best >= 0 && s <= scoreAt(problem, r, best))) continue;
      if (load[j]! >= problem.capacity[j]! || used[j]! + problem.hours[r]! > problem.budget[j]! + HOURS_SLACK) continue;
      let mate = false;
      assigned.forEach((c, q) => {
        if (c === j && q !== r && problem.group[q] === problem.group[r]) mate = true;
      });
      if (!mate) best = j;
    }
    if (best < 0) continue;
    assigned[r] = best;
    load[best]!++;
    used[best]! += problem.hours[r]!;
  }
  return assigned;
}
