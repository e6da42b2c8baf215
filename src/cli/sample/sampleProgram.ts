/**
 * `sampleProgram`: a seeded, realistic mentoring programme for examples, tests and benchmarks. A
 * company of eight sites and eleven departments; mentors with 5–20 skills (experts scarce) leaning
 * on their department's domains; mentees whose requests (micro) or goals (classic) crowd onto a few
 * hot topics (Zipf-like); reporting lines, contractors and interns, remote workers, preferences and
 * exclusions; rules that show every feature (custom rules, a time-zone limit, a seniority window in
 * classic, forbidden pairs and one locked pair that the hard rules allow). Same options, same
 * programme, byte for byte.
 */
import { type InputIssue, InvalidInputError } from '../../errors.js';
import { describeValue } from '../../internal/describeValue.js';
import { issue } from '../../model/issues.js';
import type { AttributeValue } from '../../model/program.js';
import type { ProgramShape } from '../../model/schema.js';
import { DEPARTMENTS, type Department, INITIALS, SITES, type Site, VALUES } from './people.js';
import { type Draw, draw } from './random.js';
import { MOST_HISTORY_CYCLES, sampleHistory } from './sampleHistory.js';
import { withMeetings } from './sampleMeetings.js';
import { withQuotas } from './sampleQuotas.js';
import { chooseLockedPair, sampleRules } from './sampleRules.js';
import { DOMAINS, HAND_WRITTEN_TOPICS, type SampleTopic, taxonomy, topicCountIssue } from './taxonomy.js';

/** What `sampleProgram` takes. */
export interface SampleOptions {
  readonly mode: 'micro' | 'classic';
  readonly mentors: number;
  readonly mentees: number;
  /** Topics in the taxonomy, domains included (at least 13); default: the hand-written ones (98). */
  readonly topics?: number;
  readonly seed: number;
  /**
   * Earlier cycles to draw a `history` for, 0 to 120: months in micro mode, yearly cohorts in
   * classic (`asOf` is then the current cycle's first day); default 0: no history. The programme is
   * otherwise the same as without it.
   */
  readonly history?: number;
  /**
   * Whether to state meetings: a cycle, sessions and session lengths on requests and goals,
   * minutes a week on micro mentors (see `sampleMeetings.ts`); default false.
   */
  readonly meetings?: boolean;
  /** With `meetings`: the cycle's length in weeks; default 6 (micro) or 26 (classic). */
  readonly cycleWeeks?: number;
  /**
   * Whether to add quotas: a per-mentor department cap and a minimum of pairs for new joiners
   * (classic) or remote mentees (micro), micro mentors without hours budgets (see
   * `sampleQuotas.ts`); default false.
   */
  readonly quotas?: boolean;
}

type MentorInput = ProgramShape['mentors'][number];
type MenteeInput = ProgramShape['mentees'][number];
type Skill = MentorInput['skills'][number];

/** Where a person works, before their profile is drawn. */
interface Seat {
  readonly site: Site;
  readonly department: Department | undefined;
  readonly grade: number | undefined;
  managerId?: string;
}

/** Skill levels 1..5: experts are scarce. */
const SKILL_LEVELS = [12, 28, 33, 19, 8];
/** Requested levels 1..4. */
const REQUEST_LEVELS = [20, 40, 30, 10];
/** Grades from `lowest` up, drawn with these weights: mentees are junior to mentors on average. */
interface Grades {
  readonly lowest: number;
  readonly weights: readonly number[];
}
const GRADES: Readonly<Record<SampleOptions['mode'], { mentor: Grades; mentee: Grades }>> = {
  // Micro mentoring crosses levels (a junior data analyst can coach a director on AI tools).
  micro: {
    mentor: { lowest: 2, weights: [1, 2, 3, 4, 4, 3, 2, 1] },
    mentee: { lowest: 1, weights: [2, 3, 4, 4, 3, 2, 1, 1] },
  },
  classic: { mentor: { lowest: 4, weights: [2, 3, 4, 3, 2, 1] }, mentee: { lowest: 1, weights: [2, 4, 4, 3, 2, 1] } },
};
/** Zipf exponent of the demand over topics (ranked by how hot they are). */
const ZIPF = 0.9;

/**
 * A seeded programme input, ready for `parseProgram` (and JSON-serialisable).
 *
 * @param options - the mode, how many mentors, mentees and topics, the seed, and whether to state
 *   meetings (a cycle, sessions, minutes a week).
 * @returns a plain programme object.
 * @throws {@link InvalidInputError} for no mentor, no mentee, or fewer than 13 topics (every
 *   problem, with the option's name as its path).
 */
