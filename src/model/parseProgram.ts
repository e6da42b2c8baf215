/**
 * `parseProgram`: the only place where a programme is validated. zod checks the shapes; then every
 * reference between ids is checked, every default filled in, and the result deeply frozen.
 */
import { type InputIssue, InvalidInputError } from '../errors.js';
import { checkProgram } from './checkProgram.js';
import { deepFreeze } from './deepFreeze.js';
import { DEFAULT_CAPACITY, DEFAULT_REQUEST_HOURS, DEFAULT_RULES, DEFAULT_WEIGHTS, OFFER_LEVEL } from './defaults.js';
import type { Condition, Criterion, CustomRule, Mentee, Mentor, Pair, Program, Rules, Topic } from './program.js';
import { CRITERIA } from './program.js';
import { type ProgramInput, programSchema } from './schema.js';
import { fromZodIssues } from './zodIssues.js';

const FN = 'parseProgram';
type ProgramCustomRule = NonNullable<NonNullable<ProgramInput['rules']>['custom']>[number];
/** Most issues listed in one error. */
const MAX_ISSUES = 50;

/**
 * Validates a mentoring programme and returns it normalised (every default filled in) and frozen.
 *
 * The input format is documented in the README ("The programme format") and as a JSON Schema in
 * {@link programJsonSchema}. A programme returned by `parseProgram` is itself a valid input, and
 * parses to an equal programme.
 *
 * @param json - the programme: an object (parsed JSON) or a JSON string. Never modified.
 * @returns the normalised, deeply frozen programme.
 * @throws {@link InvalidInputError} listing every problem found, each with its path
 *   (`mentors[3].skills[0].topic: unknown topic "pricng"`).
 *
 * @example
 * ```ts
 * import { parseProgram } from 'mentormatch';
 *
 * const program = parseProgram({
 *   mode: 'micro',
 *   topics: [{ id: 'finance' }, { id: 'pricing', parent: 'finance' }],
 *   mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 4 }] }],
 *   mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
 * });
 * console.log(program.mentors[0]?.capacity, program.mentors[0]?.offers); // 5 [ 'pricing' ]
 * ```
 */
export function parseProgram(json: unknown): Program {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new InvalidInputError(FN, [{ path: [], message: `the programme is not valid JSON: ${reason}` }]);
    }
  }
  const issues: InputIssue[] = [];
  checkReservedAttributes(input, issues);
  const parsed = programSchema.safeParse(input);
  if (!parsed.success) {
    issues.unshift(...fromZodIssues(parsed.error.issues, input));
    // Report broken references too, in one error: the reference checks read the raw input, and
    // where its shape is too broken for them they stop (that part's shape issues are listed).
    try {
      checkProgram(input as ProgramInput, issues);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
    throw new InvalidInputError(FN, issues.slice(0, MAX_ISSUES));
  }
  checkProgram(parsed.data, issues);
  if (issues.length > 0) throw new InvalidInputError(FN, issues.slice(0, MAX_ISSUES));
  return deepFreeze(normalise(parsed.data));
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
        issues.push({
          path: [side, k, 'attributes', '__proto__'],
          message: `${side}[${k}].attributes: "__proto__" cannot be an attribute name`,
        });
      }
    });
  }
}

/** Lower-cased, without duplicates, in first-seen order. */
function words(list: readonly string[] | undefined): string[] {
  return [...new Set((list ?? []).map((w) => w.trim().toLowerCase()).filter((w) => w !== ''))];
}

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

/** A custom rule's condition, without absent fields. */
function condition(c: NonNullable<ProgramCustomRule['mentor']>): Condition {
  return { attribute: c.attribute, ...present(c, ['equals']), ...(c.in !== undefined ? { in: [...c.in] } : {}) };
}

/** Fills in every default. */
function normalise(input: ProgramInput): Program {
  const { mode } = input;
  const topics: Topic[] = input.topics.map((t) => ({ id: t.id, name: t.name ?? t.id, ...present(t, ['parent']) }));
  const person = (p: ProgramInput['mentors'][number] | ProgramInput['mentees'][number]) => ({
    id: p.id,
    name: p.name ?? p.id,
    languages: words(p.languages),
    ...present(p, ['timeZone', 'department', 'managerId', 'grade']),
    attributes: { ...(p.attributes ?? {}) },
    values: words(p.values),
  });
  const mentors: Mentor[] = input.mentors.map((m) => ({
    ...person(m),
    skills: m.skills.map((s) => ({ topic: s.topic, level: s.level })),
    offers: m.offers !== undefined ? [...m.offers] : m.skills.filter((s) => s.level >= OFFER_LEVEL).map((s) => s.topic),
    capacity: m.capacity ?? DEFAULT_CAPACITY[mode],
    ...present(m, ['hoursBudget']),
    preferences: [...(m.preferences ?? [])],
  }));
  const mentees: Mentee[] = input.mentees.map((e) => ({
    ...person(e),
    requests: (e.requests ?? []).map((r) => ({
      topic: r.topic,
      level: r.level,
      priority: r.priority ?? 1,
      hours: r.hours ?? DEFAULT_REQUEST_HOURS,
    })),
    goals: (e.goals ?? []).map((g) => ({ topic: g.topic, weight: g.weight ?? 1 })),
    preferences: [...(e.preferences ?? [])],
    exclude: [...(e.exclude ?? [])],
  }));
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
  };
  const weights = {} as Record<Criterion, number>;
  for (const c of CRITERIA) weights[c] = input.weights?.[c] ?? DEFAULT_WEIGHTS[mode][c];
  return {
    ...present(input, ['name']),
    mode,
    topics,
    mentors,
    mentees,
    rules,
    weights,
    objective: input.objective ?? 'total',
  };
}
