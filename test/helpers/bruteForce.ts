/**
 * Exhaustive oracles for small assignment problems, independent of the solver under test.
 */

/** The best total over all complete assignments (every row if rows ≤ cols, else every column), by
 * trying every injection; `null` when none avoids the forbidden entries. O(m!/(m-n)!). */
export function bruteForceComplete(costs: readonly (readonly number[])[], maximize = false): number | null {
  const rows = costs.length;
  const cols = rows === 0 ? 0 : (costs[0]?.length ?? 0);
  const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const at = (i: number, j: number): number => (transposed ? costs[j]?.[i] : costs[i]?.[j]) as number;
  let best: number | null = null;
  const used = new Array<boolean>(m).fill(false);
  const visit = (i: number, total: number): void => {
    if (i === n) {
      if (best === null || (maximize ? total > best : total < best)) best = total;
      return;
    }
    for (let j = 0; j < m; j++) {
      const c = at(i, j);
      if (used[j] || c === forbidden) continue;
      used[j] = true;
      visit(i + 1, total + c);
      used[j] = false;
    }
  };
  visit(0, 0);
  return best;
}

/** The most pairs over allowed entries and the best total among assignments of that size, by an
 * exhaustive dynamic programme over the sets of used columns (every assignment is considered). */
export function bruteForcePartial(
  costs: readonly (readonly number[])[],
  maximize = false,
): { size: number; total: number } {
  const rows = costs.length;
  const cols = rows === 0 ? 0 : (costs[0]?.length ?? 0);
  const forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const states = 1 << cols;
  // For each set of used columns: the best (size, total) over the rows seen so far.
  let size = new Int32Array(states).fill(-1);
  let total = new Float64Array(states);
  size[0] = 0;
  const better = (s: number, t: number, s0: number, t0: number): boolean =>
    s > s0 || (s === s0 && (maximize ? t > t0 : t < t0));
  for (let i = 0; i < rows; i++) {
    const nextSize = size.slice();
    const nextTotal = total.slice();
    for (let mask = 0; mask < states; mask++) {
      const s = size[mask] as number;
      if (s < 0) continue;
      for (let j = 0; j < cols; j++) {
        const c = costs[i]?.[j] as number;
        if (mask & (1 << j) || c === forbidden) continue;
        const to = mask | (1 << j);
        const t = (total[mask] as number) + c;
        if (better(s + 1, t, nextSize[to] as number, nextTotal[to] as number)) {
          nextSize[to] = s + 1;
          nextTotal[to] = t;
        }
      }
    }
    size = nextSize;
    total = nextTotal;
  }
  let bestSize = 0;
  let bestTotal = 0;
  for (let mask = 0; mask < states; mask++) {
    const s = size[mask] as number;
    if (s >= 0 && better(s, total[mask] as number, bestSize, bestTotal)) {
      bestSize = s;
      bestTotal = total[mask] as number;
    }
  }
  return { size: bestSize, total: bestTotal };
}
