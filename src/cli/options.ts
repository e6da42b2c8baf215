/** The command line of one command: `node:util` parseArgs, with every mistake a `UsageError`. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { ProgramLimits } from '../model/limits.js';
import { UsageError } from './command.js';
import { MAX_INPUT_BYTES } from './io.js';
import { cliLocale } from './locale.js';
import type { CliCode } from './messages/en.js';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments strictly (unknown options and missing values are errors); `--help`
 * and `-h` are added to every command.
 */
export function parseCommandLine<const O extends OptionsConfig>(command: string, args: readonly string[], options: O) {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: O & typeof COMMON; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...options, ...COMMON },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw parseArgsError(command, error);
  }
  const { locale } = parsed.values as { locale?: string };
  if (locale !== undefined) cliLocale(command, locale, undefined);
  return parsed;
}

/**
 * The usage error of what `parseArgs` refused, from its error code and the option its message
 * quotes (`'-o, --out <value>'`): an unknown option, a value missing, a value given to a flag, or a
 * value that looks like an option. Anything else keeps Node's words.
 */
function parseArgsError(command: string, error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'[^']*'/.exec(message)?.[0];
  if (option !== undefined) {
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(command, 'cli.usage.unknownOption', { option });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (message.includes('argument missing')) {
        // `'-o, --out <value>'`: the option's long name says it.
        const name = /--[\w-]+/.exec(option)?.[0] ?? option.slice(1, -1).split(' ')[0] ?? option;
        return new UsageError(command, 'cli.usage.missingValue', { option: name });
      }
      if (message.includes('does not take an argument'))
        return new UsageError(command, 'cli.usage.noValue', { option });
      if (message.includes('ambiguous'))
        return new UsageError(command, 'cli.usage.ambiguous', { option, example: `${option.slice(0, -1)}=-…'` });
    }
  }
  // Node's messages go on to explain `--` at length; the first sentence says what is wrong.
  const first = (message.split('. To specify')[0] ?? message).replace(/\.$/, '');
  return new UsageError(command, 'cli.usage.commandLine', { detail: first.charAt(0).toLowerCase() + first.slice(1) });
}

/** The options of every command: `--help`, and `--locale` (the language of its sentences, see `cliLocale`). */
const COMMON = { help: { type: 'boolean', short: 'h' }, locale: { type: 'string' } } as const;

/** The one file argument (the programme), `-` for standard input. */
export function fileArgument(command: string, positionals: readonly string[], missing: CliCode): string {
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError(command, missing);
  if (extra !== undefined) throw unexpected(command, extra);
  return file;
}

/** No positional argument at all. */
export function noArgument(command: string, positionals: readonly string[]): void {
  const [extra] = positionals;
  if (extra !== undefined) throw unexpected(command, extra);
}

/** The usage error of an argument too many. */
export function unexpected(command: string, extra: string): UsageError {
  return new UsageError(command, 'cli.usage.unexpected', { value: JSON.stringify(extra) });
}

/** One of `allowed`, or `fallback` when the option is absent. */
export function choice<const T extends string>(
  command: string,
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T;
export function choice<const T extends string>(
  command: string,
  option: string,
  value: string,
  allowed: readonly T[],
): T;
export function choice<const T extends string>(
  command: string,
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined;
export function choice<const T extends string>(
  command: string,
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(command, 'cli.usage.oneOf', {
    option: `--${option}`,
    allowed: [...allowed],
    value: JSON.stringify(value),
  });
}

/** An integer in [min, max] written in decimal, or `fallback` when the option is absent. */
export function integer(
  command: string,
  option: string,
  value: string | undefined,
  range: { readonly min: number; readonly max: number; readonly fallback?: number },
): number {
  if (value === undefined) {
    if (range.fallback !== undefined) return range.fallback;
    throw new UsageError(command, 'cli.usage.missingOption', { option: `--${option}` });
  }
  const n = /^[+-]?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < range.min || n > range.max) {
    throw new UsageError(command, 'cli.usage.integer', {
      option: `--${option}`,
      min: range.min,
      max: range.max,
      value: JSON.stringify(value),
    });
  }
  return n;
}

/** The limit of `--max-input-bytes`, from 1 to {@link MAX_INPUT_BYTES}`.max`, 256 MiB when absent. */
export function maxInputBytes(command: string, value: string | undefined): number {
  return integer(command, 'max-input-bytes', value, { min: 1, ...MAX_INPUT_BYTES });
}

/** The value of an option that must be given. */
export function required(command: string, option: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(command, 'cli.usage.missingOption', { option: `--${option}` });
  return value;
}

/** A finite number ≥ `min`, or undefined when the option is absent. */
export function atLeast(command: string, option: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n < min) {
    throw new UsageError(command, 'cli.usage.atLeast', { option: `--${option}`, min, value: JSON.stringify(value) });
  }
  return n;
}

/**
 * Whether CSV output starts with a UTF-8 byte order mark: yes with `--bom`, no with `--no-bom`,
 * else yes when `out` names a `.csv` file (spreadsheets then read it as UTF-8) and no on standard
 * output (a pipe into another program wants no BOM). `--bom` with another format is an error.
 */
export function byteOrderMark(
  command: string,
  flags: { readonly bom?: boolean | undefined; readonly noBom?: boolean | undefined },
  out: string | undefined,
  csv: boolean,
): boolean {
  if (flags.bom === true && flags.noBom === true) throw new UsageError(command, 'cli.usage.bomBoth');
  if (flags.bom === true && !csv) throw new UsageError(command, 'cli.usage.bomCsv');
  if (flags.bom === true) return true;
  if (flags.noBom === true) return false;
  return csv && out !== undefined && /\.csv$/i.test(out);
}

/** The options that set the library's size limits on a programme (`limits`). */
export const LIMIT_OPTIONS = {
  'max-mentors': { type: 'string' },
  'max-mentees': { type: 'string' },
  'max-requests': { type: 'string' },
  'max-pairs': { type: 'string' },
} as const;

/** The limits given with {@link LIMIT_OPTIONS} (the others keep their defaults). */
export function programLimits(
  command: string,
  values: { readonly [K in keyof typeof LIMIT_OPTIONS]?: string | undefined },
): ProgramLimits {
  const limits: { -readonly [K in keyof ProgramLimits]: number } = {};
  const read = (option: keyof typeof LIMIT_OPTIONS, name: keyof ProgramLimits) => {
    const value = values[option];
    if (value !== undefined) limits[name] = integer(command, option, value, { min: 0, max: Number.MAX_SAFE_INTEGER });
  };
  read('max-mentors', 'maxMentors');
  read('max-mentees', 'maxMentees');
  read('max-requests', 'maxRequests');
  read('max-pairs', 'maxPairs');
  return limits;
}
