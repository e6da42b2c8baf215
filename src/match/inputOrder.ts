/**
 * The input's order, for the result's lists: the matching runs on the programme with its people in
 * id order (`canonicalProgram`), and its lists are then put back in the order the caller gave:
 * mentees, then each mentee's requests; mentors.
 */

import { idIndex } from '../model/idIndex.js';
import type { Program } from '../model/program.js';

/** Sorters back to a programme's own order. */
export interface InputOrder {
  /** Sorts units of demand (anything with `mentee` and, in micro mode, `topic`), then by `mentor` when present. */
  sortUnits<T extends { readonly mentee: string; readonly topic?: string; readonly mentor?: string }>(list: T[]): T[];
  /** Sorts anything with a `mentor` id. */
  sortMentors<T extends { readonly mentor: string }>(list: T[]): T[];
  /**
   * Pairs of a table (row, column, row, column…: `rows` its demand rows, `mentorIds` its columns'
   * mentors, all of the programme) in the order {@link InputOrder.sortUnits} gives their units with
   * mentors: in flat typed arrays, for the millions a large programme's audit can find. Returns
   * `pairs` itself when they are in that order already (no copy of tens of MB).
   */
  sortPairs(
    rows: readonly { readonly menteeId: string; readonly topic?: string }[],
    mentorIds: readonly string[],
    pairs: Int32Array,
  ): Int32Array;
}

/** The sorters of `program`'s order (ids it does not know go last, in their own order). */
export function inputOrder(program: Program): InputOrder {
  const mentor = idIndex(program.mentors);
  // Each unit's rank: by mentee, in the input's order, then by the mentee's request on the topic
  // (micro; a mentee's topics are distinct) or the mentee alone (classic: the empty topic). One map
  // of the mentees and their first units' ranks, not a map per mentee (50,000 of them at scale).
  const mentees = idIndex(program.mentees);
  const micro = program.mode === 'micro';
  const first = new Int32Array(program.mentees.length);
  let k = 0;
  program.mentees.forEach((e, at) => {
    first[at] = k;
    k += micro ? e.requests.length : 1;
  });
  const unitRank = (menteeId: string, topic: string): number => {
    const at = mentees.get(menteeId);
    if (at === undefined) return Number.MAX_SAFE_INTEGER;
    if (!micro) return topic === '' ? (first[at] as number) : Number.MAX_SAFE_INTEGER;
    const { requests } = program.mentees[at] as Program['mentees'][number];
    for (let q = 0; q < requests.length; q++)
      if ((requests[q] as { topic: string }).topic === topic) return (first[at] as number) + q;
    return Number.MAX_SAFE_INTEGER;
  };
  const rank = (map: ReadonlyMap<string, number> | undefined, key: string) => map?.get(key) ?? Number.MAX_SAFE_INTEGER;
  return {
    sortUnits: (list) => {
      // Already in the input's order (each unit's rank above the last's, as a matching of a
      // programme given in id order lists them): a copy, with no sort.
      let last = Number.NEGATIVE_INFINITY;
      let sorted = true;
      for (let i = 0; i < list.length && sorted; i++) {
        const item = list[i] as { readonly mentee: string; readonly topic?: string };
        const key = unitRank(item.mentee, item.topic ?? '');
        sorted = key > last;
        last = key;
      }
      if (sorted) return list.slice();
      return list
        .map((item, at) => ({ item, at, key: unitRank(item.mentee, item.topic ?? '') }))
        .sort(
          (a, b) =>
            a.key - b.key ||
            (a.item.mentor === undefined || b.item.mentor === undefined
              ? 0
              : rank(mentor, a.item.mentor) - rank(mentor, b.item.mentor)) ||
            a.at - b.at,
        )
        .map((x) => x.item);
    },
    sortMentors: (list) =>
      list
        .map((item, at) => ({ item, at, key: rank(mentor, item.mentor) }))
        .sort((a, b) => a.key - b.key || a.at - b.at)
        .map((x) => x.item),
    sortPairs: (rows, mentorIds, pairs) => {
      const n = pairs.length >> 1;
      const rowKey = (r: number) => {
        const row = rows[r] as { readonly menteeId: string; readonly topic?: string };
        return unitRank(row.menteeId, row.topic ?? '');
      };
      const colKey = (j: number) => rank(mentor, mentorIds[j] as string);
      // A few pairs (the summary lists 1,000 by default, of millions of rows): ranked by their own
      // keys, not every row's and column's (the same order: a rank is the place by key, then index).
      if (8 * n < rows.length) return fewPairs(pairs, rowKey, colKey);
      const rowOf = ranked(rows.length, rowKey);
      const colOf = ranked(mentorIds.length, colKey);
      // The input in id order already (rows and columns their own ranks) and the pairs sorted: as they are.
      if (identity(rowOf.rank) && identity(colOf.rank) && sortedPairs(pairs)) return pairs;
      // By row rank (a counting sort), then by column rank within each row's pairs.
      const at = new Int32Array(rows.length + 1);
      for (let k = 0; k < n; k++) {
        const i = (rowOf.rank[pairs[2 * k] as number] as number) + 1;
        at[i] = (at[i] as number) + 1;
      }
      for (let i = 0; i < rows.length; i++) at[i + 1] = (at[i + 1] as number) + (at[i] as number);
      const next = at.slice(0, rows.length);
      const cols = new Int32Array(n);
      for (let k = 0; k < n; k++) {
        const i = rowOf.rank[pairs[2 * k] as number] as number;
        cols[next[i] as number] = colOf.rank[pairs[2 * k + 1] as number] as number;
        next[i] = (next[i] as number) + 1;
      }
      const out = new Int32Array(2 * n);
      for (let i = 0; i < rows.length; i++) {
        const from = at[i] as number;
        const to = at[i + 1] as number;
        if (to - from > 1) cols.subarray(from, to).sort();
        for (let k = from; k < to; k++) {
          out[2 * k] = rowOf.at[i] as number;
          out[2 * k + 1] = colOf.at[cols[k] as number] as number;
        }
      }
      return out;
    },
  };
}

