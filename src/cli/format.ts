/**
 * A `matchProgram` result as text: an aligned table for people, CSV for spreadsheets (one sheet: a
 * `pair` line per pair, then an `unmatched` line per unit of demand left unmatched, names and e-mails beside
 * ids, formulas neutralised), or the result itself as JSON.
 */
import { type MessageParams, type Translator, translator } from '../locale/message.js';
import type { Match, MatchFigures, MatchResult } from '../match/types.js';
import { printable } from '../report/format.js';
import { type CsvCell, csvText } from './csv.js';
import { cliText } from './locale.js';
import type { CliName } from './messages/en.js';
import type { Names } from './names.js';

/** The output formats of `mentormatch match`. */
export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * `result` in `format`, ending with a newline.
 *
 * @param result - What `matchProgram` returned.
 * @param format - `table`, `json` or `csv`.
 * @param csv - The names and byte order mark of the CSV format (ignored by the others).
 * @returns The text to write.
 */
export function formatResult(
  result: MatchResult,
  format: Format,
  csv: CsvOptions = {},
  t: Translator = translator(undefined),
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'csv':
      return toCsv(result, csv);
    case 'table':
      return toTable(result, t);
  }
}

/**
 * Lines of cells with every column but the last padded to its widest cell. Each cell is written
 * {@link printable}: a control character (ESC, DEL, C1), a bidirectional control (U+202E…) or a
 * line break in a name or an id shows as an escape (`\u{1b}`, `\u{202e}`, `\n`), so that it can
 * neither send the terminal a command, reorder the line nor forge a row.
 */
export function alignColumns(cells: readonly (readonly string[])[]): string {
  const rows = cells.map((row) => row.map(printable));
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, k) => {
      widths[k] = Math.max(widths[k] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, k) => (k === row.length - 1 ? cell : cell.padEnd(widths[k] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The criterion that adds the most to a pair's score, in words. */
export function topReason(match: Pick<Match, 'explanation'>): string {
  let best: Match['explanation']['criteria'][number] | undefined;
  for (const c of match.explanation.criteria) if (best === undefined || c.contribution > best.contribution) best = c;
  return best === undefined ? '' : `${best.label}: ${best.detail}`;
}

/** One sentence of figures, in `t`'s words. */
function describeFigures(t: Translator, f: MatchFigures, mode: string): string {
  const fixed = (x: number | null) => (x === null ? '–' : t.fixed(x));
  return cliText(t, 'cli.figures', {
    matched: f.matched,
    demand: f.demand,
    mode,
    // A whole percentage: `96%`.
    share: t.pct(Math.round(100 * f.matchedShare) / 100, 0),
    total: fixed(f.totalScore),
    weighted: f.weightedTotal === f.totalScore ? 'no' : fixed(f.weightedTotal),
    mean: fixed(f.meanScore),
    lowest: fixed(f.lowestScore),
    blocking: f.blockingPairs,
  });
}

function toTable(result: MatchResult, t: Translator): string {
  const { mode } = result;
  const micro = mode === 'micro';
  const say = (code: CliName, params: MessageParams = {}) => cliText(t, `cli.${code}` as const, { mode, ...params });
  const { summary } = result;
  const topic = (x: { topic?: string }) => (micro ? [x.topic ?? ''] : []);
  const pairs = alignColumns([
    say('pairsHead').split('|'),
    ...result.matches.map((m) => [
      m.mentee,
      ...topic(m),
      m.locked ? say('locked', { mentor: m.mentor }) : m.mentor,
      t.fixed(m.score),
      topReason(m),
    ]),
  ]);
  const parts = [pairs];
  if (result.unmatched.length > 0) {
    parts.push(
      `${say('unmatched', { count: result.unmatched.length, demand: summary.demand })}\n${alignColumns([
        say('unmatchedHead').split('|'),
        ...result.unmatched.map((u) => [u.mentee, ...topic(u), u.code, u.reason]),
      ])}`,
    );
  }
  const busy = summary.mentorLoad.filter((l) => l.load > 0).length;
  const full = summary.mentorLoad.filter((l) => l.capacity > 0 && l.load >= l.capacity).length;
  parts.push(
    [
      say('objective', { objective: result.objective, figures: describeFigures(t, summary, mode) }),
      say('greedy', { figures: describeFigures(t, summary.greedy, mode) }),
      say('mentors', { busy, total: summary.mentorLoad.length, full }),
      proofLine(t, summary),
    ].join('\n'),
  );
  return `${parts.join('\n\n')}\n`;
}

/** What is proven of the result, in one sentence. */
function proofLine(t: Translator, summary: MatchResult['summary']): string {
  if (summary.bound === null || summary.boundOn === null || summary.gap === null)
    return cliText(t, summary.exact ? 'cli.stable' : 'cli.mayBeUnstable');
  if (summary.exact) return cliText(t, 'cli.optimal');
  return cliText(t, 'cli.gap', {
    figure: summary.boundOn,
    gap: t.fixed(100 * summary.gap),
    bound: t.fixed(summary.bound, 3),
    nodes: summary.nodes,
  });
}

/** A score with at most six decimals (the JSON format has every digit). */
const score = (x: number) => Math.round(x * 1e6) / 1e6;

/** What the CSV format needs beyond the result. */
export interface CsvOptions {
  /** People's names, written beside their ids (default: none, empty cells). */
  readonly names?: Names;
  /** Whether a UTF-8 byte order mark starts the text (default false). */
  readonly bom?: boolean;
}

const NO_NAMES: Names = { mentor: () => '', mentee: () => '', mentorEmail: () => '', menteeEmail: () => '' };

/**
 * One sheet: the header, a `pair` line per pair, then an `unmatched` line per unit of demand left
 * unmatched, told apart by the first column, `kind`. Text cells are neutralised (see `csvCell`).
 */
function toCsv(result: MatchResult, options: CsvOptions): string {
  const names = options.names ?? NO_NAMES;
  const micro = result.mode === 'micro';
  const topic = (x: { topic?: string }) => (micro ? [x.topic] : []);
  const rows: CsvCell[][] = [
    [
      'kind',
      'mentee',
      'mentee name',
      'mentee email',
      ...(micro ? ['topic'] : []),
      'mentor',
      'mentor name',
      'mentor email',
      'score',
      'locked',
      'unmatched',
      'reason',
    ],
    ...result.matches.map((m) => [
      'pair',
      m.mentee,
      names.mentee(m.mentee),
      names.menteeEmail(m.mentee),
      ...topic(m),
      m.mentor,
      names.mentor(m.mentor),
      names.mentorEmail(m.mentor),
      score(m.score),
      m.locked,
      '',
      m.explanation.summary,
    ]),
    ...result.unmatched.map((u) => [
      'unmatched',
      u.mentee,
      names.mentee(u.mentee),
      names.menteeEmail(u.mentee),
      ...topic(u),
      '',
      '',
      '',
      '',
      '',
      u.code,
      u.reason,
    ]),
  ];
  return csvText(rows, options.bom === true);
}
