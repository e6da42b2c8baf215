/**
 * The normalised programme that `parseProgram` returns: the input's own shape with every default
 * filled in, deeply frozen. Being a valid input itself, it parses to an equal programme again.
 */

/** `micro`: precise requests, one mentor per request; `classic`: growth goals, one mentor per mentee. */
export type Mode = 'micro' | 'classic';

/** The criteria of the affinity score. */
export type Criterion =
  | 'expertise'
  | 'willingness'
  | 'goals'
  | 'seniority'
  | 'language'
  | 'timeZone'
  | 'department'
  | 'preference'
  | 'values'
  | 'custom'
  | 'repeat'
  | 'novelty'
  | 'rotation';

/** Every criterion, in the order explanations list them. */
export const CRITERIA: readonly Criterion[] = Object.freeze([
  'expertise',
  'willingness',
  'goals',
  'seniority',
  'language',
  'timeZone',
  'department',
  'preference',
  'values',
  'custom',
  'repeat',
  'novelty',
  'rotation',
]);

/**
 * Every objective, in the order the docs list them: the one list the schema, the options check and
 * the CLI read.
 *
 * @example
 * ```ts
 * import { OBJECTIVES } from 'mentormatch';
 *
 * console.log(OBJECTIVES.join(', ')); // total, coverage, fair, stable
 * ```
 */
export const OBJECTIVES = Object.freeze(['total', 'coverage', 'fair', 'stable'] as const);

/** What the matching optimises (see `matchProgram`). */
export type Objective = (typeof OBJECTIVES)[number];

/** A topic, possibly under a parent topic. */
export interface Topic {
  readonly id: string;
  readonly name: string;
  readonly parent?: string;
}

/** A proficiency: 1 basics, 2 practitioner, 3 proficient, 4 advanced, 5 expert. */
export interface Skill {
  readonly topic: string;
  readonly level: number;
}

/** An attribute value for custom rules. */
export type AttributeValue = string | number | boolean;

/** What mentors and mentees share. */
export interface Person {
  readonly id: string;
  readonly name: string;
  /** Lower-case, without duplicates. */
  readonly languages: readonly string[];
  /** Hours from UTC. */
  readonly timeZone?: number;
  readonly department?: string;
  readonly managerId?: string;
  readonly grade?: number;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** Lower-case, without duplicates. */
  readonly values: readonly string[];
}

/** A mentor (a "champion" in micro mentoring). */
export interface Mentor extends Person {
  readonly skills: readonly Skill[];
  /** Topics the mentor is willing to mentor on. */
  readonly offers: readonly string[];
  readonly capacity: number;
  /**
   * Hours the mentor can give in the cycle: the `hoursBudget` given, or `weeklyMinutes × cycle.weeks
   * / 60`, or the smaller of the two when both are given; absent: no limit.
   */
  readonly hoursBudget?: number;
  /** Minutes a week the mentor can give, as given (its budget is in `hoursBudget`). */
  readonly weeklyMinutes?: number;
  /** Mentee ids, most preferred first (read by the `stable` objective). */
  readonly preferences: readonly string[];
}

/** A micro-mentoring request. */
export interface Request {
  readonly topic: string;
  readonly level: number;
  readonly priority: number;
  /** The hours the request takes: `hours` as given, else `sessions × sessionMinutes / 60`. */
  readonly hours: number;
  /** Number of meetings, when the request states its meetings (see `requestSessions`). */
  readonly sessions?: number;
  /** Length of one meeting in minutes, when the request states it or its number of meetings. */
  readonly sessionMinutes?: number;
}

/** A classic-mentoring development goal. */
export interface Goal {
  readonly topic: string;
  readonly weight: number;
  /** Meetings over the cycle for this goal, as given (default 8). */
  readonly sessions?: number;
  /** Length of one meeting in minutes, as given (default 60). */
  readonly sessionMinutes?: number;
}

/** A mentee. */
export interface Mentee extends Person {
  readonly requests: readonly Request[];
  readonly goals: readonly Goal[];
  /** Mentor ids, most preferred first. */
  readonly preferences: readonly string[];
  readonly exclude: readonly string[];
}

