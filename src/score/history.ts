/**
 * The recent pairs of a programme's history: for each mentee id, the pairs made within
 * `rules.repeatWindowDays` of the programme's `asOf`, with mentors of the programme, latest first.
 * Read by the `repeatPair` hard rule (`repeatPairs: 'forbidden'`) and the `repeat` criterion
 * (`repeatPairs: 'avoided'`).
 *
 * A pair repeats for a demand row when the mentee and the mentor are the same and, in micro mode,
 * the history entry has no topic or the row's topic. A pair dated after `asOf` counts too (it was
 * made, whatever the date says). Time O(history × log history) once per scoring, then O(entries of
 * the row's mentee) per row.
 */
import type { Message } from '../locale/message.js';
import { msg } from '../locale/message.js';
import { compareIds } from '../model/compareIds.js';
import type { IndexedProgram } from '../model/indexProgram.js';

/** One pair of the history, within the window, whose mentor is in the programme. */
export interface RecentPair {
  /** The mentor's column. */
  readonly mentor: number;
  readonly topic: string | undefined;
  readonly date: string;
}

/** The recent pairs by mentee id, latest first (then by mentor column, then topic id). */
export type RecentPairs = ReadonlyMap<string, readonly RecentPair[]>;

const DAY_MS = 86_400_000;

/** Whole days from `date` to `asOf` (both `YYYY-MM-DD`); negative when `date` is later. */
export function daysBetween(date: string, asOf: string): number {
  return Math.round((Date.parse(asOf) - Date.parse(date)) / DAY_MS);
}

/** The recent pairs of `ix`'s programme (empty without history, or when `repeatPairs` is `allowed`). */
export function recentPairs(ix: IndexedProgram): RecentPairs {
  const { history, asOf, rules } = ix.program;
  const out = new Map<string, RecentPair[]>();
  if (history.length === 0 || asOf === undefined || rules.repeatPairs === 'allowed') return out;
  for (const entry of history) {
    const mentor = ix.mentorIndex.get(entry.mentor);
    if (mentor === undefined || daysBetween(entry.date, asOf) > rules.repeatWindowDays) continue;
    const list = out.get(entry.mentee) ?? [];
    list.push({ mentor, topic: entry.topic, date: entry.date });
    out.set(entry.mentee, list);
  }
  for (const list of out.values())
    list.sort((a, b) => compareIds(b.date, a.date) || a.mentor - b.mentor || compareIds(a.topic ?? '', b.topic ?? ''));
  return out;
}

/** Whether `pair` repeats for demand row `r`: in micro mode, on the row's topic or without one. */
function repeatsFor(ix: IndexedProgram, r: number, pair: RecentPair): boolean {
  const topic = ix.rows[r]?.topic;
  return pair.topic === undefined || topic === undefined || ix.program.mode === 'classic' || pair.topic === topic;
}

/** Calls `each(m)` for every mentor column that repeats a recent pair of demand row `r`. */
export function forEachRepeat(ix: IndexedProgram, recent: RecentPairs, r: number, each: (m: number) => void): void {
  const list = recent.get(ix.rows[r]?.menteeId ?? '');
  if (list === undefined) return;
  for (const pair of list) if (repeatsFor(ix, r, pair)) each(pair.mentor);
}

/** The latest recent pair of demand row `r` with mentor column `m`, or undefined when none. */
export function latestRepeat(ix: IndexedProgram, recent: RecentPairs, r: number, m: number): RecentPair | undefined {
  return recent.get(ix.rows[r]?.menteeId ?? '')?.find((pair) => pair.mentor === m && repeatsFor(ix, r, pair));
}

/**
 * The pair in words, for a rule or a criterion: `repeat.paired` (`paired on 2026-03-12`) or, with a
 * topic, `repeat.pairedOn` (`paired on Pricing on 2026-03-12`); the topic by its name when the
 * programme has it, else by its id.
 */
