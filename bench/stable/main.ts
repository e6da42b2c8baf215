/**
 * The stable suite, `npm run bench:stable`: times `stableMatching` (proposer- and receiver-optimal)
 * and `blockingPairs` on seeded instances with full preference lists on both sides (instances.ts),
 * beside the textbook deferred acceptance with dense rank tables (textbook.ts), which must
 * return exactly the same matchings. Every result is checked untimed: the same matching as the
 * textbook's, no blocking pair, the same proposers matched by both optima, no proposer better off
 * in the receiver-optimal one. Also the typed-array memory one call of each allocates.
 * `npm run bench:stable -- --help` for the options.
 */
import { blockingPairs, stableMatching } from '../../src/index.js';
import { type Align, formatMs, markdownTable } from '../harness/markdown.js';
import { loadAverage } from '../harness/report.js';
import {
  integer,
  log,
  names,
  type OptionSpec,
  positive,
  runSuite,
  shapes,
  text,
  type Values,
} from '../harness/suite.js';
import { measureInterleaved, median, WARMUP_MIN_RUNS, WARMUP_MS, WARMUP_RUNS } from '../harness/timing.js';
import {
  CAPACITY_SPREAD,
  NOISE,
  STABLE_KINDS,
  type StableInstance,
  type StableKind,
  stableInstance,
} from './instances.js';
import { textbookProposerOptimal, textbookReceiverOptimal } from './textbook.js';

const USAGE = `usage: npm run bench:stable -- [options]   (or node bench/run.mjs stable [options])
Times stableMatching (proposer- and receiver-optimal) and blockingPairs against the textbook deferred
acceptance with dense rank tables, on full preference lists (random permutations, or correlated:
popular receivers popular for everyone), capacities summing to about the number of proposers.
  --shapes 20000x1000,...   proposers x receivers (default 20000x1000)
  --kinds random,correlated instance kinds (default both)
  --lists arrays|typed      lists as plain arrays (as parsed from JSON; default) or Int32Arrays
  --runs N                  timed runs per cell (default 7)
  --seed N                  base seed (default 1)
  --cap SECONDS             per-run time cap (default 60): a slower run is not repeated
  --out FILE                also write the report (markdown) to FILE, e.g. bench/stable/results.md
  --no-memory               skip the measurement of the typed arrays each call allocates
  --help                    this text`;

interface Options {
  readonly shapes: readonly { readonly proposers: number; readonly receivers: number }[];
  readonly kinds: readonly StableKind[];
  readonly typed: boolean;
  readonly runs: number;
  readonly seed: number;
  readonly capMs: number;
  readonly memory: boolean;
}

const OPTIONS: OptionSpec = {
  shapes: { type: 'string', default: '20000x1000' },
  kinds: { type: 'string', default: STABLE_KINDS.join(',') },
  lists: { type: 'string', default: 'arrays' },
  runs: { type: 'string', default: '7' },
  seed: { type: 'string', default: '1' },
  cap: { type: 'string', default: '60' },
  'no-memory': { type: 'boolean', default: false },
};

function resolveOptions(values: Values): Options {
  const lists = text(values, 'lists');
  if (lists !== 'arrays' && lists !== 'typed') throw new Error(`bench: --lists needs arrays or typed, got ${lists}`);
  return {
    shapes: shapes('--shapes', text(values, 'shapes') as string, 'PROPOSERSxRECEIVERS').map(({ a, b }) => ({
      proposers: a,
      receivers: b,
    })),
    kinds: names('--kinds', text(values, 'kinds'), STABLE_KINDS),
    typed: lists === 'typed',
    runs: positive('--runs', text(values, 'runs') as string, true),
    seed: integer('--seed', text(values, 'seed') as string),
    capMs: 1000 * positive('--cap', text(values, 'cap') as string, false),
    memory: values['no-memory'] !== true,
  };
}

/** The timed calls, in column order. */
const CALLS = ['proposer', 'receiver', 'blocking', 'textbookProposer', 'textbookReceiver'] as const;
type Call = (typeof CALLS)[number];

interface Row {
  readonly kind: StableKind;
  readonly instance: StableInstance;
  readonly samples: ReadonlyMap<Call, readonly number[]>;
  readonly allocatedMiB: ReadonlyMap<Call, number>;
  readonly matched: number;
  readonly meanRank: readonly [number, number];
  /** Proposers whose receiver differs between the two optima. */
  readonly differ: number;
  readonly check: string;
}

