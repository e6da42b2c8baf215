/**
 * Both sides' preferences over the pairs a programme allows, for the `stable` objective and the
 * blocking-pair audit of every matching. A mentee (each of its requests, in micro mode) ranks first
 * the mentors of its explicit `preferences`, in that order, then the other mentors by score; a
 * mentor ranks first the mentees of its `preferences` (all of a mentee's requests there), then the
 * rest by its mentor-side score (`ScoreTable.mentorScores`: the score without the mentee's
 * `preference` criterion), so that nothing a mentee reports moves it up a mentor's ranking and the
 * mentee-proposing `stable` objective stays strategy-proof for mentees. Ties go to the earlier
 * mentor or demand row. Only allowed pairs are ranked: a pair a hard rule forbids is unacceptable to
 * both. The mentor-side scores are computed on the first comparison that needs them.
 */

import { idIndex } from '../model/idIndex.js';
import type { Prepared } from './prepare.js';

/** Comparators over one prepared programme (rows and mentor columns of the score table). */
export interface Preferences {
  /** Whether demand row `r` ranks mentor `a` above mentor `b`. */
  readonly rowPrefers: (r: number, a: number, b: number) => boolean;
  /** Whether mentor `j` ranks demand row `x` above demand row `y`. */
  readonly mentorPrefers: (j: number, x: number, y: number) => boolean;
  /** Row `r`'s order of mentors, as a sort comparator (best first). */
  readonly rowOrder: (r: number) => (a: number, b: number) => number;
  /** Mentor `j`'s order of demand rows, as a sort comparator (best first). */
  readonly mentorOrder: (j: number) => (x: number, y: number) => number;
  /** The mentor-side scores, row-major (what a mentor without a list of its own ranks rows by). */
  readonly mentorScores: () => Float64Array;
}

/** The comparators of a prepared programme. */
export function preferences(prepared: Prepared): Preferences {
  const { program, table } = prepared;
  const cols = table.mentorIds.length;
  const scores = table.scores.data;
  let side: Float64Array | undefined;
  const mentorScores = (): Float64Array => {
    side ??= table.mentorScores().data;
    return side;
  };
  const mentorIndex = new Map(table.mentorIds.map((id, j) => [id, j] as const));
  const menteeIndex = idIndex(program.mentees);
  // Explicit ranks, where given: per mentee over mentor columns, per mentor over mentees.
  const menteeRanks = program.mentees.map((m) =>
    m.preferences.length === 0
      ? null
      : new Map(m.preferences.map((id, k) => [mentorIndex.get(id) as number, k] as const)),
  );
  const mentorRanks = program.mentors.map((m) =>
    m.preferences.length === 0
      ? null
      : new Map(m.preferences.map((id, k) => [menteeIndex.get(id) as number, k] as const)),
  );
  const rowPrefers = (r: number, a: number, b: number): boolean => {
    const ranks = menteeRanks[(table.rows[r] as { mentee: number }).mentee];
    if (ranks != null) {
      const ra = ranks.get(a) ?? Number.POSITIVE_INFINITY;
      const rb = ranks.get(b) ?? Number.POSITIVE_INFINITY;
      if (ra !== rb) return ra < rb;
    }
    const sa = scores[r * cols + a] as number;
    const sb = scores[r * cols + b] as number;
    return sa !== sb ? sa > sb : a < b;
  };
  const mentorPrefers = (j: number, x: number, y: number): boolean => {
    const ranks = mentorRanks[j];
    if (ranks != null) {
      const rx = ranks.get((table.rows[x] as { mentee: number }).mentee) ?? Number.POSITIVE_INFINITY;
      const ry = ranks.get((table.rows[y] as { mentee: number }).mentee) ?? Number.POSITIVE_INFINITY;
      if (rx !== ry) return rx < ry;
    }
    const own = mentorScores();
    const sx = own[x * cols + j] as number;
    const sy = own[y * cols + j] as number;
    return sx !== sy ? sx > sy : x < y;
  };
  // Sort comparators: by a score alone (a plain numeric compare) where no explicit list is given.
  const rowOrder = (r: number) => {
    const base = r * cols;
    return menteeRanks[(table.rows[r] as { mentee: number }).mentee] == null
      ? (a: number, b: number) => (scores[base + b] as number) - (scores[base + a] as number) || a - b
      : (a: number, b: number) => (rowPrefers(r, a, b) ? -1 : rowPrefers(r, b, a) ? 1 : 0);
  };
  const mentorOrder = (j: number) => {
    if (mentorRanks[j] != null)
      return (x: number, y: number) => (mentorPrefers(j, x, y) ? -1 : mentorPrefers(j, y, x) ? 1 : 0);
    const own = mentorScores();
    return (x: number, y: number) => (own[y * cols + j] as number) - (own[x * cols + j] as number) || x - y;
  };
  return { rowPrefers, mentorPrefers, rowOrder, mentorOrder, mentorScores };
}
