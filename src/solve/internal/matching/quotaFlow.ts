/**
 * The objectives under quotas, exact by one min-cost flow (`FlowNetwork`):
 *
 *   source ─▶ [hub ─▶] row ─▶ [(group, column) ─▶] (column, value) ─▶ column ─▶ sink
 *
 * - A per-column cap on the rows of one value (e.g. at most 2 mentees of one department per
 *   mentor): each row of a capped value reaches its column through a (column, value) node whose
 *   arc to the column holds `cap` units (a soft cap: more at `weight` each).
 * - A count of the rows of a set (e.g. mentees who are new to the programme) between `min` and
 *   `max`: those rows hang from a hub node whose arcs from the source hold `min` units at a
 *   bonus larger than every matching's value (a hard minimum: met whenever any matching can meet
 *   it, `weight` each when soft) and `max − min` units more (then `weight` each when soft). Sets
 *   that share no row (e.g. one per site) each have their own hub.
 * - Distinct columns for one group's rows: a (group, column) node passes one unit.
 * Every node-capacity constraint is a flow constraint, so the flow optimum is the matching optimum
 * (integral): `total` is the cheapest flow of any size, `coverage` the cheapest of the largest flows
 * on its level values (exact.ts), `fair` a threshold search on the largest flows. The bonus M of a
 * hard minimum exceeds the sum of all other costs, so a flow that holds less than `min` of the set
 * is never preferred to one that holds more.
 */
import type { Steps } from '../clock.js';
import { FlowNetwork } from '../flow/minCostFlow.js';
import { pairIndex } from '../pairs.js';
import { coverageValues, weighted } from './exact.js';
import { distinctAbove, FAIR_TOLERANCE, type MatchingObjective, type MatchingProblem } from './problem.js';
import { fillUnderQuotas, type PairCount, type QuotaLimits, setCounts } from './quotaLimits.js';
import { sparseRows } from './sparseRows.js';

/** A matching under quotas, and how many rows of each counted set it matches. */
export interface QuotaSolution {
  readonly assign: Int32Array;
  readonly inSet: Int32Array;
}

/**
 * The optimum of `objective` on `problem` (with `places` as the columns' places) under `limits`;
 * when a hard `min` cannot be met, the matching holds as many rows of the set as any can.
 */
export function* solveQuotas(
  problem: MatchingProblem,
  objective: MatchingObjective,
  places: Int32Array,
  limits: QuotaLimits,
): Steps<QuotaSolution> {
  const { scores } = problem.pairs;
  if (objective === 'total') return yield* flowOn(problem, places, limits, weighted(problem) ?? scores, false);
  if (objective === 'coverage') {
    // Soft quotas' penalties count on the last level: the levels' step M exceeds all of them.
    const extra = problem.rows * softWeights(limits);
    return yield* flowOn(problem, places, limits, coverageValues(problem, extra) ?? scores, true);
  }
  // fair: the most pairs, then the highest threshold that keeps them, then the best total above it.
  // The sizes and the hard minimums met: largest flows, costs aside (Dinic's, far faster).
  const zero = scores.map((s) => (s === Number.NEGATIVE_INFINITY ? s : 0));
  const widest = yield* flowOn(problem, places, limits, zero, true, true);
  const size = widest.assign.reduce((n, j) => n + (j >= 0 ? 1 : 0), 0);
  if (size === 0) return widest;
  const levels = distinctAbove(scores, Number.NEGATIVE_INFINITY);
  const above = (threshold: number, values: Float64Array) =>
    values.map((v, k) => ((scores[k] as number) >= threshold ? v : Number.NEGATIVE_INFINITY));
  let lo = 0;
  let hi = levels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const found = yield* flowOn(problem, places, limits, above(levels[mid] as number, zero), true, true);
    let keeps = found.assign.reduce((n, j) => n + (j >= 0 ? 1 : 0), 0) === size;
    // A hard minimum met by the widest matching is kept (a soft one only weighs on the total).
    for (let t = 0; t < limits.min.length; t++) {
      if (Number.isFinite(limits.setWeight[t] as number)) continue;
      if ((found.inSet[t] as number) < Math.min(widest.inSet[t] as number, limits.min[t] as number)) keeps = false;
    }
    if (keeps) lo = mid;
    else hi = mid - 1;
  }
  const best = Math.min(levels[lo] as number, problem.ceiling);
  return yield* flowOn(
    problem,
    places,
    limits,
    above(best - FAIR_TOLERANCE * Math.abs(best), weighted(problem) ?? scores),
    true,
  );
}

