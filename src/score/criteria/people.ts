/**
 * The person criteria: seniority fit, shared language, time-zone overlap, cross-department and
 * shared values. Each is neutral ({@link NEUTRAL}) when either side did not give the data.
 */

import { type Message, msg } from '../../locale/message.js';
import { popcount } from '../../model/bitSets.js';
import { type AddRun, type CriterionDef, fillAt, NEUTRAL, type ScoringContext } from '../context.js';

/** Ideal seniority gap (mentor grade minus mentee grade) when the rules set no window. */
export const IDEAL_GAP = Object.freeze({ min: 1, max: 3 });
/** Grades outside the window after which seniority fit reaches 0. */
const GAP_SLACK = 3;
/** Hours of a working day, for time-zone overlap. */
const WORKDAY = 8;

/** The seniority window in force. */
function window(ctx: ScoringContext): { min: number; max: number } {
  const gap = ctx.ix.program.rules.seniorityGap;
  if (gap === null) return IDEAL_GAP;
  return { min: gap.min ?? Number.NEGATIVE_INFINITY, max: gap.max ?? Number.POSITIVE_INFINITY };
}

/** Hours apart on the clock, 0..12. */
export function zoneGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 24;
  return Math.min(d, 24 - d);
}

export const seniority: CriterionDef = {
  name: 'seniority',
  active: () => true,
  fill: (ctx, r, out, at, count) => fillOne(ctx, r, out, at, count, 0),
  describe(ctx, r, m) {
    const { ix } = ctx;
    const gap = (ix.mentorGrade[m] as number) - (ix.menteeGrade[ix.rows[r]?.mentee as number] as number);
    if (Number.isNaN(gap)) return msg('detail.seniority.missing');
    const { min, max } = window(ctx);
    const ideal: Message =
      max === Number.POSITIVE_INFINITY ? msg('ideal.atLeast', { min }) : msg('ideal.range', { min, max });
    return gap >= 0
      ? msg('detail.seniority.above', { gap, ideal })
      : msg('detail.seniority.below', { gap: -gap, ideal });
  },
};

export const language: CriterionDef = {
  name: 'language',
  active: () => true,
  fill: (ctx, r, out, at, count) => fillOne(ctx, r, out, at, count, 1),
  describe(ctx, r, m, value) {
    const { mentors, mentees } = ctx.ix.program;
    const mentee = mentees[ctx.ix.rows[r]?.mentee as number];
    const mentor = mentors[m];
    if (value === NEUTRAL) return msg('detail.language.missing');
    const common = shared(mentor?.languages, mentee?.languages);
    return common.length > 0 ? msg('detail.language.shared', { languages: common }) : msg('detail.language.none');
  },
};

export const timeZone: CriterionDef = {
  name: 'timeZone',
  active: () => true,
  fill: (ctx, r, out, at, count) => fillOne(ctx, r, out, at, count, 2),
  describe(ctx, r, m) {
    const { ix } = ctx;
    const a = ix.menteeZone[ix.rows[r]?.mentee as number] as number;
    const b = ix.mentorZone[m] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) return msg('detail.timeZone.missing');
    const gap = zoneGap(a, b);
    return msg('detail.timeZone.gap', { gap, overlap: Math.max(0, WORKDAY - gap), workday: WORKDAY });
  },
};

export const department: CriterionDef = {
  name: 'department',
  active: (ctx) => ctx.ix.program.rules.sameDepartment !== 'allowed',
  fill: (ctx, r, out, at, count) => fillOne(ctx, r, out, at, count, 3),
  describe(ctx, r, m, value) {
    if (value === NEUTRAL) return msg('detail.department.missing');
    const mentor = String(ctx.ix.program.mentors[m]?.department);
    const mentee = String(ctx.ix.program.mentees[ctx.ix.rows[r]?.mentee as number]?.department);
    return value === 1
      ? msg('detail.department.different', { mentor, mentee })
      : msg('detail.department.same', { department: mentor });
  },
};

/** {@link values}' figures by the count of values shared (scratch, one thread's): see its `add`. */
let shareOf = new Float64Array(34);

