/**
 * A reason for every unit of demand left unmatched, one an admin can act on: recruit an expert,
 * relax a rule, raise a capacity or an hours budget, or accept the objective's choice.
 */
import { compareIds } from '../model/compareIds.js';
import type { Program } from '../model/program.js';
import type { ScoreTable } from '../score/scoreProgram.js';
import { mateHolds } from '../solve/internal/matching/feasible.js';
import { fits } from '../solve/internal/matching/problem.js';
import type { Unmatched } from './types.js';

/** Most mentors named in a message... */
const NAMED = 5;
/** ...and listed in `mentors` (the best-scoring ones). */
export const LISTED = 20;

/** Up to `k` of `list`, the highest `score` first (ties: lower index first). O(list × k) at worst. */
export function best(list: readonly number[], score: (j: number) => number, k: number): number[] {
  // Order: higher score first, then lower index.
  const before = (a: number, b: number) => score(a) > score(b) || (score(a) === score(b) && a < b);
  const top: number[] = [];
  for (const j of list) {
    if (top.length === k && !before(j, top[k - 1] as number)) continue;
    let at = top.length;
    while (at > 0 && before(j, top[at - 1] as number)) at--;
    top.splice(at, 0, j);
    if (top.length > k) top.pop();
  }
  return top;
}

