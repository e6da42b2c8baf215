/**
 * Fuzzing (issue "Safe to embed in a serverless function", done-when): on programmes (valid,
 * near-valid, junk) and on the solvers' inputs (matrices with NaN, ±Infinity, huge values, wrong
 * shapes, bad options), every public function either answers or throws a `MentormatchError`
 * subclass, never anything else, and never modifies its input; the reproducers of the issue too.
 * fast-check with the suite's fixed seed, 10,000 runs each, small sizes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockingPairs,
  capacitatedAssignment,
  linearSumAssignment,
  MentormatchError,
  matchProgram,
  parseProgram,
  programReport,
  rematch,
  reportToMarkdown,
  scoreProgram,
  stableMatching,
  suggest,
  suggestAll,
} from '../src/index.js';
import { nearValidProgramArbitrary, programArbitrary } from '../src/testing.js';
import { FC_SEED } from './helpers/fastCheck.js';

const RUNS = 10_000;

/** Runs `call`: true when it answered, false when it threw a MentormatchError; anything else fails. */
function typed(name: string, call: () => unknown): boolean {
  try {
    call();
    return true;
  } catch (error) {
    if (error instanceof MentormatchError) return false;
    throw new Error(`${name} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

/** Calls `call` on `input` and checks it stayed as it was (a deep copy taken before). */
function unchanged(input: unknown, call: () => unknown, name: string): boolean {
  const before = structuredClone(input);
  const answered = typed(name, call);
  expect(input, `${name} modified its input`).toEqual(before);
  return answered;
}

const programme = fc.oneof(
  { weight: 3, arbitrary: programArbitrary({ maxMentors: 4, maxMentees: 4 }) as fc.Arbitrary<unknown> },
  { weight: 4, arbitrary: nearValidProgramArbitrary({ maxMentors: 4, maxMentees: 4 }).map((p) => p.input) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<unknown> },
);

const PROGRAMME_CALLS: readonly [string, (input: never) => unknown][] = [
  ['parseProgram', (input) => parseProgram(input)],
  ['matchProgram', (input) => matchProgram(input)],
  ['suggestAll', (input) => suggestAll(input, 2)],
  ['suggest', (input) => suggest(input, 'm0', 1)],
  ['programReport', (input) => programReport(input)],
  ['scoreProgram', (input) => scoreProgram(input)],
  ['rematch', (input) => rematch(input, { matches: [] }, { removeMentors: ['m0'] })],
  ['matchProgram (JSON text)', (input) => matchProgram(JSON.stringify(input) ?? 'null')],
];

const NASTY = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e300,
  -0,
  5e-324,
  2 ** 53,
];
const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -9, max: 9 }) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('1', null, undefined, true, {}, [], 1n) },
);
const rows = fc.array(fc.array(value, { maxLength: 5 }), { maxLength: 5 });
/** Rectangular matrices of numbers: NaN, ±Infinity and huge values among small integers. */
const numeric = fc
  .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }))
  .chain(([r, c]) =>
    fc.array(
      fc.array(
        fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: -9, max: 9 }) },
          { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
        ),
        { minLength: c, maxLength: c },
      ),
      { minLength: r, maxLength: r },
    ),
  );
const matrixInput = fc.oneof(
  { weight: 4, arbitrary: numeric as fc.Arbitrary<unknown> },
  { weight: 2, arbitrary: rows as fc.Arbitrary<unknown> },
  {
    weight: 1,
    arbitrary: fc
      .record({
        rows: fc.integer({ min: -1, max: 4 }),
        cols: fc.integer({ min: -1, max: 4 }),
        data: fc.array(fc.double(), { maxLength: 12 }),
      })
      .map(({ rows: r, cols: c, data }) => ({ rows: r, cols: c, data: Float64Array.from(data) })),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 5, 'matrix', [1, 2], [[1], 2], { rows: 1 }) },
);
const junkOptions = fc.record(
  {
    maximize: fc.oneof(fc.boolean(), fc.constant<unknown>('yes')),
    partial: fc.boolean(),
    capacities: fc.oneof(fc.array(value, { maxLength: 6 }), fc.constant<unknown>(5)),
    demands: fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 6 }),
    groups: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 6 }),
    unassignedCost: value,
    maxEntries: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constant<unknown>(-1)),
    timeLimitMs: fc.constantFrom<unknown>(1e9, Number.POSITIVE_INFINITY, -1),
  },
  { requiredKeys: [] },
);
const validOptions = fc.record(
  {
    maximize: fc.boolean(),
    partial: fc.boolean(),
    capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }),
    unassignedCost: fc.integer({ min: -5, max: 5 }),
  },
  { requiredKeys: ['capacities'] },
);
const options = fc.oneof(validOptions, junkOptions);

describe('fuzzing: only typed errors, inputs never modified', () => {
  it(`programmes (valid, near-valid, junk) on every programme entry point (seed ${FC_SEED}, ${RUNS} runs)`, () => {
    const tally = { answered: 0, refused: 0 };
    fc.assert(
      fc.property(programme, fc.nat(PROGRAMME_CALLS.length - 1), (input, k) => {
        const [name, call] = PROGRAMME_CALLS[k] as (typeof PROGRAMME_CALLS)[number];
        if (unchanged(input, () => call(input as never), name)) tally.answered++;
        else tally.refused++;
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
    console.log(`programme fuzz, seed ${FC_SEED}: ${JSON.stringify(tally)}`);
    expect(tally.answered).toBeGreaterThan(RUNS / 10);
    expect(tally.refused).toBeGreaterThan(RUNS / 10);
  });

  it(`solver inputs: NaN, ±Infinity, huge values, wrong shapes, bad options (seed ${FC_SEED}, ${RUNS} runs)`, () => {
    const tally = { answered: 0, refused: 0 };
    fc.assert(
      fc.property(matrixInput, options, fc.nat(2), (costs, opts, k) => {
        const [name, call]: [string, () => unknown] =
          k === 0
            ? ['linearSumAssignment', () => linearSumAssignment(costs as never, opts as never)]
            : k === 1
              ? ['capacitatedAssignment', () => capacitatedAssignment(costs as never, opts as never)]
              : [
                  'stableMatching',
                  () =>
                    stableMatching({
                      proposerPrefs: costs,
                      receiverPrefs:
                        (opts as { groups?: unknown }).groups === undefined
                          ? costs
                          : [(opts as { groups?: unknown }).groups],
                      capacities: (opts as { capacities?: unknown }).capacities,
                    } as never),
                ];
        const answered = unchanged([costs, opts], call, name);
        if (answered) tally.answered++;
        else tally.refused++;
      }),
      { seed: FC_SEED, numRuns: RUNS },
    );
    console.log(`solver fuzz, seed ${FC_SEED}: ${JSON.stringify(tally)}`);
    expect(tally.answered).toBeGreaterThan(RUNS / 20);
    expect(tally.refused).toBeGreaterThan(RUNS / 10);
  });

  it('the reproducers of the issue: typed errors or answers, inputs unchanged', () => {
    const base = {
      mode: 'classic' as const,
      topics: [{ id: 't' }],
      mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }], capacity: 2 ** 32 }],
      mentees: [{ id: 'bo', goals: [{ topic: 't' }] }],
    };
    const deep = {
      mode: 'micro' as const,
      topics: Array.from({ length: 300 }, (_, k) => (k === 0 ? { id: 't0' } : { id: `t${k}`, parent: `t${k - 1}` })),
      mentors: [{ id: 'ana', skills: [{ topic: 't299', level: 4 }] }],
      mentees: [{ id: 'bo', requests: [{ topic: 't0', level: 1 }] }],
    };
    const bigM = [
      [Number.MAX_VALUE, 1, 2],
      [3, Number.MAX_VALUE, 4],
      [5, 6, Number.MAX_VALUE],
    ];
    const cases: [string, unknown, () => unknown][] = [
      ['W1 capacity 2^32', base, () => matchProgram(base)],
      ['W1 suggestAll exposure 3e9', base, () => suggestAll(base, 1, { exposure: 3_000_000_000 })],
      ['W1 programReport', base, () => programReport(base)],
      ['H1 deep taxonomy', deep, () => matchProgram(deep)],
      ['H3 fair', base, () => matchProgram(base, { objective: 'fair' })],
      ['P2 byte-order mark', base, () => parseProgram(`\uFEFF${JSON.stringify(base)}`)],
      ['H7 scoreProgram raw JSON', base, () => scoreProgram(base).explain(-1, 0)],
      ['H7 reportToMarkdown({})', {}, () => reportToMarkdown({} as never)],
      ['point 4 DBL_MAX big M', bigM, () => linearSumAssignment(bigM)],
      ['H2 one column', [[1], [2], [3]], () => capacitatedAssignment([[1], [2], [3]], { capacities: [1e9] })],
      [
        'H6 BigInt64Array preferences',
        null,
        () => stableMatching({ proposerPrefs: [BigInt64Array.of(0n)], receiverPrefs: [[0]] } as never),
      ],
      [
        'blockingPairs on junk',
        null,
        () => blockingPairs([Number.NaN], { proposerPrefs: [[0]], receiverPrefs: [[Number.NaN]] } as never),
      ],
      [
        'P1 getter NaN then a number',
        null,
        () => {
          let reads = 0;
          const row = {
            length: 1,
            get 0() {
              return reads++ === 0 ? Number.NaN : 1;
            },
          };
          return linearSumAssignment([row] as never);
        },
      ],
    ];
    for (const [name, input, call] of cases) {
      if (input === null) typed(name, call);
      else unchanged(input, call, name);
    }
  });
});
