/**
 * `parseProgram`: the only place where a programme is validated. zod checks the shapes; then every
 * reference between ids is checked, every default filled in, and the result deeply frozen.
 */
import type * as z from 'zod/mini';
import type { InputIssue } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { drain } from '../internal/drain.js';
import type { Locale } from '../locale/message.js';
import { checkProgram } from './checkProgram.js';
import { deepFreeze } from './deepFreeze.js';
import { DEFAULT_CAPACITY, DEFAULT_RULES, DEFAULT_WEIGHTS, OFFER_LEVEL } from './defaults.js';
import { invalidInput, issue, localeOf, rethrowIn } from './issues.js';
import { checkLimit, checkProgramSize, type ProgramLimits, readLimits, utf8Length } from './limits.js';
import { mentorBudget, requestMeetings } from './meetings.js';
import type {
  Condition,
  Criterion,
  CustomRule,
  Cycle,
  HistoryEntry,
  Mentee,
  Mentor,
  Pair,
  Program,
  Rules,
  Topic,
} from './program.js';
import { CRITERIA } from './program.js';
import { QUICK } from './quickShape.js';
import { AN_INTEGER, type ProgramShape, programSchema } from './schema.js';
import { fromZodIssue, typeName, valueAt } from './zodIssues.js';

const FN = 'parseProgram';
type ProgramCustomRule = NonNullable<NonNullable<ProgramShape['rules']>['custom']>[number];
/** Most issues listed in one error. */
const MAX_ISSUES = 50;

/** Options of {@link parseProgram}. */
export interface ParseOptions {
  /** Size limits, checked before the programme is parsed; defaults: {@link DEFAULT_LIMITS}. */
  readonly limits?: ProgramLimits;
  /**
   * The language of the messages of the {@link InputIssue}s (and of the error's own message):
   * `'en'` (the default) or a catalog such as `it` from `mentormatch/locales/it`. The issues'
   * `code` and `params` are the same in every locale.
   */
  readonly locale?: Locale;
}

/**
 * Validates a mentoring programme and returns it normalised (every default filled in) and frozen.
 *
 * The input format is documented in the README ("The programme format"), field by field in
 * docs/programme-format.md, and as a JSON Schema in {@link schema!programJsonSchema}. A programme
 * returned by `parseProgram` is itself a valid input, and parses to an equal programme.
 *
 * Data exported from HR systems is taken as it comes:
 * - an id may be a safe integer, which becomes its decimal string (`42` and `"42"` are one id, and
 *   so are `0` and `-0`); any other number (`1.5`, `NaN`) is rejected;
 * - a `timeZone` may be an IANA name (`"Europe/Rome"`, `"UTC"`), replaced by its offset from UTC in
 *   hours at 12:00 UTC on the reference date: the programme's `startDate` (`YYYY-MM-DD`) or, when
 *   it has none, the day (UTC) `parseProgram` runs (the result then depends on that day). Daylight
 *   saving time is thereby right for the cycle: `"Europe/Rome"` is `1` in January, `2` in July.
 *   Names are resolved with `Intl.DateTimeFormat`, so any runtime with time zone data works;
 * - a `-0` anywhere (a budget, an offset, an attribute's value) reads as `0`;
 * - `$schema` (the address of a JSON Schema, for editors) is ignored.
 *
 * The result keeps ids as strings and time zones as offsets; `startDate` and `$schema` are not kept
 * (a `cycle` keeps its start: `cycle.start`, else `startDate`, which it must equal when both are
 * given, and which it stands in for when only the cycle has a start). Meetings become hours
 * (docs/programme-format.md, "Meetings"): a request's `hours` default to `sessions ×
 * sessionMinutes / 60` (2 × 60 minutes), and a mentor's `weeklyMinutes` become an `hoursBudget` of
 * `weeklyMinutes × cycle.weeks / 60` (the smaller one when an `hoursBudget` is given too).
 * `history` (pairs of earlier cycles, always present, empty by default) is kept as given, and
 * `asOf`, the day from which `rules.repeatWindowDays` counts back, is the `asOf` given, else the
 * `startDate`, else the latest date of the history (absent without an `asOf` or a history).
 *
 * @param json - the programme: an object (parsed JSON) or a JSON string. Never modified.
 * @param options - `limits`: the most mentors, mentees, requests, pairs and (for a string) UTF-8
 *   bytes accepted ({@link DEFAULT_LIMITS} where absent).
 * @returns the normalised, deeply frozen programme; given a programme it returned, that programme
 *   itself (its size checked against `limits`; parsing it again would give it back), so that
 *   `matchProgram(parseProgram(body))` and the other entry points parse once.
 * @throws {@link InvalidInputError} of code `TOO_LARGE` when the input is over a limit (checked
 *   before parsing), naming the limit, the size found and how to raise it.
 * @throws {@link InvalidInputError} listing every problem found, each with its path
 *   (`mentors[3].skills[0].topic: unknown topic "pricng"`,
 *   `mentees[0].timeZone is not a time zone: write an IANA name such as "Europe/Rome", or an offset in hours, got "Europe/Rom"`).
 *
 * @example
 * ```ts
 * import { InvalidInputError, parseProgram } from 'mentormatch';
 *
 * const program = parseProgram({
 *   mode: 'micro',
 *   topics: [{ id: 'finance' }, { id: 'pricing', parent: 'finance' }],
 *   mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 4 }] }],
 *   mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
 * });
 * console.log(program.mentors[0]?.capacity, program.mentors[0]?.offers); // 5 [ 'pricing' ]
 *
 * // Over a limit: TOO_LARGE, before anything is parsed.
 * try {
 *   parseProgram('{"mode": "micro"}', { limits: { maxInputBytes: 10 } });
 * } catch (error) {
 *   if (error instanceof InvalidInputError) console.log(error.code); // TOO_LARGE
 * }
 * ```
 */
