/** `mentormatch suggest`: one mentee's shortlists of mentors, with scores and reasons (table, JSON or CSV). */

import { InvalidInputError } from '../errors.js';
import { type MessageParams, type Translator, translator } from '../locale/message.js';
import { programWarnings } from '../match/programWarnings.js';
import { suggest as suggestMentors } from '../match/suggest.js';
import type { Suggestion, Suggestions } from '../match/types.js';
import { parseProgram } from '../model/parseProgram.js';
import { printable } from '../report/format.js';
import { type Command, EXIT, InputError } from './command.js';
import { type CsvCell, csvText } from './csv.js';
import { alignColumns } from './format.js';
import { helpText } from './help.js';
import { programmeLoader, TABLE_OPTIONS } from './import.js';
import { onProgramme, printWarnings, progress, size, writeResult } from './io.js';
import { cliLocale, cliText } from './locale.js';
import type { CliName } from './messages/en.js';
import { type Names, programmeNames } from './names.js';
import {
  atLeast,
  byteOrderMark,
  choice,
  integer,
  LIMIT_OPTIONS,
  parseCommandLine,
  programLimits,
  required,
} from './options.js';

const NAME = 'suggest';
/** Reasons shown per mentor: the criteria that add the most to the score. */
const REASONS = 2;

/** The largest contributions to a suggestion's score, in words. */
function reasons(s: Suggestion): string {
  return [...s.explanation.criteria]
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, REASONS)
    .map((c) => `${c.label}: ${c.detail}`)
    .join('; ');
}

/** The shortlists as text: one block per request (micro) or one for the mentee (classic). */
function toText(suggestions: Suggestions, t: Translator): string {
  const say = (code: CliName, params: MessageParams = {}) => cliText(t, `cli.${code}` as const, params);
  const { mentee } = suggestions;
  const blocks = suggestions.requests.map((request) => {
    const title =
      request.topic === undefined
        ? say('mentorsFor', { mentee })
        : say('mentorsForRequest', { mentee, topic: request.topic });
    const lines = [printable(request.locked ? say('decided', { title }) : title)];
    if (request.mentors.length > 0) {
      lines.push(
        alignColumns([
          say('suggestHead').split('|'),
          ...request.mentors.map((s, k) => [String(k + 1), s.mentor, t.fixed(s.score), reasons(s)]),
        ]),
      );
    }
    if (request.missing > 0) lines.push(say('emptyPlaces', { missing: request.missing, k: suggestions.k }));
    return lines.join('\n');
  });
  const none = suggestions.requests.length === 0 ? [printable(say('asksNothing', { mentee }))] : [];
  return `${[...blocks, ...none].join('\n\n')}\n`;
}

/**
 * The shortlists as one sheet: a line per suggested mentor (mentee and name, the topic in micro
 * mode, rank from 1, mentor and name, score). Text cells are neutralised (see `csvCell`).
 */
function toCsv(suggestions: Suggestions, micro: boolean, names: Names, bom: boolean): string {
  const rows: CsvCell[][] = [
    [
      'mentee',
      'mentee name',
      'mentee email',
      ...(micro ? ['topic'] : []),
      'rank',
      'mentor',
      'mentor name',
      'mentor email',
      'score',
    ],
  ];
  const mentee = suggestions.mentee;
  for (const request of suggestions.requests) {
    for (const [k, s] of request.mentors.entries()) {
      rows.push([
        mentee,
        names.mentee(mentee),
        names.menteeEmail(mentee),
        ...(micro ? [request.topic] : []),
        k + 1,
        s.mentor,
        names.mentor(s.mentor),
        names.mentorEmail(s.mentor),
        Math.round(s.score * 1e6) / 1e6,
      ]);
    }
  }
  return csvText(rows, bom);
}

export const suggest: Command = {
  name: NAME,
  summary: 'The best mentors for one mentee, with scores and reasons',
  run(args, io) {
    const { values, positionals } = parseCommandLine(NAME, args, {
      ...TABLE_OPTIONS,
      mentee: { type: 'string' },
      k: { type: 'string', short: 'k' },
      exposure: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      bom: { type: 'boolean' },
      'no-bom': { type: 'boolean' },
      verbose: { type: 'boolean' },
      ...LIMIT_OPTIONS,
    });
    if (values.help === true) {
      io.out(helpText(translator(cliLocale(NAME, values.locale, io.env)), NAME));
      return EXIT.ok;
    }
    const load = programmeLoader(io, NAME, positionals, values);
    const mentee = required(NAME, 'mentee', values.mentee);
    const k = integer(NAME, 'k', values.k, { min: 1, max: 1000, fallback: 5 });
    const exposure = atLeast(NAME, 'exposure', values.exposure, 1);
    const format = choice(NAME, 'format', values.format, ['table', 'json', 'csv'], 'table');
    const locale = cliLocale(NAME, values.locale, io.env);
    const bom = byteOrderMark(NAME, { bom: values.bom, noBom: values['no-bom'] }, values.out, format === 'csv');
    const limits = programLimits(NAME, values);
    const steps = progress(io, NAME, values.verbose, locale);

    const programme = load();
    steps.done('cli.progress.read', { source: programme.source, size: size(programme.bytes) });
    steps.step('cli.progress.shortlisting', { k, mentee });
    const { suggestions, warnings, micro } = onProgramme(programme.source, () => {
      const program = parseProgram(programme.json, { limits });
      try {
        const options = { limits, locale, ...(exposure === undefined ? {} : { exposure }) };
        return {
          suggestions: suggestMentors(program, mentee, k, options),
          warnings: programWarnings(program),
          micro: program.mode === 'micro',
        };
      } catch (error) {
        // The programme is valid; the mentee asked for is not in it.
        if (error instanceof InvalidInputError && error.issues.every((issue) => issue.path[0] === 'menteeId')) {
          throw InputError.of('cli.noMentee', { mentee: JSON.stringify(mentee), source: programme.source });
        }
        throw error;
      }
    });
    steps.done('cli.progress.shortlisted');
    printWarnings(io, NAME, warnings, locale);
    const text =
      format === 'json'
        ? `${JSON.stringify(suggestions, null, 2)}\n`
        : format === 'csv'
          ? toCsv(suggestions, micro, programmeNames(programme.json), bom)
          : toText(suggestions, translator(locale));
    writeResult(io, text, values.out);
    return EXIT.ok;
  },
};