/** The soft quotas' penalties per row beyond their bounds, together (the hard ones count 0). */
function softWeights(limits: QuotaLimits): number {
  let sum = Number.isFinite(limits.valueWeight) ? limits.valueWeight : 0;
  for (const w of limits.setWeight) if (Number.isFinite(w)) sum += w;
  return sum;
}

/**
 * The flow of the file comment with pair `values` (`-Infinity`: no arc); `partial`: largest flows;
 * `sizeOnly`: a largest flow that meets the most of the hard minimums, costs aside.
 */
function* flowOn(
  problem: MatchingProblem,
  places: Int32Array,
  limits: QuotaLimits,
  values: Float64Array,
  partial: boolean,
  sizeOnly = false,
): Steps<QuotaSolution> {
  const { rows, cols, groups } = problem;
  const { start, cols: colOf } = problem.pairs;
  const { rowValue, valueCap, inSet, valueWeight, setWeight } = limits;
  // M: above the sum of every other cost a flow can carry.
  const weights = softWeights(limits);
  let big = 1;
  for (let r = 0; r < rows; r++) {
    let most = 0;
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
      const v = values[e] as number;
      if (v > Number.NEGATIVE_INFINITY) most = Math.max(most, Math.abs(v));
    }
    big += 2 * most + weights;
  }
  const sets = setWeight.length;
  const net = new FlowNetwork(2 + sets + rows + cols);
  const source = 0;
  const sink = 1;
  // Rows from 2 + sets on, columns after them; a hub per counted set at 2 + t.
  const row = 2 + sets;
  const col = (j: number) => row + rows + j;
  const setArcs: number[][] = [];
  for (let t = 0; t < sets; t++) {
    const min = limits.min[t] as number;
    const max = limits.max[t] as number;
    const weight = setWeight[t] as number;
    const hard = !Number.isFinite(weight);
    const arcs = [net.arc(source, 2 + t, min, hard ? -big : -weight)];
    arcs.push(net.arc(source, 2 + t, Math.max(0, Math.min(max, rows) - min), 0));
    if (!hard && max < rows) arcs.push(net.arc(source, 2 + t, rows, weight));
    setArcs.push(arcs);
  }
  // The rows come in one by one, the lower indices (the lower ids) first: a later row takes an
  // earlier one's place only when that is strictly better.
  const rowArcs: number[] = [];
  for (let r = 0; r < rows; r++) {
    const t = inSet === null ? -1 : (inSet[r] as number);
    rowArcs.push(net.arc(t >= 0 ? 2 + t : source, row + r, 1, 0));
  }
  for (let j = 0; j < cols; j++) net.arc(col(j), sink, places[j] as number, 0);
  // Nodes only where they constrain: a (column, value) node where more rows of that value than its
  // cap have the column, a (group, column) node where two or more of the group's rows have it.
  const shared = new Map<number, number>();
  const crowd = new Map<number, number>();
  for (let r = 0; r < rows; r++) {
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
      const j = colOf[e] as number;
      if (values[e] === Number.NEGATIVE_INFINITY || (places[j] as number) <= 0) continue;
      if (groups !== undefined) {
        const key = (groups[r] as number) * cols + j;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
      const v = rowValue === null ? -1 : (rowValue[r] as number);
      if (v >= 0) crowd.set(j * limits.values + v, (crowd.get(j * limits.values + v) ?? 0) + 1);
    }
  }
  const valueNodes = new Map<number, number>();
  const target = (r: number, j: number): number => {
    const v = rowValue === null ? -1 : (rowValue[r] as number);
    if (v < 0) return col(j);
    const key = j * limits.values + v;
    if ((crowd.get(key) as number) <= (valueCap[key] as number)) return col(j);
    let node = valueNodes.get(key);
    if (node === undefined) {
      node = net.node();
      valueNodes.set(key, node);
      net.arc(node, col(j), valueCap[key] as number, 0);
      if (Number.isFinite(valueWeight)) net.arc(node, col(j), rows, valueWeight);
    }
    return node;
  };
  const groupNodes = new Map<number, number>();
  const pairArcs: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let e = (start[r + 1] as number) - 1; e >= (start[r] as number); e--) {
      const j = colOf[e] as number;
      const v = values[e] as number;
      if (v === Number.NEGATIVE_INFINITY || (places[j] as number) <= 0) continue;
      let to = target(r, j);
      const key = groups === undefined ? -1 : (groups[r] as number) * cols + j;
      if (key >= 0 && (shared.get(key) as number) > 1) {
        let node = groupNodes.get(key);
        if (node === undefined) {
          node = net.node();
          groupNodes.set(key, node);
          net.arc(node, to, 1, 0);
        }
        to = node;
      }
      pairArcs.push(net.arc(row + r, to, 1, -v), r, j);
    }
  }
  if (sizeOnly) {
    const firsts: number[] = [];
    setArcs.forEach((arcs, t) => {
      if (!Number.isFinite(setWeight[t] as number)) firsts.push(arcs[0] as number);
    });
    yield* net.maxFlowSteps(source, sink, firsts);
  } else yield* net.solveSteps(source, sink, partial, rowArcs);
  const assign = new Int32Array(rows).fill(-1);
  for (let k = 0; k < pairArcs.length; k += 3) {
    if (net.flow(pairArcs[k] as number) > 0) assign[pairArcs[k + 1] as number] = pairArcs[k + 2] as number;
  }
  const counted = new Int32Array(sets);
  for (let t = 0; t < sets; t++)
    for (const a of setArcs[t] as number[]) counted[t] = (counted[t] as number) + net.flow(a);
  return { assign, inSet: counted };
}

