/**
 * The memory probe's side of the scoring suite: generates and parses one sample programme, then
 * hands bench/harness/probe.ts one `scoreProgram` call to measure in a fresh process (the growth of
 * `arrayBuffers` and `heapUsed` around the call, what stays allocated after a full collection while
 * the table is held, and on Linux the peak RSS growth).
 *
 * arguments: MODE MENTEES MENTORS TOPICS SEED
 */
import { sampleProgram } from '../../src/cli/sample/sampleProgram.js';
import { parseProgram, type ScoreTable, scoreProgram } from '../../src/index.js';
import type { ProbeTarget } from '../harness/memory.js';

/** `MODE MENTEES MENTORS TOPICS SEED` → one `scoreProgram` call on that sample programme. */
export function probeTarget(args: readonly string[]): ProbeTarget {
  const [mode, ...numbers] = args;
  const [mentees, mentors, topics, seed] = numbers.map(Number);
  if ((mode !== 'micro' && mode !== 'classic') || [mentees, mentors, topics, seed].some((x) => !Number.isInteger(x)))
    throw new Error('usage: scoring/memory.ts MODE MENTEES MENTORS TOPICS SEED');
  const program = parseProgram(
    sampleProgram({
      mode,
      mentees: mentees as number,
      mentors: mentors as number,
      topics: topics as number,
      seed: seed as number,
    }),
  );
  return {
    call: () => scoreProgram(program),
    facts(result) {
      const { scores } = result as ScoreTable;
      return { rows: scores.rows, cols: scores.cols };
    },
  };
}
