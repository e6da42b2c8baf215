/**
 * State of the capacitated assignment kernel: a min-cost flow on a bipartite network, kept in
 * flat typed arrays.
 *
 * The network: the source gives each row its demand; a row sends one unit to a column over each
 * allowed pair it uses (each pair at most once); a column passes up to its capacity to the sink.
 * Rows of one group meet at a (group, column) node of capacity 1, which is never stored: its effect
 * is a "row → row" edge, from a row to a group mate that uses the column (the mate gives the column
 * up to it). Optionally one extra column (index `m`) takes the units that cannot be placed, at one
 * cost for every row, exempt from the one-unit-per-pair and group rules; it makes `partial` exact.
 *
 * The flow is stored as unit slots: row `i` owns slots `rowStart[i] .. rowStart[i + 1] - 1`, each
 * holding a column or `-1`; the slots of a column form a doubly linked list. Memory: the costs
 * (borrowed) plus O(rows + columns + slots).
 *
 * The costs are a dense row-major matrix, or, for a problem given as compressed sparse rows, only
 * its allowed entries row by row (a {@link RowIndex}), where the cost of one pair is found by binary
 * search ({@link pairCost}); nothing of size rows × columns is then ever allocated.
 *
 * Potentials: `u` per row, `v` per column, with reduced cost `c[i][j] - u[i] - v[j]` ≥ 0 on every
 * pair a row may still take and ≤ 0 on every pair in use; `v[j] = 0` while column `j` has room and
 * `v[j] ≤ 0` always (column loads only grow, so a column with room has never been scanned).
 */
import { indexedCost, type RowIndex } from './rowIndex.js';

/** The kernel's problem and state. */
export interface FlowNetwork {
  /** Rows. */
  readonly n: number;
  /** Real columns; column `m` is the extra column when `extraCapacity > 0`. */
  readonly m: number;
  /** Row-major `n × m` costs (minimised, forbidden = `+Infinity`), read only; null when sparse. */
  readonly cost: Float64Array | null;
  /** The allowed entries row by row when there is no dense `cost`, else null. */
  readonly sparse: RowIndex | null;
  /** Units of the extra column (0: none). */
  readonly extraCapacity: number;
  /** Cost of a unit on the extra column, the same for every row. */
  readonly extraCost: number;
  /** Capacity of each column, `m + 1` entries (the last: the extra column). */
  readonly capacity: Int32Array;
  /** First slot of each row, `n + 1` entries. */
  readonly rowStart: Int32Array;
  /** Column held by each slot, `-1` when empty. */
  readonly slotCol: Int32Array;
  /**
   * Cost of each slot's pair (set when the slot takes a column): the searches read it for every row
   * a full column leads to, where a read of the dense matrix would be a cache miss.
   */
  readonly slotCost: Float64Array;
  /** Row owning each slot. */
  readonly slotRow: Int32Array;
  /** Next slot in the same column's list, `-1` at the end. */
  readonly nextInCol: Int32Array;
  /** Previous slot in the same column's list, `-1` at the head. */
  readonly prevInCol: Int32Array;
  /** First slot of each column's list, `-1` when empty; `m + 1` entries. */
  readonly colHead: Int32Array;
  /** Units on each column; `m + 1` entries. */
  readonly colLoad: Int32Array;
  /** Units placed for each row. */
  readonly rowLoad: Int32Array;
  /** Row potentials. */
  readonly u: Float64Array;
  /** Column potentials; `m + 1` entries. */
  readonly v: Float64Array;
  /** Group members, grouped: group `g` is `groupRows[groupStart[g] .. groupStart[g + 1] - 1]`. */
  readonly groupRows: Int32Array | null;
  /** Start of each group in `groupRows`. */
  readonly groupStart: Int32Array | null;
  /** Group of each row (an index into `groupStart`). */
  readonly groupOf: Int32Array | null;
  /**
   * Column groups (the mirror of row groups: a row never takes two columns of one group), for the
   * transposed problem; members of group `g`: `colGroupCols[colGroupStart[g] .. colGroupStart[g + 1] - 1]`.
   */
  readonly colGroupOf: Int32Array | null;
  readonly colGroupStart: Int32Array | null;
  readonly colGroupCols: Int32Array | null;
}

/** The problem the kernel is given (validated). */
export interface FlowProblem {
  readonly n: number;
  readonly m: number;
  /** Row-major `n × m` costs, or null when the problem is given by its allowed entries (`sparse`). */
  readonly cost: Float64Array | null;
  /** The allowed entries row by row (columns ascending), when `cost` is null. */
  readonly sparse?: RowIndex | null;
  /** Units each row asks for, each at most `m`. */
  readonly demand: Int32Array;
  /** Capacity of each column, each at most `n`. */
  readonly capacity: Int32Array;
  /** Dense group index of each row, or null without groups. */
  readonly groupOf: Int32Array | null;
  /** Dense group index of each column (a row takes at most one column per group), or null. */
  readonly colGroupOf?: Int32Array | null;
}

/**
 * Builds the empty flow: no unit placed, `v = 0`, and each row's potential at its cheapest allowed
 * entry (or the extra cost, if lower), so that every reduced cost starts ≥ 0.
 */
