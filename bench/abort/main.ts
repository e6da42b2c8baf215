/**
 * `npm run bench:abort`: how fast a time limit or an abort ends a call, and what the checks cost.
 * Two workloads: `linearSumAssignment` on a 2000 × 2000 uniform matrix (the `uniform` class of
 * `npm run bench`, seed 1) and `matchProgram` on the micro benchmark programme with hours budgets
 * of `npm run bench:matching` (`sampleProgram({ mode: 'micro', mentors: 1000, mentees: 2500,
 * topics: 200, seed: 1 })`, about 4,860 requests × 1,000 mentors). For each:
 * - overhead: the median time of the plain call, of the call with a time limit that never runs out
 *   (`timeLimitMs: 1e9`: every clock check runs), and of the async form with a signal never
 *   aborted, interleaved run by run;
 * - abort latency: the async form with `signal`, aborted by a timer set for 10 %, 30 %, 50 %, 70 %
 *   and 90 % of the plain time: the time from when the timer was due to the rejection (the targets
 *   of the issue: 10 ms on the 2000² assignment, 50 ms on the programme);
 * - time limit: the synchronous call with `timeLimitMs` at those fractions: how long past the limit
 *   it ends, and how (TIME_LIMIT, or a matching returned with `exact: false`).
 * Prints a markdown report; `--runs N` (default 5) for the overhead medians; `--workloads lsap,match`
 * (default both) to run one of them; `--out FILE`. The overhead is also given as the median of the
 * per-round ratios (each round runs the three calls back to back, in an order that alternates), which
 * drifts less than a ratio of medians when the machine's speed changes during the run.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sampleProgram } from '../../src/cli/sample/sampleProgram.js';
import {
  linearSumAssignment,
  linearSumAssignmentAsync,
  MentormatchError,
  matchProgram,
  matchProgramAsync,
} from '../../src/index.js';
import { markdownTable } from '../harness/markdown.js';
import { commandLine, loadAverage } from '../harness/report.js';
import { median } from '../harness/timing.js';
import { generate, inputClass } from '../lsap/generators.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    workloads: { type: 'string', default: 'lsap,match' },
    out: { type: 'string' },
  },
});
const runs = Number(values.runs);
const FRACTIONS = [0.1, 0.3, 0.5, 0.7, 0.9];

interface Workload {
  readonly key: 'lsap' | 'match';
  readonly name: string;
  plain(): unknown;
  limited(ms: number): unknown;
  async(signal: AbortSignal): Promise<unknown>;
}

const matrix = generate(inputClass('uniform'), 2000, 1);
const programme = sampleProgram({ mode: 'micro', mentors: 1000, mentees: 2500, topics: 200, seed: 1 });
const workloads: Workload[] = [
  {
    key: 'lsap',
    name: 'linearSumAssignment 2000 × 2000 uniform',
    plain: () => linearSumAssignment(matrix),
    limited: (ms) => linearSumAssignment(matrix, { timeLimitMs: ms }),
    async: (signal) => linearSumAssignmentAsync(matrix, { signal }),
  },
  {
    key: 'match',
    name: 'matchProgram micro 5k × 1k, hours budgets',
    plain: () => matchProgram(programme),
    limited: (ms) => matchProgram(programme, { timeLimitMs: ms }),
    async: (signal) => matchProgramAsync(programme, { signal }),
  },
];

async function timed(run: () => unknown): Promise<number> {
  globalThis.gc?.();
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Aborts the async form by a timer set for `at` ms after its start: ms from that time to the
 * rejection (the timer itself fires only when the call gives the event loop a turn, so this counts
 * the wait for that turn too).
 */
async function abortLatency(w: Workload, at: number): Promise<number> {
  globalThis.gc?.();
  const controller = new AbortController();
  const abortedAt = performance.now() + at;
  const timer = setTimeout(() => controller.abort(new Error('bench')), at);
  try {
    await w.async(controller.signal);
    return Number.NaN; // finished before the abort
  } catch (error) {
    if (!(error instanceof MentormatchError && error.code === 'ABORTED')) throw error;
    return performance.now() - abortedAt;
  } finally {
    clearTimeout(timer);
  }
}

/** The synchronous call with a time limit of `ms`: ms past the limit, and how it ended. */
function limitLatency(w: Workload, ms: number): { over: number; how: string } {
  globalThis.gc?.();
  const start = performance.now();
  try {
    const result = w.limited(ms) as { summary?: { exact: boolean; gap: number | null } };
    const over = performance.now() - start - ms;
    const summary = result.summary;
    return {
      over,
      how:
        summary === undefined
          ? 'finished'
          : `returned, exact ${summary.exact}, gap ${((summary.gap ?? 0) * 100).toFixed(2)} %`,
    };
  } catch (error) {
    if (!(error instanceof MentormatchError && error.code === 'TIME_LIMIT')) throw error;
    return { over: performance.now() - start - ms, how: 'TIME_LIMIT' };
  }
}

const lines: string[] = [
  '# Time limits and cancellation benchmark',
  '',
  `- Command: \`${commandLine('abort', process.argv.slice(2))}\`; Node ${process.version}; load average ${loadAverage()}; ${runs} runs per overhead median, a full GC before each`,
  '',
];
const chosen = new Set(values.workloads.split(','));
for (const w of workloads.filter((x) => chosen.has(x.key))) {
  // Warm-up of each form, so that no form's first (cold) run lands in the medians.
  w.plain();
  w.limited(1e9);
  await w.async(new AbortController().signal);
  const plain: number[] = [];
  const limited: number[] = [];
  const async: number[] = [];
  const never = new AbortController().signal;
  const calls: (() => Promise<number>)[] = [
    async () => plain.push(await timed(() => w.plain())),
    async () => limited.push(await timed(() => w.limited(1e9))),
    async () => async.push(await timed(() => w.async(never))),
  ];
  for (let k = 0; k < runs; k++) {
    for (const call of k % 2 === 0 ? calls : [...calls].reverse()) await call();
  }
  const base = median(plain);
  const pct = (x: number) => `${(((x - base) / base) * 100).toFixed(1)} %`;
  const paired = (xs: number[]) => `${((median(xs.map((x, k) => x / (plain[k] as number))) - 1) * 100).toFixed(1)} %`;
  lines.push(`## ${w.name}`, '');
  lines.push(
    markdownTable(
      ['call', 'median ms', 'overhead', 'median of per-round overheads'],
      [
        ['plain', base.toFixed(0), '—', '—'],
        ['timeLimitMs: 1e9 (checks run)', median(limited).toFixed(0), pct(median(limited)), paired(limited)],
        ['async form, signal not aborted', median(async).toFixed(0), pct(median(async)), paired(async)],
      ],
      ['left', 'right', 'right', 'right'],
    ),
    '',
  );
  const rows: string[][] = [];
  for (const f of FRACTIONS) {
    const at = Math.round(base * f);
    const abort = await abortLatency(w, at);
    const limit = limitLatency(w, at);
    rows.push([
      `${Math.round(f * 100)} % (${at} ms)`,
      Number.isNaN(abort) ? 'finished first' : abort.toFixed(1),
      limit.over.toFixed(1),
      limit.how,
    ]);
  }
  lines.push(
    markdownTable(['abort / limit at', 'abort → rejection ms', 'ms past the limit', 'time limit: how it ended'], rows, [
      'left',
      'right',
      'right',
      'left',
    ]),
    '',
  );
}
const text = `${lines.join('\n')}\n`;
process.stdout.write(text);
if (values.out !== undefined) writeFileSync(values.out, text);
