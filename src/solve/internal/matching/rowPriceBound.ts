/**
 * An upper bound from row prices, for problems too large for exact flows. [Reference]: the
 * Lagrangian relaxation of the assignment constraints of the generalised assignment problem
 * (G. T. Ross and R. M. Soland, "A branch and bound algorithm for the generalized assignment
 * problem", Mathematical Programming 8 (1975)), with each column's knapsack solved as a linear
 * programme.
 *
 * For any prices π ≥ 0 on the rows, B(π) = Σ π[r] + Σ over columns of the best Σ (v[r][j] − π[r])
 * over sets of its rows that fit its places and hours, fractions allowed, is at least the value of
 * every matching that keeps the budgets (a row used once pays its price once; groups are dropped,
 * which only loosens the bound). A column's fractional knapsack with two constraints (places and
 * hours) is min over μ ≥ 0 of μ × budget + the sum of its `places` largest (v − π − μ × hours)⁺,
 * convex in μ, minimised by bisection; its sum is recomputed at the μ found, so a μ not quite
 * optimal still gives a valid bound. Then π moves against the rows' slack (projected subgradient
 * steps), and the least B found is kept. O(pairs + columns × items × log) per evaluation.
 */
import { SLICE, type Steps, sliceDue, timeUp } from '../clock.js';
import { type MatchingProblem, pairValue, type SumFigure } from './problem.js';
import type { SparseRows } from './sparseRows.js';

/**
 * Bisection steps for each column's μ: μ within 2⁻²⁴ of the slope's sign change (relative to the
 * steepest ratio). Any μ ≥ 0 gives a valid bound; at 2⁻²⁴ it is above the exact minimum by about
 * 1e-6 on the 5,000 × 1,000 benchmark (bound 4434.794653 against 4434.794652 with 40 steps).
 */
const BISECTIONS = 24;

/**
 * The least B(π) found in `steps` subgradient steps from `start` (row prices; copied), given a
 * value `lower` that some matching keeping the budgets reaches (it sizes the steps), with `values`
 * the value of each pair of `pairs` (in its order); returns the bound and the hours
 * multipliers (each column's μ) at that π. In steps: it yields when an async caller's time slice
 * is over.
 */
