/**
 * The kernel on matrices with finite entries too large for plain double arithmetic (up to
 * `Number.MAX_VALUE`, as scipy accepts: big-M sentinels such as `DBL_MAX` for unwanted pairs).
 * Above {@link magnitudeLimit}, sums of entries along augmenting paths and duals could overflow to
 * `Infinity` and then turn into `NaN` (munkres-cpp issue 20 is the classic failure). Two phases:
 *
 * 1. Big-M first: when no entry is hugely negative, entries above the limit are forbidden and the
 *    rest solved as usual. If every row is matched and the duals also price the huge entries
 *    (`u[i] + v[j] ≤ c[i][j]`), LP duality proves the assignment optimal for the whole matrix:
 *    the usual case, solved with the usual exactness, the sentinels never added to anything.
 * 2. Otherwise every entry is scaled by one power of two 2^-k, small enough that the scaled matrix
 *    is within the limit, and solved. Multiplying by a power of two is exact (short of subnormal
 *    results, below 2^(k - 1022) in the input's scale, with k ≤ 62), and every rounding of the
 *    kernel is the same as in unlimited exponent range: the result is the one double arithmetic
 *    without overflow would give. Duals come back multiplied by 2^k (they may overflow there; the
 *    assignment does not depend on them).
 *
 * O(rows × cols) beyond the kernel, plus one copy of the matrix and, when phase 1 does not settle
 * it, a second kernel run.
 */
import { magnitudeLimit } from '../readCostMatrix.js';
import { type LsapSolution, solveLsap } from './solveLsap.js';

/**
 * Solves the kernel problem (`n ≤ m`, minimise, forbidden = `+Infinity`) whose finite entries may
 * exceed {@link magnitudeLimit}; same contract as {@link solveLsap}.
 */
export function solveLsapHuge(n: number, m: number, cost: Float64Array, partial: boolean): LsapSolution {
  const limit = magnitudeLimit(n + m);
  const work = new Float64Array(cost.length);
  let hugeNegative = false;
  let largest = 0;
  for (let k = 0; k < cost.length; k++) {
    const c = cost[k] as number;
    if (c < -limit) hugeNegative = true;
    if (c < Number.POSITIVE_INFINITY && Math.abs(c) > largest) largest = Math.abs(c);
    work[k] = c > limit ? Number.POSITIVE_INFINITY : c;
  }
  if (!hugeNegative) {
    const first = solveLsap(n, m, work, false);
    if (first.feasible && pricesHuge(first, m, cost, limit)) return first;
  }
  let exponent = 0;
  let scaled = largest;
  while (scaled > limit) {
    scaled /= 2;
    exponent++;
  }
  const scale = 2 ** -exponent;
  for (let k = 0; k < cost.length; k++) work[k] = (cost[k] as number) * scale;
  const solution = solveLsap(n, m, work, partial);
  const back = 2 ** exponent;
  for (let k = 0; k < solution.u.length; k++) solution.u[k] = (solution.u[k] as number) * back;
  for (let k = 0; k < solution.v.length; k++) solution.v[k] = (solution.v[k] as number) * back;
  return solution;
}

/**
 * Whether the duals of a complete solution found with the huge entries forbidden keep every huge
 * entry's reduced cost non-negative: then they certify the solution for the whole matrix.
 */
function pricesHuge(solution: LsapSolution, m: number, cost: Float64Array, limit: number): boolean {
  const { u, v } = solution;
  for (let k = 0; k < cost.length; k++) {
    const c = cost[k] as number;
    if (!(c > limit && c < Number.POSITIVE_INFINITY)) continue;
    const i = Math.floor(k / m);
    const j = k - i * m;
    if ((u[i] as number) + (v[j] as number) > c) return false;
  }
  return true;
}
