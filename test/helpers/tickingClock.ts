/** A call clock for the time-limit tests: no wall-clock thresholds, a clock that moves at each read. */
import { vi } from 'vitest';
import { withClock } from '../../src/solve/internal/clock.js';

/**
 * Runs `work` under a call clock (named `test`) with a limit of `ms`, while `performance.now()`
 * moves 1 ms at each read from 0; the clock is the real one again afterwards.
 */
export function underTickingClock<T>(ms: number, work: () => T): T {
  let reads = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => reads++);
  try {
    return withClock(
      {
        fn: 'test',
        limitMs: ms,
        deadline: ms,
        signal: undefined,
        onProgress: undefined,
        sliceEnd: Number.POSITIVE_INFINITY,
      },
      work,
    );
  } finally {
    vi.restoreAllMocks();
  }
}
