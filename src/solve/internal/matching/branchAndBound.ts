/**
 * Branch and bound over the hours budgets, for every objective. [Reference]: the classic scheme
 * for the generalised assignment problem (M. L. Fisher, R. Jaikumar and L. N. Van Wassenhove,
 * "A multiplier adjustment method for the generalized assignment problem", Management Science 32
 * (1986)), with the flow relaxation in place of the Lagrangian one at the nodes.
 *
 * A node's relaxation is the objective solved exactly without budgets, each budget read as places
 * (`places.ts`): its figures bound every matching below the node, lexicographically. A relaxation
 * that keeps every budget solves its node. Otherwise a column over budget is chosen (the largest
 * overrun, ties: the lowest index) and, among its rows, the longest (ties: the one worth least to
 * the objective, then the lowest index): one child forces the pair, the other forbids it. Every
 * relaxation, made to keep the budgets and filled (`feasible.ts`), is a candidate matching. Nodes
 * are taken best bound first (ties: the oldest), and a node whose bound does not rank above the
 * best matching found is dropped. The search ends when no node is left (the best matching found is
 * optimal) or after `maxNodes` relaxations; the bound is then the best of the nodes left.
 * Deterministic: no time limit, only counts.
 */

import { timeUp } from '../clock.js';
import { solveExact } from './exact.js';
import { fillGreedily, repairBudgets, worth } from './feasible.js';
import { type Decision, type NodeProblem, nodeProblem, rootFigures, withForced } from './node.js';
import { budgetPlaces, hoursUsed } from './places.js';
import {
  compareFigures,
  type Figures,
  figuresOf,
  HOURS_SLACK,
  type MatchingObjective,
  type MatchingProblem,
} from './problem.js';

/** What the search returns. */
export interface SearchResult {
  /** The best matching found (of the root problem). */
  readonly assign: Int32Array;
  /** Its figures. */
  readonly figures: Figures;
  /** The best bound of the nodes left open, or null when none is left (the matching is optimal). */
  readonly open: Figures | null;
  /** Relaxations solved. */
  readonly nodes: number;
}

interface OpenNode {
  readonly decisions: readonly Decision[];
  /** The parent's relaxation figures: a bound on this node. */
  readonly bound: Figures;
  readonly order: number;
}

/**
 * Searches from `start` (a matching of `problem` that keeps every constraint), given the root's
 * relaxation `rootRelaxed` (solved already), for at most `maxNodes` more relaxations.
 */
export function branchAndBound(
  problem: MatchingProblem,
  objective: MatchingObjective,
  start: Int32Array,
  rootRelaxed: Int32Array,
  maxNodes: number,
): SearchResult {
  const rootBound = figuresOf(problem, rootRelaxed);
  let best = start;
  let bestFigures = figuresOf(problem, start);
  const open: OpenNode[] = [{ decisions: [], bound: rootBound, order: 0 }];
  let created = 1;
  let nodes = 0;
  const offer = (assign: Int32Array) => {
    const f = figuresOf(problem, assign);
    if (compareFigures(objective, f, bestFigures) > 0) {
      best = assign;
      bestFigures = f;
    }
  };
  while (open.length > 0) {
    const node = takeBest(open, objective);
    if (compareFigures(objective, node.bound, bestFigures) <= 0) continue;
    const root = node.decisions.length === 0;
    // The node limit, or the time limit: the best matching found, with the open nodes' bound.
    if (!root && (nodes >= maxNodes || timeUp())) {
      open.push(node);
      break;
    }
    const sub = nodeProblem(problem, node.decisions);
    if (!consistent(sub)) continue;
    if (!root) nodes++;
    const relaxed = root ? rootRelaxed : solveExact(sub.problem, objective, budgetPlaces(sub.problem).places);
    const bound = rootFigures(sub, figuresOf(sub.problem, relaxed));
    if (compareFigures(objective, bound, bestFigures) <= 0) continue;
    const over = overBudget(sub.problem, relaxed);
    if (over < 0) {
      offer(withForced(sub, relaxed));
      continue;
    }
    const candidate = relaxed.slice();
    repairBudgets(sub.problem, objective, candidate);
    fillGreedily(sub.problem, candidate);
    offer(withForced(sub, candidate));
    const row = branchRow(sub.problem, objective, relaxed, over);
    for (const force of [true, false]) {
      open.push({ decisions: [...node.decisions, { row, col: over, force }], bound, order: created++ });
    }
  }
  let openBound: Figures | null = null;
  for (const node of open) {
    if (compareFigures(objective, node.bound, bestFigures) <= 0) continue;
    if (openBound === null || compareFigures(objective, node.bound, openBound) > 0) openBound = node.bound;
  }
  return { assign: best, figures: bestFigures, open: openBound, nodes };
}

/** Removes and returns the open node with the best bound (ties: the oldest). */
function takeBest(open: OpenNode[], objective: MatchingObjective): OpenNode {
  let at = 0;
  for (let k = 1; k < open.length; k++) {
    const c = compareFigures(objective, (open[k] as OpenNode).bound, (open[at] as OpenNode).bound);
    if (c > 0 || (c === 0 && (open[k] as OpenNode).order < (open[at] as OpenNode).order)) at = k;
  }
  const node = open[at] as OpenNode;
  open[at] = open[open.length - 1] as OpenNode;
  open.pop();
  return node;
}

/** Whether the forced pairs leave every place and budget non-negative. */
function consistent(node: NodeProblem): boolean {
  const { capacity, budget } = node.problem;
  for (let j = 0; j < capacity.length; j++) {
    if ((capacity[j] as number) < 0 || (budget[j] as number) < -HOURS_SLACK) return false;
  }
  return true;
}

/** The column with the largest overrun of its budget in `assign` (ties: the lowest), or -1. */
function overBudget(problem: MatchingProblem, assign: Int32Array): number {
  const used = hoursUsed(problem, assign);
  let worst = -1;
  let most = HOURS_SLACK;
  for (let j = 0; j < problem.cols; j++) {
    const over = (used[j] as number) - (problem.budget[j] as number);
    if (over > most) {
      most = over;
      worst = j;
    }
  }
  return worst;
}

/** The row to branch on at column `j`: the longest of its rows (ties: worth least, then lowest). */
function branchRow(problem: MatchingProblem, objective: MatchingObjective, assign: Int32Array, j: number): number {
  let pick = -1;
  for (let r = 0; r < assign.length; r++) {
    if (assign[r] !== j) continue;
    if (pick < 0) {
      pick = r;
      continue;
    }
    const h = problem.hours[r] as number;
    const hp = problem.hours[pick] as number;
    if (h > hp || (h === hp && worth(problem, objective, r, j) < worth(problem, objective, pick, j))) pick = r;
  }
  return pick;
}
