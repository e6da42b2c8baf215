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
  return runWith(args, read, options.writeFile ?? refuseWrite, options.interactive ?? false);
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
  const read = (path: string) => files.get(path) ?? inputs[path] ?? noSuchFile(path);
  const result = runWith(
    args,
    read,
    (path, text) => {
      files.set(path, text);
    },
    false,
  );
  return { ...result, files };
}

/** Runs the CLI on `readFile` and `writeFile`, its streams collected. */
function runWith(
  args: readonly string[],
  readFile: Io['readFile'],
  writeFile: Io['writeFile'],
  interactive: boolean,
): CliRun {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    readFile,
    writeFile,
    interactive,
    now: () => 0,
  };
  const code = run(args, io);
  return { code, stdout, stderr };
}

/** Fails as reading a missing file does (`ENOENT`). */
export function noSuchFile(path: string): never {
  throw Object.assign(new Error(`no ${path}`), { code: 'ENOENT' });
}

function refuseWrite(): never {
  throw new Error('no file is written here');
}
