/**
 * Mentors' levels and offers per topic, in index space, topic-major: the values of topic `t` for
 * every mentor lie side by side at `t * numMentors + m`, so that scoring one demand row reads one
 * contiguous strip per topic asked. Internal.
 *
 * Taxonomy credit: a mentor's effective level on topic `t` is the best of their level on `t`
 * itself, half their level on `t`'s parent or on one of its children, and
 * {@link SIBLING_CREDIT} of their level on a sibling of `t` (same parent).
 */
import type { Program } from './program.js';

/** Credit for a skill on the parent or a child of the topic asked. */
export const PARENT_CHILD_CREDIT = 0.5;
/** Credit for a skill on a sibling of the topic asked. */
export const SIBLING_CREDIT = 0.3;

/** Topic × mentor arrays, topic-major: the entry of topic `t` and mentor `m` is at `t * numMentors + m`. */
export interface TopicLevels {
  /** Level on the topic itself (0 when none). */
  readonly direct: Float64Array;
  /** Effective level with taxonomy credit. */
  readonly effective: Float64Array;
  /** 1 when offered, {@link PARENT_CHILD_CREDIT} when the parent or a child is, else 0. */
  readonly willing: Float64Array;
}

/**
 * Builds the topic-major level and offer arrays of a parsed programme.
 *
 * @param program - the parsed programme.
 * @param topicIndex - each topic id's position in `program.topics`.
 */
export function indexTopics(program: Program, topicIndex: ReadonlyMap<string, number>): TopicLevels {
  const { topics, mentors } = program;
  const numTopics = topics.length;
  const numMentors = mentors.length;
  const parent = new Int32Array(numTopics).fill(-1);
  topics.forEach((t, k) => {
    if (t.parent !== undefined) parent[k] = topicIndex.get(t.parent) ?? -1;
  });
  const children: number[][] = topics.map(() => []);
  for (let k = 0; k < numTopics; k++) if ((parent[k] as number) >= 0) children[parent[k] as number]?.push(k);

  const direct = new Float64Array(numTopics * numMentors);
  const effective = new Float64Array(numTopics * numMentors);
  const willing = new Float64Array(numTopics * numMentors);
  mentors.forEach((mentor, m) => {
    const at = (t: number) => t * numMentors + m;
    const credit = (t: number, value: number) => {
      if (value > (effective[at(t)] as number)) effective[at(t)] = value;
    };
    const offer = (t: number, value: number) => {
      if (value > (willing[at(t)] as number)) willing[at(t)] = value;
    };
    for (const skill of mentor.skills) {
      const t = topicIndex.get(skill.topic) as number;
      direct[at(t)] = skill.level;
      credit(t, skill.level);
      const p = parent[t] as number;
      for (const c of children[t] ?? []) credit(c, PARENT_CHILD_CREDIT * skill.level);
      if (p >= 0) {
        credit(p, PARENT_CHILD_CREDIT * skill.level);
        for (const s of children[p] ?? []) if (s !== t) credit(s, SIBLING_CREDIT * skill.level);
      }
    }
    for (const id of mentor.offers) {
      const t = topicIndex.get(id) as number;
      offer(t, 1);
      const p = parent[t] as number;
      if (p >= 0) offer(p, PARENT_CHILD_CREDIT);
      for (const c of children[t] ?? []) offer(c, PARENT_CHILD_CREDIT);
    }
  });
  return { direct, effective, willing };
}
