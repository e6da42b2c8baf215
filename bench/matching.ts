/**
 * `npm run bench:matching`: `matchProgram` end to end (parse, score, match, explain, reasons,
 * greedy baseline) on two large seeded sample programmes (src/cli/sample/sampleProgram.ts): micro,
 * about 2,500 mentees (about 5,000 requests) × 1,000 mentors, and classic, 5,000 mentees × 1,000
 * mentors, over 200 topics; each phase also timed alone. Target of the issue: under 2 s median.
 * Prints a markdown report; `--out FILE` also writes it; `--runs N` (default 3).
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { matchProgram, parseProgram, scoreProgram } from '../src/index.js';
import { blockingPairsOf } from '../src/match/blocking.js';
import { prepare } from '../src/match/prepare.js';
import { solveObjective } from '../src/match/solveObjective.js';
import { markdownTable } from './markdown.js';
import { loadAverage } from './report.js';
import { median } from './timing.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, out: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs));
const log = (line: string) => process.stderr.write(`${line}\n`);

function time(run: () => unknown): number {
  globalThis.gc?.();
  const start = performance.now();
  run();
  return performance.now() - start;
}

const rows: string[][] = [];
for (const mode of ['micro', 'classic'] as const) {
  const input = sampleProgram({ mode, mentors: 1000, mentees: mode === 'micro' ? 2500 : 5000, topics: 200, seed: 1 });
  const program = parseProgram(input);
  const table = scoreProgram(program);
  const prepared = prepare(program, table);
  const samples: Record<string, number[]> = { parse: [], score: [], solve: [], blocking: [], stable: [], total: [] };
  const solved = solveObjective(prepared, 'total').assigned;
  let summary = matchProgram(program).summary;
  for (let k = 0; k < runs; k++) {
    samples.parse?.push(time(() => parseProgram(input)));
    samples.score?.push(time(() => scoreProgram(program)));
    samples.solve?.push(time(() => solveObjective(prepared, 'total')));
    samples.blocking?.push(time(() => blockingPairsOf(prepared, solved)));
    samples.stable?.push(time(() => solveObjective(prepared, 'stable')));
    samples.total?.push(time(() => (summary = matchProgram(input).summary)));
    log(`${mode} run ${k + 1}/${runs}: ${samples.total?.at(-1)?.toFixed(0)} ms`);
  }
  const ms = (key: string) => median(samples[key] as number[]).toFixed(0);
  rows.push([
    mode,
    `${table.rows.length} × ${table.mentorIds.length}`,
    ms('parse'),
    ms('score'),
    ms('solve'),
    ms('blocking'),
    ms('stable'),
    ms('total'),
    `${summary.matched} (${(100 * summary.matchedShare).toFixed(0)}%)`,
    String(summary.exact),
    Number(ms('total')) < 2000 ? 'yes' : '**no**',
  ]);
}

const report = [
  '# matchProgram benchmark',
  '',
  `- Command: \`npm run bench:matching\`; ${cpus().length} CPUs, Node ${process.version}; load average ${loadAverage()}; ${runs} runs, medians, a full GC before each`,
  '',
  markdownTable(
    [
      'programme',
      'rows × mentors',
      'parse ms',
      'score ms',
      'solve ms',
      'blocking pairs ms',
      'stable ms',
      'matchProgram ms',
      'matched',
      'exact',
      '< 2000 ms',
    ],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'left'],
  ),
  '',
  '- matchProgram ms: the whole call on the JSON input (parse, score, lock, solve, explanations, reasons, greedy baseline). parse, score, solve: each phase alone (solve: the `total` objective on the prepared problem). blocking pairs: the stability audit of the `total` result that every summary carries (part of matchProgram ms). stable: the `stable` objective on the prepared problem (deferred acceptance, preferences sorted from the scores).',
  '- Programmes: `sampleProgram({ mode, mentors: 1000, mentees: 2500 (micro) or 5000 (classic), topics: 200, seed: 1 })`; the micro one has hours budgets with requests of 1–4 h (so `exact` is false: the budgets are knapsack constraints), and both ask for more than the mentors can take.',
].join('\n');
console.log(report);
if (values.out !== undefined) writeFileSync(values.out, `${report}\n`);
