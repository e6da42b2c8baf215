/**
 * `mentormatch import`: a programme from spreadsheet exports (mentors, mentees and topics as CSV),
 * written as JSON; and the `--mentors`/`--mentees` options by which `match`, `report` and `suggest`
 * read the same CSV files instead of a programme file.
 */

import { InvalidInputError } from '../errors.js';
import { translator } from '../locale/message.js';
import { parseProgram } from '../model/parseProgram.js';
import { programFromTables, type TableName, type TableRow } from '../model/programFromTables.js';
import type { ProgramInput, ProgramShape } from '../model/schema.js';
import { type Command, EXIT, type Io, ProgrammeError, UsageError } from './command.js';
import { readCsv } from './csvRead.js';
import { helpText } from './help.js';
import {
  describeIssue,
  INPUT_OPTIONS,
  type ProgrammeFile,
  progress,
  readInput,
  readProgramme,
  size,
  writeResult,
} from './io.js';
import { cliLocale, cliText } from './locale.js';
import { choice, fileArgument, integer, maxInputBytes, noArgument, parseCommandLine, required } from './options.js';

const NAME = 'import';
/** Most problems listed (as for a programme). */
const MAX_PROBLEMS = 50;
const MODES = ['micro', 'classic'] as const;

/**
 * The options that name the tables, shared by `import`, `match`, `report` and `suggest`, with
 * `--max-input-bytes` (the limit of every file read).
 */
export const TABLE_OPTIONS = {
  ...INPUT_OPTIONS,
  mentors: { type: 'string' },
  mentees: { type: 'string' },
  topics: { type: 'string' },
  mode: { type: 'string' },
  separator: { type: 'string' },
  'start-date': { type: 'string' },
  'cycle-weeks': { type: 'string' },
} as const;

/** The values of {@link TABLE_OPTIONS} on a command line. */
export interface TableValues {
  readonly mentors?: string | undefined;
  readonly mentees?: string | undefined;
  readonly topics?: string | undefined;
  readonly mode?: string | undefined;
  readonly separator?: string | undefined;
  readonly 'start-date'?: string | undefined;
  readonly 'cycle-weeks'?: string | undefined;
  readonly 'max-input-bytes'?: string | undefined;
  /** `--locale`: the language of the problems found in the tables. */
  readonly locale?: string | undefined;
}

/** Most weeks of `--cycle-weeks`: ten years. */
const MOST_WEEKS = 520;

/** The weeks of `--cycle-weeks` (a whole number from 1), or undefined when absent. */
function cycleWeeksOf(command: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : integer(command, 'cycle-weeks', value, { min: 1, max: MOST_WEEKS });
}

/** The day of `--start-date` (`YYYY-MM-DD`), or undefined when absent. */
function startDateOf(command: string, value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new UsageError(command, 'cli.usage.startDate', { value: JSON.stringify(value) });
  }
  return value;
}

