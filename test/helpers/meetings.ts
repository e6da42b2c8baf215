/**
 * Programmes stating meetings, for the meetings tests: a small micro programme (the budgets
 * contract's generator) whose requests state sessions and session lengths, whose mentors state
 * weekly minutes (sometimes an hours budget too) under a cycle of 1 to 6 weeks, with locks drawn
 * where they fit; and the same programme with its meetings written as the hours they come to.
 */
import fc from 'fast-check';
import { matchProgramArbitrary, SMALL_BUDGETED, withLocks } from './matchProgramArbitrary.js';
import type { ProgramJson } from './programArbitrary.js';

/** A micro programme of two topics: one mentor (level 4 on `t`), one mentee asking `t` at level 3. */
export const MEETINGS_BASE = {
  mode: 'micro' as const,
  topics: [{ id: 't' }, { id: 'u' }],
  mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }] }],
  mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3 }] }],
};

/** A small micro programme whose requests state meetings and whose mentors state weekly minutes. */
export const meetingsArbitrary = fc
  .tuple(
    matchProgramArbitrary(SMALL_BUDGETED),
    fc.integer({ min: 1, max: 6 }),
    fc.array(fc.record({ s: fc.integer({ min: 1, max: 3 }), m: fc.constantFrom(20, 30, 45, 60, 90) }), {
      minLength: 40,
      maxLength: 40,
    }),
    fc.array(
      fc.record({
        weekly: fc.constantFrom(0, 10, 15, 20, 30, 45, 60),
        budget: fc.option(fc.constantFrom(1, 2, 3, 5), { nil: undefined }),
      }),
      { minLength: 10, maxLength: 10 },
    ),
    fc.array(fc.record({ row: fc.nat(), mentor: fc.nat() }), { maxLength: 2 }),
  )
  .map(([drawn, weeks, meetings, mentors, locks]) => {
    let slot = 0;
    const { lockedPairs: _, ...rules } = drawn.rules ?? {};
    const input = { ...drawn, rules };
    // The locks drawn again, where they fit the budgets the weekly minutes give.
    return withLocks(
      {
        ...input,
        cycle: { weeks },
        mentors: input.mentors.map((m, k) => {
          const { hoursBudget: _, ...rest } = m;
          const draw = mentors[k % mentors.length] as { weekly: number; budget?: number };
          return {
            ...rest,
            weeklyMinutes: draw.weekly,
            ...(draw.budget === undefined ? {} : { hoursBudget: draw.budget }),
          };
        }),
        mentees: input.mentees.map((e) => ({
          ...e,
          requests: (e.requests ?? []).map((q) => {
            const { hours: _, ...rest } = q;
            const draw = meetings[slot++ % meetings.length] as { s: number; m: number };
            return { ...rest, sessions: draw.s, sessionMinutes: draw.m };
          }),
        })),
      } as ProgramJson,
      locks,
    );
  });

/**
 * `input` with its meetings written as the hours and budgets they come to (formulas of the format:
 * a request's `hours`, else `sessions × sessionMinutes / 60`; a mentor's smaller of `hoursBudget`
 * and `weeklyMinutes × weeks / 60`), and without its cycle (whose start matters only to time zone
 * names and the history, which these programmes do not have).
 */
export function inHours(input: ProgramJson): ProgramJson {
  const weeks = (input as { cycle?: { weeks: number } }).cycle?.weeks ?? 0;
  const { cycle: _, ...rest } = input as ProgramJson & { cycle?: unknown };
  return {
    ...rest,
    mentors: input.mentors.map((m) => {
      const { weeklyMinutes, hoursBudget, ...own } = m as typeof m & { weeklyMinutes?: number };
      const fromWeeks = weeklyMinutes === undefined ? undefined : (weeklyMinutes * weeks) / 60;
      const budget = fromWeeks === undefined ? hoursBudget : Math.min(hoursBudget ?? fromWeeks, fromWeeks);
      return { ...own, ...(budget === undefined ? {} : { hoursBudget: budget }) };
    }),
    mentees: input.mentees.map((e) => ({
      ...e,
      requests: (e.requests ?? []).map((q) => {
        const { sessions, sessionMinutes, ...own } = q as typeof q & { sessions?: number; sessionMinutes?: number };
        return { ...own, hours: own.hours ?? ((sessions ?? 2) * (sessionMinutes ?? 60)) / 60 };
      }),
    })),
  };
}
