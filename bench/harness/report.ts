/**
 * The report header every suite prints above its tables: the command line and the machine, the
 * versions and the load. Everything a reader needs to reproduce or question a number.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.js';

/** The suites, each a folder of bench/ with its `main.ts`. */
export const SUITES = ['lsap', 'capacitated', 'scoring', 'matching', 'stable', 'abort', 'sparse', 'scale'] as const;
export type SuiteName = (typeof SUITES)[number];

/** The npm script of a suite: `bench` for lsap, `bench:<suite>` for the others. */
export function npmScript(suite: SuiteName): string {
  return suite === 'lsap' ? 'bench' : `bench:${suite}`;
}

/** The `version` of the package.json in `dir`. */
export function packageVersion(dir: string): string {
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
 * command itself: `node bench/run.mjs <suite> ...` when started by bench/run.mjs (what the npm
 * scripts do), else the suite's main.ts with node's own flags (e.g. under tsx).
 */
export function commandLine(suite: SuiteName, argv: readonly string[]): string {
  const args = argv.join(' ');
  const script = npmScript(suite);
  const viaRun = process.env.MENTORMATCH_BENCH_RUN === suite;
  const node = (viaRun ? ['node', 'bench/run.mjs', suite] : ['node', ...process.execArgv, `bench/${suite}/main.ts`])
    .concat(argv)
    .join(' ');
  if (process.env.npm_lifecycle_event === script)
    return `\`npm run ${script}${args === '' ? '' : ` -- ${args}`}\` (\`${node}\`)`;
  return `\`${node}\``;
}

/** What goes into a report's header besides what every header says. */
export interface Header {
  /** The report's title, e.g. `linearSumAssignment benchmark`. */
  readonly title: string;
  readonly suite: SuiteName;
  readonly argv: readonly string[];
  /** Lines after the machine's (peers' versions, Python's), without the leading `- `. */
  readonly lines?: readonly string[];
  /** What follows the date on its line: seed, cap, runs. */
  readonly run: string;
}

/** Lines above the tables: title, command, machine, the given lines, versions, load, date. */
export function headerLines(header: Header): string[] {
  const cpu = cpus();
  return [
    `# ${header.title}`,
    '',
    `- Command: ${commandLine(header.suite, header.argv)}`,
    `- Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} logical CPUs, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${arch()}; Node ${process.version}`,
    ...(header.lines ?? []).map((line) => `- ${line}`),
    `- mentormatch ${packageVersion(ROOT)} (git ${gitRevision()}, src sha256 ${sourceDigest()})`,
    `- Load average at start: ${loadAverage()}`,
    `- Date: ${new Date().toISOString()}; ${header.run}`,
  ];
}
