/**
 * Size limits of the programme entry points: read from the caller's `limits` option, checked on the
 * raw input (its text's length, its arrays' lengths) before it is parsed or scored, so that an
 * oversized programme fails with `TOO_LARGE` instead of allocating.
 */
import { describeValue } from '../internal/describeValue.js';
import { invalidInput, issue, localeOf, rethrowIn } from './issues.js';

/**
 * Size limits of one call on a programme. Every limit is an integer ≥ 0, or `Infinity` for none;
 * an absent one takes its default ({@link DEFAULT_LIMITS}). A programme over a limit is rejected
 * before it is parsed or scored, with an {@link InvalidInputError} of code `TOO_LARGE`.
 */
export interface ProgramLimits {
  /** Most mentors; default 100,000. */
  readonly maxMentors?: number;
  /** Most mentees; default 1,000,000. */
  readonly maxMentees?: number;
  /** Most topic requests in all (micro mode); default 1,000,000. */
  readonly maxRequests?: number;
  /**
   * Most scored pairs: the (demand row, mentor) pairs the hard rules allow, counted while the
   * programme is scored (a pair a rule forbids is never scored nor held); default 20,000,000 (the
   * matching holds about 15 to 35 bytes per allowed pair above 4 million of them, up to about 80
   * below: under 1 GB there). Over it, scoring stops
   * with `TOO_LARGE` as soon as the count passes the limit.
   */
  readonly maxPairs?: number;
  /** Most UTF-8 bytes of a programme given as JSON text; default 64 MiB. */
  readonly maxInputBytes?: number;
}

/**
 * The default {@link ProgramLimits}, which keep one call within about 1 GiB of memory.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS, matchProgram } from 'mentormatch';
 *
 * console.log(DEFAULT_LIMITS.maxPairs); // 20000000
 * // Twice the default number of pairs, and no limit on mentors:
 * const options = { limits: { maxPairs: 2 * DEFAULT_LIMITS.maxPairs, maxMentors: Number.POSITIVE_INFINITY } };
 * console.log(matchProgram({ mode: 'classic', topics: [], mentors: [], mentees: [] }, options).summary.matched); // 0
 * ```
 */
export const DEFAULT_LIMITS: Readonly<Required<ProgramLimits>> = Object.freeze({
  maxMentors: 100_000,
  maxMentees: 1_000_000,
  maxRequests: 1_000_000,
  maxPairs: 20_000_000,
  maxInputBytes: 64 * 1024 * 1024,
});

const NAMES = Object.keys(DEFAULT_LIMITS) as (keyof ProgramLimits)[];

/** The CLI flag that sets each limit. */
const FLAGS: Readonly<Record<keyof ProgramLimits, string>> = {
  maxMentors: '--max-mentors',
  maxMentees: '--max-mentees',
  maxRequests: '--max-requests',
  maxPairs: '--max-pairs',
  maxInputBytes: '--max-input-bytes',
};

