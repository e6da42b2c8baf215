/**
 * Size limits (issue "Safe to embed in a serverless function", point 1): every programme entry
 * point takes `limits`, with defaults that keep a call within about 1 GiB, checked before the
 * programme is parsed or scored; the solvers take `maxEntries`. Over a limit: `InvalidInputError`
 * of code `TOO_LARGE`, naming the limit, the size found and how to raise it.
 */
import { describe, expect, it } from 'vitest';
import {
  capacitatedAssignment,
  DEFAULT_LIMITS,
  InvalidInputError,
  linearSumAssignment,
  MentormatchError,
  matchProgram,
  parseProgram,
  programReport,
  rematch,
  scoreProgram,
  suggest,
  suggestAll,
} from '../src/index.js';
import { runCli } from './helpers/cliRun.js';

const PROGRAM = {
  mode: 'micro',
  topics: [{ id: 'pricing' }],
  mentors: [
    { id: 'ana', skills: [{ topic: 'pricing', level: 4 }] },
    { id: 'ben', skills: [{ topic: 'pricing', level: 5 }] },
  ],
  mentees: [
    { id: 'cy', requests: [{ topic: 'pricing', level: 3 }] },
    { id: 'di', requests: [{ topic: 'pricing', level: 3 }] },
  ],
} as const;

/** The error `f` throws. */
function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('no error thrown');
}

/** Checks `error` is TOO_LARGE under `fn`'s name, naming `limit` and the size `found`. */
function expectTooLarge(error: unknown, fn: string, limit: string, found: number): void {
  expect(error).toBeInstanceOf(InvalidInputError);
  const e = error as InvalidInputError;
  expect(e.code).toBe('TOO_LARGE');
  expect(e.message.startsWith(`${fn}: `)).toBe(true);
  expect(e.message).toContain(`is ${found}, more than ${limit}`);
  expect(e.message).toContain('raise the limit');
}

