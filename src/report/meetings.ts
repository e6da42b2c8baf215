/**
 * The report's meetings: per topic, the sessions and hours asked against the hours budgets of the
 * mentors who supply the topic, and the sessions those budgets hold. Internal. Present when the
 * programme states meetings (a `cycle`, `sessions` or `sessionMinutes` on a request or goal,
 * `weeklyMinutes` on a mentor), so that the report of a programme stating none is as before.
 * Time O(topics × mentors + requests).
 */

import { idIndex } from '../model/idIndex.js';
import { goalMeetings, relationshipMeetings, requestSessions } from '../model/meetings.js';
import type { Program } from '../model/program.js';
import { type DemandIndex, LEVELS } from './demand.js';
import type { MeetingsReport, TopicMeetings } from './types.js';

/** Whether `program` states meetings anywhere. */
export function statesMeetings(program: Program): boolean {
  return (
    program.cycle !== undefined ||
    program.mentors.some((m) => m.weeklyMinutes !== undefined) ||
    program.mentees.some(
      (e) =>
        e.requests.some((r) => r.sessions !== undefined || r.sessionMinutes !== undefined) ||
        e.goals.some((g) => g.sessions !== undefined || g.sessionMinutes !== undefined),
    )
  );
}

/** The meetings section of the report (see {@link MeetingsReport}). */
export function meetingsReport(ix: DemandIndex): MeetingsReport {
  const { program, numMentors, level: reach, offers } = ix;
  const topicIndex = idIndex(program.topics);
  const sessions = new Float64Array(ix.numTopics);
  const hours = new Float64Array(ix.numTopics);
  let totalSessions = 0;
  let totalHours = 0;
  for (const mentee of program.mentees) {
    if (program.mode === 'micro') {
      for (const r of mentee.requests) {
        const t = topicIndex.get(r.topic) as number;
        const s = requestSessions(r);
        sessions[t] = (sessions[t] as number) + s;
        hours[t] = (hours[t] as number) + r.hours;
        totalSessions += s;
        totalHours += r.hours;
      }
    } else {
      for (const g of mentee.goals) {
        const t = topicIndex.get(g.topic) as number;
        const m = goalMeetings(g);
        sessions[t] = (sessions[t] as number) + m.sessions;
        hours[t] = (hours[t] as number) + m.hours;
      }
      const m = relationshipMeetings(mentee);
      totalSessions += m.sessions;
      totalHours += m.hours;
    }
  }
  const topics = program.topics.map((topic, t): TopicMeetings => {
    let lowest = Number.POSITIVE_INFINITY;
    for (let l = LEVELS; l >= 1; l--) if ((ix.count[t * LEVELS + l - 1] as number) > 0) lowest = l;
    // The topic's mean meeting length, in minutes (none without demand).
    const length = (sessions[t] as number) > 0 ? ((hours[t] as number) * 60) / (sessions[t] as number) : 0;
    let suppliers = 0;
    let budgetHours: number | null = 0;
    let budgetSessions: number | null = 0;
    for (let m = 0; m < numMentors; m++) {
      if (offers[t * numMentors + m] !== 1 || (reach[t * numMentors + m] as number) < lowest) continue;
      suppliers++;
      const budget = program.mentors[m]?.hoursBudget;
      if (budget === undefined || budgetHours === null) {
        budgetHours = null;
        budgetSessions = null;
        continue;
      }
      budgetHours += budget;
      // The small slack keeps a budget of exactly k meetings, in floating point, at k.
      if (budgetSessions !== null && length > 0) budgetSessions += Math.floor((budget * 60) / length + 1e-9);
    }
    return {
      topic: topic.id,
      sessions: sessions[t] as number,
      hours: hours[t] as number,
      suppliers,
      budgetHours,
      budgetSessions: length > 0 ? budgetSessions : null,
    };
  });
  let budgetHours: number | null = 0;
  for (const m of program.mentors)
    budgetHours = m.hoursBudget === undefined || budgetHours === null ? null : budgetHours + m.hoursBudget;
  return {
    ...(program.cycle === undefined ? {} : { cycle: program.cycle }),
    sessions: totalSessions,
    hours: totalHours,
    budgetHours,
    topics,
  };
}
