/**
 * What every command of the `mentormatch` CLI shares: its input and output streams, its exit codes
 * and the error a command throws for a bad command line.
 */
import type { InputIssue } from '../errors.js';
import { render, translator } from '../locale/message.js';
import type { MessageParams } from '../locale/types.js';
import { CLI_EN, type CliCode } from './messages/en.js';

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

/** The helps there are: the CLI's (`main`) and each command's. */
export const HELP_TOPICS = ['main', 'match', 'report', 'suggest', 'import', 'diff', 'schema', 'sample'] as const;

/** A help: the CLI's or a command's. */
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** A command of the CLI. */
export interface Command {
  /** The command's name, which names its help too (`helpText`). */
  readonly name: HelpTopic;
  /** One line for `mentormatch --help`. */
  readonly summary: string;
  /** Runs the command on its arguments (after the command name); returns the exit code. */
  run(args: readonly string[], io: Io): number;
}

/**
 * A bad command line: exit code 2, with the command's usage. What is wrong is a message of the
 * command's catalogs (`cli.usage.*`), written in the command's locale when it is reported; the
 * `message` is its English.
 */
export class UsageError extends Error {
  /** The command whose usage is shown, or undefined for the top-level usage. */
  readonly command: string | undefined;
  /** The message's code in the command's catalogs. */
  readonly code: CliCode;
  /** The message's parameters. */
  readonly params: MessageParams;

  constructor(command: string | undefined, code: CliCode, params: MessageParams = {}) {
    super(render(translator('en'), CLI_EN.messages[code], params));
    this.name = 'UsageError';
    this.command = command;
    this.code = code;
    this.params = params;
  }
}

/**
 * Bad input other than the programme's content (a file that cannot be read or written, or is not
 * JSON): exit code 1. Its message is written in the command's words already, or it is a message of
 * the command's catalogs (`code`, `params`), written in the command's locale when it is reported.
 */
export class InputError extends Error {
  /** The message's code in the command's catalogs, when it has one. */
  readonly code: CliCode | undefined;
  /** The message's parameters. */
  readonly params: MessageParams;

  constructor(message: string, code?: CliCode, params: MessageParams = {}) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.params = params;
  }

  /** The error of a message of the command's catalogs; its `message` is the English. */
  static of(code: CliCode, params: MessageParams = {}): InputError {
    return new InputError(render(translator('en'), CLI_EN.messages[code], params), code, params);
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
