/**
 * The capacitated assignment kernel: successive shortest paths, one unit at a time, row by row
 * (see `augment.ts`). Each augmentation keeps every reduced cost of the residual graph ≥ 0, so the
 * flow is optimal for its value at every step; a column stays a sink while it has room, so columns
 * are never replicated.
 *
 * `partial`, exactly: a first pass skips the units that cannot be placed; the closure argument of
 * `augment.ts` shows the units it places are as many as possible, but not which rows get them at
 * the least cost (a row served early may hold a column a later row needed more cheaply). So when
 * some units were skipped, the problem is solved again with an extra column taking exactly that
 * many units, at one same cost for every row: every unit is then placed, the extra column's units
 * add the same constant to every solution, and the rest is the optimum among all flows of the
 * largest value.
 */

import { checkTime, drain, SLICE, type Steps, sliceDue } from '../clock.js';
import { largestAllowed } from '../largestAllowed.js';
import { augmentFrom } from './augment.js';
import { createNetwork, type FlowNetwork, type FlowProblem } from './network.js';
import type { RowIndex } from './rowIndex.js';
import { createScratch } from './searchShared.js';
import { sparseAugmentFrom, sparseIndex } from './sparseAugment.js';

/** Which search the kernel uses: chosen by the share of allowed entries, or forced (for tests). */
export type FlowSearch = 'auto' | 'dense' | 'sparse';

/** What the kernel returns. */
export interface FlowSolution {
  /** The final network (slots hold the pairs; the extra column's slots are the units not placed). */
  readonly net: FlowNetwork;
  /** Units placed on real columns. */
  readonly placed: number;
  /** False when a unit could not be placed and `partial` was off (nothing else is valid then). */
  readonly feasible: boolean;
  /** When not feasible: the first row whose demand could not be met. */
  readonly failedRow: number;
}

/**
 * Solves the kernel problem; see the file comment. With `unassignedCost`, any unit may instead go
 * to an extra column of unlimited room at that cost: every unit is then placed, and the units on
 * the extra column are the ones it is cheapest to leave unassigned.
 */
export function solveFlow(
  problem: FlowProblem,
  partial: boolean,
  unassignedCost?: number,
  search: FlowSearch = 'auto',
): FlowSolution {
  return drain(solveFlowSteps(problem, partial, unassignedCost, search));
}

/** {@link solveFlow} in steps: it yields when an async caller's time slice is over. */
export function* solveFlowSteps(
  problem: FlowProblem,
  partial: boolean,
  unassignedCost?: number,
  search: FlowSearch = 'auto',
): Steps<FlowSolution> {
  const { cost } = problem;
  // A problem given by its allowed entries alone is searched sparsely whatever `search` says.
  const index =
    cost === null
      ? (problem.sparse as RowIndex)
      : search === 'dense'
        ? null
        : sparseIndex(problem.n, problem.m, cost, search === 'sparse');
  if (unassignedCost !== undefined) {
    let units = 0;
    for (let i = 0; i < problem.n; i++) units += problem.demand[i] as number;
    const { net } = yield* placeAll(createNetwork(problem, units, unassignedCost), true, index);
    return { net, placed: countPlaced(net), feasible: true, failedRow: -1 };
  }
  const first = yield* placeAll(createNetwork(problem, 0, 0), !partial, index);
  if (first.skipped === 0 || !partial) {
    const { net, skipped, failedRow } = first;
    return { net, placed: countPlaced(net), feasible: skipped === 0, failedRow };
  }
  const largest = cost === null ? largestAllowed((problem.sparse as RowIndex).cost) : largestAllowed(cost);
  const extended = yield* placeAll(createNetwork(problem, first.skipped, largest), true, index);
  if (extended.skipped !== 0) throw new Error('capacitatedAssignment: internal error, the extra column left units out');
  return { net: extended.net, placed: countPlaced(extended.net), feasible: true, failedRow: -1 };
}

/** Places every unit it can, row by row; stops at the first failure when `stopOnFailure`. */
function* placeAll(
  net: FlowNetwork,
  stopOnFailure: boolean,
  index: RowIndex | null,
): Steps<{ net: FlowNetwork; skipped: number; failedRow: number }> {
  const { n, rowStart, rowLoad } = net;
  const scratch = createScratch(n, net.m);
  let skipped = 0;
  let failedRow = -1;
  for (let i = 0; i < n; i++) {
    const demand = (rowStart[i + 1] as number) - (rowStart[i] as number);
    while ((rowLoad[i] as number) < demand) {
      checkTime();
      if (sliceDue()) yield SLICE;
      if (!(index === null ? augmentFrom(net, scratch, i) : sparseAugmentFrom(net, scratch, index, i))) {
        // No later search can place this row's remaining units either.
        skipped += demand - (rowLoad[i] as number);
        if (failedRow < 0) failedRow = i;
        if (stopOnFailure) return { net, skipped, failedRow };
        break;
      }
    }
  }
  return { net, skipped, failedRow };
}

/** Units on real columns. */
function countPlaced(net: FlowNetwork): number {
  let placed = 0;
  for (let j = 0; j < net.m; j++) placed += net.colLoad[j] as number;
  return placed;
}