export function parseProgram(json: unknown, options?: ParseOptions): Program {
  const t = localeOf(options);
  try {
    const limits = readLimits(FN, options === undefined ? undefined : readParseOptions(options).limits);
    return drain(parseSteps(json, limits));
  } catch (error) {
    if (t.english) throw error;
    return rethrowIn(FN, error, t);
  }
}

/** `options` of `parseProgram`, checked to be an object. */
function readParseOptions(options: unknown): { limits?: unknown } {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalidInput(FN, [issue(['options'], 'invalid_type', { expected: 'object', found: describeValue(options) })]);
  }
  return options as { limits?: unknown };
}

/**
 * {@link parseProgram} with resolved limits, its messages in English (the callers re-render them in
 * their locale: `rethrowIn`), in steps: it yields `''` (the solvers' `SLICE`) at its check points,
 * every 64 topics, mentors and mentees and between its stages, where the caller's runner checks the
 * time limit and the signal and an async form may give the event loop a turn.
 */
export function* parseSteps(json: unknown, limits: Required<ProgramLimits>): Generator<string, Program, void> {
  let input = json;
  if (typeof json === 'string') {
    checkLimit(FN, limits, 'maxInputBytes', utf8Length(json, limits.maxInputBytes));
    // A byte-order mark (files saved by Excel or Notepad) is not part of the JSON text.
    const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
    try {
      input = JSON.parse(text) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      // Text copied from a JSONC example (the README's, an editor's) fails here: say why.
      const hint = /\/\/|\/\*|,\s*[}\]]/.test(text);
      throw invalidInput(FN, [issue([], 'not_json', { reason, comments: hint })]);
    }
    yield '';
  }
  checkProgramSize(FN, input, limits);
  // A programme this function returned is read as it is: parsing it again gives it back, and it is
  // deeply frozen (`matchProgram(parseProgram(body))` parses once, not twice: 0.4 s at 100,000
  // requests). Its size was checked above against this call's limits.
  if (typeof input === 'object' && input !== null && PARSED.has(input)) return input as Program;
  const issues: InputIssue[] = [];
  checkReservedAttributes(input, issues);
  // The long lists element by element, by the schema's own element schemas: the same output, key
  // for key (they are assigned in place). When any part fails, the whole input is parsed for its
  // issues, as they were always listed.
  let data: ProgramShape | undefined;
  try {
    data = programSchema.parse({ ...(input as object), topics: [], mentors: [], mentees: [] });
    for (const key of LISTS) {
      const list = (input as never)[key] as unknown[];
      if (!Array.isArray(list)) throw list;
      const out: unknown[] = [];
      const quick = QUICK[key];
      for (const item of list) {
        if (out.length % 64 === 63) yield '';
        // A plainly valid element read quickly, to the schema's own output; any other by the schema.
        out.push(quick(item) ?? programSchema.shape[key]._zod.def.element.parse(item));
      }
      (data[key] as unknown[]) = out;
    }
  } catch {
    data = undefined;
  }
  const parsed = data === undefined ? programSchema.safeParse(input) : { data };
  if (parsed.data === undefined) {
    issues.unshift(...(parsed.error?.issues ?? []).map((i) => describeIssue(i, input)));
    // Report broken references too, in one error: the reference checks read the raw input (with
    // numeric ids as strings), and where its shape is too broken for them they stop (that part's
    // shape issues are listed).
    try {
      checkProgram(stringIds(input) as ProgramShape, issues);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
    throw invalidInput(FN, issues.slice(0, MAX_ISSUES));
  }
  yield '';
  checkProgram(parsed.data, issues);
  const offsets = zoneOffsets(parsed.data, issues);
  if (issues.length > 0) throw invalidInput(FN, issues.slice(0, MAX_ISSUES));
  yield '';
  const program = normalise(parsed.data, offsets);
  yield '';
  // A -0 anywhere reads as 0 (as the ids `-0` and `0` are one): the programme's JSON is then the
  // programme itself, bit for bit (helper threads receive it as JSON text).
  const frozen = deepFreeze(program);
  PARSED.add(frozen);
  return frozen;
}

