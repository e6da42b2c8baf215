/**
 * What the two renderers share: fixed number formats (the same bytes on every platform and
 * locale), the order the tables list topics in, and the labels of figures. Internal.
 */
import type { UnmatchedCode } from '../match/types.js';
import { compareIds } from './champions.js';
import type { ProgramReport, TopicFigures, TopicReport } from './types.js';

/** Topic rows shown in a table before "… and N more". */
export const TOPICS_SHOWN = 40;

/** `x` with at most `digits` decimals, trailing zeros dropped: 3, 2.5, 0.33; `–` for null. */
export function num(x: number | null, digits = 1): string {
  if (x === null || !Number.isFinite(x)) return '–';
  const fixed = x.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** `x` as a whole percentage: 61%; `–` for null. */
export function pct(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '–' : `${(100 * x).toFixed(0)}%`;
}

/** The unit of demand in words, singular or plural. */
export function unitWord(report: ProgramReport, n: number): string {
  if (report.mode === 'micro') return n === 1 ? 'request' : 'requests';
  return n === 1 ? 'mentee' : 'mentees';
}

/** A topic request in words: micro requests, classic goals. */
export function requestWord(report: ProgramReport, n: number): string {
  if (report.mode === 'micro') return n === 1 ? 'request' : 'requests';
  return n === 1 ? 'goal' : 'goals';
}

/** The note under the topic table: topics with requests not shown, and topics without requests; null when none. */
export function moreTopics(withRequests: number, without: number): string | null {
  const hidden = Math.max(0, withRequests - TOPICS_SHOWN);
  const parts = [
    ...(hidden > 0 ? [`${hidden} more topic${hidden === 1 ? '' : 's'} with requests not shown`] : []),
    ...(without > 0 ? [`${without} topic${without === 1 ? '' : 's'} without requests`] : []),
  ];
  return parts.length === 0 ? null : `${parts.join('; ')}.`;
}

/** Topics with demand, highest demand first, then by id. */
export function topicsByDemand(topics: readonly TopicReport[]): TopicReport[] {
  return topics.filter((t) => t.requests > 0).sort((a, b) => b.demand - a.demand || compareIds(a.id, b.id));
}

/** Topic areas (topics with subtopics) with demand, highest demand first, then by id. */
export function areasByDemand(topics: readonly TopicReport[]): (TopicReport & { area: TopicFigures })[] {
  return topics
    .filter((t): t is TopicReport & { area: TopicFigures } => t.area !== undefined && t.area.requests > 0)
    .sort((a, b) => b.area.demand - a.area.demand || compareIds(a.id, b.id));
}

/** The topic's display name by id (the id itself when unknown). */
export function topicNamer(report: ProgramReport): (id: string) => string {
  const names = new Map(report.topics.map((t) => [t.id, t.name]));
  return (id) => names.get(id) ?? id;
}

/** Requests by level asked, compactly: `0·1·1·0·0`. */
export function levelsText(levels: readonly number[]): string {
  return levels.map((c) => num(c)).join('·');
}

/** Each reason code in words, for an HR admin. */
export const REASON_LABELS: Readonly<Record<UnmatchedCode, string>> = {
  noExpert: 'no mentor at the level asked',
  ruledOut: 'hard rules rule out every mentor',
  sameMentee: 'only mentors already with this mentee',
  mentorsFull: 'every allowed mentor is full',
  hoursBudget: 'hours budgets used up',
  objective: 'left out by the objective',
};

/** The readiness lines, as (label, value) pairs. */
export function readinessLines(report: ProgramReport): [string, string][] {
  const r = report.readiness;
  const unit = (n: number) => unitWord(report, n);
  const lines: [string, string][] = [
    ['Mentors : mentees', r.menteesPerMentor === null ? `0 : ${r.mentees}` : `1 : ${num(r.menteesPerMentor)}`],
    [
      `Places (sum of capacities) for ${r.demand} ${unit(r.demand)}`,
      `${r.capacity} (${num(r.capacityRatio, 2)} per ${unit(1)})`,
    ],
    ['Mean capacity of a mentor', num(r.meanCapacity)],
    [
      `${report.mode === 'micro' ? 'Requests' : 'Mentees'} with no allowed mentor`,
      `${r.noCandidate} (no expert: ${r.noExpert}, ruled out: ${r.ruledOut})`,
    ],
    [
      `Expected match rate (largest matching${r.exact ? '' : ', an upper bound'})`,
      `${pct(r.expectedMatchRate)} (${r.expectedMatched} of ${r.demand})`,
    ],
  ];
  return lines;
}
