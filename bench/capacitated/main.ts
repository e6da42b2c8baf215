/**
 * The capacitated suite, `npm run bench:capacitated`: times our `capacitatedAssignment` against the one-to-one route (every
 * column copied `capacity` times, then `linearSumAssignment`, and scipy's `linear_sum_assignment` on
 * the same replicated matrix) on seeded dense instances, checks that every total agrees, measures the
 * peak memory of ours, and prints a markdown report. Run `npm run bench:capacitated -- --help` for
 * the options.
 */
import { type CsrMatrix, capacitatedAssignment, InfeasibleError, linearSumAssignment } from '../../src/index.js';
import { makeInstance } from '../harness/instance.js';
import { type Align, formatMs, markdownTable, mib } from '../harness/markdown.js';
import { fact, runProbe } from '../harness/memory.js';
import { agree, type Outcome, RELATIVE_TOLERANCE } from '../harness/outcome.js';
import { loadAverage } from '../harness/report.js';
import { probeScipy, runScipy, type ScipyProbe, scipyLine, scratchDir } from '../harness/scipy.js';
import { log, runSuite } from '../harness/suite.js';
import {
  measureInterleaved,
  median,
  type RunPlan,
  WARMUP_MIN_RUNS,
  WARMUP_MS,
  WARMUP_RUNS,
} from '../harness/timing.js';
import {
  type CapacitatedInstance,
  capacitatedInstance,
  pairsOutcome,
  type Replicated,
  replicate,
  replicatedEntries,
  replicatedOutcome,
  toCsr,
} from './instances.js';
import {
  CAPACITATED_SOLVERS,
  CAPACITATED_USAGE,
  type CapacitatedOptions,
  type CapacitatedSolver,
  capacityRange,
  OPTIONS,
  resolveOptions,
  type Shape,
} from './options.js';

/** `exact`: every row must be assigned; `partial`: `partial: true`, as many rows as the capacities take. */
type Mode = 'exact' | 'partial';

type Cell =
  | { readonly kind: 'timed'; readonly samples: readonly number[]; readonly planned: number; readonly outcome: Outcome }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'error'; readonly message: string };

interface Row {
  readonly shape: Shape;
  readonly supply: number;
  readonly mode: Mode;
  readonly cells: ReadonlyMap<CapacitatedSolver, Cell>;
}

/** 9 runs up to 1000 rows, 5 up to 5000, else 3; warm-up up to 5000 rows. */
function planFor(rows: number, options: CapacitatedOptions): RunPlan {
  const runs = options.runs ?? (rows <= 1000 ? 9 : rows <= 5000 ? 5 : 3);
  return { warmup: rows <= 5000, runs, capMs: options.capMs };
}

/**
 * Ours, timed: the call alone, its outcome read afterwards. `csr`: the same instance as compressed
 * sparse rows (ours-csr), else the DenseMatrix.
 */
function oursRun(instance: CapacitatedInstance, mode: Mode, csr?: CsrMatrix): { run(): void; outcome(): Outcome } {
  let result: ReturnType<typeof capacitatedAssignment> | 'infeasible' | undefined;
  // No size limit: the suite times the solver, the 20000×2000 shape is over the default maxEntries.
  const options = {
    capacities: instance.capacities,
    partial: mode === 'partial',
    maxEntries: Number.POSITIVE_INFINITY,
  };
  const matrix = csr ?? instance.matrix;
  return {
    run() {
      try {
        result = capacitatedAssignment(matrix, options);
      } catch (error) {
        if (!(error instanceof InfeasibleError)) throw error;
        result = 'infeasible';
      }
    },
    outcome() {
      if (result === undefined) throw new Error('bench: ours has not run');
      if (result === 'infeasible') return { kind: 'infeasible' };
      return pairsOutcome(instance, result.rows, result.cols, result.total);
    },
  };
}

/** linearSumAssignment on the replicated matrix, timed: the call alone. */
function lsaRun(instance: CapacitatedInstance, replicated: Replicated): { run(): void; outcome(): Outcome } {
  let result: ReturnType<typeof linearSumAssignment> | undefined;
  return {
    run() {
      result = linearSumAssignment(replicated.matrix);
    },
    outcome() {
      if (result === undefined) throw new Error('bench: lsa-replicated has not run');
      return replicatedOutcome(instance, replicated.colOf, result.rowToCol, result.total);
    },
  };
}