export function sampleProgram(options: SampleOptions): ProgramShape {
  const { mode, seed } = options;
  checkSampleOptions(options);
  const d = draw(seed);
  const topics = taxonomy(options.topics ?? HAND_WRITTEN_TOPICS);
  const leaves = topics.filter((t) => t.parent !== undefined);
  const demand = zipfWeights(d, leaves);

  const grades = GRADES[mode];
  const seat = (g: Grades): Seat => ({
    site: SITES[d.weighted(SITES.map((s) => s.share))] as Site,
    department: d.chance(0.03) ? undefined : DEPARTMENTS[d.weighted(DEPARTMENTS.map((x) => x.share))],
    grade: d.chance(0.05) ? undefined : g.lowest + d.weighted(g.weights),
  });
  const mentorSeats = Array.from({ length: options.mentors }, () => seat(grades.mentor));
  const menteeSeats = Array.from({ length: options.mentees }, () => seat(grades.mentee));
  const mentorIds = mentorSeats.map((_, k) => personId('m', k, options.mentors));
  const menteeIds = menteeSeats.map((_, k) => personId('e', k, options.mentees));
  linkManagers(d, mode, { seats: mentorSeats, ids: mentorIds }, { seats: menteeSeats, ids: menteeIds });

  const mentors = mentorSeats.map((s, k) => mentor(d, mode, s, mentorIds[k] as string, { leaves, demand }));
  const skills = mentors.map((m) => new Map(m.skills.map((s) => [s.topic, s.level] as const)));
  const mentees = menteeSeats.map((s, k) => {
    const e = mentee(d, mode, s, menteeIds[k] as string, { leaves, demand, topics });
    choices(d, e, mentorIds, skills);
    return e;
  });

  const draft: ProgramShape = {
    name: mode === 'micro' ? 'Acme micro-mentoring, spring cycle' : 'Acme mentoring programme, 2025 cohort',
    mode,
    topics: topics.map((t) => ({ id: t.id, name: t.name, ...(t.parent === undefined ? {} : { parent: t.parent }) })),
    mentors,
    mentees,
    rules: sampleRules(d, mode, mentees, mentorIds, skills),
  };
  const locked = chooseLockedPair(d, draft);
  const program = { ...draft, rules: { ...draft.rules, lockedPairs: locked === undefined ? [] : [locked] } };
  const met = options.meetings === true ? withMeetings(program, seed, options.cycleWeeks) : program;
  const out = options.quotas === true ? withQuotas(met) : met;
  return (options.history ?? 0) > 0 ? { ...out, ...sampleHistory(seed, out, options.history as number) } : out;
}

/** `m-007`, `e-042`: zero-padded to the count's width, at least three digits. */
function personId(prefix: string, k: number, count: number): string {
  return `${prefix}-${String(k + 1).padStart(Math.max(3, String(count).length), '0')}`;
}

/** Demand weight per leaf: Zipf over the leaves ranked by how hot they are, ties in a seeded order. */
function zipfWeights(d: Draw, leaves: readonly SampleTopic[]): number[] {
  const order = d.shuffle(leaves.map((_, k) => k)).sort((a, b) => (leaves[b]?.hot ?? 0) - (leaves[a]?.hot ?? 0));
  const weights = new Array<number>(leaves.length).fill(0);
  order.forEach((leaf, rank) => {
    weights[leaf] = 1 / (rank + 1) ** ZIPF;
  });
  return weights;
}

/**
 * Reporting lines: some mentees report to a more senior mentor of their department, some mentors to
 * another, and in micro mode (reverse mentoring) some junior mentors to a more senior mentee.
 */
function linkManagers(
  d: Draw,
  mode: SampleOptions['mode'],
  mentors: { seats: Seat[]; ids: string[] },
  mentees: { seats: Seat[]; ids: string[] },
): void {
  const above = (side: { seats: Seat[]; ids: string[] }, who: Seat) =>
    side.ids.filter((_, k) => {
      const s = side.seats[k] as Seat;
      return s !== who && s.department === who.department && (s.grade ?? 0) > (who.grade ?? 99);
    });
  const link = (who: Seat, side: { seats: Seat[]; ids: string[] }, p: number) => {
    if (who.department === undefined || !d.chance(p)) return;
    const bosses = above(side, who);
    if (bosses.length > 0) who.managerId = d.pick(bosses);
  };
  for (const s of mentees.seats) link(s, mentors, 0.3);
  for (const s of mentors.seats) {
    if (mode === 'micro' && (s.grade ?? 99) <= 4) link(s, mentees, 0.3);
    else link(s, mentors, 0.2);
  }
}

