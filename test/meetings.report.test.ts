/**
 * The report's meetings (`programReport(...).meetings`): per topic, the sessions and hours asked,
 * the suppliers, their hours budgets and the sessions those hold, against a direct count on 60
 * drawn programmes stating meetings; classic totals; the Markdown and HTML sections in English and
 * Italian; and no section for a programme stating no meetings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgram, programReport, reportToHtml, reportToMarkdown } from '../src/index.js';
import { it as italian } from '../src/locales/it.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { MEETINGS_BASE, meetingsArbitrary } from './helpers/meetings.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

console.info(`fast-check seed for the meetings tests: ${FC_SEED} (+ case number)`);

const base = MEETINGS_BASE;

describe('the report: sessions and hours per topic', () => {
  const inputs = Array.from({ length: 60 }, (_, k) => {
    const input = fc.sample(meetingsArbitrary, { seed: FC_SEED + 500 + k, numRuns: 1 })[0] as ProgramJson;
    // With levelRequired, a mentor supplies a request when they offer its topic at their own level.
    return { ...input, rules: { ...(input.rules ?? {}), levelRequired: true } } as ProgramJson;
  });

  it('each topic: sessions and hours asked, suppliers, budgets in hours and sessions, counted directly (60 programmes)', () => {
    for (const input of inputs) {
      const report = programReport(input);
      const weeks = (input as { cycle: { weeks: number } }).cycle.weeks;
      const meetings = report.meetings;
      expect(meetings).toBeDefined();
      const requests = input.mentees.flatMap(
        (e) => (e.requests ?? []) as { topic: string; level: number; sessions: number; sessionMinutes: number }[],
      );
      const program = parseProgram(input);
      const budgetOf = (k: number) => {
        const m = input.mentors[k] as { weeklyMinutes: number; hoursBudget?: number };
        return Math.min(m.hoursBudget ?? Number.POSITIVE_INFINITY, (m.weeklyMinutes * weeks) / 60);
      };
      input.topics.forEach((topic, t) => {
        const on = requests.filter((r) => r.topic === topic.id);
        const sessions = on.reduce((s, r) => s + r.sessions, 0);
        const minutes = on.reduce((s, r) => s + r.sessions * r.sessionMinutes, 0);
        const lowest = Math.min(...on.map((r) => r.level));
        const suppliers = input.mentors
          .map((m, k) => ({ m, k }))
          .filter(({ m, k }) => {
            const own = m.skills.find((s) => s.topic === topic.id)?.level ?? 0;
            return program.mentors[k]?.offers.includes(topic.id) === true && own >= lowest;
          });
        const length = sessions > 0 ? minutes / sessions : 0;
        const got = meetings?.topics[t];
        expect(got?.topic).toBe(topic.id);
        expect(got?.sessions).toBe(sessions);
        expect(got?.hours).toBeCloseTo(minutes / 60, 9);
        expect(got?.suppliers).toBe(suppliers.length);
        expect(got?.suppliers).toBe(report.topics[t]?.suppliers);
        expect(got?.budgetHours).toBeCloseTo(
          suppliers.reduce((s, { k }) => s + budgetOf(k), 0),
          9,
        );
        const held = suppliers.reduce((s, { k }) => s + Math.floor((budgetOf(k) * 60) / length + 1e-9), 0);
        expect(got?.budgetSessions).toBe(sessions > 0 ? held : null);
      });
      expect(meetings?.sessions).toBe(requests.reduce((s, r) => s + r.sessions, 0));
      expect(meetings?.budgetHours).toBeCloseTo(
        input.mentors.reduce((s, _, k) => s + budgetOf(k), 0),
        9,
      );
    }
  });

  it('classic: goals count their own meetings per topic, a mentee its most demanding goal once in the totals', () => {
    const report = programReport({
      mode: 'classic',
      topics: [{ id: 't' }, { id: 'u' }],
      cycle: { start: '2026-03-02', weeks: 12 },
      mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }] }],
      mentees: [
        { id: 'bo', goals: [{ topic: 't', sessions: 10, sessionMinutes: 45 }, { topic: 'u' }] },
        { id: 'cy', goals: [] },
      ],
    });
    expect(report.meetings?.topics).toEqual([
      { topic: 't', sessions: 10, hours: 7.5, suppliers: 1, budgetHours: null, budgetSessions: null },
      { topic: 'u', sessions: 8, hours: 8, suppliers: 0, budgetHours: 0, budgetSessions: 0 },
    ]);
    // bo: the goal on u asks 8 h (8 × 60 min), more than 7.5 h; cy, without goals: the defaults.
    expect(report.meetings).toMatchObject({ cycle: { start: '2026-03-02', weeks: 12 }, sessions: 16, hours: 16 });
    expect(report.meetings?.budgetHours).toBeNull();
  });

  it('rendered in Markdown and HTML, in English and Italian; absent from a programme stating no meetings', () => {
    const input = {
      ...base,
      cycle: { start: '2026-03-02', weeks: 4 },
      mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }], weeklyMinutes: 90 }],
      mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3, sessions: 3, sessionMinutes: 45 }] }],
    };
    const markdown = reportToMarkdown(programReport(input));
    expect(markdown).toContain('## Meetings: demand and supply in sessions and hours');
    expect(markdown).toContain('Cycle: 4 weeks, from 2026-03-02. Asked: 3 sessions (2.3 h)');
    // ana's 6 h hold 8 meetings of 45 minutes.
    expect(markdown).toMatch(/\| t +\| +3 \| +2\.3 \| +1 \| +6 \| +8 \|/);
    const italianMarkdown = reportToMarkdown(programReport(input, undefined, { locale: italian }), { locale: italian });
    expect(italianMarkdown).toContain('Incontri: domanda e offerta in incontri e ore');
    expect(reportToHtml(programReport(input))).toContain('Meetings: demand and supply in sessions and hours');
    const plain = programReport(base);
    expect(plain).not.toHaveProperty('meetings');
    expect(reportToMarkdown(plain)).not.toContain('Meetings');
  });
});
