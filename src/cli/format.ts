/**
 * A `matchProgram` result as text: an aligned table for people, CSV for spreadsheets (one sheet: a
 * `pair` line per pair, then an `unmatched` line per unit of demand left unmatched, names and e-mails beside
 * ids, formulas neutralised), or the result itself as JSON.
 */
import type { Match, MatchFigures, MatchResult } from '../match/types.js';
import { printable } from '../report/format.js';
import { type CsvCell, csvText } from './csv.js';
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
export function formatResult(result: MatchResult, format: Format, csv: CsvOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'csv':
      return toCsv(result, csv);
    case 'table':
      return toTable(result);
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

const percent = (x: number) => `${Math.round(100 * x)}%`;
const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(2));

/** One sentence of figures. */
function describeFigures(f: MatchFigures, unit: string): string {
  return (
    `${f.matched} of ${f.demand} ${unit} matched (${percent(f.matchedShare)}), total score ${f.totalScore.toFixed(2)}` +
    (f.weightedTotal === f.totalScore ? ', ' : ` (${f.weightedTotal.toFixed(2)} weighted by priority), `) +
    `mean ${fixed(f.meanScore)}, lowest ${fixed(f.lowestScore)}, ${f.blockingPairs} blocking pair${f.blockingPairs === 1 ? '' : 's'}`
  );
}

function toTable(result: MatchResult): string {
  const micro = result.mode === 'micro';
  const unit = micro ? 'requests' : 'mentees';
  const { summary } = result;
  const topic = (x: { topic?: string }) => (micro ? [x.topic ?? ''] : []);
  const pairs = alignColumns([
    ['mentee', ...(micro ? ['topic'] : []), 'mentor', 'score', 'top reason'],
    ...result.matches.map((m) => [
      m.mentee,
      ...topic(m),
      m.locked ? `${m.mentor} (locked)` : m.mentor,
      m.score.toFixed(2),
      topReason(m),
    ]),
  ]);
  const parts = [pairs];
  if (result.unmatched.length > 0) {
    parts.push(
      `Unmatched: ${result.unmatched.length} of ${summary.demand} ${unit}\n${alignColumns([
        ['mentee', ...(micro ? ['topic'] : []), 'why', 'reason'],
        ...result.unmatched.map((u) => [u.mentee, ...topic(u), u.code, u.reason]),
      ])}`,
    );
  }
  const busy = summary.mentorLoad.filter((l) => l.load > 0).length;
  const full = summary.mentorLoad.filter((l) => l.capacity > 0 && l.load >= l.capacity).length;
  parts.push(
    [
      `Objective ${result.objective}: ${describeFigures(summary, unit)}.`,
      `First come, first served: ${describeFigures(summary.greedy, unit)}.`,
      `Mentors: ${busy} of ${summary.mentorLoad.length} mentor someone, ${full} at capacity.`,
      proofLine(summary),
    ].join('\n'),
  );
  return `${parts.join('\n\n')}\n`;
}

/** What is proven of the result, in one sentence. */
function proofLine(summary: MatchResult['summary']): string {
  if (summary.bound === null || summary.boundOn === null || summary.gap === null) {
    return summary.exact
      ? 'Stable, and the best stable matching for every mentee.'
      : 'Hours budgets bind: every budget holds, but the matching may not be stable.';
  }
  if (summary.exact) return 'Proven optimal for the objective.';
  const figure = {
    weightedTotal: 'the total score weighted by priority',
    weightedMatched: 'the priority of the requests matched',
    matched: 'the number matched',
    lowestScore: 'the lowest score',
  }[summary.boundOn];
  return `Hours budgets bind: every budget holds; ${figure} is within ${(100 * summary.gap).toFixed(2)}% of the best possible (at most ${summary.bound.toFixed(3)}, after ${summary.nodes} search nodes).`;
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
