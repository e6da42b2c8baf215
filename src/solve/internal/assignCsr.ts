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
import { allocateRecords, type CsrCosts, type CsrKernelMatrix, readCsrMatrix } from './readCsrMatrix.js';

/** A solution in kernel orientation, with explicit row duals. */
interface Solved {
  readonly x: Int32Array;
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
  const total = assignedTotal(km, solution.x, rowToCol);
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

/** The kernel cost of entry (i, j), or `+Infinity` when absent. */
function entryCost(costs: CsrCosts, i: number, j: number): number {
  const { start, col, cost } = costs;
  const end = start[i + 1] as number;
  for (let k = start[i] as number; k < end; k++) if (col[4 * k] === j) return cost[2 * k + 1] as number;
  return Number.POSITIVE_INFINITY;
}

/**
 * Sum of the assigned kernel entries in the input's row order (as the dense path sums), with the
 * same overflow fallback (terms scaled by 2^-32).
 */
function assignedTotal(km: CsrKernelMatrix, x: Int32Array, rowToCol: Int32Array): number {
  const pair = new Float64Array(km.n);
  for (let i = 0; i < km.n; i++) {
    const j = x[i] as number;
    if (j >= 0) pair[i] = entryCost(km, i, j);
  }
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
    if (j >= 0 && j < m) u[i] = (costs.cost[2 * (xk[i] as number) + 1] as number) - (v[j] as number);
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
      const j = col[4 * k] as number;
      if (colSeen[j] !== 0 || (cost[2 * k + 1] as number) === Number.POSITIVE_INFINITY) continue;
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
    const c = cost[2 * k + 1] as number;
    if (c > largest && c < Number.POSITIVE_INFINITY) largest = c;
  }
  const wideStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const degree = (start[i + 1] as number) - (start[i] as number);
    wideStart[i + 1] = (wideStart[i] as number) + degree + (reached[i] === 1 ? extra : 0);
  }
  const wide = allocateRecords(wideStart[n] as number);
  for (let i = 0; i < n; i++) {
    let at = wideStart[i] as number;
    const end = start[i + 1] as number;
    for (let k = start[i] as number; k < end; k++) {
      wide.col[4 * at] = col[4 * k] as number;
      wide.cost[2 * at + 1] = cost[2 * k + 1] as number;
      at++;
    }
    if (reached[i] === 1) {
      for (let e = 0; e < extra; e++) {
        wide.col[4 * at] = m + e;
        wide.cost[2 * at + 1] = largest;
        at++;
      }
    }
  }
  const wideCosts: CsrCosts = { n, m: m + extra, start: wideStart, col: wide.col, cost: wide.cost };
  // Rows without entries fail their search (and mark nothing); every other row is matched.
  const second = solveCsrKernel(wideCosts, true);
  const x = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const j = second.x[i] as number;
    x[i] = j < m ? j : -1;
  }
  const v = second.v.slice(0, m);
  return {
    x,
    y: second.y.slice(0, m),
    u: rowDualsOf(wideCosts, x, second.xk, v, m),
    v,
    size: n - unmatched,
    feasible: true,
  };
}

/** A copy of the records of `costs` (same layout), for rewriting the costs. */
function copyCosts(costs: CsrCosts): CsrCosts {
  const buffer = costs.col.buffer.slice(0);
  return { n: costs.n, m: costs.m, start: costs.start, col: new Int32Array(buffer), cost: new Float64Array(buffer) };
}

/** Entries above the magnitude limit: big-M phase, then exact power-of-two scaling (see above). */
function solveHuge(costs: CsrCosts, partial: boolean): Solved {
  const { n, m, start, col } = costs;
  const limit = magnitudeLimit(n + m);
  const work = copyCosts(costs);
  const total = start[n] as number;
  let hugeNegative = false;
  let largest = 0;
  for (let k = 0; k < total; k++) {
    const c = costs.cost[2 * k + 1] as number;
    if (c < -limit) hugeNegative = true;
    if (Math.abs(c) > largest) largest = Math.abs(c);
    work.cost[2 * k + 1] = c > limit ? Number.POSITIVE_INFINITY : c;
  }
  if (!hugeNegative) {
    const first = solve(work, false);
    if (first.feasible) {
      let priced = true;
      for (let i = 0; i < n && priced; i++) {
        const end = start[i + 1] as number;
        for (let k = start[i] as number; k < end; k++) {
          const c = costs.cost[2 * k + 1] as number;
          if (c > limit && (first.u[i] as number) + (first.v[col[4 * k] as number] as number) > c) {
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
  for (let k = 0; k < total; k++) work.cost[2 * k + 1] = (costs.cost[2 * k + 1] as number) * scale;
  const solution = solve(work, partial);
  const back = 2 ** exponent;
  for (let k = 0; k < solution.u.length; k++) solution.u[k] = (solution.u[k] as number) * back;
  for (let k = 0; k < solution.v.length; k++) solution.v[k] = (solution.v[k] as number) * back;
  return solution;
}