describe('programme limits', () => {
  it('the defaults keep a call within about 1 GiB', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxMentors: 100_000,
      maxMentees: 1_000_000,
      maxRequests: 1_000_000,
      maxPairs: 20_000_000,
      maxInputBytes: 64 * 1024 * 1024,
    });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
  });

  it('a programme of 100,000 × 10,000 allowed pairs is refused by default, with how to raise the limit', () => {
    // The issue's reproducer: it used to allocate until the process was killed at 22.8 GB. No rule
    // forbids a pair here: scoring stops as soon as it counts more allowed pairs than the limit
    // (20,000,000 after 2,001 mentees of 10,000 pairs each), before it holds more.
    const input = {
      mode: 'classic' as const,
      topics: [{ id: 't' }],
      mentors: Array.from({ length: 10_000 }, (_, k) => ({ id: `m${k}`, skills: [] })),
      mentees: Array.from({ length: 100_000 }, (_, k) => ({ id: `e${k}`, goals: [] })),
    };
    const error = caught(() => matchProgram(input));
    expectTooLarge(error, 'matchProgram', 'limits.maxPairs (20000000)', 20_010_000);
    expect((error as Error).message).toContain(
      'pairs the hard rules allow (at least, of 100000 demand rows × 10000 mentors)',
    );
    expect((error as Error).message).toContain('(CLI: --max-pairs 20010000)');
  });

  it('maxPairs counts the pairs the hard rules allow, not rows × mentors', () => {
    // Four mentors, two per topic; four requests, one topic each: 16 pairs, of which 8 are allowed.
    const input = {
      mode: 'micro' as const,
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: Array.from({ length: 4 }, (_, k) => ({
        id: `m${k}`,
        skills: [{ topic: k < 2 ? 'a' : 'b', level: 5 }],
      })),
      mentees: Array.from({ length: 4 }, (_, k) => ({
        id: `e${k}`,
        requests: [{ topic: k % 2 === 0 ? 'a' : 'b', level: 3 }],
      })),
    };
    expect(scoreProgram(input).allowed.cols.length).toBe(8);
    expect(matchProgram(input, { limits: { maxPairs: 8 } }).summary.matched).toBe(4);
    expect(scoreProgram(input, { limits: { maxPairs: 8 } }).allowed.cols.length).toBe(8);
    for (const call of [
      () => matchProgram(input, { limits: { maxPairs: 7 } }),
      () => scoreProgram(input, { limits: { maxPairs: 7 } }),
      () => suggestAll(input, 1, { limits: { maxPairs: 7 } }),
      () => programReport(input, undefined, { limits: { maxPairs: 7 } }),
    ]) {
      const error = caught(call);
      expect((error as InvalidInputError).code).toBe('TOO_LARGE');
      expect((error as Error).message).toContain('more than limits.maxPairs (7)');
    }
    // parseProgram scores nothing: it does not count pairs.
    expect(parseProgram(input, { limits: { maxPairs: 0 } }).mentors).toHaveLength(4);
  });

  it('each entry point checks each limit under its own name', () => {
    const people = { limits: { maxMentors: 1 } };
    expectTooLarge(
      caught(() => matchProgram(PROGRAM, people)),
      'matchProgram',
      'limits.maxMentors (1)',
      2,
    );
    expectTooLarge(
      caught(() => suggest(PROGRAM, 'cy', 1, people)),
      'suggest',
      'limits.maxMentors (1)',
      2,
    );
    expectTooLarge(
      caught(() => suggestAll(PROGRAM, 1, people)),
      'suggestAll',
      'limits.maxMentors (1)',
      2,
    );
    expectTooLarge(
      caught(() => programReport(PROGRAM, undefined, people)),
      'programReport',
      'limits.maxMentors (1)',
      2,
    );
    expectTooLarge(
      caught(() => scoreProgram(PROGRAM, people)),
      'scoreProgram',
      'limits.maxMentors (1)',
      2,
    );
    expectTooLarge(
      caught(() => parseProgram(PROGRAM, people)),
      'parseProgram',
      'limits.maxMentors (1)',
      2,
    );
    expectTooLarge(
      caught(() => matchProgram(PROGRAM, { limits: { maxMentees: 1 } })),
      'matchProgram',
      'limits.maxMentees (1)',
      2,
    );
    expectTooLarge(
      caught(() => matchProgram(PROGRAM, { limits: { maxRequests: 1 } })),
      'matchProgram',
      'limits.maxRequests (1)',
      2,
    );
    expectTooLarge(
      caught(() => matchProgram(PROGRAM, { limits: { maxPairs: 3 } })),
      'matchProgram',
      'limits.maxPairs (3)',
      4,
    );
  });

  it('a parsed programme is held to the limits too, and a limit at the size found accepts it', () => {
    const program = parseProgram(PROGRAM);
    expectTooLarge(
      caught(() => matchProgram(program, { limits: { maxPairs: 3 } })),
      'matchProgram',
      'limits.maxPairs (3)',
      4,
    );
    expect(matchProgram(program, { limits: { maxPairs: 4, maxMentors: 2 } }).summary.matched).toBe(2);
    expect(matchProgram(program, { limits: { maxPairs: Number.POSITIVE_INFINITY } }).summary.matched).toBe(2);
  });

  it('JSON text over maxInputBytes is refused before it is parsed, counted in UTF-8 bytes', () => {
    const text = JSON.stringify(PROGRAM);
    const bytes = new TextEncoder().encode(text).length;
    expect(parseProgram(text, { limits: { maxInputBytes: bytes } }).mentors).toHaveLength(2);
    expectTooLarge(
      caught(() => parseProgram(text, { limits: { maxInputBytes: bytes - 1 } })),
      'parseProgram',
      `limits.maxInputBytes (${bytes - 1})`,
      bytes,
    );
    // Not JSON at all: the size is checked first.
    const error = caught(() => matchProgram('x'.repeat(100), { limits: { maxInputBytes: 10 } }));
    expect((error as InvalidInputError).code).toBe('TOO_LARGE');
    // Three bytes per character: '€' × 40 is 120 bytes in UTF-8.
    const accents = `{"mode":"micro","topics":[],"mentors":[],"mentees":[],"name":"${'€'.repeat(40)}"}`;
    const utf8 = new TextEncoder().encode(accents).length;
    expect(utf8).toBeGreaterThan(accents.length);
    expectTooLarge(
      caught(() => parseProgram(accents, { limits: { maxInputBytes: utf8 - 1 } })),
      'parseProgram',
      `limits.maxInputBytes (${utf8 - 1})`,
      utf8,
    );
  });

  it('rematch holds the programme its changes make to the limits', () => {
    const before = matchProgram(PROGRAM);
    const changes = { addMentors: [{ id: 'eva', skills: [{ topic: 'pricing', level: 4 }] }] };
    expect(rematch(PROGRAM, before, changes, { limits: { maxMentors: 3 } }).matches).toHaveLength(2);
    expectTooLarge(
      caught(() => rematch(PROGRAM, before, changes, { limits: { maxMentors: 2 } })),
      'rematch',
      'limits.maxMentors (2)',
      3,
    );
  });

  it('a bad limit is INVALID_INPUT, with its path', () => {
    for (const limits of [{ maxPairs: -1 }, { maxPairs: 1.5 }, { maxMentors: '10' }, { maxPairs: Number.NaN }]) {
      const error = caught(() => matchProgram(PROGRAM, { limits } as never)) as InvalidInputError;
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues[0]?.path.slice(0, 2)).toEqual(['options', 'limits']);
    }
    const error = caught(() => parseProgram(PROGRAM, { limits: 5 } as never)) as InvalidInputError;
    expect(error.code).toBe('INVALID_INPUT');
  });
});

