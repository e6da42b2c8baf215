/**
 * The largest allowed (finite) entry of a cost matrix, or 0 if none is larger. Used as the cost of
 * the extra columns that make `partial` exact: any one constant gives the same optimum (every
 * solution uses all of them), and one no cheaper than any allowed entry makes rows try real columns
 * first, which is faster.
 */
export function largestAllowed(cost: Float64Array): number {
  let largest = 0;
  for (let k = 0; k < cost.length; k++) {
    const c = cost[k] as number;
    if (c > largest && c < Number.POSITIVE_INFINITY) largest = c;
  }
  return largest;
}
