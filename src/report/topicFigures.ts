/**
 * Per topic, the demand and supply figures of {@link TopicFigures}, for the topic alone and, for a
 * topic with subtopics, for its whole area (the topic and its subtopics at any depth). Internal.
 *
 * Counts of mentors and mentees in an area are unions (each person once); the split capacity, the
 * unservable and unsupplied demand and the mentors needed are sums of the area's topics' figures.
 * Time O(Σ over areas of their size × mentors), at most O(topics × depth × mentors).
 */
import { topicDepths } from '../model/indexTopics.js';
import { type DemandIndex, LEVELS, suppliedOn } from './demand.js';
import type { TopicFigures, TopicReport } from './types.js';

/** The additive figures of one topic alone. */
interface Parts {
  readonly sharedCapacity: number;
  readonly unservable: number;
  readonly unsupplied: number;
  readonly mentorsNeeded: number;
}

/** Lowest level asked on topic `t` (Infinity without requests). */
function lowestLevel(ix: DemandIndex, t: number): number {
  for (let l = 1; l <= LEVELS; l++) if ((ix.count[t * LEVELS + l - 1] as number) > 0) return l;
  return Number.POSITIVE_INFINITY;
}

/** The additive figures of topic `t` alone. */
function partsOf(ix: DemandIndex, t: number): Parts {
  const { numMentors, level: reach, offers, program } = ix;
  let best = 0;
  let shared = 0;
  for (let m = 0; m < numMentors; m++) {
    const level = reach[t * numMentors + m] as number;
    best = Math.max(best, level);
    const supplied = offers[t * numMentors + m] === 1 ? suppliedOn(ix, t, level) : 0;
    if (supplied > 0) shared += ((program.mentors[m]?.capacity ?? 0) * supplied) / (ix.supplied[m] as number);
  }
  let demand = 0;
  let unservable = 0;
  let unsupplied = 0;
  for (let l = 1; l <= LEVELS; l++) {
    const at = t * LEVELS + l - 1;
    demand += ix.weight[at] as number;
    if (l > best) unservable += ix.count[at] as number;
    if (ix.suppliers[at] === 0) unsupplied += ix.weight[at] as number;
  }
  const gap = Math.max(demand - shared, unsupplied);
  // The small slack keeps a gap of exactly k recruits, summed in floating point, at k.
  const mentorsNeeded = demand > 0 && gap > 0 ? Math.max(0, Math.ceil(gap / ix.recruitCapacity - 1e-9)) : 0;
  return { sharedCapacity: shared, unservable, unsupplied, mentorsNeeded };
}

/** The figures of the topics `scope` taken together (their `parts` given). */
function figuresOf(ix: DemandIndex, scope: readonly number[], parts: readonly Parts[]): TopicFigures {
  const { numMentors, direct, level: reach, offers, program } = ix;
  const levels = new Array<number>(LEVELS).fill(0);
  let demand = 0;
  let prioritySum = 0;
  const mentees = new Set<number>();
  for (const t of scope) {
    for (let l = 1; l <= LEVELS; l++) {
      const at = t * LEVELS + l - 1;
      levels[l - 1] = (levels[l - 1] as number) + (ix.count[at] as number);
      demand += ix.weight[at] as number;
      prioritySum += ix.priority[at] as number;
    }
    for (const e of ix.menteesOf[t] ?? []) mentees.add(e);
  }
  const requests = levels.reduce((s, c) => s + c, 0);
  const lowest = scope.map((t) => lowestLevel(ix, t));
  const mentorsByLevel = new Array<number>(LEVELS).fill(0);
  let ableMentors = 0;
  let willingMentors = 0;
  let suppliers = 0;
  let capacity = 0;
  for (let m = 0; m < numMentors; m++) {
    let top = 0;
    let able = false;
    let willing = false;
    let supplies = false;
    scope.forEach((t, k) => {
      const level = reach[t * numMentors + m] as number;
      const offered = offers[t * numMentors + m] === 1;
      top = Math.max(top, direct[t * numMentors + m] as number);
      able ||= level >= (lowest[k] as number);
      willing ||= offered;
      supplies ||= offered && level >= (lowest[k] as number);
    });
    for (let l = 1; l <= top && l <= LEVELS; l++) mentorsByLevel[l - 1] = (mentorsByLevel[l - 1] as number) + 1;
    if (able) ableMentors++;
    if (willing) willingMentors++;
    if (supplies) {
      suppliers++;
      capacity += program.mentors[m]?.capacity ?? 0;
    }
  }
  const sum = (key: keyof Parts) => scope.reduce((s, t) => s + (parts[t]?.[key] ?? 0), 0);
  const sharedCapacity = sum('sharedCapacity');
  let highestLevel = 0;
  levels.forEach((c, k) => {
    if (c > 0) highestLevel = k + 1;
  });
  return {
    requests,
    mentees: mentees.size,
    demand,
    prioritySum,
    priorityMean: requests > 0 ? prioritySum / requests : null,
    levels,
    highestLevel,
    ableMentors,
    mentorsByLevel,
    willingMentors,
    suppliers,
    capacity,
    sharedCapacity,
    coverage: demand > 0 ? sharedCapacity / demand : null,
    unservable: sum('unservable'),
    unsupplied: sum('unsupplied'),
    mentorsNeeded: sum('mentorsNeeded'),
  };
}

/** Mentors whose own level on one of the topics `below` is `level` or more. */
function ableBelow(ix: DemandIndex, below: readonly number[], level: number): number {
  const { numMentors, direct } = ix;
  let able = 0;
  for (let m = 0; m < numMentors; m++) {
    if (below.some((s) => (direct[s * numMentors + m] as number) >= level)) able++;
  }
  return able;
}

/** Topic `t` and its subtopics at any depth, `t` first, then depth first in programme order. */
function areaOf(ix: DemandIndex, t: number): number[] {
  // An explicit stack (children pushed in reverse), so that a deep taxonomy cannot overflow the call stack.
  const out: number[] = [];
  const stack = [t];
  while (stack.length > 0) {
    const k = stack.pop() as number;
    out.push(k);
    const children = ix.children[k] ?? [];
    for (let c = children.length - 1; c >= 0; c--) stack.push(children[c] as number);
  }
  return out;
}

/** Every topic's report, in programme order. */
export function topicReports(ix: DemandIndex): TopicReport[] {
  const { topics } = ix.program;
  const parts = topics.map((_, t) => partsOf(ix, t));
  const depth = topicDepths(ix.parent);
  return topics.map((topic, t) => {
    const subtopics = (ix.children[t] ?? []).map((c) => topics[c]?.id as string);
    const lowest = lowestLevel(ix, t);
    const onSubtopics =
      subtopics.length > 0 && lowest <= LEVELS ? ableBelow(ix, areaOf(ix, t).slice(1), lowest) : undefined;
    return {
      id: topic.id,
      name: topic.name,
      ...(topic.parent === undefined ? {} : { parent: topic.parent }),
      depth: depth[t] as number,
      subtopics,
      ...figuresOf(ix, [t], parts),
      ...(subtopics.length > 0 ? { area: figuresOf(ix, areaOf(ix, t), parts) } : {}),
      ...(onSubtopics === undefined ? {} : { ableOnSubtopics: onSubtopics }),
    };
  });
}
