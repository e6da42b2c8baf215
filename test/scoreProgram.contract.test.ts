/**
 * `scoreProgram`'s table and `explain()` contract: `explain()` adds up (contributions to the score
 * within 1e-12, shares to 1) and throws `InvalidInputError` out of range; the rows and their fields;
 * scores are in [0, 1] or -Infinity, never NaN; two runs give byte-identical scores; the programme
 * is only read; weights near the largest double neither overflow nor lose their proportions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { InvalidInputError, parseProgram, type ScoreTable, scoreProgram } from '../src/index.js';
import { fcOptions } from './helpers/fastCheck.js';
import { programArbitrary } from './helpers/programArbitrary.js';
import { expectExplanationsAddUp, NO_WEIGHTS, only, score } from './helpers/scoreChecks.js';
import { CLASSIC_ZOO, ZOO } from './helpers/scoreFixtures.js';

describe('scoreProgram table and explain() contract', () => {
  it('explain() throws InvalidInputError outside the table', () => {
    const table = score(ZOO);
    for (const [r, c] of [
      [-1, 0],
      [0, -1],
      [4, 0],
      [0, 5],
      [0.5, 0],
      [0, Number.NaN],
      [Number.POSITIVE_INFINITY, 0],
    ] as const)
      expect(() => table.explain(r, c), `(${r}, ${c})`).toThrow(InvalidInputError);
    expect(() => table.explain(3, 4)).not.toThrow();
    const empty = score({ mode: 'classic', topics: [], mentors: [], mentees: [{ id: 'e' }] });
    expect(empty.scores).toEqual({ rows: 1, cols: 0, data: new Float64Array(0) });
    expect(() => empty.explain(0, 0)).toThrow(InvalidInputError);
  });

  it('rows are one per request (micro) or per mentee (classic), with the documented fields', () => {
    expect(score(ZOO).rows[1]).toStrictEqual({
      menteeId: 'eve',
      mentee: 0,
      topic: 'ux',
      request: 1,
      level: 2,
      priority: 1,
      hours: 2,
    });
    expect(score(CLASSIC_ZOO).rows.map((r) => [r.menteeId, r.mentee, r.priority, r.hours])).toEqual([
      ['eve', 0, 1, 0],
      ['sam', 1, 1, 0],
      ['fay', 2, 1, 0],
    ]);
  });

  it('explanations add up on random programmes of both modes: contributions to the score within 1e-12, shares to 1 (fast-check)', () => {
    fc.assert(
      fc.property(programArbitrary({ minMentors: 1, minMentees: 1 }), (input) => {
        expectExplanationsAddUp(score(input));
      }),
      fcOptions(150),
    );
  });

  it('scoring is deterministic: two runs, and two parses of one input, give byte-identical scores and equal explanations', () => {
    for (const input of [ZOO, CLASSIC_ZOO]) {
      const program = parseProgram(input);
      const a = scoreProgram(program);
      const b = scoreProgram(program);
      const c = scoreProgram(parseProgram(JSON.stringify(input)));
      const bytes = (t: ScoreTable) => Buffer.from(t.scores.data.buffer).toString('hex');
      expect(bytes(b)).toBe(bytes(a));
      expect(bytes(c)).toBe(bytes(a));
      for (let r = 0; r < a.rows.length; r++)
        for (let m = 0; m < a.mentorIds.length; m++) expect(c.explain(r, m)).toEqual(a.explain(r, m));
    }
  });

  it('scoring reads the programme only: the parsed programme is unchanged and still frozen', () => {
    const program = parseProgram(ZOO);
    const before = structuredClone(program);
    scoreProgram(program).explain(0, 0);
    expect(program).toStrictEqual(before);
    expect(Object.isFrozen(program.mentors[0])).toBe(true);
  });

  it('the parsed programme is frozen all through, each person and its attributes with the keys in the input order', () => {
    for (const mode of ['micro', 'classic'] as const) {
      const input = sampleProgram({ mode, mentors: 12, mentees: 30, topics: 16, seed: 5 });
      const program = parseProgram(input);
      const unfrozen: string[] = [];
      const walk = (value: unknown, path: string): void => {
        if (value === null || typeof value !== 'object') return;
        if (!Object.isFrozen(value)) unfrozen.push(path);
        for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
      };
      walk(program, 'program');
      expect(unfrozen).toEqual([]);
      expect(program.mentees.map((mentee) => Object.keys(mentee.attributes))).toEqual(
        input.mentees.map((mentee) => Object.keys(mentee.attributes ?? {})),
      );
      expect(Object.keys(program.mentors[0] ?? {}).slice(0, 3)).toEqual(['id', 'name', 'languages']);
    }
  });

  it('shares add up to 1 even when the weights are near the largest double (no overflow to share 0)', () => {
    const table = score({
      mode: 'micro',
      topics: [{ id: 'a' }],
      mentors: [{ id: 'm', skills: [{ topic: 'a', level: 5 }] }],
      mentees: [{ id: 'e', requests: [{ topic: 'a', level: 3 }] }],
      weights: { ...NO_WEIGHTS, expertise: 1e308, willingness: 1e308 },
    });
    const ex = table.explain(0, 0);
    expect(ex.criteria.map((c) => c.weight)).toEqual([0.5, 0.5]);
    expect(table.scores.data[0]).toBe(1);
  });

  it('goal weights near the largest double keep their proportions (no overflow to weight 0)', () => {
    const table = score({
      mode: 'classic',
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: [{ id: 'm', skills: [{ topic: 'a', level: 5 }] }],
      mentees: [
        {
          id: 'e',
          goals: [
            { topic: 'a', weight: 1e308 },
            { topic: 'b', weight: 1e308 },
          ],
        },
      ],
      weights: only('goals'),
    });
    expect(table.scores.data[0]).toBe(0.5);
  });
});
