/**
 * The CLI run in this process (`run` of src/cli/run.ts) on files held in memory, its standard
 * output and standard error collected: the one in-process runner of the CLI test files.
 *
 * Reads find `inputs[path]` (`-` is standard input), else go to `readMissing`, else fail as a
 * missing file does (`ENOENT`, which the CLI reports as "no such file"). Writes are refused
 * (the command fails) unless `writeFile` is given; {@link runCliWithFiles} keeps them in memory.
 */
import type { Io } from '../../src/cli/command.js';
import { run } from '../../src/cli/run.js';

/** What a run of the CLI gave: its exit code and what it wrote on each stream. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A run of {@link runCliWithFiles}, with the files the command wrote. */
export interface CliRunWithFiles extends CliRun {
  /** The files the command wrote, by path. */
  readonly files: ReadonlyMap<string, string>;
}

/** Options of {@link runCli}. */
export interface CliRunOptions {
  /** Reads a path that `inputs` lacks (default: no such file). */
  readonly readMissing?: (path: string, maxBytes: number) => string;
  /** Told of every read, with the byte limit the command asked for. */
  readonly onRead?: (path: string, maxBytes: number) => void;
  /** Writes a file (default: writing throws, so the command fails). */
  readonly writeFile?: (path: string, text: string) => void;
  /** Whether standard error is a terminal, so that progress is drawn there (default false). */
  readonly interactive?: boolean;
  /** The environment (`LC_ALL`, `LC_MESSAGES`, `LANG` pick the default `--locale`; default none). */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Runs the CLI with `args` on the in-memory files `inputs`, by path.
 *
 * @example
 * ```ts
 * const { code, stdout } = runCli(['match', 'p.json', '--format', 'json'], { 'p.json': text });
 * ```
 */
export function runCli(
  args: readonly string[],
  inputs: Readonly<Record<string, string>> = {},
  options: CliRunOptions = {},
): CliRun {
  const read = (path: string, maxBytes: number) => {
    options.onRead?.(path, maxBytes);
    const text = inputs[path];
    if (text !== undefined) return text;
    return options.readMissing === undefined ? noSuchFile(path) : options.readMissing(path, maxBytes);
  };
  return runWith(args, {
    readFile: read,
    writeFile: options.writeFile ?? refuseWrite,
    interactive: options.interactive ?? false,
    ...(options.env === undefined ? {} : { env: options.env }),
  });
}

/**
 * Runs the CLI as {@link runCli} does, keeping what the command writes: in `files`, and read back
 * (before `inputs`) by the run's later reads.
 *
 * @example
 * ```ts
 * const { files } = runCliWithFiles(['import', ...tables, '--out', 'programme.json'], csvFiles);
 * const programme = files.get('programme.json');
 * ```
 */
export function runCliWithFiles(
  args: readonly string[],
  inputs: Readonly<Record<string, string>> = {},
): CliRunWithFiles {
  const files = new Map<string, string>();
  const result = runWith(args, {
    readFile: (path) => files.get(path) ?? inputs[path] ?? noSuchFile(path),
    writeFile: (path, text) => {
      files.set(path, text);
    },
    interactive: false,
  });
  return { ...result, files };
}

/** Runs the CLI on the files, terminal and environment of `io`, its streams collected. */
function runWith(args: readonly string[], io: Pick<Io, 'readFile' | 'writeFile' | 'interactive' | 'env'>): CliRun {
  let stdout = '';
  let stderr = '';
  const code = run(args, {
    ...io,
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    now: () => 0,
  });
  return { code, stdout, stderr };
}

/** Fails as reading a missing file does (`ENOENT`). */
export function noSuchFile(path: string): never {
  throw Object.assign(new Error(`no ${path}`), { code: 'ENOENT' });
}

/** Refuses a write: the command under test fails, as it should when it writes nothing. */
function refuseWrite(): never {
  throw new Error('no file is written here');
}
