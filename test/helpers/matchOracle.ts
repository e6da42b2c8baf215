/**
 * Calls `match_oracle.py` (scipy.optimize.milp, HiGHS) on a whole batch of matching problems in
 * one python3 process: each problem goes in as JSON on stdin (the score matrix of
 * `scoreProgram`, the priorities, capacities, hours budgets and hours, the distinct-mentor groups
 * and the locked pairs, as test/helpers/matchBruteForce.ts reads them off the programme), the optima
 * of the objectives asked come back as JSON. See match_oracle.py for the formulation.
 *
 * With `bounds: true` (the bound check mode) each answer also carries the optimum of each of the
 * objective's figures in turn, keyed as `summary.boundOn` names them, to hold `summary.bound` to.
 */
import { fileURLToPath } from 'node:url';
import type { BoundFigure } from '../../src/match/types.js';
import type { Figures, MatchProblem, OptimisedObjective } from './matchBruteForce.js';
import { probePython, runOracle, runOracleAsync } from './pythonOracle.js';

/** The figures of one optimal matching, locks included (`lowestScore` `null` when it has no pair). */
export interface OracleFigures {
  readonly matched: number;
  readonly weightedMatched: number;
  readonly lowestScore: number | null;
  readonly weightedTotal: number;
  readonly totalScore: number;
}

/** One objective's answer: an optimal matching's figures and, in the bound check mode, each stage's optimum. */
export interface OracleObjectiveAnswer {
  readonly figures: OracleFigures;
  readonly optimum?: Partial<Record<BoundFigure, number | null>>;
}

/** The answers for the objectives asked of one problem. */
export type MatchOracleAnswer = Partial<Record<OptimisedObjective, OracleObjectiveAnswer>>;

/** One problem for the oracle. */
export interface MatchOracleQuestion {
  readonly problem: MatchProblem;
  readonly objectives: readonly OptimisedObjective[];
  /** The bound check mode: also each figure's optimum (default false). */
  readonly bounds?: boolean;
}

const script = fileURLToPath(new URL('./match_oracle.py', import.meta.url));

/** Whether python3 with scipy (≥ 1.9, for `milp`) is available here, and if not, why. */
export const matchOracleStatus = probePython('import numpy, scipy.optimize, scipy.sparse; scipy.optimize.milp');

/** The oracle's figures as the brute force's (`lowestScore` `Infinity` when there is no pair). */
export function oracleFigures(f: OracleFigures): Figures {
  return { ...f, lowestScore: f.lowestScore ?? Number.POSITIVE_INFINITY };
}

/** The JSON the script reads. */
function specsOf(questions: readonly MatchOracleQuestion[]): string {
  return JSON.stringify(
    questions.map(({ problem, objectives, bounds }) => ({
      rows: problem.rows,
      cols: problem.cols,
      scores: Array.from(problem.scores, (s) => (s === Number.NEGATIVE_INFINITY ? null : s)),
      priority: problem.priority,
      capacity: problem.capacity,
      budget: problem.budget.map((b) => (b === Number.POSITIVE_INFINITY ? null : b)),
      hours: problem.hours,
      group: problem.group,
      locked: problem.locked,
      objectives,
      bounds: bounds ?? false,
    })),
  );
}

/**
 * Solves every problem for its objectives with HiGHS in a single python3 process; answers in order.
 * `at` is the script's path, for callers bundled elsewhere (the benchmarks).
 */
export function solveMatchOracle(questions: readonly MatchOracleQuestion[], at: string = script): MatchOracleAnswer[] {
  const input = specsOf(questions);
  return runOracle<MatchOracleAnswer>({
    script: at,
    input,
    asked: questions.length,
    noun: 'problems',
    timeout: 1_800_000,
  });
}

/** The same in the background: the tests go on with their own work while HiGHS solves. */
export function solveMatchOracleAsync(questions: readonly MatchOracleQuestion[]): Promise<MatchOracleAnswer[]> {
  const input = specsOf(questions);
  return runOracleAsync<MatchOracleAnswer>({ script, input, asked: questions.length, noun: 'problems' });
}
