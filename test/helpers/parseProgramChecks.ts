/** Checks shared by the parseProgram test files: frozen results, untouched inputs, issues with their paths. */
import { expect } from 'vitest';
import type { InvalidInputError } from '../../src/index.js';

/** Every object and array reachable from `value` is frozen. */
export function expectDeeplyFrozen(value: unknown, path = 'program'): void {
  if (value === null || typeof value !== 'object') return;
  expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
  for (const [key, child] of Object.entries(value)) expectDeeplyFrozen(child, `${path}.${key}`);
}

/** No object or array reachable from `value` is frozen (the caller's input stays theirs). */
export function expectNothingFrozen(value: unknown, path = 'input'): void {
  if (value === null || typeof value !== 'object') return;
  expect(Object.isFrozen(value), `${path} is not frozen`).toBe(false);
  for (const [key, child] of Object.entries(value)) expectNothingFrozen(child, `${path}.${key}`);
}

/** An expected issue: its path, and words its message must contain (besides the path itself). */
export interface Expected {
  readonly path: readonly (string | number)[];
  readonly shows: readonly string[];
}

/** `mentors[3].skills[0].topic` for a path, as messages write it. */
export function pathText(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text === '' ? 'the programme' : text;
}

/** `error` lists exactly the `expected` issues (in any order), each message naming its field and showing the value. */
export function expectIssues(error: InvalidInputError, expected: readonly Expected[]): void {
  expect(error.code).toBe('INVALID_INPUT');
  expect(error.message.startsWith('parseProgram: ')).toBe(true);
  const unmatched = [...error.issues];
  const missing: string[] = [];
  for (const want of expected) {
    const k = unmatched.findIndex(
      (issue) =>
        JSON.stringify(issue.path) === JSON.stringify(want.path) && want.shows.every((w) => issue.message.includes(w)),
    );
    if (k < 0) missing.push(`${JSON.stringify(want.path)} showing ${want.shows.join(' / ')}`);
    else unmatched.splice(k, 1);
  }
  expect(missing, `missing issues; got:\n${error.issues.map((i) => i.message).join('\n')}`).toEqual([]);
  expect(unmatched.map((i) => i.message)).toEqual([]);
  for (const issue of error.issues) {
    // The message names the field: it starts with the path (an object's unknown or reserved key: its parent's path).
    const named =
      issue.message.startsWith(pathText(issue.path)) || issue.message.startsWith(pathText(issue.path.slice(0, -1)));
    expect(named, issue.message).toBe(true);
  }
}
