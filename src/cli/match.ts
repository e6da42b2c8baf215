/** `mentormatch match`: a programme matched, as a table, CSV (names beside ids, formulas neutralised) or the full JSON result. */
import { type Locale, translator } from '../locale/message.js';
import { DEFAULT_BLOCKING_LISTED, matchProgram } from '../match/matchProgram.js';
import type { MatchResult } from '../match/types.js';
import { OBJECTIVES } from '../model/program.js';
import type { ProgramSource } from '../model/readProgram.js';
import { type Command, EXIT, type Io } from './command.js';
import { FORMATS, formatResult } from './format.js';
import { helpText } from './help.js';
import { programmeLoader, TABLE_OPTIONS } from './import.js';
import { onProgramme, printWarnings, progress, size, writeResult } from './io.js';
import { cliLocale, cliText } from './locale.js';
import { programmeNames } from './names.js';
import { byteOrderMark, choice, integer, LIMIT_OPTIONS, parseCommandLine, programLimits } from './options.js';

const NAME = 'match';

/** Counts of a raw programme's people, for the progress line before validation. */
export function headcount(json: unknown): { mentees: number; mentors: number } {
  const root = (json ?? {}) as { mentors?: unknown; mentees?: unknown };
  const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
  return { mentees: count(root.mentees), mentors: count(root.mentors) };
}

/**
 * Exit code 3 ({@link EXIT}`.infeasible`): the programme has demand, and not one unit of it (a
 * request in micro mode, a mentee in classic mode) is matched, none for want of the objective's
 * choice: the hard requirements (levels, rules, exclusions, capacities, hours budgets) leave every
 * one without a mentor. Says so on standard error; the result is written all the same.
 */
export function infeasibleExit(io: Io, command: string, result: MatchResult, locale?: Locale): number {
  const { demand, matched } = result.summary;
  if (demand === 0 || matched > 0 || result.unmatched.some((u) => u.code === 'objective')) return EXIT.ok;
  io.err(`mentormatch ${command}: ${cliText(translator(locale), 'cli.infeasible', { demand, mode: result.mode })}\n`);
  return EXIT.infeasible;
}

export const match: Command = {
  name: NAME,
  summary: 'Match a programme: the pairs with scores and reasons, the unmatched with why',
  run(args, io) {
    const { values, positionals } = parseCommandLine(NAME, args, {
      ...TABLE_OPTIONS,
      objective: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      bom: { type: 'boolean' },
      'no-bom': { type: 'boolean' },
      verbose: { type: 'boolean' },
      'max-blocking': { type: 'string' },
      ...LIMIT_OPTIONS,
    });
    if (values.help === true) {
      io.out(helpText(translator(cliLocale(NAME, values.locale, io.env)), NAME));
      return EXIT.ok;
    }
    const load = programmeLoader(io, NAME, positionals, values);
    const objective = choice(NAME, 'objective', values.objective, OBJECTIVES);
    const format = choice(NAME, 'format', values.format, FORMATS, 'table');
    const locale = cliLocale(NAME, values.locale, io.env);
    const bom = byteOrderMark(NAME, { bom: values.bom, noBom: values['no-bom'] }, values.out, format === 'csv');
    const limits = programLimits(NAME, values);
    const blocking = values['max-blocking'];
    const maxBlockingListed =
      blocking?.trim() === 'all'
        ? Number.POSITIVE_INFINITY
        : integer(NAME, 'max-blocking', blocking, {
            min: 0,
            max: Number.MAX_SAFE_INTEGER,
            fallback: DEFAULT_BLOCKING_LISTED,
          });
    const steps = progress(io, NAME, values.verbose, locale);

    const programme = load();
    steps.done('cli.progress.read', { source: programme.source, size: size(programme.bytes) });
    steps.step('cli.progress.matching', headcount(programme.json));
    const result = onProgramme(programme.source, () =>
      matchProgram(programme.json as ProgramSource, {
        limits,
        locale,
        maxBlockingListed,
        onProgress: steps.bar,
        ...(objective === undefined ? {} : { objective }),
      }),
    );
    const { matched, demand } = result.summary;
    steps.done('cli.progress.matched', { matched, demand, mode: result.mode });
    printWarnings(io, NAME, result.warnings, locale);
    const csv = format === 'csv' ? { names: programmeNames(programme.json), bom } : {};
    writeResult(io, formatResult(result, format, csv, translator(locale)), values.out);
    if (values.out !== undefined) steps.done('cli.progress.wrote', { file: values.out });
    return infeasibleExit(io, NAME, result, locale);
  },
};