export function pairedMessage(ix: IndexedProgram, pair: RecentPair): Message {
  if (pair.topic === undefined) return msg('repeat.paired', { date: pair.date });
  const t = ix.topicIndex.get(pair.topic);
  const topic = t === undefined ? pair.topic : (ix.program.topics[t]?.name ?? pair.topic);
  return msg('repeat.pairedOn', { topic, date: pair.date });
}

/**
 * What the whole history says, for the `novelty` and `rotation` criteria: each mentee's latest
 * pairing with each mentor of the programme, the department pairs that have worked together
 * (unordered, departments of the history's people that the programme still has), and each
 * mentor's recent load (pairs within the window).
 */
export interface PastPairs {
  /** By mentee id, then mentor column: the latest history entry of the pair, whatever its date. */
  readonly latest: ReadonlyMap<string, ReadonlyMap<number, RecentPair>>;
  /** Department index of each mentor column, and of each mentee (by programme index); -1 unknown. */
  readonly mentorDept: Int32Array;
  readonly menteeDept: Int32Array;
  /** `departmentKey` of every department pair of the history. */
  readonly departments: ReadonlySet<number>;
  /** Per mentor column: pairs of the history within `repeatWindowDays` of `asOf`. */
  readonly load: Int32Array;
  /** The largest of `load` (0 without recent pairs). */
  readonly maxLoad: number;
}

/** The key of two department indices, unordered. */
export function departmentKey(a: number, b: number): number {
  return a <= b ? a * 0x200000 + b : b * 0x200000 + a;
}

/** The {@link PastPairs} of `ix`'s programme. O(history + people). */
export function pastPairs(ix: IndexedProgram): PastPairs {
  const { history, asOf, rules, mentors, mentees } = ix.program;
  const latest = new Map<string, Map<number, RecentPair>>();
  const departments = new Set<number>();
  const load = new Int32Array(ix.numMentors);
  // Department names as indices, one space for both sides.
  const index = new Map<string, number>();
  const dept = (name: string | undefined) => {
    if (name === undefined) return -1;
    let k = index.get(name);
    if (k === undefined) {
      k = index.size;
      index.set(name, k);
    }
    return k;
  };
  const mentorDept = Int32Array.from(mentors, (m) => dept(m.department));
  const menteeDept = Int32Array.from(mentees, (e) => dept(e.department));
  let maxLoad = 0;
  if (history.length === 0) return { latest, mentorDept, menteeDept, departments, load, maxLoad };
  // A history id's department: as a mentee (resp. mentor) first, then on the other side.
  const asMentee = new Map<string, number>();
  const asMentor = new Map<string, number>();
  mentees.forEach((e, k) => {
    if ((menteeDept[k] as number) >= 0) asMentee.set(e.id, menteeDept[k] as number);
  });
  mentors.forEach((m, k) => {
    if ((mentorDept[k] as number) >= 0) asMentor.set(m.id, mentorDept[k] as number);
  });
  for (const entry of history) {
    const mentor = ix.mentorIndex.get(entry.mentor) ?? -1;
    if (mentor >= 0) {
      const pair: RecentPair = { mentor, topic: entry.topic, date: entry.date };
      const mine = latest.get(entry.mentee) ?? new Map<number, RecentPair>();
      latest.set(entry.mentee, mine);
      const before = mine.get(mentor);
      // The latest date; on one date, the entry without a topic, then the smaller topic id.
      if (
        before === undefined ||
        compareIds(entry.date, before.date) > 0 ||
        (entry.date === before.date && compareIds(entry.topic ?? '', before.topic ?? '') < 0)
      )
        mine.set(mentor, pair);
      if (asOf !== undefined && daysBetween(entry.date, asOf) <= rules.repeatWindowDays) {
        load[mentor] = (load[mentor] as number) + 1;
        maxLoad = Math.max(maxLoad, load[mentor] as number);
      }
    }
    const a = asMentee.get(entry.mentee) ?? asMentor.get(entry.mentee);
    const b = asMentor.get(entry.mentor) ?? asMentee.get(entry.mentor);
    if (a !== undefined && b !== undefined) departments.add(departmentKey(a, b));
  }
  return { latest, mentorDept, menteeDept, departments, load, maxLoad };
}
