/**
 * Sparse assignment benchmark: `linearSumAssignment` on compressed sparse rows against scipy's
 * sparse solver, `scipy.sparse.csgraph.min_weight_full_bipartite_matching` (LAPJVsp), side by side
 * in one run on the same instances: J. E. Beasley's OR-Library `assignp800`…`assignp5000` (read
 * from ../shared/data/or-library/ beside the repository) and random sparse instances (0.01–5 % of
 * pairs allowed, up to 100,000 × 100,000 with about 10 entries per row, a random full matching
 * planted so that a complete assignment exists). Self-contained: the Python side is inlined below.
 *
 * Timing: each side alternates in rounds (ours, then scipy in its own python3 process), each
 * round an untimed warm-up, one full garbage collection, then timed runs back to back (a collection
 * before every run would leave this memory-bound search with cold caches each time); the cells are
 * the median and the least of every round's samples, the ratios ours / scipy of each. Both time the
 * whole call on a CSR input already in memory (validation and conversion included on both sides).
 * Each run is also timed in CPU time (Node's `process.cpuUsage()`, Python's `time.process_time()`:
 * user + system time of the process): on a machine shared with other jobs, elapsed time grows with
 * their load while CPU time barely does, so the CPU ratio is the steadier comparison there. Memory: the peak resident set growth of one
 * solve over the instance already in memory, in a fresh process for each side (ours: a child node
 * process reading the instance files; scipy: ru_maxrss around its first call).
 * Totals are checked: equal to each other and, for OR-Library, to the known optimum.
 *
 * usage: node bench/run.mjs sparse [--quick] [--out FILE]   (or `npm run bench:sparse`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, endianness, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CsrMatrix } from '../../src/solve/csrMatrix.js';
import { linearSumAssignment } from '../../src/solve/linearSumAssignment.js';

/** A CSR instance with typed-array fields. */
interface Csr extends CsrMatrix {
  readonly indptr: Int32Array;
  readonly indices: Int32Array;
  readonly data: Float64Array;
}

/** How to build an instance: an OR-Library file, or a seeded random sparse matrix. */
type Spec =
  | { readonly kind: 'orlib'; readonly n: number; readonly optimum: number }
  | { readonly kind: 'random'; readonly rows: number; readonly cols: number; readonly perRow: number };

const DATA_DIR = new URL('../../../shared/data/or-library/', import.meta.url);

const ORLIB: readonly Spec[] = [
  { kind: 'orlib', n: 800, optimum: 2239 },
  { kind: 'orlib', n: 1500, optimum: 5839 },
  { kind: 'orlib', n: 3000, optimum: 18696 },
  { kind: 'orlib', n: 5000, optimum: 48533 },
];

const RANDOM: readonly Spec[] = [
  { kind: 'random', rows: 2000, cols: 2000, perRow: 100 }, // 5 %
  { kind: 'random', rows: 5000, cols: 5000, perRow: 50 }, // 1 %
  { kind: 'random', rows: 10_000, cols: 10_000, perRow: 10 }, // 0.1 %
  { kind: 'random', rows: 20_000, cols: 50_000, perRow: 10 }, // 0.02 %, wide
  { kind: 'random', rows: 50_000, cols: 20_000, perRow: 10 }, // 0.05 %, tall
  { kind: 'random', rows: 100_000, cols: 100_000, perRow: 10 }, // 0.01 %
];

const QUICK_RANDOM: readonly Spec[] = [
  { kind: 'random', rows: 2000, cols: 2000, perRow: 100 },
  { kind: 'random', rows: 10_000, cols: 10_000, perRow: 10 },
];

function label(spec: Spec): string {
  return spec.kind === 'orlib' ? `assignp${spec.n}` : `random ${spec.rows}×${spec.cols}, ${spec.perRow}/row`;
}

