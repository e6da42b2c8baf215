/**
 * A reason for every unit of demand left unmatched, one an admin can act on: recruit an expert,
 * relax a rule, raise a capacity or an hours budget, or accept the objective's choice.
 *
 * One check per code, tried in {@link CHECKS}'s order; the first that finds its reason gives it.
 */
import { type Message, type MessageParams, msg, type Translator, translator } from '../locale/message.js';
import { compareIds } from '../model/compareIds.js';
import type { DemandRow } from '../model/indexProgram.js';
import type { Person, Program, Quota } from '../model/program.js';
import { BEST_LISTED } from '../score/rows.js';
import { bestListed, type ScoreTable } from '../score/scoreProgram.js';
import { checkTime, SLICE, type Steps, sliceDue } from '../solve/internal/clock.js';
import { mateHolds } from '../solve/internal/matching/feasible.js';
import { fits } from '../solve/internal/matching/problem.js';
import { searchSorted } from '../solve/internal/pairs.js';
import { attributeValue, type QuotaTally, quotaTally } from './quotas.js';
import type { Unmatched, UnmatchedCode } from './types.js';

/** Most mentors named in a message... */
const NAMED = 5;
/** ...and listed in `mentors` (the best-scoring ones): as many as the scoring lists a row (`BEST_LISTED`). */
export const LISTED = BEST_LISTED;

/**
 * Up to `k` of `list`, the highest `scores[j]` first (ties: lower index first). O(list × k) at
 * worst, O(list) when few entries enter the top: each is compared with the last kept first.
 */
export function best(list: Int32Array, scores: Float64Array, k: number): number[] {
  return bestEntries(list, scores, 0, list.length, k, true);
}

/** {@link bestEntries}' top so far (mentors, scores), grown to the largest `k` asked. */
let topJ = new Int32Array(LISTED);
let topS = new Float64Array(LISTED);

/**
 * {@link best} of the mentors `cols[from .. to - 1]` (distinct), each scoring its entry of `scores`
 * (a row of the table, read without writing its scores by mentor first), or with `byMentor` its
 * mentor's entry.
 */
export function bestEntries(
  cols: Int32Array,
  scores: Float64Array,
  from: number,
  to: number,
  k: number,
  byMentor = false,
): number[] {
  // The top so far, best first: mentors and their scores (in scratch arrays kept between calls:
  // one call per unmatched row, where two allocations each were hundreds of thousands).
  if (topJ.length < k) {
    topJ = new Int32Array(k);
    topS = new Float64Array(k);
  }
  let size = 0;
  for (let e = from; e < to; e++) {
    const j = cols[e] as number;
    const s = scores[byMentor ? j : e] as number;
    if (size === k) {
      const lastS = topS[k - 1] as number;
      if (!(s > lastS || (s === lastS && j < (topJ[k - 1] as number)))) continue;
    }
    let at = size < k ? size++ : k - 1;
    for (; at > 0; at--) {
      const ps = topS[at - 1] as number;
      const pj = topJ[at - 1] as number;
      if (!(s > ps || (s === ps && j < pj))) break;
      topS[at] = ps;
      topJ[at] = pj;
    }
    topS[at] = s;
    topJ[at] = j;
  }
  return Array.from(topJ.subarray(0, size));
}

/** {@link bestAmong}'s scores of the list at hand, grown to the longest list. */
let listScores = new Float64Array(LISTED);

/**
 * {@link best} of `list` (ascending, some of the mentors `cols[from .. to - 1]`, ascending too), each
 * scoring its entry of `scores`: found in one walk of both, without writing the row's scores by
 * mentor first.
 */
export function bestAmong(
  list: Int32Array,
  cols: Int32Array,
  scores: Float64Array,
  from: number,
  to: number,
  k: number,
): number[] {
  if (listScores.length < list.length) listScores = new Float64Array(list.length);
  let e = from;
  for (let i = 0; i < list.length; i++) {
    const j = list[i] as number;
    while (e < to && (cols[e] as number) !== j) e++;
    listScores[i] = e < to ? (scores[e] as number) : Number.NEGATIVE_INFINITY;
  }
  return bestEntries(list, listScores, 0, list.length, k);
}

