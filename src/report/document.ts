/**
 * A report laid out once, as sections of text, lists, tables and charts, for both renderers to
 * serialise: the words and the tables of the Markdown and of the HTML page are the same. Topics
 * are listed by demand (highest first, then by id). Internal.
 */

import type { MessageParams, Translator } from '../locale/message.js';
import { warningMessage } from '../match/programWarnings.js';
import type { ProgramWarning } from '../match/types.js';
import { compareIds } from '../model/compareIds.js';
import { type Cell, type Figures, figures, type Say, type Section } from './format.js';
import { matchingSection } from './matchingSection.js';
import type { MeetingsReport, ProgramReport, TopicFigures } from './types.js';

/** Topic rows in the demand table, and topics in the chart. */
const TOPICS_SHOWN = 40;
const CHARTED = 15;

/** The figure cells of a topic's row, after its name (their heads: `report.topicHead` but the first). */
const figureCells = (f: TopicFigures, { num }: Figures): Cell[] => [
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

/** A warning in `t`'s words, from its code and params (its message as it is when it has no params). */
function warningText(t: Translator, w: ProgramWarning): string {
  return w.params !== null && typeof w.params === 'object' ? t.text(warningMessage(w)) : w.message;
}

/** The report's document: a one-line summary, the readiness section and the other sections. */
export interface ReportDocument {
  readonly summary: string;
  readonly readiness: Section;
  readonly sections: readonly Section[];
}

/** Lays a report out, its words in `t`'s locale. */
export function reportDocument(report: ProgramReport, t: Translator): ReportDocument {
  const f = figures(t);
  const { num, pct } = f;
  const { mode } = report;
  const say = (code: string, params: MessageParams = {}) =>
    t.text({ code: `report.${code}`, params: { mode, ...params } });
  const heads = (code: string) => say(code).split('|');
  const asks = (n: number) => say('asks', { n });
  const names = new Map(report.topics.map((x) => [x.id, x.name]));
  const name = (id: string) => names.get(id) ?? id;
  const r = report.readiness;
  const asked = report.topics.filter((x) => x.requests > 0);
  const requests = asked.reduce((s, x) => s + x.requests, 0);
  const summary = say('summary', {
    mentors: r.mentors,
    mentees: r.mentees,
    asks: asks(requests),
    asked: asked.length,
    topics: report.topics.length,
  });
  const readiness: Section = {
    title: say('readiness'),
    blocks: [
      {
        kind: 'table',
        head: heads('figureHead'),
        rows: [
          [say('ratio'), r.menteesPerMentor === null ? `0 : ${num(r.mentees)}` : `1 : ${num(r.menteesPerMentor)}`],
          [
            say('places', { units: say('units', { n: r.demand }) }),
            say('placesValue', { capacity: r.capacity, ratio: num(r.capacityRatio, 2) }),
          ],
          [say('meanCapacity'), num(r.meanCapacity)],
          [
            say('noCandidate'),
            say('noCandidateValue', { count: r.noCandidate, noExpert: r.noExpert, ruledOut: r.ruledOut }),
          ],
          [
            say('expected', { exact: r.exact ? 'yes' : 'no' }),
            say('expectedValue', { rate: pct(r.expectedMatchRate), matched: r.expectedMatched, demand: r.demand }),
          ],
        ],
      },
    ],
  };

  const byDemand = [...asked].sort((a, b) => b.demand - a.demand || compareIds(a.id, b.id));
  const hot = report.hot.map((id) => {
    const x = report.topics.find((y) => y.id === id) as TopicFigures;
    return say('hot', {
      topic: name(id),
      asks: asks(x.requests),
      coverage: pct(x.coverage),
      needed: x.mentorsNeeded,
    });
  });
  const hidden = Math.max(0, byDemand.length - TOPICS_SHOWN);
  const without = report.topics.length - asked.length;
  const more = [
    ...(hidden > 0 ? [say('moreTopics', { hidden })] : []),
    ...(without > 0 ? [say('topicsWithout', { without })] : []),
  ];
  const areas = report.topics
    .filter((x): x is typeof x & { area: TopicFigures } => x.area !== undefined && x.area.requests > 0)
    .sort((a, b) => b.area.demand - a.area.demand || compareIds(a.id, b.id));
  const topicHead = heads('topicHead');
  const sections: Section[] = [
    ...(report.warnings.length === 0
      ? []
      : [
          {
            title: say('warnings'),
            blocks: [
              { kind: 'text', text: say('warningsNote'), note: true },
              { kind: 'list', items: report.warnings.map((w) => warningText(t, w)) },
            ] as const,
          },
        ]),
    {
      blocks: [],
      parts: [
        {
          title: say('hotTopics'),
          blocks: [hot.length > 0 ? { kind: 'list', items: hot } : { kind: 'text', text: say('noHot') }],
        },
        {
          title: say('uncovered'),
          blocks: [
            { kind: 'text', text: say('uncoveredNote'), note: true },
            report.uncovered.length > 0
              ? { kind: 'list', items: report.uncovered.map(name), tags: true }
              : { kind: 'text', text: say('none') },
            ...subtopicSupply(report, name, say),
          ],
        },
      ],
    },
    {
      title: say('demand'),
      blocks: [
        { kind: 'text', text: say('demandNote'), note: true },
        {
          kind: 'bars',
          title: say('chart', { n: Math.min(CHARTED, byDemand.length) }),
          legend: heads('legend') as [string, string],
          items: byDemand
            .slice(0, CHARTED)
            .map((x) => ({ label: x.name, a: x.demand, b: x.sharedCapacity, note: pct(x.coverage) })),
        },
        {
          kind: 'table',
          head: topicHead,
          rows: byDemand.slice(0, TOPICS_SHOWN).map((x) => [x.name, ...figureCells(x, f)]),
        },
        ...(more.length > 0 ? [{ kind: 'text', text: `${more.join('; ')}.`, note: true } as const] : []),
      ],
    },
    ...(report.meetings === undefined ? [] : [meetingsSection(report.meetings, name, say, f)]),
    ...(areas.length === 0
      ? []
      : [
          {
            title: say('areas'),
            blocks: [
              { kind: 'text', text: say('areasNote'), note: true },
              {
                kind: 'table',
                head: [...heads('areaHead'), ...topicHead.slice(1)],
                rows: areas.map((x) => [x.name, num(x.subtopics.length), ...figureCells(x.area, f)]),
              },
            ] as const,
          },
        ]),
    {
      title: say('champions'),
      blocks:
        report.champions.length === 0
          ? [{ kind: 'text', text: say('noChampions') }]
          : [
              { kind: 'text', text: say('championsNote'), note: true },
              {
                kind: 'table',
                head: heads('championHead'),
                rows: report.champions.map((c, k) => [
                  String(k + 1),
                  c.name === c.mentor ? c.name : `${c.name} (${c.mentor})`,
                  num(c.share, 2),
                  num(c.capacity),
                  num(c.requests),
                  num(c.sole),
                  c.topics.map((x) => `${name(x.topic)} (${num(x.share, 2)})`).join(', '),
                ]),
                text: [1, 6],
              },
            ],
    },
    ...(report.matching === undefined ? [] : [matchingSection(report.matching, r.expectedMatchRate, name, say, f)]),
  ];
  return { summary, readiness, sections };
}

/**
 * The meetings: the cycle and the totals, then the topics with demand, most hours first (then by
 * id): sessions and hours asked, suppliers, their budgets in hours and in sessions.
 */
function meetingsSection(m: MeetingsReport, name: (id: string) => string, say: Say, { num }: Figures): Section {
  const hours = (h: number | null) => (h === null ? say('noLimit') : say('hoursValue', { hours: num(h) }));
  const cycle =
    m.cycle === undefined
      ? []
      : [
          m.cycle.start === undefined
            ? say('meetingsCycleWeeks', { weeks: m.cycle.weeks })
            : say('meetingsCycle', { weeks: m.cycle.weeks, start: m.cycle.start }),
        ];
  const totals = say('meetingsTotals', { sessions: m.sessions, hours: num(m.hours), budget: hours(m.budgetHours) });
  const asked = m.topics
    .filter((x) => x.sessions > 0)
    .sort((a, b) => b.hours - a.hours || compareIds(a.topic, b.topic))
    .slice(0, TOPICS_SHOWN);
  return {
    title: say('meetings'),
    blocks: [
      { kind: 'text', text: [...cycle, totals].join(' ') },
      { kind: 'text', text: say('meetingsNote'), note: true },
      {
        kind: 'table',
        head: say('meetingsHead').split('|'),
        rows: asked.map((x) => [
          name(x.topic),
          num(x.sessions),
          num(x.hours),
          num(x.suppliers),
          x.budgetHours === null ? say('noLimit') : num(x.budgetHours),
          x.budgetSessions === null ? (x.budgetHours === null ? say('noLimit') : '–') : num(x.budgetSessions),
        ]),
      },
    ],
  };
}

/**
 * For the uncovered topics whose subtopics have mentors at the level asked: a line each, so that a
 * broad topic (an area such as Leadership) is not read as having no expert at all.
 */
function subtopicSupply(report: ProgramReport, name: (id: string) => string, say: Say) {
  const uncovered = new Set(report.uncovered);
  const items = report.topics
    .filter((t) => uncovered.has(t.id) && (t.ableOnSubtopics ?? 0) > 0)
    .map((t) =>
      say('subtopics', {
        topic: name(t.id),
        mentors: t.ableOnSubtopics ?? 0,
        level: t.levels.findIndex((c) => c > 0) + 1,
        subtopics: t.subtopics.map(name),
      }),
    );
  return items.length > 0 ? [{ kind: 'list' as const, items }] : [];
}
