/**
 * `linearSumAssignment` on a {@link CsrMatrix}: the same contract as the dense path
 * (`assignWithDuals.ts`) — orientation, sense, `partial`, entries up to `Number.MAX_VALUE`,
 * errors and duals — on the sparse kernel (`lsap/csrKernel.ts`), in O(entries + rows + cols)
 * memory: the dense `rows × cols` matrix is never built.
 *
 * `partial`: as in `solveLsap.ts`, a first pass that skips rows without an augmenting path finds
 * the largest number of pairs K, then the problem is solved again with extra columns of one same
 * cost (the largest allowed entry) so that exactly K rows get real columns, with the least total.
 * Sparse refinements, both exact: rows without any allowed entry are left out (they are unmatched
 * in every assignment), and the extra columns are offered only to the rows that some maximum
 * matching leaves unmatched, which are those reached from a free row by alternating paths of the
 * first pass's matching (Dulmage–Mendelsohn); every other row is matched in every maximum matching.
 *
 * Entries above `magnitudeLimit` are handled as in `lsap/solveHuge.ts`: first solved as forbidden
 * and kept when the duals price them, else everything scaled by a power of two.
 */
import { InfeasibleError } from '../../errors.js';
import type { CsrMatrix } from '../csrMatrix.js';
import type { AssignmentWithDuals } from './assignmentWithDuals.js';
import { solveCsrKernel } from './lsap/csrKernel.js';
import { magnitudeLimit } from './readCostMatrix.js';
import { type CsrCosts, type CsrKernelMatrix, readCsrMatrix } from './readCsrMatrix.js';

/** A solution in kernel orientation, with explicit row duals. */
interface Solved {
  readonly x: Int32Array;
  /** Entry of each assigned row's pair, in the layout of the costs given to `solve`. */
  readonly xk: Int32Array;
  readonly y: Int32Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
  readonly size: number;
  readonly feasible: boolean;
}

/** Solves `input` like `linearSumAssignment` and returns the duals too. */
export function assignCsrWithDuals(
  fn: string,
  input: CsrMatrix,
  maximize: boolean,
  partial: boolean,
): AssignmentWithDuals {
  const km = readCsrMatrix(fn, input, maximize);
  const { n, transposed, rows, cols } = km;
  const solution = km.huge ? solveHuge(km, partial) : solve(km, partial);
  if (!solution.feasible) {
    throw new InfeasibleError(
      fn,
      `no assignment of ${n} pairs avoids every forbidden entry of this ${rows}×${cols} matrix (pass partial: true for as many pairs as possible)`,
    );
  }
  const rowToCol = transposed ? solution.y : solution.x;
  const colToRow = transposed ? solution.x : solution.y;
  const total = assignedTotal(km, solution, rowToCol);
  const rowDuals = transposed ? solution.v : solution.u;
  const colDuals = transposed ? solution.u : solution.v;
  if (maximize) {
    for (let k = 0; k < rowDuals.length; k++) rowDuals[k] = -(rowDuals[k] as number);
    for (let k = 0; k < colDuals.length; k++) colDuals[k] = -(colDuals[k] as number);
  }
  return {
    assignment: { rowToCol, colToRow, total: (maximize ? -total : total) + 0, size: solution.size },
    rowDuals,
    colDuals,
    complete: solution.size === n,
  };
}

/**
 * Sum of the assigned kernel entries in the input's row order (as the dense path sums), with the
 * same overflow fallback (terms scaled by 2^-32).
 */
function assignedTotal(km: CsrKernelMatrix, { x, xk }: Solved, rowToCol: Int32Array): number {
  const pair = new Float64Array(km.n);
  for (let i = 0; i < km.n; i++) if ((x[i] as number) >= 0) pair[i] = km.cost[xk[i] as number] as number;
  // Input row r's kernel row: r itself, or (transposed) the column it is assigned to.
  let total = 0;
  for (let r = 0; r < rowToCol.length; r++) {
    const c = rowToCol[r] as number;
    if (c >= 0) total += pair[km.transposed ? c : r] as number;
  }
  if (Number.isFinite(total)) return total;
  let scaled = 0;
  for (let r = 0; r < rowToCol.length; r++) {
    const c = rowToCol[r] as number;
    if (c >= 0) scaled += (pair[km.transposed ? c : r] as number) * 2 ** -32;
  }
  return scaled * 2 ** 32;
}

/** Row duals `c[i][x[i]] − v[x[i]]` of the matched rows (0 for the others). */
function rowDualsOf(costs: CsrCosts, x: Int32Array, xk: Int32Array, v: Float64Array, m: number): Float64Array {
  const u = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const j = x[i] as number;
    if (j >= 0 && j < m) u[i] = (costs.cost[xk[i] as number] as number) - (v[j] as number);
  }
  return u;
}

