/**
 * Inputs a serverless function may be sent, and must answer quickly and with typed errors.
 *
 * Deep taxonomies (H1): a chain of 100,000 topics parses and scores within the test timeout (the
 * cycle check walked every topic's whole chain: 2.5 s at depth 8,000, over 60 s at 100,000), a cycle
 * at the end of such a chain is reported topic by topic with its path, depths are computed without
 * recursion, and the taxonomy credit (built once per parent now, not once per known sibling) equals
 * a direct reading of its definition on random taxonomies (fixed fast-check seed).
 *
 * Bad arguments (H7): `explain` and `ruledOut` reject an index that is not an integer of the table
 * with an `InvalidInputError` naming the argument and the range; `scoreProgram` takes what
 * `matchProgram` takes (a parsed programme, the typed input, JSON text) and reports a bad programme
 * under its own name.
 *
 * Deep values: an array nested 100,000 deep, in an unknown field or where the format expects an
 * object, is one typed issue, not a stack overflow (the reference checks of an input that failed the
 * schema copied the whole input recursively); a reference that is missing from a broken element is
 * left to the schema's issue instead of an `unknown topic` naming no id.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  type ProgramInput,
  type ProgramSource,
  parseProgram,
  type ScoreTable,
  scoreProgram,
} from '../src/index.js';
import { indexTopics, PARENT_CHILD_CREDIT, SIBLING_CREDIT, topicDepths } from '../src/model/indexTopics.js';
import { fcOptions } from './helpers/fastCheck.js';

/** Deep enough that the quadratic parse took over 100 s; the linear one takes about 0.3 s. */
const DEPTH = 100_000;

/** Topics `t0 ← t1 ← … ← t{n-1}`, each the parent of the next. */
function chain(n: number): { id: string; parent?: string }[] {
  return Array.from({ length: n }, (_, k) => (k === 0 ? { id: 't0' } : { id: `t${k}`, parent: `t${k - 1}` }));
}

/** The error `fn` throws (fails the test when it throws none). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

/** `fn`'s result (the sizes here are quadratic-time traps: a regression hangs until the test timeout). */
function timed<T>(fn: () => T): { value: T } {
  return { value: fn() };
}

