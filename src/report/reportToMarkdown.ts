/**
 * `reportToMarkdown`: a programme report as Markdown (CommonMark with GitHub tables), for a
 * terminal, an issue or a wiki page. Every name from the programme is escaped, so that a name can
 * neither break a table nor inject markup.
 */

import { type Locale, msg } from '../locale/message.js';
import { readLocale } from '../match/localise.js';
import { reportDocument } from './document.js';
import { type Block, type Cell, checkReport, type Figures, figures, md, type Section } from './format.js';
import type { ProgramReport } from './types.js';

function table(
  pct: Figures['pct'],
  head: readonly string[],
  rows: readonly (readonly Cell[])[],
  text: readonly number[] = [],
): string[] {
  const line = (cells: readonly Cell[]) =>
    `| ${cells.map((c) => (typeof c === 'string' ? md(c) : pct(c.share))).join(' | ')} |`;
  const align = head.map((_, k) => (k === 0 || text.includes(k) ? '---' : '---:'));
  return [line(head), `| ${align.join(' | ')} |`, ...rows.map(line)];
}

function block(b: Block, pct: Figures['pct']): string[] {
  switch (b.kind) {
    case 'text':
      return [md(b.text)];
    case 'list':
      return b.items.map((item, k) => (b.tags === true ? `- ${md(item)}` : `${k + 1}. ${md(item)}`));
    case 'table':
      return table(pct, b.head, b.rows, b.text);
    case 'columns':
      return b.counts.length === 0 ? [] : table(pct, [b.axis, ...b.labels], [[b.title, ...b.counts.map(String)]]);
    case 'bars':
      return [];
  }
}

function section(s: Section, pct: Figures['pct']): string[] {
  const out: string[] = [];
  if (s.title !== undefined) out.push(`## ${md(s.title)}`, '');
  const blocks = (list: readonly Block[]) => {
    for (const b of list) {
      const lines = block(b, pct);
      if (lines.length > 0) out.push(...lines, '');
    }
  };
  blocks(s.blocks);
  for (const part of s.parts ?? []) {
    out.push(`${s.title === undefined ? '##' : '###'} ${md(part.title)}`, '');
    blocks(part.blocks);
  }
  return out;
}

/**
 * Renders a report of {@link programReport} as Markdown: readiness, the hot and the uncovered
 * topics, demand and supply per topic (the 40 most demanded) and per topic area, the champions
 * and, when the report has one, the matching (score and load histograms as one-row tables).
 * Deterministic: numbers have fixed formats.
 *
 * Every name and id is escaped wherever it lands, so that none can break a table, make markup
 * (a heading, a list, a code block, a link) or send a terminal a command: control and
 * bidirectional characters are shown as escapes such as `\u{1b}` and `\u{202e}`, line breaks as
 * spaces (see the CLI's help).
 *
 * @param report - a report of {@link programReport}.
 * @param options - `locale`: the language of the words and figures, `'en'` (default) or a catalog
 *   such as `it` from `mentormatch/locales/it` (`0,85`, `96%`).
 * @returns the Markdown text, ending with a line break.
 * @throws {@link InvalidInputError} when `report` is not a report (`report.topics is missing`…), or
 *   the locale is neither `'en'` nor a catalog.
 *
 * @example
 * ```ts
 * import { programReport, reportToMarkdown } from 'mentormatch';
 *
 * const report = programReport({
 *   mode: 'micro',
 *   topics: [{ id: 'pricing', name: 'Pricing' }],
 *   mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 4 }] }],
 *   mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
 * });
 * const text = reportToMarkdown(report);
 * console.log(text.split('\n')[0]); // # Programme report
 * console.log(text.includes('| Pricing | 1 | 1 | 1 | 0·0·1·0·0 | 1 | 1 | 1 | 5 | 500% | 0 |')); // true
 * ```
 */
export function reportToMarkdown(report: ProgramReport, options?: { readonly locale?: Locale }): string {
  checkReport('reportToMarkdown', report, options);
  const t = readLocale('reportToMarkdown', options);
  const { pct } = figures(t);
  const doc = reportDocument(report, t);
  const title =
    report.name === undefined
      ? t.text(msg('report.title'))
      : t.text(msg('report.titleNamed', { name: md(report.name) }));
  const out = [`# ${title}`, ''];
  out.push(md(doc.summary), '');
  for (const s of [doc.readiness, ...doc.sections]) out.push(...section(s, pct));
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
