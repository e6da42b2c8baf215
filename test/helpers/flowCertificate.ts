/**
 * Independent certificate of a capacitated assignment, built only from the problem and the returned
 * pairs (nothing the solver computed internally).
 *
 * Validity: each pair allowed and in range, pairs sorted by row then column (so none twice), loads
 * recounted and equal to `rowLoad` / `colLoad`, loads within capacities, each row given exactly its
 * demand (at most its demand with `partial`), no two rows of one group on one column, and `total`
 * equal to the recomputed sum.
 *
 * Optimality, by the min-cost flow optimality conditions (Ahuja, Magnanti and Orlin, "Network
 * Flows", 1993, theorem 9.1: a feasible flow is a minimum-cost flow of its value if and only if its
 * residual network has no negative-cost directed cycle). The network: source → row `i` (capacity
 * its demand, cost 0) → node (group of `i`, column `j`) (capacity 1, cost `c[i][j]`, negated when
 * maximising; allowed pairs only) → column `j` (capacity 1, cost 0) → sink (capacity the column's
 * capacity, cost 0); a row without a group is its own group. Integral flows of this network are
 * exactly the valid assignments, so: no negative residual cycle (Bellman–Ford from a virtual source,
 * tolerance `1e-9 ×` the largest magnitude per arc) proves the total optimal among assignments with
 * the same number of units, and, with `partial`, no source → sink path in the residual network
 * proves that number the largest (max-flow min-cut).
 */
import type { FlowProblem } from './bruteForceFlow.js';

/** What a solver returned: pairs as parallel arrays, their total and the loads. */
export interface FlowAnswer {
  readonly rows: ArrayLike<number>;
  readonly cols: ArrayLike<number>;
  readonly total: number;
  readonly rowLoad: ArrayLike<number>;
  readonly colLoad: ArrayLike<number>;
}

/** The problem's options in the solver's form: absent keys omitted, never `undefined`. */
export interface SolverOptions {
  readonly capacities: ArrayLike<number>;
  readonly demands?: ArrayLike<number>;
  readonly groups?: ArrayLike<number>;
  readonly maximize?: boolean;
  readonly partial?: boolean;
}

/** `problem`'s options as the solver takes them (keys that are `undefined` left out). */
export function solverOptions(problem: FlowProblem): SolverOptions {
  const options: {
    capacities: ArrayLike<number>;
    demands?: ArrayLike<number>;
    groups?: ArrayLike<number>;
    maximize?: boolean;
    partial?: boolean;
  } = { capacities: problem.capacities };
  if (problem.demands !== undefined) options.demands = problem.demands;
  if (problem.groups !== undefined) options.groups = problem.groups;
  if (problem.maximize !== undefined) options.maximize = problem.maximize;
  if (problem.partial !== undefined) options.partial = problem.partial;
  return options;
}

/** Residual network: arcs in pairs (`a`, `a ^ 1`), forward then reverse. */
class Network {
  readonly head: number[] = [];
  readonly tail: number[] = [];
  readonly residual: number[] = [];
  readonly cost: number[] = [];
  readonly names: string[] = ['source', 'sink'];

  node(name: string): number {
    this.names.push(name);
    return this.names.length - 1;
  }

  /** Adds an arc `from → to` of capacity `capacity` and cost `cost`; returns its index. */
  arc(from: number, to: number, capacity: number, cost: number): number {
    this.tail.push(from, to);
    this.head.push(to, from);
    this.residual.push(capacity, 0);
    this.cost.push(cost, -cost);
    return this.head.length - 2;
  }

  /** Sends `amount` along arc `a`; false if that exceeds its residual capacity. */
  push(a: number, amount: number): boolean {
    if ((this.residual[a] as number) < amount) return false;
    this.residual[a] = (this.residual[a] as number) - amount;
    this.residual[a ^ 1] = (this.residual[a ^ 1] as number) + amount;
    return true;
  }
}

const SOURCE = 0;
const SINK = 1;

/**
 * Returns every violated condition (empty when `answer` is a valid and optimal assignment of
 * `problem`). Validity is checked first; optimality only when the answer is valid.
 */
