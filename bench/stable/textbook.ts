/**
 * The textbook deferred acceptance, the benchmark's peer and its check at full size: ranks looked
 * up in a dense table built per call (receivers × proposers for the proposer-proposing run,
 * proposers × receivers for the receiver-proposing one, Int32Array, as in Gusfield and Irving 1989,
 * §1.2.3 and §1.6.3), a full receiver's worst held proposer kept at the top of a binary max-heap of
 * ranks. No validation. Both optima are unique, so ours must return exactly the same matching.
 */

/** Proposer-optimal: proposers propose, receivers keep their best `capacity` proposals. */
export function textbookProposerOptimal(
  proposerPrefs: readonly ArrayLike<number>[],
  receiverPrefs: readonly ArrayLike<number>[],
  capacities: Int32Array,
): Int32Array {
  const n = proposerPrefs.length;
  const m = receiverPrefs.length;
  const rank = new Int32Array(m * n).fill(-1);
  for (let r = 0; r < m; r++) {
    const list = receiverPrefs[r] as ArrayLike<number>;
    for (let i = 0; i < list.length; i++) rank[r * n + (list[i] as number)] = i;
  }
  const heaps = Array.from({ length: m }, (_, r) => new Int32Array(capacities[r] as number));
  const size = new Int32Array(m);
  const to = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const free: number[] = [];
  for (let p = n - 1; p >= 0; p--) free.push(p);
  const key = (r: number, p: number) => rank[r * n + p] as number;
  while (free.length > 0) {
    const p = free.pop() as number;
    const list = proposerPrefs[p] as ArrayLike<number>;
    while ((next[p] as number) < list.length) {
      const r = list[next[p] as number] as number;
      next[p] = (next[p] as number) + 1;
      const rp = key(r, p);
      if (rp < 0) continue;
      const heap = heaps[r] as Int32Array;
      const s = size[r] as number;
      if (s < heap.length) {
        // Sift up.
        let i = s;
        while (i > 0 && key(r, heap[(i - 1) >> 1] as number) < rp) {
          heap[i] = heap[(i - 1) >> 1] as number;
          i = (i - 1) >> 1;
        }
        heap[i] = p;
        size[r] = s + 1;
        to[p] = r;
        break;
      }
      if (s === 0 || key(r, heap[0] as number) < rp) continue;
      const q = heap[0] as number;
      to[q] = -1;
      free.push(q);
      // Replace the top and sift down.
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= s) break;
        if (c + 1 < s && key(r, heap[c + 1] as number) > key(r, heap[c] as number)) c++;
        if (key(r, heap[c] as number) <= rp) break;
        heap[i] = heap[c] as number;
        i = c;
      }
      heap[i] = p;
      to[p] = r;
      break;
    }
  }
  return to;
}

/** Receiver-optimal: receivers offer places down their lists, proposers hold their best offer. */
export function textbookReceiverOptimal(
  proposerPrefs: readonly ArrayLike<number>[],
  receiverPrefs: readonly ArrayLike<number>[],
  capacities: Int32Array,
): Int32Array {
  const n = proposerPrefs.length;
  const m = receiverPrefs.length;
  const rank = new Int32Array(n * m).fill(-1);
  for (let p = 0; p < n; p++) {
    const list = proposerPrefs[p] as ArrayLike<number>;
    for (let i = 0; i < list.length; i++) rank[p * m + (list[i] as number)] = i;
  }
  const to = new Int32Array(n).fill(-1);
  const held = new Int32Array(m);
  const next = new Int32Array(m);
  const active: number[] = [];
  const onStack = new Uint8Array(m).fill(1);
  for (let r = m - 1; r >= 0; r--) active.push(r);
  while (active.length > 0) {
    const r = active.pop() as number;
    onStack[r] = 0;
    const list = receiverPrefs[r] as ArrayLike<number>;
    while ((held[r] as number) < (capacities[r] as number) && (next[r] as number) < list.length) {
      const p = list[next[r] as number] as number;
      next[r] = (next[r] as number) + 1;
      const rr = rank[p * m + r] as number;
      if (rr < 0) continue;
      const h = to[p] as number;
      if (h >= 0) {
        if ((rank[p * m + h] as number) < rr) continue;
        held[h] = (held[h] as number) - 1;
        if (onStack[h] === 0) {
          onStack[h] = 1;
          active.push(h);
        }
      }
      to[p] = r;
      held[r] = (held[r] as number) + 1;
    }
  }
  return to;
}
