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
