/**
 * Child process of capacitated.ts: builds one capacitated instance, then measures one
 * `capacitatedAssignment` call in a fresh process, as memoryProbe.ts does for `linearSumAssignment`:
 * the growth of `arrayBuffers` and `heapUsed` around the call (read before any collection, so
 * transient typed arrays still count) and, on Linux, the peak RSS growth (the high-water mark reset
 * just before the call through /proc/self/clear_refs; VmHWM after it minus VmRSS before it).
 *
 * usage: node --expose-gc --import tsx bench/capacitatedProbe.ts ROWS COLS SEED PARTIAL(0|1) CAP_LO CAP_HI
 */
import { capacitatedAssignment } from '../src/index.js';
import { capacitatedInstance } from './capacitatedInstances.js';
import { procStatus, resetPeak } from './procMemory.js';

/** What this probe prints, in bytes. */
export interface CapacitatedProbe {
  readonly rows: number;
  readonly cols: number;
  readonly pairs: number;
  readonly inputBytes: number;
  readonly arrayBuffers: number;
  readonly heapUsed: number;
  /** Peak RSS growth during the call; `null` where it cannot be read (off Linux). */
  readonly peakRss: number | null;
}

function probe(rows: number, cols: number, seed: number, partial: boolean, range: [number, number]): CapacitatedProbe {
  const { matrix, capacities } = capacitatedInstance(rows, cols, seed, range);
  globalThis.gc?.();
  globalThis.gc?.();
  const canPeak = resetPeak();
  const rssBefore = procStatus('VmRSS');
  const before = process.memoryUsage();
  const result = capacitatedAssignment(matrix, { capacities, partial });
  const after = process.memoryUsage();
  const peak = procStatus('VmHWM');
  return {
    rows,
    cols,
    pairs: result.rows.length,
    inputBytes: matrix.data.byteLength,
    arrayBuffers: after.arrayBuffers - before.arrayBuffers,
    heapUsed: after.heapUsed - before.heapUsed,
    peakRss: canPeak && peak !== undefined && rssBefore !== undefined ? peak - rssBefore : null,
  };
}

const [rows, cols, seed, partial, lo, hi] = process.argv.slice(2).map(Number);
if ([rows, cols, seed, partial, lo, hi].some((x) => x === undefined || !Number.isInteger(x))) {
  throw new Error('usage: capacitatedProbe.ts ROWS COLS SEED PARTIAL CAP_LO CAP_HI');
}
console.log(JSON.stringify(probe(rows!, cols!, seed!, partial === 1, [lo!, hi!])));
