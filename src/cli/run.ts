/**
 * The CLI without its process: picks the command, runs it, and turns every error into a message on
 * standard error and an exit code (see {@link EXIT}).
 */

import { version } from '../../package.json';
import { InfeasibleError } from '../errors.js';
import { type Translator, translator } from '../locale/message.js';
import { type Command, EXIT, InputError, type Io, ProgrammeError, UsageError } from './command.js';
import { diff } from './diff.js';
import { HELP } from './help.js';
import { importCommand } from './import.js';
import { describeIssue, printableLines } from './io.js';
import { cliLocale, cliText } from './locale.js';
import { match } from './match.js';
import { report } from './report.js';
import { sample } from './sample.js';
import { schema } from './schema.js';
import { suggest } from './suggest.js';

export const COMMANDS: readonly Command[] = [match, report, suggest, diff, importCommand, schema, sample];

/** Runs the CLI on `argv` (without `node` and the script); returns the exit code. */
export function run(argv: readonly string[], io: Io): number {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(HELP.main);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const [topic] = args;
    const command = COMMANDS.find((c) => c.name === topic);
    if (topic !== undefined && command === undefined) return usageError(io, new UsageError(undefined, unknown(topic)));
    io.out(command?.help ?? HELP.main);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const what = name.startsWith('-') ? `unknown option ${JSON.stringify(name)}` : unknown(name);
    return usageError(io, new UsageError(undefined, what));
  }
  try {
    return command.run(args, io);
  } catch (error) {
    return failure(io, command.name, error, failureLocale(command.name, args, io));
  }
}

function unknown(name: string): string {
  return `unknown command ${JSON.stringify(name)}; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`;
}

/**
 * The language of a command's failure: its `--locale` (the last one given before `--`), else the
 * environment's; English when `--locale` names no language the command has (a usage error).
 */
function failureLocale(command: string, args: readonly string[], io: Io): Translator {
  let value: string | undefined;
  for (let k = 0; k < args.length && args[k] !== '--'; k++) {
    const arg = args[k] as string;
    if (arg === '--locale') value = args[++k];
    else if (arg.startsWith('--locale=')) value = arg.slice('--locale='.length);
  }
  try {
    return translator(cliLocale(command, value, io.env));
  } catch {
    return translator('en');
  }
}

/** The message and exit code of an error thrown by a command; a programme's problems in `t`'s words. */
function failure(io: Io, command: string, error: unknown, t: Translator): number {
  const prefix = `mentormatch ${command}`;
  if (error instanceof UsageError) return usageError(io, error);
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
    io.err(`${prefix}: ${printableLines(error.message)}\n`);
    return EXIT.badInput;
  }
  if (error instanceof InfeasibleError) {
    io.err(`${prefix}: ${printableLines(error.message)}\n`);
    return EXIT.infeasible;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`${prefix}: unexpected error, please report it with the input that caused it:\n${printableLines(detail)}\n`);
  return EXIT.bug;
}

/** The message, then the command's usage (the first paragraph of its help). */
function usageError(io: Io, error: UsageError): number {
  const command = COMMANDS.find((c) => c.name === error.command);
  const who = command === undefined ? 'mentormatch' : `mentormatch ${command.name}`;
  const help = command?.help ?? HELP.main;
  const usage = help.slice(0, help.indexOf('\n\n'));
  io.err(`${who}: ${printableLines(error.message)}\n\n${usage}\nRun '${who} --help' for more.\n`);
  return EXIT.usage;
}
