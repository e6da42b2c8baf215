/**
 * `reportToHtml`: a programme report as one self-contained HTML page: inline CSS, inline SVG
 * charts (demand against places per topic, the score histogram, the mentors' load), no scripts,
 * nothing fetched. Every text from the programme is HTML-escaped.
 */
import { describeValue } from '../internal/describeValue.js';
import { type Locale, type MessageParams, msg, type Translator } from '../locale/message.js';
import { readLocale } from '../match/localise.js';
import { invalidInput, issue, localeOf } from '../model/issues.js';
import { columns, esc, pairedBars } from './charts.js';
import { reportDocument } from './document.js';
import { type Block, type Cell, checkReport, type Figures, figures, type Section } from './format.js';
import { HTML_STYLE } from './htmlStyle.js';
import type { ProgramReport } from './types.js';

/** Options of {@link reportToHtml}. */
export interface ReportToHtmlOptions {
  /** The page's title; default "Programme report", with the programme's name when it has one. */
  readonly title?: string;
  /**
   * The language of the page (its words, its figures and its `lang`): `'en'` (default) or a catalog
   * such as `it` from `mentormatch/locales/it`.
   */
  readonly locale?: Locale;
}

/** A cell: escaped text, or a share as a badge: red below 50%, amber below 100%, green from 100%. */
function cell(c: Cell, pct: Figures['pct']): string {
  if (typeof c === 'string') return esc(c);
  if (c.share === null) return '–';
  return `<span class="cov ${c.share < 0.5 ? 'low' : c.share < 1 ? 'mid' : 'ok'}">${pct(c.share)}</span>`;
}

