/**
 * Command-line options of `npm run bench`, parsed with node:util's parseArgs (strict: an unknown
 * option or name is an error, with the list of valid ones).
 */
import { parseArgs } from 'node:util';
import { CLASS_NAMES, type ClassName } from './generators.js';
import { SOLVER_NAMES, type SolverName } from './solvers.js';

/** Resolved options. */
export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly classes: readonly ClassName[];
  readonly solvers: readonly SolverName[];
  readonly out: string | undefined;
  readonly seed: number;
  /** A run longer than this (ms) is not repeated, and the solver skips larger n of that class. */
  readonly capMs: number;
  /** Timed runs per cell instead of the default plan. */
  readonly runs: number | undefined;
  readonly memory: boolean;
}

export const DEFAULT_SIZES = [100, 500, 1000, 2000, 5000] as const;
export const QUICK_SIZES = [100, 500] as const;

export const USAGE = `usage: npm run bench -- [options]
  --sizes 100,500        sizes n (default ${DEFAULT_SIZES.join(',')})
  --quick                small sizes only (${QUICK_SIZES.join(',')}) unless --sizes is given
  --classes a,b          input classes (default all: ${CLASS_NAMES.join(',')})
  --solvers a,b          solvers (default all: ${SOLVER_NAMES.join(',')})
  --out FILE             also write the report (markdown) to FILE
  --seed N               base seed of the generators (default 1)
  --cap SECONDS          per-run time cap (default 4): a slower run is not repeated, larger n skipped
  --runs N               timed runs per cell (default 5 for n <= 1000, 3 for n <= 2000, else 1)
  --no-memory            skip the memory report
  --help                 this text`;

function list<T extends string>(flag: string, text: string | undefined, valid: readonly T[]): readonly T[] {
  if (text === undefined) return valid;
  const names = text.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(valid as readonly string[]).includes(name)) {
      throw new Error(`bench: ${flag} ${name} is unknown; expected one of ${valid.join(', ')}`);
    }
  }
  return valid.filter((name) => names.includes(name));
}

function positiveNumber(flag: string, text: string, integer: boolean): number {
  const value = Number(text);
  if (!(value > 0) || (integer && !Number.isInteger(value))) {
    throw new Error(`bench: ${flag} needs a positive ${integer ? 'integer' : 'number'}, got ${text}`);
  }
  return value;
}

/** Parses `argv` (without node and the script); `undefined` after printing the usage for --help. */
export function parseOptions(argv: readonly string[]): BenchOptions | undefined {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      classes: { type: 'string' },
      solvers: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      cap: { type: 'string', default: '4' },
      runs: { type: 'string' },
      'no-memory': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return undefined;
  }
  const sizes =
    values.sizes === undefined
      ? [...(values.quick ? QUICK_SIZES : DEFAULT_SIZES)]
      : values.sizes.split(',').map((text) => positiveNumber('--sizes', text.trim(), true));
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`bench: --seed needs an integer, got ${values.seed}`);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    classes: list('--classes', values.classes, CLASS_NAMES),
    solvers: list('--solvers', values.solvers, SOLVER_NAMES),
    out: values.out,
    seed,
    capMs: 1000 * positiveNumber('--cap', values.cap, false),
    runs: values.runs === undefined ? undefined : positiveNumber('--runs', values.runs, true),
    memory: !values['no-memory'],
  };
}
