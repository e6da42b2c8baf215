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
