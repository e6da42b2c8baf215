/**
 * Mentors' levels and offers per topic, in index space, topic-major: the values of topic `t` for
 * every mentor lie side by side at `t * numMentors + m`, so that scoring one demand row reads one
 * contiguous strip per topic asked. Internal.
 *
 * Taxonomy credit: a mentor's effective level on topic `t` is the best of their level on `t`
 * itself, half their level on `t`'s parent or on one of its children, and
 * {@link SIBLING_CREDIT} of their level on a sibling of `t` (same parent).
 *
 * Complexity: O(topics + Σ over mentors of (skills + offers + children of the topics they name +
 * children of those topics' parents)), at most O(topics × mentors), the size of the arrays built.
 * No walk goes up or down the taxonomy beyond one step, so its depth costs nothing; where a depth is
 * needed, {@link topicDepths} computes every one in O(topics) without recursion.
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
  /**
   * Each entry's pair of `effective` and `willing` values as a code (topic-major, as they are): the
   * pair of code `c` is `codeEffective[c]`, `codeWilling[c]`, and code 0 is the pair of zeros. The
   * scoring reads a byte per pair and looks its values up, where it read two numbers and divided.
   * Null when the entries have more than {@link LEVEL_CODES} distinct pairs, which a parsed
   * programme never has (its levels are whole numbers from 1 to 5: 16 effective values, 3
   * willingness values).
   */
  readonly levelCode: Uint8Array | null;
  readonly codeEffective: Float64Array;
  readonly codeWilling: Float64Array;
}

/** The most distinct pairs of {@link TopicLevels.levelCode} (a byte each). */
export const LEVEL_CODES = 256;

/** Mentors indexed together (see {@link indexTopics}). */
const BLOCK = 64;

/** Sets `values[k]` to `value` when that is more. */
function raise(values: Float64Array, k: number, value: number): void {
  if (value > (values[k] as number)) values[k] = value;
}

/** Each topic's parent's index in `topics`, or -1 (a root, or a parent not in `topicIndex`). */
export function topicParents(
  topics: readonly { readonly parent?: string }[],
  topicIndex: ReadonlyMap<string, number>,
): Int32Array {
  return Int32Array.from(topics, (t) => (t.parent === undefined ? -1 : (topicIndex.get(t.parent) ?? -1)));
}

/**
 * Each topic's depth in the forest `parent` describes (a root is at depth 0), in O(topics) time:
 * iterative and memoised, each topic's depth is computed once, so a chain 100,000 deep neither
 * takes quadratic time nor overflows the stack.
 *
 * @throws Error when `parent` has a cycle (`parseProgram` rejects those).
 */
export function topicDepths(parent: Int32Array): Int32Array {
  const UNKNOWN = -1;
  const PENDING = -2;
  const depth = new Int32Array(parent.length).fill(UNKNOWN);
  const pending: number[] = [];
  for (let t = 0; t < parent.length; t++) {
    // Up the chain to a root or a topic of known depth, then down again, one more at each step.
    let u = t;
    while (u >= 0 && (depth[u] as number) === UNKNOWN) {
      depth[u] = PENDING;
      pending.push(u);
      u = parent[u] as number;
    }
    if (u >= 0 && (depth[u] as number) === PENDING) throw new Error(`topicDepths: a cycle through topic ${u}`);
    let d = u < 0 ? -1 : (depth[u] as number);
    for (let k = pending.length - 1; k >= 0; k--) depth[pending[k] as number] = ++d;
    pending.length = 0;
  }
  return depth;
}

/**
 * Builds the topic-major level and offer arrays of a parsed programme.
 *
 * @param program - the parsed programme.
 * @param topicIndex - each topic id's position in `program.topics`.
 * @param memory - makes the memory of each of the topic × mentor arrays (zeroed), `bytes` long: in
 *   shared memory, for helper threads to read the calling thread's (see `score/threads.ts`
 *   `shareLevels`).
 */
