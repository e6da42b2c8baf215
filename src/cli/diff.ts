/**
 * `mentormatch diff`: what changed between two matchings, each given as a programme (matched here)
 * or as a saved `match --format json` result, as a table, the `compareMatchings` object as JSON, or
 * Markdown.
 */
import { InvalidInputError } from '../errors.js';
import { type Locale, translator } from '../locale/message.js';
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
    writeResult(io, formatComparison(comparison, format, before, after), values.out);
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

/** The comparison in `format`, ending with a newline. */
export function formatComparison(c: MatchingComparison, format: Format, before: Side, after: Side): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(c, null, 2)}\n`;
    case 'markdown':
      return toMarkdown(c, before, after);
    case 'table':
      return toTable(c, before, after);
  }
}

const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(2));

/** A difference with its sign, `0` when it rounds to nothing. */
function signed(x: number | null, digits: number): string {
  if (x === null) return '–';
  const text = Math.abs(x).toFixed(digits);
  if (Number(text) === 0) return digits === 0 ? '0' : (0).toFixed(digits);
  return `${x < 0 ? '-' : '+'}${text}`;
}

/** The figures as rows: name, before, after, change. */
function figureRows(c: MatchingComparison): string[][] {
  const row = (name: string, f: FigureChange | NullableFigureChange, digits: number) => [
    name,
    digits === 0 ? String(f.before) : fixed(f.before),
    digits === 0 ? String(f.after) : fixed(f.after),
    signed(f.delta, digits),
  ];
  const { figures: f } = c;
  return [
    row('matched', f.matched, 0),
    row('total score, weighted by priority', f.weightedTotal, 2),
    ...(f.totalScore === undefined ? [] : [row('total score', f.totalScore, 2)]),
    row('mean score', f.meanScore, 2),
    row('lowest score', f.lowestScore, 2),
    row('blocking pairs', f.blockingPairs, 0),
  ];
}

/** A titled table of changed pairs: its rows (the head first) and how many columns are text. */
interface PairTable {
  readonly title: string;
  readonly count: number;
  readonly rows: readonly (readonly string[])[];
  readonly text: number;
}

/** The changed pairs as titled tables, the empty ones left out. */
function pairTables(c: MatchingComparison): PairTable[] {
  const micro = [...c.kept, ...c.added, ...c.removed, ...c.moved].some((p) => p.topic !== undefined);
  const request = (p: { mentee: string; topic?: string }) => [p.mentee, ...(micro ? [p.topic ?? ''] : [])];
  const head = ['mentee', ...(micro ? ['topic'] : [])];
  const pairs = (title: string, list: readonly ComparedPair[]): PairTable => ({
    title,
    count: list.length,
    rows: [[...head, 'mentor', 'score'], ...list.map((p) => [...request(p), p.mentor, fixed(p.score)])],
    text: head.length + 1,
  });
  const moved: PairTable = {
    title: 'Moved',
    count: c.moved.length,
    rows: [
      [...head, 'from', 'to', 'score before', 'score after'],
      ...c.moved.map((m) => [...request(m), m.from, m.to, fixed(m.scoreBefore), fixed(m.scoreAfter)]),
    ],
    text: head.length + 2,
  };
  return [moved, pairs('Added', c.added), pairs('Removed', c.removed)].filter((t) => t.count > 0);
}

/** The sentence on the kept pairs. */
function keptLine(c: MatchingComparison): string {
  const rescored = c.kept.filter((p) => p.scoreBefore !== p.scoreAfter).length;
  const kept = `${c.kept.length} pair${c.kept.length === 1 ? '' : 's'} kept`;
  const unchanged = c.moved.length + c.added.length + c.removed.length === 0 ? ', no pair changed' : '';
  return `${kept}${rescored > 0 ? ` (${rescored} with another score)` : ''}${unchanged}.`;
}

/** Where a side comes from, in words. */
function origin(side: Side): string {
  const { objective } = side.result as { objective?: unknown };
  const how = typeof objective === 'string' ? `, objective ${objective}` : '';
  return `${side.source} (${side.saved ? 'saved result' : 'matched here'}${how})`;
}

function toTable(c: MatchingComparison, before: Side, after: Side): string {
  const parts = [`Before: ${printable(origin(before))}\nAfter:  ${printable(origin(after))}`];
  for (const t of pairTables(c)) parts.push(`${t.title}: ${t.count}\n${alignColumns(t.rows)}`);
  parts.push(`${keptLine(c)}\n\n${alignColumns([['figure', 'before', 'after', 'change'], ...figureRows(c)])}`);
  return `${parts.join('\n\n')}\n`;
}

function markdownTable(rows: readonly (readonly string[])[], text: number): string[] {
  const [head = [], ...body] = rows;
  const line = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`;
  return [line(head), `| ${head.map((_, k) => (k < text ? '---' : '---:')).join(' | ')} |`, ...body.map(line)];
}

function toMarkdown(c: MatchingComparison, before: Side, after: Side): string {
  const lines = [
    '# What changed',
    '',
    `Before: ${md(origin(before))}. After: ${md(origin(after))}. ${keptLine(c)}`,
    '',
    '## Figures',
    '',
    ...markdownTable([['figure', 'before', 'after', 'change'], ...figureRows(c)], 1),
  ];
  for (const t of pairTables(c)) lines.push('', `## ${t.title} (${t.count})`, '', ...markdownTable(t.rows, t.text));
  return `${lines.join('\n')}\n`;
}
