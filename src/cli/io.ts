/** Reading the programme file, writing results, and progress lines on standard error. */
import { InvalidInputError } from '../errors.js';
import type { ProgramWarning } from '../match/types.js';
import { formatPath } from '../model/zodIssues.js';
import { InputError, type Io, ProgrammeError } from './command.js';
import { jsonSyntaxError } from './jsonSyntax.js';

/** A programme file read and parsed as JSON (not yet validated). */
export interface ProgrammeFile {
  /** The file as named in messages (`standard input` for `-`). */
  readonly source: string;
  readonly json: unknown;
  readonly bytes: number;
}

/** What a failed read says about why. */
function readFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Reads `path` (or standard input for `-`) and parses it as JSON. */
export function readProgramme(io: Io, path: string): ProgrammeFile {
  const source = path === '-' ? 'standard input' : path;
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw new InputError(`cannot read ${source}: ${readFailure(error)}`);
  }
  // A byte order mark, as some editors write, is not JSON; it is no problem either.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  try {
    return { source, json: JSON.parse(text) as unknown, bytes: new TextEncoder().encode(text).length };
  } catch (error) {
    const syntax = jsonSyntaxError(text);
    const reason =
      syntax === undefined
        ? error instanceof Error
          ? error.message
          : String(error)
        : `line ${syntax.line}, column ${syntax.column}: ${syntax.message}`;
    throw new InputError(`${source} is not valid JSON: ${reason}`);
  }
}

/** Runs `fn` on the programme from `source`; its validation errors name the file. */
export function onProgramme<T>(source: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof InvalidInputError) throw new ProgrammeError(source, error.issues);
    throw error;
  }
}

/** Writes `text` to the file `out`, or to standard output. */
export function writeResult(io: Io, text: string, out: string | undefined): void {
  if (out === undefined) {
    io.out(text);
    return;
  }
  try {
    io.writeFile(out, text);
  } catch (error) {
    throw new InputError(`cannot write ${out}: ${readFailure(error)}`);
  }
}

/** A progress reporter: lines on standard error when it is a terminal or with `--verbose`. */
export interface Progress {
  /** Says what starts now. */
  step(text: string): void;
  /** Says what is done, with the time since the last step. */
  done(text: string): void;
}

/** Progress of `command`; silent unless `verbose` or standard error is a terminal. */
export function progress(io: Io, command: string, verbose: boolean | undefined): Progress {
  const shown = verbose === true || io.interactive;
  let since = io.now();
  return {
    step(text) {
      since = io.now();
      if (shown) io.err(`mentormatch ${command}: ${text}…\n`);
    },
    done(text) {
      const ms = io.now() - since;
      since = io.now();
      if (shown) io.err(`mentormatch ${command}: ${text} in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms\n`);
    },
  };
}

/** `102 KB` */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `path: message`, without repeating the path when the message starts with it. */
export function describeIssue(issue: { readonly path: readonly PropertyKey[]; readonly message: string }): string {
  if (issue.path.length === 0) return issue.message;
  const path = formatPath(issue.path);
  const rest = issue.message.startsWith(path) ? issue.message.slice(path.length).replace(/^:?\s*/, '') : issue.message;
  return `${path}: ${rest}`;
}

/**
 * Prints the programme's warnings on standard error, one line each
 * (`mentormatch match: warning: rules.custom[0].same: …`), whatever `--verbose` says: they are
 * about the input, not progress. They leave the exit code alone.
 */
export function printWarnings(io: Io, command: string, warnings: readonly ProgramWarning[]): void {
  for (const warning of warnings) io.err(`mentormatch ${command}: warning: ${describeIssue(warning)}\n`);
}
