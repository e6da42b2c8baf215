/** Reads a programme (parsed, or its JSON input) for a public function, errors under its name. */
import { InvalidInputError } from '../errors.js';
import { parseProgram } from './parseProgram.js';
import type { Program } from './program.js';

/** `parseProgram(input)`, with a validation error re-thrown under the name of the function called. */
export function readProgram(fn: string, input: unknown): Program {
  try {
    return parseProgram(input);
  } catch (error) {
    // The same issues, under the name of the function the caller called.
    if (error instanceof InvalidInputError) throw new InvalidInputError(fn, error.issues);
    throw error;
  }
}
