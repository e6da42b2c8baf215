/**
 * Realistic programmes for property tests: the seeded sample generator of `mentormatch sample`
 * (a taxonomy, sites, departments, managers, skills drawn from demand, hours budgets in micro mode,
 * rules, locked pairs) driven by a fast-check seed, so that a failure replays and the size is the
 * caller's.
 */
import fc from 'fast-check';
import { sampleProgram } from '../cli/sample/sampleProgram.js';
import type { ProgramInput } from '../model/schema.js';

/** Options of {@link sampleProgramArbitrary}. */
export interface SampleProgramArbitraryOptions {
  /** The mode; both when absent. */
  readonly mode?: 'micro' | 'classic';
  /** Mentors, at least 1 (default 10). */
  readonly mentors?: number;
  /** Mentees, at least 1 (default 20). */
  readonly mentees?: number;
  /** Topics in the taxonomy, at least 13 (default: the 98 hand-written ones). */
  readonly topics?: number;
}

/**
 * Realistic, valid programme inputs of a chosen size: `mentormatch sample` with a seed drawn by
 * fast-check.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { matchProgram } from 'mentormatch';
 * import { sampleProgramArbitrary } from 'mentormatch/testing';
 *
 * fc.assert(
 *   fc.property(sampleProgramArbitrary({ mode: 'micro', mentors: 5, mentees: 8 }), (input) => {
 *     const { summary } = matchProgram(input);
 *     return summary.matched <= summary.demand;
 *   }),
 *   { seed: 1, numRuns: 5 },
 * );
 * console.log('ok'); // ok
 * ```
 */
export function sampleProgramArbitrary(options: SampleProgramArbitraryOptions = {}): fc.Arbitrary<ProgramInput> {
  const mode =
    options.mode === undefined ? fc.constantFrom('micro' as const, 'classic' as const) : fc.constant(options.mode);
  return fc.record({ mode, seed: fc.nat() }).map(({ mode: m, seed }) =>
    sampleProgram({
      mode: m,
      mentors: options.mentors ?? 10,
      mentees: options.mentees ?? 20,
      seed,
      ...(options.topics === undefined ? {} : { topics: options.topics }),
    }),
  );
}
