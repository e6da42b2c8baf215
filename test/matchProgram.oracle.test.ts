/**
 * `matchProgram` against two independent oracles of its objectives, on the problem read straight
 * off the programme and `scoreProgram`'s table (test/helpers/matchBruteForce.ts: capacities, hours
 * budgets, one micro mentee's requests on distinct mentors, locked pairs fixed):
 *
 * - HiGHS (scipy.optimize.milp, test/helpers/match_oracle.py) on 300 seeded programmes, micro and
 *   classic, up to 30 demand rows × 10 mentors, with locks, uniform or mixed request hours, all in
 *   one python3 process (skipped with a notice when python3 cannot import scipy);
 * - exhaustive search (test/helpers/matchBruteForce.ts) on fast-check programmes of up to 7 rows ×
 *   3 mentors (fixed seed), with no python needed.
 *
 * Exact results (`summary.exact`) must reach each objective's lexicographic optimum: `total` the
 * highest total; `coverage` the most pairs, then the highest total; `fair` the most pairs, then the
 * highest lowest score (locked pairs included, as in `summary.lowestScore`), then the highest total.
 * Sizes and lowest scores agree exactly, totals within 1e-9. Results flagged inexact (hours budgets
 * facing requests of different lengths) must be feasible, rank at least as high as
 * `summary.greedy` and no higher than the optimum. Every result is also checked on its own
 * (test/helpers/matchChecks.ts): feasible, consistent with the table, every reason true.
 *
 * Replay an oracle failure: the programme is `oracleInput(k)` for the instance number `k` it names.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Objective as AnyObjective,
  type MatchResult,
  matchProgram,
  type Program,
  parseProgram,
  type ScoreTable,
  scoreProgram,
} from '../src/index.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import {
  bruteForceMatch,
  type Figures,
  figuresOf,
  type MatchProblem,
  matchProblem,
} from './helpers/matchBruteForce.js';
import { assignedOf, resultProblems } from './helpers/matchChecks.js';
import { type MatchOracleAnswer, matchOracleStatus, solveMatchOracle } from './helpers/matchOracle.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

console.info(`fast-check seed for the matchProgram oracles: ${FC_SEED}`);

/** The objectives with an optimum to check (`stable` is checked in its own suite). */
type Objective = Exclude<AnyObjective, 'stable'>;
const OBJECTIVES: readonly Objective[] = ['total', 'coverage', 'fair'];
/** Totals agree within this (scores are in [0, 1], at most 30 of them). */
const TOLERANCE = 1e-9;
/** Oracle instances. */
const COUNT = 300;

/** How `a` ranks against `b` for the objective: 1 above, 0 level (totals within the tolerance), -1 below. */
function compare(objective: Objective, a: Figures, b: Figures): number {
  if (objective !== 'total' && a.size !== b.size) return Math.sign(a.size - b.size);
  if (objective === 'fair' && a.lowest !== b.lowest) return Math.sign(a.lowest - b.lowest);
  return Math.abs(a.total - b.total) <= TOLERANCE ? 0 : Math.sign(a.total - b.total);
}

const show = (f: Figures) => `${f.size} pairs, lowest ${f.lowest}, total ${f.total}`;

/** The greedy baseline's figures, from the summary. */
function greedyOf(result: MatchResult): Figures {
  const g = result.summary.greedy;
  return { size: g.matched, lowest: g.lowestScore ?? Number.POSITIVE_INFINITY, total: g.totalScore };
}

/**
 * What is wrong with `result` for `objective` given the optimum `best`: any problem of the result
 * on its own, then, when exact, any difference from the optimum, else a rank below greedy or above
 * the optimum.
 */
function objectiveProblems(
  objective: Objective,
  program: Program,
  table: ScoreTable,
  problem: MatchProblem,
  result: MatchResult,
  best: Figures,
): string[] {
  const out = resultProblems(program, table, problem, result);
  if (out.length > 0) return out;
  const ours = figuresOf(problem, assignedOf(result, table));
  if (result.objective !== objective) out.push(`objective ${result.objective}`);
  if (compare(objective, ours, greedyOf(result)) < 0)
    out.push(`below greedy: ours ${show(ours)}, greedy ${show(greedyOf(result))}`);
  const rank = compare(objective, ours, best);
  if (result.summary.exact ? rank !== 0 : rank > 0)
    out.push(`${result.summary.exact ? 'exact' : 'inexact'}: ours ${show(ours)}, optimum ${show(best)}`);
  return out;
}

/**
 * Oracle instance `k`: micro for k % 3 < 2 (1..15 mentees, up to 30 requests), classic otherwise
 * (1..30 mentees); 1..10 mentors; uniform request hours on even k, uniform or mixed on odd k; up
 * to 4 locks; drawn with fast-check's generator from seed FC_SEED + k.
 */
function oracleInput(k: number): ProgramJson {
  const mode = k % 3 === 2 ? 'classic' : 'micro';
  const mentors = 1 + (k % 10);
  const mentees = mode === 'micro' ? 1 + ((k * 7) % 15) : 1 + ((k * 7) % 30);
  const arbitrary = matchProgramArbitrary({
    mode,
    minMentors: mentors,
    maxMentors: mentors,
    minMentees: mentees,
    maxMentees: mentees,
    maxRows: 30,
    hours: k % 2 === 0 ? 'uniform' : 'any',
    maxLocks: 4,
  });
  return fc.sample(arbitrary, { seed: FC_SEED + k, numRuns: 1 })[0] as ProgramJson;
}