/** mulberry32: a small seeded generator, so that every run (and the child process) sees the same instance. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readOrlib(n: number): Csr {
  const file = new URL(`assignp${n}.txt.gz`, DATA_DIR);
  const tokens = gunzipSync(readFileSync(file)).toString('latin1').trim().split(/\s+/);
  const size = Number(tokens[0]);
  const pairs = (tokens.length - 1) / 3;
  const indptr = new Int32Array(size + 1);
  for (let k = 0; k < pairs; k++) {
    const i = Number(tokens[1 + 3 * k]);
    indptr[i] = (indptr[i] as number) + 1;
  }
  for (let i = 0; i < size; i++) indptr[i + 1] = (indptr[i + 1] as number) + (indptr[i] as number);
  const next = indptr.slice(0, size);
  const indices = new Int32Array(pairs);
  const data = new Float64Array(pairs);
  for (let k = 0; k < pairs; k++) {
    const i = Number(tokens[1 + 3 * k]) - 1;
    const at = next[i] as number;
    next[i] = at + 1;
    indices[at] = Number(tokens[2 + 3 * k]) - 1;
    data[at] = Number(tokens[3 + 3 * k]);
  }
  return { rows: size, cols: size, indptr, indices, data };
}

/**
 * `perRow` distinct random columns per row (fewer when `cols` is smaller), integer costs 1..1000,
 * plus a random full matching of the short side planted among the entries.
 */
function randomSparse(rows: number, cols: number, perRow: number): Csr {
  const rng = mulberry32(rows * 31 + cols * 7 + perRow);
  const long = Math.max(rows, cols);
  const perm = new Int32Array(long);
  for (let k = 0; k < long; k++) perm[k] = k;
  for (let a = long - 1; a > 0; a--) {
    const b = Math.floor(rng() * (a + 1));
    const t = perm[a] as number;
    perm[a] = perm[b] as number;
    perm[b] = t;
  }
  const planted = new Int32Array(rows).fill(-1);
  for (let t = 0; t < Math.min(rows, cols); t++) {
    if (rows <= cols) planted[t] = perm[t] as number;
    else planted[perm[t] as number] = t;
  }
  const want = Math.min(cols, perRow);
  const capacity = rows * (want + 1);
  const indices = new Int32Array(capacity);
  const data = new Float64Array(capacity);
  const indptr = new Int32Array(rows + 1);
  const mark = new Int32Array(cols).fill(-1);
  let count = 0;
  for (let i = 0; i < rows; i++) {
    const lo = count;
    const p = planted[i] as number;
    if (p >= 0) {
      mark[p] = i;
      indices[count] = p;
      data[count++] = 1 + Math.floor(rng() * 1000);
    }
    while (count - lo < want) {
      const j = Math.floor(rng() * cols);
      if (mark[j] === i) continue;
      mark[j] = i;
      indices[count] = j;
      data[count++] = 1 + Math.floor(rng() * 1000);
    }
    // The planted entry at a random place in the row.
    const b = lo + Math.floor(rng() * (count - lo));
    const j0 = indices[lo] as number;
    const c0 = data[lo] as number;
    indices[lo] = indices[b] as number;
    data[lo] = data[b] as number;
    indices[b] = j0;
    data[b] = c0;
    indptr[i + 1] = count;
  }
  return { rows, cols, indptr, indices: indices.slice(0, count), data: data.slice(0, count) };
}

function build(spec: Spec): Csr {
  return spec.kind === 'orlib' ? readOrlib(spec.n) : randomSparse(spec.rows, spec.cols, spec.perRow);
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Warm-up (untimed, at least `minWarm` runs while under 1 s) then `runs` timed runs. */
function timeOurs(csr: Csr, runs: number, minWarm: number): { samples: number[]; cpu: number[]; total: number } {
  let total = Number.NaN;
  const warmStart = performance.now();
  for (let w = 0; w < minWarm || (w < 50 && performance.now() - warmStart < 1000); w++) {
    total = linearSumAssignment(csr).total;
    if (performance.now() - warmStart > 3000) break;
  }
  const samples: number[] = [];
  const cpu: number[] = [];
  gc();
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const used = process.cpuUsage();
    total = linearSumAssignment(csr).total;
    const { user, system } = process.cpuUsage(used);
    samples.push(performance.now() - start);
    cpu.push((user + system) / 1000);
  }
  return { samples, cpu, total };
}

