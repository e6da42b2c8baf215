/** Shape checks shared by every function that reads a matrix: dimensions, rows, total size. */
import { describeValue } from '../../internal/describeValue.js';
import { checkOption } from './clock.js';
import { fail, INVALID_ROW, INVALID_TYPE, TOO_MANY_ENTRIES } from './issue.js';

/** Largest number of entries a dense matrix may hold (a typed array's practical limit). */
const MAX_ENTRIES = 2 ** 31 - 1;

/** Returns `value` if it is a non-negative integer, else throws naming `name`. */
export function checkDimension(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    fail(fn, [name], INVALID_TYPE, { expected: ['integerFrom0'], found: describeValue(value) });
  }
  return value;
}

/** Throws when a `rows × cols` matrix cannot be held in one typed array. */
export function checkSize(fn: string, rows: number, cols: number): void {
  if (rows * cols > MAX_ENTRIES) {
    fail(fn, [], TOO_MANY_ENTRIES, { kind: 'cap', rows, cols, max: MAX_ENTRIES });
  }
}

/** The length of row `i` of a nested-array matrix; throws unless it is array-like. */
export function rowLength(fn: string, row: unknown, i: number): number {
  const length = row !== null && typeof row === 'object' ? (row as { length?: unknown }).length : undefined;
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
    fail(fn, [i], INVALID_ROW, { problem: 'type', row: i, found: describeValue(row) });
  }
  return length;
}

/**
 * Default `maxEntries` of `linearSumAssignment`: 2^26 (an 8192 × 8192 matrix, a 512 MiB copy;
 * with `partial` a second, widened copy may follow).
 */
export const LSAP_MAX_ENTRIES = 2 ** 26;
/** Default `maxEntries` of `capacitatedAssignment`: 2^25 (its flow network holds about 30 bytes per entry). */
export const CAPACITATED_MAX_ENTRIES = 2 ** 25;

/** The `maxEntries` option: an integer ≥ 0 or `Infinity`, `fallback` when absent. */
export function maxEntriesOption(fn: string, options: Readonly<Record<string, unknown>>, fallback: number): number {
  const value = options.maxEntries;
  const ok = value === Number.POSITIVE_INFINITY || (Number.isSafeInteger(value) && (value as number) >= 0);
  checkOption(fn, 'maxEntries', value, ok, ['integerFrom0', 'infinity']);
  return (value as number | undefined) ?? fallback;
}

/**
 * Throws `TOO_LARGE` when the matrix `input` has more than `maxEntries` entries, read from its
 * dimensions alone (nested arrays: rows × the first row's length), before anything is copied.
 */
export function checkEntries(fn: string, input: unknown, maxEntries: number): void {
  let rows = 0;
  let cols = 0;
  if (Array.isArray(input)) {
    rows = input.length;
    const first: unknown = input[0];
    const length = first !== null && typeof first === 'object' ? (first as { length?: unknown }).length : 0;
    cols = typeof length === 'number' && Number.isSafeInteger(length) ? length : 0;
  } else if (input !== null && typeof input === 'object') {
    const { rows: r, cols: c, columns } = input as { rows?: unknown; cols?: unknown; columns?: unknown };
    const width = c ?? columns;
    if (typeof r === 'number' && typeof width === 'number' && Number.isSafeInteger(r) && Number.isSafeInteger(width)) {
      rows = r;
      cols = width;
    }
  }
  const found = rows * cols;
  if (found <= maxEntries) return;
  const option = `{ maxEntries: ${found} }`;
  fail(fn, [], TOO_MANY_ENTRIES, { kind: 'dense', rows, cols, found, max: maxEntries, option }, 'TOO_LARGE');
}

/**
 * Throws `TOO_LARGE` when the compressed sparse rows `input` store more than `maxEntries` entries
 * (`indices.length`, read before anything else; a malformed field is reported later, by the reader).
 */
export function checkStoredEntries(fn: string, input: { readonly indices: unknown }, maxEntries: number): void {
  const { indices } = input;
  const length = indices !== null && typeof indices === 'object' ? (indices as { length?: unknown }).length : 0;
  const stored = typeof length === 'number' && Number.isSafeInteger(length) ? length : 0;
  if (stored <= maxEntries) return;
  const option = `{ maxEntries: ${stored} }`;
  fail(fn, ['indices'], TOO_MANY_ENTRIES, { kind: 'sparse', found: stored, max: maxEntries, option }, 'TOO_LARGE');
}