function errorCell(solver: CapacitatedSolver, error: unknown): Cell {
  const message = error instanceof Error ? error.message : String(error);
  log(`  ${solver}: ERROR ${message}`);
  return { kind: 'error', message };
}

function runRow(
  instance: CapacitatedInstance,
  mode: Mode,
  solvers: readonly CapacitatedSolver[],
  options: CapacitatedOptions,
  dir: string,
  csr: CsrMatrix | undefined,
): Row {
  const { rows, cols } = instance.matrix;
  const plan = planFor(rows, options);
  const cells = new Map<CapacitatedSolver, Cell>();
  const oversubscribed = instance.supply < rows;
  const replicable = replicatedEntries(instance) <= options.replicatedMax;
  const replicaSolver = (s: CapacitatedSolver) => s === 'scipy' || s === 'lsa-replicated';
  const wantsReplica = solvers.some(replicaSolver);
  let replicated: Replicated | undefined;
  if (wantsReplica && mode === 'exact' && oversubscribed) {
    for (const s of solvers) if (replicaSolver(s)) cells.set(s, { kind: 'skipped', reason: 'n/a' });
  } else if (wantsReplica && !replicable) {
    for (const s of solvers) if (replicaSolver(s)) cells.set(s, { kind: 'skipped', reason: '—' });
  } else if (wantsReplica) {
    const start = performance.now();
    replicated = replicate(instance);
    log(`  replicated to ${rows}×${instance.supply} in ${formatMs(performance.now() - start)} ms (untimed)`);
  }
  if (replicated !== undefined && solvers.includes('scipy')) {
    try {
      const run = runScipy(makeInstance(replicated.matrix), plan, dir);
      cells.set('scipy', { kind: 'timed', samples: run.samples, planned: plan.runs, outcome: run.outcome });
    } catch (error) {
      cells.set('scipy', errorCell('scipy', error));
    }
  }
  const js: { solver: CapacitatedSolver; run(): void; outcome(): Outcome }[] = [];
  if (solvers.includes('ours')) js.push({ solver: 'ours', ...oursRun(instance, mode) });
  if (csr !== undefined) js.push({ solver: 'ours-csr', ...oursRun(instance, mode, csr) });
  if (replicated !== undefined && solvers.includes('lsa-replicated')) {
    js.push({ solver: 'lsa-replicated', ...lsaRun(instance, replicated) });
  }
  try {
    const samples = measureInterleaved(
      js.map((s) => () => s.run()),
      plan,
    );
    js.forEach((s, k) => {
      cells.set(s.solver, { kind: 'timed', samples: samples[k] ?? [], planned: plan.runs, outcome: s.outcome() });
    });
  } catch (error) {
    for (const s of js) cells.set(s.solver, errorCell(s.solver, error));
  }
  for (const [solver, cell] of cells) {
    if (cell.kind !== 'timed') continue;
    const kind = cell.outcome.kind === 'solved' ? `total ${cell.outcome.total}` : cell.outcome.kind;
    log(
      `${rows}×${cols} ${mode} ${solver}: median ${formatMs(median(cell.samples))} ms of ${cell.samples.length}, ${kind}`,
    );
  }
  return { shape: { rows, cols }, supply: instance.supply, mode, cells };
}

/** The solver every other is checked against: scipy when it ran, else ours, else ours-csr. */
function referenceOf(row: Row): CapacitatedSolver | undefined {
  return (['scipy', 'ours', 'ours-csr'] as const).find((s) => row.cells.get(s)?.kind === 'timed');
}

function timedOutcome(cell: Cell | undefined): Outcome | undefined {
  return cell?.kind === 'timed' ? cell.outcome : undefined;
}

function renderCell(row: Row, solver: CapacitatedSolver, reference: CapacitatedSolver | undefined): string {
  const cell = row.cells.get(solver);
  if (cell === undefined) return '';
  if (cell.kind === 'skipped') return cell.reason;
  if (cell.kind === 'error') return `error: ${cell.message.slice(0, 60)}`;
  const ms = median(cell.samples);
  let text = cell.outcome.kind === 'infeasible' ? `infeasible ${formatMs(ms)}` : formatMs(ms);
  if (cell.samples.length < cell.planned) text += '†';
  const scipy = row.cells.get('scipy');
  if (solver !== 'scipy' && scipy?.kind === 'timed') {
    const ratio = ms / median(scipy.samples);
    text += ` (${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}×)`;
  }
  if (cell.outcome.kind === 'invalid') return `${text} ✗ invalid: ${cell.outcome.reason}`;
  const against = reference === undefined ? undefined : timedOutcome(row.cells.get(reference));
  if (solver !== reference && against !== undefined && !agree(cell.outcome, against)) text += ' ✗';
  return text;
}