export function createNetwork(problem: FlowProblem, extraCapacity: number, extraCost: number): FlowNetwork {
  const { n, m, cost, demand, groupOf } = problem;
  const sparse = cost === null ? (problem.sparse as RowIndex) : null;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = (rowStart[i] as number) + (demand[i] as number);
  const slots = rowStart[n] as number;
  const slotRow = new Int32Array(slots);
  for (let i = 0; i < n; i++) slotRow.fill(i, rowStart[i], rowStart[i + 1]);
  const capacity = new Int32Array(m + 1);
  capacity.set(problem.capacity);
  capacity[m] = extraCapacity;
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let lowest = extraCapacity > 0 ? extraCost : Number.POSITIVE_INFINITY;
    if (cost !== null) {
      const base = i * m;
      for (let j = 0; j < m; j++) {
        const c = cost[base + j] as number;
        if (c < lowest) lowest = c;
      }
    } else {
      const end = (sparse as RowIndex).start[i + 1] as number;
      for (let k = (sparse as RowIndex).start[i] as number; k < end; k++) {
        const c = (sparse as RowIndex).cost[k] as number;
        if (c < lowest) lowest = c;
      }
    }
    u[i] = lowest < Number.POSITIVE_INFINITY ? lowest : 0;
  }
  const rowGroups = groupOf === null ? null : members(groupOf);
  const colGroupOf = problem.colGroupOf ?? null;
  const colGroups = colGroupOf === null ? null : members(colGroupOf);
  return {
    n,
    m,
    cost,
    sparse,
    extraCapacity,
    extraCost,
    capacity,
    rowStart,
    slotCol: new Int32Array(slots).fill(-1),
    slotCost: new Float64Array(slots),
    slotRow,
    nextInCol: new Int32Array(slots).fill(-1),
    prevInCol: new Int32Array(slots).fill(-1),
    colHead: new Int32Array(m + 1).fill(-1),
    colLoad: new Int32Array(m + 1),
    rowLoad: new Int32Array(n),
    u,
    v: new Float64Array(m + 1),
    groupRows: rowGroups === null ? null : rowGroups.items,
    groupStart: rowGroups === null ? null : rowGroups.start,
    groupOf,
    colGroupOf,
    colGroupStart: colGroups === null ? null : colGroups.start,
    colGroupCols: colGroups === null ? null : colGroups.items,
  };
}

/** The members of each group, grouped (a counting sort of the indices by group). */
function members(groupOf: Int32Array): { start: Int32Array; items: Int32Array } {
  let groups = 0;
  for (let k = 0; k < groupOf.length; k++) groups = Math.max(groups, (groupOf[k] as number) + 1);
  const start = new Int32Array(groups + 1);
  for (let k = 0; k < groupOf.length; k++) {
    const g = (groupOf[k] as number) + 1;
    start[g] = (start[g] as number) + 1;
  }
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const items = new Int32Array(groupOf.length);
  const next = start.slice(0, groups);
  for (let k = 0; k < groupOf.length; k++) {
    const g = groupOf[k] as number;
    items[next[g] as number] = k;
    next[g] = (next[g] as number) + 1;
  }
  return { start, items };
}

/** Puts slot `s` on column `j`'s list. */
export function link(net: FlowNetwork, s: number, j: number): void {
  const { slotCol, nextInCol, prevInCol, colHead, colLoad, m } = net;
  slotCol[s] = j;
  net.slotCost[s] = j < m ? pairCost(net, net.slotRow[s] as number, j) : net.extraCost;
  const head = colHead[j] as number;
  nextInCol[s] = head;
  prevInCol[s] = -1;
  if (head >= 0) prevInCol[head] = s;
  colHead[j] = s;
  colLoad[j] = (colLoad[j] as number) + 1;
}

/** The cost of pair (`i`, `j`) for a real column `j`: `+Infinity` when it is forbidden. */
export function pairCost(net: FlowNetwork, i: number, j: number): number {
  const { cost } = net;
  return cost !== null ? (cost[i * net.m + j] as number) : indexedCost(net.sparse as RowIndex, i, j);
}

/** Takes slot `s` off its column's list (the slot becomes empty). */
export function unlink(net: FlowNetwork, s: number): void {
  const { slotCol, nextInCol, prevInCol, colHead, colLoad } = net;
  const j = slotCol[s] as number;
  const next = nextInCol[s] as number;
  const prev = prevInCol[s] as number;
  if (prev >= 0) nextInCol[prev] = next;
  else colHead[j] = next;
  if (next >= 0) prevInCol[next] = prev;
  slotCol[s] = -1;
  colLoad[j] = (colLoad[j] as number) - 1;
}

/** The slot of row `i` holding column `j` (`-1` for an empty one), or `-1` if none. */
export function slotOf(net: FlowNetwork, i: number, j: number): number {
  const { rowStart, slotCol } = net;
  const end = rowStart[i + 1] as number;
  for (let s = rowStart[i] as number; s < end; s++) if (slotCol[s] === j) return s;
  return -1;
}
