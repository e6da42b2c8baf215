/**
 * How a shortest augmenting path search ends, shared by the dense and the sparse search: the path
 * flip on success, the dead-column marks on failure, and the sparse search's dual update (the dense
 * search keeps other labels and updates the duals itself).
 */
import type { LsapWorkspace } from './workspace.js';

/**
 * After a failed search, every column it reached is a dead end for good: no free column is
 * reachable from them, and no later augmenting path can pass through them, so later searches skip
 * them. Their duals are left as they are; the caller re-solves (see `solveLsap.ts`).
 */
export function markDead(dead: Uint8Array, scanned: Int32Array, numScanned: number): number {
  for (let k = 0; k < numScanned; k++) dead[scanned[k] as number] = 1;
  return -1;
}

/** Dual update after a search: every scanned column's dual moves by its distance below the end. */
export function updateDuals(
  v: Float64Array,
  d: Float64Array,
  scanned: Int32Array,
  count: number,
  minVal: number,
): void {
  for (let k = 0; k < count; k++) {
    const j = scanned[k] as number;
    v[j] = (v[j] as number) + (d[j] as number) - minVal;
  }
}

/** Flips the alternating path ending at free column `end`; returns the row it started from. */
export function flipPath(ws: LsapWorkspace, end: number): number {
  const { x, y, pred } = ws;
  let j = end;
  for (;;) {
    const i = pred[j] as number;
    y[j] = i;
    const next = x[i] as number;
    x[i] = j;
    if (next < 0) return i;
    j = next;
  }
}
