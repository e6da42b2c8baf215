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
  const unit = new Map<string, number>();
  let k = 0;
  for (const e of program.mentees) {
    if (program.mode === 'micro') for (const q of e.requests) unit.set(JSON.stringify([e.id, q.topic]), k++);
    else unit.set(JSON.stringify([e.id, null]), k++);
  }
  const rank = (map: Map<string, number>, key: string) => map.get(key) ?? Number.MAX_SAFE_INTEGER;
  return {
    sortUnits: (list) =>
      list
        .map((item, at) => ({ item, at, key: rank(unit, JSON.stringify([item.mentee, item.topic ?? null])) }))
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
