/**
 * `InfeasibleError` reasons stay English (docs/languages.md) because only the solvers of
 * `mentormatch/solvers` throw one: the domain functions that take a `locale` ask them for as many
 * pairs as possible (`partial`), so that a programme with too few places, hours or allowed pairs is
 * matched as far as it goes and never ends in an English error. Checked on random programmes whose
 * places and hours bind, in both modes, with locked pairs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InfeasibleError, matchProgram, programReport, suggestAll } from '../src/index.js';
import { it as italian } from '../src/locales/it.js';
import { capacitatedAssignment } from '../src/solvers.js';
import { fcOptions } from './helpers/fastCheck.js';
import { matchProgramArbitrary, SMALL_BUDGETED } from './helpers/matchProgramArbitrary.js';

describe('the domain functions never throw an InfeasibleError', () => {
  it('the solver does, on the same kind of shortage (the property below can fail)', () => {
    expect(() => capacitatedAssignment([[1], [2]], { capacities: [1] })).toThrow(InfeasibleError);
  });

  for (const [name, options] of [
    ['micro, hours budgets binding', SMALL_BUDGETED],
    [
      'classic, few places',
      { mode: 'classic', minMentors: 1, maxMentors: 3, minMentees: 3, maxMentees: 8, maxLocks: 2 },
    ],
  ] as const)
    it(`matchProgram, suggestAll and programReport in Italian: ${name}`, () => {
      fc.assert(
        fc.property(matchProgramArbitrary(options), (program) => {
          const thrown: unknown[] = [];
          const attempt = (f: () => unknown) => {
            try {
              f();
            } catch (error) {
              thrown.push(error);
            }
          };
          attempt(() => {
            const result = matchProgram(program, { locale: italian });
            programReport(program, result, { locale: italian });
          });
          attempt(() => suggestAll(program, 3, { locale: italian }));
          expect(thrown.filter((error) => error instanceof InfeasibleError)).toEqual([]);
          expect(thrown).toEqual([]);
        }),
        fcOptions(60),
      );
    });
});