/** Mean 1-based rank of each matched proposer's receiver on its own list. */
function meanRank(instance: StableInstance, proposerTo: Int32Array): number {
  let sum = 0;
  let matched = 0;
  proposerTo.forEach((r, p) => {
    if (r < 0) return;
    sum += Array.prototype.indexOf.call(instance.proposerPrefs[p], r) + 1;
    matched++;
  });
  return matched === 0 ? 0 : sum / matched;
}

/** Untimed checks of both results against the textbook's and each other. */
function checkResults(instance: StableInstance, byCall: ReadonlyMap<Call, Int32Array>): string {
  const problems: string[] = [];
  const prefs = { ...instance };
  const ours = byCall.get('proposer') as Int32Array;
  const theirs = byCall.get('receiver') as Int32Array;
  const same = (a: Int32Array, b: Int32Array) => a.every((x, i) => x === b[i]);
  if (!same(ours, byCall.get('textbookProposer') as Int32Array)) problems.push('proposer-optimal ≠ textbook');
  if (!same(theirs, byCall.get('textbookReceiver') as Int32Array)) problems.push('receiver-optimal ≠ textbook');
  for (const [name, to] of [
    ['proposer-optimal', ours],
    ['receiver-optimal', theirs],
  ] as const) {
    const blocking = blockingPairs(to, prefs).proposers.length;
    if (blocking > 0) problems.push(`${name} has ${blocking} blocking pairs`);
  }
  if (!ours.every((r, p) => r < 0 === (theirs[p] as number) < 0)) problems.push('matched proposers differ');
  const rankOf = (p: number, r: number) =>
    r < 0 ? Number.POSITIVE_INFINITY : Array.prototype.indexOf.call(instance.proposerPrefs[p], r);
  if (!ours.every((r, p) => rankOf(p, r) <= rankOf(p, theirs[p] as number))) {
    problems.push('a proposer is better off in the receiver-optimal matching');
  }
  return problems.length === 0 ? '✓ = textbook, stable, rural hospitals' : `✗ ${problems.join('; ')}`;
}

/** Typed-array memory one call allocates: Δ arrayBuffers, read right after the call, before any collection. */
function allocated(run: () => void): number {
  globalThis.gc?.();
  const before = process.memoryUsage().arrayBuffers;
  run();
  return (process.memoryUsage().arrayBuffers - before) / 2 ** 20;
}

function runRow(kind: StableKind, proposers: number, receivers: number, options: Options): Row {
  const start = performance.now();
  const instance = stableInstance(kind, proposers, receivers, options.seed, options.typed);
  log(
    `${kind} ${proposers}×${receivers}: built in ${formatMs(performance.now() - start)} ms (untimed), Σ capacity ${instance.supply}`,
  );
  const { proposerPrefs, receiverPrefs, capacities } = instance;
  const results = new Map<Call, Int32Array>();
  const proposerOptimal = stableMatching({ proposerPrefs, receiverPrefs, capacities }).proposerTo;
  const calls: Record<Call, () => void> = {
    proposer: () => results.set('proposer', stableMatching({ proposerPrefs, receiverPrefs, capacities }).proposerTo),
    receiver: () =>
      results.set(
        'receiver',
        stableMatching({ proposerPrefs, receiverPrefs, capacities, optimal: 'receiver' }).proposerTo,
      ),
    blocking: () => blockingPairs(proposerOptimal, { proposerPrefs, receiverPrefs, capacities }),
    textbookProposer: () =>
      results.set('textbookProposer', textbookProposerOptimal(proposerPrefs, receiverPrefs, capacities)),
    textbookReceiver: () =>
      results.set('textbookReceiver', textbookReceiverOptimal(proposerPrefs, receiverPrefs, capacities)),
  };
  const plan = { warmup: true, runs: options.runs, capMs: options.capMs };
  const timed = measureInterleaved(
    CALLS.map((call) => calls[call]),
    plan,
  );
  const samples = new Map(CALLS.map((call, k) => [call, timed[k] ?? []] as const));
  for (const call of CALLS) {
    log(`  ${call}: median ${formatMs(median(samples.get(call) ?? [0]))} ms of ${samples.get(call)?.length}`);
  }
  const allocatedMiB = new Map<Call, number>();
  if (options.memory) for (const call of CALLS) allocatedMiB.set(call, allocated(calls[call]));
  const ours = results.get('proposer') as Int32Array;
  return {
    kind,
    instance,
    samples,
    allocatedMiB,
    matched: ours.reduce((count, r) => count + (r >= 0 ? 1 : 0), 0),
    meanRank: [meanRank(instance, ours), meanRank(instance, results.get('receiver') as Int32Array)],
    differ: ours.reduce((count, r, p) => count + (r === results.get('receiver')?.[p] ? 0 : 1), 0),
    check: checkResults(instance, results),
  };
}