/** The programmes {@link parseSteps} returned (see its start). */
const PARSED = new WeakSet<object>();

/** The programme's long lists, validated element by element. */
const LISTS = ['topics', 'mentors', 'mentees'] as const;

/**
 * One zod issue in words: the schema's own messages (an unknown time zone), the choices of a
 * union (`must be a string or an integer`), the date format; the rest as `fromZodIssues` says them.
 */
function describeIssue(zodIssue: z.core.$ZodIssue, root: unknown): InputIssue {
  const path = zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  const value = valueAt(root, path);
  const found = describeValue(value);
  // The schema's only refinement: the time zone name.
  if (zodIssue.code === 'custom') return issue(path, 'invalid_time_zone', { found });
  if (zodIssue.code === 'invalid_format') return issue(path, 'invalid_format', { format: zodIssue.format, found });
  if (zodIssue.code === 'invalid_union') {
    const expected = zodIssue.errors.map((branch) => {
      const first = branch[0];
      if (first?.code !== 'invalid_type') return '';
      return first.message === AN_INTEGER ? 'integer' : typeName(first.expected);
    });
    if (expected.every((e) => e !== ''))
      return value === undefined
        ? issue(path, 'required', { expected })
        : issue(path, 'invalid_type', { expected, found });
  }
  return fromZodIssue(zodIssue, root);
}

/** Fields holding one id, and fields holding a list of ids. */
const ID_FIELDS = new Set(['id', 'parent', 'managerId', 'topic', 'mentee', 'mentor']);
const ID_LISTS = new Set(['offers', 'preferences', 'exclude']);

/** No id of the programme format lies deeper than this; below it values are left as they are. */
const ID_DEPTH = 16;

/**
 * A copy of the raw input with its integer ids as strings, as the schema would read them, for the
 * reference checks of an input that failed the schema (free `attributes` are left as they are, and
 * whatever lies deeper than any field of the format: a value nested 100,000 deep in an unknown
 * field must not exhaust the stack).
 */
