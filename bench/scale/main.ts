/**
 * `npm run bench:scale`: how `matchProgram` grows with the programme, up to the enterprise sizes of
 * the scale targets (micro: 10,000 mentors, 50,000 mentees, about 100,000 requests, 500 topics;
 * classic: 5,000 mentors × 50,000 mentees). Each size runs in a fresh child process: the programme
 * is drawn by `sampleProgram` (the generator of `mentormatch sample`, not timed), then one
 * `matchProgram` call on its JSON input, whose `onProgress` marks the end of each phase (parse,
 * score, solve, explain). Reported: the phases' times, the demand rows, the pairs (rows × mentors),
 * the pairs the hard rules allow (the ones scored and held) and those the search ran on (the others
 * were priced only), both from `summary.pairs`, the matching's exactness, the resident set before
 * the call (the drawn programme) and its peak during the call, the JS heap the result holds
 * (measured after the timing, once a full collection has taken the call's garbage), and the CPU
 * time the process took during the call (user and system, every thread of it: the calling thread
 * and the helpers) with its minor page faults (fresh memory the kernel handed over).
 *
 * A programme with more allowed pairs than `maxPairs` (`DEFAULT_LIMITS`: 20,000,000) is refused by
 * the library with `TOO_LARGE` as soon as scoring counts more; the table says so. `--max-pairs N`
 * raises that limit for the run (up to about 35 bytes per allowed pair at scale, 80 below 4 million
 * pairs: mind the machine's memory).
 *
 * usage: node bench/run.mjs scale [--modes micro,micro-no-budgets,classic] [--max-pairs N] [--threads N] [--runs N] [--against DIR] [--largest] [--out FILE]
 *   --modes: micro (the drawn programme), micro-no-budgets (the same with every mentor's
 *     `hoursBudget` removed: a mentee's requests then need distinct mentors with no budget to bind,
 *     the exact path), classic; default all three.
 *   --largest: only the target sizes (the last row of each mode).
 *   --threads N: the built package instead (dist/: run `npm run build` first), its `matchProgram`
 *     given `workerThreads({ size: N })` of `mentormatch/node` (made inside the timed call's
 *     process, before the call; N = 0: none, the built package alone).
 *   --runs N: N runs of each size (default 1), each in a fresh process, one after the other: the
 *     table gives each phase's median, the total's median with its range, and the highest peak RSS
 *     (the scale targets are medians; this machine's speed varies from run to run).
 *   --against DIR: with --threads, another checkout's built package too (DIR/dist/: another
 *     version, built there), run alternating with this one's, --runs times each: a row for each
 *     version, and the median of the paired differences of the totals (this one's less DIR's). On
 *     a machine whose speed drifts from hour to hour, only versions run alternating compare.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sampleProgram } from '../../src/cli/sample/sampleProgram.js';
import { DEFAULT_LIMITS, matchProgram } from '../../src/index.js';
import { markdownTable } from '../harness/markdown.js';
import { commandLine, loadAverage } from '../harness/report.js';

/** One programme size. */
interface Size {
  readonly mode: 'micro' | 'classic';
  readonly mentors: number;
  readonly mentees: number;
  readonly topics: number;
  /** False: the drawn programme with every mentor's `hoursBudget` removed (micro). */
  readonly budgets?: false;
}

/** The `--modes` name of a size: its mode, or `micro-no-budgets`. */
function kindOf(size: Size): string {
  return size.budgets === false ? `${size.mode}-no-budgets` : size.mode;
}

/** What a child reports. */
interface Outcome {
  readonly rows: number;
  readonly pairs: number;
  /** The pairs the hard rules allow (0 when refused): `summary.pairs.scored`. */
  readonly allowed: number;
  /** The pairs the search ran on (`summary.pairs.searched`; the others were priced only). */
  readonly searched: number;
  readonly phases: Readonly<Record<string, number>>;
  readonly total: number;
  readonly matched: number;
  readonly exact: boolean;
  readonly gap: number | null;
  readonly rssBeforeMb: number;
  readonly peakRssMb: number;
  /**
   * The JS heap the result holds (its matches, explanations and reasons): \`heapUsed\` after a full
   * collection with the result held, less before the call (the input held both times); 0 when refused.
   */
  readonly resultHeapMb: number;
  /** The process's CPU time in user mode during the call, every thread (ms). */
  readonly userMs: number;
  /** The process's CPU time in the kernel during the call, every thread (ms). */
  readonly systemMs: number;
  /** The process's minor page faults during the call. */
  readonly faults: number;
  readonly refused?: string;
}

