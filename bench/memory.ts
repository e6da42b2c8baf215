/**
 * Our solver's extra memory, to back the documented claim "one copy of the matrix (none for a
 * DenseMatrix that is minimised and not tall) plus O(rows + cols)". Each case runs in its own child
 * process (memoryProbe.ts) on a uniform instance of the given size; the report sets the growth around
 * one call against the input's size.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { markdownTable } from './markdown.js';

/** The inputs measured, by name. */
export const MEMORY_CASES = ['dense', 'dense-maximize', 'dense-tall', 'nested'] as const;
export type MemoryCase = (typeof MEMORY_CASES)[number];

/** What memoryProbe.ts prints, in bytes. */
export interface MemoryProbe {
  readonly rows: number;
  readonly cols: number;
  readonly inputBytes: number;
  readonly arrayBuffers: number;
  readonly heapUsed: number;
  /** Peak RSS growth during the call; `null` where it cannot be read (off Linux). */
  readonly peakRss: number | null;
}

const DESCRIPTIONS: Record<MemoryCase, string> = {
  dense: 'DenseMatrix, minimise',
  'dense-maximize': 'DenseMatrix, maximize: true',
  'dense-tall': 'DenseMatrix, tall (2n × n)',
  nested: 'number[][], minimise',
};

const EXPECTED: Record<MemoryCase, string> = {
  dense: 'O(rows + cols), no copy',
  'dense-maximize': 'one copy (negated)',
  'dense-tall': 'no copy (the copy-free tall path; one transposed copy when it falls back)',
  nested: 'one copy (dense)',
};

const PROBE = fileURLToPath(new URL('./memoryProbe.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function runProbe(memoryCase: MemoryCase, n: number, seed: number): MemoryProbe {
  const args = ['--expose-gc', '--import', 'tsx', PROBE, memoryCase, String(n), String(seed)];
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (child.error !== undefined) throw child.error;
  if (child.status !== 0) throw new Error(`bench: memory probe ${memoryCase} failed: ${child.stderr.trim()}`);
  return JSON.parse(child.stdout) as MemoryProbe;
}

function mb(bytes: number | null): string {
  if (bytes === null) return 'n/a';
  const value = bytes / 2 ** 20;
  return Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(2);
}

/** Runs every case at size `n` and renders the markdown report. */
export function memoryReport(n: number, seed: number, log: (line: string) => void): string {
  const body: string[][] = [];
  for (const memoryCase of MEMORY_CASES) {
    log(`memory ${memoryCase} n=${n}`);
    const p = runProbe(memoryCase, n, seed);
    body.push([
      DESCRIPTIONS[memoryCase],
      `${p.rows}×${p.cols}`,
      mb(p.inputBytes),
      mb(p.arrayBuffers),
      mb(p.heapUsed),
      mb(p.peakRss),
      (p.arrayBuffers / p.inputBytes).toFixed(3),
      EXPECTED[memoryCase],
    ]);
  }
  const header = [
    'input',
    'shape',
    'input size',
    'Δ arrayBuffers',
    'Δ heapUsed',
    'peak RSS growth',
    'Δ arrayBuffers / input',
    'expected',
  ];
  const align = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'] as const;
  const lines = [
    `Extra memory of one \`linearSumAssignment\` call, uniform instance, n = ${n} (MiB; one fresh process per row):`,
    '',
    markdownTable(header, body, align),
  ];
  lines.push(
    '',
    'Δ arrayBuffers and Δ heapUsed are read right after the call, before any collection, so typed arrays',
    'the call allocated and dropped still count (unless V8 collected them during the call). Peak RSS',
    'growth: the high-water mark reset just before the call (/proc/self/clear_refs), Linux only. The input',
    'size is that of the float64 matrix; the number[][] case holds its own input (about as large) on the heap.',
  );
  return lines.join('\n');
}
