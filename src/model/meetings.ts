/**
 * Meetings: how a request's or goal's sessions and minutes become hours, and a mentor's minutes a
 * week an hours budget for the cycle. The solvers only ever see hours (`Request.hours`,
 * `Mentor.hoursBudget`), so a programme that states no meetings means what it always meant.
 *
 * Rules (docs/programme-format.md, "Meetings"):
 * - a request's hours are its `hours`, else `sessions × sessionMinutes / 60` (defaults 2 and 60);
 *   `hours` given with `sessionMinutes` must equal `sessions × sessionMinutes / 60`, `sessions`
 *   defaulting to 2 (`meetings_mismatch` otherwise); `hours` with `sessions` alone sets the length;
 * - a classic goal's meetings are `sessions × sessionMinutes` (defaults 8 and 60); a mentee's
 *   relationship takes the meetings of its goal asking the most hours (ties: the most sessions),
 *   the defaults without goals;
 * - a mentor's `weeklyMinutes` gives a budget of `weeklyMinutes × cycle.weeks / 60` hours (micro
 *   mode, `cycle` required); with `hoursBudget` too, the smaller holds.
 */
import { DEFAULT_SESSION_MINUTES, DEFAULT_SESSIONS } from './defaults.js';
import type { Report } from './issues.js';
import type { Cycle, Goal, Mentee, Mentor, Request } from './program.js';
import type { ProgramShape } from './schema.js';

type RequestShape = NonNullable<ProgramShape['mentees'][number]['requests']>[number];
type MentorShape = ProgramShape['mentors'][number];

/** The hours of `sessions` meetings of `minutes` each (one expression, so equal inputs give equal bits). */
export function meetingHours(sessions: number, minutes: number): number {
  return (sessions * minutes) / 60;
}

/** Collects the meetings' issues for `checkProgram`. */
export function checkMeetings(input: ProgramShape, report: Report): void {
  const start = input.cycle?.start;
  if (start !== undefined && input.startDate !== undefined && start !== input.startDate)
    report(['cycle', 'start'], 'cycle_start_mismatch', { start, startDate: input.startDate });
  input.mentors.forEach((m, k) => {
    if (m.weeklyMinutes === undefined) return;
    if (input.mode === 'classic') report(['mentors', k, 'weeklyMinutes'], 'wrong_mode', { what: 'weeklyMinutes' });
    else if (input.cycle === undefined) report(['mentors', k, 'weeklyMinutes'], 'cycle_required', {});
  });
  input.mentees.forEach((e, k) => {
    (e.requests ?? []).forEach((r, q) => {
      // Only numbers: an input that failed the schema is checked here too, its bad values reported there.
      if (typeof r.hours !== 'number' || typeof r.sessionMinutes !== 'number') return;
      if (r.sessions !== undefined && typeof r.sessions !== 'number') return;
      const sessions = r.sessions ?? DEFAULT_SESSIONS.micro;
      const derived = meetingHours(sessions, r.sessionMinutes);
      if (r.hours !== derived)
        report(['mentees', k, 'requests', q, 'hours'], 'meetings_mismatch', {
          hours: r.hours,
          sessions,
          sessionMinutes: r.sessionMinutes,
          derived,
        });
    });
  });
}

/** A checked request's hours and stated meetings, normalised (a request stating none keeps only `hours`). */
export function requestMeetings(r: RequestShape): Pick<Request, 'hours' | 'sessions' | 'sessionMinutes'> {
  if (r.sessions === undefined && r.sessionMinutes === undefined)
    return { hours: r.hours ?? meetingHours(DEFAULT_SESSIONS.micro, DEFAULT_SESSION_MINUTES) };
  const sessions = r.sessions ?? DEFAULT_SESSIONS.micro;
  if (r.hours !== undefined && r.sessionMinutes === undefined) return { hours: r.hours, sessions };
  const minutes = r.sessionMinutes ?? DEFAULT_SESSION_MINUTES;
  return { hours: r.hours ?? meetingHours(sessions, minutes), sessions, sessionMinutes: minutes };
}

/** A checked mentor's budget: the smaller of `hoursBudget` and `weeklyMinutes × weeks / 60`. */
export function mentorBudget(
  m: MentorShape,
  cycle: Cycle | undefined,
): { hoursBudget?: number; weeklyMinutes?: number } {
  if (m.weeklyMinutes === undefined || cycle === undefined)
    return m.hoursBudget === undefined ? {} : { hoursBudget: m.hoursBudget };
  const weekly = (m.weeklyMinutes * cycle.weeks) / 60;
  return {
    hoursBudget: m.hoursBudget === undefined ? weekly : Math.min(m.hoursBudget, weekly),
    weeklyMinutes: m.weeklyMinutes,
  };
}

/** A request's number of meetings: the one stated, else the micro default (2). */
export function requestSessions(r: Request): number {
  return r.sessions ?? DEFAULT_SESSIONS.micro;
}

/** A classic goal's meetings over the cycle, defaults filled in. */
export function goalMeetings(g: Goal): { readonly sessions: number; readonly hours: number } {
  const sessions = g.sessions ?? DEFAULT_SESSIONS.classic;
  return { sessions, hours: meetingHours(sessions, g.sessionMinutes ?? DEFAULT_SESSION_MINUTES) };
}

/**
 * A classic mentee's relationship: the meetings of its goal asking the most hours (ties: the most
 * sessions; the first listed among equals), the defaults without goals.
 */
export function relationshipMeetings(mentee: Mentee): { readonly sessions: number; readonly hours: number } {
  let best = goalMeetings({ topic: '', weight: 1 });
  let first = true;
  for (const goal of mentee.goals) {
    const m = goalMeetings(goal);
    if (first || m.hours > best.hours || (m.hours === best.hours && m.sessions > best.sessions)) best = m;
    first = false;
  }
  return best;
}

/**
 * Each mentor's hours budget, `Infinity` where there is none: the hours left before any pair is
 * made (`[4, Infinity]` for a mentor with `hoursBudget: 4` and one without). Internal.
 */
export function hoursBudgets(mentors: readonly Mentor[]): Float64Array {
  return Float64Array.from(mentors, (m) => m.hoursBudget ?? Number.POSITIVE_INFINITY);
}
