/**
 * The programme input, as a zod schema (`zod/mini`, for a small bundle). Shapes only: references
 * between ids, duplicates and the like are checked by `parseProgram`. Ids are strings kept in
 * arrays, never used as object keys, so `__proto__` or `constructor` are ordinary ids.
 */
import * as z from 'zod/mini';
import { OBJECTIVES } from './program.js';

/**
 * The message of an integer id's issues, by which `parseProgram` tells it from a number (zod
 * reports `NaN` or `true` as "expected number").
 */
export const AN_INTEGER = 'an integer';

/**
 * An id: a non-empty string of at most 200 characters, or a safe integer (HR exports often number
 * people and topics), which becomes its decimal string: `42` and `"42"` are the same id, and so are
 * `0` and `-0` (both `"0"`). A number that is not a safe integer (`1.5`, `NaN`, `2 ** 53`) is rejected.
 */
const id = z.pipe(
  z.union([z.string().check(z.minLength(1), z.maxLength(200)), z.int({ error: AN_INTEGER })]),
  z.transform((value: string | number): string => (typeof value === 'number' ? String(value) : value)),
);
/** Proficiency and requested levels: 1 basics, 2 practitioner, 3 proficient, 4 advanced, 5 expert. */
const level = z.int().check(z.gte(1), z.lte(5));
const positive = z.number().check(z.gt(0));
const nonNegative = z.number().check(z.gte(0));
const scalar = z.union([z.string(), z.number(), z.boolean()]);
/** A number of meetings, and a meeting's length in minutes. */
const sessions = z.int().check(z.gte(1));
const sessionMinutes = z.int().check(z.gte(1));

/** Whether the `Intl` time zone database knows `name` (an IANA name such as `Europe/Rome`, or `UTC`). */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * A person's time zone: an offset from UTC in hours (a multiple of 0.25 between -12 and 14), or an
 * IANA name such as `"Europe/Rome"`, which `parseProgram` turns into its offset on the programme's
 * reference date (`startDate`, else the day of parsing).
 */
export const timeZoneSchema = z.union([
  z.number().check(z.gte(-12), z.lte(14), z.multipleOf(0.25)),
  // Its issue (the schema's only refinement) is `invalid_time_zone`, worded by the catalogs.
  z.string().check(z.refine(isTimeZone)),
]);

const topic = z.strictObject({
  id,
  name: z.optional(z.string()),
  parent: z.optional(id),
});

const skill = z.strictObject({ topic: id, level });

/** What mentors and mentees share. */
const person = {
  id,
  name: z.optional(z.string()),
  /** Languages spoken, e.g. `["en", "fr"]` (compared case-insensitively). */
  languages: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Offset from UTC in hours (a multiple of 0.25 between -12 and 14), or an IANA name. */
  timeZone: z.optional(timeZoneSchema),
  department: z.optional(z.string()),
  managerId: z.optional(id),
  /** Seniority grade: a higher number is more senior. */
  grade: z.optional(z.int()),
  /** Free attributes for custom rules, e.g. `{ "site": "Lyon", "certified": true }`. */
  attributes: z.optional(z.record(z.string(), scalar)),
  /** Values or interests, free words compared case-insensitively (classic mode). */
  values: z.optional(z.array(z.string())),
};

const mentor = z.strictObject({
  ...person,
  skills: z.array(skill),
  /** Topics the mentor is willing to mentor on; default: every skill at level 3 or more. */
  offers: z.optional(z.array(id)),
  /** Most mentees (classic) or requests (micro) at once; default 2 (classic) or 5 (micro). */
  capacity: z.optional(z.int().check(z.gte(0))),
  /** Hours the mentor can give in the cycle (micro mode); default: no limit. */
  hoursBudget: z.optional(nonNegative),
  /**
   * Minutes a week the mentor can give (micro mode): an hours budget of `weeklyMinutes × cycle.weeks
   * / 60` (needs the programme's `cycle`); with `hoursBudget` too, the smaller of the two holds.
   */
  weeklyMinutes: z.optional(nonNegative),
  /** Mentee ids, most preferred first (the `stable` objective); default: ranked by score. */
  preferences: z.optional(z.array(id)),
});

const request = z.strictObject({
  topic: id,
  /** The level of help wanted: the mentor should master the topic at least at this level. */
  level,
  /** Weight of this request against the mentee's others; default 1. */
  priority: z.optional(positive),
  /**
   * Expected hours of mentoring; default `sessions × sessionMinutes / 60` (2 meetings of 60
   * minutes: 2 hours). Given with `sessionMinutes`, it must agree with them.
   */
  hours: z.optional(positive),
  /** Number of meetings; default 2. */
  sessions: z.optional(sessions),
  /** Length of one meeting in minutes; default 60. */
  sessionMinutes: z.optional(sessionMinutes),
});

const goal = z.strictObject({
  topic: id,
  weight: z.optional(positive),
  /** Meetings over the cycle for this goal; default 8. */
  sessions: z.optional(sessions),
  /** Length of one meeting in minutes; default 60. */
  sessionMinutes: z.optional(sessionMinutes),
});

/** The mentoring cycle: its first day and its length in weeks. */
const cycle = z.strictObject({
  /** The first day (`YYYY-MM-DD`); default `startDate`, which it must equal when both are given. */
  start: z.optional(z.iso.date()),
  /** Length of the cycle in weeks. */
  weeks: z.int().check(z.gte(1)),
});

