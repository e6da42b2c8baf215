/**
 * The errors mentormatch throws on purpose. Every one extends {@link MentormatchError}, carries a
 * machine-readable `code`, and has a message that starts with the name of the function that threw
 * it and shows the offending value.
 *
 * @module
 */

/** A value an issue's `params` hold: text, a number, a yes/no, or a list of texts. */
export type IssueParamValue = string | number | boolean | readonly string[];

/**
 * One problem found in an input: where it is, what is wrong with it as data (`code` and `params`),
 * and in words (`message`, rendered from the code and params; English unless the call was given a
 * `locale`). docs/messages.md lists every code with its params.
 */
export interface InputIssue {
  /** Path from the input's root to the bad value, e.g. `[2, 0]` for entry `[2][0]` of a matrix. */
  readonly path: readonly (string | number)[];
  /**
   * What is wrong, stable across releases and locales: a shape problem in the spirit of zod's issue
   * codes (`required`, `invalid_type`, `too_small`, `too_big`, `not_multiple_of`, `invalid_value`,
   * `invalid_format`, `unrecognized_keys`), or one of mentormatch's own checks (`unknown_reference`,
   * `duplicate_id`, `too_large`, …), or one of the solvers' (`bad_entry`, `invalid_index`, …);
   * see {@link IssueCode}. Set on every issue mentormatch reports, the solvers' included. Optional
   * so that an application may build issues of its own.
   */
  readonly code?: IssueCode;
  /**
   * The data the message is made of (the type expected, the minimum, the value found as
   * `describeValue` shows it, the id referred to, …); per code in docs/messages.md. Set with `code`.
   */
  readonly params?: { readonly [name: string]: IssueParamValue };
  /** What is wrong, in words, showing the bad value. */
  readonly message: string;
}

/**
 * The codes of {@link InputIssue}, documented with their params in docs/messages.md ("Validation
 * issues").
 */
export type IssueCode =
  // Shapes (zod's codes, `required` apart from `invalid_type`).
  | 'required'
  | 'invalid_type'
  | 'too_small'
  | 'too_big'
  | 'not_multiple_of'
  | 'invalid_value'
  | 'invalid_format'
  | 'unrecognized_keys'
  | 'invalid'
  // The programme's own checks.
  | 'not_json'
  | 'too_large'
  | 'invalid_time_zone'
  | 'time_zone_offset'
  | 'reserved_attribute'
  | 'duplicate_id'
  | 'duplicate_entry'
  | 'unknown_reference'
  | 'self_reference'
  | 'taxonomy_cycle'
  | 'wrong_mode'
  | 'min_above_max'
  | 'empty_rule'
  | 'topic_required'
  | 'unknown_request'
  | 'locked_twice'
  | 'locked_and_forbidden'
  | 'locked_but_excluded'
  | 'no_positive_weight'
  | 'no_weight_applies'
  | 'history_self_pair'
  | 'meetings_mismatch'
  | 'cycle_required'
  | 'cycle_start_mismatch'
  | 'quota_invalid'
  // Arguments of the domain functions.
  | 'not_in_programme'
  | 'unknown_change'
  | 'locked_pair_conflict'
  | 'matched_twice'
  | 'out_of_range'
  | 'mode_mismatch'
  | 'quota_unsupported'
  | 'quota_infeasible'
  // The solvers' inputs (matrices, preference lists and their options).
  | 'invalid_list'
  | 'wrong_length'
  | 'invalid_index'
  | 'invalid_indptr'
  | 'bad_entry'
  | 'invalid_row'
  | 'invalid_matrix'
  | 'too_many_entries'
  | 'proposer_optimal_only'
  | 'over_capacity';

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
