/**
 * fast-check generators of small, valid programme inputs (what `parseProgram` takes), micro or
 * classic: up to 5 topics in a random forest, up to 5 mentors and 5 mentees with random skills,
 * offers, languages (mixed case), time zones (multiples of 0.25 across the whole −12..14 range),
 * departments, grades, managers, values and attributes; requests or goals, preferences and
 * exclusions; random rules (every switch, a seniority window, a time-zone limit, custom rules of
 * every effect, forbidden pairs) and random weights. Every generated input is valid by
 * construction: ids are unique, every reference resolves, forbidden pairs name a topic exactly
 * when micro mode needs one.
 *
 * The generator draws raw material (small integers, options) and builds the programme from it, so
 * that fast-check shrinks towards fewer, simpler people. With `allowSelf`, a mentee may take the id
 * of a mentor (the same person in both roles, which the `self` rule forbids); without it, mentee
 * ids (`e0`, `e1`, ...) and mentor ids (`m0`, `m1`, ...) never meet, which the symmetry properties need.
 */
import fc from 'fast-check';
import type { Criterion, Mode } from '../model/program.js';
import { CRITERIA } from '../model/program.js';
import type { ProgramShape } from '../model/schema.js';
import { rawMeetings, withMeetings } from './meetingsLayer.js';

/** A programme input, as generated. */
export type ProgramJson = ProgramShape;
export type MentorJson = ProgramJson['mentors'][number];
export type MenteeJson = ProgramJson['mentees'][number];
export type RulesJson = NonNullable<ProgramJson['rules']>;
export type CustomRuleJson = NonNullable<RulesJson['custom']>[number];
export type PairJson = NonNullable<RulesJson['forbiddenPairs']>[number];

/** Options of {@link programArbitrary}. */
export interface ProgramArbitraryOptions {
  /** The mode; both when absent. */
  readonly mode?: Mode;
  /** Whether a mentee may share a mentor's id (default `true`). */
  readonly allowSelf?: boolean;
  /** Most mentors (default 5) and mentees (default 5); at least this many mentors (default 0). */
  readonly maxMentors?: number;
  readonly maxMentees?: number;
  readonly minMentors?: number;
  readonly minMentees?: number;
  /**
   * Whether to state meetings (default `false`, which draws the same programmes as before): a
   * `cycle`, requests' and goals' `sessions` and `sessionMinutes`, micro mentors' `weeklyMinutes`.
   */
  readonly meetings?: boolean;
}

const LANGUAGES = ['en', 'FR', 'de', 'Es'] as const;
const VALUES = ['growth', 'Family', 'sport', 'craft'] as const;
const DEPARTMENTS = ['sales', 'ops', 'it'] as const;

/** Custom rules the generator draws from (names unique). */
const CUSTOM_POOL: readonly CustomRuleJson[] = [
  { name: 'same-site', effect: 'prefer', same: 'site' },
  { name: 'not-certified', effect: 'avoid', mentor: { attribute: 'certified', equals: false } },
  { name: 'certified-only', effect: 'require', mentor: { attribute: 'certified', equals: true } },
  { name: 'no-same-site', effect: 'forbid', same: 'site' },
  {
    name: 'lyon-juniors',
    effect: 'prefer',
    mentee: { attribute: 'site', in: ['lyon'] },
    mentor: { attribute: 'site' },
  },
  {
    name: 'paris-out',
    effect: 'forbid',
    mentor: { attribute: 'site', equals: 'paris' },
    mentee: { attribute: 'site' },
  },
];

/** `arb` or `undefined` ("absent"), present with odds `present : absent`. */
function maybe<T>(arb: fc.Arbitrary<T>, present = 1, absent = 1): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: absent }, { arbitrary: arb, weight: present });
}

interface RawPerson {
  readonly languages: readonly string[] | undefined;
  readonly timeZone: number | undefined;
  readonly department: string | undefined;
  readonly grade: number | undefined;
  readonly manager: number | undefined;
  readonly site: string | undefined;
  readonly certified: boolean | undefined;
  readonly values: readonly string[] | undefined;
}

