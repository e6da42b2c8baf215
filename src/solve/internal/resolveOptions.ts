/** Option checking shared by the solvers: options are resolved once into a new object. */
import { InvalidInputError } from '../../errors.js';
import { describeValue } from '../../internal/describeValue.js';

/** Checks that `options` is an object or undefined, and returns it as a record. */
export function optionsRecord(fn: string, options: unknown): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidInputError(fn, [
      { path: ['options'], message: `options must be an object, got ${describeValue(options)}` },
    ]);
  }
  return options as Readonly<Record<string, unknown>>;
}

/** Reads a boolean option, `fallback` when absent. */
export function booleanOption(
  fn: string,
  options: Readonly<Record<string, unknown>>,
  name: string,
  fallback: boolean,
): boolean {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    throw new InvalidInputError(fn, [
      { path: ['options', name], message: `options.${name} must be a boolean, got ${describeValue(value)}` },
    ]);
  }
  return value;
}
