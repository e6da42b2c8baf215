/** Reads the `groups` option of a solver: one integer id per row (or proposer). */
import type { InputIssue } from '../../errors.js';
import { describeValue } from '../../internal/describeValue.js';
import { arrayLike } from './arrayLike.js';
import { INVALID_LIST, INVALID_TYPE, solverIssue, WRONG_LENGTH } from './issue.js';

/**
 * Reads `options.groups`: one integer id per item, renumbered densely in order of first appearance;
 * null when absent or invalid (the problem is pushed to `issues`). `of` and `per` are the params of
 * the length mismatch (`wrong_length`): "options.groups has 3 entries but the matrix has 4 rows"
 * (`'matrix'`, `'row'`), "… but there are 4 proposers" (`'proposers'`, `'proposer'`).
 */
export function readGroups(
  record: Readonly<Record<string, unknown>>,
  n: number,
  of: string,
  per: string,
  issues: InputIssue[],
): Int32Array | null {
  const value = record.groups;
  if (value === undefined) return null;
  const list = arrayLike(value);
  if (list === null || list.length !== n) {
    issues.push(
      list === null
        ? solverIssue(['options', 'groups'], INVALID_LIST, { item: 'id', per, found: describeValue(value) })
        : solverIssue(['options', 'groups'], WRONG_LENGTH, { length: list.length, of, count: n, per }),
    );
    return null;
  }
  const index = new Map<number, number>();
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = list[i];
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
      issues.push(
        solverIssue(['options', 'groups', i], INVALID_TYPE, { expected: ['integer'], found: describeValue(id) }),
      );
      continue;
    }
    let g = index.get(id);
    if (g === undefined) {
      g = index.size;
      index.set(id, g);
    }
    groupOf[i] = g;
  }
  return groupOf;
}
