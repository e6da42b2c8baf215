/**
 * `parseProgram` on programmes as HR systems export them: numeric ids become their decimal strings
 * (and references by number or by string resolve to the same person or topic), other numbers are
 * rejected with their path; a `timeZone` may be an IANA name, resolved to its offset from UTC on the
 * programme's `startDate` (so daylight saving time is right); `startDate` must be `YYYY-MM-DD`;
 * `$schema` is accepted and dropped. The input object is never modified.
 */
import { describe, expect, it } from 'vitest';
import { matchProgram, parseProgram } from '../src/index.js';
import { programJsonSchema } from '../src/schema.js';
import { parseError } from './helpers/parseError.js';

/** A micro programme whose mentor and topic have numeric ids, referred to by number and by string. */
function numericProgram(): Record<string, unknown> {
  return {
    mode: 'micro',
    topics: [{ id: 7 }, { id: 'pricing', parent: 7 }],
    mentors: [
      { id: 1, skills: [{ topic: 7, level: 4 }], offers: ['7'], preferences: [42] },
      { id: 'ana', skills: [{ topic: 'pricing', level: 4 }], managerId: 1 },
    ],
    mentees: [
      { id: 42, requests: [{ topic: '7', level: 3 }], preferences: [1] },
      { id: 'bo', requests: [{ topic: 'pricing', level: 3 }], exclude: ['1'] },
    ],
    rules: { lockedPairs: [{ mentee: '42', mentor: 1, topic: 7 }] },
  };
}

/** A one-pair classic programme whose mentor has time zone `timeZone`, starting on `startDate`. */
function zoned(timeZone: unknown, startDate?: unknown): Record<string, unknown> {
  return {
    mode: 'classic',
    ...(startDate !== undefined ? { startDate } : {}),
    topics: [{ id: 't' }],
    mentors: [{ id: 'm', skills: [{ topic: 't', level: 3 }], timeZone }],
    mentees: [{ id: 'e', goals: [{ topic: 't' }], timeZone: 0 }],
  };
}

/** The parsed mentor's time zone offset. */
function offset(timeZone: unknown, startDate?: unknown): number | undefined {
  return parseProgram(zoned(timeZone, startDate)).mentors[0]?.timeZone;
}