const SIZES: readonly Size[] = [
  { mode: 'micro', mentors: 1000, mentees: 2500, topics: 200 },
  { mode: 'micro', mentors: 2000, mentees: 10_000, topics: 300 },
  { mode: 'micro', mentors: 5000, mentees: 25_000, topics: 400 },
  { mode: 'micro', mentors: 10_000, mentees: 50_000, topics: 500 },
  { mode: 'micro', mentors: 2000, mentees: 10_000, topics: 300, budgets: false },
  { mode: 'micro', mentors: 5000, mentees: 25_000, topics: 400, budgets: false },
  { mode: 'micro', mentors: 10_000, mentees: 50_000, topics: 500, budgets: false },
  { mode: 'classic', mentors: 1000, mentees: 5000, topics: 200 },
  { mode: 'classic', mentors: 2500, mentees: 25_000, topics: 300 },
  { mode: 'classic', mentors: 5000, mentees: 50_000, topics: 500 },
];

const MB = 1024 * 1024;

/** This checkout's built package. */
const OWN_DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * The library a child runs: the sources, or with `threads` (≥ 0) the built package in `distDir`
 * (this checkout's by default) with that many helpers.
 */
async function library(
  threads: number,
  distDir = OWN_DIST,
): Promise<{ match: typeof matchProgram; close: () => Promise<void> }> {
  if (threads < 0) return { match: matchProgram, close: async () => {} };
  const dist = pathToFileURL(`${resolve(distDir)}/`);
  const built = (await import(new URL('index.js', dist).href)) as { matchProgram: typeof matchProgram };
  const node = (await import(new URL('node.js', dist).href)) as typeof import('../../src/node.js');
  const helpers = node.workerThreads({ size: threads });
  return {
    match: (input, options) => built.matchProgram(input, { ...options, threads: helpers }),
    close: () => helpers.close(),
  };
}

/** Child mode: draws the programme, runs one `matchProgram`, prints its {@link Outcome}. */
async function child(size: Size, maxPairs: number, threads: number, distDir?: string): Promise<void> {
  const { match, close } = await library(threads, distDir);
  const { budgets, ...shape } = size;
  const drawn = sampleProgram({ ...shape, seed: 1 });
  const input =
    budgets === false ? { ...drawn, mentors: drawn.mentors.map(({ hoursBudget: _, ...mentor }) => mentor) } : drawn;
  const rows =
    size.mode === 'micro' ? input.mentees.reduce((n, e) => n + (e.requests?.length ?? 0), 0) : input.mentees.length;
  const pairs = rows * size.mentors;
  globalThis.gc?.();
  const { rss, heapUsed: heapBefore } = process.memoryUsage();
  const rssBeforeMb = rss / MB;
  const phases: Record<string, number> = {};
  const cpuBefore = process.cpuUsage();
  const faultsBefore = process.resourceUsage().minorPageFault;
  const start = performance.now();
  let last = start;
  const onProgress = (phase: string, done: number, total: number): void => {
    if (done !== total) return;
    const now = performance.now();
    phases[phase] = (phases[phase] ?? 0) + now - last;
    last = now;
  };
  const base = { rows, pairs, phases, rssBeforeMb };
  // The call's CPU time and page faults, read right after it (with the peak RSS).
  const used = () => {
    const cpu = process.cpuUsage(cpuBefore);
    const faults = process.resourceUsage().minorPageFault - faultsBefore;
    return { userMs: cpu.user / 1000, systemMs: cpu.system / 1000, faults };
  };
  try {
    const result = match(input, { limits: { maxPairs }, onProgress });
    const total = performance.now() - start;
    const cpu = used();
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    // After the timing: what the result holds once the call's garbage is collected.
    globalThis.gc?.();
    const resultHeapMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
    const { summary } = result;
    const outcome: Outcome = {
      ...base,
      allowed: summary.pairs.scored,
      searched: summary.pairs.searched,
      total,
      matched: summary.matched,
      exact: summary.exact,
      gap: summary.gap,
      peakRssMb,
      resultHeapMb,
      ...cpu,
    };
    process.stdout.write(JSON.stringify(outcome));
  } catch (error) {
    // By its code, not its class: with --threads the error comes from the built package, whose
    // MentormatchError is not the one of the sources this file imports.
    if (!(error instanceof Error && (error as { code?: unknown }).code === 'TOO_LARGE')) throw error;
    const refused = error.message;
    const cpu = used();
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const outcome: Outcome = {
      ...base,
      allowed: 0,
      searched: 0,
      total: 0,
      matched: 0,
      exact: false,
      gap: null,
      peakRssMb,
      resultHeapMb: 0,
      ...cpu,
      refused,
    };
    process.stdout.write(JSON.stringify(outcome));
  } finally {
    await close();
  }
}

function run(size: Size, maxPairs: number, threads: number, distDir = OWN_DIST): Outcome {
  const self = fileURLToPath(import.meta.url);
  const args = ['--expose-gc', self, '--child', JSON.stringify(size), String(maxPairs), String(threads), distDir];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`bench: ${JSON.stringify(size)} failed: ${result.stderr.trim()}`);
  return JSON.parse(result.stdout) as Outcome;
}

