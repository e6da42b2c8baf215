/**
 * Calls `match_oracle.py` (scipy.optimize.milp, HiGHS) on a whole batch of matching problems in
 * one python3 process: each problem goes in as JSON on stdin (the score matrix of
 * `scoreProgram`, the capacities, hours budgets and hours, the distinct-mentor groups and the
 * locked pairs, as test/helpers/matchBruteForce.ts reads them off the programme), the optima of the
 * objectives asked come back as JSON. See match_oracle.py for the formulation.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Objective } from '../../src/index.js';
import type { MatchProblem } from './matchBruteForce.js';
import { probePython } from './pythonProbe.js';

/** The optimum of one objective: pairs, lowest score (`null` when none) and total, locks included. */
export interface OracleFigures {
  readonly size: number;
  readonly lowest: number | null;
  readonly total: number;
}

/** The optima of the objectives asked for one problem. */
export type MatchOracleAnswer = Partial<Record<Objective, OracleFigures>>;

const script = fileURLToPath(new URL('./match_oracle.py', import.meta.url));

/** Whether python3 with scipy (≥ 1.9, for `milp`) is available here, and if not, why. */
export const matchOracleStatus = probePython('import numpy, scipy.optimize, scipy.sparse; scipy.optimize.milp');

/** Solves every problem for its objectives with HiGHS in a single python3 process; answers in order. */
export function solveMatchOracle(
  problems: readonly { readonly problem: MatchProblem; readonly objectives: readonly Objective[] }[],
): MatchOracleAnswer[] {
  const specs = problems.map(({ problem, objectives }) => ({
    rows: problem.rows,
    cols: problem.cols,
    scores: Array.from(problem.scores, (s) => (s === Number.NEGATIVE_INFINITY ? null : s)),
    capacity: problem.capacity,
    budget: problem.budget.map((b) => (b === Number.POSITIVE_INFINITY ? null : b)),
    hours: problem.hours,
    group: problem.group,
    locked: problem.locked,
    objectives,
  }));
  const run = spawnSync('python3', [script], {
    input: JSON.stringify(specs),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
  });
  if (run.error !== undefined) throw run.error;
  if (run.status !== 0) throw new Error(`match_oracle.py exited with ${run.status}: ${run.stderr}`);
  const answers = JSON.parse(run.stdout) as MatchOracleAnswer[];
  if (answers.length !== problems.length) {
    throw new Error(`match_oracle.py answered ${answers.length} of ${problems.length} problems`);
  }
  return answers;
}
