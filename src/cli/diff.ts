/**
 * `mentormatch diff`: what changed between two matchings, each given as a programme (matched here)
 * or as a saved `match --format json` result, as a table, the `compareMatchings` object as JSON, or
 * Markdown.
 */
import { InvalidInputError } from '../errors.js';
import { type Locale, type Translator, translator } from '../locale/message.js';
import { matchProgram } from '../match/matchProgram.js';
import type { MatchResult } from '../match/types.js';
import { formatIssue } from '../model/issues.js';
import { OBJECTIVES } from '../model/program.js';
import type { ProgramSource } from '../model/readProgram.js';
import {
  type ComparedPair,
  compareMatchings,
  type FigureChange,
  type MatchingComparison,
  type NullableFigureChange,
} from '../report/compareMatchings.js';
import { md, printable } from '../report/format.js';
import { type Command, EXIT, InputError, type Io, UsageError } from './command.js';
import { alignColumns } from './format.js';
import { helpText } from './help.js';
import { describeIssue, INPUT_OPTIONS, onProgramme, printWarnings, readProgramme, writeResult } from './io.js';
import { cliLocale, cliText } from './locale.js';
import { choice, maxInputBytes, parseCommandLine, unexpected } from './options.js';

const NAME = 'diff';
const FORMATS = ['table', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

/** One side of the comparison: the file, whether it was matched here, and the matching. */
interface Side {
  readonly source: string;
  readonly saved: boolean;
  readonly result: MatchResult;
}

/** Whether `json` is a saved matching (`match --format json`) rather than a programme: it has `matches` and `summary`. */
export function isSavedResult(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'matches' in json && 'summary' in json;
}

export const diff: Command = {
  name: NAME,
  summary: 'What changed between two matchings: pairs kept, added, removed and moved, figures before and after',
  run(args, io) {
    const { values, positionals } = parseCommandLine(NAME, args, {
      ...INPUT_OPTIONS,
      objective: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
    });
    if (values.help === true) {
      io.out(helpText(translator(cliLocale(NAME, values.locale, io.env)), NAME));
      return EXIT.ok;
    }
    const [first, second, extra] = positionals;
    if (first === undefined || second === undefined) throw new UsageError(NAME, 'cli.diff.missingFiles');
    if (extra !== undefined) throw unexpected(NAME, extra);
    if (first === '-' && second === '-') throw new UsageError(NAME, 'cli.diff.twoStdin');
    const objective = choice(NAME, 'objective', values.objective, OBJECTIVES);
    const format = choice(NAME, 'format', values.format, FORMATS, 'table');
    const maxBytes = maxInputBytes(NAME, values['max-input-bytes']);
    const locale = cliLocale(NAME, values.locale, io.env);

    const before = readSide(io, first, objective, maxBytes, locale);
    const after = readSide(io, second, objective, maxBytes, locale);
    if (objective !== undefined && before.saved && after.saved) throw new UsageError(NAME, 'cli.diff.objectiveSaved');
    const comparison = compare(before, after, locale);
    writeResult(io, formatComparison(comparison, format, before, after, translator(locale)), values.out);
    return EXIT.ok;
  },
};

/** A file read as a saved result, or as a programme and matched. */
function readSide(
  io: Io,
  file: string,
  objective: MatchResult['objective'] | undefined,
  maxBytes: number,
  locale: Locale,
): Side {
  const { source, json } = readProgramme(io, file, maxBytes, translator(locale));
  if (isSavedResult(json)) return { source, saved: true, result: json as MatchResult };
  const result = onProgramme(source, () =>
    matchProgram(json as ProgramSource, { locale, ...(objective === undefined ? {} : { objective }) }),
  );
  printWarnings(io, NAME, result.warnings, locale);
  return { source, saved: false, result };
}

/** `compareMatchings`, its complaints about a saved result told as the file's, in `locale`'s words. */
function compare(before: Side, after: Side, locale: Locale): MatchingComparison {
  try {
    return compareMatchings(before.result, after.result);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    const lines = error.issues.map((issue) => {
      const [side] = issue.path;
      const source = side === 'after' ? after.source : before.source;
      // `before.matches[3].mentor: must be …` becomes `old.json: matches[3].mentor: must be …`.
      const where = describeIssue({ path: issue.path, message: formatIssue(issue, locale) })
        .slice(String(side).length)
        .replace(/^[.:]\s*/, '');
      return `  ${source}: ${where}`;
    });
    throw new InputError(`${cliText(translator(locale), 'cli.diff.cannotCompare')}\n${lines.join('\n')}`);
  }
}

/** The comparison in `format`, ending with a newline; the table and the Markdown in `t`'s words (English by default). */
export function formatComparison(
  c: MatchingComparison,
  format: Format,
  before: Side,
  after: Side,
  t: Translator = translator('en'),
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(c, null, 2)}\n`;
    case 'markdown':
      return toMarkdown(c, before, after, t);
    case 'table':
      return toTable(c, before, after, t);
  }
}

/** A score with two decimals, `–` for none. */
const fixed = (t: Translator, x: number | null) => (x === null ? '–' : t.fixed(x));

/** A difference with its sign, `0` when it rounds to nothing. */
function signed(t: Translator, x: number | null, digits: number): string {
  if (x === null) return '–';
  if (Number(Math.abs(x).toFixed(digits)) === 0) return digits === 0 ? '0' : t.fixed(0, digits);
  return `${x < 0 ? '-' : '+'}${digits === 0 ? Math.abs(x).toFixed(0) : t.fixed(Math.abs(x), digits)}`;
}

/** The figures as rows: name, before, after, change. */
function figureRows(c: MatchingComparison, t: Translator): string[][] {
  const row = (figure: string, f: FigureChange | NullableFigureChange, digits: number) => [
    cliText(t, 'cli.diff.figure', { figure }),
    digits === 0 ? String(f.before) : fixed(t, f.before),
    digits === 0 ? String(f.after) : fixed(t, f.after),
    signed(t, f.delta, digits),
  ];
  const { figures: f } = c;
  return [
    row('matched', f.matched, 0),
    row('weightedTotal', f.weightedTotal, 2),
    ...(f.totalScore === undefined ? [] : [row('totalScore', f.totalScore, 2)]),
    row('meanScore', f.meanScore, 2),
    row('lowestScore', f.lowestScore, 2),
    row('blockingPairs', f.blockingPairs, 0),
  ];
}

/** The head of the figures' table. */
const figuresHead = (t: Translator) => cliText(t, 'cli.diff.figuresHead').split('|');

/** A titled table of changed pairs: its rows (the head first) and how many columns are text. */
interface PairTable {
  readonly title: string;
  readonly count: number;
  readonly rows: readonly (readonly string[])[];
  readonly text: number;
}

/** The changed pairs as titled tables, the empty ones left out. */
function pairTables(c: MatchingComparison, t: Translator): PairTable[] {
  const micro = [...c.kept, ...c.added, ...c.removed, ...c.moved].some((p) => p.topic !== undefined);
  const request = (p: { mentee: string; topic?: string }) => [p.mentee, ...(micro ? [p.topic ?? ''] : [])];
  const text = micro ? 2 : 1;
  const title = (table: string) => cliText(t, 'cli.diff.title', { table });
  const pairs = (table: string, list: readonly ComparedPair[]): PairTable => ({
    title: title(table),
    count: list.length,
    rows: [
      cliText(t, 'cli.diff.pairsHead', { micro: micro ? 'yes' : 'no' }).split('|'),
      ...list.map((p) => [...request(p), p.mentor, fixed(t, p.score)]),
    ],
    text: text + 1,
  });
  const moved: PairTable = {
    title: title('moved'),
    count: c.moved.length,
    rows: [
      cliText(t, 'cli.diff.movedHead', { micro: micro ? 'yes' : 'no' }).split('|'),
      ...c.moved.map((m) => [...request(m), m.from, m.to, fixed(t, m.scoreBefore), fixed(t, m.scoreAfter)]),
    ],
    text: text + 2,
  };
  return [moved, pairs('added', c.added), pairs('removed', c.removed)].filter((table) => table.count > 0);
}

/** The sentence on the kept pairs. */
function keptLine(c: MatchingComparison, t: Translator): string {
  const rescored = c.kept.filter((p) => p.scoreBefore !== p.scoreAfter).length;
  const changed = c.moved.length + c.added.length + c.removed.length > 0;
  return cliText(t, 'cli.diff.kept', { kept: c.kept.length, rescored, changed: changed ? 'yes' : 'no' });
}

/** Where a side comes from, in words. */
function origin(side: Side, t: Translator): string {
  const { objective } = side.result as { objective?: unknown };
  return cliText(t, 'cli.diff.origin', {
    source: side.source,
    saved: side.saved ? 'yes' : 'no',
    objective: typeof objective === 'string' ? objective : 'none',
  });
}

function toTable(c: MatchingComparison, before: Side, after: Side, t: Translator): string {
  const sides = cliText(t, 'cli.diff.sides', {
    before: printable(origin(before, t)),
    after: printable(origin(after, t)),
  });
  const parts = [sides];
  for (const table of pairTables(c, t)) parts.push(`${table.title}: ${table.count}\n${alignColumns(table.rows)}`);
  parts.push(`${keptLine(c, t)}\n\n${alignColumns([figuresHead(t), ...figureRows(c, t)])}`);
  return `${parts.join('\n\n')}\n`;
}

function markdownTable(rows: readonly (readonly string[])[], text: number): string[] {
  const [head = [], ...body] = rows;
  const line = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`;
  return [line(head), `| ${head.map((_, k) => (k < text ? '---' : '---:')).join(' | ')} |`, ...body.map(line)];
}

function toMarkdown(c: MatchingComparison, before: Side, after: Side, t: Translator): string {
  const lines = [
    `# ${cliText(t, 'cli.diff.mdTitle')}`,
    '',
    cliText(t, 'cli.diff.mdSides', {
      before: md(origin(before, t)),
      after: md(origin(after, t)),
      kept: keptLine(c, t),
    }),
    '',
    `## ${cliText(t, 'cli.diff.mdFigures')}`,
    '',
    ...markdownTable([figuresHead(t), ...figureRows(c, t)], 1),
  ];
  for (const table of pairTables(c, t))
    lines.push('', `## ${table.title} (${table.count})`, '', ...markdownTable(table.rows, table.text));
  return `${lines.join('\n')}\n`;
}
