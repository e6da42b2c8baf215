/**
 * Quick reads of the programme's long lists (topics, mentors, mentees), element by element, for
 * `parseSteps`: the schema's own output (`schema.ts`) for an element that is plainly valid, else
 * `undefined`, and the element then goes to the schema, which also words its issues. Plainly valid:
 * plain objects and arrays, every field known, valid and not `undefined`, a time zone given as a
 * number. About a fifth of the schema's time on 100,000 requests, and no garbage per field.
 *
 * The output is the schema's, key for key and in its order: `test/quickShape.test.ts` compares
 * both on random and broken elements, field by field at the bounds, and checks that these shapes
 * list the schema's fields (a field added to the schema and not here is never read quickly: its
 * element goes to the schema). Internal.
 */

/** What a reader returns for a value it does not take as plainly valid. */
const NO: unique symbol = Symbol('no');
/** A field's reader: the schema's output for the value, or {@link NO}. */
type Read = (value: unknown) => unknown;
/** An object's fields in the schema's order, each with its reader and whether it is required. */
export type QuickShape = readonly (readonly [key: string, read: Read, required: boolean])[];

const text: Read = (v) => (typeof v === 'string' ? v : NO);
const word: Read = (v) => (typeof v === 'string' && v.length > 0 ? v : NO);
/** An id: 1 to 200 characters, or a safe integer as its decimal string (`schema.ts` `id`). */
const id: Read = (v) =>
  typeof v === 'string' ? (v.length > 0 && v.length <= 200 ? v : NO) : Number.isSafeInteger(v) ? String(v) : NO;
/** A safe integer from `min` to `max`. */
const int =
  (min: number, max: number): Read =>
  (v) =>
    Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max ? v : NO;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const positive: Read = (v) => (finite(v) && v > 0 ? v : NO);
const nonNegative: Read = (v) => (finite(v) && v >= 0 ? v : NO);
/** An offset in hours, a multiple of 0.25 from -12 to 14 (a name goes to the schema: `Intl` checks it). */
const offset: Read = (v) => (finite(v) && v >= -12 && v <= 14 && Number.isInteger(v * 4) ? v : NO);
const scalar: Read = (v) => (typeof v === 'string' || typeof v === 'boolean' || finite(v) ? v : NO);

/** An object whose prototype is `Object.prototype` or null. */
function plain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * An array of what `read` takes. Made at its length, as the schema makes it: the programme keeps
 * these arrays (see `parseProgram.ts` `normalise`), and one grown by `push` holds room for 16 more
 * (11 MB more at 60,000 people).
 */
const list =
  (read: Read): Read =>
  (v) => {
    if (!Array.isArray(v)) return NO;
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = read(v[i]);
      if (x === NO) return NO;
      out[i] = x;
    }
    return out;
  };

/** Free attributes: own enumerable string keys only, each a string, a finite number or a boolean. */
const attributes: Read = (v) => {
  if (!plain(v)) return NO;
  const keys = Object.keys(v);
  if (Reflect.ownKeys(v).length !== keys.length) return NO;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const x = scalar(v[key]);
    if (x === NO) return NO;
    // (a `__proto__` key is set as the schema sets it: a scalar given to the setter changes nothing)
    out[key] = x;
  }
  return out;
};

/**
 * A strict object of `shape`: its fields in order, an absent optional one left out; any other key
 * (own or inherited, as the schema counts them) or a field present as `undefined`, not read quickly.
 */
export function quickObject(shape: QuickShape): (v: unknown) => Record<string, unknown> | undefined {
  return (v) => {
    if (!plain(v)) return undefined;
    const out: Record<string, unknown> = {};
    let fields = 0;
    for (const [key, read, required] of shape) {
      const x = v[key];
      if (x === undefined) {
        if (required || key in v) return undefined;
        continue;
      }
      const y = read(x);
      if (y === NO) return undefined;
      out[key] = y;
      fields++;
    }
    for (const _key in v) fields--;
    return fields === 0 ? out : undefined;
  };
}

/** A nested object's reader. */
const nested = (shape: QuickShape): Read => {
  const read = quickObject(shape);
  return (v) => read(v) ?? NO;
};

const level = int(1, 5);
const ids = list(id);
const person: QuickShape = [
  ['id', id, true],
  ['name', text, false],
  ['languages', list(word), false],
  ['timeZone', offset, false],
  ['department', text, false],
  ['managerId', id, false],
  ['grade', int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), false],
  ['attributes', attributes, false],
  ['values', list(text), false],
];
const meetings: QuickShape = [
  ['sessions', int(1, Number.MAX_SAFE_INTEGER), false],
  ['sessionMinutes', int(1, Number.MAX_SAFE_INTEGER), false],
];

/** The schema's topic, mentor and mentee, field by field. */
export const QUICK_SHAPES = {
  topics: [
    ['id', id, true],
    ['name', text, false],
    ['parent', id, false],
  ],
  mentors: [
    ...person,
    [
      'skills',
      list(
        nested([
          ['topic', id, true],
          ['level', level, true],
        ]),
      ),
      true,
    ],
    ['offers', ids, false],
    ['capacity', int(0, Number.MAX_SAFE_INTEGER), false],
    ['hoursBudget', nonNegative, false],
    ['weeklyMinutes', nonNegative, false],
    ['preferences', ids, false],
  ],
  mentees: [
    ...person,
    [
      'requests',
      list(
        nested([
          ['topic', id, true],
          ['level', level, true],
          ['priority', positive, false],
          ['hours', positive, false],
          ...meetings,
        ]),
      ),
      false,
    ],
    ['goals', list(nested([['topic', id, true], ['weight', positive, false], ...meetings])), false],
    ['preferences', ids, false],
    ['exclude', ids, false],
  ],
} as const satisfies Record<string, QuickShape>;

/** The quick readers of the long lists' elements. */
export const QUICK = {
  topics: quickObject(QUICK_SHAPES.topics),
  mentors: quickObject(QUICK_SHAPES.mentors),
  mentees: quickObject(QUICK_SHAPES.mentees),
};