export function* rowPriceBound(
  problem: MatchingProblem,
  pairs: SparseRows,
  values: Float64Array | SumFigure,
  places: Int32Array,
  start: Float64Array,
  steps: number,
  lower: number,
): Steps<{ bound: number; lambda: Float64Array }> {
  const { rows, cols, hours, budget } = problem;
  const { start: rowStart, col } = pairs;
  // Column lists of the pairs, for the knapsacks.
  const colStart = new Int32Array(cols + 1);
  for (let e = 0; e < col.length; e++)
    colStart[(col[e] as number) + 1] = (colStart[(col[e] as number) + 1] as number) + 1;
  for (let j = 0; j < cols; j++) colStart[j + 1] = (colStart[j + 1] as number) + (colStart[j] as number);
  // Each column's rows and their pairs' entries (a value is read from its entry when needed: 8
  // bytes a pair, not 16).
  const colRow = new Int32Array(col.length);
  const colEntry = new Int32Array(col.length);
  const fill = colStart.slice(0, cols);
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r] as number; e < (rowStart[r + 1] as number); e++) {
      const j = col[e] as number;
      const at = fill[j] as number;
      fill[j] = at + 1;
      colRow[at] = r;
      colEntry[at] = e;
    }
  }
  let most = 0;
  for (let j = 0; j < cols; j++) most = Math.max(most, (colStart[j + 1] as number) - (colStart[j] as number));
  const itemProfit = new Float64Array(most);
  const itemHours = new Float64Array(most);
  const itemRow = new Int32Array(most);
  const topValue = new Float64Array(Math.max(1, ...Array.from(places, (k) => Math.min(k, most))));
  const topItem = new Int32Array(topValue.length);
  const chosen = new Float64Array(rows);
  const price = Float64Array.from(start);
  let best = Number.POSITIVE_INFINITY;
  const lambda = new Float64Array(cols);
  const bestLambda = new Float64Array(cols);
  let step = 1;
  let stale = 0;

  /** Σ of the k largest (profit − μ × hours)⁺ of the items; the chosen ones in topItem[0 .. returned count). */
  let picked = 0;
  let pickedHours = 0;
  const topK = (items: number, k: number, mu: number): number => {
    let n = 0;
    for (let i = 0; i < items; i++) {
      const v = (itemProfit[i] as number) - mu * (itemHours[i] as number);
      if (v <= 0 || (n === k && v <= (topValue[k - 1] as number))) continue;
      let at = n < k ? n++ : k - 1;
      while (at > 0 && (topValue[at - 1] as number) < v) {
        topValue[at] = topValue[at - 1] as number;
        topItem[at] = topItem[at - 1] as number;
        at--;
      }
      topValue[at] = v;
      topItem[at] = i;
    }
    let sum = 0;
    pickedHours = 0;
    for (let q = 0; q < n; q++) {
      sum += topValue[q] as number;
      pickedHours += itemHours[topItem[q] as number] as number;
    }
    picked = n;
    return sum;
  };

  for (let it = 0; it < steps; it++) {
    // Out of time: the least bound of the steps done (each one valid; none: Infinity, and the
    // caller's other bounds hold).
    if (timeUp()) break;
    let bound = 0;
    for (let r = 0; r < rows; r++) bound += price[r] as number;
    chosen.fill(0);
    for (let j = 0; j < cols; j++) {
      // The async form's turns, every 16 columns (each a knapsack bisection over its pairs).
      if ((j & 15) === 15 && sliceDue()) yield SLICE;
      const k = places[j] as number;
      if (k === 0) continue;
      let items = 0;
      let steepest = 0;
      for (let e = colStart[j] as number; e < (colStart[j + 1] as number); e++) {
        const r = colRow[e] as number;
        const k = colEntry[e] as number;
        const value =
          typeof values === 'string'
            ? pairValue(values, problem.priority[r] as number, pairs.score[k] as number)
            : (values[k] as number);
        const p = value - (price[r] as number);
        if (p <= 0) continue;
        itemProfit[items] = p;
        itemHours[items] = hours[r] as number;
        itemRow[items] = r;
        items++;
        if ((hours[r] as number) > 0) steepest = Math.max(steepest, p / (hours[r] as number));
      }
      if (items === 0) continue;
      const cap = Math.min(k, items);
      const b = budget[j] as number;
      let mu = 0;
      let sum = topK(items, cap, 0);
      if (b < Number.POSITIVE_INFINITY && pickedHours > b) {
        // The slope b − hours picked rises with μ: find where it turns non-negative.
        let lo = 0;
        let hi = steepest;
        for (let s = 0; s < BISECTIONS; s++) {
          const mid = (lo + hi) / 2;
          topK(items, cap, mid);
          if (pickedHours > b) lo = mid;
          else hi = mid;
        }
        mu = hi;
        sum = topK(items, cap, mu);
      }
      bound += sum + (b < Number.POSITIVE_INFINITY ? mu * b : 0);
      lambda[j] = mu;
      for (let q = 0; q < picked; q++) {
        const r = itemRow[topItem[q] as number] as number;
        chosen[r] = (chosen[r] as number) + 1;
      }
    }
    if (bound < best) {
      best = bound;
      bestLambda.set(lambda);
      stale = 0;
    } else if (++stale >= 3) {
      step /= 2;
      stale = 0;
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) {
      let g = 1 - (chosen[r] as number);
      if (g > 0 && (price[r] as number) <= 0) g = 0;
      chosen[r] = g;
      norm += g * g;
    }
    if (norm === 0) break;
    const t = (step * Math.max(bound - lower, 1e-9 * Math.max(1, Math.abs(bound)))) / norm;
    for (let r = 0; r < rows; r++) price[r] = Math.max(0, (price[r] as number) - t * (chosen[r] as number));
  }
  return { bound: best, lambda: bestLambda };
}
