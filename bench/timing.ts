/**
 * The run plan and the timing loop. Each cell is the median of a few runs after an untimed warm-up
 * (at least 15 runs, more up to 50 while under 1.5 s in all: with a full GC between runs V8 needs
 * about a dozen solves before its optimised code settles, as `--trace-deopt` shows), with a full garbage collection before every run (`--expose-gc`; without it `gc`
 * is skipped). A run longer than the cap is not repeated, and a first warm-up longer than the cap is
 * kept as the only sample, so one slow peer cannot eat the whole budget. scipy_lsa.py follows the
 * same plan in Python.
 */

/** How one cell is measured. */
export interface RunPlan {
  /** Whether to warm up, untimed, before timing. */
  readonly warmup: boolean;
  /** Timed runs wanted. */
  readonly runs: number;
  /** A run longer than this (ms) is not repeated. */
  readonly capMs: number;
}

/** Warm-up: at least this many untimed runs (unless one exceeds the cap)... */
export const WARMUP_MIN_RUNS = 15;
/** ...and at most this many... */
export const WARMUP_RUNS = 50;
/** ...while their total time stays under this (ms). */
export const WARMUP_MS = 1500;

/** Runs per size: 9 up to n = 1000, 5 up to 2000, then 1; warm-up below n = 5000 only. */
export function planFor(n: number, capMs: number, runsOverride?: number): RunPlan {
  const runs = runsOverride ?? (n <= 1000 ? 9 : n <= 2000 ? 5 : 1);
  return { warmup: n < 5000, runs, capMs };
}

/** Median of a non-empty list. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function timeOnce(run: () => void): number {
  globalThis.gc?.();
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Times `run` by `plan`; returns the samples in ms (at least one). */
export function measure(run: () => void, plan: RunPlan): number[] {
  if (plan.warmup) {
    const first = timeOnce(run);
    if (first > plan.capMs) return [first];
    let spent = first;
    for (let k = 1; k < WARMUP_RUNS && (k < WARMUP_MIN_RUNS || spent < WARMUP_MS); k++) {
      const ms = timeOnce(run);
      spent += ms;
      if (ms > plan.capMs) break;
    }
  }
  const samples: number[] = [];
  while (samples.length < plan.runs) {
    const ms = timeOnce(run);
    samples.push(ms);
    if (ms > plan.capMs) break;
  }
  return samples;
}
