/**
 * Options of the lsap suite (`npm run bench`), parsed by the harness (bench/harness/suite.ts:
 * strict, an unknown option or name is an error, with the list of valid ones).
 */
import { names, type OptionSpec, positive, text, type Values } from '../harness/suite.js';
import { CLASS_NAMES, type ClassName } from './generators.js';
import { SOLVER_NAMES, type SolverName } from './solvers.js';

/** Resolved options. */
export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly classes: readonly ClassName[];
  readonly solvers: readonly SolverName[];
  readonly seed: number;
  /** A run longer than this (ms) is not repeated, and the solver skips larger n of that class. */
  readonly capMs: number;
  /** Timed runs per cell instead of the default plan. */
  readonly runs: number | undefined;
  readonly memory: boolean;
}

export const DEFAULT_SIZES = [100, 500, 1000, 2000, 5000] as const;
export const QUICK_SIZES = [100, 500] as const;

export const USAGE = `usage: npm run bench -- [options]   (or node bench/run.mjs lsap [options])
  --sizes 100,500        sizes n (default ${DEFAULT_SIZES.join(',')})
  --quick                small sizes only (${QUICK_SIZES.join(',')}) unless --sizes is given
  --classes a,b          input classes (default all: ${CLASS_NAMES.join(',')})
  --solvers a,b          solvers (default all: ${SOLVER_NAMES.join(',')})
  --out FILE             also write the report (markdown) to FILE, e.g. bench/lsap/results.md
  --seed N               base seed of the generators (default 1)
  --cap SECONDS          per-run time cap (default 4): a slower run is not repeated, larger n skipped
  --runs N               timed runs per cell (default 9 for n <= 1000, 5 for n <= 2000, else 1)
  --no-memory            skip the memory report
  --help                 this text`;

export const OPTIONS: OptionSpec = {
  sizes: { type: 'string' },
  quick: { type: 'boolean', default: false },
  classes: { type: 'string' },
  solvers: { type: 'string' },
  seed: { type: 'string', default: '1' },
  cap: { type: 'string', default: '4' },
  runs: { type: 'string' },
  'no-memory': { type: 'boolean', default: false },
};

/** Resolves the parsed values. */
export function resolveOptions(values: Values): BenchOptions {
  const given = text(values, 'sizes');
  const sizes =
    given === undefined
      ? [...(values.quick === true ? QUICK_SIZES : DEFAULT_SIZES)]
      : given.split(',').map((size) => positive('--sizes', size.trim(), true));
  const seed = Number(text(values, 'seed'));
  if (!Number.isInteger(seed)) throw new Error(`bench: --seed needs an integer, got ${text(values, 'seed')}`);
  const runs = text(values, 'runs');
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    classes: names('--classes', text(values, 'classes'), CLASS_NAMES),
    solvers: names('--solvers', text(values, 'solvers'), SOLVER_NAMES),
    seed,
    capMs: 1000 * positive('--cap', text(values, 'cap') as string, false),
    runs: runs === undefined ? undefined : positive('--runs', runs, true),
    memory: values['no-memory'] !== true,
  };
}
