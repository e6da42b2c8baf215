/**
 * Both sides' preferences over the pairs a programme allows, for the `stable` objective and the
 * blocking-pair audit of every matching. A mentee (each of its requests, in micro mode) ranks first
 * the mentors of its explicit `preferences`, in that order, then the other mentors by score; a
 * mentor ranks first the mentees of its `preferences` (all of a mentee's requests there), then the
 * rest by its mentor-side score (`ScoreTable.mentorAllowedScores`: the score without the mentee's
 * `preference` criterion), so that nothing a mentee reports moves it up a mentor's ranking and the
 * mentee-proposing `stable` objective stays strategy-proof for mentees. Ties go to the earlier
 * mentor or demand row. Only allowed pairs are ranked: a pair a hard rule forbids is unacceptable to
 * both. Scores are read from the table's allowed pairs (no dense matrix); the mentor-side scores are
 * fetched on the first comparison of a mentor's.
 */

import { idIndex } from '../model/idIndex.js';
import { mentorSideOf } from '../score/scoreProgram.js';
import { pairScore } from '../solve/internal/pairs.js';
import type { Prepared } from './prepare.js';

/** Comparators over one prepared programme (rows and mentor columns of the score table). */
export interface Preferences {
  /** Whether demand row `r` ranks mentor `a` above mentor `b`. */
  readonly rowPrefers: (r: number, a: number, b: number) => boolean;
  /** Whether mentor `j` ranks demand row `x` above demand row `y`. */
  readonly mentorPrefers: (j: number, x: number, y: number) => boolean;
  /**
   * Row `r`'s order of mentors `a` and `b`, given their scores with it (`sa`, `sb`), as a sort
   * comparator (negative: `a` first).
   */
  readonly rowCompare: (r: number, a: number, sa: number, b: number, sb: number) => number;
  /**
   * Mentor `j`'s order of demand rows `x` and `y`, given their mentor-side scores with it (`sx`,
   * `sy`), as a sort comparator (negative: `x` first).
   */
  readonly mentorCompare: (j: number, x: number, sx: number, y: number, sy: number) => number;
  /** The mentor-side scores of the allowed pairs, aligned with `table.allowed.cols`. */
  readonly mentorScores: () => Float64Array;
}

/** The comparators of a prepared programme. */
export function preferences(prepared: Prepared): Preferences {
  const { program, table } = prepared;
  const { allowed } = table;
  // Explicit ranks, where given: per mentee over mentor columns, per mentor over mentees. Each side's
  // made on its first use, and the mentor side's mentee map only when a mentor has a list: the
  // blocking-pair audit reads the mentors' side alone, and at scale no mentor ranks its mentees
  // (50,000 mentees mapped and 10,000 mentees' lists made for nothing, in each audit).
  let menteeRanks: (Map<number, number> | null)[] | undefined;
  const menteeRanksOf = (): (Map<number, number> | null)[] => {
    if (menteeRanks !== undefined) return menteeRanks;
    const mentorIndex = new Map(table.mentorIds.map((id, j) => [id, j] as const));
    menteeRanks = program.mentees.map((m) =>
      m.preferences.length === 0
        ? null
        : new Map(m.preferences.map((id, k) => [mentorIndex.get(id) as number, k] as const)),
    );
    return menteeRanks;
  };
  const listing = program.mentors.some((m) => m.preferences.length > 0);
  const menteeIndex = listing ? idIndex(program.mentees) : undefined;
  const mentorRanks = program.mentors.map((m) =>
    menteeIndex === undefined || m.preferences.length === 0
      ? null
      : new Map(m.preferences.map((id, k) => [menteeIndex.get(id) as number, k] as const)),
  );
  const rowCompare = (r: number, a: number, sa: number, b: number, sb: number): number => {
    const ranks = menteeRanksOf()[(table.rows[r] as { mentee: number }).mentee];
    if (ranks != null) {
      const ra = ranks.get(a) ?? Number.POSITIVE_INFINITY;
      const rb = ranks.get(b) ?? Number.POSITIVE_INFINITY;
      if (ra !== rb) return ra < rb ? -1 : 1;
    }
    return sa !== sb ? (sa > sb ? -1 : 1) : a - b;
  };
  const mentorCompare = (j: number, x: number, sx: number, y: number, sy: number): number => {
    const ranks = mentorRanks[j];
    if (ranks != null) {
      const rx = ranks.get((table.rows[x] as { mentee: number }).mentee) ?? Number.POSITIVE_INFINITY;
      const ry = ranks.get((table.rows[y] as { mentee: number }).mentee) ?? Number.POSITIVE_INFINITY;
      if (rx !== ry) return rx < ry ? -1 : 1;
    }
    return sx !== sy ? (sx > sy ? -1 : 1) : x - y;
  };
  const rowPrefers = (r: number, a: number, b: number): boolean =>
    rowCompare(r, a, pairScore(allowed, r, a), b, pairScore(allowed, r, b)) < 0;
  // One pair's mentor side: from the table's array when it keeps one, else computed (at scale the
  // table keeps none, and the audit asks for one or two pairs per matched row).
  const side = mentorSideOf(table);
  const mentorPrefers = (j: number, x: number, y: number): boolean =>
    mentorCompare(j, x, side.one(x, j), y, side.one(y, j)) < 0;
  return { rowPrefers, mentorPrefers, rowCompare, mentorCompare, mentorScores: () => table.mentorAllowedScores() };
}
