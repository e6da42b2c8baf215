/**
 * The meetings `programArbitrary` adds with `meetings: true`: a cycle of 1 to 12 weeks (a start
 * sometimes), requests that state sessions and session lengths instead of hours (or sessions beside
 * their hours), classic goals that state their meetings, micro mentors who give minutes a week
 * (beside their hours budget sometimes). Every combination is valid by construction.
 */
import fc from 'fast-check';
import type { ProgramShape } from '../model/schema.js';

/** Slots of per-mentor and per-item material drawn (more than any generated programme uses). */
const SLOTS = 30;

const slot = fc.record({
  /** 0: leave as it is; 1: sessions and minutes instead of hours; 2: sessions beside the hours. */
  how: fc.constantFrom(0, 1, 1, 2),
  sessions: fc.integer({ min: 1, max: 10 }),
  minutes: fc.constantFrom(15, 30, 45, 60, 90),
  weekly: fc.option(fc.constantFrom(0, 15, 30, 60, 120), { nil: undefined }),
});

/** The meetings' raw material. */
export const rawMeetings = fc.record({
  weeks: fc.integer({ min: 1, max: 12 }),
  start: fc.option(fc.constantFrom('2026-01-05', '2026-07-06'), { nil: undefined }),
  slots: fc.array(slot, { minLength: SLOTS, maxLength: SLOTS }),
});

/** `program` with the meetings of `raw` (see the file comment). */
export function withMeetings(
  program: ProgramShape,
  raw: typeof rawMeetings extends fc.Arbitrary<infer T> ? T : never,
): ProgramShape {
  let k = 0;
  const next = () => raw.slots[k++ % SLOTS] as (typeof raw.slots)[number];
  const mentors = program.mentors.map((m) => {
    const { weekly } = next();
    return program.mode === 'micro' && weekly !== undefined ? { ...m, weeklyMinutes: weekly } : m;
  });
  const mentees = program.mentees.map((e) => {
    if (program.mode === 'classic')
      return {
        ...e,
        goals: (e.goals ?? []).map((g) => {
          const s = next();
          return s.how === 0 ? g : { ...g, sessions: s.sessions, sessionMinutes: s.minutes };
        }),
      };
    return {
      ...e,
      requests: (e.requests ?? []).map((r) => {
        const s = next();
        if (s.how === 0) return r;
        if (s.how === 2) return { ...r, sessions: s.sessions };
        const { hours: _, ...rest } = r;
        return { ...rest, sessions: s.sessions, sessionMinutes: s.minutes };
      }),
    };
  });
  return {
    ...program,
    mentors,
    mentees,
    cycle: { ...(raw.start === undefined ? {} : { start: raw.start }), weeks: raw.weeks },
  };
}
