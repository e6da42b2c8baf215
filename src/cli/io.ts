/** Reading the programme file, writing results, and progress lines on standard error. */

import { InvalidInputError } from '../errors.js';
import { type Locale, type MessageParams, type Translator, translator } from '../locale/message.js';
import { renderWarning } from '../match/programWarnings.js';
import type { ProgramWarning } from '../match/types.js';
import { formatPath } from '../model/zodIssues.js';
import { printable } from '../report/format.js';
import { InputError, InputTooLargeError, type Io, ProgrammeError } from './command.js';
import { stripJsonc } from './jsonc.js';
import { type JsonSyntaxError, jsonSyntaxError } from './jsonSyntax.js';
import { cliText } from './locale.js';
import type { CliCode } from './messages/en.js';

/** A programme file read and parsed as JSON (not yet validated). */
export interface ProgrammeFile {
  /** The file as named in messages (`standard input` for `-`). */
  readonly source: string;
  readonly json: unknown;
  readonly bytes: number;
}

/** The system's own words for a failed read or write (what the catalogs have no reason for). */
export function readFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The reasons of a failed read or write that the catalogs say in words (`cli.cannotRead`, `cli.cannotWrite`). */
const READ_REASONS = ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'];
const WRITE_REASONS = [...READ_REASONS, 'ENOSPC', 'EROFS'];

/** The reason of a failed read or write: a code in `known` (`EPERM` is `EACCES`), else `other`. */
function failureReason(error: unknown, known: readonly string[]): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = code === 'EPERM' ? 'EACCES' : code;
  return typeof reason === 'string' && known.includes(reason) ? reason : 'other';
}

const MiB = 1024 * 1024;

/**
 * The most bytes a command reads from one input (a programme, standard input, a CSV table, a saved
 * result), set with `--max-input-bytes`: 256 MiB by default, so that an endless or huge input
 * (`/dev/zero`) fails early with exit code 1 instead of exhausting memory; at most 500 MiB (the
 * longest string a JavaScript engine holds is not much more).
 */
export const MAX_INPUT_BYTES = { fallback: 256 * MiB, max: 500 * MiB } as const;

/** The option that sets the limit, shared by every command that reads input. */
export const INPUT_OPTIONS = { 'max-input-bytes': { type: 'string' } } as const;

/**
 * Reads with `read` (which fills the start of the buffer it is given and returns how many bytes
 * it put there, 0 at the end) until the end, or until more than `maxBytes` bytes have come: then
 * it throws an {@link InputTooLargeError} at once, having read at most `maxBytes + 1` bytes and
 * holding at most that much in memory. Chunks of 64 KiB.
 */
export function readBounded(read: (buffer: Uint8Array) => number, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const buffer = new Uint8Array(Math.min(64 * 1024, maxBytes + 1 - total));
    const n = read(buffer);
    if (n <= 0) break;
    chunks.push(n === buffer.length ? buffer : buffer.subarray(0, n));
    total += n;
    if (total > maxBytes) throw new InputTooLargeError(maxBytes);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The length of `text` in UTF-8, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && k + 1 < text.length) {
      // A surrogate pair: one code point of four bytes.
      bytes += 4;
      k++;
    } else bytes += 3;
  }
  return bytes;
}

/** The default language of the input errors. */
const ENGLISH = translator('en');

/** The error of an input over the limit, in `t`'s words: the limit, its default, and how to raise it. */
function tooLarge(source: string, maxBytes: number, t: Translator): InputError {
  const bytes = (n: number) => cliText(t, 'cli.bytes', { bytes: n, mib: n % MiB === 0 ? n / MiB : -1 });
  return new InputError(
    cliText(t, 'cli.tooLarge', {
      source,
      limit: bytes(maxBytes),
      fallback: MAX_INPUT_BYTES.fallback / MiB,
      raise: maxBytes < MAX_INPUT_BYTES.max ? 'yes' : 'no',
      max: bytes(MAX_INPUT_BYTES.max),
    }),
  );
}

/**
 * The text of `path` (standard input for `-`), named `source` in messages, read through `io` with
 * at most `maxBytes` bytes: an `InputError` when it cannot be read or is longer, in `t`'s words
 * (English by default).
 */
export function readInput(io: Io, path: string, source: string, maxBytes: number, t: Translator = ENGLISH): string {
  let text: string;
  try {
    text = io.readFile(path, maxBytes);
  } catch (error) {
    if (error instanceof InputTooLargeError) throw tooLarge(source, maxBytes, t);
    const reason = failureReason(error, READ_REASONS);
    throw new InputError(cliText(t, 'cli.cannotRead', { source, reason, detail: readFailure(error) }));
  }
  // An `Io` that reads everything (a test's, an embedder's) is held to the limit all the same.
  if (text.length > maxBytes / 3 && utf8Length(text) > maxBytes) throw tooLarge(source, maxBytes, t);
  return text;
}

/**
 * Reads `path` (or standard input for `-`), at most `maxBytes` bytes of it, and parses it as JSON with comments (JSONC): `//` and
 * `/* *\/` comments and trailing commas are accepted. Plain JSON is parsed as it is; only a text
 * that `JSON.parse` rejects is stripped of its comments and parsed again, and a syntax error is
 * reported at its line and column in the file as written, in `t`'s words (English by default).
 */