const rawPerson: fc.Arbitrary<RawPerson> = fc.record({
  languages: maybe(fc.subarray([...LANGUAGES])),
  timeZone: maybe(fc.integer({ min: -48, max: 56 }).map((q) => q / 4)),
  department: maybe(fc.constantFrom(...DEPARTMENTS)),
  grade: maybe(fc.integer({ min: 0, max: 8 })),
  manager: maybe(fc.nat(), 1, 4),
  site: maybe(fc.constantFrom('lyon', 'paris')),
  certified: maybe(fc.boolean()),
  values: maybe(fc.subarray([...VALUES])),
});

interface RawItem {
  readonly topic: number;
  readonly level: number;
  readonly priority: number | undefined;
  readonly hours: number | undefined;
  readonly weight: number | undefined;
}

const rawItem: fc.Arbitrary<RawItem> = fc.record({
  topic: fc.nat(),
  level: fc.constantFrom(1, 1, 2, 2, 3, 4, 5),
  priority: maybe(fc.constantFrom(0.5, 1, 2, 3)),
  hours: maybe(fc.constantFrom(0.5, 1, 2, 4)),
  weight: maybe(fc.constantFrom(0.25, 1, 2, 5)),
});

const rawMentor = fc.record({
  person: rawPerson,
  skills: fc.array(fc.record({ topic: fc.nat(), level: fc.integer({ min: 1, max: 5 }) }), { maxLength: 5 }),
  offers: maybe(fc.array(fc.nat(), { maxLength: 3 }), 1, 2),
  capacity: maybe(fc.integer({ min: 0, max: 4 })),
  hoursBudget: maybe(fc.constantFrom(0, 2, 10)),
});

const rawMentee = fc.record({
  person: rawPerson,
  items: fc.array(rawItem, { maxLength: 3 }),
  preferences: fc.array(fc.nat(), { maxLength: 4 }),
  exclude: fc.oneof(
    { arbitrary: fc.constant([]), weight: 3 },
    { arbitrary: fc.array(fc.nat(), { maxLength: 2 }), weight: 1 },
  ),
  selfAs: maybe(fc.nat(), 1, 6),
});

const rawRules = maybe(
  fc.record({
    sameDepartment: maybe(
      fc.constantFrom('allowed', 'avoided', 'forbidden') as fc.Arbitrary<RulesJson['sameDepartment']>,
    ),
    reportingLine: maybe(fc.constantFrom('forbidden', 'allowed') as fc.Arbitrary<RulesJson['reportingLine']>),
    seniorityGap: maybe(
      fc.option(fc.record({ a: maybe(fc.integer({ min: -2, max: 4 })), b: maybe(fc.integer({ min: -2, max: 4 })) }), {
        nil: null,
      }),
    ),
    sharedLanguage: maybe(fc.boolean()),
    maxTimeZoneGap: maybe(fc.option(fc.constantFrom(0, 1.5, 3, 6, 12), { nil: null })),
    levelRequired: maybe(fc.constantFrom(false, false, true), 2, 1),
    repeatMentor: maybe(fc.boolean()),
    custom: fc.subarray([...CUSTOM_POOL], { maxLength: 3 }),
    forbidden: fc.array(fc.record({ mentee: fc.nat(), mentor: fc.nat(), request: fc.nat(), topic: fc.boolean() }), {
      maxLength: 3,
    }),
  }),
  3,
  1,
);

/**
 * The criteria given drawn weights: all but those of the history (`repeat`, `novelty`,
 * `rotation`), which count only with a `history` (never generated); leaving them out also keeps
 * the programmes drawn from a seed what they were before them.
 */
const HISTORY_CRITERIA: readonly Criterion[] = ['repeat', 'novelty', 'rotation'];
const DRAWN_CRITERIA = CRITERIA.filter((c) => !HISTORY_CRITERIA.includes(c));

const rawWeights = maybe(fc.tuple(...DRAWN_CRITERIA.map(() => maybe(fc.constantFrom(0, 0.05, 0.5, 1, 2), 1, 2))));

