/**
 * The clock of a domain function's call, its `timeLimitMs` and `onProgress` options checked by the
 * solvers' clock and, when bad, reported in the caller's `locale` (the issue's code and params as
 * the solvers give them, the message rendered from the catalogs).
 */
import { localeOf, rethrowIn } from '../model/issues.js';
import { type Clock, startAsyncClock, startClock } from '../solve/internal/clock.js';

/** `startClock` under `fn`'s name, its error in the locale of `options`. */
export function startClockIn(fn: string, options: unknown, timeLimitMs: unknown, onProgress?: unknown): Clock | null {
  try {
    return startClock(fn, timeLimitMs, onProgress);
  } catch (error) {
    return rethrowIn(fn, error, localeOf(options));
  }
}

/** `startAsyncClock` under `fn`'s name (its `signal` checked too), its error in the locale of `options`. */
export function startAsyncClockIn(
  fn: string,
  options: unknown,
  timeLimitMs: unknown,
  signal: unknown,
  onProgress?: unknown,
): Clock {
  try {
    return startAsyncClock(fn, timeLimitMs, signal, onProgress);
  } catch (error) {
    return rethrowIn(fn, error, localeOf(options));
  }
}
