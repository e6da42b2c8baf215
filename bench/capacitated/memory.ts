/**
 * The memory probe's side of the capacitated suite: builds one capacitated instance, then hands
 * bench/harness/probe.ts one `capacitatedAssignment` call to measure in a fresh process (the growth
 * of `arrayBuffers` and `heapUsed` around the call, and on Linux the peak RSS growth).
 *
 * arguments: ROWS COLS SEED PARTIAL(0|1) CAP_LO CAP_HI
 */
import { capacitatedAssignment } from '../../src/index.js';
import type { ProbeTarget } from '../harness/memory.js';
import { capacitatedInstance } from './instances.js';

/** `ROWS COLS SEED PARTIAL CAP_LO CAP_HI` → one `capacitatedAssignment` call on that instance. */
export function probeTarget(args: readonly string[]): ProbeTarget {
  const [rows, cols, seed, partial, lo, hi] = args.map(Number);
  if ([rows, cols, seed, partial, lo, hi].some((x) => x === undefined || !Number.isInteger(x))) {
    throw new Error('usage: capacitated/memory.ts ROWS COLS SEED PARTIAL CAP_LO CAP_HI');
  }
  const { matrix, capacities } = capacitatedInstance(rows!, cols!, seed!, [lo!, hi!]);
  return {
    call: () =>
      capacitatedAssignment(matrix, { capacities, partial: partial === 1, maxEntries: Number.POSITIVE_INFINITY }),
    facts: (result) => ({
      rows: rows!,
      cols: cols!,
      pairs: (result as ReturnType<typeof capacitatedAssignment>).rows.length,
      inputBytes: matrix.data.byteLength,
    }),
  };
}
