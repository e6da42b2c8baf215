/**
 * What an assignment solver's answer means once read back against its instance, and when two
 * answers agree: shared by the assignment suites (lsap, capacitated), which check every solver's
 * answer outside the timed region. Totals are compared on the shifted sum Σ (c − base), base = the
 * least finite entry, summed with Neumaier compensation: for entries near 1e12 a plain relative
 * check on the raw totals could not tell a suboptimal assignment from an optimal one.
 */

/** What a solver's result means, once checked. */
export type Outcome =
  | { readonly kind: 'solved'; readonly total: number; readonly shifted: number }
  | { readonly kind: 'infeasible' }
  | { readonly kind: 'invalid'; readonly reason: string };

/** Relative tolerance of every total comparison. */
export const RELATIVE_TOLERANCE = 1e-9;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether two outcomes agree: both infeasible, or the same optimum (reported and shifted totals). */
export function agree(a: Outcome, b: Outcome): boolean {
  if (a.kind === 'infeasible' || b.kind === 'infeasible') return a.kind === b.kind;
  if (a.kind !== 'solved' || b.kind !== 'solved') return false;
  return close(a.total, b.total) && close(a.shifted, b.shifted);
}
