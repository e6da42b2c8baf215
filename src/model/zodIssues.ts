/**
 * Turns zod's issues into mentormatch's: a path and a message in words that names the field and
 * shows the value found (zod/mini ships no messages of its own, only codes).
 */
import type * as z from 'zod/mini';
import type { InputIssue } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';

/** `mentors[3].skills[0].level` for `['mentors', 3, 'skills', 0, 'level']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? 'the programme' : text;
}

/** The value at `path` in `root`, or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What an expected type is called in a message. */
function typeName(expected: string): string {
  switch (expected) {
    case 'int':
      return 'an integer';
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    default:
      return `a ${expected}`;
  }
}

/** One zod issue in words. */
function message(issue: z.core.$ZodIssue, root: unknown): string {
  const where = formatPath(issue.path);
  const found = valueAt(root, issue.path);
  const got = `got ${describeValue(found)}`;
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `${where} is required (${typeName(issue.expected)})`
        : `${where} must be ${typeName(issue.expected)}, ${got}`;
    case 'too_small': {
      if (issue.origin === 'string') return `${where} must not be empty`;
      const sign = issue.inclusive === false ? '>' : '≥';
      return `${where} must be ${sign} ${String(issue.minimum)}, ${got}`;
    }
    case 'too_big': {
      if (issue.origin === 'string') return `${where} is longer than ${String(issue.maximum)} characters`;
      const sign = issue.inclusive === false ? '<' : '≤';
      return `${where} must be ${sign} ${String(issue.maximum)}, ${got}`;
    }
    case 'not_multiple_of':
      return `${where} must be a multiple of ${String(issue.divisor)}, ${got}`;
    case 'invalid_value':
      return `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, ${got}`;
    case 'unrecognized_keys':
      return `${where} has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_union':
      return `${where} must be a string, a number or a boolean, ${got}`;
    default:
      return `${where} is invalid, ${got}`;
  }
}

/** zod's issues as input issues, in zod's order. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], root: unknown): InputIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    message: message(issue, root),
  }));
}