interface OracleCase {
  readonly k: number;
  readonly program: Program;
  readonly table: ScoreTable;
  readonly problem: MatchProblem;
  readonly results: Readonly<Record<Objective, MatchResult>>;
}

const { available, reason } = matchOracleStatus;
if (!available) {
  console.warn(
    `matchProgram.oracle.test.ts: the HiGHS part is skipped: ${reason}. Install scipy for python3 to run it.`,
  );
}

describe.skipIf(!available)(`matchProgram agrees with HiGHS (scipy.optimize.milp) on ${COUNT} programmes`, () => {
  let cases: OracleCase[] = [];
  let answers: MatchOracleAnswer[] = [];

  beforeAll(() => {
    cases = Array.from({ length: COUNT }, (_, k) => {
      const input = oracleInput(k);
      const program = parseProgram(input);
      const table = scoreProgram(program);
      const results = {} as Record<Objective, MatchResult>;
      for (const objective of OBJECTIVES) results[objective] = matchProgram(input, { objective });
      return { k, program, table, problem: matchProblem(program, table), results };
    });
    answers = solveMatchOracle(cases.map(({ problem }) => ({ problem, objectives: OBJECTIVES })));
    const rows = cases.map((c) => c.problem.rows);
    const exact = cases.filter((c) => c.results.total.summary.exact).length;
    const locked = cases.filter((c) => c.program.rules.lockedPairs.length > 0).length;
    console.log(
      `HiGHS oracle: ${COUNT} programmes, ${Math.min(...rows)}..${Math.max(...rows)} rows, ` +
        `${exact} exact, ${COUNT - exact} inexact (mixed hours under budgets), ${locked} with locked pairs`,
    );
  });

  const check = (objective: Objective): string[] => {
    const mismatches: string[] = [];
    cases.forEach(({ k, program, table, problem, results }) => {
      const answer = answers[k]?.[objective];
      if (answer === undefined) {
        mismatches.push(`instance ${k}: no answer`);
        return;
      }
      const best: Figures = { ...answer, lowest: answer.lowest ?? Number.POSITIVE_INFINITY };
      const at = `instance ${k} (${program.mode}, ${problem.rows}×${problem.cols}, ${program.rules.lockedPairs.length} locked)`;
      for (const p of objectiveProblems(objective, program, table, problem, results[objective], best))
        mismatches.push(`${at}: ${p}`);
    });
    return mismatches;
  };

  it('total: the highest total score when exact; feasible, at least greedy and at most the optimum otherwise', () => {
    expect(check('total')).toEqual([]);
  });

  it('coverage: the most pairs, then the highest total, when exact; else between greedy and the optimum', () => {
    expect(check('coverage')).toEqual([]);
  });

  // locked pair scores lowest it gives up total for a bottleneck that the locked pair caps anyway:
  // instances 95, 143 and 206 (206 even ranks below greedy); a minimal case is in
  // test/matchProgram.test.ts.
  it('fair: the most pairs, then the highest lowest score (locked pairs included), then the highest total', () => {
    expect(check('fair')).toEqual([]);
  });
});

/** Small programmes for the exhaustive search: up to 7 rows × 3 mentors, up to 4 locks. */
function small(hours: 'uniform' | 'mixed' | 'any') {
  return matchProgramArbitrary({
    minMentors: 1,
    maxMentors: 3,
    minMentees: 1,
    maxMentees: 5,
    maxRows: 7,
    maxLocks: 4,
    hours,
  });
}

/** Asserts `objectiveProblems` on `input` against the exhaustive optimum; returns whether exact. */
function againstBruteForce(input: ProgramJson, objective: Objective): boolean {
  const program = parseProgram(input);
  const table = scoreProgram(program);
  const problem = matchProblem(program, table);
  const best = bruteForceMatch(problem);
  expect(best.feasible).toBe(true);
  const result = matchProgram(input, { objective });
  expect(objectiveProblems(objective, program, table, problem, result, best[objective])).toEqual([]);
  return result.summary.exact;
}

describe('matchProgram equals the exhaustive optimum on small programmes (≤ 7 rows × 3 mentors)', () => {
  for (const objective of OBJECTIVES) {
    it(`${objective}: the lexicographic optimum when exact, else between greedy and the optimum (fast-check, 400 runs)`, () => {
      let exact = 0;
      fc.assert(
        fc.property(small('any'), (input) => {
          if (againstBruteForce(input, objective)) exact++;
        }),
        fcOptions(400),
      );
      expect(exact).toBeGreaterThan(200);
    });
  }

  it('mixed request hours under hours budgets: feasible, at least greedy, at most the optimum, for every objective (300 runs)', () => {
    let inexact = 0;
    fc.assert(
      fc.property(small('mixed'), (input) => {
        for (const objective of OBJECTIVES) if (!againstBruteForce(input, objective)) inexact++;
      }),
      fcOptions(300),
    );
    console.log(`brute force, mixed hours: ${inexact} of 900 results flagged inexact`);
    // Enough results go through the inexact path (a relaxation optimum that breaks a budget) to test it.
    expect(inexact).toBeGreaterThan(20);
  });
});
