/** Helpers shared by the capacitatedAssignment test files: a thrown value, a certified solve, a plain copy. */
import { capacitatedAssignment } from '../../src/index.js';
import type { FlowProblem } from './bruteForceFlow.js';
import { flowCertificateProblems, solverOptions } from './flowCertificate.js';

type Result = ReturnType<typeof capacitatedAssignment>;

/** What a call threw (or `undefined`). */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Solves `problem` and checks the result with the flow certificate; throws if it fails. */
export function solveCertified(problem: FlowProblem): Result {
  const result = capacitatedAssignment(problem.costs, solverOptions(problem));
  const problems = flowCertificateProblems(problem, result);
  if (problems.length > 0) throw new Error(`flow certificate fails: ${problems.slice(0, 5).join('; ')}`);
  return result;
}

/** The result with plain arrays, for exact comparisons. */
export function plain(result: Result) {
  return {
    rows: Array.from(result.rows),
    cols: Array.from(result.cols),
    total: result.total,
    rowLoad: Array.from(result.rowLoad),
    colLoad: Array.from(result.colLoad),
  };
}
