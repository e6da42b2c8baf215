/**
 * The input's order, for the result's lists: the matching runs on the programme with its people in
 * id order (`canonicalProgram`), and its lists are then put back in the order the caller gave:
 * mentees, then each mentee's requests; mentors.
 */

import { idIndex } from '../model/idIndex.js';
import type { Program } from '../model/program.js';

/** Sorters back to a programme's own order. */
export interface InputOrder {
  /** Sorts units of demand (anything with `mentee` and, in micro mode, `topic`), then by `mentor` when present. */
  sortUnits<T extends { readonly mentee: string; readonly topic?: string; readonly mentor?: string }>(list: T[]): T[];
  /** Sorts anything with a `mentor` id. */
  sortMentors<T extends { readonly mentor: string }>(list: T[]): T[];
}

/** The sorters of `program`'s order (ids it does not know go last, in their own order). */
export function inputOrder(program: Program): InputOrder {
  const mentor = idIndex(program.mentors);
  // Each unit's rank: by mentee id, then by topic (classic units have none: the empty key).
  const unit = new Map<string, Map<string, number>>();
  let k = 0;
  for (const e of program.mentees) {
    const topics = new Map<string, number>();
    unit.set(e.id, topics);
    if (program.mode === 'micro') for (const q of e.requests) topics.set(q.topic, k++);
    else topics.set('', k++);
  }
  const rank = (map: ReadonlyMap<string, number> | undefined, key: string) => map?.get(key) ?? Number.MAX_SAFE_INTEGER;
  return {
    sortUnits: (list) =>
      list
        .map((item, at) => ({ item, at, key: rank(unit.get(item.mentee), item.topic ?? '') }))
        .sort(
          (a, b) =>
            a.key - b.key ||
            (a.item.mentor === undefined || b.item.mentor === undefined
              ? 0
              : rank(mentor, a.item.mentor) - rank(mentor, b.item.mentor)) ||
            a.at - b.at,
        )
        .map((x) => x.item),
    sortMentors: (list) =>
      list
        .map((item, at) => ({ item, at, key: rank(mentor, item.mentor) }))
        .sort((a, b) => a.key - b.key || a.at - b.at)
        .map((x) => x.item),
  };
}
