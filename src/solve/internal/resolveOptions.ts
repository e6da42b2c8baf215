/** Option checking shared by the solvers: options are resolved once into a new object. */
import { describeValue } from '../../internal/describeValue.js';
import { fail, INVALID_TYPE } from './issue.js';

/** Checks that `options` is an object or undefined, and returns it as a record. */
export function optionsRecord(fn: string, options: unknown): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail(fn, ['options'], INVALID_TYPE, { expected: ['object'], found: describeValue(options) });
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
    fail(fn, ['options', name], INVALID_TYPE, { expected: ['boolean'], found: describeValue(value) });
  }
  return value;
}
