/** A call clock for the time-limit tests: no wall-clock thresholds, a clock that moves at each read. */
import { vi } from 'vitest';
import { withClock } from '../../src/solve/internal/clock.js';

/** How {@link underTickingClock}'s clock moves past the search's stop point. */
export interface WindDown {
  /** Ms of the limit kept for the work after the search (`keepTime`): the stop point is `ms - keep`. */
  readonly keep: number;
  /** Ms the clock moves at each read once a read has reached the stop point (a slow wind-down). */
  readonly step: number;
}

/**
 * Runs `work` under a call clock (named `test`) with a limit of `ms`, while `performance.now()`
 * moves 1 ms at each read from 0 (with `windDown`, `windDown.step` ms at each read once past the
 * stop point); the clock is the real one again afterwards.
 */
export function underTickingClock<T>(ms: number, work: () => T, windDown?: WindDown): T {
  let time = 0;
  const stopAt = windDown === undefined ? Number.POSITIVE_INFINITY : ms - windDown.keep;
  vi.spyOn(performance, 'now').mockImplementation(() => {
    const read = time;
    time += read >= stopAt ? (windDown as WindDown).step : 1;
    return read;
  });
  try {
    return withClock(
      {
        fn: 'test',
        limitMs: ms,
        deadline: ms,
        ...(windDown === undefined ? {} : { keep: windDown.keep }),
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
