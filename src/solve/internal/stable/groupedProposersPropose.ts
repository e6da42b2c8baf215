/**
 * Deferred acceptance, proposers proposing, when proposers come in groups and a receiver takes at
 * most one proposer of each group (one mentee's several requests never go to the same mentor).
 * [Reference]: the receiver's choice, "the best proposer of each group, then the best `capacity` of
 * those", is substitutable and meets the law of aggregate demand, so deferred acceptance ends in the
 * proposer-optimal stable matching and stays strategy-proof for proposers: J. W. Hatfield and
 * P. R. Milgrom, "Matching with contracts", American Economic Review 95 (2005) 913–935; A. E. Roth
 * and M. Sotomayor, "Two-Sided Matching", Cambridge (1990), ch. 6 (substitutable preferences).
 *
 * A receiver holds its choice among the applications so far: an application from a group it
 * already holds replaces that one when the receiver ranks it higher; otherwise it is held while
 * there is room, or replaces the worst held one it beats. Ranks come from one `receivers × proposers`
 * table (Int32, built once), the held proposers from per-receiver slots. O(P·R + L·c) time for L
 * list entries and the largest capacity c; memory P·R Int32 (only used with groups).
 */
import type { Preferences } from './readPreferences.js';

/**
 * The proposer-optimal stable matching under group limits.
 *
 * @param prefs - the validated instance.
 * @param groups - per proposer, its group id (any integer).
 * @returns each proposer's receiver, -1 when unmatched.
 */
export function groupedProposersPropose(
  { proposers, receivers, capacity }: Preferences,
  groups: Int32Array,
): Int32Array {
  const n = proposers.length;
  const m = receivers.length;
  // rank[r * n + p]: p's position in r's list, or -1 when r does not rank p.
  const rank = new Int32Array(m * n).fill(-1);
  for (let r = 0; r < m; r++) {
    const list = receivers[r] as ArrayLike<number>;
    for (let k = 0; k < list.length; k++) rank[r * n + (list[k] as number)] = k;
  }
  // Receiver r's held proposers in slots start[r] .. start[r] + held[r] - 1 (capacities ≤ n).
  const start = new Int32Array(m + 1);
  for (let r = 0; r < m; r++) start[r + 1] = (start[r] as number) + Math.min(capacity[r] as number, n);
  const slots = new Int32Array(start[m] as number);
  const held = new Int32Array(m);
  const to = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const free = new Int32Array(n);
  let top = 0;
  for (let p = n - 1; p >= 0; p--) free[top++] = p;
  while (top > 0) {
    const p = free[--top] as number;
    const list = proposers[p] as ArrayLike<number>;
    let k = next[p] as number;
    for (; k < list.length; k++) {
      const r = list[k] as number;
      const mine = rank[r * n + p] as number;
      const c = capacity[r] as number;
      if (mine < 0 || c === 0) continue;
      const base = start[r] as number;
      const h = held[r] as number;
      // The slot of a held proposer of p's group, and of the worst held one.
      let sibling = -1;
      let worst = -1;
      let worstRank = -1;
      for (let s = base; s < base + h; s++) {
        const q = slots[s] as number;
        if (groups[q] === groups[p]) sibling = s;
        const qr = rank[r * n + q] as number;
        if (qr > worstRank) {
          worstRank = qr;
          worst = s;
        }
      }
      const out = sibling >= 0 ? sibling : h < c ? -1 : worst;
      if (out >= 0 && (rank[r * n + (slots[out] as number)] as number) < mine) continue; // r keeps its own
      to[p] = r;
      if (out < 0) {
        slots[base + h] = p;
        held[r] = h + 1;
      } else {
        const q = slots[out] as number;
        to[q] = -1;
        free[top++] = q;
        slots[out] = p;
      }
      break;
    }
    next[p] = k + 1;
  }
  return to;
}