/** Builds a person's shared fields (ids resolved by the caller). */
function personFields(raw: RawPerson, peopleIds: readonly string[]) {
  return {
    ...(raw.languages !== undefined ? { languages: [...raw.languages] } : {}),
    ...(raw.timeZone !== undefined ? { timeZone: raw.timeZone } : {}),
    ...(raw.department !== undefined ? { department: raw.department } : {}),
    ...(raw.grade !== undefined ? { grade: raw.grade } : {}),
    ...(raw.manager !== undefined && peopleIds.length > 0
      ? { managerId: peopleIds[raw.manager % peopleIds.length] as string }
      : {}),
    ...(raw.site !== undefined || raw.certified !== undefined
      ? {
          attributes: {
            ...(raw.site !== undefined ? { site: raw.site } : {}),
            ...(raw.certified !== undefined ? { certified: raw.certified } : {}),
          },
        }
      : {}),
    ...(raw.values !== undefined ? { values: [...raw.values] } : {}),
  };
}

/** Distinct values of `list`, in first-seen order. */
function distinct<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/**
 * Small valid programme inputs, micro or classic, with every feature in play (see the file's
 * comment); sizes through `options`, meetings (a cycle, sessions, minutes a week) with
 * `meetings: true`, the seed through fast-check's own parameters.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { matchProgram } from 'mentormatch';
 * import { programArbitrary } from 'mentormatch/testing';
 *
 * // A property of an integration: every pair it gets is a pair of people in the programme.
 * fc.assert(
 *   fc.property(programArbitrary({ maxMentors: 4, maxMentees: 4 }), (input) => {
 *     const mentors = new Set(input.mentors.map((m) => m.id));
 *     return matchProgram(input).matches.every((m) => mentors.has(m.mentor));
 *   }),
 *   { seed: 1, numRuns: 100 },
 * );
 * console.log('ok'); // ok
 * ```
 */
export function programArbitrary(options: ProgramArbitraryOptions = {}): fc.Arbitrary<ProgramJson> {
  const programs = plainProgramArbitrary(options);
  return options.meetings === true
    ? fc.tuple(programs, rawMeetings).map(([program, raw]) => withMeetings(program, raw))
    : programs;
}

/** {@link programArbitrary} without meetings. */
function plainProgramArbitrary(options: ProgramArbitraryOptions): fc.Arbitrary<ProgramJson> {
  const allowSelf = options.allowSelf ?? true;
  const mode: fc.Arbitrary<Mode> =
    options.mode !== undefined ? fc.constant(options.mode) : fc.constantFrom<Mode>('micro', 'classic');
  return fc
    .record({
      mode,
      name: maybe(fc.constantFrom('spring', 'autumn')),
      numTopics: fc.integer({ min: 1, max: 5 }),
      parents: fc.array(maybe(fc.nat()), { minLength: 5, maxLength: 5 }),
      mentors: fc.array(rawMentor, { minLength: options.minMentors ?? 0, maxLength: options.maxMentors ?? 5 }),
      mentees: fc.array(rawMentee, { minLength: options.minMentees ?? 0, maxLength: options.maxMentees ?? 5 }),
      rules: rawRules,
      weights: rawWeights,
      objective: maybe(fc.constantFrom('total', 'coverage', 'fair') as fc.Arbitrary<ProgramJson['objective']>),
    })
    .map((raw): ProgramJson => {
      const topicIds = Array.from({ length: raw.numTopics }, (_, k) => `t${k}`);
      const topicOf = (n: number) => topicIds[n % topicIds.length] as string;
      const topics = topicIds.map((id, k) => {
        const p = raw.parents[k];
        return k > 0 && p !== undefined ? { id, parent: topicIds[p % k] as string } : { id };
      });
      const mentorIds = raw.mentors.map((_, k) => `m${k}`);
      const menteeIds: string[] = [];
      for (const [k, e] of raw.mentees.entries()) {
        const self =
          allowSelf && e.selfAs !== undefined && mentorIds.length > 0
            ? mentorIds[e.selfAs % mentorIds.length]
            : undefined;
        menteeIds.push(self !== undefined && !menteeIds.includes(self) ? self : `e${k}`);
      }
      const peopleIds = [...mentorIds, ...menteeIds];
      const mentors: MentorJson[] = raw.mentors.map((m, k) => {
        const skills = new Map<string, number>();
        for (const s of m.skills) if (!skills.has(topicOf(s.topic))) skills.set(topicOf(s.topic), s.level);
        return {
          id: mentorIds[k] as string,
          ...personFields(m.person, peopleIds),
          skills: [...skills].map(([topic, level]) => ({ topic, level })),
          ...(m.offers !== undefined ? { offers: distinct(m.offers.map(topicOf)) } : {}),
          ...(m.capacity !== undefined ? { capacity: m.capacity } : {}),
          // Hours budgets are for micro mode (parseProgram rejects them in classic).
          ...(raw.mode === 'micro' && m.hoursBudget !== undefined ? { hoursBudget: m.hoursBudget } : {}),
        };
      });
      const mentees: MenteeJson[] = raw.mentees.map((e, k) => {
        const id = menteeIds[k] as string;
        const items: RawItem[] = [];
        for (const item of e.items) if (!items.some((i) => topicOf(i.topic) === topicOf(item.topic))) items.push(item);
        const others = mentorIds.filter((m) => m !== id);
        const pick = (list: readonly number[]) =>
          others.length === 0 ? [] : distinct(list.map((n) => others[n % others.length] as string));
        const preferences = pick(e.preferences);
        const exclude = pick(e.exclude);
        return {
          id,
          ...personFields(e.person, peopleIds),
          ...(raw.mode === 'micro'
            ? {
                requests: items.map((i) => ({
                  topic: topicOf(i.topic),
                  level: i.level,
                  ...(i.priority !== undefined ? { priority: i.priority } : {}),
                  ...(i.hours !== undefined ? { hours: i.hours } : {}),
                })),
              }
            : {
                goals: items.map((i) => ({
                  topic: topicOf(i.topic),
                  ...(i.weight !== undefined ? { weight: i.weight } : {}),
                })),
              }),
          ...(preferences.length > 0 ? { preferences } : {}),
          ...(exclude.length > 0 ? { exclude } : {}),
        };
      });
      const program: ProgramJson = {
        ...(raw.name !== undefined ? { name: raw.name } : {}),
        mode: raw.mode,
        topics,
        mentors,
        mentees,
        ...(raw.objective !== undefined ? { objective: raw.objective } : {}),
      };
      if (raw.rules !== undefined) program.rules = buildRules(raw.rules, raw.mode, mentors, mentees);
      if (raw.weights !== undefined) {
        const weights: Partial<Record<Criterion, number>> = {};
        DRAWN_CRITERIA.forEach((c, k) => {
          const w = raw.weights?.[k];
          if (w !== undefined) weights[c] = w;
        });
        program.weights = weights;
      }
      return program;
    });
}

