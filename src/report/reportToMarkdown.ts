/**
 * `reportToMarkdown`: a programme report as Markdown (CommonMark with GitHub tables), for a
 * terminal, an issue or a wiki page. Every name from the programme is escaped, so that a name can
 * neither break a table nor inject markup.
 */
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
import { UNMATCHED_CODES } from './matching.js';
import type { MatchingReport, ProgramReport, TopicFigures, TopicReport } from './types.js';

/**
 * Escapes Markdown inline text: a backslash before each mark that could start markup inside a
 * table cell (emphasis, code, links, HTML, entities, strike-through, the cell separator); line
 * breaks become spaces.
 */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|&~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

/** A table: a header row, an alignment row (`r` right-aligns), then the rows. */
function table(head: readonly string[], align: string, rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line([...align].map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line), ''];
}

const FIGURE_HEAD = [
  'requests',
  'mentees',
  'priority',
  'levels 1·2·3·4·5',
  'able',
  'willing',
  'suppliers',
  'places',
  'coverage',
  'needed',
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
    pct(f.coverage),
    num(f.mentorsNeeded),
  ];
}

function topicSection(report: ProgramReport, name: (id: string) => string): string[] {
  const out: string[] = [];
  const hot = report.hot.map((id, k) => {
    const t = report.topics.find((x) => x.id === id) as TopicReport;
    const needed =
      t.mentorsNeeded === 0
        ? 'enough mentors'
        : `${t.mentorsNeeded} more mentor${t.mentorsNeeded === 1 ? '' : 's'} needed`;
    return `${k + 1}. ${md(name(id))}: ${num(t.requests)} ${requestWord(report, t.requests)}, coverage ${pct(t.coverage)}, ${needed}`;
  });
  out.push('## Hot topics', '', ...(hot.length > 0 ? hot : ['No topic has requests yet.']), '');
  out.push('## Uncovered topics', '');
  out.push(
    report.uncovered.length === 0
      ? 'None: every topic with requests has a mentor at a level asked.'
      : `No mentor reaches any level asked on: ${report.uncovered.map((id) => md(name(id))).join(', ')}.`,
    '',
  );
  const topics = topicsByDemand(report.topics);
  out.push('## Demand and supply per topic', '');
  out.push(
    'Priority: mean per request. Able: mentors at a level asked. Suppliers: able and willing. Places: the suppliers’ capacity shared between the topics they supply. Needed: mentors to recruit for a coverage of 100%.',
    '',
  );
  const rows = topics.slice(0, TOPICS_SHOWN).map((t) => [md(t.name), ...figureCells(t)]);
  out.push(...table(['topic', ...FIGURE_HEAD], `l${'r'.repeat(FIGURE_HEAD.length)}`, rows));
  const note = moreTopics(topics.length, report.topics.length - topics.length);
  if (note !== null) out.push(note, '');
  const areas = areasByDemand(report.topics);
  if (areas.length > 0) {
    out.push('## Topic areas', '', 'Each area is a topic with all its subtopics; every person counted once.', '');
    const areaRows = areas.map((t) => [md(t.name), num(t.subtopics.length), ...figureCells(t.area)]);
    out.push(...table(['area', 'subtopics', ...FIGURE_HEAD], `lr${'r'.repeat(FIGURE_HEAD.length)}`, areaRows));
  }
  return out;
}

function championSection(report: ProgramReport, name: (id: string) => string): string[] {
  const out = ['## Champions', ''];
  if (report.champions.length === 0) return [...out, 'No mentor supplies any request yet.', ''];
  out.push(
    'Share: the demand that falls to the mentor when each request is shared evenly between the mentors able and willing to take it. Sole: requests no one else can take.',
    '',
  );
  const rows = report.champions.map((c, k) => [
    num(k + 1),
    md(c.name === c.mentor ? c.mentor : `${c.name} (${c.mentor})`),
    num(c.share, 2),
    num(c.capacity),
    num(c.requests),
    num(c.sole),
    c.topics.map((t) => `${md(name(t.topic))} (${num(t.share, 2)})`).join(', '),
  ]);
  return [...out, ...table(['#', 'mentor', 'share', 'capacity', 'requests', 'sole', 'main topics'], 'rlrrrrl', rows)];
}