export function flowCertificateProblems(problem: FlowProblem, answer: FlowAnswer): string[] {
  const { costs, capacities } = problem;
  const maximize = problem.maximize ?? false;
  const partial = problem.partial ?? false;
  const nRows = costs.length;
  const nCols = capacities.length;
  const demand = (i: number): number => (problem.demands === undefined ? 1 : (problem.demands[i] as number));
  const entry = (i: number, j: number): number => (costs[i] as ArrayLike<number>)[j] as number;
  const problems: string[] = [];

  // --- validity ---
  const { rows, cols, total, rowLoad, colLoad } = answer;
  if (rows.length !== cols.length) problems.push(`rows has ${rows.length} entries but cols has ${cols.length}`);
  if (rowLoad.length !== nRows) problems.push(`rowLoad has length ${rowLoad.length}, expected ${nRows}`);
  if (colLoad.length !== nCols) problems.push(`colLoad has length ${colLoad.length}, expected ${nCols}`);
  if (problems.length > 0) return problems;
  const rowCount = new Array<number>(nRows).fill(0);
  const colCount = new Array<number>(nCols).fill(0);
  const groupsOnColumn = Array.from({ length: nCols }, () => new Map<number, number>());
  let sum = 0;
  let magnitude = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const j = cols[k] as number;
    if (!Number.isInteger(i) || i < 0 || i >= nRows || !Number.isInteger(j) || j < 0 || j >= nCols) {
      problems.push(`pair ${k} is (${i}, ${j}), outside ${nRows}×${nCols}`);
      continue;
    }
    if (k > 0) {
      const pi = rows[k - 1] as number;
      const pj = cols[k - 1] as number;
      if (pi > i || (pi === i && pj > j)) problems.push(`pair ${k} (${i}, ${j}) comes after (${pi}, ${pj})`);
      if (pi === i && pj === j) problems.push(`pair (${i}, ${j}) appears twice`);
    }
    const c = entry(i, j);
    if (!Number.isFinite(c)) problems.push(`pair (${i}, ${j}) is forbidden (${c})`);
    sum += c;
    magnitude += Math.abs(c);
    rowCount[i] = (rowCount[i] as number) + 1;
    colCount[j] = (colCount[j] as number) + 1;
    if (problem.groups !== undefined) {
      const g = problem.groups[i] as number;
      const other = groupsOnColumn[j]?.get(g);
      if (other !== undefined && other !== i) problems.push(`rows ${other} and ${i} of group ${g} share column ${j}`);
      groupsOnColumn[j]?.set(g, i);
    }
  }
  for (let i = 0; i < nRows; i++) {
    if (rowLoad[i] !== rowCount[i])
      problems.push(`rowLoad[${i}] is ${rowLoad[i]} but row ${i} has ${rowCount[i]} pairs`);
    const d = demand(i);
    const got = rowCount[i] as number;
    if (partial ? got > d : got !== d) {
      problems.push(`row ${i} has ${got} pairs, its demand is ${d}${partial ? ' (at most, partial)' : ''}`);
    }
  }
  for (let j = 0; j < nCols; j++) {
    if (colLoad[j] !== colCount[j]) problems.push(`colLoad[${j}] is ${colLoad[j]} but column ${j} has ${colCount[j]}`);
    if ((colCount[j] as number) > (capacities[j] as number)) {
      problems.push(`column ${j} has ${colCount[j]} rows, its capacity is ${capacities[j]}`);
    }
  }
  if (Number.isNaN(total) || Math.abs(total - sum) > 1e-9 * Math.max(1, magnitude)) {
    problems.push(`total is ${total} but the pairs' entries sum to ${sum}`);
  }
  if (problems.length > 0) return problems;

  // --- optimality: the residual network of the answer's flow ---
  const sign = maximize ? -1 : 1;
  const net = new Network();
  const rowNode = Array.from({ length: nRows }, (_, i) => net.node(`row ${i}`));
  const colNode = Array.from({ length: nCols }, (_, j) => net.node(`column ${j}`));
  const sourceArc = rowNode.map((node, i) => net.arc(SOURCE, node, demand(i), 0));
  const sinkArc = colNode.map((node, j) => net.arc(node, SINK, capacities[j] as number, 0));
  const groupOf = (i: number): string => (problem.groups === undefined ? `row ${i}` : `group ${problem.groups[i]}`);
  const groupColumn = new Map<string, { node: number; arc: number }>();
  const pairArc = new Map<number, number>();
  let scale = 0;
  for (let i = 0; i < nRows; i++) {
    for (let j = 0; j < nCols; j++) {
      const c = entry(i, j);
      if (!Number.isFinite(c)) continue;
      scale = Math.max(scale, Math.abs(c));
      const key = `${groupOf(i)} @ column ${j}`;
      let gc = groupColumn.get(key);
      if (gc === undefined) {
        const node = net.node(key);
        gc = { node, arc: net.arc(node, colNode[j] as number, 1, 0) };
        groupColumn.set(key, gc);
      }
      pairArc.set(i * nCols + j, net.arc(rowNode[i] as number, gc.node, 1, sign * c));
    }
  }
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const j = cols[k] as number;
    const gc = groupColumn.get(`${groupOf(i)} @ column ${j}`);
    const through = [sourceArc[i], pairArc.get(i * nCols + j), gc?.arc, sinkArc[j]];
    for (const a of through) {
      if (a === undefined || !net.push(a, 1)) return [`pair (${i}, ${j}) does not fit the flow network`];
    }
  }

  const cycle = negativeCycle(net, 1e-9 * scale);
  if (cycle !== undefined) {
    let cycleCost = 0;
    for (const a of cycle) cycleCost += sign * (net.cost[a] as number);
    const route = cycle.map((a) => net.names[net.tail[a] as number]).join(' → ') || 'not extracted';
    problems.push(
      `not optimal: the residual network has a cycle changing the total by ${cycleCost} (${route}), ` +
        `so an assignment with the same number of pairs and a better total exists`,
    );
  }
  if (partial) {
    const path = augmentingPath(net);
    if (path !== undefined) problems.push(`not the most pairs: an augmenting path exists (${path.join(' → ')})`);
  }
  return problems;
}

