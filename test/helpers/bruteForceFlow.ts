/**
 * Exhaustive oracle for small capacitated assignment problems (up to 6 rows × 4 columns),
 * independent of the solver under test: every row takes a set of distinct allowed columns (exactly
 * its demand, or at most its demand with `partial`), no column takes more rows than its capacity,
 * and no two rows of one group share a column. Every such assignment is considered, by a depth-first
 * enumeration of each row's column subsets with memoisation on what the later rows can still use
 * (the remaining capacities and the columns the current group already holds: rows are visited group
 * by group, so that is all the future depends on), pruned on capacity. The best is lexicographic:
 * most units (pairs), then the best total.
 */
import fc from 'fast-check';

/** A capacitated assignment problem, as plain data (the solver's options, plus the matrix). */
export interface FlowProblem {
  /** `rows × cols` entries; forbidden = `Infinity` when minimising, `-Infinity` when maximising. */
  readonly costs: ReadonlyArray<ArrayLike<number>>;
  /** Per column, the most rows it takes. */
  readonly capacities: ArrayLike<number>;
  /** Per row, how many distinct columns it needs; every row needs 1 when absent. */
  readonly demands?: ArrayLike<number> | undefined;
  /** Per row, a group id: rows of one group never share a column. Each row alone when absent. */
  readonly groups?: ArrayLike<number> | undefined;
  /** Maximise instead of minimising. */
  readonly maximize?: boolean | undefined;
  /** Assign as many units as possible instead of requiring every demand. */
  readonly partial?: boolean | undefined;
}

/** The exhaustive optimum. */
export interface BruteForceFlowResult {
  /** Whether every demand can be met (with `partial`, whether the best assignment meets them all). */
  readonly feasible: boolean;
  /** Pairs in the best assignment (the sum of the demands when not `partial` and feasible; 0 if infeasible). */
  readonly units: number;
  /** Sum of the entries of the best assignment, summed row by row then column by column (0 if none). */
  readonly total: number;
  /** One best assignment, as `[row, column]` pairs sorted by row then column (empty if infeasible). */
  readonly pairs: readonly (readonly [row: number, col: number])[];
  /** Sum of the magnitudes of the best assignment's entries: the scale for comparing totals. */
  readonly scale: number;
}

/** Largest shape the oracle accepts. */
export const BRUTE_FORCE_MAX_ROWS = 6;
export const BRUTE_FORCE_MAX_COLS = 4;