function checkText(row: Row, reference: CapacitatedSolver | undefined): string {
  const against = reference === undefined ? undefined : timedOutcome(row.cells.get(reference));
  if (against === undefined) return '';
  const others = CAPACITATED_SOLVERS.filter((s) => s !== reference && row.cells.get(s)?.kind === 'timed');
  if (others.length === 0)
    return against.kind === 'solved' ? `${reference} only (pairs valid)` : `${reference} only: ${against.kind}`;
  const bad = others.filter((s) => !agree(timedOutcome(row.cells.get(s)) as Outcome, against));
  if (bad.length > 0) return `✗ ${bad.join(', ')} ≠ ${reference}`;
  return `✓ ${others.length + 1} agree${against.kind === 'infeasible' ? ' (infeasible)' : ''}`;
}

function renderTable(rows: readonly Row[], solvers: readonly CapacitatedSolver[]): string {
  const label: Record<CapacitatedSolver, string> = {
    scipy: 'scipy replicated ms',
    ours: 'ours ms',
    'ours-csr': 'ours CSR ms',
    'lsa-replicated': 'ours LSA replicated ms',
  };
  const header = ['shape', 'Σ capacity', 'replicated', 'mode', ...solvers.map((s) => label[s]), 'check'];
  const body = rows.map((row) => {
    const reference = referenceOf(row);
    const { rows: r, cols: c } = row.shape;
    const mode = row.mode === 'partial' ? 'partial: true' : 'all rows';
    const cells = solvers.map((s) => renderCell(row, s, reference));
    return [`${r}×${c}`, String(row.supply), `${r}×${row.supply}`, mode, ...cells, checkText(row, reference)];
  });
  const align: Align[] = header.map((_, k) => (k === 0 || k === 3 || k === header.length - 1 ? 'left' : 'right'));
  return markdownTable(header, body, align);
}

function memoryReport(options: CapacitatedOptions, partialOf: (shape: Shape) => boolean): string {
  const body = options.shapes.map((shape) => {
    const partial = partialOf(shape);
    log(`memory ${shape.rows}×${shape.cols}${partial ? ' partial' : ''}`);
    const [lo, hi] = capacityRange(shape, options);
    const p = runProbe('capacitated/memory.ts', [shape.rows, shape.cols, options.seed, partial ? 1 : 0, lo, hi]);
    const [rows, cols, inputBytes] = [fact(p, 'rows'), fact(p, 'cols'), fact(p, 'inputBytes')];
    const linear = rows + cols + fact(p, 'pairs');
    const perLinear = p.peakRss === null ? 'n/a' : (p.peakRss / linear).toFixed(0);
    return [
      `${rows}×${cols}`,
      partial ? 'partial: true' : 'all rows',
      mib(inputBytes),
      mib(p.arrayBuffers),
      mib(p.heapUsed),
      mib(p.peakRss),
      p.peakRss === null ? 'n/a' : (p.peakRss / inputBytes).toFixed(3),
      perLinear,
    ];
  });
  const header = [
    'shape',
    'mode',
    'input MiB',
    'Δ arrayBuffers MiB',
    'Δ heapUsed MiB',
    'peak RSS growth MiB',
    'growth / input',
    'growth B / (rows + cols + pairs)',
  ];
  const align: Align[] = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'];
  return [
    'Extra memory of one `capacitatedAssignment` call on a DenseMatrix (minimise, solved without a copy when',
    'the matrix is borrowed), one fresh process per row (bench/capacitated/memory.ts). Target: the input plus',
    'O(rows + columns + pairs), pairs = the assigned pairs.',
    '',
    markdownTable(header, body, align),
    '',
    'Δ arrayBuffers and Δ heapUsed are read right after the call, before any collection; peak RSS growth is',
    'the high-water mark reset just before the call (/proc/self/clear_refs) minus the RSS then, Linux only.',
  ].join('\n');
}

