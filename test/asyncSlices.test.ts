/**
 * The async forms give the event loop a turn wherever a loop finds its time slice over: inside the
 * search for large budgeted problems (the auction, the Lagrangian steps, local search, the row-price
 * bound) and between the explanations of a matching. Here every slice is made due at once (a clock
 * whose slice ended before the call), so that every such point yields, and the result must still be
 * the one of the call without turns, exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import {
  capacitatedAssignment,
  linearSumAssignment,
  MentormatchError,
  matchProgram,
  parseProgram,
} from '../src/index.js';
import { matchInput } from '../src/match/matchProgram.js';
import { prepare } from '../src/match/prepare.js';
import { solveObjective, solveObjectiveSteps } from '../src/match/solveObjective.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { parseShape } from '../src/model/parseProgram.js';
import { readProgramSteps } from '../src/model/readProgram.js';
import { programSchema } from '../src/model/schema.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { capacitatedSteps } from '../src/solve/capacitatedAssignment.js';
import { assignSteps } from '../src/solve/internal/assignWithDuals.js';
import { atCheckPoints, SLICE, type Steps, startAsyncClock, withClock } from '../src/solve/internal/clock.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { matchProgramArbitrary, SMALL_BUDGETED } from './helpers/matchProgramArbitrary.js';
import { programArbitrary } from './helpers/programArbitrary.js';
import { mulberry32 as mulberry } from './helpers/random.js';

console.info(`fast-check seed for the async slices: ${FC_SEED}`);

/** Runs `steps` with every time slice due: the result and how many times it yielded for a turn. */
function everySlice<T>(steps: Steps<T>): { value: T; turns: number } {
  const clock = startAsyncClock('test', undefined, undefined);
  clock.sliceEnd = Number.NEGATIVE_INFINITY;
  let turns = 0;
  for (;;) {
    const next = withClock(clock, () => steps.next());
    if (next.done === true) return { value: next.value, turns };
    if (next.value === SLICE) turns++;
  }
}

describe('async turns change nothing', () => {
  it('the path for large budgeted problems, every objective, 150 programmes: same matching and proof', () => {
    let turns = 0;
    fc.assert(
      fc.property(
        matchProgramArbitrary(SMALL_BUDGETED),
        fc.constantFrom('total', 'coverage', 'fair'),
        (input, objective) => {
          const program = canonicalProgram(parseProgram(input));
          const prepared = prepare(program, scoreTable(program, true));
          const plain = solveObjective(prepared, objective, 0, 0);
          const stepped = everySlice(solveObjectiveSteps(prepared, objective, 0, 0));
          turns += stepped.turns;
          expect(stepped.value).toEqual(plain);
        },
      ),
      { seed: FC_SEED, numRuns: 150 },
    );
    expect(turns).toBeGreaterThan(150);
  });

  it('matchProgram with hours budgets and without: byte for byte, with turns while explaining', () => {
    const budgeted = sampleProgram({ mode: 'micro', mentors: 40, mentees: 150, topics: 30, seed: 3 });
    const plain = sampleProgram({ mode: 'classic', mentors: 40, mentees: 600, topics: 30, seed: 4 });
    for (const input of [budgeted, plain]) {
      const stepped = everySlice(matchInput('matchProgram', input, undefined, undefined, undefined));
      expect(JSON.stringify(stepped.value)).toBe(JSON.stringify(matchProgram(input)));
      expect(stepped.turns).toBeGreaterThan(2);
    }
  });
});

/** Runs work with check points to its end (no clock). */
function drainPoints<T>(points: Generator<void, T, void>): T {
  for (;;) {
    const next = points.next();
    if (next.done === true) return next.value;
  }
}