/** The field separator of `--separator`: one character (`tab` for a tab), `,` when absent. */
function separatorOf(command: string, value: string | undefined): string {
  if (value === undefined) return ',';
  if (value === 'tab' || value === '\\t') return '\t';
  if ([...value].length !== 1 || /["\r\n]/.test(value)) {
    throw new UsageError(command, 'cli.usage.separator', { value: JSON.stringify(value) });
  }
  return value;
}

/**
 * Reads the tables named on the command line and builds the programme: CSV problems, then cell
 * problems, then the programme's own (a topic cycle, a locked pair that breaks a rule), every one
 * with its file and line.
 */
export function readTables(
  io: Io,
  command: string,
  values: TableValues,
  extra: { readonly name?: string | undefined } = {},
): ProgrammeFile {
  const mode = choice(command, 'mode', required(command, 'mode', values.mode), MODES);
  const locale = cliLocale(command, values.locale, io.env);
  const paths: Partial<Record<TableName, string>> = {
    mentors: required(command, 'mentors', values.mentors),
    mentees: required(command, 'mentees', values.mentees),
    ...(values.topics === undefined ? {} : { topics: values.topics }),
  };
  const named = Object.values(paths);
  const source = cliText(translator(locale), 'cli.tables', { files: named.slice(0, -1), last: named.at(-1) ?? '' });
  const separator = separatorOf(command, values.separator);
  const maxBytes = maxInputBytes(command, values['max-input-bytes']);

  let bytes = 0;
  const problems: string[] = [];
  const rows: Partial<Record<TableName, TableRow[]>> = {};
  const lines: Partial<Record<TableName, number[]>> = {};
  for (const [table, path] of Object.entries(paths) as [TableName, string][]) {
    const text = readInput(io, path, path, maxBytes, translator(locale));
    bytes += new TextEncoder().encode(text).length;
    const csv = readCsv(text, separator, translator(locale));
    for (const problem of csv.problems) problems.push(`${path}:${problem.line}: ${problem.message}`);
    // Rows with every cell empty are left out here, so that the programme's people and topics are
    // the rows in order, and a programme issue's index finds its line.
    const kept = csv.records.filter((record) => Object.values(record.cells).some((cell) => cell.trim() !== ''));
    rows[table] = kept.map((record) => record.cells);
    lines[table] = kept.map((record) => record.line);
  }
  const fail = (issues: readonly string[]): ProgrammeError =>
    new ProgrammeError(
      source,
      issues
        .slice(0, MAX_PROBLEMS)
        .map((message) => ({ path: [], code: 'invalid_format', params: { format: 'csv' }, message })),
    );
  if (problems.length > 0) throw fail(problems);

  let json: ProgramInput;
  try {
    json = programFromTables(
      { mentors: rows.mentors ?? [], mentees: rows.mentees ?? [], topics: rows.topics },
      {
        mode,
        name: extra.name,
        startDate: startDateOf(command, values['start-date']),
        cycleWeeks: cycleWeeksOf(command, values['cycle-weeks']),
        files: paths,
        lines,
        locale,
      },
    );
  } catch (error) {
    if (error instanceof InvalidInputError) throw fail(error.issues.map((issue) => issue.message));
    throw error;
  }
  try {
    parseProgram(json, { locale });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    throw fail(
      error.issues.map((issue) => {
        const [table, k] = issue.path;
        const line = typeof table === 'string' && typeof k === 'number' ? lines[table as TableName]?.[k] : undefined;
        const path = paths[table as TableName];
        return line === undefined || path === undefined
          ? describeIssue(issue)
          : `${path}:${line}: ${describeIssue(issue)}`;
      }),
    );
  }
  return { source, json, bytes };
}

/**
 * The programme of `match`, `report` or `suggest`: the file argument (JSON), or the tables of
 * `--mentors`, `--mentees` and `--topics` (CSV); not both. The command line is checked now (a
 * usage error comes before any file is read); the programme is read when the returned function is
 * called.
 */
export function programmeLoader(
  io: Io,
  command: string,
  positionals: readonly string[],
  values: TableValues,
): () => ProgrammeFile {
  const { mentors, mentees, topics, mode, separator } = values;
  const maxBytes = maxInputBytes(command, values['max-input-bytes']);
  const tables = {
    mentors,
    mentees,
    topics,
    mode,
    separator,
    'start-date': values['start-date'],
    'cycle-weeks': values['cycle-weeks'],
  };
  if (Object.values(tables).every((value) => value === undefined)) {
    const file = fileArgument(command, positionals, 'cli.usage.missingProgramme');
    return () => readProgramme(io, file, maxBytes, translator(cliLocale(command, values.locale, io.env)));
  }
  const [extra] = positionals;
  if (extra !== undefined) {
    throw new UsageError(command, 'cli.usage.fileAndTables', { value: JSON.stringify(extra) });
  }
  required(command, 'mentors', mentors);
  required(command, 'mentees', mentees);
  choice(command, 'mode', required(command, 'mode', mode), MODES);
  separatorOf(command, separator);
  startDateOf(command, values['start-date']);
  cycleWeeksOf(command, values['cycle-weeks']);
  return () =>
    readTables(io, command, { ...tables, 'max-input-bytes': values['max-input-bytes'], locale: values.locale });
}

/** `mentormatch import` (named so because `import` is a keyword). */
export const importCommand: Command = {
  name: NAME,
  summary: 'A programme from spreadsheet exports: mentors, mentees and topics as CSV',
  run(args, io) {
    const { values, positionals } = parseCommandLine(NAME, args, {
      ...TABLE_OPTIONS,
      name: { type: 'string' },
      out: { type: 'string', short: 'o' },
      verbose: { type: 'boolean' },
    });
    if (values.help === true) {
      io.out(helpText(translator(cliLocale(NAME, values.locale, io.env)), NAME));
      return EXIT.ok;
    }
    noArgument(NAME, positionals);
    startDateOf(NAME, values['start-date']);
    cycleWeeksOf(NAME, values['cycle-weeks']);
    const steps = progress(io, NAME, values.verbose, cliLocale(NAME, values.locale, io.env));
    const programme = readTables(io, NAME, values, { name: values.name });
    const { mentors, mentees, topics } = programme.json as ProgramShape;
    steps.done('cli.progress.readTables', {
      size: size(programme.bytes),
      mentors: mentors.length,
      mentees: mentees.length,
      topics: topics.length,
    });
    writeResult(io, `${JSON.stringify(programme.json, null, 2)}\n`, values.out);
    if (values.out !== undefined) steps.done('cli.progress.wrote', { file: values.out });
    return EXIT.ok;
  },
};