/** `limits` checked and completed with the defaults; errors under `fn`'s name. */
export function readLimits(
  fn: string,
  limits: unknown,
  path: readonly string[] = ['options', 'limits'],
): Required<ProgramLimits> {
  if (limits === undefined) return DEFAULT_LIMITS;
  if (limits === null || typeof limits !== 'object' || Array.isArray(limits)) {
    throw invalidInput(fn, [issue(path, 'invalid_type', { expected: 'object', found: describeValue(limits) })]);
  }
  const resolved = { ...DEFAULT_LIMITS };
  for (const name of NAMES) {
    const value = (limits as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (
      typeof value !== 'number' ||
      !(value === Number.POSITIVE_INFINITY || (Number.isSafeInteger(value) && value >= 0))
    ) {
      throw invalidInput(fn, [
        issue([...path, name], 'invalid_type', {
          expected: ['integerFrom0', 'infinity'],
          found: describeValue(value),
        }),
      ]);
    }
    resolved[name] = value;
  }
  return resolved;
}

/** Throws `TOO_LARGE` under `fn`'s name when `found` is over `limits[name]`. */
export function checkLimit(
  fn: string,
  limits: Required<ProgramLimits>,
  name: keyof ProgramLimits,
  found: number,
  path: readonly (string | number)[] = [],
  more: { readonly rows?: number; readonly mentors?: number } = {},
): void {
  const max = limits[name];
  if (found <= max) return;
  throw invalidInput(
    fn,
    [issue(path, 'too_large', { limit: name, found, max, flag: FLAGS[name], ...more })],
    'TOO_LARGE',
  );
}

/**
 * The UTF-8 length of `text` when it is over `max` (counted only as far as needed), else a number
 * not above `max`.
 */
export function utf8Length(text: string, max: number): number {
  // Each UTF-16 code unit takes 1 to 3 bytes
  // (a surrogate pair, 2 units, takes 4): when every unit taking 3 bytes stays within `max`, the
  // code unit count stands in for the byte count.
  if (text.length > max || text.length * 3 <= max) return text.length;
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
    if (bytes > max) return bytes;
  }
  return bytes;
}

/** The length of `value` if it is an array, else 0 (the schema reports what it is). */
function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/**
 * Checks the sizes of a programme's raw input (JSON value or parsed programme) against `limits`,
 * before anything is parsed: mentors, mentees and requests (the pairs are counted while scoring,
 * {@link checkPairs}). Fields of the wrong shape count as empty (the schema rejects them).
 */
export function checkProgramSize(fn: string, input: unknown, limits: Required<ProgramLimits>): void {
  if (input === null || typeof input !== 'object') return;
  const { mode, mentors, mentees } = input as { mode?: unknown; mentors?: unknown; mentees?: unknown };
  const numMentors = lengthOf(mentors);
  const numMentees = lengthOf(mentees);
  checkLimit(fn, limits, 'maxMentors', numMentors, ['mentors']);
  checkLimit(fn, limits, 'maxMentees', numMentees, ['mentees']);
  let rows = numMentees;
  if (mode === 'micro') {
    rows = 0;
    for (let e = 0; e < numMentees; e++) {
      const mentee = (mentees as readonly unknown[])[e];
      if (mentee !== null && typeof mentee === 'object') rows += lengthOf((mentee as { requests?: unknown }).requests);
    }
    checkLimit(fn, limits, 'maxRequests', rows, ['mentees']);
  }
}

/**
 * Throws `TOO_LARGE` under `fn`'s name when `found`, the allowed pairs counted so far while
 * scoring `rows` demand rows × `mentors` mentors, is over `maxPairs` (the message says "at least":
 * the count stopped there).
 */
export function checkPairs(fn: string, maxPairs: number, found: number, rows: number, mentors: number): void {
  if (found <= maxPairs) return;
  checkLimit(fn, { ...NO_LIMITS, maxPairs }, 'maxPairs', found, [], { rows, mentors });
}

/** The limits of an entry point's `options` (its `limits` field), defaults where absent. */
export function optionLimits(fn: string, options: unknown): Required<ProgramLimits> {
  if (options === null || typeof options !== 'object') return DEFAULT_LIMITS;
  try {
    return readLimits(fn, (options as { limits?: unknown }).limits);
  } catch (error) {
    return rethrowIn(fn, error, localeOf(options));
  }
}

/** No limit at all: for programmes built inside a call that has checked its own limits. */
export const NO_LIMITS: Readonly<Required<ProgramLimits>> = Object.freeze({
  maxMentors: Number.POSITIVE_INFINITY,
  maxMentees: Number.POSITIVE_INFINITY,
  maxRequests: Number.POSITIVE_INFINITY,
  maxPairs: Number.POSITIVE_INFINITY,
  maxInputBytes: Number.POSITIVE_INFINITY,
});