function block(b: Block, pct: Figures['pct']): string {
  switch (b.kind) {
    case 'text':
      return `<p${b.note === true ? ' class="note"' : ''}>${esc(b.text)}</p>`;
    case 'list':
      return b.tags === true
        ? `<p>${b.items.map((item) => `<span class="tag">${esc(item)}</span>`).join(' ')}</p>`
        : `<ol>${b.items.map((item) => `<li>${esc(item)}</li>`).join('')}</ol>`;
    case 'table': {
      const cls = (k: number) => (b.text?.includes(k) === true ? ' class="text"' : '');
      const head = b.head.map((h, k) => `<th${cls(k)}>${esc(h)}</th>`).join('');
      const rows = b.rows.map((r) => `<tr>${r.map((c, k) => `<td${cls(k)}>${cell(c, pct)}</td>`).join('')}</tr>`);
      return `<table><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
    }
    case 'columns':
      return b.counts.length === 0 ? '' : columns(b.title, b.counts, b.labels, b.axis);
    case 'bars':
      return pairedBars(b.title, b.items, b.legend);
  }
}

function section(s: Section, pct: Figures['pct']): string {
  const parts = (s.parts ?? []).map(
    (p) =>
      `<div>${s.title === undefined ? '<h2>' : '<h3>'}${esc(p.title)}${s.title === undefined ? '</h2>' : '</h3>'}\n${p.blocks.map((b) => block(b, pct)).join('\n')}\n</div>`,
  );
  return [
    '<section>',
    ...(s.title === undefined ? [] : [`<h2>${esc(s.title)}</h2>`]),
    ...s.blocks.map((b) => block(b, pct)),
    ...(parts.length > 0 ? [`<div class="two">\n${parts.join('\n')}\n</div>`] : []),
    '</section>',
  ].join('\n');
}

function cards(report: ProgramReport, t: Translator, { num, pct }: Figures): string {
  const r = report.readiness;
  const m = report.matching;
  const { mode } = report;
  const say = (code: string, params: MessageParams = {}) => t.text(msg(`report.${code}`, { mode, ...params }));
  const list: [string, string, string][] = [
    [
      say('ratio'),
      r.menteesPerMentor === null ? `0 : ${num(r.mentees)}` : `1 : ${num(r.menteesPerMentor)}`,
      say('cardRatioNote', { mentors: r.mentors, mentees: r.mentees }),
    ],
    [
      say('cardPlaces'),
      num(r.capacityRatio, 2),
      say('cardPlacesNote', { capacity: r.capacity, units: say('units', { n: r.demand }) }),
    ],
    [say('cardNone'), num(r.noCandidate), say('cardNoneNote', { noExpert: r.noExpert, ruledOut: r.ruledOut })],
    [
      say('cardExpected'),
      pct(r.expectedMatchRate),
      say('cardExpectedNote', { matched: r.expectedMatched, demand: r.demand, exact: r.exact ? 'yes' : 'no' }),
    ],
  ];
  if (m !== undefined) {
    list.push([
      say('cardMatched'),
      pct(m.matchRate),
      say('cardMatchedNote', { matched: m.matched, demand: m.demand, objective: m.objective }),
    ]);
    list.push([
      say('cardMean'),
      num(m.scores.mean, 2),
      say('cardMeanNote', { median: num(m.scores.median, 2), lowest: num(m.scores.min, 2) }),
    ]);
  }
  const html = list.map(
    ([k, v, n]) =>
      `<div class="card"><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div><div class="n">${esc(n)}</div></div>`,
  );
  return `<div class="cards">\n${html.join('\n')}\n</div>`;
}

/**
 * Renders a report of {@link programReport} as a self-contained HTML page: readiness at a glance,
 * the hot and uncovered topics, a chart and a table of demand against supply per topic, the topic
 * areas, the champions and, when the report has one, the matching (score histogram, mentor load,
 * the unmatched by reason, the match rate per topic). Inline CSS and SVG only: no scripts, no
 * external assets, so the file can be mailed or archived as it is. Deterministic.
 *
 * @param report - a report of {@link programReport}.
 * @param options - `title`: the page's title (default "Programme report: <programme name>").
 * @returns the page, from `<!doctype html>` on.
 * @throws {@link InvalidInputError} when `report` is not a report (`report.topics is missing`…), or
 * when `options.title` is given and not a string.
 *
 * @example
 * ```ts
 * import { programReport, reportToHtml } from 'mentormatch';
 *
 * const report = programReport({
 *   mode: 'micro',
 *   topics: [{ id: 'pricing' }],
 *   mentors: [{ id: 'ana', name: '<Ana>', skills: [{ topic: 'pricing', level: 4 }] }],
 *   mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
 * });
 * const page = reportToHtml(report, { title: 'Spring cycle' });
 * console.log(page.startsWith('<!doctype html>'), page.includes('&#60;Ana&#62;'), page.includes('<script')); // true true false
 * ```
 */
export function reportToHtml(report: ProgramReport, options?: ReportToHtmlOptions): string {
  checkReport('reportToHtml', report, options);
  const given: unknown = options?.title;
  if (given !== undefined && typeof given !== 'string')
    throw invalidInput(
      'reportToHtml',
      [issue(['options', 'title'], 'invalid_type', { expected: 'string', found: describeValue(given) })],
      'INVALID_INPUT',
      localeOf(options),
    );
  const t = readLocale('reportToHtml', options);
  const f = figures(t);
  const title =
    given ??
    (report.name === undefined ? t.text(msg('report.title')) : t.text(msg('report.titleNamed', { name: report.name })));
  const doc = reportDocument(report, t);
  const sub = given !== undefined && report.name !== undefined ? `${report.name} · ${doc.summary}` : doc.summary;
  return [
    '<!doctype html>',
    `<html lang="${esc(t.locale)}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${HTML_STYLE}</style></head>`,
    '<body><main>',
    `<header><h1>${esc(title)}</h1><p class="sub">${esc(sub)}</p></header>`,
    cards(report, t, f),
    ...doc.sections.map((s) => section(s, f.pct)),
    section(doc.readiness, f.pct),
    `<footer>${esc(t.text(msg('report.footer')))}</footer>`,
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}