const PYTHON = `
import gc, json, resource, sys, time
import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching
d, rows, cols, runs, min_warm = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
indptr = np.fromfile(d + "/indptr.i32", dtype="<i4")
indices = np.fromfile(d + "/indices.i32", dtype="<i4")
data = np.fromfile(d + "/data.f64", dtype="<f8")
graph = csr_matrix((data, indices, indptr), shape=(rows, cols))
gc.collect()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
r, c = min_weight_full_bipartite_matching(graph)
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
order = np.argsort(r, kind="stable")
total = float(np.asarray(graph[r[order], c[order]]).ravel().sum())
start, w = time.perf_counter(), 1
while w < min_warm or (w < 50 and time.perf_counter() - start < 1.0):
    min_weight_full_bipartite_matching(graph)
    w += 1
    if time.perf_counter() - start > 3.0:
        break
samples, cpu = [], []
gc.collect()
for _ in range(runs):
    t0, c0 = time.perf_counter(), time.process_time()
    min_weight_full_bipartite_matching(graph)
    cpu.append((time.process_time() - c0) * 1000.0)
    samples.append((time.perf_counter() - t0) * 1000.0)
json.dump({"samples": samples, "cpu": cpu, "total": total, "peakKb": peak_kb, "scipy": __import__("scipy").__version__}, sys.stdout)
`;

interface ScipyAnswer {
  samples: number[];
  cpu: number[];
  total: number;
  peakKb: number;
  scipy: string;
}

function probeScipy(): string | null {
  if (endianness() !== 'LE') return 'the instance files are little-endian';
  const probe = spawnSync('python3', ['-c', 'import scipy.sparse.csgraph'], { encoding: 'utf8' });
  if (probe.error !== undefined) return probe.error.message;
  if (probe.status !== 0) return probe.stderr.trim().split('\n').at(-1) ?? `exit code ${probe.status}`;
  return null;
}

function timeScipy(dir: string, csr: Csr, runs: number, minWarm: number): ScipyAnswer {
  const args = ['-c', PYTHON, dir, String(csr.rows), String(csr.cols), String(runs), String(minWarm)];
  const child = spawnSync('python3', args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.error !== undefined) throw child.error;
  if (child.status !== 0) throw new Error(`bench: scipy failed: ${child.stderr.trim()}`);
  return JSON.parse(child.stdout) as ScipyAnswer;
}

function writeInstance(dir: string, csr: Csr): void {
  const bytes = (a: Int32Array | Float64Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  writeFileSync(join(dir, 'indptr.i32'), bytes(csr.indptr));
  writeFileSync(join(dir, 'indices.i32'), bytes(csr.indices));
  writeFileSync(join(dir, 'data.f64'), bytes(csr.data));
}

/**
 * Child mode: the peak resident set growth (KB) of one solve of the instance saved in `dir`, read
 * into arrays of exactly its size (so that no larger temporary of the instance's making sets the
 * peak beforehand).
 */
function childPeak(dir: string, rows: number, cols: number): void {
  const read = (name: string): ArrayBuffer => {
    const bytes = readFileSync(join(dir, name));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  };
  const csr: Csr = {
    rows,
    cols,
    indptr: new Int32Array(read('indptr.i32')),
    indices: new Int32Array(read('indices.i32')),
    data: new Float64Array(read('data.f64')),
  };
  gc();
  const before = process.resourceUsage().maxRSS;
  linearSumAssignment(csr);
  const after = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify({ peakKb: after - before }));
}