type RawRules = NonNullable<typeof rawRules extends fc.Arbitrary<infer T> ? T : never>;

function buildRules(raw: RawRules, mode: Mode, mentors: readonly MentorJson[], mentees: readonly MenteeJson[]) {
  const rules: RulesJson = { custom: [...raw.custom] };
  if (raw.sameDepartment !== undefined) rules.sameDepartment = raw.sameDepartment;
  if (raw.reportingLine !== undefined) rules.reportingLine = raw.reportingLine;
  if (raw.seniorityGap !== undefined) {
    const gap = raw.seniorityGap;
    if (gap === null) rules.seniorityGap = null;
    else {
      const { a, b } = gap;
      const [min, max] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
      rules.seniorityGap = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
  }
  if (raw.sharedLanguage !== undefined) rules.sharedLanguage = raw.sharedLanguage;
  if (raw.maxTimeZoneGap !== undefined) rules.maxTimeZoneGap = raw.maxTimeZoneGap;
  if (raw.levelRequired !== undefined) rules.levelRequired = raw.levelRequired;
  if (raw.repeatMentor !== undefined) rules.repeatMentor = raw.repeatMentor;
  const pairs: PairJson[] = [];
  const seen = new Set<string>();
  if (mentors.length > 0 && mentees.length > 0) {
    for (const f of raw.forbidden) {
      const mentee = mentees[f.mentee % mentees.length] as MenteeJson;
      const mentor = mentors[f.mentor % mentors.length] as MentorJson;
      if (mentee.id === mentor.id) continue;
      let pair: PairJson = { mentee: mentee.id, mentor: mentor.id };
      if (mode === 'micro') {
        const requests = mentee.requests ?? [];
        if (requests.length === 0) continue;
        if (requests.length > 1 || f.topic)
          pair = { ...pair, topic: (requests[f.request % requests.length] as { topic: string }).topic };
      }
      const key = JSON.stringify([pair.mentee, pair.mentor, pair.topic ?? null]);
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push(pair);
    }
  }
  if (pairs.length > 0) rules.forbiddenPairs = pairs;
  return rules;
}