/** What the whole matching tells about every mentor: the places and hours taken, and by whom. */
interface Loads {
  readonly load: Int32Array;
  readonly hoursGiven: Float64Array;
  /** The mentees who took each mentor's places, in row order. */
  readonly takersOf: readonly (readonly string[])[];
  /** How many mentors have a place left. */
  readonly roomy: number;
  /** Per mentor, 1 when it has a place left, else 0. */
  readonly room: Uint8Array;
  /** Each mentor's capacity. */
  readonly capacity: Float64Array;
  /** Each mentor's hours budget (`Infinity`: none). */
  readonly budget: Float64Array;
  /** The hard quotas' counts (null without any). */
  readonly tally: QuotaTally | null;
}

/** One unmatched row, as the checks read it. */
interface Row {
  readonly program: Program;
  readonly table: ScoreTable;
  readonly loads: Loads;
  /** The row's index in the table. */
  readonly r: number;
  readonly row: DemandRow;
  /** The row as the messages name it: the mentee, or the mentee's request on a topic. */
  readonly unit: Message;
  /** The mentors the hard rules allow, ascending (a view of the table's allowed pairs: read only). */
  readonly allowed: Int32Array;
  /** Of those, the ones not already the mentor of this mentee's other requests. */
  readonly candidates: Int32Array;
  /** Of those, the ones with a place left (found once, in the run's scratch: read before the next row's). */
  readonly roomy: () => Int32Array;
  readonly score: (j: number) => number;
  /** The row's scores by mentor column, for its allowed mentors (the other entries are stale). */
  readonly byMentor: () => Float64Array;
  readonly capacityOf: (j: number) => number;
  /** The best-scoring {@link LISTED} of a list, best first. */
  readonly topOf: (list: Int32Array) => readonly number[];
  /** The rules that rule mentors out of the row, with how many each: most first, then by rule. */
  readonly rules: () => readonly RuleCount[];
}

/** A hard rule and how many mentors it rules out of a row. */
interface RuleCount {
  readonly rule: string;
  readonly mentors: number;
}

/** The reason of one code for a row, or `undefined` when it is not the row's reason. */
type Check = (row: Row) => Unmatched | undefined;

/**
 * The checks, from the most basic cause to the objective's choice. Each one assumes that the ones
 * before it found nothing (`sameMentee` that some mentor is allowed, `mentorsFull` that some
 * candidate is left, ...), and `objective`, last, always gives a reason.
 */
const CHECKS: readonly Check[] = [
  noMentors,
  noExpert,
  ruledOut,
  sameMentee,
  mentorsFull,
  hoursBudget,
  quota,
  objective,
];

/**
 * The reasons for the rows of `assigned` left at -1, in row order; with `ahead`, those rows before
 * its `next` that it gave already (see {@link reasonsOf}) are not given again.
 */
export function* unmatchedReasons(
  program: Program,
  table: ScoreTable,
  assigned: Int32Array,
  groupOf: Int32Array | null,
  ahead?: { readonly reasons: Reasons; readonly next: number },
): Steps<Unmatched[]> {
  const reasons = ahead?.reasons ?? reasonsOf(program, table, assigned, groupOf);
  for (let r = ahead?.next ?? 0; r < assigned.length; r++) {
    // The time budget and the async form's turns, every 64 rows (each a scan of its row).
    if ((r & 63) === 63) {
      checkTime();
      if (sliceDue()) yield SLICE;
    }
    reasons.add(r);
  }
  return reasons.done();
}

/** Unmatched reasons made row by row: {@link reasonsOf}. */
export interface Reasons {
  /** Adds row `r`'s reason when it is unmatched (nothing for a matched row). */
  readonly add: (r: number) => void;
  /** Keeps a place for row `r`'s reason, when it is unmatched, to be given by {@link Reasons.done}. */
  readonly hold: (r: number) => void;
  /** The reasons, in the order their rows were added or held (the held ones' made now). */
  readonly done: () => Unmatched[];
}

/**
 * The reasons of `assigned`'s unmatched rows, made a row at a time (no clock checks: the caller's),
 * so that they can be made ahead, between looks for a helper's answer.
 */