function stringIds(value: unknown, key?: string, depth = 0): unknown {
  if (key !== undefined && ID_FIELDS.has(key) && Number.isSafeInteger(value)) return String(value);
  if (depth > ID_DEPTH) return value;
  if (Array.isArray(value))
    return key !== undefined && ID_LISTS.has(key)
      ? value.map((item: unknown) => (Number.isSafeInteger(item) ? String(item) : item))
      : value.map((item: unknown) => stringIds(item, undefined, depth + 1));
  if (value === null || typeof value !== 'object' || key === 'attributes') return value;
  // `fromEntries` defines properties, so an own `__proto__` key stays a key.
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringIds(v, k, depth + 1)]));
}

/**
 * The offset from UTC, in hours, of the time zone `name` at the instant `at` (ms since the epoch),
 * read from the wall-clock time `Intl.DateTimeFormat` shows there (no `longOffset` needed).
 */
function zoneOffset(name: string, at: number): number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(format.formatToParts(at).find((p) => p.type === type)?.value ?? Number.NaN);
  const wall = new Date(0);
  wall.setUTCFullYear(part('year'), part('month') - 1, part('day')); // years below 100 too
  wall.setUTCHours(part('hour'), part('minute'), part('second'));
  return Math.round((wall.getTime() - Math.floor(at / 1000) * 1000) / 60_000) / 60;
}

/**
 * The offsets of the time zone names used in `input`, at 12:00 UTC on its reference date
 * (`startDate`, else today's UTC date); reports a name whose offset there is not a multiple of 0.25 hours
 * between -12 and 14 (a zone's local mean time before 1900, say).
 */
function zoneOffsets(input: ProgramShape, issues: InputIssue[]): Map<string, number> {
  const offsets = new Map<string, number>();
  const day = input.startDate ?? input.cycle?.start ?? new Date().toISOString().slice(0, 10);
  const noon = Date.parse(`${day}T12:00:00Z`);
  for (const side of ['mentors', 'mentees'] as const) {
    input[side].forEach((person, k) => {
      const name = person.timeZone;
      if (typeof name !== 'string') return;
      const offset = offsets.get(name) ?? zoneOffset(name, noon);
      offsets.set(name, offset);
      if (offset >= -12 && offset <= 14 && Number.isInteger(offset * 4)) return;
      issues.push(issue([side, k, 'timeZone'], 'time_zone_offset', { zone: name, offset, date: day }));
    });
  }
  return offsets;
}

/** zod drops an attribute named `__proto__` silently; report it instead. */
function checkReservedAttributes(input: unknown, issues: InputIssue[]): void {
  if (input === null || typeof input !== 'object') return;
  const root = input as { mentors?: unknown; mentees?: unknown };
  for (const side of ['mentors', 'mentees'] as const) {
    const people = root[side];
    if (!Array.isArray(people)) continue;
    people.forEach((person: unknown, k) => {
      const attributes = (person as { attributes?: unknown } | null)?.attributes;
      if (attributes !== null && typeof attributes === 'object' && Object.hasOwn(attributes, '__proto__')) {
        issues.push(
          issue([side, k, 'attributes', '__proto__'], 'reserved_attribute', {
            name: '__proto__',
            field: `${side}[${k}].attributes`,
          }),
        );
      }
    });
  }
}

/**
 * Lower-cased, without duplicates, in first-seen order: `list` itself (the parsed data's own fresh
 * array, see `normalise`) when it already is, as it mostly is; else a new array.
 */
function words(list: string[] | undefined): string[] {
  if (list === undefined) return [];
  // (A check by look-up in the list: a long list goes through the set.)
  let plain = list.length <= 32;
  for (let i = 0; i < list.length && plain; i++) {
    const w = list[i] as string;
    plain = w !== '' && w === w.trim().toLowerCase() && list.indexOf(w) === i;
  }
  return plain ? list : [...new Set(list.map((w) => w.trim().toLowerCase()).filter((w) => w !== ''))];
}

