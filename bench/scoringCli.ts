/**
 * Command-line options of `npm run bench:scoring`, parsed with node:util's parseArgs (strict: an
 * unknown option is an error), and the sizes of the benchmark's programmes.
 */
import { parseArgs } from 'node:util';

/** Mentors of both programmes, and topics of their taxonomy. */
export const MENTORS = 1000;
export const TOPICS = 200;
/** Requests of the micro programme, about. */
export const MICRO_REQUESTS = 5000;
/** The target: scoring median under this many ms. */
export const TARGET_MS = 1000;

export const USAGE = `usage: npm run bench:scoring -- [options]
Times parseProgram and scoreProgram on seeded sample programmes over ${TOPICS} topics: micro, about 2500
mentees (${MICRO_REQUESTS} requests, within 1%) x ${MENTORS} mentors, and classic, 5000 mentees x ${MENTORS} mentors;
then the memory of one scoring call, in fresh processes, at half and full size.
  --runs N      timed runs per measurement (default 9, at least 7 recommended)
  --warmup N    untimed runs before them (default 3)
  --seed N      generator seed (default 1)
  --out FILE    also write the report (markdown) to FILE, e.g. bench/scoring-results.md
  --no-memory   skip the memory probes
  --help        this text`;

export interface Options {
  readonly runs: number;
  readonly warmup: number;
  readonly seed: number;
  readonly out: string | undefined;
  readonly memory: boolean;
}

export function parseOptions(argv: readonly string[]): Options | undefined {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string', default: '9' },
      warmup: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'no-memory': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return undefined;
  }
  const int = (flag: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`bench: --${flag} needs an integer ≥ ${min}, got ${text}`);
    return n;
  };
  return {
    runs: int('runs', values.runs, 1),
    warmup: int('warmup', values.warmup, 0),
    seed: int('seed', values.seed, 0),
    out: values.out,
    memory: !values['no-memory'],
  };
}
