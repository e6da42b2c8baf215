/**
 * A parsed programme in index space: ids become dense indices, profiles become flat typed arrays,
 * so that scoring loops over numbers only. Internal: built by `scoreProgram`, never exported. The
 * mentors' levels per topic come from `indexTopics.ts` (taxonomy credit, topic-major), the
 * profiles and reporting lines from `indexPeople.ts`.
 */
import { compareIds } from './compareIds.js';
import { idIndex } from './idIndex.js';
import { indexPeople, type PeopleIndex } from './indexPeople.js';
import { indexTopics, type TopicLevels } from './indexTopics.js';
import type { Program } from './program.js';

/** One unit of demand: a mentee (classic) or one topic request of a mentee (micro). */
export interface DemandRow {
  /** The mentee's id. */
  readonly menteeId: string;
  /** The mentee's position in `program.mentees`. */
  readonly mentee: number;
  /** Micro mode: the requested topic's id. */
  readonly topic?: string;
  /** Micro mode: the request's position in the mentee's `requests`. */
  readonly request?: number;
  /** Micro mode: the level asked. */
  readonly level?: number;
  /** Micro mode: the request's priority; classic: 1. */
  readonly priority: number;
  /** Micro mode: the request's expected hours; classic: 0. */
  readonly hours: number;
}

/**
 * The programme in index space: the topic × mentor arrays ({@link TopicLevels}, topic-major), the
 * people's profiles ({@link PeopleIndex}) and the demand rows.
 */
export interface IndexedProgram extends TopicLevels, PeopleIndex {
  readonly program: Program;
  /** Number of topics and of mentors. */
  readonly numTopics: number;
  readonly numMentors: number;
  readonly topicIndex: ReadonlyMap<string, number>;
  readonly mentorIndex: ReadonlyMap<string, number>;
  /** The demand rows. */
  readonly rows: readonly DemandRow[];
  /** Per row: the topics it is about (one request, or the mentee's goals)... */
  readonly rowTopics: readonly Int32Array[];
  /** ...and their weights, summing to 1 (empty for a classic mentee without goals). */
  readonly rowWeights: readonly Float64Array[];
}

/**
 * Builds the index-space view of a parsed programme, in steps: it yields `''` (a check point, as
 * `parseSteps` does) every 256 mentees and before the people's profiles.
 */
export function* indexProgram(program: Program): Generator<string, IndexedProgram, void> {
  const { topics, mentors, mentees } = program;
  const numTopics = topics.length;
  const numMentors = mentors.length;
  const topicIndex = idIndex(topics);
  const mentorIndex = idIndex(mentors);

  const rows: DemandRow[] = [];
  const rowTopics: Int32Array[] = [];
  const rowWeights: Float64Array[] = [];
  const demand = (mentee: Program['mentees'][number], e: number) => {
    if (program.mode === 'micro') {
      mentee.requests.forEach((r, q) => {
        rows.push({
          menteeId: mentee.id,
          mentee: e,
          topic: r.topic,
          request: q,
          level: r.level,
          priority: r.priority,
          hours: r.hours,
        });
        rowTopics.push(Int32Array.of(topicIndex.get(r.topic) as number));
        rowWeights.push(Float64Array.of(1));
      });
    } else {
      rows.push({ menteeId: mentee.id, mentee: e, priority: 1, hours: 0 });
      // In topic order, so that the sums (and the scores, to the last bit) do not depend on the
      // order the goals are listed in.
      const goals = [...mentee.goals].sort((a, b) => compareIds(a.topic, b.topic));
      // Scaled by the largest weight first, so that huge weights cannot overflow the sum.
      const largest = goals.reduce((x, g) => Math.max(x, g.weight), 0);
      const sum = goals.reduce((s, g) => s + g.weight / largest, 0);
      rowTopics.push(Int32Array.from(goals, (g) => topicIndex.get(g.topic) as number));
      rowWeights.push(Float64Array.from(goals, (g) => g.weight / largest / sum));
    }
  };
  for (let e = 0; e < mentees.length; e++) {
    if ((e & 255) === 255) yield '';
    demand(mentees[e] as Program['mentees'][number], e);
  }
  const levels = indexTopics(program, topicIndex);
  yield '';
  return {
    program,
    numTopics,
    numMentors,
    topicIndex,
    mentorIndex,
    ...levels,
    rows,
    rowTopics,
    rowWeights,
    ...indexPeople(program, mentorIndex),
  };
}
