/**
 * Options of the capacitated suite (`npm run bench:capacitated`), parsed by the harness
 * (bench/harness/suite.ts: strict, an unknown option or name is an error, with the valid ones).
 */
import { names, type OptionSpec, positive, shapes, text, type Values } from '../harness/suite.js';
import { CAPACITY_RANGE } from './instances.js';

/** The columns of the capacitated table, in order. */
export const CAPACITATED_SOLVERS = ['scipy', 'ours', 'ours-csr', 'lsa-replicated'] as const;
export type CapacitatedSolver = (typeof CAPACITATED_SOLVERS)[number];

/** One instance shape. */
export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** Resolved options. */
export interface CapacitatedOptions {
  readonly shapes: readonly Shape[];
  readonly solvers: readonly CapacitatedSolver[];
  readonly seed: number;
  /**
   * Capacities are drawn uniformly from this range, both ends included; undefined: per shape, the
   * range of width 4 centred on 1.2 × rows / columns (Σ capacity ≈ 1.2 × demand, as in the issue).
   */
  readonly capacities: readonly [number, number] | undefined;
  /** A run longer than this (ms) is not repeated. */
  readonly capMs: number;
  /** Timed runs per cell instead of the default plan. */
  readonly runs: number | undefined;
  /** The replicated solvers are skipped above this many replicated entries. */
  readonly replicatedMax: number;
  readonly memory: boolean;
  /**
   * Share of the pairs allowed, in (0, 1]; 1 (the default): dense. Below 1 the other pairs are
   * forbidden (`Infinity` in the dense matrix, absent from the CSR form).
   */
  readonly density: number;
}

/** The capacity range of a shape: `options.capacities`, else width 4 around 1.2 × rows / columns. */
export function capacityRange(shape: Shape, options: CapacitatedOptions): readonly [number, number] {
  if (options.capacities !== undefined) return options.capacities;
  const mean = Math.round((1.2 * shape.rows) / Math.max(1, shape.cols));
  return [Math.max(0, mean - 2), mean + 2];
}

export const DEFAULT_SHAPES: readonly Shape[] = [
  { rows: 1000, cols: 200 },
  { rows: 5000, cols: 1000 },
  { rows: 20000, cols: 2000 },
];

const DEFAULT_REPLICATED_MAX = 5e7;

export const CAPACITATED_USAGE = `usage: npm run bench:capacitated -- [options]   (or node bench/run.mjs capacitated [options])
Times capacitatedAssignment (ours) against linearSumAssignment and scipy's linear_sum_assignment on
the column-replicated matrix (column j copied capacity[j] times), on dense uniform costs in [0, 1),
capacities uniform in a range of width 4 around 1.2 × rows / columns (Σ capacity ≈ 1.2 × demand:
4..8 at 1000x200 and 5000x1000, 10..14 at 20000x2000), demand 1. When the capacities cannot take every row,
ours is also timed with partial: true (the replicated solvers then assign min(rows, cols) pairs,
the same optimum). (The one-to-one suite is npm run bench.)
  --shapes 1000x200,...  instance shapes rows x cols (default ${DEFAULT_SHAPES.map((s) => `${s.rows}x${s.cols}`).join(',')})
  --solvers a,b          solvers (default all of ${CAPACITATED_SOLVERS.join(',')}; ours-csr only with --density below 1)
  --density D            share of the pairs allowed, in (0, 1] (default 1: dense). Below 1, each other pair is
                         forbidden (Infinity in the dense matrix) and ours-csr gets the same instance as
                         compressed sparse rows with only the allowed pairs (built before timing)
  --out FILE             also write the report (markdown) to FILE, e.g. bench/capacitated/results.md
  --seed N               base seed of the generator (default 1)
  --capacities LO..HI    one capacity range for every shape (e.g. ${CAPACITY_RANGE[0]}..${CAPACITY_RANGE[1]}: the default shapes' 20000x2000 is then
                         oversubscribed: Σ capacity ≈ 12000 < 20000 rows)
  --cap SECONDS          per-run time cap (default 120): a slower run is not repeated
  --runs N               timed runs per cell (default 9 up to 1000 rows, 5 up to 5000, else 3)
  --replicated-max N     skip the replicated solvers above N replicated entries (default ${DEFAULT_REPLICATED_MAX.toExponential()})
  --no-memory            skip the peak-memory probe of ours
  --help                 this text`;

function parseRange(text: string): readonly [number, number] {
  const match = /^(\d+)\.\.(\d+)$/.exec(text.trim());
  const lo = Number(match?.[1]);
  const hi = Number(match?.[2]);
  if (match === null || lo > hi) throw new Error(`bench: --capacities needs LO..HI with LO <= HI, got ${text}`);
  return [lo, hi];
}

export const OPTIONS: OptionSpec = {
  shapes: { type: 'string' },
  solvers: { type: 'string' },
  seed: { type: 'string', default: '1' },
  capacities: { type: 'string' },
  cap: { type: 'string', default: '120' },
  runs: { type: 'string' },
  'replicated-max': { type: 'string', default: String(DEFAULT_REPLICATED_MAX) },
  'no-memory': { type: 'boolean', default: false },
  density: { type: 'string', default: '1' },
};

/** Resolves the parsed values. */
export function resolveOptions(values: Values): CapacitatedOptions {
  const seed = Number(text(values, 'seed'));
  if (!Number.isInteger(seed)) throw new Error(`bench: --seed needs an integer, got ${text(values, 'seed')}`);
  const given = text(values, 'shapes');
  const capacities = text(values, 'capacities');
  const runs = text(values, 'runs');
  const density = Number(text(values, 'density'));
  if (!(density > 0 && density <= 1))
    throw new Error(`bench: --density needs a number in (0, 1], got ${text(values, 'density')}`);
  const givenSolvers = text(values, 'solvers');
  const solvers = names('--solvers', givenSolvers, CAPACITATED_SOLVERS);
  return {
    shapes: given === undefined ? DEFAULT_SHAPES : shapes('--shapes', given).map(({ a, b }) => ({ rows: a, cols: b })),
    solvers: givenSolvers === undefined && density === 1 ? solvers.filter((s) => s !== 'ours-csr') : solvers,
    seed,
    capacities: capacities === undefined ? undefined : parseRange(capacities),
    capMs: 1000 * positive('--cap', text(values, 'cap') as string, false),
    runs: runs === undefined ? undefined : positive('--runs', runs, true),
    replicatedMax: positive('--replicated-max', text(values, 'replicated-max') as string, false),
    memory: values['no-memory'] !== true,
    density,
  };
}
