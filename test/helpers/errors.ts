/** Assertions on the errors a call throws, shared by the time-limit and check-point tests. */
import { expect } from 'vitest';
import { MentormatchError } from '../../src/index.js';

/** The error `f` throws; fails the test when it throws none. */
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('no error thrown');
}

/** `error` is a {@link MentormatchError} of `code`, its message prefixed by the function's name. */
export function expectCode(error: unknown, code: string, fn: string): void {
  expect(error).toBeInstanceOf(MentormatchError);
  expect((error as MentormatchError).code).toBe(code);
  expect((error as Error).message.startsWith(`${fn}: `)).toBe(true);
}
