/**
 * Child process of scoring.ts: generates and parses one sample programme, then measures one
 * `scoreProgram` call in a fresh process, as memoryProbe.ts does for `linearSumAssignment`: the
 * growth of `arrayBuffers` and `heapUsed` around the call (read before any collection, so transient
 * arrays still count), what stays allocated after a full collection while the table is held, and,
 * on Linux, the peak RSS growth (the high-water mark reset just before the call through
 * /proc/self/clear_refs; VmHWM after it minus VmRSS before it).
 *
 * usage: node --expose-gc --import tsx bench/scoringProbe.ts MODE MENTEES MENTORS TOPICS SEED
 */
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { parseProgram, scoreProgram } from '../src/index.js';
import { procStatus, resetPeak } from './procMemory.js';

/** What this probe prints, in bytes. */
export interface ScoringProbe {
  readonly rows: number;
  readonly cols: number;
  readonly arrayBuffers: number;
  readonly heapUsed: number;
  /** Heap and array buffers still in use after a full collection, the table held. */
  readonly retained: number;
  /** Peak RSS growth during the call; `null` where it cannot be read (off Linux). */
  readonly peakRss: number | null;
}

function probe(mode: 'micro' | 'classic', mentees: number, mentors: number, topics: number, seed: number) {
  const program = parseProgram(sampleProgram({ mode, mentees, mentors, topics, seed }));
  globalThis.gc?.();
  globalThis.gc?.();
  const canPeak = resetPeak();
  const rssBefore = procStatus('VmRSS');
  const before = process.memoryUsage();
  const table = scoreProgram(program);
  const after = process.memoryUsage();
  const peak = procStatus('VmHWM');
  globalThis.gc?.();
  const held = process.memoryUsage();
  const result: ScoringProbe = {
    rows: table.scores.rows,
    cols: table.scores.cols,
    arrayBuffers: after.arrayBuffers - before.arrayBuffers,
    heapUsed: after.heapUsed - before.heapUsed,
    retained: held.heapUsed + held.arrayBuffers - before.heapUsed - before.arrayBuffers,
    peakRss: canPeak && peak !== undefined && rssBefore !== undefined ? peak - rssBefore : null,
  };
  return result;
}

const [mode, ...numbers] = process.argv.slice(2);
const [mentees, mentors, topics, seed] = numbers.map(Number);
if ((mode !== 'micro' && mode !== 'classic') || [mentees, mentors, topics, seed].some((x) => !Number.isInteger(x)))
  throw new Error('usage: scoringProbe.ts MODE MENTEES MENTORS TOPICS SEED');
console.log(JSON.stringify(probe(mode, mentees as number, mentors as number, topics as number, seed as number)));
