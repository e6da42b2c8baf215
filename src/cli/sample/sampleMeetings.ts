/**
 * The meetings layer of `sampleProgram` (`meetings: true`): a cycle, requests and goals that state
 * their sessions and session length, every micro mentor giving minutes a week. Drawn from a
 * generator of its own, after the programme, so that a sample without meetings is the same file as
 * before, and one with meetings differs from it only where meetings are stated. The locked pair
 * keeps its request's hours, and its mentor its budget and enough minutes a week for them, so that
 * it still fits.
 */
import type { ProgramShape } from '../../model/schema.js';
import { draw } from './random.js';

/** The cycle of a sample with meetings: a spring cycle (micro), a half-year cohort (classic). */
const WEEKS = { micro: 6, classic: 26 } as const;
/** The cycle's first day: a Monday, which also fixes the date time zone names resolve on. */
const START = '2026-03-02';
/** Mixed into the seed, so that the meetings draw apart from the programme's own draws. */
const SALT = 0x6d656574;

/**
 * `program` with meetings stated (see the file comment), over a cycle of `weeks` (default 6 in
 * micro, 26 in classic); `program` is not modified.
 */
export function withMeetings(program: ProgramShape, seed: number, weeks?: number): ProgramShape {
  const d = draw((seed ^ SALT) >>> 0);
  const locked = program.rules?.lockedPairs?.[0];
  const cycleWeeks = weeks ?? WEEKS[program.mode];
  // The locked request's hours (it keeps them), which its mentor's weekly minutes must cover.
  const lockedHours =
    program.mentees.find((e) => e.id === locked?.mentee)?.requests?.find((r) => r.topic === locked?.topic)?.hours ?? 2;
  const mentors = program.mentors.map((m) => {
    if (program.mode !== 'micro') return m;
    const { hoursBudget, ...rest } = m;
    // Most give minutes a week alone; a few keep a cap on the whole cycle as well. The locked
    // pair's mentor keeps its budget, and gives enough minutes a week for the locked request.
    const drawn = d.pick([30, 45, 60, 60, 90, 120]);
    if (m.id === locked?.mentor)
      return { ...m, weeklyMinutes: Math.max(drawn, Math.ceil((lockedHours * 60) / cycleWeeks)) };
    const keep = hoursBudget !== undefined && d.chance(0.25);
    return { ...rest, ...(keep ? { hoursBudget } : {}), weeklyMinutes: drawn };
  });
  const mentees = program.mentees.map((e) => {
    if (program.mode === 'micro') {
      const requests = (e.requests ?? []).map((r) => {
        if ((e.id === locked?.mentee && r.topic === locked.topic) || !d.chance(0.7)) return r;
        const { hours: _, ...rest } = r;
        return { ...rest, sessions: d.pick([1, 2, 2, 3]), sessionMinutes: d.pick([30, 45, 60, 60, 90]) };
      });
      return { ...e, requests };
    }
    const goals = (e.goals ?? []).map((g) =>
      d.chance(0.6) ? { ...g, sessions: d.pick([6, 8, 8, 10, 12]), sessionMinutes: d.pick([45, 60, 60, 90]) } : g,
    );
    return { ...e, goals };
  });
  const { rules, ...rest } = program;
  return {
    ...rest,
    cycle: { start: START, weeks: cycleWeeks },
    mentors,
    mentees,
    ...(rules === undefined ? {} : { rules }),
  };
}
