/**
 * Shared state of the linear assignment kernel: the `n × m` cost matrix (`n ≤ m`, minimise,
 * forbidden = `+Infinity`), the matching, the column duals and the Dijkstra scratch arrays.
 * Row duals stay implicit: a matched row's dual is `cost[i][x[i]] - v[x[i]]`.
 */
export interface LsapWorkspace {
  /** Rows (`n ≤ m`). */
  readonly n: number;
  /** Columns. */
  readonly m: number;
  /** Row-major `n × m` costs, read only. */
  readonly cost: Float64Array;
  /** Column assigned to each row, `-1` when free. */
  readonly x: Int32Array;
  /** Row assigned to each column, `-1` when free. */
  readonly y: Int32Array;
  /** Column duals (prices). */
  readonly v: Float64Array;
  /**
   * Dijkstra labels, one per column: distances in the sparse search, distances plus the column
   * duals in the dense one (see `shortestAugmentingPath.ts`).
   */
  readonly d: Float64Array;
  /** Dijkstra predecessor row of each column. */
  readonly pred: Int32Array;
  /** Unscanned columns above the current minimum distance (its first entries). */
  readonly list: Int32Array;
  /** Unscanned columns at the current minimum distance (a stack). */
  readonly todo: Int32Array;
  /** Columns scanned by the current search, in scan order. */
  readonly scanned: Int32Array;
  /** Columns scanned by the current sparse search (0 between searches). */
  readonly done: Uint8Array;
  /** Columns from which no free column can be reached (set by failed searches). */
  readonly dead: Uint8Array;
  /** Rows waiting for a column. */
  readonly free: Int32Array;
}

/** Allocates a workspace: O(n + m) memory besides the cost matrix it borrows. */
export function createWorkspace(n: number, m: number, cost: Float64Array): LsapWorkspace {
  return {
    n,
    m,
    cost,
    x: new Int32Array(n).fill(-1),
    y: new Int32Array(m).fill(-1),
    v: new Float64Array(m),
    d: new Float64Array(m),
    pred: new Int32Array(m),
    list: new Int32Array(m),
    todo: new Int32Array(m),
    scanned: new Int32Array(m),
    done: new Uint8Array(m),
    dead: new Uint8Array(m),
    free: new Int32Array(n),
  };
}
