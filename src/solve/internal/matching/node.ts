/**
 * A node of the branch-and-bound search: the problem with some pairs forced (the row is matched to
 * that column, using its place and hours) and some forbidden. Forced rows are taken out of the
 * node's problem (their scores become forbidden) and their figures kept aside, so that the node's
 * problem keeps the root's shape and every solver reads it unchanged.
 */
import { pairIndex } from '../pairs.js';
import { type Figures, type MatchingProblem, scoreOf, withScores } from './problem.js';

/** A branching decision: a (row, column) pair forced or forbidden. */
export interface Decision {
  readonly row: number;
  readonly col: number;
  readonly force: boolean;
}

/** A node's problem, and what its forced pairs contribute. */
export interface NodeProblem {
  readonly problem: MatchingProblem;
  /** Per row: the column it is forced to, or -1. */
  readonly forced: Int32Array;
  /** The forced pairs' figures (their lowest score is already in `problem.ceiling`). */
  readonly fixed: Omit<Figures, 'lowest'>;
}

/**
 * The problem of the node reached by `decisions` from the root `root`: the root's pattern, its
 * scores copied with the decisions' pairs taken out. O(pairs).
 */
export function nodeProblem(root: MatchingProblem, decisions: readonly Decision[]): NodeProblem {
  const { rows, priority, hours, groups } = root;
  const { start } = root.pairs;
  const scores = root.pairs.scores.slice();
  /** Takes pair (`r`, `j`) out, when the row has it. */
  const out = (r: number, j: number) => {
    const e = pairIndex(root.pairs, r, j);
    if (e >= 0) scores[e] = Number.NEGATIVE_INFINITY;
  };
  const capacity = Int32Array.from(root.capacity);
  const budget = Float64Array.from(root.budget);
  const forced = new Int32Array(rows).fill(-1);
  let ceiling = root.ceiling;
  let count = 0;
  let weightedCount = 0;
  let weightedTotal = 0;
  for (const { row, col, force } of decisions) {
    if (!force) {
      out(row, col);
      continue;
    }
    const s = scoreOf(root, row, col);
    const p = priority[row] as number;
    forced[row] = col;
    capacity[col] = (capacity[col] as number) - 1;
    budget[col] = (budget[col] as number) - (hours[row] as number);
    ceiling = Math.min(ceiling, s);
    count++;
    weightedCount += p;
    weightedTotal += p * s;
    scores.fill(Number.NEGATIVE_INFINITY, start[row], start[row + 1]);
    // A group mate may no longer take this column.
    if (groups !== undefined) {
      const g = groups[row];
      for (let q = row - 1; q >= 0 && groups[q] === g; q--) out(q, col);
      for (let q = row + 1; q < rows && groups[q] === g; q++) out(q, col);
    }
  }
  return {
    problem: { ...withScores(root, scores), capacity, budget, ceiling },
    forced,
    fixed: { count, weightedCount, weightedTotal },
  };
}

/** The root's matching of a node's matching: the node's pairs plus its forced ones. */
export function withForced(node: NodeProblem, assign: Int32Array): Int32Array {
  const out = Int32Array.from(assign);
  node.forced.forEach((j, r) => {
    if (j >= 0) out[r] = j;
  });
  return out;
}

/** A node's figures as the root's: its own plus the forced pairs' (`lowest` is capped already). */
export function rootFigures(node: NodeProblem, figures: Figures): Figures {
  return {
    count: figures.count + node.fixed.count,
    weightedCount: figures.weightedCount + node.fixed.weightedCount,
    lowest: figures.lowest,
    weightedTotal: figures.weightedTotal + node.fixed.weightedTotal,
  };
}