/** `x`, with `-0` as 0 (JSON writes `-0` as 0: see `parseSteps`' end). */
const zero = (x: number): number => (x === 0 ? 0 : x);

/** Copies the optional fields that are present (exact optional properties: absent stays absent). */
function present<T extends object, K extends keyof T>(
  source: T,
  keys: readonly K[],
): { [P in K]?: Exclude<T[P], undefined> } {
  const out: { [P in K]?: Exclude<T[P], undefined> } = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) out[key] = value as Exclude<T[K], undefined>;
  }
  return out;
}

/** An object of the programme being built, field by field (see `normalise`). */
type Fields = Record<string, unknown>;

/** A person's optional fields, a request's meetings, a goal's optional fields: in their order. */
const PERSON_OPTIONAL = ['department', 'managerId', 'grade'] as const;
const MEETING_FIELDS = ['hours', 'sessions', 'sessionMinutes'] as const;
const GOAL_OPTIONAL = ['sessions', 'sessionMinutes'] as const;

/** Sets on `target` each of `keys` that `source` holds (not `undefined`), in that order; returns `target`. */
function copyPresent(target: Fields, source: object, keys: readonly string[]): Fields {
  for (const key of keys) {
    const value = (source as Fields)[key];
    if (value !== undefined) target[key] = value;
  }
  return target;
}

/** A custom rule's condition, without absent fields. */
function condition(c: NonNullable<ProgramCustomRule['mentor']>): Condition {
  return { attribute: c.attribute, ...present(c, ['equals']), ...(c.in !== undefined ? { in: [...c.in] } : {}) };
}

