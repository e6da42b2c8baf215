/**
 * Our solver's extra memory, to back the documented claim "one copy of the matrix (none for a
 * DenseMatrix that is minimised and not tall) plus O(rows + cols)". Each case runs in its own child
 * process (bench/harness/probe.ts, which calls {@link probeTarget}) on a uniform instance of the
 * given size; the report sets the growth around one call against the input's size.
 */
import { type DenseMatrix, linearSumAssignment, type MatrixInput } from '../../src/index.js';
import { markdownTable, mib } from '../harness/markdown.js';
import { fact, type ProbeTarget, runProbe } from '../harness/memory.js';
import { generate, inputClass } from './generators.js';

/** The inputs measured, by name. */
export const MEMORY_CASES = ['dense', 'dense-maximize', 'dense-tall', 'nested'] as const;
export type MemoryCase = (typeof MEMORY_CASES)[number];

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

function nested(m: DenseMatrix): number[][] {
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

/** The probe's side: `CASE N SEED` → one `linearSumAssignment` call on that input. */
export function probeTarget(args: readonly string[]): ProbeTarget {
  const [memoryCase, n, seed] = args;
  if (!(MEMORY_CASES as readonly (string | undefined)[]).includes(memoryCase)) {
    throw new Error(`bench: memory case ${memoryCase} is unknown; expected one of ${MEMORY_CASES.join(', ')}`);
  }
  const matrix = generate(inputClass(memoryCase === 'dense-tall' ? 'tall' : 'uniform'), Number(n), Number(seed));
  const input: MatrixInput = memoryCase === 'nested' ? nested(matrix) : matrix;
  return {
    call: () => linearSumAssignment(input, { maximize: memoryCase === 'dense-maximize' }),
    facts(result) {
      const { size } = result as ReturnType<typeof linearSumAssignment>;
      if (size !== Math.min(matrix.rows, matrix.cols)) throw new Error('bench: memory probe did not solve');
      return { rows: matrix.rows, cols: matrix.cols, inputBytes: matrix.data.byteLength };
    },
  };
}

/** Runs every case at size `n` and renders the markdown report. */
export function memoryReport(n: number, seed: number, log: (line: string) => void): string {
  const body: string[][] = [];
  for (const memoryCase of MEMORY_CASES) {
    log(`memory ${memoryCase} n=${n}`);
    const p = runProbe('lsap/memory.ts', [memoryCase, n, seed]);
    const inputBytes = fact(p, 'inputBytes');
    body.push([
      DESCRIPTIONS[memoryCase],
      `${fact(p, 'rows')}×${fact(p, 'cols')}`,
      mib(inputBytes),
      mib(p.arrayBuffers),
      mib(p.heapUsed),
      mib(p.peakRss),
      (p.arrayBuffers / inputBytes).toFixed(3),
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
