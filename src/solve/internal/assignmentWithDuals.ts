/** The result of the assignment kernels with their LP duals, shared by the dense and sparse paths. */
import type { Assignment } from '../assignmentTypes.js';

/** An assignment with its duals: `rowDuals[i] + colDuals[j] ≤ c[i][j]` (≥ when maximising). */
export interface AssignmentWithDuals {
  readonly assignment: Assignment;
  /** One per input row. */
  readonly rowDuals: Float64Array;
  /** One per input column. */
  readonly colDuals: Float64Array;
  /** Whether the assignment is a complete one (the duals certify it only then). */
  readonly complete: boolean;
}
