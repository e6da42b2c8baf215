/**
 * Demand and supply in index space, for the report: the requests (micro topic requests, classic
 * goals taken as asking level 3) grouped by topic and level asked, the mentors' levels (their own,
 * and the one scoring compares with the level asked) and offers per topic (from `indexTopics.ts`,
 * topic-major), and, per (topic, level), how many mentors supply it. Internal. Time and memory
 * O(topics × mentors + requests).
 *
 * A mentor supplies every request of topic `t` asking a level up to their level on `t` as scoring
 * reads it ({@link DemandIndex.level}), when they offer `t`. Levels asked are integers 1..5, so the
 * demand a mentor supplies on `t` is a prefix sum over levels, read once per (topic, mentor).
 */
import { DEFAULT_CAPACITY, OFFER_LEVEL } from '../model/defaults.js';
import { idIndex } from '../model/idIndex.js';
import { indexTopics } from '../model/indexTopics.js';
import type { Program } from '../model/program.js';

/** Levels of the scale: 1 basics .. 5 expert. */
export const LEVELS = 5;

/** The report's view of a programme's demand and supply; per (topic, level) arrays sit at `t * LEVELS + level - 1`. */
export interface DemandIndex {
  readonly program: Program;
  readonly numTopics: number;
  readonly numMentors: number;
  /** Per topic: the parent's index, or -1. */
  readonly parent: Int32Array;
  /** Per topic: the direct subtopics' indices, in programme order. */
  readonly children: readonly (readonly number[])[];
  /** Topic-major (`t * numMentors + m`): the mentor's own level on the topic, 0 when none. */
  readonly direct: Float64Array;
  /**
   * Topic-major: the level compared with the level asked, as scoring reads it: the effective level
   * of `indexTopics` (taxonomy credit included), or, in micro mode with `rules.levelRequired`, the
   * own level (the hard rule forbids a mentor whose own level is below the level asked).
   */
  readonly level: Float64Array;
  /** Topic-major: 1 when the mentor offers the topic itself. */
  readonly offers: Uint8Array;
  /** Per (topic, level): requests, their demand and their priority sum. */
  readonly count: Float64Array;
  readonly weight: Float64Array;
  readonly priority: Float64Array;
  /** Per (topic, level): mentors supplying such a request. */
  readonly suppliers: Int32Array;
  /** Per topic: the distinct mentees with a request on it, ascending. */
  readonly menteesOf: readonly (readonly number[])[];
  /** Per mentor: the demand they supply, over all topics. */
  readonly supplied: Float64Array;
  /** Capacity assumed for a recruit: the mentors' mean capacity, or the mode's default when it is 0 or undefined. */
  readonly recruitCapacity: number;
}

/** Demand of the requests on topic `t` that a mentor at level `level` supplies (when willing). */
export function suppliedOn(ix: DemandIndex, t: number, level: number): number {
  let sum = 0;
  for (let l = 1; l <= level && l <= LEVELS; l++) sum += ix.weight[t * LEVELS + l - 1] as number;
  return sum;
}

/** Builds the demand index of a parsed programme. */
export function indexDemand(program: Program): DemandIndex {
  const { topics, mentors, mentees, mode } = program;
  const numTopics = topics.length;
  const numMentors = mentors.length;
  const topicIndex = idIndex(topics);
  const parent = Int32Array.from(topics, (t) => (t.parent === undefined ? -1 : (topicIndex.get(t.parent) ?? -1)));
  const children: number[][] = topics.map(() => []);
  parent.forEach((p, k) => {
    if (p >= 0) children[p]?.push(k);
  });
  const { direct, effective, willing } = indexTopics(program, topicIndex);
  const level = mode === 'micro' && program.rules.levelRequired ? direct : effective;
  const offers = Uint8Array.from(willing, (w) => (w === 1 ? 1 : 0));

  const count = new Float64Array(numTopics * LEVELS);
  const weight = new Float64Array(numTopics * LEVELS);
  const priority = new Float64Array(numTopics * LEVELS);
  const menteeSets: Set<number>[] = topics.map(() => new Set());
  const add = (topic: string, asked: number, w: number, p: number, e: number) => {
    const t = topicIndex.get(topic) as number;
    const at = t * LEVELS + asked - 1;
    count[at] = (count[at] as number) + 1;
    weight[at] = (weight[at] as number) + w;
    priority[at] = (priority[at] as number) + p;
    menteeSets[t]?.add(e);
  };
  mentees.forEach((mentee, e) => {
    if (mode === 'micro') {
      for (const r of mentee.requests) add(r.topic, r.level, 1, r.priority, e);
      return;
    }
    // A goal's share of the mentee's goals, scaled by the largest weight first (as indexProgram).
    const largest = mentee.goals.reduce((x, g) => Math.max(x, g.weight), 0);
    const sum = mentee.goals.reduce((s, g) => s + g.weight / largest, 0);
    for (const g of mentee.goals) {
      const share = g.weight / largest / sum;
      add(g.topic, OFFER_LEVEL, share, share, e);
    }
  });

  const suppliers = new Int32Array(numTopics * LEVELS);
  for (let t = 0; t < numTopics; t++) {
    for (let m = 0; m < numMentors; m++) {
      if (offers[t * numMentors + m] === 0) continue;
      const reach = level[t * numMentors + m] as number;
      for (let l = 1; l <= reach && l <= LEVELS; l++) {
        const at = t * LEVELS + l - 1;
        suppliers[at] = (suppliers[at] as number) + 1;
      }
    }
  }
  const totalCapacity = mentors.reduce((s, m) => s + m.capacity, 0);
  const ix: DemandIndex = {
    program,
    numTopics,
    numMentors,
    parent,
    children,
    direct,
    level,
    offers,
    count,
    weight,
    priority,
    suppliers,
    menteesOf: menteeSets.map((s) => [...s].sort((a, b) => a - b)),
    supplied: new Float64Array(numMentors),
    recruitCapacity: numMentors > 0 && totalCapacity > 0 ? totalCapacity / numMentors : DEFAULT_CAPACITY[mode],
  };
  for (let t = 0; t < numTopics; t++) {
    for (let m = 0; m < numMentors; m++) {
      if (offers[t * numMentors + m] === 0) continue;
      ix.supplied[m] = (ix.supplied[m] as number) + suppliedOn(ix, t, level[t * numMentors + m] as number);
    }
  }
  return ix;
}
