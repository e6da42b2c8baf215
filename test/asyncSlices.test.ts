/**
 * The async forms give the event loop a turn wherever a loop finds its time slice over: inside the
 * search for large budgeted problems (the auction, the Lagrangian steps, local search, the row-price
 * bound) and between the explanations of a matching. Here every slice is made due at once (a clock
 * whose slice ended before the call), so that every such point yields, and the result must still be
 * the one of the call without turns, exactly. The flow of quotas yields too (once per request it
 * adds), under every objective it solves.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { matchProgram, parseProgram } from '../src/index.js';
import { matchInput, readMatchOptions } from '../src/match/matchProgram.js';
import { prepare } from '../src/match/prepare.js';
import { solveObjective, solveObjectiveSteps } from '../src/match/solveObjective.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { SLICE, type Steps, startAsyncClock, withClock } from '../src/solve/internal/clock.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { matchProgramArbitrary, SMALL_BUDGETED } from './helpers/matchProgramArbitrary.js';

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
      const stepped = everySlice(
        matchInput('matchProgram', input, undefined, readMatchOptions(undefined, 'matchProgram')),
      );
      expect(JSON.stringify(stepped.value)).toBe(JSON.stringify(matchProgram(input)));
      expect(stepped.turns).toBeGreaterThan(2);
    }
  });

  it('quotas: the flow yields once per request, and the matching is the same, every objective', () => {
    for (const mode of ['micro', 'classic'] as const) {
      const input = sampleProgram({ mode, mentors: 20, mentees: mode === 'micro' ? 40 : 80, seed: 5, quotas: true });
      expect(input.rules?.quotas?.length).toBeGreaterThan(0);
      for (const objective of ['total', 'coverage', 'fair'] as const) {
        const program = canonicalProgram(parseProgram(input));
        const prepared = prepare(program, scoreTable(program, true));
        const plain = solveObjective(prepared, objective, 0, 0);
        const stepped = everySlice(solveObjectiveSteps(prepared, objective, 0, 0));
        expect(stepped.value).toEqual(plain);
        // At least one turn per request the flow adds (fair solves several flows).
        expect(stepped.turns).toBeGreaterThanOrEqual(prepared.free.length);
      }
    }
  });
});