describe('a taxonomy 100,000 topics deep', () => {
  it('parses, and a tiny programme on it scores, within the test timeout', () => {
    const input = {
      mode: 'micro' as const,
      topics: chain(DEPTH),
      mentors: [{ id: 'ana', skills: [{ topic: `t${DEPTH - 1}`, level: 4 }] }],
      mentees: [{ id: 'bo', requests: [{ topic: `t${DEPTH - 2}`, level: 2 }] }],
      // The credit from a neighbouring topic counts in the score (levelRequired reads the topic's own level).
      rules: { levelRequired: false },
    };
    const parsed = timed(() => parseProgram(input));
    expect(parsed.value.topics).toHaveLength(DEPTH);
    const scored = timed(() => scoreProgram(parsed.value));
    // Level 4 on the child of the topic asked: credited 2 on it.
    expect(scored.value.explain(0, 0).forbidden).toBe(false);
    expect(scored.value.explain(0, 0).summary).toContain('credited 2');
  });

  it('reports a cycle at its end, each topic of the cycle with its path, within the test timeout', () => {
    // t{n-3} ← t{n-2} ← t{n-1} ← t{n-3}: the last three topics form a cycle under a long chain.
    const topics = chain(DEPTH);
    topics[DEPTH - 3] = { id: `t${DEPTH - 3}`, parent: `t${DEPTH - 1}` };
    const { value: error } = timed(() =>
      thrown(() => parseProgram({ mode: 'micro', topics, mentors: [], mentees: [] })),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues).toEqual(
      [DEPTH - 3, DEPTH - 2, DEPTH - 1].map((k) => ({
        path: ['topics', k, 'parent'],
        code: 'taxonomy_cycle',
        params: { id: `t${k}` },
        message: `topics[${k}].parent: the taxonomy has a cycle through "t${k}"`,
      })),
    );
  });

  it('reports a cycle through the whole chain (the first 50 of its topics, in order)', () => {
    const topics = chain(DEPTH);
    topics[0] = { id: 't0', parent: `t${DEPTH - 1}` };
    const { value: error } = timed(() =>
      thrown(() => parseProgram({ mode: 'micro', topics, mentors: [], mentees: [] })),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    const { issues } = error as InvalidInputError;
    expect(issues).toHaveLength(50);
    expect(issues.map((issue) => issue.path)).toEqual(Array.from({ length: 50 }, (_, k) => ['topics', k, 'parent']));
  });

  it('topicDepths gives every depth without recursion, and throws on a cycle', () => {
    const parent = Int32Array.from({ length: DEPTH }, (_, k) => k - 1);
    // Programme order need not be top-down: reversed, each walk stops at the known depth above.
    const reversed = Int32Array.from({ length: DEPTH }, (_, k) => (k === DEPTH - 1 ? -1 : k + 1));
    expect(topicDepths(parent)[DEPTH - 1]).toBe(DEPTH - 1);
    expect(topicDepths(reversed)[0]).toBe(DEPTH - 1);
    expect([...topicDepths(Int32Array.of(-1, 0, 0, 1, -1, 4))]).toEqual([0, 1, 1, 2, 0, 1]);
    expect(() => topicDepths(Int32Array.of(-1, 2, 1))).toThrow(/cycle/);
  });
});

describe('taxonomy credit', () => {
  it('a mentor who knows all 20,000 children of one topic scores within the test timeout', () => {
    const n = 20_000;
    const topics = [{ id: 'root' }, ...Array.from({ length: n }, (_, k) => ({ id: `c${k}`, parent: 'root' }))];
    const skills = Array.from({ length: n }, (_, k) => ({ topic: `c${k}`, level: 1 + (k % 5) }));
    const program = parseProgram({
      mode: 'micro',
      topics,
      mentors: [{ id: 'ana', skills }],
      mentees: [{ id: 'bo', requests: [{ topic: 'c0', level: 1 }] }],
    });
    const { value: table } = timed(() => scoreProgram(program));
    expect(table.explain(0, 0).forbidden).toBe(false);
  });

  it('equals its definition: the best of the level, half a parent or child level, 0.3 of a sibling level', () => {
    const taxonomy = fc.integer({ min: 1, max: 9 }).chain((n) =>
      fc.record({
        parents: fc.array(fc.nat(), { minLength: n, maxLength: n }),
        roots: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        mentors: fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 5 })), { minLength: n, maxLength: n }), {
          maxLength: 3,
        }),
      }),
    );
    fc.assert(
      fc.property(taxonomy, ({ parents, roots, mentors }) => {
        const n = parents.length;
        const parent = parents.map((p, k) => (k === 0 || roots[k] === true ? -1 : p % k));
        const input: ProgramInput = {
          mode: 'micro',
          topics: parent.map((p, k) => (p < 0 ? { id: `t${k}` } : { id: `t${k}`, parent: `t${p}` })),
          mentors: mentors.map((levels, m) => ({
            id: `m${m}`,
            skills: levels.flatMap((level, t) => (level === null ? [] : [{ topic: `t${t}`, level }])),
          })),
          mentees: [],
        };
        const program = parseProgram(input);
        const { direct, effective } = indexTopics(program, new Map(program.topics.map((t, k) => [t.id, k])));
        const level = (m: number, t: number) => mentors[m]?.[t] ?? 0;
        mentors.forEach((_, m) => {
          for (let t = 0; t < n; t++) {
            let want = level(m, t);
            for (let u = 0; u < n; u++) {
              if (u === t) continue;
              if (parent[u] === t || parent[t] === u) want = Math.max(want, PARENT_CHILD_CREDIT * level(m, u));
              else if (parent[t] !== -1 && parent[u] === parent[t]) want = Math.max(want, SIBLING_CREDIT * level(m, u));
            }
            expect(direct[t * mentors.length + m]).toBe(level(m, t));
            expect(effective[t * mentors.length + m]).toBe(want);
          }
        });
      }),
      fcOptions(300),
    );
  });
});

const PROGRAM = {
  mode: 'classic',
  topics: [{ id: 'sales' }],
  mentors: [
    { id: 'ana', skills: [{ topic: 'sales', level: 4 }] },
    { id: 'cy', skills: [{ topic: 'sales', level: 2 }] },
  ],
  mentees: [
    { id: 'bo', goals: [{ topic: 'sales' }] },
    { id: 'di', goals: [{ topic: 'sales' }], exclude: ['cy'] },
    { id: 'ed', goals: [{ topic: 'sales' }] },
  ],
} as const satisfies ProgramSource;

