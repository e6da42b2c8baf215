/**
 * `mentormatch/solvers`: the numeric solvers alone, with zero runtime dependencies.
 *
 * @module
 */
export {
  InfeasibleError,
  type InputIssue,
  InvalidInputError,
  type IssueCode,
  type IssueParamValue,
  MentormatchError,
  type MentormatchErrorCode,
} from './errors.js';
export {
  type AsyncOptions,
  capacitatedAssignmentAsync,
  linearSumAssignmentAsync,
} from './solve/asyncSolvers.js';
export { type BlockingPairs, blockingPairs } from './solve/blockingPairs.js';
export {
  type CapacitatedAssignment,
  type CapacitatedAssignmentOptions,
  capacitatedAssignment,
} from './solve/capacitatedAssignment.js';
export type { CsrMatrix } from './solve/csrMatrix.js';
export {
  type DenseMatrix,
  denseMatrix,
  denseMatrixFrom,
  getEntry,
  isDenseMatrix,
  type MatrixInput,
  type MatrixLike,
  setEntry,
} from './solve/denseMatrix.js';
export { type Assignment, type LinearSumAssignmentOptions, linearSumAssignment } from './solve/linearSumAssignment.js';
export {
  type StableMatching,
  type StableMatchingOptions,
  type StablePreferences,
  stableMatching,
} from './solve/stableMatching.js';
