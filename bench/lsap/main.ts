/**
 * The lsap suite, `npm run bench`: times our `linearSumAssignment` against its npm peers and scipy
 * on seeded inputs, class by class and size by size, and prints a markdown report (command,
 * machine, table, legend, memory). Run `npm run bench -- --help` for the options.
 */
import { makeInstance } from '../harness/instance.js';
import { formatMs } from '../harness/markdown.js';
import { agree, type Outcome } from '../harness/outcome.js';
import { rootPath } from '../harness/paths.js';
import { loadAverage, packageVersion } from '../harness/report.js';
import { probeScipy, runScipy, type ScipyProbe, scipyLine, scratchDir } from '../harness/scipy.js';
import { log, runSuite } from '../harness/suite.js';
import { measureInterleaved, type RunPlan } from '../harness/timing.js';
import { generate, type InputClass, inputClass } from './generators.js';
import { legendLines } from './legend.js';
import { memoryReport } from './memory.js';
import { type BenchOptions, OPTIONS, resolveOptions, USAGE } from './options.js';
import { jsSolver, type Prepared, type SolverName } from './solvers.js';
import { type Cell, type Row, renderTable } from './table.js';

/** Runs per size: 9 up to n = 1000, 5 up to 2000, then 1; warm-up below n = 5000 only. */
function planFor(n: number, capMs: number, runsOverride?: number): RunPlan {
  const runs = runsOverride ?? (n <= 1000 ? 9 : n <= 2000 ? 5 : 1);
  return { warmup: n < 5000, runs, capMs };
}

interface Measured {
  readonly samples: number[];
  readonly outcome: Outcome;
}

/** A cell that was not timed. */
type Untimed = Exclude<Cell, { kind: 'timed' }>;

/** Where each solver × class went over the cap: larger n of that class are skipped. */
type Caps = Map<string, { seconds: number; atN: number }>;

/** The cell of a solver that is not timed on this row, if any. */
function untimed(solver: SolverName, cls: InputClass, n: number, caps: Caps): Untimed | undefined {
  const cap = caps.get(`${solver}/${cls.name}`);
  if (cap !== undefined) return { kind: 'capped', ...cap };
  if (solver === 'scipy') return undefined;
  const js = jsSolver(solver);
  if (cls.forbidden && !js.forbidden) return { kind: 'forbidden' };
  if (n > js.maxN) return { kind: 'size' };
  return undefined;
}

function errorCell(solver: SolverName, error: unknown): Untimed {
  const message = error instanceof Error ? error.message : String(error);
  log(`  ${solver}: ERROR ${message}`);
  return { kind: 'error', message };
}

function runRow(
  cls: InputClass,
  n: number,
  solvers: readonly SolverName[],
  options: BenchOptions,
  caps: Caps,
  dir: string,
): Row {
  const instance = makeInstance(generate(cls, n, options.seed));
  const plan = planFor(n, options.capMs, options.runs);
  const measured = new Map<SolverName, Measured | Untimed>();
  const timed: Exclude<SolverName, 'scipy'>[] = [];
  for (const solver of solvers) {
    const skip = untimed(solver, cls, n, caps);
    if (skip !== undefined) measured.set(solver, skip);
    else if (solver === 'scipy') {
      try {
        measured.set(solver, runScipy(instance, plan, dir));
      } catch (error) {
        measured.set(solver, errorCell(solver, error));
      }
    } else timed.push(solver);
  }
  // The JavaScript solvers: timed in interleaved rounds (see measureInterleaved).
  try {
    const prepared = timed.map((solver) => jsSolver(solver).prepare(instance));
    const samples = measureInterleaved(
      prepared.map((p) => () => p.run()),
      plan,
    );
    timed.forEach((solver, k) => {
      measured.set(solver, { samples: samples[k] ?? [], outcome: (prepared[k] as Prepared).outcome() });
    });
  } catch (error) {
    for (const solver of timed) measured.set(solver, errorCell(solver, error));
  }
  for (const solver of solvers) {
    const result = measured.get(solver);
    if (result === undefined || !('samples' in result)) continue;
    const slowest = Math.max(...result.samples);
    if (slowest > options.capMs) caps.set(`${solver}/${cls.name}`, { seconds: options.capMs / 1000, atN: n });
    log(
      `${cls.name} n=${n} ${solver}: ${formatMs(slowest)} ms max of ${result.samples.length}, ${result.outcome.kind}`,
    );
  }
  const reference = [measured.get('scipy'), measured.get('ours')].find((m) => m !== undefined && 'samples' in m);
  const cells = new Map<SolverName, Cell>();
  for (const [solver, result] of measured) {
    if (!('samples' in result)) {
      cells.set(solver, result);
      continue;
    }
    const isReference = result === reference;
    const agrees =
      reference === undefined || isReference || !('samples' in reference)
        ? undefined
        : agree(result.outcome, reference.outcome);
    const planned = plan.runs;
    cells.set(solver, { kind: 'timed', samples: result.samples, planned, outcome: result.outcome, agrees });
  }
  const { rows, cols } = instance.matrix;
  return { className: cls.name, n, rows, cols, cells };
}

/** The options with scipy's availability, probed once before the header is written. */
interface Resolved extends BenchOptions {
  readonly scipy: ScipyProbe | undefined;
}

function run(options: Resolved): string {
  const { scipy } = options;
  if (scipy !== undefined && !scipy.available)
    log(`scipy column skipped: python3 -c 'import scipy' failed (${scipy.reason})`);
  const solvers = options.solvers.filter((s) => s !== 'scipy' || scipy?.available === true);
  const reference: SolverName | undefined = solvers.includes('scipy') ? 'scipy' : undefined;
  const caps: Caps = new Map();
  const rows: Row[] = [];
  const dir = scratchDir();
  try {
    for (const name of options.classes) {
      for (const n of options.sizes) rows.push(runRow(inputClass(name), n, solvers, options, caps, dir.path));
    }
  } finally {
    dir.dispose();
  }

  const sections = [
    '',
    renderTable(rows, solvers, reference),
    '',
    `- Load average at the end of the timings: ${loadAverage()}`,
    ...legendLines(options, solvers, reference),
  ];
  if (options.memory && solvers.includes('ours')) {
    const n = Math.max(...options.sizes);
    sections.push('', '## Memory', '', memoryReport(n, options.seed, log));
  }
  return sections.join('\n');
}

runSuite<Resolved>({
  name: 'lsap',
  usage: USAGE,
  options: OPTIONS,
  resolve(values) {
    const options = resolveOptions(values);
    return { ...options, scipy: options.solvers.includes('scipy') ? probeScipy() : undefined };
  },
  header(options) {
    const peers = (['munkres', 'linear-sum-assignment', 'munkres-js'] as const)
      .map((name) => `${name} ${packageVersion(rootPath(`node_modules/${name}`))}`)
      .join(', ');
    return {
      title: 'linearSumAssignment benchmark',
      lines: [scipyLine(options.scipy), peers],
      run: `seed ${options.seed}; time cap ${options.capMs / 1000} s per run`,
    };
  },
  run,
});
