/**
 * The one runner and option parser of the suites. A suite (bench/<suite>/main.ts) declares its
 * options, turns their values into its own resolved options, says what its header holds and
 * measures; {@link runSuite} does the rest the same way for all: `--help`, a bad option (the
 * message, the usage, exit code 2), the header printed before measuring, progress on stderr, the
 * report on stdout and, with `--out FILE`, in FILE.
 */
import { writeFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type Header, headerLines, type SuiteName } from './report.js';

/** Progress, to stderr (the report goes to stdout). */
export const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** The options of parseArgs (every value a string or a boolean flag, no lists). */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Values as parsed: `--out` and `--help` are added to every suite's options. */
export type Values = Readonly<Record<string, string | boolean | undefined>> & {
  readonly out?: string | undefined;
};

/** One suite of benchmarks. */
export interface Suite<Options> {
  readonly name: SuiteName;
  /** The `--help` text. */
  readonly usage: string;
  /** The suite's options besides `--out` and `--help`. */
  readonly options: OptionSpec;
  /** Resolves the parsed values; throws an `Error` with a message for a bad value. */
  resolve(values: Values): Options;
  /** The header, printed before measuring. */
  header(options: Options, argv: readonly string[]): Omit<Header, 'suite' | 'argv'>;
  /** Measures and returns the report's body (markdown), printed below the header. */
  run(options: Options): string;
}

/** Parses `argv` with node:util's parseArgs, strictly: an unknown option is an error. */
export function parseValues(argv: readonly string[], options: OptionSpec): Values {
  const { values } = parseArgs({
    args: [...argv],
    options: { ...options, out: { type: 'string' }, help: { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  return values as Values;
}

/** A string option (declared with a default, or undefined when not given). */
export function text(values: Values, flag: string): string | undefined {
  const value = values[flag];
  return typeof value === 'string' ? value : undefined;
}

/** A positive number (an integer when `integer`), for `flag` in messages. */
export function positive(flag: string, value: string, integer: boolean): number {
  const n = Number(value);
  if (!(n > 0) || (integer && !Number.isInteger(n))) {
    throw new Error(`bench: ${flag} needs a positive ${integer ? 'integer' : 'number'}, got ${value}`);
  }
  return n;
}

/** An integer of at least `min`. */
export function integer(flag: string, value: string, min = Number.NEGATIVE_INFINITY): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new Error(
      `bench: ${flag} needs an integer${min > Number.NEGATIVE_INFINITY ? ` ≥ ${min}` : ''}, got ${value}`,
    );
  }
  return n;
}

/** A comma-separated list of names from `valid`, in `valid`'s order; all of them when not given. */
export function names<T extends string>(flag: string, value: string | undefined, valid: readonly T[]): readonly T[] {
  if (value === undefined) return valid;
  const given = value.split(',').map((name) => name.trim());
  for (const name of given) {
    if (!(valid as readonly string[]).includes(name)) {
      throw new Error(`bench: ${flag} ${name} is unknown; expected one of ${valid.join(', ')}`);
    }
  }
  return valid.filter((name) => given.includes(name));
}

/** A comma-separated list of `AxB` shapes, e.g. `1000x200,5000x1000`. */
export function shapes(flag: string, value: string, what = 'ROWSxCOLS'): { a: number; b: number }[] {
  return value.split(',').map((part) => {
    const match = /^(\d+)x(\d+)$/.exec(part.trim());
    if (match === null || Number(match[1]) < 1 || Number(match[2]) < 1) {
      throw new Error(`bench: ${flag} needs ${what}, got ${part}`);
    }
    return { a: Number(match[1]), b: Number(match[2]) };
  });
}

/** Runs `suite` on the process's arguments. */
export function runSuite<Options>(suite: Suite<Options>): void {
  const argv = process.argv.slice(2);
  let options: Options;
  let out: string | undefined;
  try {
    const values = parseValues(argv, suite.options);
    if (values.help === true) {
      console.log(suite.usage);
      return;
    }
    out = values.out;
    options = suite.resolve(values);
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n\n${suite.usage}`);
    process.exitCode = 2;
    return;
  }
  if (globalThis.gc === undefined) log('no --expose-gc: runs are not preceded by a full GC');
  const header = headerLines({ ...suite.header(options, argv), suite: suite.name, argv }).join('\n');
  console.log(header);
  log(`running ${suite.name} ${argv.join(' ')}`.trim());
  const body = suite.run(options);
  console.log(body);
  if (out !== undefined) {
    writeFileSync(out, `${header}\n${body}\n`);
    log(`wrote ${out}`);
  }
}