/** The reasons for the rows of `assigned` left at -1, in row order. */
export function unmatchedReasons(
  program: Program,
  table: ScoreTable,
  assigned: Int32Array,
  groupOf: Int32Array | null,
): Unmatched[] {
  const cols = table.mentorIds.length;
  const { data } = table.scores;
  const load = new Int32Array(cols);
  const hoursGiven = new Float64Array(cols);
  assigned.forEach((j, r) => {
    if (j < 0) return;
    load[j] = (load[j] as number) + 1;
    hoursGiven[j] = (hoursGiven[j] as number) + (table.rows[r]?.hours ?? 0);
  });
  // Who took each mentor's places, once.
  const takersOf: string[][] = table.mentorIds.map(() => []);
  assigned.forEach((j, r) => {
    if (j >= 0) takersOf[j]?.push(table.rows[r]?.menteeId as string);
  });
  const out: Unmatched[] = [];
  for (let r = 0; r < assigned.length; r++) {
    if ((assigned[r] as number) >= 0) continue;
    const row = table.rows[r];
    if (row === undefined) continue;
    const base = { mentee: row.menteeId, ...(row.topic === undefined ? {} : { topic: row.topic }) };
    const what = row.topic === undefined ? `mentee ${row.menteeId}` : `${row.menteeId}'s request on ${row.topic}`;
    const allowed: number[] = [];
    for (let j = 0; j < cols; j++) if ((data[r * cols + j] as number) > Number.NEGATIVE_INFINITY) allowed.push(j);
    const score = (j: number) => data[r * cols + j] as number;
    // The best-scoring of a list, for `mentors`, and the first of them named in the message.
    // The best-scoring LISTED of a list, computed once per list and reused by `ids` and `named`.
    let lastList: readonly number[] | null = null;
    let lastTop: number[] = [];
    const topOf = (list: readonly number[]) => {
      if (list !== lastList) {
        lastList = list;
        lastTop = best(list, score, LISTED);
      }
      return lastTop;
    };
    const ids = (list: readonly number[]) => topOf(list).map((j) => table.mentorIds[j] as string);
    const named = (list: readonly number[], show: (j: number) => string) =>
      `${topOf(list).slice(0, NAMED).map(show).join(', ')}${list.length > NAMED ? ` and ${list.length - NAMED} more` : ''}`;
    if (cols === 0) {
      out.push({
        ...base,
        code: 'ruledOut',
        reason: 'the programme has no mentors',
        mentors: [],
        rules: [],
        placesTakenBy: [],
      });
      continue;
    }
    if (allowed.length === 0) {
      const rules = table
        .ruledOut(r)
        .map((x) => ({ rule: x.rule, mentors: x.cols.length }))
        .sort((a, b) => b.mentors - a.mentors || compareIds(a.rule, b.rule));
      const levels = rules.find((x) => x.rule === 'levelRequired');
      if (levels !== undefined && levels.mentors === cols && row.topic !== undefined) {
        out.push({
          ...base,
          code: 'noExpert',
          reason: `no mentor masters ${topicName(program, row.topic)} at level ${row.level} or above: recruit one, or lower the level asked`,
          mentors: [],
          rules,
          placesTakenBy: [],
        });
      } else {
        out.push({
          ...base,
          code: 'ruledOut',
          reason: `hard rules rule out every mentor for ${what}: ${rules.map((x) => `${x.rule} (${x.mentors} mentor${x.mentors === 1 ? '' : 's'})`).join(', ')}`,
          mentors: [],
          rules,
          placesTakenBy: [],
        });
      }
      continue;
    }
    const candidates = groupOf === null ? allowed : allowed.filter((j) => !mateHolds(groupOf, assigned, r, j));
    if (candidates.length === 0) {
      out.push({
        ...base,
        code: 'sameMentee',
        reason: `the only mentors allowed (${named(allowed, (j) => table.mentorIds[j] as string)}) already mentor ${row.menteeId} on other requests`,
        mentors: ids(allowed),
        rules: [],
        placesTakenBy: [],
      });
      continue;
    }
    const capacityOf = (j: number) => program.mentors[j]?.capacity ?? 0;
    const full = candidates.filter((j) => (load[j] as number) >= capacityOf(j));
    if (full.length === candidates.length) {
      // The best-scoring candidate that has places at all, and who took them.
      // The best-scoring candidate with any place: usually among the listed ones.
      const top =
        topOf(candidates).find((j) => capacityOf(j) > 0) ??
        best(
          candidates.filter((j) => capacityOf(j) > 0),
          score,
          1,
        )[0];
      const takers = top === undefined ? [] : (takersOf[top] as string[]);
      const who = candidates.length === 1 ? 'the only mentor' : `all ${candidates.length} mentors`;
      const list = named(candidates, (j) => `${table.mentorIds[j]} (${load[j]}/${capacityOf(j)})`);
      const went =
        top === undefined
          ? 'none of them has any place (capacity 0)'
          : `${table.mentorIds[top]}'s places went to ${takers.slice(0, NAMED).join(', ')}${takers.length > NAMED ? ` and ${takers.length - NAMED} more` : ''}`;
      out.push({
        ...base,
        code: 'mentorsFull',
        reason: `${who} who could take ${what} ${candidates.length === 1 ? 'is' : 'are'} full: ${list}; ${went}`,
        mentors: ids(candidates),
        rules: [],
        placesTakenBy: [...takers],
      });
      continue;
    }
    const roomy = candidates.filter((j) => (load[j] as number) < capacityOf(j));
    const hours = row.hours;
    const hoursOk = roomy.filter((j) =>
      fits(hoursGiven[j] as number, hours, program.mentors[j]?.hoursBudget ?? Number.POSITIVE_INFINITY),
    );
    if (hoursOk.length === 0) {
      out.push({
        ...base,
        code: 'hoursBudget',
        reason: `the mentors with places left lack the ${hours} h ${what} needs: ${named(roomy, (j) => `${table.mentorIds[j]} (${hoursGiven[j]} of ${program.mentors[j]?.hoursBudget} h given)`)}`,
        mentors: ids(roomy),
        rules: [],
        placesTakenBy: [],
      });
      continue;
    }
    out.push({
      ...base,
      code: 'objective',
      reason: `the objective left ${what} out although ${named(hoursOk, (j) => `${table.mentorIds[j]} (score ${(data[r * cols + j] as number).toFixed(2)})`)} had room: the pair would not raise the objective`,
      mentors: ids(hoursOk),
      rules: [],
      placesTakenBy: [],
    });
  }
  return out;
}

function topicName(program: Program, id: string): string {
  return program.topics.find((t) => t.id === id)?.name ?? id;
}
