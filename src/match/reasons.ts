/**
 * A reason for every unit of demand left unmatched, one an admin can act on: recruit an expert,
 * relax a rule, raise a capacity or an hours budget, or accept the objective's choice.
 */
import { type Message, type MessageParams, msg, type Translator, translator } from '../locale/message.js';
import { compareIds } from '../model/compareIds.js';
import type { Program } from '../model/program.js';
import type { ScoreTable } from '../score/scoreProgram.js';
import { checkTime, SLICE, type Steps, sliceDue } from '../solve/internal/clock.js';
import { mateHolds } from '../solve/internal/matching/feasible.js';
import { fits } from '../solve/internal/matching/problem.js';
import type { Unmatched, UnmatchedCode } from './types.js';

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
export function* unmatchedReasons(
  program: Program,
  table: ScoreTable,
  assigned: Int32Array,
  groupOf: Int32Array | null,
): Steps<Unmatched[]> {
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
    // The time budget and the async form's turns, every 64 rows (each a scan of its row).
    if ((r & 63) === 63) {
      checkTime();
      if (sliceDue()) yield SLICE;
    }
    if ((assigned[r] as number) >= 0) continue;
    const row = table.rows[r];
    if (row === undefined) continue;
    const base = { mentee: row.menteeId, ...(row.topic === undefined ? {} : { topic: row.topic }) };
    const unit: Message =
      row.topic === undefined
        ? msg('unit.mentee', { mentee: row.menteeId })
        : msg('unit.request', { mentee: row.menteeId, topic: row.topic });
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
    const named = (list: readonly number[], show: (j: number) => string | Message) =>
      names(topOf(list).slice(0, NAMED).map(show), list.length);
    if (cols === 0) {
      out.push({
        ...base,
        ...reason('ruledOut', { cause: 'noMentors' }),
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
          ...reason('noExpert', { topic: topicName(program, row.topic), level: row.level ?? 0 }),
          mentors: [],
          rules,
          placesTakenBy: [],
        });
      } else {
        out.push({
          ...base,
          ...reason('ruledOut', {
            cause: 'rules',
            unit,
            rules: rules.map((x) => msg('unmatched.rule', { rule: x.rule, mentors: x.mentors })),
          }),
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
        ...reason('sameMentee', {
          mentors: named(allowed, (j) => table.mentorIds[j] as string),
          mentee: row.menteeId,
        }),
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
      const list = named(candidates, (j) =>
        msg('mentor.load', { mentor: table.mentorIds[j] as string, load: load[j] as number, capacity: capacityOf(j) }),
      );
      const went: Message =
        top === undefined
          ? msg('unmatched.noPlaces')
          : msg('unmatched.placesWent', {
              mentor: table.mentorIds[top] as string,
              takers: names(takers.slice(0, NAMED), takers.length),
            });
      out.push({
        ...base,
        ...reason('mentorsFull', { candidates: candidates.length, unit, mentors: list, went }),
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
        ...reason('hoursBudget', {
          hours,
          unit,
          mentors: named(roomy, (j) =>
            msg('mentor.hours', {
              mentor: table.mentorIds[j] as string,
              given: hoursGiven[j] as number,
              budget: program.mentors[j]?.hoursBudget ?? 0,
            }),
          ),
        }),
        mentors: ids(roomy),
        rules: [],
        placesTakenBy: [],
      });
      continue;
    }
    out.push({
      ...base,
      ...reason('objective', {
        unit,
        mentors: named(hoursOk, (j) =>
          msg('mentor.score', { mentor: table.mentorIds[j] as string, score: data[r * cols + j] as number }),
        ),
      }),
      mentors: ids(hoursOk),
      rules: [],
      placesTakenBy: [],
    });
  }
  return out;
}

/** The code, the params and the English reason of an unmatched entry. */
function reason(
  code: UnmatchedCode,
  params: MessageParams,
): { code: UnmatchedCode; params: MessageParams; reason: string } {
  return { code, params, reason: unmatchedReason({ code, params }, translator('en')) };
}

/** An unmatched entry's reason in `t`'s words, from its code and params. */
export function unmatchedReason(
  u: { readonly code: UnmatchedCode; readonly params: MessageParams },
  t: Translator,
): string {
  return t.text(msg(`unmatched.${u.code}`, u.params));
}

/** The first of a list (already cut to `NAMED`) and how many there are in all: `a, b and 3 more`. */
function names(shown: readonly (string | Message)[], total: number): Message {
  return total > shown.length
    ? msg('names.more', { names: shown, more: total - shown.length })
    : msg('names.all', { names: shown });
}

function topicName(program: Program, id: string): string {
  return program.topics.find((t) => t.id === id)?.name ?? id;
}