function renderTable(rows: readonly Row[], options: Options): string {
  const ms = (row: Row, call: Call) => {
    const list = row.samples.get(call) ?? [];
    const text = list.length === 0 ? '—' : formatMs(median(list));
    return list.length < options.runs ? `${text}†` : text;
  };
  const ratio = (row: Row, call: Call, peer: Call) => {
    const a = median(row.samples.get(call) ?? [Number.NaN]);
    const b = median(row.samples.get(peer) ?? [Number.NaN]);
    return `${ms(row, call)} (${(a / b).toFixed(2)}×)`;
  };
  const mib = (row: Row, call: Call) => {
    const value = row.allocatedMiB.get(call);
    return value === undefined ? 'n/a' : value.toFixed(1);
  };
  const header = [
    'instance',
    'Σ capacity',
    'matched',
    'proposer-optimal ms',
    'receiver-optimal ms',
    'blockingPairs ms',
    'textbook P / R ms',
    'typed arrays allocated MiB (P / R / B / textbook P / R)',
    'mean rank P / R',
    'partner differs',
    'check',
  ];
  const body = rows.map((row) => [
    `${row.kind} ${row.instance.proposerPrefs.length}×${row.instance.receiverPrefs.length}`,
    String(row.instance.supply),
    String(row.matched),
    ratio(row, 'proposer', 'textbookProposer'),
    ratio(row, 'receiver', 'textbookReceiver'),
    ms(row, 'blocking'),
    `${ms(row, 'textbookProposer')} / ${ms(row, 'textbookReceiver')}`,
    options.memory ? CALLS.map((call) => mib(row, call)).join(' / ') : 'skipped',
    `${row.meanRank[0].toFixed(2)} / ${row.meanRank[1].toFixed(2)}`,
    String(row.differ),
    row.check,
  ]);
  const align: Align[] = header.map((_, k) => (k === 0 || k === header.length - 1 ? 'left' : 'right'));
  return markdownTable(header, body, align);
}

function legendLines(options: Options): string[] {
  return [
    `- Instances (bench/stable/instances.ts): full preference lists on both sides. random: independent uniform permutations. correlated: proposers rank receivers by popularity + ${NOISE} × u, receivers rank proposers by quality + ${NOISE} × u (popularity, quality and u uniform in [0, 1)), so everyone competes for the same receivers. Capacities uniform in ${CAPACITY_SPREAD[0]}..${CAPACITY_SPREAD[1]} × P / R / 20 (Σ ≈ P). Built before timing, not counted.`,
    `- Each cell: median wall time in ms of the call alone, validation included (${options.runs} runs, interleaved in rounds with the others, after an untimed warm-up of at least ${WARMUP_MIN_RUNS} and up to ${WARMUP_RUNS} runs while under ${WARMUP_MS} ms; a full GC before each run; bench/harness/timing.ts). (r×): time divided by the textbook's. †: fewer runs than planned (cap ${options.capMs / 1000} s).`,
    '- blockingPairs: on the proposer-optimal matching (none found; every receiver’s list read in full, every proposer’s down to its partner).',
    '- textbook (bench/stable/textbook.ts): deferred acceptance with a dense Int32Array rank table built per call and a max-heap per receiver; no validation.',
    '- typed arrays allocated: Δ `process.memoryUsage().arrayBuffers` over one more call, read right after it and before any collection (a full GC just before); the inputs are not counted.',
    '- mean rank: mean position (1 = first choice) of each matched proposer’s receiver on its list, in the proposer-optimal (P) and receiver-optimal (R) matchings; partner differs: proposers matched differently by the two.',
    '- check (untimed): both matchings equal the textbook’s, blockingPairs finds none in either, both match the same proposers (rural hospitals), and no proposer ranks its receiver-optimal partner above its proposer-optimal one.',
  ];
}

function run(options: Options): string {
  const rows: Row[] = [];
  for (const shape of options.shapes) {
    for (const kind of options.kinds) rows.push(runRow(kind, shape.proposers, shape.receivers, options));
  }
  return [
    '',
    renderTable(rows, options),
    '',
    `- Load average at the end: ${loadAverage()}`,
    ...legendLines(options),
  ].join('\n');
}

runSuite<Options>({
  name: 'stable',
  usage: USAGE,
  options: OPTIONS,
  resolve: resolveOptions,
  header: (options) => ({
    title: 'stableMatching benchmark',
    run: `seed ${options.seed}; lists as ${options.typed ? 'Int32Arrays' : 'plain arrays'}`,
  }),
  run,
});