describe('solver limits: maxEntries', () => {
  const costs = [
    [1, 2, 3],
    [4, 5, 6],
  ];

  it('linearSumAssignment refuses more entries than maxEntries, before copying them', () => {
    expect(linearSumAssignment(costs, { maxEntries: 6 }).total).toBe(6);
    const error = caught(() => linearSumAssignment(costs, { maxEntries: 5 }));
    expect((error as InvalidInputError).code).toBe('TOO_LARGE');
    expect((error as Error).message).toBe(
      'linearSumAssignment: a 2×3 matrix has 6 entries, more than options.maxEntries (5); to accept it, raise the limit: { maxEntries: 6 }',
    );
    const dense = { rows: 2, cols: 3, data: Float64Array.of(1, 2, 3, 4, 5, 6) };
    expect((caught(() => linearSumAssignment(dense, { maxEntries: 5 })) as InvalidInputError).code).toBe('TOO_LARGE');
  });

  it('the default of linearSumAssignment is 2^26 entries, checked from the dimensions alone', () => {
    // A DenseMatrix that claims 8193 × 8193 entries over an empty array: refused on its dimensions.
    const claimed = { rows: 8193, cols: 8193, data: new Float64Array(0) };
    const error = caught(() => linearSumAssignment(claimed)) as InvalidInputError;
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toContain('more than options.maxEntries (67108864)');
  });

  it('capacitatedAssignment refuses more entries than maxEntries (default 2^25)', () => {
    expect(capacitatedAssignment(costs, { capacities: [1, 1, 1], maxEntries: 6 }).total).toBe(6);
    const error = caught(() => capacitatedAssignment(costs, { capacities: [1, 1, 1], maxEntries: 5 }));
    expect((error as InvalidInputError).code).toBe('TOO_LARGE');
    const claimed = { rows: 6000, cols: 6000, data: new Float64Array(0) };
    const big = caught(() => capacitatedAssignment(claimed, { capacities: [] })) as InvalidInputError;
    expect(big.message).toContain('more than options.maxEntries (33554432)');
  });

  it('a bad maxEntries is INVALID_INPUT', () => {
    for (const maxEntries of [-1, 0.5, Number.NaN, '6']) {
      const error = caught(() => linearSumAssignment(costs, { maxEntries } as never)) as InvalidInputError;
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues[0]?.path).toEqual(['options', 'maxEntries']);
    }
  });
});

describe('CLI --max-* flags', () => {
  function cli(args: readonly string[]): { code: number | null; stderr: string } {
    return runCli(args, {}, { readMissing: () => JSON.stringify(PROGRAM), writeFile: () => {} });
  }

  it('match, suggest and report refuse a programme over a limit with exit code 1', () => {
    for (const args of [
      ['match', 'p.json', '--max-mentors', '1'],
      ['suggest', 'p.json', '--mentee', 'cy', '--max-pairs', '3'],
      ['report', 'p.json', '--max-requests', '1'],
      ['report', 'p.json', '--no-match', '--max-mentees', '1'],
    ]) {
      const { code, stderr } = cli(args);
      expect(code, args.join(' ')).toBe(1);
      expect(stderr).toMatch(/more than limits\.max\w+ \(\d+\); to accept it, raise the limit/);
      expect(stderr).toMatch(/CLI: --max-\w+ \d+/);
    }
    expect(cli(['match', 'p.json', '--max-pairs', '4']).code).toBe(0);
  });

  it('a bad value is a usage error (exit code 2)', () => {
    expect(cli(['match', 'p.json', '--max-pairs', 'many']).code).toBe(2);
  });
});

describe('the dense views of a table too large to allocate', () => {
  it('throw TOO_LARGE, not the engine’s RangeError, and the sparse form still answers', () => {
    // 70,000 requests × 70,000 mentors: 4.9 × 10⁹ pairs, none allowed (no mentor masters the topic).
    const n = 70_000;
    const table = scoreProgram({
      mode: 'micro',
      topics: [{ id: 'pricing' }],
      mentors: Array.from({ length: n }, (_, k) => ({ id: `m${k}`, skills: [] })),
      mentees: Array.from({ length: n }, (_, k) => ({ id: `e${k}`, requests: [{ topic: 'pricing', level: 3 }] })),
    });
    expect(table.allowed.cols.length).toBe(0);
    expect(table.score(n - 1, n - 1)).toBe(Number.NEGATIVE_INFINITY);
    for (const read of [() => table.scores, () => table.mentorScores()]) {
      const error = caught(read);
      expect(error).toBeInstanceOf(MentormatchError);
      expect((error as MentormatchError).code).toBe('TOO_LARGE');
      expect((error as Error).message).toMatch(/^(scores|mentorScores): the dense view of 70000 rows × 70000 mentors/);
      expect((error as Error).message).toContain('read allowed or score(row, col)');
    }
  });
});