/**
 * Bellman–Ford from a virtual source joined to every node at cost 0, over the arcs with residual
 * capacity, each arc's cost raised by `eps` (so cycles within `eps` per arc of zero count as zero).
 * Returns the arcs of a negative cycle, or `undefined` when there is none.
 */
function negativeCycle(net: Network, eps: number): number[] | undefined {
  const n = net.names.length;
  const dist = new Float64Array(n);
  const pred = new Int32Array(n).fill(-1);
  const arcs = net.head.length;
  const relax = (): boolean => {
    let changed = false;
    for (let a = 0; a < arcs; a++) {
      if ((net.residual[a] as number) <= 0) continue;
      const u = net.tail[a] as number;
      const v = net.head[a] as number;
      const d = (dist[u] as number) + (net.cost[a] as number) + eps;
      if (d < (dist[v] as number)) {
        dist[v] = d;
        pred[v] = a;
        changed = true;
      }
    }
    return changed;
  };
  for (let pass = 0; pass < n; pass++) if (!relax()) return undefined;
  // Still relaxing after n passes: a negative cycle exists. Every cycle of the predecessor graph is
  // one, and one appears after finitely many more passes; keep relaxing until it shows.
  for (let pass = 0; pass < 4 * n + 10; pass++) {
    const cycle = predecessorCycle(net, pred);
    if (cycle !== undefined) return cycle;
    relax();
  }
  return [];
}

/** A cycle of the predecessor graph (arcs in path order), or `undefined`. */
function predecessorCycle(net: Network, pred: Int32Array): number[] | undefined {
  const n = pred.length;
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 done
  for (let start = 0; start < n; start++) {
    let v = start;
    while (state[v] === 0) {
      state[v] = 1;
      const a = pred[v] as number;
      if (a < 0) break;
      v = net.tail[a] as number;
    }
    if (state[v] === 1 && (pred[v] as number) >= 0) {
      // v is on the current walk and the walk came back to it: a cycle through v.
      const cycle: number[] = [];
      let u = v;
      do {
        const a = pred[u] as number;
        cycle.push(a);
        u = net.tail[a] as number;
      } while (u !== v && cycle.length <= n);
      if (u === v) return cycle.reverse();
    }
    for (let u = start; state[u] === 1; ) {
      state[u] = 2;
      const a = pred[u] as number;
      if (a < 0) break;
      u = net.tail[a] as number;
    }
  }
  return undefined;
}

/** A source → sink path over arcs with residual capacity (breadth first), as node names, or `undefined`. */
function augmentingPath(net: Network): string[] | undefined {
  const n = net.names.length;
  const out = Array.from({ length: n }, () => [] as number[]);
  for (let a = 0; a < net.head.length; a++) if ((net.residual[a] as number) > 0) out[net.tail[a] as number]?.push(a);
  const via = new Int32Array(n).fill(-2);
  via[SOURCE] = -1;
  const queue = [SOURCE];
  for (let q = 0; q < queue.length; q++) {
    for (const a of out[queue[q] as number] as number[]) {
      const v = net.head[a] as number;
      if (via[v] !== -2) continue;
      via[v] = a;
      queue.push(v);
    }
  }
  if (via[SINK] === -2) return undefined;
  const path = [net.names[SINK] as string];
  for (let v = SINK; via[v] !== -1; ) {
    v = net.tail[via[v] as number] as number;
    path.push(net.names[v] as string);
  }
  return path.reverse();
}
