/** Reads the `groups` option of a solver: one integer id per row (or proposer). */
import type { InputIssue } from '../../errors.js';
import { describeValue } from '../../internal/describeValue.js';
import { arrayLike } from './arrayLike.js';

/**
 * Reads `options.groups`: one integer id per item, renumbered densely in order of first appearance;
 * null when absent or invalid (the problem is pushed to `issues`). `has` and `items` word the length
 * mismatch: "options.groups has 3 entries but {has} 4 {items}".
 */
export function readGroups(
  record: Readonly<Record<string, unknown>>,
  n: number,
  has: string,
  items: string,
  issues: InputIssue[],
): Int32Array | null {
  const value = record.groups;
  if (value === undefined) return null;
  const list = arrayLike(value);
  if (list === null || list.length !== n) {
    issues.push({
      path: ['options', 'groups'],
      message:
        list === null
          ? `options.groups must be an array with one integer id per ${items.replace(/s$/, '')}, got ${describeValue(value)}`
          : `options.groups has ${list.length} entries but ${has} ${n} ${items}`,
    });
    return null;
  }
  const index = new Map<number, number>();
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = list[i];
    if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
      issues.push({
        path: ['options', 'groups', i],
        message: `options.groups[${i}] must be an integer id, got ${describeValue(id)}`,
      });
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
