/**
 * A binary min-heap of indices keyed by a distance array, with positions for decrease-key; shared
 * by the rows and the columns of the flow searches. No allocation: the caller owns the arrays.
 */

/** Moves `x` up the heap from position `k` (insert at `k = size`, or decrease-key at its position). */
export function siftUp(heap: Int32Array, pos: Int32Array, key: Float64Array, k: number, x: number): void {
  const value = key[x] as number;
  while (k > 0) {
    const parent = (k - 1) >> 1;
    const p = heap[parent] as number;
    if ((key[p] as number) <= value) break;
    heap[k] = p;
    pos[p] = k;
    k = parent;
  }
  heap[k] = x;
  pos[x] = k;
}

/** Removes and returns the first index; `size` is the size before removal. */
export function popHeap(heap: Int32Array, pos: Int32Array, key: Float64Array, size: number): number {
  const top = heap[0] as number;
  const last = heap[size - 1] as number;
  const n = size - 1;
  const value = key[last] as number;
  let k = 0;
  for (;;) {
    let child = 2 * k + 1;
    if (child >= n) break;
    const right = child + 1;
    if (right < n && (key[heap[right] as number] as number) < (key[heap[child] as number] as number)) child = right;
    const c = heap[child] as number;
    if ((key[c] as number) >= value) break;
    heap[k] = c;
    pos[c] = k;
    k = child;
  }
  if (n > 0) {
    heap[k] = last;
    pos[last] = k;
  }
  return top;
}
