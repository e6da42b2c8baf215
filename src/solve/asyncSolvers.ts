/** The async forms of the solvers: the same results, with turns for the event loop and a signal. */
import {
  type CapacitatedAssignment,
  type CapacitatedAssignmentOptions,
  capacitatedSteps,
} from './capacitatedAssignment.js';
import type { CsrMatrix } from './csrMatrix.js';
import type { MatrixInput } from './denseMatrix.js';
import { assignSteps } from './internal/assignWithDuals.js';
import { runStepsAsync, startAsyncClock, timeLimitOf } from './internal/clock.js';
import type { Assignment, LinearSumAssignmentOptions } from './linearSumAssignment.js';

/** What the async forms add to a solver's options. */
export interface AsyncOptions {
  /**
   * Aborts the call: the promise rejects with a `MentormatchError` of code `ABORTED` whose `cause`
   * is the signal's reason, at the next turn the call gives the event loop.
   */
  readonly signal?: AbortSignal;
}

/**
 * {@link linearSumAssignment}, asynchronous: the same result, but it gives the event loop a turn
 * after reading the matrix and about every 10 ms of the solve (between augmenting paths), so that
 * an abort of `options.signal` takes effect.
 *
 * @param costs - as for `linearSumAssignment`.
 * @param options - those of `linearSumAssignment`, and `signal`.
 * @returns the assignment `linearSumAssignment` returns.
 * @throws (rejects with) what `linearSumAssignment` throws, and `MentormatchError` `ABORTED`.
 *
 * @example
 * ```ts
 * import { linearSumAssignmentAsync } from 'mentormatch';
 *
 * // The same assignment as linearSumAssignment's: rowToCol [1, 0], total 3.
 * linearSumAssignmentAsync([[4, 1], [2, 0]], { signal: AbortSignal.timeout(10_000) }).then(({ total }) => total);
 * ```
 */
export async function linearSumAssignmentAsync(
  costs: MatrixInput,
  options?: LinearSumAssignmentOptions & AsyncOptions,
): Promise<Assignment> {
  const fn = 'linearSumAssignmentAsync';
  const clock = startAsyncClock(fn, timeLimitOf(options), options?.signal);
  return (await runStepsAsync(assignSteps(fn, costs, options), clock)).assignment;
}

/**
 * {@link capacitatedAssignment}, asynchronous: the same result, but it gives the event loop a
 * turn after reading the matrix, so that an abort of `options.signal` takes effect there
 * (`timeLimitMs` is checked within the solve too).
 *
 * @param costs - as for `capacitatedAssignment`.
 * @param options - those of `capacitatedAssignment`, and `signal`.
 * @returns the assignment `capacitatedAssignment` returns.
 * @throws (rejects with) what `capacitatedAssignment` throws, and `MentormatchError` `ABORTED`.
 *
 * @example
 * ```ts
 * import { capacitatedAssignmentAsync } from 'mentormatch';
 *
 * // The same pairs as capacitatedAssignment's: rows [0, 1, 2], cols [0, 1, 0], total 5.
 * capacitatedAssignmentAsync([[1, 4], [2, 3], [1, 9]], { capacities: [2, 1] }).then(({ total }) => total);
 * ```
 */
export async function capacitatedAssignmentAsync(
  costs: MatrixInput | CsrMatrix,
  options: CapacitatedAssignmentOptions & AsyncOptions,
): Promise<CapacitatedAssignment> {
  const clock = startAsyncClock('capacitatedAssignmentAsync', timeLimitOf(options), options?.signal);
  return runStepsAsync(capacitatedSteps(costs, options), clock);
}
