/**
 * A report laid out once, as sections of text, lists, tables and charts, for both renderers to
 * serialise: the words and the tables of the Markdown and of the HTML page are the same. Topics
 * are listed by demand (highest first, then by id). Internal.
 */
import { compareIds } from '../model/compareIds.js';
import { type Cell, count, num, pct, type Section } from './format.js';
import { matchingSection } from './matchingSection.js';
import type { ProgramReport, TopicFigures } from './types.js';

/** Topic rows in the demand table, and topics in the chart. */
const TOPICS_SHOWN = 40;
const CHARTED = 15;

const FIGURES = [
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
const figureCells = (f: TopicFigures): Cell[] => [
  num(f.requests),
  num(f.mentees),
  num(f.priorityMean, 2),
  f.levels.map((c) => num(c)).join('·'),
  num(f.ableMentors),
  num(f.willingMentors),
  num(f.suppliers),
  num(f.sharedCapacity),
  { share: f.coverage },
  num(f.mentorsNeeded),
];

/** The report's document: a one-line summary, the readiness section and the other sections. */
export interface ReportDocument {
  readonly summary: string;
  readonly readiness: Section;
  readonly sections: readonly Section[];
}

/** Lays a report out. */
export function reportDocument(report: ProgramReport): ReportDocument {
  const micro = report.mode === 'micro';
  const unit = micro ? 'request' : 'mentee';
  const ask = micro ? 'request' : 'goal';
  const names = new Map(report.topics.map((t) => [t.id, t.name]));
  const name = (id: string) => names.get(id) ?? id;
  const r = report.readiness;
  const asked = report.topics.filter((t) => t.requests > 0);
  const requests = asked.reduce((s, t) => s + t.requests, 0);
  const summary = `${micro ? 'Micro' : 'Classic'} mentoring · ${count(r.mentors, 'mentor')}, ${count(r.mentees, 'mentee')} · ${count(requests, ask)} on ${asked.length} of ${report.topics.length} topics`;
  const readiness: Section = {
    title: 'Readiness',
    blocks: [
      {
        kind: 'table',
        head: ['Figure', 'Value'],
        rows: [
          ['Mentors : mentees', r.menteesPerMentor === null ? `0 : ${r.mentees}` : `1 : ${num(r.menteesPerMentor)}`],
          [
            `Places (sum of capacities) for ${count(r.demand, unit)}`,
            `${r.capacity} (${num(r.capacityRatio, 2)} per ${unit})`,
          ],
          ['Mean capacity of a mentor', num(r.meanCapacity)],
          [
            `${micro ? 'Requests' : 'Mentees'} with no allowed mentor`,
            `${r.noCandidate} (no expert: ${r.noExpert}, ruled out: ${r.ruledOut})`,
          ],
          [
            `Expected match rate (largest matching${r.exact ? '' : ', an upper bound'})`,
            `${pct(r.expectedMatchRate)} (${r.expectedMatched} of ${r.demand})`,
          ],
        ],
      },
    ],
  };

  const byDemand = [...asked].sort((a, b) => b.demand - a.demand || compareIds(a.id, b.id));
  const hot = report.hot.map((id) => {
    const t = report.topics.find((x) => x.id === id) as TopicFigures;
    const needed = t.mentorsNeeded === 0 ? 'enough mentors' : `${count(t.mentorsNeeded, 'more mentor')} needed`;
    return `${name(id)}: ${count(t.requests, ask)}, coverage ${pct(t.coverage)}, ${needed}`;
  });
  const hidden = Math.max(0, byDemand.length - TOPICS_SHOWN);
  const without = report.topics.length - asked.length;
  const more = [
    ...(hidden > 0 ? [`${count(hidden, 'more topic')} with ${ask}s not shown`] : []),
    ...(without > 0 ? [`${count(without, 'topic')} without ${ask}s`] : []),
  ];
  const areas = report.topics
    .filter((t): t is typeof t & { area: TopicFigures } => t.area !== undefined && t.area.requests > 0)
    .sort((a, b) => b.area.demand - a.area.demand || compareIds(a.id, b.id));
  const sections: Section[] = [
    ...(report.warnings.length === 0
      ? []
      : [
          {
            title: 'Warnings',
            blocks: [
              {
                kind: 'text',
                text: 'Allowed by the programme format, but most likely a mistake:',
                note: true,
              },
              { kind: 'list', items: report.warnings.map((w) => w.message) },
            ] as const,
          },
        ]),
    {
      blocks: [],
      parts: [
        {
          title: 'Hot topics',
          blocks: [hot.length > 0 ? { kind: 'list', items: hot } : { kind: 'text', text: `No topic has ${ask}s yet.` }],
        },
        {
          title: 'Uncovered topics',
          blocks: [
            {
              kind: 'text',
              text: `Topics where no mentor reaches any level asked (a skill on a subtopic counts only in part on the topic): recruit, or lower the level.`,
              note: true,
            },
            report.uncovered.length > 0
              ? { kind: 'list', items: report.uncovered.map(name), tags: true }
              : { kind: 'text', text: 'None.' },
            ...subtopicSupply(report, name),
          ],
        },
      ],
    },
    {
      title: 'Demand and supply per topic',
      blocks: [
        {
          kind: 'text',
          text: `Priority: mean per ${ask}. Able: mentors at a level asked. Suppliers: able and willing. Places: the suppliers' capacity shared between the topics they supply. Coverage: places per unit of demand. Needed: mentors to recruit for a coverage of 100%.`,
          note: true,
        },
        {
          kind: 'bars',
          title: `The ${Math.min(CHARTED, byDemand.length)} most demanded topics: demand against places`,
          legend: [`Demand (${ask}s)`, 'Places (shared capacity)'],
          items: byDemand
            .slice(0, CHARTED)
            .map((t) => ({ label: t.name, a: t.demand, b: t.sharedCapacity, note: pct(t.coverage) })),
        },
        {
          kind: 'table',
          head: ['Topic', ...FIGURES],
          rows: byDemand.slice(0, TOPICS_SHOWN).map((t) => [t.name, ...figureCells(t)]),
        },
        ...(more.length > 0 ? [{ kind: 'text', text: `${more.join('; ')}.`, note: true } as const] : []),
      ],
    },
    ...(areas.length === 0
      ? []
      : [
          {
            title: 'Topic areas',
            blocks: [
              {
                kind: 'text',
                text: 'Each area is a topic with all its subtopics; every person counted once.',
                note: true,
              },
              {
                kind: 'table',
                head: ['Area', 'Subtopics', ...FIGURES],
                rows: areas.map((t) => [t.name, num(t.subtopics.length), ...figureCells(t.area)]),
              },
            ] as const,
          },
        ]),
    {
      title: 'Champions',
      blocks:
        report.champions.length === 0
          ? [{ kind: 'text', text: `No mentor supplies any ${ask} yet.` }]
          : [
              {
                kind: 'text',
                text: `Share: the demand that falls to the mentor when each ${ask} is shared evenly between the mentors able and willing to take it. Sole: ${ask}s no one else can take.`,
                note: true,
              },
              {
                kind: 'table',
                head: [
                  '#',
                  'Mentor',
                  'Share',
                  'Capacity',
                  `${ask[0]?.toUpperCase()}${ask.slice(1)}s`,
                  'Sole',
                  'Main topics',
                ],
                rows: report.champions.map((c, k) => [
                  String(k + 1),
                  c.name === c.mentor ? c.name : `${c.name} (${c.mentor})`,
                  num(c.share, 2),
                  num(c.capacity),
                  num(c.requests),
                  num(c.sole),
                  c.topics.map((t) => `${name(t.topic)} (${num(t.share, 2)})`).join(', '),
                ]),
                text: [1, 6],
              },
            ],
    },
    ...(report.matching === undefined ? [] : [matchingSection(report.matching, r.expectedMatchRate, unit, name)]),
  ];
  return { summary, readiness, sections };
}

/**
 * For the uncovered topics whose subtopics have mentors at the level asked: a line each, so that a
 * broad topic (an area such as Leadership) is not read as having no expert at all.
 */
function subtopicSupply(report: ProgramReport, name: (id: string) => string) {
  const uncovered = new Set(report.uncovered);
  const items = report.topics
    .filter((t) => uncovered.has(t.id) && (t.ableOnSubtopics ?? 0) > 0)
    .map((t) => {
      const lowest = t.levels.findIndex((c) => c > 0) + 1;
      const n = t.ableOnSubtopics ?? 0;
      return `${name(t.id)}: ${count(n, 'mentor')} at level ${lowest} or more on its subtopics (${t.subtopics.map(name).join(', ')}); ask for one of those, or see the topic area below.`;
    });
  return items.length > 0 ? [{ kind: 'list' as const, items }] : [];
}