/** The fields every person has, in a fixed order. */
function person(d: Draw, seat: Seat, id: string, employment: { other: string; p: number }) {
  const { site } = seat;
  const languages: string[] = [];
  if (site.local !== undefined) languages.push(site.local);
  if (!d.chance(site.noEnglish)) languages.push('en');
  if (site.extra !== undefined && d.chance(0.15)) languages.push(site.extra);
  const attributes: Record<string, AttributeValue> = {
    site: site.name,
    remote: d.chance(0.2),
    employment: d.chance(employment.p) ? employment.other : 'employee',
  };
  const first = d.chance(0.8) ? d.pick(site.firstNames) : d.pick(d.pick(SITES).firstNames);
  return {
    id,
    name: `${first} ${d.pick([...INITIALS])}.`,
    ...(seat.department === undefined ? {} : { department: seat.department.name }),
    ...(seat.grade === undefined ? {} : { grade: seat.grade }),
    ...(seat.managerId === undefined ? {} : { managerId: seat.managerId }),
    ...(d.chance(0.03) ? {} : { languages }),
    ...(d.chance(0.04) ? {} : { timeZone: site.timeZone }),
    attributes,
  };
}

/** 2 to 5 values or interests, a few typed with a capital (a few people leave the field empty). */
function values(d: Draw): string[] {
  return d
    .shuffle(VALUES)
    .slice(0, d.int(2, 5))
    .map((v) => (d.chance(0.1) ? v.charAt(0).toUpperCase() + v.slice(1) : v));
}

/** A mentor: 5–20 skills, mostly in their department's domains. */
function mentor(
  d: Draw,
  mode: SampleOptions['mode'],
  seat: Seat,
  id: string,
  taxonomy: { leaves: readonly SampleTopic[]; demand: readonly number[] },
) {
  const { leaves, demand } = taxonomy;
  const [own, second] = seat.department?.domains ?? [d.pick(DOMAINS).id, d.pick(DOMAINS).id];
  const count = 5 + Math.floor(15 * d.next() ** 1.6);
  const skills: Skill[] = [];
  if (d.chance(0.3)) skills.push({ topic: own, level: d.int(2, 4) });
  const taken = new Set<string>();
  for (let tries = 0; skills.length < count && tries < 10 * count; tries++) {
    const r = d.next();
    const domain = r < 0.45 ? own : r < 0.62 ? second : r < 0.72 && (seat.grade ?? 0) >= 6 ? 'leadership' : undefined;
    // Within a domain, hotter topics are known more widely; anywhere else, the company's hot topics.
    const pool = leaves.map((_, k) => k).filter((k) => !taken.has((leaves[k] as SampleTopic).id));
    const weights = pool.map((k) => {
      const t = leaves[k] as SampleTopic;
      return domain === undefined ? (demand[k] as number) : t.parent === domain ? t.hot ** 1.5 : 0;
    });
    if (!weights.some((w) => w > 0)) continue;
    const topic = leaves[pool[d.weighted(weights)] as number] as SampleTopic;
    taken.add(topic.id);
    let level = 1 + d.weighted(SKILL_LEVELS);
    if (domain === own && d.chance(0.25)) level = Math.min(5, level + 1);
    if (domain === undefined && d.chance(0.3)) level = Math.max(1, level - 1);
    skills.push({ topic: topic.id, level });
  }
  const out: MentorInput = {
    ...person(d, seat, id, { other: 'contractor', p: 0.06 }),
    ...(mode === 'classic' && d.chance(0.95) ? { values: values(d) } : {}),
    skills,
  };
  if (d.chance(0.55)) {
    // Explicit offers: most skills at level 3 or more, and a few at level 2 ("happy to help beginners").
    const offers = skills.filter((s) => (s.level >= 3 ? d.chance(0.85) : s.level === 2 && d.chance(0.15)));
    if (offers.length > 0) out.offers = offers.map((s) => s.topic);
  }
  out.capacity = mode === 'micro' ? d.pick([2, 3, 3, 4, 4, 5, 5, 6, 8]) : d.pick([1, 2, 2, 3]);
  if (mode === 'micro' && d.chance(0.4)) out.hoursBudget = d.pick([6, 8, 10, 12, 16]);
  return out;
}

