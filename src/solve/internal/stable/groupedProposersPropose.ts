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
 * there is room, or replaces the worst held one it beats. A proposer only ever applies along its own
 * list, so the only ranks needed are, for each entry of a proposer's list, where that receiver ranks
 * the proposer: one Int32 per proposer list entry, found once by bucketing the receivers' lists by
 * proposer (a counting sort); a held proposer's rank sits beside it in the receiver's slots.
 * O(P + R + L·c) time for L list entries and the largest capacity c; memory O(P + R + L).
 */
import type { Lists, Preferences } from './readPreferences.js';

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
  const { first, rankAt } = ranksAlongProposerLists(proposers, receivers);
  // Receiver r's held proposers, with their ranks, in slots start[r] .. start[r] + held[r] - 1: at
  // most its capacity, and at most the proposers it ranks (so O(L) slots even without limits).
  const start = new Int32Array(m + 1);
  for (let r = 0; r < m; r++) {
    const room = Math.min(capacity[r] as number, (receivers[r] as ArrayLike<number>).length);
    start[r + 1] = (start[r] as number) + room;
  }
  const slots = new Int32Array(start[m] as number);
  const slotRank = new Int32Array(start[m] as number);
  const held = new Int32Array(m);
  const to = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const free = new Int32Array(n);
  let top = 0;
  for (let p = n - 1; p >= 0; p--) free[top++] = p;
  while (top > 0) {
    const p = free[--top] as number;
    const list = proposers[p] as ArrayLike<number>;
    const ranks = first[p] as number;
    let k = next[p] as number;
    for (; k < list.length; k++) {
      const r = list[k] as number;
      const mine = rankAt[ranks + k] as number;
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
        const qr = slotRank[s] as number;
        if (qr > worstRank) {
          worstRank = qr;
          worst = s;
        }
      }
      const out = sibling >= 0 ? sibling : h < c ? -1 : worst;
      if (out >= 0 && (slotRank[out] as number) < mine) continue; // r keeps its own
      to[p] = r;
      if (out < 0) {
        slots[base + h] = p;
        slotRank[base + h] = mine;
        held[r] = h + 1;
      } else {
        const q = slots[out] as number;
        to[q] = -1;
        free[top++] = q;
        slots[out] = p;
        slotRank[out] = mine;
      }
      break;
    }
    next[p] = k + 1;
  }
  return to;
}

/**
 * For entry `k` of proposer `p`'s list, `rankAt[first[p] + k]`: where that receiver ranks `p`, or
 * -1 when it does not rank `p`. The receivers' entries are bucketed by proposer, then each bucket is
 * matched against the proposer's list through a scratch "position in p's list" per receiver.
 * O(P + R + L) time and memory.
 */
function ranksAlongProposerLists(proposers: Lists, receivers: Lists): { first: Int32Array; rankAt: Int32Array } {
  const n = proposers.length;
  const m = receivers.length;
  const first = new Int32Array(n + 1);
  for (let p = 0; p < n; p++) first[p + 1] = (first[p] as number) + (proposers[p] as ArrayLike<number>).length;
  const rankAt = new Int32Array(first[n] as number).fill(-1);
  // The receivers' entries by proposer: bucket p holds (receiver, rank) pairs.
  const bucketStart = new Int32Array(n + 1);
  for (let r = 0; r < m; r++) {
    const list = receivers[r] as ArrayLike<number>;
    for (let k = 0; k < list.length; k++) {
      const p = (list[k] as number) + 1;
      bucketStart[p] = (bucketStart[p] as number) + 1;
    }
  }
  for (let p = 0; p < n; p++) bucketStart[p + 1] = (bucketStart[p + 1] as number) + (bucketStart[p] as number);
  const fill = bucketStart.slice(0, n);
  const bucketReceiver = new Int32Array(bucketStart[n] as number);
  const bucketRank = new Int32Array(bucketStart[n] as number);
  for (let r = 0; r < m; r++) {
    const list = receivers[r] as ArrayLike<number>;
    for (let k = 0; k < list.length; k++) {
      const p = list[k] as number;
      const at = fill[p] as number;
      fill[p] = at + 1;
      bucketReceiver[at] = r;
      bucketRank[at] = k;
    }
  }
  // Position of each receiver in the current proposer's list, -1 elsewhere (reset after each).
  const position = new Int32Array(m).fill(-1);
  for (let p = 0; p < n; p++) {
    const list = proposers[p] as ArrayLike<number>;
    for (let k = 0; k < list.length; k++) position[list[k] as number] = k;
    const end = bucketStart[p + 1] as number;
    for (let b = bucketStart[p] as number; b < end; b++) {
      const k = position[bucketReceiver[b] as number] as number;
      if (k >= 0) rankAt[(first[p] as number) + k] = bucketRank[b] as number;
    }
    for (let k = 0; k < list.length; k++) position[list[k] as number] = -1;
  }
  return { first, rankAt };
}