/** A matching under a count of marked pairs, with its proof; `assign` null when no matching keeps the count. */
export interface PairCountSolution {
  readonly assign: Int32Array | null;
  readonly exact: boolean;
  /** An upper bound on Σ priority × score over the matchings that keep every quota. */
  readonly bound: number;
  /** The most (or, for a max, the fewest) marked pairs a matching can hold, when none keeps the count. */
  readonly most: number;
  /**
   * True when `assign` is null for want of a matching found, not a proof: the matching over the
   * max could not shed its marked pairs without taking a counted set below its minimum.
   */
  readonly stuck?: boolean;
}

/**
 * `total` under a count of marked pairs, which is no flow constraint (the marks are on pairs, not
 * nodes): by Lagrangian relaxation. Each marked pair is worth λ more; the count of the optimum
 * grows with λ, and L(λ) − λ·(min or max) bounds the constrained optimum for every λ (≥ 0 for a
 * minimum, ≤ 0 for a maximum). Newton's steps between a matching below the bound and one above it
 * find the λ where the count crosses it (a kink of L, finitely many), whose bound is the least; the
 * matching on the kept side is the answer, exact when it reaches the bound, else with its gap.
 * With both a min and a max, a matching past the max sheds its least valuable marked pairs (none
 * that a counted set needs for its minimum; shedding keeps every cap and maximum).
 */
