/**
 * A parsed programme in index space: ids become dense indices, profiles become flat typed arrays,
 * so that scoring loops over numbers only. Internal: built by `scoreProgram`, never exported.
 *
 * Taxonomy credit: a mentor's effective level on topic `t` is the best of their level on `t`
 * itself, half their level on `t`'s parent or on one of its children, and
 * {@link SIBLING_CREDIT} of their level on a sibling of `t` (same parent).
 */
import type { Mentee, Mentor, Program } from './program.js';

/** Credit for a skill on the parent or a child of the topic asked. */
export const PARENT_CHILD_CREDIT = 0.5;
/** Credit for a skill on a sibling of the topic asked. */
export const SIBLING_CREDIT = 0.3;

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

/** The programme in index space. */
export interface IndexedProgram {
  readonly program: Program;
  /** Number of topics and of mentors. */
  readonly numTopics: number;
  readonly numMentors: number;
  readonly topicIndex: ReadonlyMap<string, number>;
  readonly mentorIndex: ReadonlyMap<string, number>;
  /** Mentor × topic, row-major: level on the topic itself (0 when none). */
  readonly direct: Float64Array;
  /** Mentor × topic: effective level with taxonomy credit. */
  readonly effective: Float64Array;
  /** Mentor × topic: 1 when offered, {@link PARENT_CHILD_CREDIT} when the parent or a child is, else 0. */
  readonly willing: Float64Array;
  /** The demand rows. */
  readonly rows: readonly DemandRow[];
  /** Per row: the topics it is about (one request, or the mentee's goals)... */
  readonly rowTopics: readonly Int32Array[];
  /** ...and their weights, summing to 1 (empty for a classic mentee without goals). */
  readonly rowWeights: readonly Float64Array[];
  /** Per mentor: grade, time zone (NaN when unknown), department index (-1 when unknown). */
  readonly mentorGrade: Float64Array;
  readonly mentorZone: Float64Array;
  readonly mentorDept: Int32Array;
  /** Per mentee, likewise. */
  readonly menteeGrade: Float64Array;
  readonly menteeZone: Float64Array;
  readonly menteeDept: Int32Array;
  /** Language sets as bit masks, `langWords` 32-bit words per person. */
  readonly langWords: number;
  readonly mentorLangs: Uint32Array;
  readonly menteeLangs: Uint32Array;
  /** Value sets as sorted index lists. */
  readonly mentorValues: readonly Int32Array[];
  readonly menteeValues: readonly Int32Array[];
}

/** Builds the index-space view of a parsed programme. */
export function indexProgram(program: Program): IndexedProgram {
  const { topics, mentors, mentees } = program;
  const numTopics = topics.length;
  const numMentors = mentors.length;
  const topicIndex = new Map(topics.map((t, k) => [t.id, k] as const));
  const mentorIndex = new Map(mentors.map((m, k) => [m.id, k] as const));
  const parent = new Int32Array(numTopics).fill(-1);
  topics.forEach((t, k) => {
    if (t.parent !== undefined) parent[k] = topicIndex.get(t.parent) ?? -1;
  });
  const children: number[][] = topics.map(() => []);
  for (let k = 0; k < numTopics; k++) if ((parent[k] as number) >= 0) children[parent[k] as number]?.push(k);

  const direct = new Float64Array(numMentors * numTopics);
  const effective = new Float64Array(numMentors * numTopics);
  const willing = new Float64Array(numMentors * numTopics);
  mentors.forEach((mentor, m) => {
    const base = m * numTopics;
    const credit = (t: number, value: number) => {
      if (value > (effective[base + t] as number)) effective[base + t] = value;
    };
    const offer = (t: number, value: number) => {
      if (value > (willing[base + t] as number)) willing[base + t] = value;
    };
    for (const skill of mentor.skills) {
      const t = topicIndex.get(skill.topic) as number;
      direct[base + t] = skill.level;
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

  const rows: DemandRow[] = [];
  const rowTopics: Int32Array[] = [];
  const rowWeights: Float64Array[] = [];
  mentees.forEach((mentee, e) => {
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
      // Scaled by the largest weight first, so that huge weights cannot overflow the sum.
      const largest = mentee.goals.reduce((x, g) => Math.max(x, g.weight), 0);
      const sum = mentee.goals.reduce((s, g) => s + g.weight / largest, 0);
      rowTopics.push(Int32Array.from(mentee.goals, (g) => topicIndex.get(g.topic) as number));
      rowWeights.push(Float64Array.from(mentee.goals, (g) => g.weight / largest / sum));
    }
  });

  const departments = new Map<string, number>();
  const dept = (name: string | undefined) => {
    if (name === undefined) return -1;
    let k = departments.get(name);
    if (k === undefined) {
      k = departments.size;
      departments.set(name, k);
    }
    return k;
  };
  const languages = new Map<string, number>();
  for (const person of [...mentors, ...mentees])
    for (const l of person.languages) if (!languages.has(l)) languages.set(l, languages.size);
  const langWords = Math.max(1, Math.ceil(languages.size / 32));
  const langMasks = (people: readonly (Mentor | Mentee)[]) => {
    const masks = new Uint32Array(people.length * langWords);
    people.forEach((person, k) => {
      for (const l of person.languages) {
        const bit = languages.get(l) as number;
        const w = k * langWords + (bit >>> 5);
        masks[w] = ((masks[w] as number) | (1 << (bit & 31))) >>> 0;
      }
    });
    return masks;
  };
  const valueIds = new Map<string, number>();
  const valueLists = (people: readonly (Mentor | Mentee)[]) =>
    people.map((person) =>
      Int32Array.from(person.values, (v) => {
        let k = valueIds.get(v);
        if (k === undefined) {
          k = valueIds.size;
          valueIds.set(v, k);
        }
        return k;
      }).sort(),
    );
  const known = (x: number | undefined) => (x === undefined ? Number.NaN : x);
  return {
    program,
    numTopics,
    numMentors,
    topicIndex,
    mentorIndex,
    direct,
    effective,
    willing,
    rows,
    rowTopics,
    rowWeights,
    mentorGrade: Float64Array.from(mentors, (m) => known(m.grade)),
    mentorZone: Float64Array.from(mentors, (m) => known(m.timeZone)),
    mentorDept: Int32Array.from(mentors, (m) => dept(m.department)),
    menteeGrade: Float64Array.from(mentees, (e) => known(e.grade)),
    menteeZone: Float64Array.from(mentees, (e) => known(e.timeZone)),
    menteeDept: Int32Array.from(mentees, (e) => dept(e.department)),
    langWords,
    mentorLangs: langMasks(mentors),
    menteeLangs: langMasks(mentees),
    mentorValues: valueLists(mentors),
    menteeValues: valueLists(mentees),
  };
}