describe('parseProgram: numeric ids', () => {
  it('turns every numeric id into its decimal string', () => {
    const program = parseProgram(numericProgram());
    expect(program.topics.map((t) => [t.id, t.name, t.parent])).toEqual([
      ['7', '7', undefined],
      ['pricing', 'pricing', '7'],
    ]);
    const [one, ana] = program.mentors;
    expect(one).toMatchObject({ id: '1', name: '1', skills: [{ topic: '7', level: 4 }], offers: ['7'] });
    expect(one?.preferences).toEqual(['42']);
    expect(ana?.managerId).toBe('1');
    expect(program.mentees[0]).toMatchObject({ id: '42', requests: [{ topic: '7' }], preferences: ['1'] });
    expect(program.mentees[1]?.exclude).toEqual(['1']);
    expect(program.rules.lockedPairs).toEqual([{ mentee: '42', mentor: '1', topic: '7' }]);
  });

  it('resolves references by number and by string to the same people and topics, and matches them', () => {
    const result = matchProgram(parseProgram(numericProgram()));
    expect(result.matches.map((m) => [m.mentee, m.mentor, m.topic])).toEqual([
      ['42', '1', '7'],
      ['bo', 'ana', 'pricing'],
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('parses a JSON string with numeric ids like its object, and the result parses to an equal programme', () => {
    const program = parseProgram(numericProgram());
    expect(parseProgram(JSON.stringify(numericProgram()))).toEqual(program);
    expect(parseProgram(program)).toEqual(program);
  });

  it('treats 42 and "42" as one id (a duplicate)', () => {
    const input = numericProgram();
    input.mentees = [...(input.mentees as unknown[]), { id: '42', requests: [{ topic: 7, level: 1 }] }];
    const error = parseError(input);
    expect(error.issues.map((i) => i.path)).toContainEqual(['mentees', 2, 'id']);
    expect(error.message).toContain('duplicate mentee id "42"');
  });

  it('rejects a non-integer id, naming its path and value', () => {
    const input = numericProgram();
    (input.mentors as unknown[])[0] = { id: 1.5, skills: [] };
    const error = parseError(input);
    const issue = error.issues.find((i) => i.path.join('.') === 'mentors.0.id');
    expect(issue?.message).toBe('mentors[0].id must be a string or an integer, got 1.5');
    // The reference checks still read the other, numeric ids as strings: only the lost mentor is unknown.
    expect(error.issues.map((i) => i.message).filter((m) => m.includes('unknown'))).toEqual([
      'mentees[0].preferences[0]: unknown mentor "1"',
      'mentees[1].exclude[0]: unknown mentor "1"',
      'rules.lockedPairs[0].mentor: unknown mentor "1"',
    ]);
  });

  it('rejects NaN, an unsafe integer, a boolean and a missing id, each with its path', () => {
    const error = parseError({
      mode: 'micro',
      topics: [{ id: Number.NaN }, { id: 2 ** 53 }, { id: true }, {}],
      mentors: [],
      mentees: [],
    });
    expect(error.issues.map((i) => i.message)).toEqual([
      'topics[0].id must be a string or an integer, got NaN',
      'topics[1].id must be ≤ 9007199254740991, got 9007199254740992',
      'topics[2].id must be a string or an integer, got true',
      'topics[3].id is required (a string or an integer)',
    ]);
  });

  it('still reports an empty string id as empty', () => {
    const error = parseError({ mode: 'micro', topics: [{ id: '' }], mentors: [], mentees: [] });
    expect(error.issues.map((i) => i.message)).toEqual(['topics[0].id must not be empty']);
  });
});

describe('parseProgram: IANA time zones', () => {
  it('resolves Europe/Rome to +1 in January and +2 in July (the startDate)', () => {
    expect(offset('Europe/Rome', '2026-01-15')).toBe(1);
    expect(offset('Europe/Rome', '2026-07-15')).toBe(2);
  });

  it('resolves America/New_York to -5 in January and -4 in July', () => {
    expect(offset('America/New_York', '2026-01-15')).toBe(-5);
    expect(offset('America/New_York', '2026-07-15')).toBe(-4);
  });

  it('resolves UTC to 0 and zones off the hour to their fraction', () => {
    expect(offset('UTC', '2026-01-15')).toBe(0);
    expect(offset('Asia/Kolkata', '2026-01-15')).toBe(5.5);
    expect(offset('Asia/Kathmandu', '2026-01-15')).toBe(5.75);
  });

  it('uses the current date without a startDate, and keeps numeric offsets as they are', () => {
    expect(offset('UTC')).toBe(0);
    expect([1, 2]).toContain(offset('Europe/Rome'));
    expect(offset(-3.5, '2026-01-15')).toBe(-3.5);
  });

  it('keeps the offset, not the name, in the programme, which parses again to an equal programme', () => {
    const program = parseProgram(zoned('Europe/Rome', '2026-07-15'));
    expect(program.mentors[0]?.timeZone).toBe(2);
    expect(parseProgram(program)).toEqual(program);
  });

  it('rejects an unknown zone, naming its path and value', () => {
    const error = parseError(zoned('Europe/Rom', '2026-01-15'));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toEqual(['mentors', 0, 'timeZone']);
    expect(error.issues[0]?.message).toContain('mentors[0].timeZone is not a time zone');
    expect(error.issues[0]?.message).toContain('got "Europe/Rom"');
    expect(error.message).toMatch(/^parseProgram: mentors\[0\]\.timeZone/);
  });

  it('still rejects an offset out of range, and a time zone of another type', () => {
    expect(parseError(zoned(15)).issues[0]?.message).toBe('mentors[0].timeZone must be ≤ 14, got 15');
    expect(parseError(zoned(true)).issues[0]?.message).toBe(
      'mentors[0].timeZone must be a number or a string, got true',
    );
  });

  it('rejects a zone whose offset on the startDate is not a quarter hour (local mean time)', () => {
    const error = parseError(zoned('Europe/Rome', '1850-01-15'));
    expect(error.issues[0]?.path).toEqual(['mentors', 0, 'timeZone']);
    expect(error.issues[0]?.message).toContain('"Europe/Rome" is');
    expect(error.issues[0]?.message).toContain('on 1850-01-15');
  });
});

describe('parseProgram: startDate and $schema', () => {
  it('rejects a malformed or impossible startDate, naming it and its value', () => {
    for (const startDate of ['2026-1-15', '15/01/2026', '2026-02-30', '2026-01-15T00:00:00Z', 20260115]) {
      const error = parseError(zoned('UTC', startDate));
      expect(error.issues[0]?.path).toEqual(['startDate']);
      expect(error.issues[0]?.message).toContain('startDate must be');
      expect(error.issues[0]?.message).toContain(`got ${JSON.stringify(startDate)}`);
    }
  });

  it('accepts $schema and leaves it, and startDate, out of the programme', () => {
    const program = parseProgram({ $schema: './programme.schema.json', ...zoned(1, '2026-01-15') });
    expect(program).not.toHaveProperty('$schema');
    expect(program).not.toHaveProperty('startDate');
    expect(program.mentors[0]?.timeZone).toBe(1);
    expect(parseError({ $schema: 3, ...zoned(1) }).issues[0]?.path).toEqual(['$schema']);
  });

  it('never modifies the input', () => {
    const input: Record<string, unknown> = { $schema: 'x', ...numericProgram(), startDate: '2026-07-15' };
    (input.mentors as Record<string, unknown>[])[0] = {
      ...(input.mentors as Record<string, unknown>[])[0],
      timeZone: 'Europe/Rome',
    };
    const copy = structuredClone(input);
    const program = parseProgram(input);
    expect(input).toEqual(copy);
    expect(program.mentors[0]?.timeZone).toBe(2);
    parseError({ ...input, mentees: [{ id: 1.5 }] });
    expect(input).toEqual(copy);
  });
});

describe('programJsonSchema: the input shapes of real data', () => {
  const props = programJsonSchema.properties as Record<string, Record<string, unknown>>;
  const mentor = (props.mentors?.items ?? {}) as { properties: Record<string, Record<string, unknown>> };

  it('allows $schema, startDate as a date, numeric ids and IANA time zone names', () => {
    expect(props.$schema).toEqual({ type: 'string', description: expect.any(String) });
    expect(props.startDate).toMatchObject({ type: 'string', format: 'date' });
    expect(mentor.properties.id?.anyOf).toEqual([
      { type: 'string', minLength: 1, maxLength: 200 },
      { type: 'integer', minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
    ]);
    expect(mentor.properties.timeZone).toEqual({
      description: expect.any(String),
      type: ['number', 'string'],
      minimum: -12,
      maximum: 14,
      multipleOf: 0.25,
    });
  });
});
