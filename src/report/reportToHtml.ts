/**
 * `reportToHtml`: a programme report as one self-contained HTML page: inline CSS, inline SVG
 * charts (demand against places per topic, the score histogram, the mentors' load), no scripts,
 * nothing fetched. Every text from the programme is HTML-escaped.
 */
import { InvalidInputError } from '../errors.js';
import { columns, esc, pairedBars } from './charts.js';
import {
  areasByDemand,
  levelsText,
  moreTopics,
  num,
  pct,
  REASON_LABELS,
  readinessLines,
  requestWord,
  TOPICS_SHOWN,
  topicNamer,
  topicsByDemand,
  unitWord,
} from './format.js';
import { HTML_STYLE } from './htmlStyle.js';
import { UNMATCHED_CODES } from './matching.js';
import type { MatchingReport, ProgramReport, TopicFigures } from './types.js';

/** Options of {@link reportToHtml}. */
export interface ReportToHtmlOptions {
  /** The page's title; default "Programme report", with the programme's name when it has one. */
  readonly title?: string;
}

/** Topics in the demand chart, and in the match-rate table. */
const CHARTED = 15;
const RATES_SHOWN = 20;

/** A table; `rows` are already escaped HTML; the first column and the `text` ones are left-aligned text. */
function table(head: readonly string[], rows: readonly (readonly string[])[], text: readonly number[] = []): string {
  const cls = (k: number) => (text.includes(k) ? ' class="text"' : '');
  const th = head.map((h, k) => `<th${cls(k)}>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell, k) => `<td${cls(k)}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The coverage as a coloured badge: red below 50%, amber below 100%, green from 100%. */
function coverage(x: number | null): string {
  if (x === null) return '–';
  const tone = x < 0.5 ? 'low' : x < 1 ? 'mid' : 'ok';
  return `<span class="cov ${tone}">${pct(x)}</span>`;
}

const FIGURE_HEAD = [
  'Requests',
  'Mentees',
  'Priority',
  'Levels 1·2·3·4·5',
  'Able',
  'Willing',
  'Suppliers',
  'Places',
  'Coverage',
  'Needed',
];

function figureCells(f: TopicFigures): string[] {
  return [
    num(f.requests),
    num(f.mentees),
    num(f.priorityMean, 2),
    levelsText(f.levels),
    num(f.ableMentors),
    num(f.willingMentors),
    num(f.suppliers),
    num(f.sharedCapacity),
    coverage(f.coverage),
    num(f.mentorsNeeded),
  ];
}

function card(key: string, value: string, note: string): string {
  return `<div class="card"><div class="k">${esc(key)}</div><div class="v">${esc(value)}</div><div class="n">${esc(note)}</div></div>`;
}

function cards(report: ProgramReport): string {
  const r = report.readiness;
  const m = report.matching;
  const list = [
    card(
      'Mentors : mentees',
      r.menteesPerMentor === null ? `0 : ${r.mentees}` : `1 : ${num(r.menteesPerMentor)}`,
      `${r.mentors} mentors, ${r.mentees} mentees`,
    ),
    card(
      `Places per ${unitWord(report, 1)}`,
      num(r.capacityRatio, 2),
      `${r.capacity} places for ${r.demand} ${unitWord(report, r.demand)}`,
    ),
    card('No allowed mentor', String(r.noCandidate), `${r.noExpert} no expert, ${r.ruledOut} ruled out`),
    card(
      'Expected match rate',
      pct(r.expectedMatchRate),
      `${r.expectedMatched} of ${r.demand}${r.exact ? '' : ', upper bound'}`,
    ),
  ];
  if (m !== undefined) {
    list.push(card('Matched', pct(m.matchRate), `${m.matched} of ${m.demand}, objective ${m.objective}`));
    list.push(
      card('Mean score', num(m.scores.mean, 2), `median ${num(m.scores.median, 2)}, lowest ${num(m.scores.min, 2)}`),
    );
  }
  return `<section class="cards">\n${list.join('\n')}\n</section>`;
}

function topicsSection(report: ProgramReport, name: (id: string) => string): string {
  const topics = topicsByDemand(report.topics);
  const chart = pairedBars(
    'Demand against places per topic',
    topics.slice(0, CHARTED).map((t) => ({ label: t.name, a: t.demand, b: t.sharedCapacity, note: pct(t.coverage) })),
    [`Demand (${requestWord(report, 2)})`, 'Places (shared capacity)'],
  );
  const rows = topics.slice(0, TOPICS_SHOWN).map((t) => [esc(t.name), ...figureCells(t)]);
  const note = moreTopics(topics.length, report.topics.length - topics.length);
  const hot = report.hot.map((id) => {
    const t = report.topics.find((x) => x.id === id);
    return `<li>${esc(name(id))} <span class="note">${num(t?.requests ?? 0)} ${requestWord(report, t?.requests ?? 0)}, coverage ${pct(t?.coverage ?? null)}</span></li>`;
  });
  const uncovered = report.uncovered.map((id) => `<span class="tag">${esc(name(id))}</span>`);
  return [
    '<section class="two">',
    `<div><h2>Hot topics</h2>${hot.length > 0 ? `<ol>${hot.join('')}</ol>` : '<p class="note">No topic has requests yet.</p>'}</div>`,
    `<div><h2>Uncovered topics</h2><p class="note">Requests that no mentor reaches at any level asked: recruit, or lower the level.</p>${uncovered.length > 0 ? uncovered.join('') : '<p>None.</p>'}</div>`,
    '</section>',
    '<section><h2>Demand and supply per topic</h2>',
    `<p class="note">The ${Math.min(CHARTED, topics.length)} most demanded topics: demand against places, the suppliers' capacity shared between the topics they supply; the share at the end is the coverage.</p>`,
    chart,
    `<p class="note">Priority: mean per request. Able: mentors at a level asked. Suppliers: able and willing. Needed: mentors to recruit for a coverage of 100%.</p>`,
    table(['Topic', ...FIGURE_HEAD], rows),
    note === null ? '' : `<p class="note">${esc(note)}</p>`,
    '</section>',
  ].join('\n');
}

function areasSection(report: ProgramReport): string {
  const areas = areasByDemand(report.topics);
  if (areas.length === 0) return '';
  const rows = areas.map((t) => [esc(t.name), num(t.subtopics.length), ...figureCells(t.area)]);
  return `<section><h2>Topic areas</h2><p class="note">Each area is a topic with all its subtopics; every person counted once.</p>\n${table(['Area', 'Subtopics', ...FIGURE_HEAD], rows)}\n</section>`;
}

function championsSection(report: ProgramReport, name: (id: string) => string): string {
  if (report.champions.length === 0)
    return '<section><h2>Champions</h2><p>No mentor supplies any request yet.</p></section>';
  const rows = report.champions.map((c, k) => [
    String(k + 1),
    `${esc(c.name)} <span class="note">${esc(c.mentor)}</span>`,
    num(c.share, 2),
    num(c.capacity),
    num(c.requests),
    num(c.sole),
    c.topics.map((t) => `${esc(name(t.topic))} (${num(t.share, 2)})`).join(', '),
  ]);
  const body = table(['#', 'Mentor', 'Share', 'Capacity', 'Requests', 'Sole', 'Main topics'], rows, [1, 6]);
  return `<section><h2>Champions</h2><p class="note">Share: the demand that falls to the mentor when each request is shared evenly between the mentors able and willing to take it. Sole: requests no one else can take.</p>\n${body}\n</section>`;
}

function matchingSection(report: ProgramReport, m: MatchingReport, name: (id: string) => string): string {
  const s = m.scores;
  const bands = s.histogram.map((_, k) => (k / 10).toFixed(1));
  const scoreChart = columns('Score histogram', s.histogram, bands, 'score (band start), pairs above each column');
  const load = columns(
    'Mentor load',
    m.load.byLoad,
    m.load.byLoad.map((_, k) => String(k)),
    'pairs per mentor, mentors above each column',
  );
  const reasons = UNMATCHED_CODES.filter((c) => m.unmatched[c] > 0).map((c) => [
    esc(REASON_LABELS[c]),
    esc(c),
    num(m.unmatched[c]),
  ]);
  const rates = [...m.topics]
    .sort((a, b) => a.matchRate - b.matchRate || b.demand - a.demand || (a.topic < b.topic ? -1 : 1))
    .map((t) => [esc(name(t.topic)), num(t.demand), num(t.matched), coverage(t.matchRate)]);
  const hidden = rates.length - RATES_SHOWN;
  return [
    '<section><h2>Matching</h2>',
    `<p class="note">${m.matched} of ${m.demand} ${unitWord(report, m.demand)} matched (${pct(m.matchRate)}), objective ${esc(m.objective)}; expected before matching: ${pct(report.readiness.expectedMatchRate)}.</p>`,
    '<div class="two">',
    `<div><h3>Scores</h3>${scoreChart}${table(['Pairs', 'Mean', 'Min', 'Q1', 'Median', 'Q3', 'Max'], [[num(s.count), num(s.mean, 2), num(s.min, 2), num(s.q1, 2), num(s.median, 2), num(s.q3, 2), num(s.max, 2)]])}</div>`,
    `<div><h3>Mentor load</h3>${load}<p class="note">Places used: ${pct(m.load.utilisation)}; ${num(m.load.meanLoad, 2)} pairs per mentor; ${m.load.idle} idle, ${m.load.full} full.</p></div>`,
    '</div>',
    '<div class="two">',
    `<div><h3>Unmatched, by reason</h3>${reasons.length > 0 ? table(['Reason', 'Code', 'Count'], reasons, [1]) : '<p>Everyone is matched.</p>'}</div>`,
    `<div><h3>Match rate per topic, lowest first</h3>${table(['Topic', 'Demand', 'Matched', 'Rate'], rates.slice(0, RATES_SHOWN))}${hidden > 0 ? `<p class="note">${hidden} more topics not shown.</p>` : ''}</div>`,
    '</div>',
    '</section>',
  ].join('\n');
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
 * @throws {@link InvalidInputError} when `options.title` is given and not a string.
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
  const given: unknown = options?.title;
  if (given !== undefined && typeof given !== 'string')
    throw new InvalidInputError('reportToHtml', [
      { path: ['options', 'title'], message: `options.title must be a string, got ${String(given)}` },
    ]);
  const title = given ?? (report.name === undefined ? 'Programme report' : `Programme report: ${report.name}`);
  const name = topicNamer(report);
  const r = report.readiness;
  const requests = report.topics.reduce((s, t) => s + t.requests, 0);
  const asked = report.topics.filter((t) => t.requests > 0).length;
  const sub = [
    ...(report.name !== undefined && given !== undefined ? [report.name] : []),
    `${report.mode === 'micro' ? 'Micro' : 'Classic'} mentoring`,
    `${r.mentors} mentors, ${r.mentees} mentees`,
    `${num(requests)} ${requestWord(report, requests)} on ${asked} of ${report.topics.length} topics`,
  ].join(' · ');
  const readinessRows = readinessLines(report).map(([label, value]) => [esc(label), esc(value)]);
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${HTML_STYLE}</style></head>`,
    '<body><main>',
    `<header><h1>${esc(title)}</h1><p class="sub">${esc(sub)}</p></header>`,
    cards(report),
    topicsSection(report, name),
    areasSection(report),
    championsSection(report, name),
    report.matching === undefined ? '' : matchingSection(report, report.matching, name),
    `<section><h2>Readiness in detail</h2>${table(['Figure', 'Value'], readinessRows)}</section>`,
    '<footer>Made with mentormatch. Every figure is defined in the documentation of programReport.</footer>',
    '</main></body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