export function* solvePairCount(
  problem: MatchingProblem,
  places: Int32Array,
  limits: QuotaLimits,
  count: PairCount,
): Steps<PairCountSolution> {
  const { scores } = problem.pairs;
  const values = weighted(problem) ?? scores;
  const { marked, min, max } = count;
  // λ = ±big puts the marks before every value: big × the least mark above all values together.
  let big = 1;
  for (const v of values) if (v > Number.NEGATIVE_INFINITY) big += 2 * Math.abs(v);
  let least = 1;
  for (const w of marked) if (w !== 0) least = Math.min(least, Math.abs(w));
  big /= least;
  function* at(lambda: number): Steps<{ assign: Int32Array; value: number; n: number }> {
    const { assign } = yield* flowOn(
      problem,
      places,
      limits,
      values.map((v, k) => v + lambda * (marked[k] as number)),
      false,
    );
    let value = 0;
    let n = 0;
    assign.forEach((j, r) => {
      if (j < 0) return;
      const k = pairIndex(problem.pairs, r, j);
      value += values[k] as number;
      n += marked[k] as number;
    });
    return { assign, value, n };
  }
  const free = yield* at(0);
  const tol = 1e-9 * Math.max(1, problem.rows);
  if (free.n >= min - tol && free.n <= max + tol)
    return { assign: free.assign, exact: true, bound: free.value, most: free.n };
  const up = free.n < min - tol;
  const target = up ? min : max;
  const extreme = yield* at(up ? big : -big);
  if (up ? extreme.n < min - tol : extreme.n > max + tol)
    return { assign: null, exact: false, bound: 0, most: extreme.n };
  // lo: fewer marked pairs than `target` allows on the side searched, hi: more (or as many).
  let lo = up ? free : extreme;
  let hi = up ? extreme : free;
  let lambda = 0;
  for (let step = 0; step < 64 && hi.n - lo.n > tol; step++) {
    lambda = (lo.value - hi.value) / (hi.n - lo.n);
    const mid = yield* at(lambda);
    const line = lo.value + lambda * lo.n;
    if (mid.value + lambda * mid.n <= line + 1e-9 * Math.max(1, Math.abs(line))) break;
    if (up ? mid.n >= target - tol : mid.n > target + tol) hi = mid;
    else lo = mid;
  }
  const bound = lo.value + lambda * lo.n - lambda * target;
  // The side kept: above a min; below a max, unless that falls under the min too (then above, shed).
  const kept = up || lo.n < min - tol ? hi : lo;
  const assign = Int32Array.from(kept.assign);
  let n = kept.n;
  let value = kept.value;
  // Both bounds: the side above the min may pass the max; shed its least valuable marked pairs
  // whose counted set (if any) stays at its minimum or above.
  const held = setCounts(limits, assign);
  const spare = (r: number) => {
    const t = limits.inSet === null ? -1 : (limits.inSet[r] as number);
    return t < 0 || (held[t] as number) > (limits.min[t] as number);
  };
  while (n > max + tol) {
    let worst = -1;
    let r = -1;
    for (let q = 0; q < assign.length; q++) {
      const j = assign[q] as number;
      if (j < 0) continue;
      const k = pairIndex(problem.pairs, q, j);
      if (marked[k] !== 1 || !spare(q)) continue;
      if (worst < 0 || (values[k] as number) < (values[worst] as number)) {
        worst = k;
        r = q;
      }
    }
    if (worst < 0) break;
    const t = limits.inSet === null ? -1 : (limits.inSet[r] as number);
    if (t >= 0) held[t] = (held[t] as number) - 1;
    assign[r] = -1;
    value -= values[worst] as number;
    n--;
  }
  if (n > max + tol) return { assign: null, exact: false, bound: 0, most: n, stuck: true };
  // The kept side of a kink may leave out rows that every quota still lets in: each takes its best.
  fillUnderQuotas(problem, sparseRows(problem), limits, assign, count);
  value = 0;
  for (let r = 0; r < assign.length; r++) {
    const j = assign[r] as number;
    if (j >= 0) value += values[pairIndex(problem.pairs, r, j)] as number;
  }
  const exact = value >= bound - 1e-9 * Math.max(1, Math.abs(bound));
  return { assign, exact, bound: Math.max(bound, value), most: n };
}
