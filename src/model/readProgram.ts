/** Reads a programme (parsed, or its JSON input) for a public function, errors under its name. */
import type { Translator } from '../locale/message.js';
import { rethrowIn } from './issues.js';
import { DEFAULT_LIMITS, type ProgramLimits } from './limits.js';
import { parseSteps } from './parseProgram.js';
import type { Program } from './program.js';
import type { ProgramInput } from './schema.js';

/**
 * What the programme entry points (`matchProgram`, `rematch`, `suggest`, `suggestAll`,
 * `programReport`) take: the programme's JSON input, typed (so that a misspelt field or mode, or a
 * level written as a string, does not compile), a programme from `parseProgram`, or JSON text.
 * Arrays and objects may be read-only (`as const` literals are accepted). Data of unknown shape
 * (`unknown`, e.g. a request body) goes through `parseProgram` first, which takes anything and
 * validates it.
 *
 * @example
 * ```ts
 * import { matchProgram, parseProgram, type ProgramSource } from 'mentormatch';
 *
 * const typed: ProgramSource = { mode: 'micro', topics: [{ id: 'pricing' }], mentors: [], mentees: [] };
 * const body: unknown = JSON.parse('{"mode":"micro","topics":[],"mentors":[],"mentees":[]}');
 * console.log(matchProgram(typed).summary.matched, matchProgram(parseProgram(body)).summary.matched); // 0 0
 * ```
 */
export type ProgramSource = ReadonlyDeep<ProgramInput> | Program | string;

/** `T` with every array and object read-only at every depth (mutable values are assignable to it). */
export type ReadonlyDeep<T> = T extends readonly (infer U)[]
  ? readonly ReadonlyDeep<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
    : T;

/**
 * `parseProgram(input, { limits, locale })` in steps (its check points: `parseSteps`), with a
 * validation error re-thrown under the name of the function called, its messages in `t`'s words
 * (English by default).
 */
export function* readProgram(
  fn: string,
  input: unknown,
  limits: Required<ProgramLimits> = DEFAULT_LIMITS,
  t?: Translator,
): Generator<string, Program, void> {
  try {
    return yield* parseSteps(input, limits);
  } catch (error) {
    // The same issues, under the name of the function the caller called.
    return rethrowIn(fn, error, t);
  }
}