/** Fills in every default; time zone names become their `offsets`. */
function normalise(input: ProgramShape, offsets: ReadonlyMap<string, number>): Program {
  const { mode } = input;
  const startDate = input.startDate ?? input.cycle?.start;
  const cycle: Cycle | undefined =
    input.cycle === undefined
      ? undefined
      : { ...(startDate === undefined ? {} : { start: startDate }), weeks: input.cycle.weeks };
  const topics: Topic[] = input.topics.map((t) => ({ id: t.id, name: t.name ?? t.id, ...present(t, ['parent']) }));
  // The people, their requests and goals built field by field, in the order their JSON lists
  // them, not through spreads in object literals (0.4 µs a spread against 0.1 an object: 230,000
  // of them at 100,000 requests, on the calling thread before anything else can start). Objects
  // built property by property also share their hidden classes in V8, where an object made by a
  // leading spread and then frozen gets one of its own (50,000 attributes, 50,000 classes).
  // Each is frozen as it is made, its numbers' -0 made 0 (`deepFreeze` at the end passes over what
  // is frozen), and the parsed data's own arrays and objects are kept where they already are what
  // the programme holds: they are fresh copies (the quick reads' and the schema's output), never
  // the input's, and nothing else holds them. At 60,000 people that is half a million objects
  // neither copied nor walked again.
  const person = (p: ProgramShape['mentors'][number] | ProgramShape['mentees'][number]): Fields => {
    const timeZone = typeof p.timeZone === 'string' ? offsets.get(p.timeZone) : p.timeZone;
    const out: Fields = { id: p.id, name: p.name ?? p.id, languages: Object.freeze(words(p.languages)) };
    if (timeZone !== undefined) out.timeZone = zero(timeZone);
    copyPresent(out, p, PERSON_OPTIONAL);
    if (typeof out.grade === 'number') out.grade = zero(out.grade);
    // (`deepFreeze` makes a -0 among the values 0.)
    out.attributes = deepFreeze(p.attributes ?? {});
    out.values = Object.freeze(words(p.values));
    return out;
  };
  const mentors = input.mentors.map((m) => {
    const out = person(m);
    for (const skill of m.skills) Object.freeze(skill);
    out.skills = Object.freeze(m.skills);
    out.offers = Object.freeze(
      m.offers !== undefined ? m.offers : m.skills.filter((s) => s.level >= OFFER_LEVEL).map((s) => s.topic),
    );
    out.capacity = zero(m.capacity ?? DEFAULT_CAPACITY[mode]);
    const budget = mentorBudget(m, cycle);
    if (budget.hoursBudget !== undefined) out.hoursBudget = zero(budget.hoursBudget);
    if (budget.weeklyMinutes !== undefined) out.weeklyMinutes = zero(budget.weeklyMinutes);
    out.preferences = Object.freeze(m.preferences ?? []);
    return Object.freeze(out) as unknown as Mentor;
  });
  const mentees = input.mentees.map((e) => {
    const out = person(e);
    // (A request's and a goal's numbers are positive: no -0.)
    out.requests = Object.freeze(
      (e.requests ?? []).map((r) => {
        const request: Fields = { topic: r.topic, level: r.level, priority: r.priority ?? 1 };
        return Object.freeze(copyPresent(request, requestMeetings(r), MEETING_FIELDS));
      }),
    );
    out.goals = Object.freeze(
      (e.goals ?? []).map((g) =>
        Object.freeze(copyPresent({ topic: g.topic, weight: g.weight ?? 1 }, g, GOAL_OPTIONAL)),
      ),
    );
    out.preferences = Object.freeze(e.preferences ?? []);
    out.exclude = Object.freeze(e.exclude ?? []);
    return Object.freeze(out) as unknown as Mentee;
  });
  const given = input.rules ?? {};
  const pairs = (list: readonly { mentee: string; mentor: string; topic?: string | undefined }[] | undefined): Pair[] =>
    (list ?? []).map((p) => ({ mentee: p.mentee, mentor: p.mentor, ...present(p, ['topic']) }));
  const rules: Rules = {
    ...DEFAULT_RULES[mode],
    ...present(given, [
      'sameDepartment',
      'reportingLine',
      'sharedLanguage',
      'maxTimeZoneGap',
      'levelRequired',
      'repeatMentor',
      'repeatPairs',
      'repeatWindowDays',
    ]),
    ...(given.seniorityGap !== undefined
      ? { seniorityGap: given.seniorityGap === null ? null : present(given.seniorityGap, ['min', 'max']) }
      : {}),
    custom: (given.custom ?? []).map(
      (rule): CustomRule => ({
        name: rule.name,
        effect: rule.effect,
        ...(rule.mentor !== undefined ? { mentor: condition(rule.mentor) } : {}),
        ...(rule.mentee !== undefined ? { mentee: condition(rule.mentee) } : {}),
        ...present(rule, ['same']),
      }),
    ),
    forbiddenPairs: pairs(given.forbiddenPairs),
    lockedPairs: pairs(given.lockedPairs),
    quotas: (given.quotas ?? []).map((q) => ({
      ...present(q, ['attribute', 'count', 'crossDepartment', 'min', 'max', 'minShare', 'maxShare', 'soft', 'weight']),
      kind: q.kind,
      ...(q.mentee !== undefined ? { mentee: condition(q.mentee) } : {}),
    })),
  };
  const weights = {} as Record<Criterion, number>;
  for (const c of CRITERIA) weights[c] = input.weights?.[c] ?? DEFAULT_WEIGHTS[mode][c];
  const history: HistoryEntry[] = (input.history ?? []).map((h) => ({
    mentee: h.mentee,
    mentor: h.mentor,
    ...present(h, ['topic']),
    date: h.date,
  }));
  const asOf = input.asOf ?? (history.length > 0 ? (startDate ?? latestDate(history)) : undefined);
  return {
    ...present(input, ['name']),
    mode,
    topics,
    mentors,
    mentees,
    rules,
    weights,
    objective: input.objective ?? 'total',
    history,
    ...(asOf !== undefined ? { asOf } : {}),
    ...(cycle !== undefined ? { cycle } : {}),
  };
}

/** The latest date of `history` (ISO dates compare as strings), or undefined when it is empty. */
function latestDate(history: readonly HistoryEntry[]): string | undefined {
  let latest: string | undefined;
  for (const { date } of history) if (latest === undefined || date > latest) latest = date;
  return latest;
}
