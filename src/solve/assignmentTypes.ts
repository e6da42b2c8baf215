/**
 * The option and result types of {@link linearSumAssignment}, in a module of their own so that the
 * kernel in `internal/` can use them without importing the public entry that imports it.
 */

/** Options of {@link linearSumAssignment}. */
export interface LinearSumAssignmentOptions {
  /** Maximise the total instead of minimising it; default `false`. */
  readonly maximize?: boolean;
  /**
   * When not every row (or column, if fewer) can be assigned over allowed pairs, assign as many
   * pairs as possible, with the optimal total among those, instead of throwing; default `false`.
   */
  readonly partial?: boolean;
  /**
   * Most matrix entries (rows × columns; for a {@link CsrMatrix}, its stored entries) accepted,
   * checked before anything is copied (over it: an `InvalidInputError` of code `TOO_LARGE`); an
   * integer ≥ 0 or `Infinity`; default 2^26 (67,108,864, an 8192 × 8192 matrix: a 512 MiB copy).
   */
  readonly maxEntries?: number;
  /**
   * The most milliseconds the solve may take (a number ≥ 0; default: no limit), checked against
   * the clock between augmenting paths: when it runs out, a `MentormatchError` of code
   * `TIME_LIMIT` is thrown.
   */
  readonly timeLimitMs?: number;
}

/** The result of {@link linearSumAssignment}. */
export interface Assignment {
  /** Column assigned to each row, `-1` when the row is unassigned. */
  readonly rowToCol: Int32Array;
  /** Row assigned to each column, `-1` when the column is unassigned. */
  readonly colToRow: Int32Array;
  /**
   * Sum of the assigned entries (`0` when nothing is assigned); `Infinity` (`-Infinity`) when every
   * entry is finite but the optimal sum exceeds `Number.MAX_VALUE` in magnitude. Never `NaN`.
   */
  readonly total: number;
  /** Number of assigned pairs. */
  readonly size: number;
}