export const values: CriterionDef = {
  name: 'values',
  active: () => true,
  fill(ctx, r, out, at, count) {
    const { ix } = ctx;
    const { valueWords: W, mentorValues, menteeValues, mentorValueCount } = ix;
    const e = ix.rows[r]?.mentee as number;
    const mine = ix.menteeValueCount[e] as number;
    if (mine === 0) {
      fillAt(out, count, NEUTRAL);
      return;
    }
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      if (mentorValueCount[m] === 0) {
        out[i] = NEUTRAL;
        continue;
      }
      let shared = 0;
      for (let w = 0; w < W; w++)
        shared += popcount((mentorValues[m * W + w] as number) & (menteeValues[e * W + w] as number));
      out[i] = shared / mine;
    }
  },
  add(ctx, r, at, count, share, sum, other, side) {
    const { ix } = ctx;
    const { valueWords: W, mentorValues, menteeValues, mentorValueCount } = ix;
    const e = ix.rows[r]?.mentee as number;
    const mine = ix.menteeValueCount[e] as number;
    // Each value the fill can give, computed once (the same division): NEUTRAL, then 0 / mine to
    // mine / mine, by the count shared.
    if (shareOf.length < mine + 2) shareOf = new Float64Array(mine + 2);
    shareOf[0] = NEUTRAL;
    for (let k = 0; k <= mine; k++) shareOf[k + 1] = mine === 0 ? NEUTRAL : k / mine;
    // Up to 32 values (one word a person, the common case): the loop below without its inner one.
    if (W === 1) {
      const theirs = menteeValues[e] as number;
      for (let i = 0; i < count; i++) {
        const m = at[i] as number;
        const v = shareOf[
          +(mentorValueCount[m] !== 0) * (popcount((mentorValues[m] as number) & theirs) + 1)
        ] as number;
        sum[i] = (sum[i] as number) + share * v;
        if (side !== null) side[i] = (side[i] as number) + other * v;
      }
      return;
    }
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      let shared = 0;
      for (let w = 0; w < W; w++)
        shared += popcount((mentorValues[m * W + w] as number) & (menteeValues[e * W + w] as number));
      // 0 (neutral) for a mentor without values, else 1 + the count shared.
      const v = shareOf[+(mentorValueCount[m] !== 0) * (shared + 1)] as number;
      sum[i] = (sum[i] as number) + share * v;
      if (side !== null) side[i] = (side[i] as number) + other * v;
    }
  },
  describe(ctx, r, m, value) {
    if (value === NEUTRAL) {
      const mentee = ctx.ix.program.mentees[ctx.ix.rows[r]?.mentee as number];
      const mentor = ctx.ix.program.mentors[m];
      if (mentee?.values.length === 0 || mentor?.values.length === 0) return msg('detail.values.missing');
    }
    const mentee = ctx.ix.program.mentees[ctx.ix.rows[r]?.mentee as number];
    const mentor = ctx.ix.program.mentors[m];
    const common = shared(mentee?.values, mentor?.values);
    return common.length > 0
      ? msg('detail.values.shared', { values: common, shared: common.length, total: mentee?.values.length ?? 0 })
      : msg('detail.values.none');
  },
};

/** Seniority fit of a grade gap (NaN: a grade unknown) in the window `min` to `max`. */
function seniorityFit(gap: number, min: number, max: number): number {
  if (Number.isNaN(gap)) return NEUTRAL;
  const off = gap < min ? min - gap : gap > max ? gap - max : 0;
  return Math.max(0, 1 - off / GAP_SLACK);
}

/** No grade ids (see {@link addPeople}). */
const NO_IDS = new Int32Array(0);
const NO_ROW = new Float64Array(0);

/** {@link addPeople} needs no scratch rows. */
const NO_SCRATCH = { values: new Float64Array(0), more: new Float64Array(0), third: new Float64Array(0) };

/** One-hot shares: criterion `k` of {@link PEOPLE} alone. */
const ONE_HOT = [0, 1, 2, 3].map((k) => Float64Array.from([0, 1, 2, 3], (i) => (i === k ? 1 : 0)));

/**
 * Fills `out[i]` with the value of criterion `k` of {@link PEOPLE} for mentor `at[i]`: 0 + 1 × value
 * + 0 × the others', which is the value itself, bit for bit (every value is finite and
 * non-negative).
 */
function fillOne(ctx: ScoringContext, r: number, out: Float64Array, at: Int32Array, count: number, k: number): void {
  out.fill(0, 0, count);
  addPeople(ctx, r, at, count, ONE_HOT[k] as Float64Array, out, ONE_HOT[k] as Float64Array, null, NO_SCRATCH);
}

/**
 * {@link addPeople}'s `language` and `department` values by index: 0 neutral (a side names none),
 * 1 worth 0, 2 worth 1. Language: 1 + (a language shared); department: 1 + (the departments differ).
 */
const NEUTRAL_NONE_ONE = Float64Array.of(NEUTRAL, 0, 1);

/** The four person criteria that {@link addPeople} sums in one pass, in their order among the criteria. */
export const PEOPLE: readonly CriterionDef[] = Object.freeze([seniority, language, timeZone, department]);

