/**
 * Helpers shared by the hand-made matchProgram test files: weights that score on preferences alone,
 * `matchProgram` run with the independent checks of matchChecks.ts, the pairs as text, the
 * `InvalidInputError` a call throws, and a small taxonomy.
 */
import { expect } from 'vitest';
import { InvalidInputError, type MatchResult, matchProgram, parseProgram, scoreProgram } from '../../src/index.js';
import { matchProblem } from './matchBruteForce.js';
import { resultProblems } from './matchChecks.js';
import type { ProgramJson } from './programArbitrary.js';

/**
 * Weights that score on preferences alone: a mentor ranked k-th of n scores 1 − (k − 1) / n, one
 * left off the list 0, and every mentor 0.5 for a mentee without a list.
 */
export const ONLY_PREFERENCE = {
  expertise: 0,
  willingness: 0,
  goals: 0,
  seniority: 0,
  language: 0,
  timeZone: 0,
  department: 0,
  preference: 1,
  values: 0,
  custom: 0,
};

/** Runs `matchProgram` and the independent checks on its result. */
export function match(input: ProgramJson, options?: Parameters<typeof matchProgram>[1]): MatchResult {
  const result = matchProgram(input, options);
  const program = parseProgram(input);
  const table = scoreProgram(program);
  expect(resultProblems(program, table, matchProblem(program, table), result)).toEqual([]);
  return result;
}

/** The pairs as `mentee/topic→mentor` (topic left out in classic mode), locked ones marked. */
export function pairs(result: MatchResult): string[] {
  return result.matches.map(
    (m) => `${m.mentee}${m.topic === undefined ? '' : `/${m.topic}`}→${m.mentor}${m.locked ? ' (locked)' : ''}`,
  );
}

/** The InvalidInputError `run` throws. */
export function invalid(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError');
}

/** Finance with two children, and SQL. */
export const TOPICS = [
  { id: 'finance' },
  { id: 'pricing', parent: 'finance' },
  { id: 'budgeting', parent: 'finance' },
  { id: 'sql', name: 'SQL' },
];