function legendLines(options: CapacitatedOptions): string[] {
  const runs = options.runs === undefined ? '9 runs up to 1000 rows, 5 up to 5000, 3 above' : `${options.runs} runs`;
  return [
    `- Instances: ${options.density === 1 ? 'dense costs uniform in [0, 1)' : `costs uniform in [0, 1) on ${options.density * 100}% of the pairs, drawn at random, plus one planted pair per row (bench/capacitated/instances.ts); the others are forbidden: Infinity in the dense matrix, absent from ours-csr's compressed sparse rows (built before timing)`}, capacities uniform in ${options.capacities === undefined ? 'a range of width 4 around 1.2 × rows / columns (shown per shape)' : `${options.capacities[0]}..${options.capacities[1]}`}, demand 1 per row, from one seeded stream per shape (bench/capacitated/instances.ts). Ours gets the DenseMatrix and an Int32Array of capacities; the replicated solvers get the matrix with column j copied capacity[j] times, built before timing (not counted).`,
    `- Each cell: median wall time in ms of the solve call alone (${runs}; untimed warm-up up to 5000 rows, at least ${WARMUP_MIN_RUNS} and up to ${WARMUP_RUNS} runs while under ${WARMUP_MS} ms in all; a full GC before each run). Ours and LSA replicated run interleaved in rounds (bench/harness/timing.ts measureInterleaved); scipy runs in its own Python process, before them, and times the call alone. (r×): time divided by scipy's.`,
    `- †: fewer runs than planned, because a run exceeded the ${options.capMs / 1000} s cap.`,
    '- mode `all rows`: every row must be assigned; when Σ capacity < rows that is infeasible, and the time is that of ours throwing InfeasibleError (the replicated solvers are n/a: they would assign min(rows, columns) pairs instead). mode `partial: true`: as many rows as the capacities take (Σ capacity of them), the least total among those; the replicated one-to-one solvers compute exactly that optimum.',
    `- —: the replicated matrix would exceed ${options.replicatedMax.toExponential()} entries (${mib(8 * options.replicatedMax)} MiB), so only ours runs.`,
    `- check: every solver's pairs are read back against the original matrix (one column per row, capacities held, min(rows, Σ capacity) pairs) and its total compared with scipy's (ours when scipy did not run): reported totals and Σ (c − min c) agree within ${RELATIVE_TOLERANCE} relative; ✗ marks a disagreement.`,
  ];
}

/** The options with scipy's availability, probed once before the header is written. */
interface Resolved extends CapacitatedOptions {
  readonly scipy: ScipyProbe | undefined;
}

function run(options: Resolved): string {
  const { scipy } = options;
  if (scipy !== undefined && !scipy.available) log(`scipy column skipped: ${scipy.reason}`);
  const solvers = options.solvers.filter((s) => s !== 'scipy' || scipy?.available === true);
  const rows: Row[] = [];
  const oversubscribed = new Set<string>();
  const dir = scratchDir();
  try {
    for (const shape of options.shapes) {
      const range = capacityRange(shape, options);
      const instance = capacitatedInstance(shape.rows, shape.cols, options.seed, range, options.density);
      log(`${shape.rows}×${shape.cols}: Σ capacity ${instance.supply}`);
      // The CSR form once per instance (both modes read it), outside any timed region.
      const csr = solvers.includes('ours-csr') ? toCsr(instance) : undefined;
      rows.push(runRow(instance, 'exact', solvers, options, dir.path, csr));
      if (instance.supply < shape.rows) {
        oversubscribed.add(`${shape.rows}x${shape.cols}`);
        rows.push(runRow(instance, 'partial', solvers, options, dir.path, csr));
      }
    }
  } finally {
    dir.dispose();
  }

  const sections = [
    '',
    renderTable(rows, solvers),
    '',
    `- Load average at the end of the timings: ${loadAverage()}`,
    ...legendLines(options),
  ];
  // The memory probe measures the dense path on the dense instance: only for density 1.
  if (options.memory && solvers.includes('ours') && options.density === 1) {
    const partialOf = (shape: Shape) => oversubscribed.has(`${shape.rows}x${shape.cols}`);
    sections.push('', '## Memory', '', memoryReport(options, partialOf));
  }
  return sections.join('\n');
}

runSuite<Resolved>({
  name: 'capacitated',
  usage: CAPACITATED_USAGE,
  options: OPTIONS,
  resolve(values) {
    const options = resolveOptions(values);
    return { ...options, scipy: options.solvers.includes('scipy') ? probeScipy() : undefined };
  },
  header: (options) => ({
    title: 'capacitatedAssignment benchmark',
    lines: [scipyLine(options.scipy)],
    run: `seed ${options.seed}; density ${options.density}; time cap ${options.capMs / 1000} s per run`,
  }),
  run,
});