function ourPeakKb(dir: string, csr: Csr): number {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--expose-gc', self, '--child', dir, String(csr.rows), String(csr.cols)], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`bench: child failed: ${child.stderr}`);
  return (JSON.parse(child.stdout) as { peakKb: number }).peakKb;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

function mb(kb: number): string {
  return (Math.max(0, kb) / 1024).toFixed(1);
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    childPeak(argv[1] as string, Number(argv[2]), Number(argv[3]));
    return;
  }
  const quick = argv.includes('--quick');
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  const hasOrlib = existsSync(fileURLToPath(new URL('assignp800.txt.gz', DATA_DIR)));
  if (!hasOrlib) process.stderr.write(`OR-Library data not found at ${fileURLToPath(DATA_DIR)}: skipped\n`);
  const specs = [...(hasOrlib ? (quick ? ORLIB.slice(0, 2) : ORLIB) : []), ...(quick ? QUICK_RANDOM : RANDOM)];
  const noScipy = probeScipy();
  if (noScipy !== null) process.stderr.write(`scipy unavailable (${noScipy}): its column is empty\n`);
  const rounds = quick ? 1 : 3;
  const dir = mkdtempSync(join(tmpdir(), 'mentormatch-sparse-'));
  const lines: string[] = [];
  let scipyVersion = '';
  try {
    for (const spec of specs) {
      const csr = build(spec);
      const entries = csr.indices.length;
      const big = entries > 500_000;
      const runs = big ? (quick ? 1 : 2) : quick ? 3 : 5;
      const minWarm = big ? 1 : 5;
      process.stderr.write(`${label(spec)}: ${entries} entries...\n`);
      writeInstance(dir, csr);
      const ours: number[] = [];
      const theirs: number[] = [];
      const ourCpu: number[] = [];
      const theirCpu: number[] = [];
      let ourTotal = Number.NaN;
      let scipyTotal = Number.NaN;
      let scipyPeak = Number.NaN;
      for (let round = 0; round < rounds; round++) {
        const mine = timeOurs(csr, runs, minWarm);
        ours.push(...mine.samples);
        ourCpu.push(...mine.cpu);
        ourTotal = mine.total;
        if (noScipy === null) {
          const answer = timeScipy(dir, csr, runs, minWarm);
          theirs.push(...answer.samples);
          theirCpu.push(...answer.cpu);
          scipyTotal = answer.total;
          scipyPeak = answer.peakKb;
          scipyVersion = answer.scipy;
        }
      }
      const ourPeak = ourPeakKb(dir, csr);
      const checks: string[] = [];
      if (spec.kind === 'orlib') checks.push(ourTotal === spec.optimum ? 'optimum ✓' : `optimum ✗ (${spec.optimum})`);
      if (noScipy === null) checks.push(ourTotal === scipyTotal ? '= scipy ✓' : `≠ scipy ✗ (${scipyTotal})`);
      const ourMs = median(ours);
      const scipyMs = theirs.length > 0 ? median(theirs) : Number.NaN;
      const ourMin = Math.min(...ours);
      const scipyMin = theirs.length > 0 ? Math.min(...theirs) : Number.NaN;
      const density = (100 * entries) / (csr.rows * csr.cols);
      const cpuOurs = median(ourCpu);
      const cpuTheirs = theirCpu.length > 0 ? median(theirCpu) : Number.NaN;
      const cpu = Number.isNaN(cpuTheirs)
        ? `${ms(cpuOurs)} / –`
        : `${ms(cpuOurs)} / ${ms(cpuTheirs)} = ${(cpuOurs / cpuTheirs).toFixed(2)}×`;
      lines.push(
        `| ${label(spec)} | ${csr.rows} × ${csr.cols} | ${entries} (${density < 0.1 ? density.toFixed(3) : density.toFixed(2)} %) | ${ms(ourMs)} | ${Number.isNaN(scipyMs) ? '–' : ms(scipyMs)} | ${Number.isNaN(scipyMs) ? '–' : `${(ourMs / scipyMs).toFixed(2)}×`} | ${ms(ourMin)} / ${Number.isNaN(scipyMin) ? '–' : `${ms(scipyMin)} = ${(ourMin / scipyMin).toFixed(2)}×`} | ${cpu} | ${mb(ourPeak)} | ${Number.isNaN(scipyPeak) ? '–' : mb(scipyPeak)} | ${ourTotal} ${checks.join(', ')} |`,
      );
      process.stderr.write(`${lines.at(-1)}\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const header = [
    `## Sparse assignment (CSR): linearSumAssignment vs scipy min_weight_full_bipartite_matching`,
    '',
    `node ${process.version}, ${noScipy === null ? `scipy ${scipyVersion}` : 'no scipy'}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; ${rounds} alternating round(s); medians in ms; ratio = ours / scipy (below 1: faster), also for the least sample of each; CPU: the median CPU time of each side's process during a solve (user + system), which other load on the machine does not inflate as it does elapsed time. Peak MB: resident set growth during one solve, fresh process each side. \`node bench/run.mjs sparse${quick ? ' --quick' : ''}\``,
    '',
    '| instance | shape | entries (density) | ours ms | scipy ms | ratio | least: ours / scipy | CPU ms: ours / scipy | ours peak MB | scipy peak MB | total |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ].join('\n');
  const report = `${header}\n${lines.join('\n')}\n`;
  process.stdout.write(report);
  if (out !== undefined) writeFileSync(out, report);
}

main();