interface Best {
  readonly units: number;
  /** Minimised cost (entries negated when maximising). */
  readonly cost: number;
  /** Column subset chosen for this row (a bit mask), and the state it leads to. */
  readonly subset: number;
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/** The lexicographic optimum of `problem` (most units, then best total), by exhaustive search. */
export function bruteForceFlow(problem: FlowProblem): BruteForceFlowResult {
  const { costs, capacities } = problem;
  const maximize = problem.maximize ?? false;
  const partial = problem.partial ?? false;
  const rows = costs.length;
  const cols = rows === 0 ? capacities.length : (costs[0]?.length ?? 0);
  if (rows > BRUTE_FORCE_MAX_ROWS || cols > BRUTE_FORCE_MAX_COLS) {
    throw new Error(`bruteForceFlow: ${rows}×${cols} is beyond ${BRUTE_FORCE_MAX_ROWS}×${BRUTE_FORCE_MAX_COLS}`);
  }
  const sign = maximize ? -1 : 1;
  const demand = (i: number): number => (problem.demands === undefined ? 1 : (problem.demands[i] as number));
  const entry = (i: number, j: number): number => (costs[i] as ArrayLike<number>)[j] as number;

  // Visit rows group by group (groups in order of first appearance), so that the columns held by
  // the current group are the only group state the remaining rows depend on.
  const groupKey = (i: number): number | string => (problem.groups === undefined ? `row ${i}` : problem.groups[i]!);
  const members = new Map<number | string, number[]>();
  for (let i = 0; i < rows; i++) {
    const key = groupKey(i);
    const list = members.get(key);
    if (list === undefined) members.set(key, [i]);
    else list.push(i);
  }
  const order = [...members.values()].flat();
  const startsGroup = order.map((row, k) => k === 0 || groupKey(row) !== groupKey(order[k - 1] as number));

  // Each row's candidate subsets: allowed columns only, of the right size, with their cost.
  const candidates = order.map((i) => {
    const list: { subset: number; cost: number; units: number }[] = [];
    for (let subset = 0; subset < 1 << cols; subset++) {
      const units = popcount(subset);
      if (partial ? units > demand(i) : units !== demand(i)) continue;
      let cost = 0;
      let allowed = true;
      for (let j = 0; j < cols && allowed; j++) {
        if ((subset & (1 << j)) === 0) continue;
        const c = entry(i, j);
        if (!Number.isFinite(c)) allowed = false;
        else cost += sign * c;
      }
      if (allowed) list.push({ subset, cost, units });
    }
    return list;
  });

  // Remaining capacities, clamped to the number of rows, encoded in base rows + 1.
  const base = rows + 1;
  const power = Array.from({ length: cols }, (_, j) => base ** j);
  let start = 0;
  for (let j = 0; j < cols; j++) start += Math.min(capacities[j] as number, rows) * (power[j] as number);
  const capacityLeft = (code: number, j: number): number => Math.floor(code / (power[j] as number)) % base;

  const memo = new Map<number, Best | null>();
  const capStates = base ** cols;
  const search = (k: number, code: number, held: number): Best | null => {
    if (k === rows) return { units: 0, cost: 0, subset: 0 };
    const groupHeld = startsGroup[k] ? 0 : held;
    const key = (k * capStates + code) * (1 << cols) + groupHeld;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best: Best | null = null;
    for (const { subset, cost, units } of candidates[k] as { subset: number; cost: number; units: number }[]) {
      if ((subset & groupHeld) !== 0) continue;
      let next = code;
      let fits = true;
      for (let j = 0; j < cols && fits; j++) {
        if ((subset & (1 << j)) === 0) continue;
        if (capacityLeft(code, j) === 0) fits = false;
        else next -= power[j] as number;
      }
      if (!fits) continue;
      const rest = search(k + 1, next, groupHeld | subset);
      if (rest === null) continue;
      const u = units + rest.units;
      const c = cost + rest.cost;
      if (best === null || u > best.units || (u === best.units && c < best.cost)) best = { units: u, cost: c, subset };
    }
    memo.set(key, best);
    return best;
  };

  const root = search(0, start, 0);
  let totalDemand = 0;
  for (let i = 0; i < rows; i++) totalDemand += demand(i);
  if (root === null) return { feasible: false, units: 0, total: 0, pairs: [], scale: 0 };

  // Replay the choices to recover one best assignment.
  const pairs: [number, number][] = [];
  let code = start;
  let held = 0;
  for (let k = 0; k < rows; k++) {
    const groupHeld = startsGroup[k] ? 0 : held;
    const choice = memo.get((k * capStates + code) * (1 << cols) + groupHeld) as Best;
    for (let j = 0; j < cols; j++) {
      if ((choice.subset & (1 << j)) === 0) continue;
      pairs.push([order[k] as number, j]);
      code -= power[j] as number;
    }
    held = groupHeld | choice.subset;
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let total = 0;
  let scale = 0;
  for (const [i, j] of pairs) {
    total += entry(i, j);
    scale += Math.abs(entry(i, j));
  }
  return { feasible: root.units === totalDemand, units: root.units, total: total + 0, pairs, scale };
}

/** Options for {@link smallFlowProblems}. */
export interface SmallFlowProblemOptions {
  /** Fixed `maximize`, or drawn when absent. */
  readonly maximize?: boolean;
  /** Fixed `partial`, or drawn when absent. */
  readonly partial?: boolean;
  /** Draw only integer entries (in -100..100, many in 0..3 for ties). */
  readonly integers?: boolean;
}

/**
 * Problems within the oracle's reach: up to 6 × 4, capacities 0..3, demands 0..2 (or absent),
 * groups with ids 0..2 (or absent), ties, negatives, floats and forbidden entries, minimising or
 * maximising, partial or not.
 */
export function smallFlowProblems(options: SmallFlowProblemOptions = {}): fc.Arbitrary<FlowProblem> {
  const flags = fc.record({
    maximize: options.maximize === undefined ? fc.boolean() : fc.constant(options.maximize),
    partial: options.partial === undefined ? fc.boolean() : fc.constant(options.partial),
  });
  const shape = fc.tuple(
    fc.integer({ min: 0, max: BRUTE_FORCE_MAX_ROWS }),
    fc.integer({ min: 0, max: BRUTE_FORCE_MAX_COLS }),
  );
  return fc.tuple(flags, shape).chain(([{ maximize, partial }, [rows, columns]]) => {
    const cols = rows === 0 ? 0 : columns; // nested arrays without rows have no columns
    const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    const finite = options.integers
      ? fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -100, max: 100 }))
      : fc.oneof(
          fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: -100, max: 100 }),
          fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
        );
    const value = fc.oneof({ weight: 3, arbitrary: finite }, { weight: 1, arbitrary: fc.constant(forbidden) });
    const row = fc.array(value, { minLength: cols, maxLength: cols });
    return fc.record({
      costs: fc.array(row, { minLength: rows, maxLength: rows }),
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
      demands: fc.option(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: rows, maxLength: rows }), {
        nil: undefined,
      }),
      groups: fc.option(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: rows, maxLength: rows }), {
        nil: undefined,
      }),
      maximize: fc.constant(maximize),
      partial: fc.constant(partial),
    });
  });
}
