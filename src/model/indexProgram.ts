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
  /**
   * Per row `r`: the topics it is about (one request, or the mentee's goals), entries
   * `rowTopicStart[r]` to `rowTopicStart[r + 1] - 1` of `rowTopic`, and their weights there in
   * `rowWeight`, summing to 1 (none for a classic mentee without goals). Flat: an array per row
   * would be 200,000 small arrays, each with its buffer, at 100,000 rows, which every collection
   * of the heap walks.
   */
  readonly rowTopicStart: Int32Array;
  readonly rowTopic: Int32Array;
  readonly rowWeight: Float64Array;
}

/** How many topics row `r` of `ix` is about. */
export function rowTopics(ix: IndexedProgram, r: number): number {
  return (ix.rowTopicStart[r + 1] as number) - (ix.rowTopicStart[r] as number);
}

/** The first topic row `r` of `ix` is about (a micro request's own), or -1 when it has none. */
export function firstTopic(ix: IndexedProgram, r: number): number {
  return rowTopics(ix, r) > 0 ? (ix.rowTopic[ix.rowTopicStart[r] as number] as number) : -1;
}

/**
 * Builds the index-space view of a parsed programme, in steps: it yields `''` (a check point, as
 * `parseSteps` does) every 256 mentees and before the people's profiles. `levels`: the programme's
 * topic arrays, when already built (by `indexTopics`: a helper thread reads the calling thread's).
 */
export function* indexProgram(program: Program, levels?: TopicLevels): Generator<string, IndexedProgram, void> {
  const { topics, mentors, mentees } = program;
  const numTopics = topics.length;
  const numMentors = mentors.length;
  const topicIndex = idIndex(topics);
  const mentorIndex = idIndex(mentors);

  const rows: DemandRow[] = [];
  // The rows' topics and weights, in room for the most there can be (a micro request has one).
  let room = 0;
  for (const mentee of mentees) room += program.mode === 'micro' ? mentee.requests.length : mentee.goals.length;
  const rowTopicStart: number[] = [0];
  const rowTopic = new Int32Array(room);
  const rowWeight = new Float64Array(room);
  let n = 0;
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
        rowTopic[n] = topicIndex.get(r.topic) as number;
        rowWeight[n++] = 1;
        rowTopicStart.push(n);
      });
    } else {
      rows.push({ menteeId: mentee.id, mentee: e, priority: 1, hours: 0 });
      // In topic order, so that the sums (and the scores, to the last bit) do not depend on the
      // order the goals are listed in.
      const goals = [...mentee.goals].sort((a, b) => compareIds(a.topic, b.topic));
      // Scaled by the largest weight first, so that huge weights cannot overflow the sum.
      const largest = goals.reduce((x, g) => Math.max(x, g.weight), 0);
      const sum = goals.reduce((s, g) => s + g.weight / largest, 0);
      for (const g of goals) {
        rowTopic[n] = topicIndex.get(g.topic) as number;
        rowWeight[n++] = g.weight / largest / sum;
      }
      rowTopicStart.push(n);
    }
  };
  for (let e = 0; e < mentees.length; e++) {
    if ((e & 255) === 255) yield '';
    demand(mentees[e] as Program['mentees'][number], e);
  }
  const { direct, effective, willing, levelCode, codeEffective, codeWilling } =
    levels ?? indexTopics(program, topicIndex);
  yield '';
  return {
    program,
    numTopics,
    numMentors,
    topicIndex,
    mentorIndex,
    direct,
    effective,
    willing,
    levelCode,
    codeEffective,
    codeWilling,
    rows,
    rowTopicStart: Int32Array.from(rowTopicStart),
    rowTopic,
    rowWeight,
    ...indexPeople(program, mentorIndex),
  };
}
