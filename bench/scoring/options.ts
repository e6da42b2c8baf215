/**
 * Options of the scoring suite (`npm run bench:scoring`), parsed by the harness
 * (bench/harness/suite.ts: strict, an unknown option is an error), and the sizes of its programmes.
 */
import { integer, type OptionSpec, text, type Values } from '../harness/suite.js';

/** Mentors of both programmes, and topics of their taxonomy. */
export const MENTORS = 1000;
export const TOPICS = 200;
/** Requests of the micro programme, about. */
export const MICRO_REQUESTS = 5000;
/** The target: scoring median under this many ms. */
export const TARGET_MS = 1000;

export const USAGE = `usage: npm run bench:scoring -- [options]   (or node bench/run.mjs scoring [options])
Times parseProgram and scoreProgram on seeded sample programmes over ${TOPICS} topics: micro, about 2500
mentees (${MICRO_REQUESTS} requests, within 1%) x ${MENTORS} mentors, and classic, 5000 mentees x ${MENTORS} mentors;
then the memory of one scoring call, in fresh processes, at half and full size.
  --runs N      timed runs per measurement (default 9, at least 7 recommended)
  --warmup N    untimed runs before them (default 3)
  --seed N      generator seed (default 1)
  --out FILE    also write the report (markdown) to FILE, e.g. bench/scoring/results.md
  --no-memory   skip the memory probes
  --help        this text`;

export interface Options {
  readonly runs: number;
  readonly warmup: number;
  readonly seed: number;
  readonly memory: boolean;
}

export const OPTIONS: OptionSpec = {
  runs: { type: 'string', default: '9' },
  warmup: { type: 'string', default: '3' },
  seed: { type: 'string', default: '1' },
  'no-memory': { type: 'boolean', default: false },
};

/** Resolves the parsed values. */
export function resolveOptions(values: Values): Options {
  return {
    runs: integer('--runs', text(values, 'runs') as string, 1),
    warmup: integer('--warmup', text(values, 'warmup') as string, 0),
    seed: integer('--seed', text(values, 'seed') as string, 0),
    memory: values['no-memory'] !== true,
  };
}
