/** The validation error of a programme, in the tests. */
import { expect } from 'vitest';
import { InvalidInputError, parseProgram } from '../../src/index.js';

/** The error `parseProgram(input)` throws (fails the test when it returns). */
export function parseError(input: unknown): InvalidInputError {
  try {
    parseProgram(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('parseProgram accepted the input');
}
