/**
 * The quick reads of the long lists' elements (`model/quickShape.ts`) give the schema's own output,
 * key for key, or nothing (the element then goes to the schema): on random programmes, on every
 * field of sample elements set to values at and past the schema's bounds, on unknown, inherited,
 * hidden and `undefined` keys. And their shapes list the schema's fields, in its order.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { QUICK, QUICK_SHAPES } from '../src/model/quickShape.js';
import { programSchema } from '../src/model/schema.js';
import { fcOptions } from './helpers/fastCheck.js';
import { programArbitrary } from './helpers/programArbitrary.js';

type List = keyof typeof QUICK;
const LISTS: readonly List[] = ['topics', 'mentors', 'mentees'];

/** The schema of an element of `list`. */
const elementSchema = (list: List) => programSchema.shape[list]._zod.def.element;

/**
 * The quick read of `item` is nothing or the schema's output (deeply equal, -0 and `undefined`
 * fields included, and in the same key order); returns whether it was read quickly.
 */
function expectSchemaOutput(list: List, item: unknown): boolean {
  const quick = QUICK[list](item);
  if (quick === undefined) return false;
  const parsed = elementSchema(list).safeParse(item);
  expect(parsed.success, JSON.stringify(item)).toBe(true);
  expect(isDeepStrictEqual(quick, parsed.data), JSON.stringify(item)).toBe(true);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.data));
  return true;
}

/** Values at and past the bounds of every kind of field. */
const SPECIALS: readonly unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  0.1,
  0.25,
  0.5,
  1,
  1.5,
  5,
  6,
  -1,
  -12,
  -12.25,
  13.75,
  14,
  14.25,
  2 ** 53 - 1,
  2 ** 53,
  -(2 ** 53),
  '',
  'x',
  'x'.repeat(200),
  'x'.repeat(201),
  'Europe/Rome',
  'Mars/Base',
  true,
  false,
  [],
  ['a'],
  [''],
  [1],
  [undefined],
  {},
  { a: 1 },
  { a: null },
  { a: [1] },
  { __proto__: null, a: 'b' },
  JSON.parse('{"__proto__": "x"}'),
  Object.create({ a: 1 }),
  new Date(0),
];

/** Every field path of `value` (objects and arrays, to the leaves), for the mutations. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const out: (string | number)[][] = [];
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path, ...paths(child, path));
  }
  return out;
}

/** `root` with the value at `path` set to `value` (a deep copy; `root` is untouched). */
function withValue(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = value;
  return copy;
}

const samples = [
  sampleProgram({ mode: 'micro', mentors: 6, mentees: 10, topics: 13, seed: 3 }),
  sampleProgram({ mode: 'classic', mentors: 6, mentees: 10, topics: 13, seed: 4 }),
];

describe('quick reads of topics, mentors and mentees', () => {
  it('list the schema fields, in its order, required where it requires them', () => {
    const fieldsOf = (schema: { _zod: { def: unknown } }): [string, boolean][] =>
      Object.entries((schema._zod.def as { shape: Record<string, { _zod: { optin?: string } }> }).shape).map(
        ([key, field]) => [key, field._zod.optin !== 'optional'],
      );
    const quickFields = (shape: readonly (readonly [string, unknown, boolean])[]) =>
      shape.map(([key, , required]) => [key, required]);
    for (const list of LISTS) expect(quickFields(QUICK_SHAPES[list])).toEqual(fieldsOf(elementSchema(list)));
  });

  it('read every element of the sample programmes quickly, as the schema does', () => {
    for (const input of samples)
      for (const list of LISTS) for (const item of input[list]) expect(expectSchemaOutput(list, item)).toBe(true);
  });

  it('give the schema output or nothing for random programmes, most of their elements read quickly (fast-check)', () => {
    let quick = 0;
    let all = 0;
    fc.assert(
      fc.property(programArbitrary(), (input) => {
        for (const list of LISTS)
          for (const item of input[list]) {
            all++;
            if (expectSchemaOutput(list, item)) quick++;
          }
      }),
      fcOptions(200),
    );
    expect(quick / all).toBeGreaterThan(0.8);
  });

  it('give the schema output or nothing with any field set to values at and past the bounds', () => {
    let quick = 0;
    let rejected = 0;
    for (const input of samples)
      for (const list of LISTS)
        for (const item of input[list].slice(0, 3))
          for (const path of paths(item))
            for (const value of SPECIALS) {
              const changed = withValue(item, path, value);
              if (expectSchemaOutput(list, changed)) quick++;
              else if (!elementSchema(list).safeParse(changed).success) rejected++;
            }
    // Both sides are reached: values taken quickly, and values the schema rejects.
    expect(quick).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });

  it('leave unknown, inherited, hidden, symbol and undefined keys to the schema', () => {
    const mentee = samples[0]?.mentees[0] as Record<string, unknown>;
    const mentor = samples[0]?.mentors[0] as Record<string, unknown>;
    const hidden = { ...mentee };
    Object.defineProperty(hidden, 'name', { value: undefined, enumerable: false });
    const symbolAttribute = { ...mentee, attributes: { site: 'x', [Symbol('s')]: 1 } };
    const hiddenAttribute = { ...mentee, attributes: Object.defineProperty({ site: 'x' }, 'h', { value: 1 }) };
    const cases: [List, unknown][] = [
      ['mentees', { ...mentee, extra: 1 }],
      ['mentees', { ...mentee, name: undefined }],
      ['mentees', hidden],
      ['mentees', Object.assign(Object.create({ extra: 1 }), mentee)],
      ['mentees', symbolAttribute],
      ['mentees', hiddenAttribute],
      ['mentors', { ...mentor, skills: undefined }],
      ['mentors', { ...mentor, timeZone: 'Europe/Rome' }],
      ['topics', { id: 't', parent: undefined }],
    ];
    for (const [list, item] of cases) {
      expect(QUICK[list](item)).toBeUndefined();
      expectSchemaOutput(list, item);
    }
  });
});
