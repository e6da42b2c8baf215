/**
 * Mentors' and mentees' profiles in index space: flat typed arrays of grades, time zones,
 * departments, language and value sets, and the reporting lines between the two sides. Internal.
 */
import { bitSets } from './bitSets.js';
import { idIndex } from './idIndex.js';
import type { Program } from './program.js';

/** The people's profiles as typed arrays. */
export interface PeopleIndex {
  /** Per mentor: grade, time zone (NaN when unknown), department index (-1 when unknown). */
  readonly mentorGrade: Float64Array;
  readonly mentorZone: Float64Array;
  readonly mentorDept: Int32Array;
  /** Per mentee, likewise. */
  readonly menteeGrade: Float64Array;
  readonly menteeZone: Float64Array;
  readonly menteeDept: Int32Array;
  /** The distinct mentor time zones, after `zones[0]`, which is NaN and stands for "unknown"... */
  readonly zones: Float64Array;
  /** ...and per mentor, the position of their time zone in `zones` (0 when unknown). */
  readonly mentorZoneId: Int32Array;
  /** Language sets as bit masks, `langWords` 32-bit words per person. */
  readonly langWords: number;
  readonly mentorLangs: Uint32Array;
  readonly menteeLangs: Uint32Array;
  /** Value sets as bit masks, `valueWords` 32-bit words per person... */
  readonly valueWords: number;
  readonly mentorValues: Uint32Array;
  readonly menteeValues: Uint32Array;
  /** ...and their sizes. */
  readonly mentorValueCount: Int32Array;
  readonly menteeValueCount: Int32Array;
  /** Per mentee: the mentor index of their manager, -1 when the manager is no mentor or unknown. */
  readonly menteeManager: Int32Array;
  /**
   * Per mentee `e`: the mentors whose manager `e` is, `reports[k]` for `reportsStart[e] <= k <
   * reportsStart[e + 1]`.
   */
  readonly reportsStart: Int32Array;
  readonly reports: Int32Array;
}

/** Builds the typed-array profiles of a parsed programme. */
export function indexPeople(program: Program, mentorIndex: ReadonlyMap<string, number>): PeopleIndex {
  const { mentors, mentees } = program;
  const departments = new Map<string, number>();
  const dept = (name: string | undefined) => {
    if (name === undefined) return -1;
    let k = departments.get(name);
    if (k === undefined) {
      k = departments.size;
      departments.set(name, k);
    }
    return k;
  };
  const known = (x: number | undefined) => (x === undefined ? Number.NaN : x);
  const langs = bitSets(mentors, mentees, (p) => p.languages);
  const values = bitSets(mentors, mentees, (p) => p.values);
  const zoneIds = new Map<number, number>();
  const mentorZoneId = Int32Array.from(mentors, ({ timeZone }) => {
    if (timeZone === undefined) return 0;
    let k = zoneIds.get(timeZone);
    if (k === undefined) {
      k = zoneIds.size + 1;
      zoneIds.set(timeZone, k);
    }
    return k;
  });
  return {
    mentorGrade: Float64Array.from(mentors, (m) => known(m.grade)),
    mentorZone: Float64Array.from(mentors, (m) => known(m.timeZone)),
    mentorDept: Int32Array.from(mentors, (m) => dept(m.department)),
    menteeGrade: Float64Array.from(mentees, (e) => known(e.grade)),
    menteeZone: Float64Array.from(mentees, (e) => known(e.timeZone)),
    menteeDept: Int32Array.from(mentees, (e) => dept(e.department)),
    zones: Float64Array.of(Number.NaN, ...zoneIds.keys()),
    mentorZoneId,
    langWords: langs.words,
    mentorLangs: langs.mentors,
    menteeLangs: langs.mentees,
    valueWords: values.words,
    mentorValues: values.mentors,
    menteeValues: values.mentees,
    mentorValueCount: Int32Array.from(mentors, (m) => m.values.length),
    menteeValueCount: Int32Array.from(mentees, (e) => e.values.length),
    ...reportingLines(program, mentorIndex),
  };
}

/** Each mentee's manager among the mentors, and the mentors each mentee manages. */
function reportingLines(
  program: Program,
  mentorIndex: ReadonlyMap<string, number>,
): Pick<PeopleIndex, 'menteeManager' | 'reportsStart' | 'reports'> {
  const { mentors, mentees } = program;
  const menteeIndex = idIndex(mentees);
  const menteeManager = Int32Array.from(mentees, ({ managerId }) =>
    managerId === undefined ? -1 : (mentorIndex.get(managerId) ?? -1),
  );
  // Counting sort of the mentors by the mentee who manages them.
  const boss = Int32Array.from(mentors, ({ managerId }) =>
    managerId === undefined ? -1 : (menteeIndex.get(managerId) ?? -1),
  );
  const reportsStart = new Int32Array(mentees.length + 1);
  for (const e of boss) if (e >= 0) reportsStart[e + 1] = (reportsStart[e + 1] as number) + 1;
  for (let e = 0; e < mentees.length; e++)
    reportsStart[e + 1] = (reportsStart[e + 1] as number) + (reportsStart[e] as number);
  const reports = new Int32Array(reportsStart[mentees.length] as number);
  const next = reportsStart.slice(0, mentees.length);
  boss.forEach((e, m) => {
    if (e < 0) return;
    reports[next[e] as number] = m;
    next[e] = (next[e] as number) + 1;
  });
  return { menteeManager, reportsStart, reports };
}
