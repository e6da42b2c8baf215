/**
 * `npm run bench`: times our `linearSumAssignment` against its npm peers and scipy on seeded inputs,
 * class by class and size by size, and prints a markdown report (command, machine, table, legend,
 * memory). Progress goes to stderr, the report to stdout and, with `--out FILE`, to FILE.
 * Run `npm run bench -- --help` for the options.
 */
import { writeFileSync } from 'node:fs';
import { agree, makeInstance, type Outcome } from './check.js';
import { type BenchOptions, parseOptions, USAGE } from './cli.js';
import { generate, type InputClass, inputClass } from './generators.js';
import { memoryReport } from './memory.js';
import { commandLine, headerLines, legendLines, loadAverage } from './report.js';
import { probeScipy, runScipy, scratchDir } from './scipy.js';
import { jsSolver, type Prepared, type SolverName } from './solvers.js';
import { type Cell, formatMs, type Row, renderTable } from './table.js';
import { measureInterleaved, planFor } from './timing.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

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

function main(): void {
  const argv = process.argv.slice(2);
  let options: BenchOptions | undefined;
  try {
    options = parseOptions(argv);
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options === undefined) return;
  const scipy = options.solvers.includes('scipy') ? probeScipy() : undefined;
  if (scipy !== undefined && !scipy.available)
    log(`scipy column skipped: python3 -c 'import scipy' failed (${scipy.reason})`);
  const solvers = options.solvers.filter((s) => s !== 'scipy' || scipy?.available === true);
  const reference: SolverName | undefined = solvers.includes('scipy') ? 'scipy' : undefined;
  const header = headerLines(argv, options, scipy).join('\n');
  console.log(header);
  log(`running ${commandLine(argv)}`);

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
  const body = sections.join('\n');
  console.log(body);
  if (options.out !== undefined) {
    writeFileSync(options.out, `${header}\n${body}\n`);
    log(`wrote ${options.out}`);
  }
}

main();
