/**
 * Defaults per mode. Micro mentoring weighs topic precision most (the mentor must master the exact
 * topic at the level asked); classic mentoring weighs growth goals, seniority and shared values.
 */
import type { Criterion, Mode, Rules } from './program.js';

/**
 * Default criterion weights per mode (they need not add up to 1: scores divide by their sum).
 * A programme's `weights` are merged over these.
 *
 * @example
 * ```ts
 * import { DEFAULT_WEIGHTS } from 'mentormatch';
 *
 * console.log(DEFAULT_WEIGHTS.micro.expertise, DEFAULT_WEIGHTS.classic.goals); // 0.4 0.3
 * ```
 */
export const DEFAULT_WEIGHTS: Readonly<Record<Mode, Readonly<Record<Criterion, number>>>> = Object.freeze({
  micro: Object.freeze({
    expertise: 0.4,
    willingness: 0.15,
    goals: 0,
    seniority: 0,
    language: 0.1,
    timeZone: 0.1,
    department: 0.05,
    preference: 0.15,
    values: 0,
    custom: 0.05,
    repeat: 0.1,
    novelty: 0,
    rotation: 0,
  }),
  classic: Object.freeze({
    expertise: 0,
    willingness: 0.05,
    goals: 0.3,
    seniority: 0.15,
    language: 0.05,
    timeZone: 0.05,
    department: 0.1,
    preference: 0.1,
    values: 0.15,
    custom: 0.05,
    repeat: 0.1,
    novelty: 0,
    rotation: 0,
  }),
});

/** Default of `rules.repeatWindowDays`: a pair of the history repeats within a year of `asOf`. */
export const DEFAULT_REPEAT_WINDOW_DAYS = 365;

/** Default capacity: requests at once (micro) or mentees at once (classic). */
export const DEFAULT_CAPACITY: Readonly<Record<Mode, number>> = Object.freeze({ micro: 5, classic: 2 });

/**
 * Default number of meetings: per micro request (2, so that a request without `hours` keeps its
 * 2 hours), per classic goal over the cycle (8). With {@link DEFAULT_SESSION_MINUTES} they give a
 * request's or goal's hours when only part of its meetings is stated.
 *
 * @example
 * ```ts
 * import { DEFAULT_SESSION_MINUTES, DEFAULT_SESSIONS } from 'mentormatch';
 *
 * console.log(DEFAULT_SESSIONS.micro, DEFAULT_SESSIONS.classic, DEFAULT_SESSION_MINUTES); // 2 8 60
 * ```
 */
export const DEFAULT_SESSIONS: Readonly<Record<Mode, number>> = Object.freeze({ micro: 2, classic: 8 });

/**
 * Default length of one meeting, in minutes.
 *
 * @example
 * ```ts
 * import { DEFAULT_SESSION_MINUTES, DEFAULT_SESSIONS } from 'mentormatch';
 *
 * // A micro request that states nothing takes 2 meetings of 60 minutes: 2 hours.
 * console.log((DEFAULT_SESSIONS.micro * DEFAULT_SESSION_MINUTES) / 60); // 2
 * ```
 */
export const DEFAULT_SESSION_MINUTES = 60;

/** Default hours of a micro request: two meetings of an hour. */
export const DEFAULT_REQUEST_HOURS = (DEFAULT_SESSIONS.micro * DEFAULT_SESSION_MINUTES) / 60;

/** A mentor offers, by default, every topic they master at this level or above ("proficient"). */
export const OFFER_LEVEL = 3;

/** Default rules per mode, without the lists (custom rules, forbidden and locked pairs). */
export const DEFAULT_RULES: Readonly<
  Record<Mode, Omit<Rules, 'custom' | 'forbiddenPairs' | 'lockedPairs' | 'quotas'>>
> = Object.freeze({
  micro: Object.freeze({
    sameDepartment: 'avoided',
    reportingLine: 'forbidden',
    seniorityGap: null,
    sharedLanguage: true,
    maxTimeZoneGap: null,
    levelRequired: true,
    repeatMentor: false,
    repeatPairs: 'avoided',
    repeatWindowDays: DEFAULT_REPEAT_WINDOW_DAYS,
  }),
  classic: Object.freeze({
    sameDepartment: 'avoided',
    reportingLine: 'forbidden',
    seniorityGap: null,
    sharedLanguage: true,
    maxTimeZoneGap: null,
    levelRequired: false,
    repeatMentor: false,
    repeatPairs: 'avoided',
    repeatWindowDays: DEFAULT_REPEAT_WINDOW_DAYS,
  }),
});
