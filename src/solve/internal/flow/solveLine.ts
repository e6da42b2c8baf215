/**
 * The capacitated assignment of one column (`n × 1`) or one row (`1 × m`), solved directly instead
 * of by successive shortest paths, whose searches each rescan the whole line (O(n²) for a column
 * taking n/2 of n rows).
 *
 * One column of capacity `c` takes its `c` cheapest allowed rows, at most one per group (the
 * cheapest of each); one row of demand `d` takes its `d` cheapest allowed columns with room
 * (capacities are at most 1 there). With `unassignedCost`, only entries no dearer than it are
 * taken (a tie is assigned, as the flow kernel prefers a real column at equal distance); with
 * `partial`, as many as possible; otherwise every unit must be placed, and the first row that
 * cannot be is reported, as the flow kernel reports it (rows are placed in order, so that is the
 * first demanding row whose entry is forbidden or whose group already holds the column).
 * Ties between equal entries go to the lower index. O(L log L) for a line of L entries.
 */
import type { FlowProblem } from './network.js';

/** A problem of one row or one column, its costs as one dense line (`n × 1` and `1 × n` alike). */
export type LineProblem = Omit<FlowProblem, 'cost' | 'sparse'> & { readonly cost: Float64Array };

/** What {@link solveLine} returns. */
export interface LineSolution {
  /** The indices along the line that are assigned (rows for a column, columns for a row), ascending. */
  readonly picked: Int32Array;
  /** False when a unit could not be placed (and neither `partial` nor `unassignedCost` was given). */
  readonly feasible: boolean;
  /** When not feasible: the first row whose demand could not be met, else -1. */
  readonly failedRow: number;
}

/**
 * Solves a problem with one column or one row (`problem.m === 1` or `problem.n === 1`; costs
 * minimised, forbidden = `+Infinity`). The caller has already rejected, unless `partial` or
 * `unassignedCost`, a demand above the columns or above the total capacity.
 *
 * @param unassignedCost - in minimised form (negated when maximising), or undefined.
 */
export function solveLine(problem: LineProblem, partial: boolean, unassignedCost: number | undefined): LineSolution {
  const { n, m, cost, capacity, demand, groupOf } = problem;
  const column = m === 1;
  const length = column ? n : m;
  // How many the line takes at most, and whether each entry may be taken at all.
  const most = column ? (capacity[0] as number) : (demand[0] as number);
  const open = (k: number): boolean => (column ? (demand[k] as number) > 0 : (capacity[k] as number) > 0);
  const strict = !partial && unassignedCost === undefined;
  if (strict) return required(problem, column, open);
  const limit = unassignedCost ?? Number.POSITIVE_INFINITY;
  // Candidates: allowed, open, within the limit, and the best of their group (lowest index on ties).
  const best = column && groupOf !== null ? new Int32Array(n).fill(-1) : null;
  const candidates = new Int32Array(length);
  let count = 0;
  for (let k = 0; k < length; k++) {
    const c = cost[k] as number;
    if (!open(k) || !(c < Number.POSITIVE_INFINITY) || !(c <= limit)) continue;
    if (best === null) {
      candidates[count++] = k;
      continue;
    }
    const g = (groupOf as Int32Array)[k] as number;
    const b = best[g] as number;
    if (b < 0 || c < (cost[b] as number)) best[g] = k;
  }
  if (best !== null)
    for (let k = 0; k < length; k++) if (best[(groupOf as Int32Array)[k] as number] === k) candidates[count++] = k;
  let picked = candidates.subarray(0, count);
  if (count > most) {
    picked.sort((a, b) => (cost[a] as number) - (cost[b] as number) || a - b);
    picked = picked.subarray(0, most).sort();
  }
  return { picked: picked.slice(), feasible: true, failedRow: -1 };
}

/** Every unit must be placed: the whole open part of the line, or the first row that fails. */
function required(problem: LineProblem, column: boolean, open: (k: number) => boolean): LineSolution {
  const { n, m, cost, demand, groupOf } = problem;
  const none = new Int32Array(0);
  if (!column) {
    // One row of demand d takes its d cheapest allowed columns with room, if it has that many.
    const d = demand[0] as number;
    const candidates = new Int32Array(m);
    let count = 0;
    for (let j = 0; j < m; j++) if (open(j) && (cost[j] as number) < Number.POSITIVE_INFINITY) candidates[count++] = j;
    if (count < d) return { picked: none, feasible: false, failedRow: 0 };
    const picked = candidates.subarray(0, count).sort((a, b) => (cost[a] as number) - (cost[b] as number) || a - b);
    return { picked: picked.slice(0, d).sort(), feasible: true, failedRow: -1 };
  }
  // One column, whose capacity covers every demand: every demanding row, unless one is forbidden
  // or shares its group with an earlier one.
  const held = groupOf === null ? null : new Uint8Array(n);
  const picked = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!open(i)) continue;
    const g = groupOf === null ? -1 : (groupOf[i] as number);
    if (!((cost[i] as number) < Number.POSITIVE_INFINITY) || (held !== null && held[g] !== 0)) {
      return { picked: none, feasible: false, failedRow: i };
    }
    if (held !== null) held[g] = 1;
    picked[count++] = i;
  }
  return { picked: picked.slice(0, count), feasible: true, failedRow: -1 };
}
