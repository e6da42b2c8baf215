/**
 * The independent parts of a matching problem: the connected components of its graph of allowed
 * pairs (rows and columns as nodes, a pair as an edge). No constraint of `total` or `coverage`
 * links two parts (a column's places and hours, a row's one column, a group's distinct columns all
 * stay within one part), so each is solved on its own and the figures add up; a programme whose
 * topic areas share no mentor, or whose rules keep each department to itself, splits this way.
 */
import type { MatchingProblem } from './problem.js';

/** One part: its rows and its columns, ascending. */
export interface Part {
  readonly rows: Int32Array;
  readonly cols: Int32Array;
}

/**
 * The parts of `problem` with at least one allowed pair (rows without one belong to none), in the
 * order of their first row. A union–find over rows and columns (with path halving), one pass over
 * the pairs: O(pairs × α).
 */
export function partsOf(problem: MatchingProblem): Part[] {
  const { rows, cols } = problem;
  const { start, cols: colOf, scores } = problem.pairs;
  // Nodes: rows 0 .. rows - 1, then columns.
  const parent = new Int32Array(rows + cols);
  for (let k = 0; k < parent.length; k++) parent[k] = k;
  const used = new Uint8Array(rows + cols);
  // At each root: whether its set holds a column. Once every column is seen and in one set (a dense
  // programme, after its first rows), a row's first pair settles its part: the rest is skipped.
  const holdsColumn = new Uint8Array(rows + cols);
  let unseen = cols;
  let columnSets = 0;
  for (let r = 0; r < rows; r++) {
    // The row's root, kept as its columns join it (the lower node leads: a part's root is its
    // first row, and a row's root is found once).
    let a = r;
    for (let e = start[r] as number, end = start[r + 1] as number; e < end; e++) {
      if (scores[e] === Number.NEGATIVE_INFINITY) continue;
      const c = rows + (colOf[e] as number);
      used[r] = 1;
      if (used[c] === 0) {
        used[c] = 1;
        holdsColumn[c] = 1;
        unseen--;
        columnSets++;
      }
      const b = find(parent, c);
      if (a !== b) {
        const both = (holdsColumn[a] as number) & (holdsColumn[b] as number);
        const either = (holdsColumn[a] as number) | (holdsColumn[b] as number);
        columnSets -= both;
        if (a < b) parent[b] = a;
        else {
          parent[a] = b;
          a = b;
        }
        holdsColumn[a] = either;
      }
      // The row's set holds a column now, so every column when they are all in one set.
      if (unseen === 0 && columnSets === 1) break;
    }
  }
  // Count, then fill, each part's rows and columns (ascending: nodes in order).
  const index = new Int32Array(rows + cols).fill(-1);
  const rowCount: number[] = [];
  const colCount: number[] = [];
  for (let k = 0; k < rows + cols; k++) {
    if (used[k] === 0) continue;
    const root = find(parent, k);
    if (index[root] === -1) {
      index[root] = rowCount.length;
      rowCount.push(0);
      colCount.push(0);
    }
    const p = index[root] as number;
    if (k < rows) rowCount[p] = (rowCount[p] as number) + 1;
    else colCount[p] = (colCount[p] as number) + 1;
  }
  const parts = rowCount.map((n, p) => ({ rows: new Int32Array(n), cols: new Int32Array(colCount[p] as number) }));
  const rowAt = new Int32Array(parts.length);
  const colAt = new Int32Array(parts.length);
  for (let k = 0; k < rows + cols; k++) {
    if (used[k] === 0) continue;
    const p = index[find(parent, k)] as number;
    const part = parts[p] as Part;
    if (k < rows) {
      part.rows[rowAt[p] as number] = k;
      rowAt[p] = (rowAt[p] as number) + 1;
    } else {
      part.cols[colAt[p] as number] = k - rows;
      colAt[p] = (colAt[p] as number) + 1;
    }
  }
  return parts;
}

/** The root of `k`'s set, halving the path on the way. */
function find(parent: Int32Array, k: number): number {
  let x = k;
  while (parent[x] !== x) {
    const up = parent[parent[x] as number] as number;
    parent[x] = up;
    x = up;
  }
  return x;
}

/**
 * `part` of `problem` as a problem of its own: its rows (in order) and columns (renumbered in
 * order), their pairs, priorities, hours, places, budgets and groups; the same `ceiling`.
 */
export function partProblem(problem: MatchingProblem, part: Part): MatchingProblem {
  const { start: from, cols: colOf, scores: scoreOf } = problem.pairs;
  const local = new Int32Array(problem.cols).fill(-1);
  part.cols.forEach((j, k) => {
    local[j] = k;
  });
  const start = new Int32Array(part.rows.length + 1);
  let size = 0;
  for (const r of part.rows) size += (from[r + 1] as number) - (from[r] as number);
  const cols = new Int32Array(size);
  const scores = new Float64Array(size);
  let at = 0;
  part.rows.forEach((r, k) => {
    start[k] = at;
    for (let e = from[r] as number, end = from[r + 1] as number; e < end; e++) {
      // A row's pairs all lie in its part (those scoring -Infinity too: their column may not).
      const j = local[colOf[e] as number] as number;
      if (j < 0) continue;
      cols[at] = j;
      scores[at] = scoreOf[e] as number;
      at++;
    }
  });
  start[part.rows.length] = at;
  const { groups } = problem;
  return {
    rows: part.rows.length,
    cols: part.cols.length,
    pairs: { start, cols: cols.subarray(0, at), scores: scores.subarray(0, at) },
    priority: Float64Array.from(part.rows, (r) => problem.priority[r] as number),
    hours: Float64Array.from(part.rows, (r) => problem.hours[r] as number),
    capacity: Int32Array.from(part.cols, (j) => problem.capacity[j] as number),
    budget: Float64Array.from(part.cols, (j) => problem.budget[j] as number),
    groups: groups === undefined ? undefined : Int32Array.from(part.rows, (r) => groups[r] as number),
    ceiling: problem.ceiling,
  };
}
