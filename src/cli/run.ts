/**
 * The CLI without its process: picks the command, runs it, and turns every error into a message on
 * standard error and an exit code (see {@link EXIT}).
 */

import { version } from '../../package.json';
import { InfeasibleError } from '../errors.js';
import { type Translator, translator } from '../locale/message.js';
import { type Command, EXIT, InputError, type Io, ProgrammeError, UsageError } from './command.js';
import { diff } from './diff.js';
import { helpText } from './help.js';
import { importCommand } from './import.js';
import { describeIssue, printableLines } from './io.js';
import { cliLocale, cliText } from './locale.js';
import { match } from './match.js';
import { report } from './report.js';
import { sample } from './sample.js';
import { schema } from './schema.js';
import { suggest } from './suggest.js';

export const COMMANDS: readonly Command[] = [match, report, suggest, diff, importCommand, schema, sample];

/**
 * Runs the CLI on `argv` (without `node` and the script); returns the exit code. A `--locale` given
 * before the command (`mentormatch --locale it match …`) counts as the command's.
 */
export function run(argv: readonly string[], io: Io): number {
  const [name, ...args] = leadingLocale(argv);
  const t = failureLocale(undefined, argv, io);
  if (name === undefined) {
    io.err(helpText(t, 'main'));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = args.find((arg, k) => !arg.startsWith('-') && args[k - 1] !== '--locale');
    const command = COMMANDS.find((c) => c.name === topic);
    if (topic !== undefined && command === undefined) return usageError(io, unknown(topic), t);
    io.out(helpText(t, command?.name ?? 'main'));
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const error = name.startsWith('-')
      ? new UsageError(undefined, 'cli.usage.unknownOption', { option: JSON.stringify(name) })
      : unknown(name);
    return usageError(io, error, t);
  }
  try {
    return command.run(args, io);
  } catch (error) {
    return failure(io, command.name, error, failureLocale(command.name, args, io));
  }
}

/** `argv` with a `--locale` given before the command moved after it (nothing when no command follows). */
function leadingLocale(argv: readonly string[]): readonly string[] {
  const [first, second] = argv;
  const taken = first === '--locale' && second !== undefined ? 2 : first?.startsWith('--locale=') === true ? 1 : 0;
  if (taken === 0) return argv;
  const [name, ...rest] = argv.slice(taken);
  return name === undefined ? [] : [name, ...argv.slice(0, taken), ...rest];
}

function unknown(name: string): UsageError {
  return new UsageError(undefined, 'cli.usage.unknownCommand', {
    name: JSON.stringify(name),
    commands: COMMANDS.map((c) => c.name),
  });
}

/**
 * The language of a command's failure: its `--locale` (the last one given before `--`), else the
 * environment's; the environment's too when `--locale` names no language the command has (a usage
 * error), English when that names none either.
 */
function failureLocale(command: string | undefined, args: readonly string[], io: Io): Translator {
  let value: string | undefined;
  for (let k = 0; k < args.length && args[k] !== '--'; k++) {
    const arg = args[k] as string;
    if (arg === '--locale') value = args[++k];
    else if (arg.startsWith('--locale=')) value = arg.slice('--locale='.length);
  }
  try {
    return translator(cliLocale(command ?? 'mentormatch', value, io.env));
  } catch {
    return translator(cliLocale(command ?? 'mentormatch', undefined, io.env));
  }
}

/** The message and exit code of an error thrown by a command; a programme's problems in `t`'s words. */
function failure(io: Io, command: string, error: unknown, t: Translator): number {
  const prefix = `mentormatch ${command}`;
  if (error instanceof UsageError) return usageError(io, error, t);
  if (error instanceof ProgrammeError) {
    const heading = cliText(t, 'cli.invalidProgramme', {
      source: error.source,
      count: error.issues.length,
      capped: error.issues.length >= 50 ? 'yes' : 'no',
    });
    io.err(`${prefix}: ${printableLines(heading)}\n`);
    for (const issue of error.issues) io.err(`  ${describeIssue(issue)}\n`);
    return EXIT.badInput;
  }
  if (error instanceof InputError) {
    const message = error.code === undefined ? error.message : cliText(t, error.code, error.params);
    io.err(`${prefix}: ${printableLines(message)}\n`);
    return EXIT.badInput;
  }
  if (error instanceof InfeasibleError) {
    io.err(`${prefix}: ${printableLines(error.message)}\n`);
    return EXIT.infeasible;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`${prefix}: ${cliText(t, 'cli.bug')}\n${printableLines(detail)}\n`);
  return EXIT.bug;
}

/** The message, then the command's usage (the first paragraph of its help), in `t`'s words. */
function usageError(io: Io, error: UsageError, t: Translator): number {
  const command = COMMANDS.find((c) => c.name === error.command);
  const who = command === undefined ? 'mentormatch' : `mentormatch ${command.name}`;
  const help = helpText(t, command?.name ?? 'main');
  const usage = help.slice(0, help.indexOf('\n\n'));
  const message = cliText(t, error.code, error.params);
  io.err(`${who}: ${printableLines(message)}\n\n${usage}\n${cliText(t, 'cli.usage.more', { command: who })}\n`);
  return EXIT.usage;
}
