/**
 * `mentormatch report`: a programme's report as Markdown, or the report object as JSON with
 * `--format json` (JSON is data: its strings are written as they are, never neutralised), and as an
 * HTML page with `--html`.
 */

import { translator } from '../locale/message.js';
import { matchProgram } from '../match/matchProgram.js';
import type { MatchResult } from '../match/types.js';
import { OBJECTIVES } from '../model/program.js';
import type { ProgramSource } from '../model/readProgram.js';
import { programReport } from '../report/programReport.js';
import { reportToHtml } from '../report/reportToHtml.js';
import { reportToMarkdown } from '../report/reportToMarkdown.js';
import { type Command, EXIT } from './command.js';
import { helpText } from './help.js';
import { programmeLoader, TABLE_OPTIONS } from './import.js';
import { onProgramme, printWarnings, progress, size, writeResult } from './io.js';
import { cliLocale } from './locale.js';
import { headcount, infeasibleExit } from './match.js';
import { choice, LIMIT_OPTIONS, parseCommandLine, programLimits } from './options.js';

const NAME = 'report';

export const report: Command = {
  name: NAME,
  summary: 'Demand and supply per topic, champions, readiness and the matching (Markdown, HTML)',
  run(args, io) {
    const { values, positionals } = parseCommandLine(NAME, args, {
      ...TABLE_OPTIONS,
      html: { type: 'string' },
      title: { type: 'string' },
      objective: { type: 'string' },
      'no-match': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      verbose: { type: 'boolean' },
      ...LIMIT_OPTIONS,
    });
    if (values.help === true) {
      io.out(helpText(translator(cliLocale(NAME, values.locale, io.env)), NAME));
      return EXIT.ok;
    }
    const load = programmeLoader(io, NAME, positionals, values);
    const objective = choice(NAME, 'objective', values.objective, OBJECTIVES);
    const format = choice(NAME, 'format', values.format, ['markdown', 'json'], 'markdown');
    const limits = programLimits(NAME, values);
    const locale = cliLocale(NAME, values.locale, io.env);
    const steps = progress(io, NAME, values.verbose, locale);

    const programme = load();
    steps.done('cli.progress.read', { source: programme.source, size: size(programme.bytes) });
    let result: MatchResult | undefined;
    const data = onProgramme(programme.source, () => {
      if (values['no-match'] === true) {
        steps.step('cli.progress.reportingOn', headcount(programme.json));
        return programReport(programme.json as ProgramSource, undefined, { limits });
      }
      steps.step('cli.progress.matching', headcount(programme.json));
      result = matchProgram(programme.json as ProgramSource, {
        limits,
        onProgress: steps.bar,
        locale,
        ...(objective === undefined ? {} : { objective }),
      });
      steps.done('cli.progress.matchedAll');
      steps.step('cli.progress.reporting');
      return programReport(programme.json as ProgramSource, result, { limits });
    });
    steps.done('cli.progress.reported');
    printWarnings(io, NAME, data.warnings, locale);
    if (values.html !== undefined) {
      writeResult(
        io,
        reportToHtml(data, { locale, ...(values.title === undefined ? {} : { title: values.title }) }),
        values.html,
      );
      steps.done('cli.progress.wrote', { file: values.html });
    }
    writeResult(
      io,
      format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : reportToMarkdown(data, { locale }),
      values.out,
    );
    return result === undefined ? EXIT.ok : infeasibleExit(io, NAME, result, locale);
  },
};
