/**
 * Turns zod's issues into mentormatch's: zod's code (`required` apart from `invalid_type`), the
 * path, and params that hold the type expected, the bound, the value found (as `describeValue`
 * shows it); the message is rendered from them (zod/mini ships no messages of its own).
 */
import type * as z from 'zod/mini';
import type { InputIssue } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { formatPath, issue } from './issues.js';

export { formatPath };

/** The value at `path` in `root`, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A type expected, as the issues name it: zod's `int` is `integer`. */
export function typeName(expected: string): string {
  return expected === 'int' ? 'integer' : expected;
}

/** One zod issue as data. */
export function fromZodIssue(zodIssue: z.core.$ZodIssue, root: unknown): InputIssue {
  const path = zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  const value = valueAt(root, path);
  const got = describeValue(value);
  switch (zodIssue.code) {
    case 'invalid_type':
      return value === undefined
        ? issue(path, 'required', { expected: typeName(zodIssue.expected) })
        : issue(path, 'invalid_type', { expected: typeName(zodIssue.expected), found: got });
    case 'too_small':
      return issue(path, 'too_small', {
        origin: zodIssue.origin,
        minimum: Number(zodIssue.minimum),
        inclusive: zodIssue.inclusive !== false,
        found: got,
      });
    case 'too_big':
      return issue(path, 'too_big', {
        origin: zodIssue.origin,
        maximum: Number(zodIssue.maximum),
        inclusive: zodIssue.inclusive !== false,
        found: got,
      });
    case 'not_multiple_of':
      return issue(path, 'not_multiple_of', { divisor: Number(zodIssue.divisor), found: got });
    case 'invalid_value':
      return issue(path, 'invalid_value', { values: zodIssue.values.map((v) => String(v)), found: got });
    case 'unrecognized_keys':
      return issue(path, 'unrecognized_keys', { keys: zodIssue.keys, count: zodIssue.keys.length });
    case 'invalid_union':
      return issue(path, 'invalid_type', { expected: ['string', 'number', 'boolean'], found: got });
    default:
      return issue(path, 'invalid', { found: got });
  }
}

/** zod's issues as input issues, in zod's order. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], root: unknown): InputIssue[] {
  return issues.map((i) => fromZodIssue(i, root));
}