export function readProgramme(io: Io, path: string, maxBytes: number, t: Translator = ENGLISH): ProgrammeFile {
  const source = path === '-' ? cliText(t, 'cli.stdin') : path;
  let text = readInput(io, path, source, maxBytes, t);
  // A byte order mark, as some editors write, is not JSON; it is no problem either.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const bytes = new TextEncoder().encode(text).length;
  try {
    return { source, json: JSON.parse(text) as unknown, bytes };
  } catch {
    // Comments or trailing commas, or a real syntax error: see below.
  }
  const stripped = stripJsonc(text);
  if (stripped.error !== undefined) throw syntaxError(source, stripped.error, t);
  try {
    return { source, json: JSON.parse(stripped.text) as unknown, bytes };
  } catch (error) {
    const syntax = jsonSyntaxError(stripped.text);
    throw syntax === undefined
      ? new InputError(cliText(t, 'cli.invalidJson', { source, detail: readFailure(error) }))
      : syntaxError(source, syntax, t);
  }
}

/** The error of a programme file that is not JSON, at the line and column where it breaks. */
function syntaxError(source: string, syntax: JsonSyntaxError, t: Translator): InputError {
  const { line, column, code, params } = syntax;
  return new InputError(cliText(t, 'cli.json.at', { source, line, column, text: cliText(t, code, params) }));
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

/**
 * Writes `text` to the file `out`, or to standard output. A file that cannot be written is an
 * `InputError` (`cli.cannotWrite`, in the command's locale when reported): a folder that does not
 * exist, a directory, a denied permission, a full disk… in words, any other reason in the system's.
 */
export function writeResult(io: Io, text: string, out: string | undefined): void {
  if (out === undefined) {
    io.out(text);
    return;
  }
  try {
    io.writeFile(out, text);
  } catch (error) {
    throw InputError.of('cli.cannotWrite', {
      file: out,
      reason: failureReason(error, WRITE_REASONS),
      detail: readFailure(error),
    });
  }
}

/** A progress reporter: lines on standard error when it is a terminal or with `--verbose`. */
export interface Progress {
  /** Says what starts now (a message of the command's catalog, in the command's locale). */
  step(code: CliCode, params?: MessageParams): void;
  /** Says what is done, with the time since the last step. */
  done(code: CliCode, params?: MessageParams): void;
  /**
   * A library call's `onProgress`: a bar redrawn in place on standard error, only when it is a
   * terminal (a log or a pipe gets the step lines alone); erased when the phase ends.
   */
  bar(phase: string, done: number, total: number): void;
}

const BAR_WIDTH = 30;

/** Progress of `command`; silent unless `verbose` or standard error is a terminal. */
export function progress(io: Io, command: string, verbose: boolean | undefined, locale?: Locale): Progress {
  const shown = verbose === true || io.interactive;
  const t = translator(locale);
  let since = io.now();
  let drawn = -1;
  return {
    step(code, params) {
      since = io.now();
      if (shown) io.err(`mentormatch ${command}: ${printable(cliText(t, code, params))}…\n`);
    },
    done(code, params) {
      const ms = io.now() - since;
      since = io.now();
      if (!shown) return;
      const text = cliText(t, code, params);
      const took = cliText(t, 'cli.progress.took', { text, ms: ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms) });
      io.err(`mentormatch ${command}: ${printable(took)}\n`);
    },
    bar(phase, done, total) {
      if (!io.interactive) return;
      if (done >= total) {
        // The phase is over: erase the bar.
        if (drawn >= 0) io.err('\r\x1b[K');
        drawn = -1;
        return;
      }
      const filled = Math.floor((BAR_WIDTH * done) / Math.max(1, total));
      if (filled === drawn) return;
      drawn = filled;
      const percent = Math.floor((100 * done) / Math.max(1, total));
      const name = cliText(t, 'cli.progress.phase', { phase });
      io.err(`\r\x1b[K${name} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${percent}%`);
    },
  };
}

/** `102 KB` */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * `path: message`, without repeating the path when the message starts with it; control and
 * bidirectional characters shown as escapes (see {@link printable}).
 */
export function describeIssue(issue: { readonly path: readonly PropertyKey[]; readonly message: string }): string {
  if (issue.path.length === 0) return printable(issue.message);
  const path = formatPath(issue.path);
  const rest = issue.message.startsWith(path) ? issue.message.slice(path.length).replace(/^:?\s*/, '') : issue.message;
  return printable(`${path}: ${rest}`);
}

/**
 * `text` for standard error: each line through {@link printable}, so that a value quoted from the
 * input (an id, a name, a file name) can send the terminal no control sequence and reorder nothing,
 * while the message keeps its own line breaks.
 */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/**
 * Prints the programme's warnings on standard error, one line each
 * (`mentormatch match: warning: rules.custom[0].same: …`), whatever `--verbose` says: they are
 * about the input, not progress. They leave the exit code alone.
 */
export function printWarnings(io: Io, command: string, warnings: readonly ProgramWarning[], locale?: Locale): void {
  const t = translator(locale);
  for (const warning of warnings)
    io.err(
      `mentormatch ${command}: ${cliText(t, 'cli.warning', { text: describeIssue(renderWarning(t, warning)) })}\n`,
    );
}
