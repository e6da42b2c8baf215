/**
 * The search of `augment.ts` for matrices where many pairs are forbidden: a scanned row relaxes only
 * its allowed entries (from a row index), and the reached columns wait in a binary heap instead of a
 * list scanned in full: O(allowed entries of the scanned rows × log m) per search instead of
 * O(scanned rows × m). Columns reached at or beyond the nearest column with room found so far (the
 * search cannot end beyond it) stay out of the heap until they come closer, which keeps it small.
 * Same graph, same potentials, same end (`shift`) and dead-column marking.
 */

import { popHeap, siftUp } from './heap.js';
import type { FlowNetwork } from './network.js';
import { indexDense, type RowIndex } from './rowIndex.js';
import { blockGroup, reachRows, relaxMates, relaxSwaps, type SearchScratch, shift } from './searchShared.js';

/**
 * Most allowed entries, as a share of the matrix, for which the sparse search is used (measured at
 * 5000×1000: dense faster at 70% allowed, sparse at 40%). A problem given by its allowed entries
 * alone always uses the sparse search.
 */
export const SPARSE_SHARE = 0.4;

/** The row index of `cost` (`n × m`) if at most {@link SPARSE_SHARE} of it is allowed (or `force`), else null. */
export function sparseIndex(n: number, m: number, cost: Float64Array, force: boolean): RowIndex | null {
  let allowed = 0;
  for (let k = 0; k < cost.length; k++) if ((cost[k] as number) < Number.POSITIVE_INFINITY) allowed++;
  if (!force && allowed > SPARSE_SHARE * n * m) return null;
  return indexDense(n, m, cost, allowed);
}

/** Places one more unit of row `s`, like `augmentFrom`, relaxing allowed entries only. */
export function sparseAugmentFrom(net: FlowNetwork, sc: SearchScratch, index: RowIndex, s: number): boolean {
  const { m, capacity, colLoad, u, v, extraCost } = net;
  const { dc, colPred, colVia, scannedCols, dead, blocked, dr, rowSeen, rowDone, heap, colHeap, colHeapPos } = sc;
  const { colSeen, colDone } = sc;
  const inf = Number.POSITIVE_INFINITY;
  const stamp = ++sc.stamp;
  let extraOpen = capacity[m] !== 0 && dead[m] === 0;
  dc[m] = inf;
  let numScannedCols = 0;
  let numScannedRows = 0;
  let heapSize = 0;
  let colHeapSize = 0;
  rowSeen[s] = stamp;
  rowDone[s] = stamp;
  dr[s] = 0;
  sc.scannedRows[numScannedRows++] = s;
  let row = s;
  // No search ends beyond the nearest column with room reached so far (or the extra column):
  // columns reached at or beyond it wait outside the heap (position -1) unless they come closer.
  let bound = inf;
  for (;;) {
    blockGroup(net, blocked, row);
    const offset = (dr[row] as number) - (u[row] as number);
    const end = index.start[row + 1] as number;
    for (let k = index.start[row] as number; k < end; k++) {
      const j = index.cols[k] as number;
      if (colDone[j] === stamp || blocked[j] !== 0 || dead[j] !== 0 || capacity[j] === 0) continue;
      const h = (index.cost[k] as number) - (v[j] as number) + offset;
      let at: number;
      if (colSeen[j] !== stamp) {
        colSeen[j] = stamp;
        at = -1;
      } else if (h < (dc[j] as number)) at = colHeapPos[j] as number;
      else continue;
      dc[j] = h;
      colPred[j] = row;
      colVia[j] = -1;
      if (at >= 0) siftUp(colHeap, colHeapPos, dc, at, j);
      else if (h < bound) siftUp(colHeap, colHeapPos, dc, colHeapSize++, j);
      else {
        colHeapPos[j] = -1;
        continue;
      }
      if (h < bound && (colLoad[j] as number) < (capacity[j] as number)) bound = h;
    }
    heapSize = relaxMates(net, sc, row, offset, heapSize);
    if (extraOpen) {
      const h = extraCost - (v[m] as number) + offset;
      if (h < (dc[m] as number)) {
        dc[m] = h;
        colPred[m] = row;
        colVia[m] = -1;
      }
      if ((colLoad[m] as number) < (capacity[m] as number) && (dc[m] as number) < bound) bound = dc[m] as number;
    }
    // Next: the nearest of the best column, the extra column and the nearest row.
    for (;;) {
      const lowest = colHeapSize > 0 ? (dc[colHeap[0] as number] as number) : inf;
      const top = heapSize > 0 ? (dr[heap[0] as number] as number) : inf;
      const extra = extraOpen ? (dc[m] as number) : inf;
      if (lowest <= extra && lowest <= top) {
        if (lowest === inf) {
          for (let k = 0; k < numScannedCols; k++) dead[scannedCols[k] as number] = 1;
          return false;
        }
        const j = popHeap(colHeap, colHeapPos, dc, colHeapSize--);
        colDone[j] = stamp;
        if ((colLoad[j] as number) < (capacity[j] as number)) {
          shift(net, sc, s, j, lowest, numScannedCols, numScannedRows);
          return true;
        }
        scannedCols[numScannedCols++] = j;
        heapSize = reachRows(net, sc, j, lowest, heapSize);
        colHeapSize = relaxSwaps(net, sc, j, lowest, true, colHeapSize);
      } else if (extra <= top) {
        if ((colLoad[m] as number) < (capacity[m] as number)) {
          shift(net, sc, s, m, extra, numScannedCols, numScannedRows);
          return true;
        }
        extraOpen = false;
        scannedCols[numScannedCols++] = m;
        heapSize = reachRows(net, sc, m, extra, heapSize);
      } else {
        row = popHeap(heap, sc.heapPos, dr, heapSize--);
        rowDone[row] = stamp;
        sc.scannedRows[numScannedRows++] = row;
        break;
      }
    }
  }
}
