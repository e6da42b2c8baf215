/**
 * A seeded fuzz of `parseProgram`: valid programmes mutated (deleted fields, changed types, random
 * JSON anywhere) are accepted or rejected with `InvalidInputError`, never anything else. And
 * `programJsonSchema` is a frozen JSON Schema whose top-level properties are the programme's fields,
 * agreeing with the generated programmes.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, type Program, parseProgram, scoreProgram } from '../src/index.js';
import { programJsonSchema } from '../src/schema.js';
import { fcOptions } from './helpers/fastCheck.js';
import { expectDeeplyFrozen } from './helpers/parseProgramChecks.js';
import { type ProgramJson, programArbitrary } from './helpers/programArbitrary.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values that are not quite JSON, or JSON that breaks naive code. */
const SPECIAL_VALUES: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  undefined,
  2 ** 53 + 2,
  -1,
  0.1,
  5.5,
  1e300,
  '',
  ' ',
  'x'.repeat(300),
  '__proto__',
  [],
  {},
  [null],
  JSON.parse('{"__proto__": {"id": "a", "level": 3}}'),
  JSON.parse('{"__proto__": []}'),
  { id: 'x', skills: [] },
  { topic: 'a', level: 3 },
];

interface Mutation {
  readonly target: number;
  readonly kind: 'delete' | 'replace' | 'retype' | 'add' | 'special';
  readonly json: Json;
  readonly key: string;
  readonly special: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  target: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'retype', 'add', 'special'),
  json: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  key: fc.oneof(fc.constantFrom('id', 'level', 'topic', 'mode', '__proto__', 'constructor', 'extra'), fc.string()),
  special: fc.nat(),
});

/** Every container (object or array) in `root` with the key of each of its entries. */
function slots(root: unknown): { parent: Record<string, unknown> | unknown[]; key: string | number }[] {
  const out: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((child, k) => {
        out.push({ parent: node, key: k });
        walk(child);
      });
    } else {
      for (const [key, child] of Object.entries(node)) {
        out.push({ parent: node as Record<string, unknown>, key });
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/** Another type for the same value: numbers become strings, strings numbers, objects arrays... */
function retype(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.length;
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (value === null || value === undefined) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, k) => [String(k), v]));
  return [value];
}

/** Applies `m` to `root` (in place). */
function mutate(root: Record<string, unknown>, m: Mutation): void {
  const all = slots(root);
  if (m.kind === 'add') {
    const containers = [root, ...all.map((s) => (s.parent as Record<string, unknown>)[s.key as string])].filter(
      (c) => c !== null && typeof c === 'object',
    ) as (Record<string, unknown> | unknown[])[];
    const target = containers[m.target % containers.length] as Record<string, unknown> | unknown[];
    if (Array.isArray(target)) target.push(m.json);
    else Object.defineProperty(target, m.key, { value: m.json, enumerable: true, writable: true, configurable: true });
    return;
  }
  const slot = all[m.target % Math.max(1, all.length)];
  if (slot === undefined) return;
  const { parent, key } = slot;
  const current = (parent as Record<string, unknown>)[key as string];
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
    return;
  }
  const value =
    m.kind === 'replace'
      ? m.json
      : m.kind === 'retype'
        ? retype(current)
        : structuredClone(SPECIAL_VALUES[m.special % SPECIAL_VALUES.length]);
  (parent as Record<string, unknown>)[key as string] = value;
}

/** `parseProgram(input)` returns a frozen programme or throws an `InvalidInputError`; never anything else. */
function expectParsesOrRejects(input: unknown): void {
  let program: Program;
  try {
    program = parseProgram(input);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    expect(error.message.startsWith('parseProgram: ')).toBe(true);
    return;
  }
  expectDeeplyFrozen(program);
  expect(parseProgram(program)).toStrictEqual(program);
  // Its JSON gives it back, bit for bit (a -0 read as 0, no field left undefined): helper threads
  // receive it so.
  expect(isDeepStrictEqual(JSON.parse(JSON.stringify(program)), program)).toBe(true);
  for (const score of scoreProgram(program).scores.data)
    expect(score === Number.NEGATIVE_INFINITY || (score >= 0 && score <= 1)).toBe(true);
}

describe('parseProgram fuzz: mutated programmes are accepted or rejected with InvalidInputError, never a crash', () => {
  it('deleted fields, changed types, random JSON and special values anywhere (fast-check)', () => {
    fc.assert(
      fc.property(programArbitrary(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (program, mutations) => {
        const input = structuredClone(program) as unknown as Record<string, unknown>;
        for (const m of mutations) mutate(input, m);
        const before = structuredClone(input);
        expectParsesOrRejects(input);
        // (node's deep equality: toStrictEqual would read an own `constructor` field as the object's class)
        expect(isDeepStrictEqual(input, before)).toBe(true);
        // The same input as a JSON string (when it has one) behaves alike.
        const text = JSON.stringify(input);
        if (text !== undefined) expectParsesOrRejects(text);
      }),
      fcOptions(600),
    );
  });

  it('arbitrary values as the whole programme (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true }), (input) => {
        expectParsesOrRejects(input);
      }),
      fcOptions(300),
    );
  });
});

describe('programJsonSchema', () => {
  it('is a frozen JSON Schema object whose top-level properties are the programme fields', () => {
    expect(programJsonSchema.type).toBe('object');
    expect(String(programJsonSchema.$schema)).toContain('json-schema.org');
    expect(Object.keys(programJsonSchema.properties ?? {})).toEqual([
      '$schema',
      'name',
      'mode',
      'topics',
      'mentors',
      'mentees',
      'rules',
      'weights',
      'objective',
      'startDate',
      'cycle',
      'history',
      'asOf',
    ]);
    expect([...((programJsonSchema.required as string[] | undefined) ?? [])].sort()).toEqual([
      'mentees',
      'mentors',
      'mode',
      'topics',
    ]);
    expect(programJsonSchema.additionalProperties).toBe(false);
    expectDeeplyFrozen(programJsonSchema);
    expect(() => {
      (programJsonSchema as Record<string, unknown>).type = 'array';
    }).toThrow(TypeError);
  });

  it('describes the enums, bounds and nesting that parseProgram checks', () => {
    const props = programJsonSchema.properties as Record<string, Record<string, unknown>>;
    expect(props.mode?.enum).toEqual(['micro', 'classic']);
    const mentor = (props.mentors?.items ?? {}) as {
      properties: Record<string, Record<string, unknown>>;
      required: string[];
    };
    expect(mentor.required).toEqual(expect.arrayContaining(['id', 'skills']));
    const skill = (mentor.properties.skills?.items ?? {}) as { properties: Record<string, Record<string, unknown>> };
    expect(skill.properties.level).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(mentor.properties.timeZone).toMatchObject({ minimum: -12, maximum: 14, multipleOf: 0.25 });
    // The schema's own view agrees with the generated programmes: every one is an object with these keys only.
    const keys = new Set(Object.keys(props));
    for (const input of fc.sample(programArbitrary(), { seed: 7, numRuns: 20 }) as ProgramJson[])
      for (const key of Object.keys(input)) expect(keys.has(key)).toBe(true);
  });
});