describe('ScoreTable index arguments', () => {
  const table = scoreProgram(PROGRAM);

  it.each([
    [-1, 0, ['row must be an integer from 0 to 2, got -1']],
    [3, 0, ['row must be an integer from 0 to 2, got 3']],
    [0.5, 0, ['row must be an integer from 0 to 2, got 0.5']],
    [Number.POSITIVE_INFINITY, 0, ['row must be an integer from 0 to 2, got Infinity']],
    [0, -1, ['col must be an integer from 0 to 1, got -1']],
    [0, 2, ['col must be an integer from 0 to 1, got 2']],
    [0, Number.NaN, ['col must be an integer from 0 to 1, got NaN']],
    [-1, 9, ['row must be an integer from 0 to 2, got -1', 'col must be an integer from 0 to 1, got 9']],
  ])('explain(%s, %s) throws InvalidInputError naming the argument and the range', (row, col, messages) => {
    const error = thrown(() => table.explain(row, col));
    expect(error).toBeInstanceOf(InvalidInputError);
    const { issues, message, code } = error as InvalidInputError;
    expect(code).toBe('INVALID_INPUT');
    expect(message).toBe(`explain: ${messages.join('; ')}`);
    expect(issues.map((issue) => issue.path)).toEqual(messages.map((m) => [m.split(' ')[0]]));
  });

  it('explain() of an argument that is not a number names its type', () => {
    const error = thrown(() => table.explain('1' as unknown as number, 0));
    expect((error as InvalidInputError).message).toBe('explain: row must be an integer from 0 to 2, got "1"');
  });

  it.each([
    [-1, 'ruledOut: row must be an integer from 0 to 2, got -1'],
    [3, 'ruledOut: row must be an integer from 0 to 2, got 3'],
    [1.5, 'ruledOut: row must be an integer from 0 to 2, got 1.5'],
  ])('ruledOut(%s) throws InvalidInputError naming the argument and the range', (row, message) => {
    const error = thrown(() => table.ruledOut(row));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toBe(message);
    expect((error as InvalidInputError).issues[0]?.path).toEqual(['row']);
  });

  it('every index of the table is accepted', () => {
    for (let r = 0; r < 3; r++) {
      expect(() => table.ruledOut(r)).not.toThrow();
      for (let c = 0; c < 2; c++) expect(() => table.explain(r, c)).not.toThrow();
    }
    expect(table.ruledOut(1)).toEqual([{ rule: 'excluded', cols: [1] }]);
  });

  it('a table without mentors or rows says so', () => {
    const noMentors = scoreProgram({ mode: 'classic', topics: [], mentors: [], mentees: [{ id: 'e' }] });
    expect((thrown(() => noMentors.explain(0, 0)) as InvalidInputError).message).toBe(
      'explain: col has no valid value: the table has no mentor columns, got 0',
    );
    const noRows = scoreProgram({ mode: 'micro', topics: [], mentors: [], mentees: [] });
    expect((thrown(() => noRows.ruledOut(0)) as InvalidInputError).message).toBe(
      'ruledOut: row has no valid value: the table has no rows, got 0',
    );
  });
});

describe('scoreProgram takes what matchProgram takes', () => {
  const grid = (table: ScoreTable) => [...table.scores.data];
  const reference = scoreProgram(parseProgram(PROGRAM));

  it('the typed input, JSON text (with a byte-order mark too) and a parsed programme score alike', () => {
    const text = JSON.stringify(PROGRAM);
    for (const input of [PROGRAM, text, `\uFEFF${text}`, parseProgram(text)] as const) {
      const table = scoreProgram(input);
      expect(table.rows).toEqual(reference.rows);
      expect(table.mentorIds).toEqual(reference.mentorIds);
      expect(grid(table)).toEqual(grid(reference));
    }
  });

  it('a bad programme is reported under the name scoreProgram, with every issue and its path', () => {
    const bad = JSON.stringify({ ...PROGRAM, mentees: [{ id: 'bo', goals: [{ topic: 'salse' }], exclude: ['zed'] }] });
    const error = thrown(() => scoreProgram(bad));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toMatch(/^scoreProgram: /);
    expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual([
      ['mentees', 0, 'goals', 0, 'topic'],
      ['mentees', 0, 'exclude', 0],
    ]);
  });

  it('text that is not JSON, or not a programme, is an InvalidInputError, not a TypeError', () => {
    for (const input of ['{"mode": "micro",', '42', 'null']) {
      const error = thrown(() => scoreProgram(input));
      expect(error, input).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).message, input).toMatch(/^scoreProgram: /);
    }
    const raw: unknown = { mode: 'classic', topics: 'none' };
    expect(thrown(() => scoreProgram(raw as ProgramSource))).toBeInstanceOf(InvalidInputError);
  });
});

describe('values nested 100,000 deep', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const cases: readonly (readonly [string, string, string])[] = [
    ['an unknown field', `{"mode":"micro","topics":[],"mentors":[],"mentees":[],"notes":${deep}}`, 'unrecognized_keys'],
    ['the topics', `{"mode":"micro","topics":${deep},"mentors":[],"mentees":[]}`, 'invalid_type'],
    ['a skill', `{"mode":"micro","topics":[],"mentors":[{"id":"a","skills":${deep}}],"mentees":[]}`, 'invalid_type'],
  ];
  for (const [where, text, code] of cases) {
    it(`in ${where}: one typed issue, as JSON text and as the parsed value`, () => {
      for (const input of [text, JSON.parse(text) as unknown]) {
        let caught: unknown;
        try {
          parseProgram(input);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(InvalidInputError);
        expect((caught as InvalidInputError).issues.map((i) => i.code)).toEqual([code]);
      }
    });
  }
});
