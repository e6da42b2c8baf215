/**
 * Deferred acceptance for the hospitals/residents problem, from either side.
 * [Reference]: D. Gale and L. S. Shapley, "College admissions and the stability of marriage", Amer.
 * Math. Monthly 69 (1962) 9–15; A. E. Roth, "The evolution of the labor market for medical interns
 * and residents", J. Political Economy 92 (1984) 991–1016; D. Gusfield and R. W. Irving, "The Stable
 * Marriage Problem: Structure and Algorithms", MIT Press (1989), §1.6.3 (the resident-oriented and
 * hospital-oriented algorithms and their optimality).
 *
 * Ranks are never looked up. Each side that answers keeps one bit per pair, "would accept this
 * partner now": set for everyone it ranks (while the lists are validated, `readPreferences`), and
 * cleared, walking up its own list from the bottom, for everyone it would now turn down (once a
 * receiver is full, those below its worst held proposer; once a proposer holds an offer, those below
 * that offer). Each list is walked at most once by each pointer, so both run in O(P + R + L) for L list entries, plus P·R/32 words zeroed; memory
 * O(P + R) and the P·R bits. Whatever order the free agents are served in, the result is the same
 * (the side-optimal stable matching); a stack by index keeps the run itself deterministic too.
 */
import type { Preferences } from './readPreferences.js';

/**
 * Proposers propose (the proposer-optimal stable matching): a free proposer applies down its list;
 * a receiver holds its best `capacity` applications so far. A receiver's bit for a proposer says
 * whether it would hold its application: it ranks it and, when full, ranks it above its worst.
 * Takes the receivers' `ranks` bits and works in them.
 *
 * @returns each proposer's receiver, -1 when unmatched.
 */
export function proposersPropose({ proposers, receivers, capacity, ranks: accepts }: Preferences): Int32Array {
  const n = proposers.length;
  const words = (n + 31) >>> 5;
  // A receiver without places accepts nobody.
  for (let r = 0; r < capacity.length; r++) if (capacity[r] === 0) accepts.fill(0, r * words, r * words + words);
  const to = new Int32Array(n).fill(-1);
  const held = new Int32Array(capacity.length);
  // Per full receiver, the slot of its worst held proposer; every bit below it is cleared.
  const worst = new Int32Array(capacity.length);
  const next = new Int32Array(n);
  const free = new Int32Array(n);
  let top = 0;
  for (let p = n - 1; p >= 0; p--) free[top++] = p;
  // Receiver r is full: clears its bits from slot `from - 1` up its list to its worst held proposer.
  const closeBelowWorst = (r: number, from: number) => {
    const list = receivers[r] as ArrayLike<number>;
    const row = r * words;
    let v = from - 1;
    for (; v > 0; v--) {
      const q = list[v] as number;
      if (to[q] === r) break;
      accepts[row + (q >>> 5)] = (accepts[row + (q >>> 5)] as number) & ~(1 << (q & 31));
    }
    worst[r] = v;
  };
  while (top > 0) {
    const p = free[--top] as number;
    const list = proposers[p] as ArrayLike<number>;
    const bit = 1 << (p & 31);
    let k = next[p] as number;
    for (; k < list.length; k++) {
      const r = list[k] as number;
      if (((accepts[r * words + (p >>> 5)] as number) & bit) === 0) continue;
      to[p] = r;
      const h = (held[r] as number) + 1;
      if (h <= (capacity[r] as number)) {
        held[r] = h;
        if (h === capacity[r]) closeBelowWorst(r, (receivers[r] as ArrayLike<number>).length);
      } else {
        // Full, and p is above the worst, who goes (and whose bit is cleared with the rest).
        const w = worst[r] as number;
        const q = (receivers[r] as ArrayLike<number>)[w] as number;
        to[q] = -1;
        free[top++] = q;
        closeBelowWorst(r, w + 1);
      }
      break;
    }
    next[p] = k + 1;
  }
  return to;
}

/**
 * Receivers propose (the receiver-optimal stable matching): a receiver with a free place offers it
 * to the next proposer on its list; a proposer holds its best offer so far. A proposer's bit for a
 * receiver says whether it would take its offer: it ranks it above the offer it holds. A receiver
 * that loses a proposer while full becomes active again; it is never on the stack twice. Takes
 * the proposers' `ranks` bits and works in them.
 *
 * @returns each proposer's receiver, -1 when unmatched.
 */
export function receiversPropose({ proposers, receivers, capacity, ranks: takes }: Preferences): Int32Array {
  const n = proposers.length;
  const m = receivers.length;
  const words = (m + 31) >>> 5;
  const to = new Int32Array(n).fill(-1);
  const held = new Int32Array(m);
  const next = new Int32Array(m);
  // Per proposer, the slot of its list below which every bit is cleared.
  const bottom = new Int32Array(n);
  for (let p = 0; p < n; p++) bottom[p] = (proposers[p] as ArrayLike<number>).length;
  const active = new Int32Array(m);
  let top = 0;
  for (let r = m - 1; r >= 0; r--) if ((capacity[r] as number) > 0) active[top++] = r;
  while (top > 0) {
    const r = active[--top] as number;
    const list = receivers[r] as ArrayLike<number>;
    const end = list.length;
    const c = capacity[r] as number;
    const word = r >>> 5;
    const bit = 1 << (r & 31);
    // r's count stays local while r proposes (only r gains; others lose).
    let count = held[r] as number;
    let k = next[r] as number;
    while (count < c && k < end) {
      const p = list[k++] as number;
      const row = p * words;
      if (((takes[row + word] as number) & bit) === 0) continue;
      const h = to[p] as number;
      if (h >= 0) {
        if (held[h] === capacity[h]) active[top++] = h;
        held[h] = (held[h] as number) - 1;
      }
      to[p] = r;
      count++;
      // p now turns down everyone it ranks below r, the receiver it left included.
      const pList = proposers[p] as ArrayLike<number>;
      let v = (bottom[p] as number) - 1;
      for (; v >= 0; v--) {
        const s = pList[v] as number;
        if (s === r) break;
        takes[row + (s >>> 5)] = (takes[row + (s >>> 5)] as number) & ~(1 << (s & 31));
      }
      bottom[p] = v;
    }
    held[r] = count;
    next[r] = k;
  }
  return to;
}