const ms = (x: number | undefined): string => (x === undefined ? '—' : Math.abs(x) < 10 ? x.toFixed(1) : x.toFixed(0));

/** The median of `xs` (the mean of the middle two for an even count); undefined when empty. */
function median(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Several runs of one size as one: each phase's median, the total's median, the highest peak RSS
 * and the median RSS before; the figures of the result (matched, exactness, gap) of the first run,
 * which every run must give (else the bench stops: the same input gives the same result).
 */
function summarise(outcomes: readonly Outcome[]): Outcome & { readonly totals: readonly number[] } {
  const [first] = outcomes;
  if (first === undefined) throw new Error('bench: no run');
  for (const o of outcomes)
    if (o.matched !== first.matched || o.gap !== first.gap || o.exact !== first.exact || o.refused !== first.refused)
      throw new Error('bench: the runs of one size gave different results');
  const phases: Record<string, number> = {};
  for (const phase of Object.keys(first.phases))
    phases[phase] = median(outcomes.map((o) => o.phases[phase] ?? 0)) as number;
  return {
    ...first,
    phases,
    total: median(outcomes.map((o) => o.total)) as number,
    rssBeforeMb: median(outcomes.map((o) => o.rssBeforeMb)) as number,
    peakRssMb: Math.max(...outcomes.map((o) => o.peakRssMb)),
    resultHeapMb: median(outcomes.map((o) => o.resultHeapMb)) as number,
    userMs: median(outcomes.map((o) => o.userMs)) as number,
    systemMs: median(outcomes.map((o) => o.systemMs)) as number,
    faults: median(outcomes.map((o) => o.faults)) as number,
    totals: outcomes.map((o) => o.total),
  };
}
const count = (x: number): string => (x >= 1e6 ? `${(x / 1e6).toFixed(x >= 1e8 ? 0 : 1)} M` : String(x));

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    await child(JSON.parse(argv[1] as string) as Size, Number(argv[2]), Number(argv[3]), argv[4]);
    return;
  }
  const { values } = parseArgs({
    args: argv,
    options: {
      modes: { type: 'string', default: 'micro,micro-no-budgets,classic' },
      'max-pairs': { type: 'string', default: String(DEFAULT_LIMITS.maxPairs) },
      largest: { type: 'boolean', default: false },
      threads: { type: 'string' },
      runs: { type: 'string', default: '1' },
      against: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const maxPairs = Number(values['max-pairs']);
  if (!(maxPairs > 0)) throw new Error(`bench: --max-pairs must be a positive number, got ${values['max-pairs']}`);
  const threads = values.threads === undefined ? -1 : Number(values.threads);
  if (values.threads !== undefined && !(Number.isInteger(threads) && threads >= 0))
    throw new Error(`bench: --threads must be an integer ≥ 0, got ${values.threads}`);
  const runs = Number(values.runs);
  if (!(Number.isInteger(runs) && runs >= 1))
    throw new Error(`bench: --runs must be an integer ≥ 1, got ${values.runs}`);
  const against = values.against === undefined ? undefined : resolve(values.against, 'dist');
  if (against !== undefined && threads < 0)
    throw new Error('bench: --against compares built packages: give --threads too (0 for none)');
  if (against !== undefined && !existsSync(resolve(against, 'index.js')))
    throw new Error(`bench: --against: no built package in ${against} (run npm run build there)`);
  const modes = new Set(values.modes.split(','));
  // With --largest, the last size of each kind.
  const last = (k: number): boolean => {
    const next = SIZES[k + 1];
    return next === undefined || kindOf(next) !== kindOf(SIZES[k] as Size);
  };
  const sizes = SIZES.filter((s, k) => modes.has(kindOf(s)) && (!values.largest || last(k)));
  const rows: string[][] = [];
  const paired: string[] = [];
  for (const size of sizes) {
    const mode = size.budgets === false ? `${size.mode} without hours budgets` : size.mode;
    const name = `${mode} ${size.mentors} mentors × ${size.mentees} mentees, ${size.topics} topics`;
    process.stderr.write(`${name}...\n`);
    // With --against, each run of this version followed by one of the other.
    const mine: Outcome[] = [];
    const theirs: Outcome[] = [];
    for (let k = 0; k < runs; k++) {
      mine.push(run(size, maxPairs, threads));
      if (against !== undefined) theirs.push(run(size, maxPairs, threads, against));
    }
    const versions: [string, Outcome[]][] =
      against === undefined
        ? [[name, mine]]
        : [
            [`${name} (this checkout)`, mine],
            [`${name} (${values.against})`, theirs],
          ];
    if (against !== undefined) {
      const differences = mine.map((o, k) => o.total - (theirs[k] as Outcome).total);
      paired.push(
        `- ${name}: the median of the ${runs} paired differences of the totals (this checkout less ${values.against}): ${ms(median(differences))} ms (${differences.map(ms).join(', ')}).`,
      );
    }
    for (const [label, outcomes] of versions) {
      rows.push(row(label, summarise(outcomes), runs));
      process.stderr.write(`  ${rows.at(-1)?.join(' | ')}\n`);
    }
  }
  const report = [
    '# Scale benchmark: matchProgram from 5k × 1k to 100k × 10k',
    '',
    `- Command: ${commandLine('scale', argv)}; ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} logical CPUs; Node ${process.version}; load average ${loadAverage()}; maxPairs ${maxPairs}; ${threads < 0 ? 'the sources' : `the built package, ${threads} helper thread${threads === 1 ? '' : 's'} (\`workerThreads\`)`}${against === undefined ? '' : `, and ${values.against}'s, run alternating`}; ${runs === 1 ? 'one run per size' : `${runs} runs per size, one after the other: each phase's median, the total's median (and range), the highest peak RSS`}, each in a fresh process; times in ms; RSS in MiB (before: the drawn programme; peak: during the call); result heap in MiB (the median of the JS heap the result holds after a full collection: its matches, explanations and reasons); CPU: the process's user + system time during the call, every thread (the calling thread and the helpers), in ms, and its minor page faults (medians).`,
    ...paired,
    '',
    markdownTable(
      [
        'programme',
        'rows',
        'pairs',
        'allowed (scored)',
        'searched',
        'parse',
        'score',
        'solve',
        'explain',
        'total',
        'matched',
        'RSS before',
        'peak RSS',
        'result heap',
        'CPU user + system',
        'page faults',
      ],
      rows,
      [
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'right',
        'left',
        'right',
        'right',
        'right',
        'right',
        'right',
      ],
    ),
    '',
  ].join('\n');
  process.stdout.write(report);
  if (values.out !== undefined) writeFileSync(values.out, report);
}

/** A row of the table: `o`, the summary of `runs` runs. */
function row(name: string, o: Outcome & { readonly totals: readonly number[] }, runs: number): string[] {
  const total = runs === 1 ? ms(o.total) : `${ms(o.total)} (${ms(Math.min(...o.totals))}–${ms(Math.max(...o.totals))})`;
  const matched =
    o.refused === undefined
      ? `${o.matched} ${o.exact ? 'exact' : `gap ${((o.gap ?? 0) * 100).toFixed(2)} %`}`
      : 'refused: TOO_LARGE';
  return [
    name,
    count(o.rows),
    count(o.pairs),
    o.refused === undefined ? count(o.allowed) : '—',
    o.refused === undefined ? count(o.searched) : '—',
    ms(o.phases.parse),
    ms(o.phases.score),
    ms(o.phases.solve),
    ms(o.phases.explain),
    o.refused === undefined ? total : '—',
    matched,
    o.rssBeforeMb.toFixed(0),
    o.peakRssMb.toFixed(0),
    o.refused === undefined ? o.resultHeapMb.toFixed(0) : '—',
    `${ms(o.userMs)} + ${ms(o.systemMs)}`,
    count(Math.round(o.faults)),
  ];
}

await main();