export function indexTopics(
  program: Program,
  topicIndex: ReadonlyMap<string, number>,
  memory: (bytes: number) => ArrayBufferLike = (bytes) => new ArrayBuffer(bytes),
): TopicLevels {
  const { topics, mentors } = program;
  const numTopics = topics.length;
  const numMentors = mentors.length;
  const parent = topicParents(topics, topicIndex);
  const children: number[][] = topics.map(() => []);
  for (let k = 0; k < numTopics; k++) if ((parent[k] as number) >= 0) children[parent[k] as number]?.push(k);

  const size = numTopics * numMentors;
  const direct = new Float64Array(memory(8 * size));
  const effective = new Float64Array(memory(8 * size));
  const willing = new Float64Array(memory(8 * size));
  let levelCode: Uint8Array | null = new Uint8Array(memory(size));
  // The distinct pairs so far (code 0, the zeros, first), and the last one found (a mentor's
  // entries repeat a few pairs).
  const pairs: number[] = [0, 0];
  let last = 0;
  // The mentors a block at a time, each block's values first in scratch arrays of the same layout
  // (topic-major, BLOCK mentors a topic) and then copied out a strip per topic: a mentor's values
  // lie a topic apart (numMentors entries), so written in place each would be a cache and TLB miss.
  const blockDirect = new Float64Array(numTopics * BLOCK);
  const blockEffective = new Float64Array(numTopics * BLOCK);
  const blockWilling = new Float64Array(numTopics * BLOCK);
  // Per parent, the mentor's best and second-best levels among its children, and the best one's
  // topic: a sibling's credit is the best level of the others, so each parent's children are
  // visited once per mentor however many of them the mentor knows (not once per skill).
  const best = new Float64Array(numTopics);
  const second = new Float64Array(numTopics);
  const bestTopic = new Int32Array(numTopics).fill(-1);
  const parents: number[] = [];
  for (let from = 0; from < numMentors; from += BLOCK) {
    const count = Math.min(BLOCK, numMentors - from);
    for (let i = 0; i < count; i++) {
      const mentor = mentors[from + i] as Program['mentors'][number];
      for (const skill of mentor.skills) {
        const t = topicIndex.get(skill.topic) as number;
        blockDirect[t * BLOCK + i] = skill.level;
        raise(blockEffective, t * BLOCK + i, skill.level);
        const p = parent[t] as number;
        for (const c of children[t] ?? []) raise(blockEffective, c * BLOCK + i, PARENT_CHILD_CREDIT * skill.level);
        if (p >= 0) {
          raise(blockEffective, p * BLOCK + i, PARENT_CHILD_CREDIT * skill.level);
          if ((bestTopic[p] as number) < 0) parents.push(p);
          if ((bestTopic[p] as number) < 0 || skill.level > (best[p] as number)) {
            second[p] = best[p] as number;
            best[p] = skill.level;
            bestTopic[p] = t;
          } else if (skill.level > (second[p] as number)) second[p] = skill.level;
        }
      }
      for (const p of parents) {
        for (const s of children[p] ?? [])
          raise(
            blockEffective,
            s * BLOCK + i,
            SIBLING_CREDIT * (s === bestTopic[p] ? (second[p] as number) : (best[p] as number)),
          );
        best[p] = 0;
        second[p] = 0;
        bestTopic[p] = -1;
      }
      parents.length = 0;
      for (const id of mentor.offers) {
        const t = topicIndex.get(id) as number;
        raise(blockWilling, t * BLOCK + i, 1);
        const p = parent[t] as number;
        if (p >= 0) raise(blockWilling, p * BLOCK + i, PARENT_CHILD_CREDIT);
        for (const c of children[t] ?? []) raise(blockWilling, c * BLOCK + i, PARENT_CHILD_CREDIT);
      }
    }
    for (let t = 0; t < numTopics; t++) {
      const to = t * numMentors + from;
      const at = t * BLOCK;
      for (let i = 0; i < count; i++) {
        const e = blockEffective[at + i] as number;
        const w = blockWilling[at + i] as number;
        direct[to + i] = blockDirect[at + i] as number;
        effective[to + i] = e;
        willing[to + i] = w;
        if (levelCode === null || (e === 0 && w === 0)) continue;
        if (pairs[2 * last] !== e || pairs[2 * last + 1] !== w) last = codeOf(pairs, e, w);
        if (last >= LEVEL_CODES) levelCode = null;
        else levelCode[to + i] = last;
      }
    }
    blockDirect.fill(0);
    blockEffective.fill(0);
    blockWilling.fill(0);
  }
  const codeEffective = new Float64Array(pairs.length / 2);
  const codeWilling = new Float64Array(pairs.length / 2);
  for (let c = 0; c < codeEffective.length; c++) {
    codeEffective[c] = pairs[2 * c] as number;
    codeWilling[c] = pairs[2 * c + 1] as number;
  }
  return { direct, effective, willing, levelCode, codeEffective, codeWilling };
}

/** The code of the pair (`e`, `w`) among `pairs` (flat, a pair after another), added at the end when new. */
function codeOf(pairs: number[], e: number, w: number): number {
  for (let c = 0; c < pairs.length; c += 2) if (pairs[c] === e && pairs[c + 1] === w) return c / 2;
  pairs.push(e, w);
  return pairs.length / 2 - 1;
}
