/**
 * The matching's section of a report's document (see `document.ts`): the figures, the score and
 * load histograms, the unmatched by reason and the match rate per topic, lowest first. Internal.
 */
import type { UnmatchedCode } from '../match/types.js';
import { compareIds } from '../model/compareIds.js';
import { count, num, pct, type Section } from './format.js';
import { UNMATCHED_CODES } from './matching.js';
import type { MatchingReport } from './types.js';

/** Rows in the match-rate table. */
const RATES_SHOWN = 20;

/** Each reason code in words, for an HR admin. */
const REASONS: Readonly<Record<UnmatchedCode, string>> = {
  noExpert: 'no mentor at the level asked',
  ruledOut: 'hard rules rule out every mentor',
  sameMentee: 'only mentors already with this mentee',
  mentorsFull: 'every allowed mentor is full',
  hoursBudget: 'hours budgets used up',
  objective: 'left out by the objective',
};

/** The section of matching `m`; `expected` is the match rate expected before matching. */
export function matchingSection(
  m: MatchingReport,
  expected: number | null,
  unit: string,
  name: (id: string) => string,
): Section {
  const s = m.scores;
  const l = m.load;
  const reasons = UNMATCHED_CODES.filter((c) => m.unmatched[c] > 0).map((c) => [REASONS[c], c, num(m.unmatched[c])]);
  const rates = [...m.topics].sort(
    (a, b) => a.matchRate - b.matchRate || b.demand - a.demand || compareIds(a.topic, b.topic),
  );
  const hidden = rates.length - RATES_SHOWN;
  const scoreRow = [s.count, s.mean, s.min, s.q1, s.median, s.q3, s.max].map((x, k) => num(x, k === 0 ? 0 : 2));
  return {
    title: 'Matching',
    blocks: [
      {
        kind: 'text',
        text:
          `Objective ${m.objective}: ${m.matched} of ${count(m.demand, unit)} matched (${pct(m.matchRate)}); expected before matching: ${pct(expected)}.` +
          (m.blockingPairs === null
            ? ''
            : ` Blocking pairs (a mentee and a mentor who would both rather be paired together): ${m.blockingPairs}.`),
      },
    ],
    parts: [
      {
        title: 'Scores',
        blocks: [
          {
            kind: 'columns',
            title: 'Pairs',
            labels: s.histogram.map((_, k) => (k / 10).toFixed(1)),
            counts: s.histogram,
            axis: 'Score from',
          },
          { kind: 'table', head: ['Pairs', 'Mean', 'Min', 'Q1', 'Median', 'Q3', 'Max'], rows: [scoreRow] },
        ],
      },
      {
        title: 'Mentor load',
        blocks: [
          {
            kind: 'columns',
            title: 'Mentors',
            labels: l.byLoad.map((_, k) => String(k)),
            counts: l.byLoad,
            axis: 'Pairs',
          },
          {
            kind: 'text',
            text: `Places used: ${pct(l.utilisation)}; ${num(l.meanLoad, 2)} pairs per mentor on average; ${l.idle} idle, ${l.full} full.`,
            note: true,
          },
        ],
      },
      {
        title: 'Unmatched, by reason',
        blocks: [
          reasons.length > 0
            ? { kind: 'table', head: ['Reason', 'Code', 'Count'], rows: reasons, text: [1] }
            : { kind: 'text', text: 'Everyone is matched.' },
        ],
      },
      {
        title: 'Match rate per topic, lowest first',
        blocks: [
          {
            kind: 'table',
            head: ['Topic', 'Demand', 'Matched', 'Rate'],
            rows: rates
              .slice(0, RATES_SHOWN)
              .map((t) => [name(t.topic), num(t.demand), num(t.matched), { share: t.matchRate }]),
          },
          ...(hidden > 0
            ? [{ kind: 'text', text: `${count(hidden, 'more topic')} not shown.`, note: true } as const]
            : []),
        ],
      },
    ],
  };
}