describe('the programme parsed in slices', () => {
  it('gives what the whole schema gives, key for key, and fails exactly where it fails', () => {
    let failed = 0;
    fc.assert(
      fc.property(
        programArbitrary({ maxMentors: 6, maxMentees: 8 }),
        fc.option(fc.tuple(fc.constantFrom('topics', 'mentors', 'mentees', 'mode'), fc.nat())),
        (input, broken) => {
          // Optionally one element (or the mode) made invalid: a capacity of -1, an id of `true`.
          let subject: unknown = input;
          if (broken !== null) {
            const [key, k] = broken;
            const list = key === 'mode' ? [] : (input[key] as readonly object[]);
            subject =
              key === 'mode'
                ? { ...input, mode: 'neither' }
                : {
                    ...input,
                    [key]: list.map((item, q) =>
                      q === k % Math.max(1, list.length) ? { ...item, id: true, capacity: -1 } : item,
                    ),
                  };
          }
          const whole = programSchema.safeParse(subject);
          const sliced = drainPoints(parseShape(subject));
          if (!whole.success) failed++;
          if (whole.success) expect(JSON.stringify(sliced)).toBe(JSON.stringify(whole.data));
          else expect(sliced).toBeNull();
          if (whole.success) expect(sliced).toEqual(whole.data);
        },
      ),
      { seed: FC_SEED, numRuns: 200 },
    );
    expect(failed).toBeGreaterThan(20);
  });

  it('a long programme gives the event loop turns inside its lists, and parses to the same programme', () => {
    const input = sampleProgram({ mode: 'micro', mentors: 100, mentees: 400, topics: 30, seed: 5 });
    const before = JSON.stringify(input);
    const stepped = everySlice(atCheckPoints(readProgramSteps('test', input)));
    expect(stepped.value).toEqual(parseProgram(input));
    // A turn every 64 mentors, mentees or topics, and between the stages after the schema.
    expect(stepped.turns).toBeGreaterThanOrEqual(Math.floor(100 / 64) + Math.floor(400 / 64) + 3);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('the cost matrix read in slices', () => {
  /** Runs `steps` with every slice due: the turns before its `read` phase, and its value. */
  function beforeRead<T>(steps: Steps<T>, controller?: AbortController, abortAt = -1): { value: T; turns: number } {
    const clock = startAsyncClock('test', undefined, controller?.signal);
    clock.sliceEnd = Number.NEGATIVE_INFINITY;
    let turns = 0;
    let read = false;
    for (;;) {
      const next = withClock(clock, () => steps.next());
      if (next.done === true) return { value: next.value, turns };
      if (next.value === 'read') read = true;
      if (next.value === SLICE && !read && turns++ === abortAt) controller?.abort();
    }
  }

  it('nested arrays, a DenseMatrix, transposed or not: turns every 64 rows, the same assignment', () => {
    const rng = mulberry(3);
    for (const [rows, cols] of [
      [300, 310],
      [310, 300],
    ] as const) {
      const nested = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(rng() * 1000)));
      const dense = { rows, cols, data: Float64Array.from(nested.flat()) };
      for (const costs of [nested, dense]) {
        for (const maximize of [false, true]) {
          const stepped = beforeRead(assignSteps('linearSumAssignment', costs, { maximize }));
          expect(stepped.value.assignment).toEqual(linearSumAssignment(costs, { maximize }));
          expect(stepped.turns).toBeGreaterThanOrEqual(Math.floor(rows / 64));
        }
      }
      const capacities = Array.from({ length: cols }, (_, j) => 1 + (j % 3));
      const stepped = beforeRead(capacitatedSteps(nested, { capacities }));
      expect(stepped.value).toEqual(capacitatedAssignment(nested, { capacities }));
      expect(stepped.turns).toBeGreaterThanOrEqual(Math.floor(rows / 64));
    }
  });

  it('an abort at a turn inside the reading rejects with ABORTED, the matrix as it was', () => {
    const rng = mulberry(4);
    const nested = Array.from({ length: 300 }, () => Array.from({ length: 300 }, () => Math.floor(rng() * 1000)));
    const before = JSON.stringify(nested);
    for (const abortAt of [0, 2]) {
      const controller = new AbortController();
      let error: unknown;
      try {
        beforeRead(assignSteps('linearSumAssignmentAsync', nested), controller, abortAt);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(MentormatchError);
      expect((error as MentormatchError).code).toBe('ABORTED');
      expect(JSON.stringify(nested)).toBe(before);
    }
  });
});
