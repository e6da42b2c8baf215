/**
 * The run plan and the timing loops of every suite. Each cell is the median of a few runs after an
 * untimed warm-up (at least 15 runs, more up to 50 while under 1.5 s in all: with a full GC between
 * runs the first solves are slower while V8's optimised code settles), with a full garbage
 * collection before every run (`--expose-gc`; without it `gc` is skipped). The calls compared on
 * one instance are interleaved (see {@link measureInterleaved}). A run longer than the cap is not
 * repeated, and a first warm-up longer than the cap is kept as the only sample, so one slow peer
 * cannot eat the whole budget. scipy_lsa.py follows the same plan in Python, in its own process.
 * Each suite chooses its plan (runs per size) itself.
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

/** Median of a non-empty list. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One run in ms, after a full GC (when `--expose-gc` is on). */
export function timeOnce(run: () => unknown): number {
  globalThis.gc?.();
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Times several solvers on one instance by `plan`, interleaved: each warms up on its own, then the timed runs go in rounds, one run of every solver per round, the order
 * reversed every other round. This VM's speed drifts between phases up to 1.5× apart that last
 * seconds, so timing one solver's runs after another's could hand a slow phase to one of them;
 * interleaved, every solver meets the same mix. A solver whose run exceeds the cap leaves the rounds.
 *
 * @returns the samples in ms of each solver, in the order given (at least one each).
 */
export function measureInterleaved(runs: readonly (() => void)[], plan: RunPlan): number[][] {
  const samples: number[][] = runs.map(() => []);
  const active: number[] = [];
  runs.forEach((run, k) => {
    if (!plan.warmup) {
      active.push(k);
      return;
    }
    const first = timeOnce(run);
    if (first > plan.capMs) {
      samples[k]?.push(first);
      return;
    }
    let spent = first;
    let capped = false;
    for (let w = 1; w < WARMUP_RUNS && (w < WARMUP_MIN_RUNS || spent < WARMUP_MS) && !capped; w++) {
      const ms = timeOnce(run);
      spent += ms;
      capped = ms > plan.capMs;
    }
    active.push(k);
  });
  for (let round = 0; round < plan.runs && active.length > 0; round++) {
    const order = round % 2 === 0 ? [...active] : [...active].reverse();
    for (const k of order) {
      const ms = timeOnce(runs[k] as () => void);
      samples[k]?.push(ms);
      if (ms > plan.capMs) active.splice(active.indexOf(k), 1);
    }
  }
  return samples;
}
