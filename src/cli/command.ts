/**
 * What every command of the `mentormatch` CLI shares: its input and output streams, its exit codes
 * and the error a command throws for a bad command line.
 */
import type { InputIssue } from '../errors.js';

/**
 * Exit codes: 0 ok, 1 bad input (file, JSON, programme, an input over `--max-input-bytes`), 2 bad
 * command line, 3 infeasible (a programme with demand of which not one unit can be matched).
 */
export const EXIT = { ok: 0, badInput: 1, usage: 2, infeasible: 3, bug: 70 } as const;

/** Where a command reads and writes. Results go to `out`, messages and progress to `err`. */
export interface Io {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /**
   * Reads a file, or standard input for `-`, as UTF-8, and at most `maxBytes` bytes of it: past
   * them it stops reading and throws an {@link InputTooLargeError}. (A text longer than `maxBytes`
   * that comes back all the same is refused by the command.)
   */
  readFile(path: string, maxBytes: number): string;
  /** Writes a file. */
  writeFile(path: string, text: string): void;
  /** Whether standard error is a terminal (progress is shown there without `--verbose`). */
  readonly interactive: boolean;
  /** Milliseconds, for the timings of progress lines. */
  now(): number;
  /** The environment (`LC_ALL`, `LC_MESSAGES`, `LANG` pick the default `--locale`); none: English. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A command of the CLI. */
export interface Command {
  readonly name: string;
  /** One line for `mentormatch --help`. */
  readonly summary: string;
  /** What `mentormatch <name> --help` prints. */
  readonly help: string;
  /** Runs the command on its arguments (after the command name); returns the exit code. */
  run(args: readonly string[], io: Io): number;
}

/** A bad command line: exit code 2, with the command's usage. */
export class UsageError extends Error {
  /** The command whose usage is shown, or undefined for the top-level usage. */
  readonly command: string | undefined;

  constructor(command: string | undefined, message: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** Bad input other than the programme's content (a file that cannot be read, or is not JSON): exit code 1. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** An input longer than the limit of `--max-input-bytes`: exit code 1 (see `readInput`). */
export class InputTooLargeError extends Error {
  /** The limit, in bytes. */
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`more than ${maxBytes} bytes`);
    this.name = 'InputTooLargeError';
    this.maxBytes = maxBytes;
  }
}

/** A programme that does not validate: exit code 1, with every problem and its path. */
export class ProgrammeError extends Error {
  readonly source: string;
  readonly issues: readonly InputIssue[];

  constructor(source: string, issues: readonly InputIssue[]) {
    super(`${source} is not a valid programme`);
    this.name = 'ProgrammeError';
    this.source = source;
    this.issues = issues;
  }
}