/**
 * Flat pairs (row, column, …) sorted by their row's key, then row, then their column's key, then
 * column: the order of {@link InputOrder.sortPairs}, computed from the pairs' own keys.
 */
function fewPairs(pairs: Int32Array, rowKey: (r: number) => number, colKey: (j: number) => number): Int32Array {
  const n = pairs.length >> 1;
  const keys = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    keys[2 * k] = rowKey(pairs[2 * k] as number);
    keys[2 * k + 1] = colKey(pairs[2 * k + 1] as number);
  }
  const order = Array.from({ length: n }, (_, k) => k).sort(
    (a, b) =>
      (keys[2 * a] as number) - (keys[2 * b] as number) ||
      (pairs[2 * a] as number) - (pairs[2 * b] as number) ||
      (keys[2 * a + 1] as number) - (keys[2 * b + 1] as number) ||
      (pairs[2 * a + 1] as number) - (pairs[2 * b + 1] as number),
  );
  const out = new Int32Array(2 * n);
  for (let k = 0; k < n; k++) {
    out[2 * k] = pairs[2 * (order[k] as number)] as number;
    out[2 * k + 1] = pairs[2 * (order[k] as number) + 1] as number;
  }
  return out;
}

/** Whether `rank[i]` is `i` for every `i`. */
function identity(rank: Int32Array): boolean {
  for (let i = 0; i < rank.length; i++) if (rank[i] !== i) return false;
  return true;
}

/** Whether the flat pairs (row, column, …) are in row order, then column order within a row, each once. */
function sortedPairs(pairs: Int32Array): boolean {
  for (let k = 2; k < pairs.length; k += 2) {
    const row = pairs[k] as number;
    const before = pairs[k - 2] as number;
    if (row < before || (row === before && (pairs[k + 1] as number) <= (pairs[k - 1] as number))) return false;
  }
  return true;
}

/**
 * The order of `n` items by `key` (ties: by index): `at`, the items in that order, and `rank`, each
 * item's place in it.
 */
function ranked(n: number, key: (i: number) => number): { at: Int32Array; rank: Int32Array } {
  const keys = Float64Array.from({ length: n }, (_, i) => key(i));
  // Keys already in order (a programme whose people come in id order, as most do): no sort.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = (keys[i - 1] as number) <= (keys[i] as number);
  const at = sorted
    ? Int32Array.from({ length: n }, (_, i) => i)
    : Int32Array.from(
        Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b),
      );
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[at[i] as number] = i;
  return { at, rank };
}
