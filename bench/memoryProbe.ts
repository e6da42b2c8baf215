/**
 * Child process of memory.ts: builds one input, then measures one `linearSumAssignment` call in a
 * fresh process, so nothing else run before can hide or inflate the numbers. Prints JSON with the
 * input size and, around the call, the growth of `arrayBuffers` and `heapUsed` (read before any
 * collection, so transient typed arrays still count) and of peak RSS. Peak RSS is read on Linux only:
 * the high-water mark is reset just before the call (`5` written to /proc/self/clear_refs) and VmHWM
 * after it, minus VmRSS before it, is the call's peak growth. (`process.resourceUsage().maxRSS` is no
 * use here: Linux carries the parent's high-water mark into a spawned child.)
 *
 * usage: node --expose-gc --import tsx bench/memoryProbe.ts CASE N SEED
 */
import { type DenseMatrix, linearSumAssignment, type MatrixInput } from '../src/index.js';
import { generate, inputClass } from './generators.js';
import { MEMORY_CASES, type MemoryCase, type MemoryProbe } from './memory.js';
import { procStatus, resetPeak } from './procMemory.js';

function nested(m: DenseMatrix): number[][] {
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

function probe(memoryCase: MemoryCase, n: number, seed: number): MemoryProbe {
  const matrix = generate(inputClass(memoryCase === 'dense-tall' ? 'tall' : 'uniform'), n, seed);
  const input: MatrixInput = memoryCase === 'nested' ? nested(matrix) : matrix;
  const inputBytes = matrix.data.byteLength;
  globalThis.gc?.();
  globalThis.gc?.();
  const canPeak = resetPeak();
  const rssBefore = procStatus('VmRSS');
  const before = process.memoryUsage();
  const result = linearSumAssignment(input, { maximize: memoryCase === 'dense-maximize' });
  const after = process.memoryUsage();
  const peak = procStatus('VmHWM');
  if (result.size !== Math.min(matrix.rows, matrix.cols)) throw new Error('bench: memory probe did not solve');
  return {
    rows: matrix.rows,
    cols: matrix.cols,
    inputBytes,
    arrayBuffers: after.arrayBuffers - before.arrayBuffers,
    heapUsed: after.heapUsed - before.heapUsed,
    peakRss: canPeak && peak !== undefined && rssBefore !== undefined ? peak - rssBefore : null,
  };
}

const [memoryCase, n, seed] = process.argv.slice(2);
if (!(MEMORY_CASES as readonly (string | undefined)[]).includes(memoryCase)) {
  throw new Error(`bench: memory case ${memoryCase} is unknown; expected one of ${MEMORY_CASES.join(', ')}`);
}
console.log(JSON.stringify(probe(memoryCase as MemoryCase, Number(n), Number(seed))));