const mentee = z.strictObject({
  ...person,
  /** Micro mode: one or more precise requests. */
  requests: z.optional(z.array(request)),
  /** Classic mode: development goals. */
  goals: z.optional(z.array(goal)),
  /** Mentor ids, most preferred first. */
  preferences: z.optional(z.array(id)),
  /** Mentor ids never to be proposed. */
  exclude: z.optional(z.array(id)),
});

const pair = z.strictObject({ mentee: id, mentor: id, topic: z.optional(id) });

const condition = z.strictObject({
  attribute: z.string().check(z.minLength(1)),
  equals: z.optional(scalar),
  in: z.optional(z.array(scalar)),
});

const customRule = z.strictObject({
  name: z.string().check(z.minLength(1)),
  /** `require` and `forbid` are hard; `prefer` and `avoid` feed the `custom` criterion. */
  effect: z.enum(['require', 'forbid', 'prefer', 'avoid']),
  mentor: z.optional(condition),
  mentee: z.optional(condition),
  /** An attribute both must have, with the same value. */
  same: z.optional(z.string().check(z.minLength(1))),
});

/**
 * A quota (`kind`): `perMentor` caps each mentor's mentees (or requests) sharing a value of a mentee
 * attribute; `pairs` bounds the pairs whose mentee meets a condition, or that cross departments.
 * Which fields each kind takes is checked by `parseProgram`.
 */
const quota = z.strictObject({
  kind: z.enum(['perMentor', 'pairs']),
  attribute: z.optional(z.string().check(z.minLength(1))),
  count: z.optional(z.enum(['mentees', 'requests'])),
  mentee: z.optional(condition),
  crossDepartment: z.optional(z.boolean()),
  min: z.optional(z.int().check(z.gte(0))),
  max: z.optional(z.int().check(z.gte(0))),
  minShare: z.optional(z.number().check(z.gte(0), z.lte(1))),
  maxShare: z.optional(z.number().check(z.gte(0), z.lte(1))),
  soft: z.optional(z.boolean()),
  weight: z.optional(positive),
});

const rules = z.strictObject({
  sameDepartment: z.optional(z.enum(['allowed', 'avoided', 'forbidden'])),
  reportingLine: z.optional(z.enum(['forbidden', 'allowed'])),
  seniorityGap: z.optional(z.nullable(z.strictObject({ min: z.optional(z.int()), max: z.optional(z.int()) }))),
  sharedLanguage: z.optional(z.boolean()),
  maxTimeZoneGap: z.optional(z.nullable(nonNegative)),
  levelRequired: z.optional(z.boolean()),
  repeatMentor: z.optional(z.boolean()),
  /** Pairs of the `history` within `repeatWindowDays`: `allowed`, `avoided` (the `repeat` criterion) or `forbidden`. */
  repeatPairs: z.optional(z.enum(['allowed', 'avoided', 'forbidden'])),
  /** How many days back from `asOf` a pair of the `history` counts as recent; default 365. */
  repeatWindowDays: z.optional(z.int().check(z.gte(0))),
  custom: z.optional(z.array(customRule)),
  forbiddenPairs: z.optional(z.array(pair)),
  lockedPairs: z.optional(z.array(pair)),
  quotas: z.optional(z.array(quota)),
});

const weights = z.strictObject({
  expertise: z.optional(nonNegative),
  willingness: z.optional(nonNegative),
  goals: z.optional(nonNegative),
  seniority: z.optional(nonNegative),
  language: z.optional(nonNegative),
  timeZone: z.optional(nonNegative),
  department: z.optional(nonNegative),
  preference: z.optional(nonNegative),
  values: z.optional(nonNegative),
  custom: z.optional(nonNegative),
  repeat: z.optional(nonNegative),
  novelty: z.optional(nonNegative),
  rotation: z.optional(nonNegative),
});

/**
 * A pair made in an earlier cycle. Its people may have left the programme since: unknown ids are
 * allowed (and warned about by `programWarnings`).
 */
const historyEntry = z.strictObject({
  mentee: id,
  mentor: id,
  /** The topic of the request (micro); a pair without one repeats on every topic. */
  topic: z.optional(id),
  /** The day of the pairing, `YYYY-MM-DD`. */
  date: z.iso.date(),
});

/** The whole programme. */
export const programSchema = z.strictObject({
  /** The address of a JSON Schema, for editors; ignored. */
  $schema: z.optional(z.string()),
  name: z.optional(z.string()),
  mode: z.enum(['micro', 'classic']),
  topics: z.array(topic),
  mentors: z.array(mentor),
  mentees: z.array(mentee),
  rules: z.optional(rules),
  weights: z.optional(weights),
  objective: z.optional(z.enum(OBJECTIVES)),
  /** The day the cycle starts (`YYYY-MM-DD`): the date on which IANA time zone names are resolved. */
  startDate: z.optional(z.iso.date()),
  /** The cycle: start (default `startDate`) and length in weeks (turns `weeklyMinutes` into budgets). */
  cycle: z.optional(cycle),
  /** Pairs made in earlier cycles, read by `rules.repeatPairs`. */
  history: z.optional(z.array(historyEntry)),
  /**
   * The day from which `rules.repeatWindowDays` counts back (`YYYY-MM-DD`); default: `startDate`,
   * else the latest date of the `history`.
   */
  asOf: z.optional(z.iso.date()),
});

/**
 * The programme input as a caller writes it (before defaults and cross-checks): ids as strings or
 * integers, a time zone as an offset in hours or an IANA name.
 */
export type ProgramInput = z.input<typeof programSchema>;

/**
 * The programme as the schema returns it (ids as strings, time zones as offsets), before defaults
 * and cross-checks: what the model's checks read. Internal.
 */
export type ProgramShape = z.output<typeof programSchema>;
