/**
 * The programme with its people in a canonical order: mentors and mentees by id, each mentee's
 * requests by topic id (code-unit order); a classic mentee's goals are summed in topic order by
 * the scoring itself. The matching runs on it, so that the same programme
 * with its people listed in another order gives the same pairs: every tie is broken by ids, never
 * by where someone stands in the input.
 */
import { compareIds } from './compareIds.js';
import { deepFreeze } from './deepFreeze.js';
import type { Program } from './program.js';

/** `program` with mentors, mentees and requests sorted by id (the same object when already sorted). */
export function canonicalProgram(program: Program): Program {
  const sorted = <T>(list: readonly T[], key: (item: T) => string): readonly T[] => {
    for (let k = 1; k < list.length; k++) {
      if (compareIds(key(list[k - 1] as T), key(list[k] as T)) > 0) {
        return [...list].sort((a, b) => compareIds(key(a), key(b)));
      }
    }
    return list;
  };
  const mentors = sorted(program.mentors, (m) => m.id);
  let changed = mentors !== program.mentors;
  const mentees = sorted(
    program.mentees.map((e) => {
      const requests = sorted(e.requests, (r) => r.topic);
      if (requests === e.requests) return e;
      changed = true;
      return { ...e, requests };
    }),
    (e) => e.id,
  );
  if (mentees.some((e, k) => e !== program.mentees[k])) changed = true;
  return changed ? deepFreeze({ ...program, mentors, mentees }) : program;
}