/** A topic the mentee asks about: the company's hot topics mostly, their own domain sometimes. */
function askedTopic(d: Draw, seat: Seat, leaves: readonly SampleTopic[], demand: readonly number[]): SampleTopic {
  const own = seat.department?.domains[0];
  if (own === undefined || d.chance(0.8)) return leaves[d.weighted(demand)] as SampleTopic;
  const pool = leaves.filter((t) => t.parent === own);
  // A small taxonomy (`topics` option) may leave the mentee's own domain without topics.
  if (pool.length === 0) return leaves[d.weighted(demand)] as SampleTopic;
  return pool[d.weighted(pool.map((t) => t.hot))] as SampleTopic;
}

/** A mentee: 1–3 requests (micro) or 2–4 goals (classic). */
function mentee(
  d: Draw,
  mode: SampleOptions['mode'],
  seat: Seat,
  id: string,
  taxonomy: { leaves: readonly SampleTopic[]; demand: readonly number[]; topics: readonly SampleTopic[] },
): MenteeInput {
  const { leaves, demand } = taxonomy;
  const base = person(d, seat, id, { other: 'intern', p: mode === 'micro' ? 0.1 : 0.06 });
  const distinct = (count: number, next: () => string) => {
    const seen = new Set<string>();
    for (let tries = 0; seen.size < count && tries < 20 * count; tries++) seen.add(next());
    return [...seen];
  };
  if (mode === 'micro') {
    const topics = distinct(1 + d.weighted([1, 2, 1]), () => askedTopic(d, seat, leaves, demand).id);
    const requests = topics.map((topic, q) => ({
      topic,
      level: 1 + d.weighted(REQUEST_LEVELS),
      ...(d.chance(0.3) ? { priority: q === 0 ? 2 : 0.5 } : {}),
      ...(d.chance(0.25) ? { hours: d.pick([1, 3, 4]) } : {}),
    }));
    return { ...base, requests };
  }
  if (d.chance(0.25)) base.attributes = { ...base.attributes, newJoiner: true };
  const domains = taxonomy.topics.filter((t) => t.parent === undefined);
  const topics = distinct(2 + d.weighted([2, 2, 1]), () =>
    d.chance(0.25) ? d.pick(domains).id : askedTopic(d, seat, leaves, demand).id,
  );
  const goals = topics.map((topic) => ({ topic, ...(d.chance(0.5) ? { weight: d.int(1, 3) } : {}) }));
  return { ...base, ...(d.chance(0.95) ? { values: values(d) } : {}), goals };
}

/** Preferences (a few mentors known for the topics asked) and, rarely, an exclusion. */
function choices(d: Draw, e: MenteeInput, mentorIds: readonly string[], skills: readonly Map<string, number>[]): void {
  const wanted = e.requests ?? (e.goals ?? []).map((g) => ({ topic: g.topic, level: 3 }));
  if (d.chance(e.requests === undefined ? 0.25 : 0.2)) {
    const able = mentorIds.filter((_, m) => wanted.some((w) => (skills[m]?.get(w.topic) ?? 0) >= w.level));
    const preferences = d.shuffle(able).slice(0, 1 + d.weighted([3, 2, 1]));
    if (preferences.length > 0) e.preferences = preferences;
  }
  if (d.chance(0.05)) {
    const other = mentorIds.filter((id) => !(e.preferences ?? []).includes(id));
    if (other.length > 0) e.exclude = [d.pick(other)];
  }
}

/** Throws an {@link InvalidInputError} listing every option out of range. */
function checkSampleOptions(options: SampleOptions): void {
  const issues: InputIssue[] = [];
  for (const name of ['mentors', 'mentees'] as const) {
    if (!(options[name] >= 1))
      issues.push(
        issue([name], 'too_small', {
          origin: 'number',
          minimum: 1,
          inclusive: true,
          found: describeValue(options[name]),
        }),
      );
  }
  const { topics } = options;
  if (topics !== undefined) {
    const problem = topicCountIssue(topics, ['topics']);
    if (problem !== undefined) issues.push(problem);
  }
  const { history } = options;
  if (history !== undefined && !(Number.isInteger(history) && history >= 0 && history <= MOST_HISTORY_CYCLES)) {
    const found = describeValue(history);
    issues.push(
      Number.isInteger(history)
        ? issue(['history'], history < 0 ? 'too_small' : 'too_big', {
            origin: 'number',
            ...(history < 0 ? { minimum: 0 } : { maximum: MOST_HISTORY_CYCLES }),
            inclusive: true,
            found,
          })
        : issue(['history'], 'invalid_type', { expected: 'integer', found }),
    );
  }
  if (issues.length > 0) throw new InvalidInputError('sampleProgram', issues);
}