export function reasonsOf(
  program: Program,
  table: ScoreTable,
  assigned: Int32Array,
  groupOf: Int32Array | null,
): Reasons {
  const loads = loadsOf(program, table, assigned);
  // A held row's place is empty until `done`.
  const out: (Unmatched | undefined)[] = [];
  // Where each held row's reason goes in `out`, and the row.
  const holes: number[] = [];
  // The scores of the row at hand, by mentor column (written for its allowed mentors only), and
  // its candidates with a place left.
  const scratch = new Float64Array(table.mentorIds.length);
  const roomy = new Int32Array(table.mentorIds.length);
  const roomyScores = new Float64Array(table.mentorIds.length);
  const reasonOf = (r: number): Unmatched | undefined => {
    if ((assigned[r] as number) >= 0) return undefined;
    const row = table.rows[r];
    if (row === undefined) return undefined;
    const context = rowOf(program, table, loads, assigned, groupOf, r, row, scratch, roomy, roomyScores);
    for (const check of CHECKS) {
      const found = check(context);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return {
    add: (r) => {
      const found = reasonOf(r);
      if (found !== undefined) out.push(found);
    },
    hold: (r) => {
      if ((assigned[r] as number) >= 0 || table.rows[r] === undefined) return;
      holes.push(out.length, r);
      out.push(undefined);
    },
    done: () => {
      for (let k = 0; k < holes.length; k += 2) out[holes[k] as number] = reasonOf(holes[k + 1] as number);
      holes.length = 0;
      // Every unmatched row has a reason (`objective`, the last check, always gives one).
      return out as Unmatched[];
    },
  };
}

/** The places and hours `assigned` gives each mentor, and who took them. */
function loadsOf(program: Program, table: ScoreTable, assigned: Int32Array): Loads {
  const cols = table.mentorIds.length;
  const load = new Int32Array(cols);
  const hoursGiven = new Float64Array(cols);
  const takersOf: string[][] = table.mentorIds.map(() => []);
  assigned.forEach((j, r) => {
    if (j < 0) return;
    load[j] = (load[j] as number) + 1;
    hoursGiven[j] = (hoursGiven[j] as number) + (table.rows[r]?.hours ?? 0);
    takersOf[j]?.push(table.rows[r]?.menteeId as string);
  });
  const tally = quotaTally(program, table, assigned);
  const capacity = Float64Array.from(program.mentors, (m) => m.capacity);
  const budget = Float64Array.from(program.mentors, (m) => m.hoursBudget ?? Number.POSITIVE_INFINITY);
  const room = new Uint8Array(cols);
  let roomy = 0;
  for (let j = 0; j < cols; j++) {
    room[j] = +((load[j] as number) < (capacity[j] as number));
    roomy += room[j] as number;
  }
  return { load, hoursGiven, takersOf, tally, capacity, budget, roomy, room };
}

/** The hard quotas that the row with mentor `j` would break (bit k: `rules.quotas[k]`; 0: none). */
function blockers(c: Row, j: number): number {
  return c.loads.tally?.breaks([[c.r, j, 1]]) ?? 0;
}

/**
 * `quota`: hard quotas block the row with every mentor that had a place and the hours: one more
 * pair would pass a per-mentor cap (the mentor has its most mentees of the row's value), a `max`
 * (the quota's pairs are all made) or a share. Named: the first quota that blocks them all; else
 * the one that blocks the best-scoring mentor, and (`also`) the other for the rest.
 */
function quota(c: Row): Unmatched | undefined {
  const { program, row } = c;
  const open = hoursOf(c, c.roomy());
  const masks = open.map((j) => blockers(c, j));
  if (masks.includes(0)) return undefined;
  // The lowest bit set: the first quota.
  const first = (mask: number) => Math.log2(mask & -mask);
  const k = first(masks.reduce((a, b) => a & b) || (masks[open.indexOf(c.topOf(open)[0] as number)] as number));
  const mine = open.filter((_, i) => ((masks[i] as number) >> k) & 1);
  const rest = open.filter((j) => !mine.includes(j));
  const q = program.rules.quotas[k] as Quota;
  const id = (j: number) => c.table.mentorIds[j] as string;
  return entry(
    c,
    'quota',
    {
      quota: `rules.quotas[${k}]`,
      kind: q.kind,
      unit: c.unit,
      attribute: q.attribute ?? '',
      value:
        q.kind === 'perMentor'
          ? String(attributeValue(program.mentees[row.mentee] as Person, q.attribute as string))
          : '',
      mentors: named(c, mine, id),
      ...(q.minShare === undefined ? (q.maxShare === undefined ? {} : { share: 'max' }) : { share: 'min' }),
      ...(rest.length === 0
        ? {}
        : {
            also: msg('unmatched.quotaAlso', {
              quota: `rules.quotas[${first(masks[open.indexOf(rest[0] as number)] as number)}]`,
              mentors: named(c, rest, id),
            }),
          }),
    },
    { mentors: ids(c, open) },
  );
}

/** Row `r` (left unmatched) with what the checks read of it. */
function rowOf(
  program: Program,
  table: ScoreTable,
  loads: Loads,
  assigned: Int32Array,
  groupOf: Int32Array | null,
  r: number,
  row: DemandRow,
  scratch: Float64Array,
  roomyScratch: Int32Array,
  roomyScoresScratch: Float64Array,
): Row {
  // The row's allowed mentors, ascending, and their scores, read from `scratch` once written there
  // (each row's over the last's: a context is read before the next row's is made). Not before a
  // check asks: the best of the allowed are read off the table (a classic row has thousands).
  const pairs = table.allowed;
  const from = pairs.start[r] as number;
  const to = pairs.start[r + 1] as number;
  const allowed = pairs.cols.subarray(from, to);
  let written = false;
  const byMentor = () => {
    if (!written) {
      for (let e = from; e < to; e++) scratch[pairs.cols[e] as number] = pairs.scores[e] as number;
      written = true;
    }
    return scratch;
  };
  const score = (j: number) => byMentor()[j] as number;
  // The best-scoring LISTED of a list, computed once per list and reused by `ids` and `named`.
  let lastList: Int32Array | null = null;
  let lastTop: number[] = [];
  const topOf = (list: Int32Array) => {
    if (list !== lastList) {
      lastList = list;
      // The allowed mentors' best as the scoring listed them, when it did (the same list); those
      // with a place left by the scores read as they were found.
      lastTop =
        list === allowed
          ? (bestListed(table, r) ?? bestEntries(pairs.cols, pairs.scores, from, to, LISTED))
          : list === roomy && roomyScores !== undefined
            ? bestEntries(list, roomyScores, 0, list.length, LISTED)
            : bestAmong(list, pairs.cols, pairs.scores, from, to, LISTED);
    }
    return lastTop;
  };
  let rules: RuleCount[] | undefined;
  const candidates = groupOf === null ? allowed : notHeldByMates(allowed, groupOf, assigned, r);
  let roomy: Int32Array | undefined;
  // Their scores, when the candidates are the allowed mentors (entries `from` on).
  let roomyScores: Float64Array | undefined;
  return {
    program,
    table,
    loads,
    r,
    row,
    unit:
      row.topic === undefined
        ? msg('unit.mentee', { mentee: row.menteeId })
        : msg('unit.request', { mentee: row.menteeId, topic: row.topic }),
    allowed,
    candidates,
    roomy: () => {
      if (roomy === undefined) {
        roomy = roomyOf(
          loads,
          candidates,
          roomyScratch,
          candidates === allowed ? pairs.scores : null,
          from,
          roomyScoresScratch,
        );
        if (candidates === allowed) roomyScores = roomyScoresScratch.subarray(0, roomy.length);
      }
      return roomy;
    },
    score,
    byMentor,
    capacityOf: (j) => loads.capacity[j] as number,
    topOf,
    rules: () => {
      rules ??= table
        .ruledOut(r)
        .map((x) => ({ rule: x.rule, mentors: x.cols.length }))
        .sort((a, b) => b.mentors - a.mentors || compareIds(a.rule, b.rule));
      return rules;
    },
  };
}

/** `ruledOut` (cause `noMentors`): the programme has no mentor at all. */
function noMentors(c: Row): Unmatched | undefined {
  if (c.table.mentorIds.length > 0) return undefined;
  return entry(c, 'ruledOut', { cause: 'noMentors' });
}

/** `noExpert`: no mentor is allowed, and the level required rules out every one (micro). */
function noExpert(c: Row): Unmatched | undefined {
  if (c.allowed.length > 0 || c.row.topic === undefined) return undefined;
  const rules = c.rules();
  const levels = rules.find((x) => x.rule === 'levelRequired');
  if (levels === undefined || levels.mentors !== c.table.mentorIds.length) return undefined;
  return entry(c, 'noExpert', { topic: topicName(c.program, c.row.topic), level: c.row.level ?? 0 }, { rules });
}

/** `ruledOut` (cause `rules`): the hard rules rule out every mentor, each rule with how many. */
function ruledOut(c: Row): Unmatched | undefined {
  if (c.allowed.length > 0) return undefined;
  const rules = c.rules();
  return entry(
    c,
    'ruledOut',
    {
      cause: 'rules',
      unit: c.unit,
      rules: rules.map((x) => msg('unmatched.rule', { rule: x.rule, mentors: x.mentors })),
    },
    { rules },
  );
}

/** `sameMentee`: the only mentors allowed already mentor this mentee on other requests. */
function sameMentee(c: Row): Unmatched | undefined {
  if (c.candidates.length > 0) return undefined;
  return entry(
    c,
    'sameMentee',
    { mentors: named(c, c.allowed, (j) => c.table.mentorIds[j] as string), mentee: c.row.menteeId },
    { mentors: ids(c, c.allowed) },
  );
}

/** `mentorsFull`: every candidate is at capacity; who took the places of the best-scoring one. */
function mentorsFull(c: Row): Unmatched | undefined {
  const { candidates, capacityOf, table } = c;
  const { load, takersOf, capacity, roomy } = c.loads;
  // Every mentor full (common once a programme's places are all taken): no candidate to look at.
  for (let i = 0; roomy > 0 && i < candidates.length; i++) {
    const j = candidates[i] as number;
    if ((load[j] as number) < (capacity[j] as number)) return undefined;
  }
  // The best-scoring candidate with any place: usually among the listed ones.
  const top =
    c.topOf(candidates).find((j) => capacityOf(j) > 0) ??
    best(
      candidates.filter((j) => capacityOf(j) > 0),
      c.byMentor(),
      1,
    )[0];
  const takers = top === undefined ? [] : (takersOf[top] as readonly string[]);
  const list = named(c, candidates, (j) =>
    msg('mentor.load', { mentor: table.mentorIds[j] as string, load: load[j] as number, capacity: capacityOf(j) }),
  );
  const went: Message =
    top === undefined
      ? msg('unmatched.noPlaces')
      : msg('unmatched.placesWent', {
          mentor: table.mentorIds[top] as string,
          takers: names(takers.slice(0, NAMED), takers.length),
        });
  return entry(
    c,
    'mentorsFull',
    { candidates: candidates.length, unit: c.unit, mentors: list, went },
    { mentors: ids(c, candidates), placesTakenBy: [...takers] },
  );
}

/** `hoursBudget`: every candidate with a place left lacks the hours the row needs. */
function hoursBudget(c: Row): Unmatched | undefined {
  const roomy = c.roomy();
  const { hoursGiven } = c.loads;
  if (anyHours(c, roomy)) return undefined;
  const hours = c.row.hours;
  const meetings = meetingsOf(c);
  const { unit } = c;
  const mentors = named(c, roomy, (j) =>
    msg('mentor.hours', {
      mentor: c.table.mentorIds[j] as string,
      given: hoursGiven[j] as number,
      budget: c.program.mentors[j]?.hoursBudget ?? 0,
    }),
  );
  // Either shape written out, not through a spread (the most common reason at scale under budgets).
  const params = meetings === undefined ? { hours, unit, mentors } : { hours, meetings, unit, mentors };
  return entry(c, 'hoursBudget', params, { mentors: ids(c, roomy) });
}

/**
 * The meetings of the row's request when it states them (`sessions` or `sessionMinutes`): the
 * number of sessions and their length in minutes (`hours × 60 / sessions`); none otherwise, so that
 * a request stating only hours reads as it always did.
 */
function meetingsOf(c: Row): Message | undefined {
  const request = c.row.request === undefined ? undefined : c.program.mentees[c.row.mentee]?.requests[c.row.request];
  if (request?.sessions === undefined) return undefined;
  const minutes = request.sessionMinutes ?? (request.hours * 60) / request.sessions;
  return msg('unmatched.meetings', { sessions: request.sessions, minutes });
}

/** `objective`: some mentor had a place and the hours, but the objective left the pair out. */
function objective(c: Row): Unmatched {
  // Those no hard quota blocks (the `quota` check found one at least).
  const hoursOk = hoursOf(c, c.roomy()).filter((j) => blockers(c, j) === 0);
  return entry(
    c,
    'objective',
    {
      unit: c.unit,
      mentors: named(c, hoursOk, (j) =>
        msg('mentor.score', { mentor: c.table.mentorIds[j] as string, score: c.score(j) }),
      ),
    },
    { mentors: ids(c, hoursOk) },
  );
}

/**
 * The `candidates` with a place left, into `out` (a view of it: a loop, not `filter`, which calls
 * a function per candidate of every unmatched row and allocates a list each); with `scores` (the
 * candidates are a row's allowed mentors, entries `from` on), their scores into `outScores`, so
 * that their best are found without a second walk of the row.
 */
function roomyOf(
  loads: Loads,
  candidates: Int32Array,
  out: Int32Array,
  scores: Float64Array | null,
  from: number,
  outScores: Float64Array,
): Int32Array {
  const { room } = loads;
  let n = 0;
  // Without branches (about half the candidates of a budget-bound row have a place: a branch
  // mispredicted every other time); with `scores`, each one's score too (entry `from + i`).
  if (scores === null)
    for (let i = 0; i < candidates.length; i++) {
      const j = candidates[i] as number;
      out[n] = j;
      n += room[j] as number;
    }
  else
    for (let i = 0; i < candidates.length; i++) {
      const j = candidates[i] as number;
      out[n] = j;
      outScores[n] = scores[from + i] as number;
      n += room[j] as number;
    }
  return out.subarray(0, n);
}

/** Those of `list` whose hours budget still fits the row's hours. */
function hoursOf(c: Row, list: Int32Array): Int32Array {
  const { hoursGiven, budget } = c.loads;
  const hours = c.row.hours;
  return list.filter((j) => fits(hoursGiven[j] as number, hours, budget[j] as number));
}

/** Whether some of `list` has an hours budget that still fits the row's hours ({@link hoursOf} not empty). */
function anyHours(c: Row, list: Int32Array): boolean {
  const { hoursGiven, budget } = c.loads;
  const hours = c.row.hours;
  for (let i = 0; i < list.length; i++) {
    const j = list[i] as number;
    if (fits(hoursGiven[j] as number, hours, budget[j] as number)) return true;
  }
  return false;
}

/** The ids of the best-scoring {@link LISTED} of `list`, for `mentors`. */
function ids(c: Row, list: Int32Array): string[] {
  return c.topOf(list).map((j) => c.table.mentorIds[j] as string);
}

/** The best-scoring of `list` named in a message, each shown by `show`, and how many there are. */
function named(c: Row, list: Int32Array, show: (j: number) => string | Message): Message {
  return names(c.topOf(list).slice(0, NAMED).map(show), list.length);
}

/**
 * An unmatched entry for the row: its code, params and English reason, and what it is about
 * (`mentors`, `rules` and `placesTakenBy`, each empty unless given).
 */
function entry(
  c: Row,
  code: UnmatchedCode,
  params: MessageParams,
  about: Partial<Pick<Unmatched, 'mentors' | 'rules' | 'placesTakenBy'>> = {},
): Unmatched {
  const { row } = c;
  const reason = unmatchedReason({ code, params }, translator('en'));
  const mentors = about.mentors ?? [];
  const rules = about.rules ?? [];
  const placesTakenBy = about.placesTakenBy ?? [];
  // Written out for either shape, without spreads (a spread in an object literal took 0.4 µs an
  // entry against 0.1: 55,000 unmatched rows at micro 100,000 × 10,000).
  return row.topic === undefined
    ? { mentee: row.menteeId, code, params, reason, mentors, rules, placesTakenBy }
    : { mentee: row.menteeId, topic: row.topic, code, params, reason, mentors, rules, placesTakenBy };
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

/**
 * The mentors of `allowed` (ascending) that no other row of row `r`'s group holds (a group's rows
 * are adjacent): `allowed` itself when its mates hold none of them (a look at each mate's mentor),
 * else a copy without them.
 */
function notHeldByMates(allowed: Int32Array, groupOf: Int32Array, assigned: Int32Array, r: number): Int32Array {
  const g = groupOf[r];
  let first = r;
  while (first > 0 && groupOf[first - 1] === g) first--;
  let held = false;
  for (let q = first; q < assigned.length && groupOf[q] === g && !held; q++)
    held =
      q !== r &&
      (assigned[q] as number) >= 0 &&
      searchSorted(allowed, 0, allowed.length - 1, assigned[q] as number) >= 0;
  if (!held) return allowed;
  const out = new Int32Array(allowed.length);
  let n = 0;
  for (let i = 0; i < allowed.length; i++) {
    const j = allowed[i] as number;
    if (!mateHolds(groupOf, assigned, r, j)) out[n++] = j;
  }
  return out.subarray(0, n);
}
