/**
 * The text around the table: the command line and machine above it, the legend and the peers' quirks
 * below it. Everything a reader needs to reproduce or question a number.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELATIVE_TOLERANCE } from './check.js';
import type { BenchOptions } from './cli.js';
import { inputClass } from './generators.js';
import type { ScipyProbe } from './scipy.js';
import { jsSolver, type SolverName } from './solvers.js';
import { WARMUP_MIN_RUNS, WARMUP_MS, WARMUP_RUNS } from './timing.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function packageVersion(dir: string): string {
  try {
    const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : '?';
  } catch {
    return 'not installed';
  }
}

function gitRevision(): string {
  const child = spawnSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' });
  return child.status === 0 ? child.stdout.trim() : 'unknown';
}

/** A short digest of every file under src/, so that a dirty working tree is still identified. */
function sourceDigest(): string {
  const hash = createHash('sha256');
  const dir = join(ROOT, 'src');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file.slice(dir.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/** The 1, 5 and 15 minute load averages (other work on the machine skews the timings). */
export function loadAverage(): string {
  return `${loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ')} (1 / 5 / 15 min)`;
}

/**
 * The command that produced a report: `npm run <script>` when run through npm, then the node
 * command itself. `name` is the benchmark's file in bench/ (`index` is `npm run bench`).
 */
export function commandLine(argv: readonly string[], name = 'index'): string {
  const args = argv.join(' ');
  const script = name === 'index' ? 'bench' : `bench:${name}`;
  // Compiled by bench/run.mjs (what the npm scripts do), or run directly (e.g. under tsx).
  const compiled = (process.argv[1] ?? '').endsWith('.compiled.mjs');
  const node = (compiled ? ['node', 'bench/run.mjs', name] : ['node', ...process.execArgv, `bench/${name}.ts`])
    .concat(argv)
    .join(' ');
  if (process.env.npm_lifecycle_event === script)
    return `\`npm run ${script}${args === '' ? '' : ` -- ${args}`}\` (\`${node}\`)`;
  return `\`${node}\``;
}

/** Lines above the table. */
export function headerLines(argv: readonly string[], options: BenchOptions, scipy: ScipyProbe | undefined): string[] {
  const cpu = cpus();
  const python =
    scipy === undefined
      ? 'scipy: not selected'
      : scipy.available
        ? `Python ${scipy.python}, scipy ${scipy.scipy}, numpy ${scipy.numpy}`
        : `scipy: **skipped**, \`python3 -c 'import scipy'\` failed (${scipy.reason})`;
  const peers = (['munkres', 'linear-sum-assignment', 'munkres-js'] as const)
    .map((name) => `${name} ${packageVersion(join(ROOT, 'node_modules', name))}`)
    .join(', ');
  return [
    '# linearSumAssignment benchmark',
    '',
    `- Command: ${commandLine(argv)}`,
    `- Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} logical CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${arch()}; Node ${process.version}`,
    `- ${python}`,
    `- mentormatch ${packageVersion(ROOT)} (git ${gitRevision()}, src sha256 ${sourceDigest()}); ${peers}`,
    `- Load average at start: ${loadAverage()}`,
    `- Date: ${new Date().toISOString()}; seed ${options.seed}; time cap ${options.capMs / 1000} s per run`,
  ];
}

/** Lines below the table. */
export function legendLines(options: BenchOptions, solvers: readonly SolverName[], reference?: SolverName): string[] {
  const cap = options.capMs / 1000;
  const runs =
    options.runs === undefined ? '9 runs for n ≤ 1000, 5 for n ≤ 2000, 1 above' : `${options.runs} runs per cell`;
  const limits = solvers
    .filter((s): s is Exclude<SolverName, 'scipy' | 'ours'> => s !== 'scipy' && s !== 'ours')
    .map((s) => `${s} n ≤ ${jsSolver(s).maxN}`)
    .join(', ');
  const lines = [
    `- Each cell: median wall time in ms of the solve call alone (${runs}; untimed warm-up runs before them below n = 5000, at least ${WARMUP_MIN_RUNS} and up to ${WARMUP_RUNS} while under ${WARMUP_MS} ms in all; a full GC before each run). The JavaScript solvers' timed runs alternate in rounds (one run of each per round, the order reversed every other round), because this machine's speed drifts in phases of a few seconds; scipy runs in its own Python process, before them.`,
    reference === undefined
      ? '- No ratios: scipy did not run.'
      : '- (r×): time divided by scipy’s on the same matrix; below 1 is faster than scipy.',
    `- †: fewer runs than planned, because a run exceeded the ${cap} s cap (a warm-up over the cap is kept as the only sample).`,
    `- skipped (>${cap} s at n=m): the solver exceeded the cap on this class at a smaller n. —: beyond its size limit (${limits || 'none'}). n/a: it cannot take forbidden pairs.`,
    '- infeasible t: no assignment of min(rows, cols) allowed pairs exists; ours throws InfeasibleError, scipy raises ValueError, munkres returns pairs through Infinity entries, linear-sum-assignment returns gain −1 and a partial assignment; t is the time to find out.',
    `- ✗ after a time: that solver’s assignment is not a matching of min(rows, cols) pairs or its total differs from ${reference ?? 'ours'} (relative tolerance ${RELATIVE_TOLERANCE}).`,
    ...(solvers.includes('ours') && reference === 'scipy'
      ? [
          `- check: our reported total equals scipy’s, and the totals of both assignments recomputed as Σ (c − min c) agree (relative tolerance ${RELATIVE_TOLERANCE}); ✓ both infeasible when both report infeasibility.`,
        ]
      : []),
    '- Inputs: built before timing from one seeded generator per class × n; ours gets a DenseMatrix (solved in place when minimising a square or wide matrix, copied when tall), the JavaScript peers a number[][] built beforehand, scipy a float64 numpy array read from the same bytes.',
    '',
    'Peers (quirks seen while wrapping them, see bench/solvers.ts):',
    '',
    '- munkres 2.0.4: takes number[][] (any ArrayLike rows), rectangular matrices and ±Infinity, but on an infeasible matrix it silently returns pairs through Infinity entries.',
    '- linear-sum-assignment 1.0.9: `maximaze` (sic) defaults to true, so it gets `{ maximaze: false }`; it copies number[][] into an ml-matrix Matrix on every call, and given a Matrix it subtracts the minimum from it in place; infeasible → `gain: -1` with a partial assignment.',
    '- munkres-js 1.2.2: the textbook six-step Munkres (O(n³) with a large constant), pads rectangular matrices with 0; it solves feasible matrices with Infinity entries but loops forever on an infeasible one, hence n/a on `sparse`.',
    '',
    'Classes:',
    '',
    ...options.classes.map((name) => `- \`${name}\`: ${inputClass(name).description}`),
  ];
  return lines;
}