/** Solves kernel costs (`+Infinity` entries are never used), with `partial` as described above. */
function solve(costs: CsrCosts, partial: boolean): Solved {
  const { n, m, start, col, cost } = costs;
  const first = solveCsrKernel(costs, partial);
  const { unmatched } = first;
  if (unmatched === 0 || !partial) {
    return {
      x: first.x,
      xk: first.xk,
      y: first.y,
      u: rowDualsOf(costs, first.x, first.xk, first.v, m),
      v: first.v,
      size: n - unmatched,
      feasible: unmatched === 0,
    };
  }
  // Rows that some maximum matching leaves unmatched: alternating search from the free rows.
  const reached = new Uint8Array(n);
  const queue = new Int32Array(n);
  const colSeen = new Uint8Array(m);
  let head = 0;
  let tail = 0;
  let empty = 0;
  for (let i = 0; i < n; i++) {
    if ((first.x[i] as number) >= 0) continue;
    if (start[i + 1] === start[i]) {
      empty++;
    } else {
      reached[i] = 1;
      queue[tail++] = i;
    }
  }
  const extra = unmatched - empty;
  if (extra === 0) {
    // Only rows without entries are left over; every other row is matched, optimally when solved
    // as a rectangular problem (a square first pass may leave a free column with a nonzero dual).
    const rect = n < m ? first : solveCsrKernel(costs, true, true);
    return {
      x: rect.x,
      xk: rect.xk,
      y: rect.y,
      u: rowDualsOf(costs, rect.x, rect.xk, rect.v, m),
      v: rect.v,
      size: n - unmatched,
      feasible: true,
    };
  }
  while (head < tail) {
    const i = queue[head++] as number;
    const end = start[i + 1] as number;
    for (let k = start[i] as number; k < end; k++) {
      const j = col[k] as number;
      if (colSeen[j] !== 0 || (cost[k] as number) === Number.POSITIVE_INFINITY) continue;
      colSeen[j] = 1;
      const r = first.y[j] as number;
      if (r >= 0 && reached[r] === 0) {
        reached[r] = 1;
        queue[tail++] = r;
      }
    }
  }
  // The widened problem: `extra` more columns, each of the largest allowed cost, for reached rows.
  let largest = 0;
  const total = start[n] as number;
  for (let k = 0; k < total; k++) {
    const c = cost[k] as number;
    if (c > largest && c < Number.POSITIVE_INFINITY) largest = c;
  }
  const wideStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const degree = (start[i + 1] as number) - (start[i] as number);
    wideStart[i + 1] = (wideStart[i] as number) + degree + (reached[i] === 1 ? extra : 0);
  }
  const wideCol = new Int32Array(wideStart[n] as number);
  const wideCost = new Float64Array(wideStart[n] as number);
  for (let i = 0; i < n; i++) {
    let at = wideStart[i] as number;
    const end = start[i + 1] as number;
    for (let k = start[i] as number; k < end; k++) {
      wideCol[at] = col[k] as number;
      wideCost[at] = cost[k] as number;
      at++;
    }
    if (reached[i] === 1) {
      for (let e = 0; e < extra; e++) {
        wideCol[at] = m + e;
        wideCost[at] = largest;
        at++;
      }
    }
  }
  const wideCosts: CsrCosts = { n, m: m + extra, start: wideStart, col: wideCol, cost: wideCost };
  // Rows without entries fail their search (and mark nothing); every other row is matched.
  const second = solveCsrKernel(wideCosts, true);
  // Real pairs, their entries back in the layout of `costs` (each row's entries lead its wide row).
  const x = new Int32Array(n);
  const xk = second.xk;
  for (let i = 0; i < n; i++) {
    const j = second.x[i] as number;
    x[i] = j < m ? j : -1;
    xk[i] = (xk[i] as number) - (wideStart[i] as number) + (start[i] as number);
  }
  const v = second.v.slice(0, m);
  return {
    x,
    xk,
    y: second.y.slice(0, m),
    u: rowDualsOf(costs, x, xk, v, m),
    v,
    size: n - unmatched,
    feasible: true,
  };
}

/** Entries above the magnitude limit: big-M phase, then exact power-of-two scaling (see above). */
function solveHuge(costs: CsrCosts, partial: boolean): Solved {
  const { n, m, start, col } = costs;
  const limit = magnitudeLimit(n + m);
  const work = { n, m, start, col, cost: new Float64Array(costs.cost.length) };
  const total = start[n] as number;
  let hugeNegative = false;
  let largest = 0;
  for (let k = 0; k < total; k++) {
    const c = costs.cost[k] as number;
    if (c < -limit) hugeNegative = true;
    if (Math.abs(c) > largest) largest = Math.abs(c);
    work.cost[k] = c > limit ? Number.POSITIVE_INFINITY : c;
  }
  if (!hugeNegative) {
    const first = solve(work, false);
    if (first.feasible) {
      let priced = true;
      for (let i = 0; i < n && priced; i++) {
        const end = start[i + 1] as number;
        for (let k = start[i] as number; k < end; k++) {
          const c = costs.cost[k] as number;
          if (c > limit && (first.u[i] as number) + (first.v[col[k] as number] as number) > c) {
            priced = false;
            break;
          }
        }
      }
      if (priced) return first;
    }
  }
  let exponent = 0;
  let scaled = largest;
  while (scaled > limit) {
    scaled /= 2;
    exponent++;
  }
  const scale = 2 ** -exponent;
  for (let k = 0; k < total; k++) work.cost[k] = (costs.cost[k] as number) * scale;
  const solution = solve(work, partial);
  const back = 2 ** exponent;
  for (let k = 0; k < solution.u.length; k++) solution.u[k] = (solution.u[k] as number) * back;
  for (let k = 0; k < solution.v.length; k++) solution.v[k] = (solution.v[k] as number) * back;
  return solution;
}