function matchingSection(report: ProgramReport, m: MatchingReport, name: (id: string) => string): string[] {
  const out = ['## Matching', ''];
  out.push(
    `Objective: ${m.objective}. ${m.matched} of ${m.demand} ${unitWord(report, m.demand)} matched (${pct(m.matchRate)}); expected before matching: ${pct(report.readiness.expectedMatchRate)}.`,
    '',
  );
  const s = m.scores;
  out.push('### Scores', '');
  out.push(
    ...table(['pairs', 'mean', 'min', 'Q1', 'median', 'Q3', 'max'], 'rrrrrrr', [
      [num(s.count), num(s.mean, 2), num(s.min, 2), num(s.q1, 2), num(s.median, 2), num(s.q3, 2), num(s.max, 2)],
    ]),
  );
  const bands = s.histogram.map((_, k) => `${(k / 10).toFixed(1)}–${((k + 1) / 10).toFixed(1)}`);
  out.push(
    ...table(['score', ...bands], `l${'r'.repeat(bands.length)}`, [['pairs', ...s.histogram.map((c) => num(c))]]),
  );
  const l = m.load;
  out.push('### Mentor load', '');
  out.push(
    `Places used: ${pct(l.utilisation)}; ${num(l.meanLoad, 2)} pairs per mentor on average; ${l.idle} idle, ${l.full} full.`,
    '',
  );
  if (l.byLoad.length > 0)
    out.push(
      ...table(['pairs', ...l.byLoad.map((_, k) => String(k))], `l${'r'.repeat(l.byLoad.length)}`, [
        ['mentors', ...l.byLoad.map((c) => num(c))],
      ]),
    );
  out.push('### Unmatched, by reason', '');
  const reasons = UNMATCHED_CODES.filter((c) => m.unmatched[c] > 0).map((c) => [
    c,
    REASON_LABELS[c],
    num(m.unmatched[c]),
  ]);
  out.push(...(reasons.length > 0 ? table(['code', 'reason', 'count'], 'llr', reasons) : ['Everyone is matched.', '']));
  const rates = [...m.topics].sort(
    (a, b) => a.matchRate - b.matchRate || b.demand - a.demand || (a.topic < b.topic ? -1 : 1),
  );
  out.push('### Match rate per topic', '', 'Lowest first.', '');
  const rateRows = rates
    .slice(0, TOPICS_SHOWN)
    .map((t) => [md(name(t.topic)), num(t.demand), num(t.matched), pct(t.matchRate)]);
  out.push(...table(['topic', 'demand', 'matched', 'rate'], 'lrrr', rateRows));
  if (rates.length > TOPICS_SHOWN) out.push(`… and ${rates.length - TOPICS_SHOWN} more topics.`, '');
  return out;
}

/**
 * Renders a report of {@link programReport} as Markdown: readiness, the hot and the uncovered
 * topics, demand and supply per topic (the 40 most demanded) and per topic area, the champions
 * and, when the report has one, the matching. Deterministic: numbers have fixed formats.
 *
 * @param report - a report of {@link programReport}.
 * @returns the Markdown text, ending with a line break.
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
export function reportToMarkdown(report: ProgramReport): string {
  const name = topicNamer(report);
  const r = report.readiness;
  const asked = report.topics.filter((t) => t.requests > 0).length;
  const requests = report.topics.reduce((s, t) => s + t.requests, 0);
  const out = [report.name === undefined ? '# Programme report' : `# Programme report: ${md(report.name)}`, ''];
  out.push(
    `${report.mode === 'micro' ? 'Micro' : 'Classic'} mentoring: ${r.mentors} mentors, ${r.mentees} mentees, ${num(requests)} ${requestWord(report, requests)} on ${asked} of ${report.topics.length} topics.`,
    '',
  );
  out.push('## Readiness', '');
  out.push(
    ...table(
      ['figure', 'value'],
      'lr',
      readinessLines(report).map(([label, value]) => [md(label), md(value)]),
    ),
  );
  out.push(...topicSection(report, name));
  out.push(...championSection(report, name));
  if (report.matching !== undefined) out.push(...matchingSection(report, report.matching, name));
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
