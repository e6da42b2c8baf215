/**
 * The matching's section of a report's document (see `document.ts`): the figures, the score and
 * load histograms, the unmatched by reason and the match rate per topic, lowest first. Internal.
 */
import { compareIds } from '../model/compareIds.js';
import type { Figures, Say, Section } from './format.js';
import { UNMATCHED_CODES } from './matching.js';
import type { MatchingReport } from './types.js';

/** Rows in the match-rate table. */
const RATES_SHOWN = 20;

/** The section of matching `m`; `expected` is the match rate expected before matching. */
export function matchingSection(
  m: MatchingReport,
  expected: number | null,
  name: (id: string) => string,
  say: Say,
  { num, pct, fixed }: Figures,
): Section {
  const s = m.scores;
  const l = m.load;
  const heads = (code: string) => say(code).split('|');
  const reasons = UNMATCHED_CODES.filter((c) => m.unmatched[c] > 0).map((c) => [
    say(`reason.${c}`),
    c,
    num(m.unmatched[c]),
  ]);
  const rates = [...m.topics].sort(
    (a, b) => a.matchRate - b.matchRate || b.demand - a.demand || compareIds(a.topic, b.topic),
  );
  const hidden = rates.length - RATES_SHOWN;
  const scoreRow = [s.count, s.mean, s.min, s.q1, s.median, s.q3, s.max].map((x, k) => num(x, k === 0 ? 0 : 2));
  return {
    title: say('matching'),
    blocks: [
      {
        kind: 'text',
        text:
          say('matchingText', {
            objective: m.objective,
            matched: m.matched,
            units: say('units', { n: m.demand }),
            rate: pct(m.matchRate),
            expected: pct(expected),
          }) + (m.blockingPairs === null ? '' : say('blocking', { n: m.blockingPairs })),
      },
    ],
    parts: [
      {
        title: say('scores'),
        blocks: [
          {
            kind: 'columns',
            title: say('pairs'),
            labels: s.histogram.map((_, k) => fixed(k / 10, 1)),
            counts: s.histogram,
            axis: say('scoreFrom'),
          },
          { kind: 'table', head: heads('scoreHead'), rows: [scoreRow] },
        ],
      },
      {
        title: say('load'),
        blocks: [
          {
            kind: 'columns',
            title: say('mentors'),
            labels: l.byLoad.map((_, k) => String(k)),
            counts: l.byLoad,
            axis: say('pairs'),
          },
          {
            kind: 'text',
            text: say('loadText', { used: pct(l.utilisation), mean: num(l.meanLoad, 2), idle: l.idle, full: l.full }),
            note: true,
          },
        ],
      },
      {
        title: say('unmatched'),
        blocks: [
          reasons.length > 0
            ? { kind: 'table', head: heads('reasonHead'), rows: reasons, text: [1] }
            : { kind: 'text', text: say('allMatched') },
        ],
      },
      {
        title: say('rates'),
        blocks: [
          {
            kind: 'table',
            head: heads('rateHead'),
            rows: rates
              .slice(0, RATES_SHOWN)
              .map((t) => [name(t.topic), num(t.demand), num(t.matched), { share: t.matchRate }]),
          },
          ...(hidden > 0 ? [{ kind: 'text', text: say('notShown', { n: hidden }), note: true } as const] : []),
        ],
      },
      ...(m.quotas.length === 0
        ? []
        : [
            {
              title: say('quotas'),
              blocks: [
                {
                  kind: 'table',
                  head: heads('quotaHead'),
                  rows: m.quotas.map((q) => [
                    q.quota,
                    q.kind,
                    q.share === null ? num(q.count) : `${num(q.count)} (${pct(q.share)})`,
                    q.minShare !== null ? pct(q.minShare) : q.min === null ? '–' : num(q.min),
                    q.maxShare !== null ? pct(q.maxShare) : q.max === null ? '–' : num(q.max),
                    say('atBound', { at: String(q.atBound) }),
                  ]),
                  text: [0, 1],
                } as const,
              ],
            },
          ]),
    ],
  };
}
