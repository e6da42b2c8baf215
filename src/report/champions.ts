/**
 * Champions: the mentors who cover the most demand that few others can take. Every request's
 * demand is shared evenly between the mentors who supply it (able for it and willing on its
 * topic); a mentor's share is what falls to them, summed over the requests they supply. Internal.
 * Time O(topics × mentors × levels + mentors log mentors).
 */
import { compareIds } from '../model/compareIds.js';
import { type DemandIndex, LEVELS } from './demand.js';
import type { Champion, ChampionTopic } from './types.js';

/** Topics listed per champion. */
const TOPICS_SHOWN = 3;

/** The `limit` mentors with the largest share, largest first, ties by id; mentors who supply nothing left out. */
export function champions(ix: DemandIndex, limit: number): Champion[] {
  const { numTopics, numMentors, level: reach, offers, program } = ix;
  const out: Champion[] = [];
  for (let m = 0; m < numMentors; m++) {
    const mentor = program.mentors[m];
    if (mentor === undefined) continue;
    let share = 0;
    let requests = 0;
    let sole = 0;
    const topics: ChampionTopic[] = [];
    for (let t = 0; t < numTopics; t++) {
      if (offers[t * numMentors + m] === 0) continue;
      const level = reach[t * numMentors + m] as number;
      let part = 0;
      let count = 0;
      for (let l = 1; l <= level && l <= LEVELS; l++) {
        const at = t * LEVELS + l - 1;
        const n = ix.count[at] as number;
        if (n === 0) continue;
        // The mentor is one of the suppliers, so there is at least one.
        part += (ix.weight[at] as number) / (ix.suppliers[at] as number);
        count += n;
        if (ix.suppliers[at] === 1) sole += n;
      }
      if (count === 0) continue;
      share += part;
      requests += count;
      topics.push({ topic: program.topics[t]?.id as string, share: part, requests: count });
    }
    if (requests === 0) continue;
    topics.sort((a, b) => b.share - a.share || compareIds(a.topic, b.topic));
    out.push({
      mentor: mentor.id,
      name: mentor.name,
      capacity: mentor.capacity,
      share,
      requests,
      sole,
      topics: topics.slice(0, TOPICS_SHOWN),
    });
  }
  out.sort((a, b) => b.share - a.share || compareIds(a.mentor, b.mentor));
  return out.slice(0, limit);
}
