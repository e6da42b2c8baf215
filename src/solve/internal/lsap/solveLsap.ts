/**
 * The linear assignment kernel: Jonker–Volgenant initialisation, then one shortest augmenting
 * path per free row; on failure, either "infeasible" or (partial) the exact multi-source method.
 * Input: a validated `n × m` cost matrix with `n ≤ m`, minimised, forbidden = `+Infinity`.
 */
import { augmentingRowReduction } from './augmentingRowReduction.js';
import { maximumAssignment } from './maximumAssignment.js';
import { reduceColumns } from './reduceColumns.js';
import { seedFromRow, shortestAugmentingPath } from './shortestAugmentingPath.js';
import { createWorkspace } from './workspace.js';

/** What the kernel returns, in kernel orientation. */
export interface LsapSolution {
  /** Column of each row, `-1` = unassigned. */
  readonly x: Int32Array;
  /** Row of each column, `-1` = unassigned. */
  readonly y: Int32Array;
  /** Row duals: `cost[i][x[i]] - v[x[i]]` for matched rows, 0 for the others. */
  readonly u: Float64Array;
  /** Column duals. */
  readonly v: Float64Array;
  /** Number of pairs. */
  readonly size: number;
  /** False when not every row could be matched and `partial` was off (nothing else is valid then). */
  readonly feasible: boolean;
}

/**
 * Solves the kernel problem.
 *
 * @param n - rows, `n ≤ m`.
 * @param m - columns.
 * @param cost - `n × m` row-major costs; read only.
 * @param partial - on a row that cannot be matched, solve for the most pairs instead of failing.
 */
export function solveLsap(n: number, m: number, cost: Float64Array, partial: boolean): LsapSolution {
  const ws = createWorkspace(n, m, cost);
  let feasible = completeAssignment(ws);
  let size = n;
  if (!feasible && partial) {
    size = maximumAssignment(ws);
    feasible = true;
  }
  const u = new Float64Array(n);
  if (feasible) {
    for (let i = 0; i < n; i++) {
      const j = ws.x[i] as number;
      if (j >= 0) u[i] = (cost[i * m + j] as number) - (ws.v[j] as number);
    }
  }
  return { x: ws.x, y: ws.y, u, v: ws.v, size: feasible ? size : 0, feasible };
}

function completeAssignment(ws: ReturnType<typeof createWorkspace>): boolean {
  const { n, m, free } = ws;
  if (n === 0) return true;
  let numFree: number;
  if (n === m) {
    numFree = reduceColumns(ws);
    if (numFree < 0) return false;
  } else {
    for (let i = 0; i < n; i++) free[i] = i;
    numFree = n;
  }
  numFree = augmentingRowReduction(ws, numFree);
  if (numFree < 0) return false;
  // The augmentation phase overwrites `free` only through `list`/`d`/`pred`, so the list is stable.
  for (let k = 0; k < numFree; k++) {
    seedFromRow(ws, free[k] as number);
    if (shortestAugmentingPath(ws) < 0) return false;
  }
  return true;
}