/**
 * Adds, for each mentor `at[i]` (`i` below `count`), `shares[k] × value` of each criterion
 * `PEOPLE[k]` to `sum[i]` (and `others[k] × value` to `side[i]` when `side` is given), in that order:
 * the same figures, bit for bit, as filling each criterion's values and adding them in turn (a share
 * of 0 adds +0, which changes no sum of non-negative terms), in one pass instead of four.
 */
export const addPeople: AddRun = (ctx, r, at, count, shares, sum, others, side) => {
  const { ix, zoneRow } = ctx;
  const e = ix.rows[r]?.mentee as number;
  // Seniority: the mentee's grade and the window.
  const grade = ix.menteeGrade[e] as number;
  const { min, max } = window(ctx);
  // Language: the mentee's set (one word in the common case).
  const W = ix.langWords;
  const { mentorLangs, menteeLangs } = ix;
  let menteeAny = 0;
  for (let w = 0; w < W; w++) menteeAny |= menteeLangs[e * W + w] as number;
  const menteeNamesOne = (menteeAny | -menteeAny) >>> 31;
  // Time zone: the value of each zone once (zones[0] stands for "unknown"), then a look-up per mentor.
  const zone = ix.menteeZone[e] as number;
  const { zones, mentorZoneId } = ix;
  zoneRow[0] = NEUTRAL;
  for (let z = 1; z < zones.length; z++)
    zoneRow[z] = Number.isNaN(zone) ? NEUTRAL : Math.max(0, WORKDAY - zoneGap(zone, zones[z] as number)) / WORKDAY;
  // Department.
  const dept = ix.menteeDept[e] as number;
  const s0 = shares[0] as number;
  const s1 = shares[1] as number;
  const s2 = shares[2] as number;
  const s3 = shares[3] as number;
  const o0 = others[0] as number;
  const o1 = others[1] as number;
  const o2 = others[2] as number;
  const o3 = others[3] as number;
  // Seniority by the mentor's grade (few distinct ones): each grade's value once, then a look-up.
  const { grades } = ctx;
  const byGrade = grades !== null;
  const gradeId = grades === null ? NO_IDS : grades.id;
  const gradeRow = grades === null ? NO_ROW : grades.row;
  if (grades !== null)
    for (let g = 0; g < gradeRow.length; g++)
      gradeRow[g] = seniorityFit((grades.values[g] as number) - grade, min, max);
  for (let i = 0; i < count; i++) {
    const m = at[i] as number;
    const v0 = byGrade
      ? (gradeRow[gradeId[m] as number] as number)
      : seniorityFit((ix.mentorGrade[m] as number) - grade, min, max);
    let mentorAny = 0;
    let shared = 0;
    if (W === 1) {
      // Up to 32 languages (the common case): one word each.
      mentorAny = mentorLangs[m] as number;
      shared = mentorAny & menteeAny;
    } else
      for (let w = 0; w < W; w++) {
        const a = mentorLangs[m * W + w] as number;
        mentorAny |= a;
        shared |= a & (menteeLangs[e * W + w] as number);
      }
    // Language and department by index, not by branches: which value a pair takes is unpredictable,
    // and a mispredicted branch cost more than the pair's own work. `(x | -x) >>> 31` is 1 when the
    // int32 `x` is not 0; `(a | b) >>> 31`, 1 when -1 (none) is one of two ids.
    const v1 = NEUTRAL_NONE_ONE[
      (menteeNamesOne & ((mentorAny | -mentorAny) >>> 31)) * (1 + ((shared | -shared) >>> 31))
    ] as number;
    const v2 = zoneRow[mentorZoneId[m] as number] as number;
    const theirs = ix.mentorDept[m] as number;
    const other = dept ^ theirs;
    const v3 = NEUTRAL_NONE_ONE[(1 - ((dept | theirs) >>> 31)) * (1 + ((other | -other) >>> 31))] as number;
    sum[i] = (sum[i] as number) + s0 * v0 + s1 * v1 + s2 * v2 + s3 * v3;
    if (side !== null) side[i] = (side[i] as number) + o0 * v0 + o1 * v1 + o2 * v2 + o3 * v3;
  }
};

/** The words of `mine` that `theirs` holds too, in `mine`'s order (a loop: one explanation per matched pair). */
function shared(mine: readonly string[] | undefined, theirs: readonly string[] | undefined): string[] {
  const out: string[] = [];
  if (mine === undefined || theirs === undefined) return out;
  for (let i = 0; i < mine.length; i++) {
    const word = mine[i] as string;
    if (theirs.includes(word)) out.push(word);
  }
  // A copy at its length: grown by `push`, the list keeps room for 16 more words, held as long as
  // the explanation is.
  return out.slice();
}
