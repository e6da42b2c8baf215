/**
 * The errors mentormatch throws on purpose. Every one extends {@link MentormatchError}, carries a
 * machine-readable `code`, and has a message that starts with the name of the function that threw
 * it and shows the offending value.
 *
 * @module
 */

/** One problem found in an input: where it is and what is wrong with it. */
export interface InputIssue {
  /** Path from the input's root to the bad value, e.g. `[2, 0]` for entry `[2][0]` of a matrix. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in words, showing the bad value. */
  readonly message: string;
}

/**
 * Machine-readable error codes: `INVALID_INPUT` (a malformed input or option), `TOO_LARGE` (an
 * input over one of the call's size limits), `INFEASIBLE` (no solution meets the hard
 * requirements), `TIME_LIMIT` (the call's `timeLimitMs` ran out) and `ABORTED` (the call's
 * `signal` was aborted).
 */
export type MentormatchErrorCode = 'INVALID_INPUT' | 'TOO_LARGE' | 'INFEASIBLE' | 'TIME_LIMIT' | 'ABORTED';

/**
 * Base class of every error mentormatch throws on purpose.
 *
 * @example
 * ```ts
 * import { linearSumAssignment, MentormatchError } from 'mentormatch';
 * try {
 *   linearSumAssignment([[Number.NaN]]);
 * } catch (error) {
 *   if (error instanceof MentormatchError) console.log(error.code); // INVALID_INPUT
 * }
 * ```
 */
export class MentormatchError extends Error {
  /** Machine-readable code, see {@link MentormatchErrorCode}. */
  readonly code: MentormatchErrorCode;

  /**
   * @param code - machine-readable code.
   * @param message - human-readable message, starting with the throwing function's name.
   * @param options - `cause`: what led to the error (an aborted signal's reason).
   */
  constructor(code: MentormatchErrorCode, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = 'MentormatchError';
    this.code = code;
  }
}

/**
 * The input is malformed: wrong type, wrong shape, `NaN`, a value out of range (code
 * `INVALID_INPUT`), or larger than one of the call's size limits (code `TOO_LARGE`, checked before
 * any large allocation; the issue names the limit, the size found and how to raise it). `issues`
 * lists every problem found (up to a limit per call), each with its path.
 *
 * @example
 * ```ts
 * import { linearSumAssignment, InvalidInputError } from 'mentormatch';
 * try {
 *   linearSumAssignment([[1, 2], [3, Number.NaN]]);
 * } catch (error) {
 *   if (error instanceof InvalidInputError) console.log(error.issues[0]?.path); // [1, 1]
 * }
 * ```
 */
export class InvalidInputError extends MentormatchError {
  /** Every problem found, each with the path to the bad value. */
  readonly issues: readonly InputIssue[];

  /**
   * @param fn - name of the public function that rejected the input.
   * @param issues - the problems found (at least one).
   * @param code - `INVALID_INPUT` (the default) or `TOO_LARGE`.
   */
  constructor(fn: string, issues: readonly InputIssue[], code: 'INVALID_INPUT' | 'TOO_LARGE' = 'INVALID_INPUT') {
    const shown = issues.slice(0, 3).map((issue) => issue.message);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    super(code, `${fn}: ${shown.join('; ')}${more}`);
    this.name = 'InvalidInputError';
    this.issues = Object.freeze(
      issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })),
    );
  }
}

/**
 * The input is well formed but no solution satisfies its hard requirements (for example, a row
 * whose every entry is forbidden, when every row must be assigned).
 *
 * @example
 * ```ts
 * import { linearSumAssignment, InfeasibleError } from 'mentormatch';
 * try {
 *   linearSumAssignment([[1, Infinity], [2, Infinity]]);
 * } catch (error) {
 *   if (error instanceof InfeasibleError) console.log(error.code); // INFEASIBLE
 * }
 * ```
 */
export class InfeasibleError extends MentormatchError {
  /**
   * @param fn - name of the public function that found no solution.
   * @param reason - why, in words.
   */
  constructor(fn: string, reason: string) {
    super('INFEASIBLE', `${fn}: ${reason}`);
    this.name = 'InfeasibleError';
  }
}