/** A (mentee, mentor) pair, for a given topic request in micro mode. */
export interface Pair {
  readonly mentee: string;
  readonly mentor: string;
  readonly topic?: string;
}

/** A condition on one person's attribute. */
export interface Condition {
  readonly attribute: string;
  readonly equals?: AttributeValue;
  readonly in?: readonly AttributeValue[];
}

/** A custom rule on attributes. */
export interface CustomRule {
  readonly name: string;
  readonly effect: 'require' | 'forbid' | 'prefer' | 'avoid';
  readonly mentor?: Condition;
  readonly mentee?: Condition;
  readonly same?: string;
}

/**
 * A quota on the matching. `perMentor`: each mentor takes at most `max` mentees (or requests, by
 * `count`) whose `attribute` (`department` or a free attribute) has one value. `pairs`: at least
 * `min` and at most `max` pairs whose mentee meets `mentee`, or that join two departments
 * (`crossDepartment`), or a `minShare` or `maxShare` of all pairs. A `soft` quota is a penalty of `weight` per pair beyond it instead of a limit.
 */
export interface Quota {
  readonly kind: 'perMentor' | 'pairs';
  readonly attribute?: string;
  readonly count?: 'mentees' | 'requests';
  readonly mentee?: Condition;
  readonly crossDepartment?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** `pairs`: the least or the most share of all pairs (0 to 1) that the counted pairs make. */
  readonly minShare?: number;
  readonly maxShare?: number;
  readonly soft?: boolean;
  readonly weight?: number;
}

/** The hard rules and matching switches, with defaults filled in. */
export interface Rules {
  readonly sameDepartment: 'allowed' | 'avoided' | 'forbidden';
  readonly reportingLine: 'forbidden' | 'allowed';
  readonly seniorityGap: { readonly min?: number; readonly max?: number } | null;
  readonly sharedLanguage: boolean;
  readonly maxTimeZoneGap: number | null;
  readonly levelRequired: boolean;
  readonly repeatMentor: boolean;
  /** Pairs of the history within the window: allowed, avoided (the `repeat` criterion) or forbidden. */
  readonly repeatPairs: 'allowed' | 'avoided' | 'forbidden';
  /** Days back from the programme's `asOf` within which a pair of the history counts as recent. */
  readonly repeatWindowDays: number;
  readonly custom: readonly CustomRule[];
  readonly forbiddenPairs: readonly Pair[];
  readonly lockedPairs: readonly Pair[];
  /** Quotas, in the order given; empty when none. */
  readonly quotas: readonly Quota[];
}

/** A pair made in an earlier cycle (its people may have left the programme since). */
export interface HistoryEntry {
  readonly mentee: string;
  readonly mentor: string;
  /** The request's topic (micro); absent: the pair repeats on every topic. */
  readonly topic?: string;
  /** The day of the pairing, `YYYY-MM-DD`. */
  readonly date: string;
}

/** The mentoring cycle. */
export interface Cycle {
  /** The first day (`YYYY-MM-DD`): `cycle.start`, else `startDate`; absent when neither is given. */
  readonly start?: string;
  /** Length in weeks. */
  readonly weeks: number;
}

/** A validated, normalised, frozen programme. */
export interface Program {
  readonly name?: string;
  readonly mode: Mode;
  readonly topics: readonly Topic[];
  readonly mentors: readonly Mentor[];
  readonly mentees: readonly Mentee[];
  readonly rules: Rules;
  readonly weights: Readonly<Record<Criterion, number>>;
  readonly objective: Objective;
  /** Pairs made in earlier cycles, in the order given; empty when none. */
  readonly history: readonly HistoryEntry[];
  /**
   * The day `rules.repeatWindowDays` counts back from (`YYYY-MM-DD`): the `asOf` given, else the
   * `startDate`, else the latest date of the history; absent without an `asOf` or a history.
   */
  readonly asOf?: string;
  /** The cycle, when given. */
  readonly cycle?: Cycle;
}
