/**
 * `matchProgram` under hours budgets that bind (a knapsack per mentor: requests of mixed lengths),
 * the contract of its branch-and-bound search, on micro programmes with request priorities and
 * sometimes locked pairs (test/helpers/matchProgramArbitrary.ts, `budgets: 'tight'`):
 *
 * - 1,000 programmes of up to 10 requests × 4 mentors: every objective's result equals the
 *   exhaustive optimum (test/helpers/matchBruteForce.ts) and says `exact: true`; it keeps every
 *   constraint and explains itself truly (test/helpers/matchChecks.ts); it never ranks below the
 *   greedy baseline; its bound is never below the optimum of its `boundOn`, also when the search
 *   is given no node at all (`maxNodes: 0`);
 * - the same programmes with their mentors, mentees and requests shuffled: the same
 *   `weightedTotal`, the same pairs, and the same JSON once the result's lists are sorted; and so
 *   for the large programmes below with the search stopped after 5 nodes;
 * - about 100 programmes of 20 to 40 requests × 6 to 10 mentors against HiGHS
 *   (scipy.optimize.milp, test/helpers/match_oracle.py in its bound check mode), with `maxNodes` 0
 *   and 5 for every objective and the default for one objective per programme in turn (the costly
 *   search; 100 runs): `summary.bound` is never below the true optimum of `summary.boundOn`
 *   (within 1e-9), the figures before it are at their optima, `gap` is 0 exactly when `exact`, an
 *   exact result is optimal, and `nodes` never exceeds `maxNodes`;
 * - the oracles agree: the exhaustive search equals HiGHS on 200 of the small programmes, every
 *   figure of every objective.
 *
 * The HiGHS parts are skipped with a notice when python3 cannot import scipy. Replay a failure:
 * the programme is `smallInput(k)` or `largeInput(k)` for the case number `k` it names (each drawn
 * by fast-check from seed FC_SEED + k), shuffled by `shuffledProgram(input, mulberry32(k))`.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type MatchOptions,
  type MatchResult,
  matchProgram,
  type Program,
  parseProgram,
  type ScoreTable,
  scoreProgram,
} from '../src/index.js';
import { FC_SEED } from './helpers/fastCheck.js';
import {
  type BruteForceMatch,
  bruteForceMatch,
  compareFigure,
  compareFigures,
  figuresOf,
  LEVELS,
  type MatchProblem,
  matchProblem,
  OPTIMISED,
  type OptimisedObjective,
} from './helpers/matchBruteForce.js';
import { assignedOf, resultProblems } from './helpers/matchChecks.js';
import {
  type Counterexample,
  expectNoCounterexample,
  type KnownOptimum,
  optimumProblems,
  oracleOptimum,
  shuffledProgram,
  sortedResult,
} from './helpers/matchContract.js';
import {
  type MatchOracleAnswer,
  type MatchOracleQuestion,
  matchOracleStatus,
  solveMatchOracleAsync,
} from './helpers/matchOracle.js';
import { LARGE_BUDGETED, matchProgramArbitrary, SMALL_BUDGETED } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';
import { mulberry32 } from './helpers/random.js';

console.info(`fast-check seed for the hours-budget contract: ${FC_SEED} (+ case number)`);

/** Small programmes, large ones, and the small ones the oracles cross-check. */
const SMALL = 1000;
const LARGE = 100;
const CROSS_CHECKED = 200;
/** `maxNodes` of the bound checks (undefined: the default). */
const NODE_LIMITS = [0, 5, undefined] as const;

const small = matchProgramArbitrary(SMALL_BUDGETED);
const large = matchProgramArbitrary(LARGE_BUDGETED);

/** Small case `k`. */
function smallInput(k: number): ProgramJson {
  return fc.sample(small, { seed: FC_SEED + k, numRuns: 1 })[0] as ProgramJson;
}

/** Large candidate `k` (the cases are the first {@link LARGE} with 20 to 40 requests). */
function largeInput(k: number): ProgramJson {
  return fc.sample(large, { seed: FC_SEED + k, numRuns: 1 })[0] as ProgramJson;
}

interface Case {
  readonly k: number;
  readonly input: ProgramJson;
  readonly program: Program;
  readonly table: ScoreTable;
  readonly problem: MatchProblem;
}

function caseOf(k: number, input: ProgramJson): Case {
  const program = parseProgram(input);
  const table = scoreProgram(program);
  return { k, input, program, table, problem: matchProblem(program, table) };
}

/** Whether the budgets bind: the best weighted total without them is higher. */
function binds(c: Case, best: BruteForceMatch): boolean {
  const free = bruteForceMatch({ ...c.problem, budget: c.problem.budget.map(() => Number.POSITIVE_INFINITY) }, [
    'total',
  ]);
  return compareFigures('total', free.total.figures, best.total.figures) > 0;
}

/** Everything wrong with `result` against `best`: on its own, then against the optimum. */
function problemsOf(c: Case, objective: OptimisedObjective, result: MatchResult, best: KnownOptimum, exact: boolean) {
  const own = resultProblems(c.program, c.table, c.problem, result);
  if (own.length > 0) return own;
  return optimumProblems(objective, result, figuresOf(c.problem, assignedOf(result, c.table)), best, exact);
}

/** Results of the default search on the small cases, by objective, computed once. */
const memo = new Map<string, MatchResult>();
function resultOf(c: Case, objective: OptimisedObjective): MatchResult {
  const key = `${c.k}/${objective}`;
  let result = memo.get(key);
  if (result === undefined) {
    result = matchProgram(c.input, { objective });
    memo.set(key, result);
  }
  return result;
}

/** What differs when `c`'s people are shuffled (`result` is `c`'s own, with `options`). */
function shuffleProblems(c: Case, result: MatchResult, options: MatchOptions): string[] {
  const other = matchProgram(shuffledProgram(c.input, mulberry32(c.k)), options);
  const problems: string[] = [];
  if (result.summary.weightedTotal !== other.summary.weightedTotal)
    problems.push(`weightedTotal ${result.summary.weightedTotal}, shuffled ${other.summary.weightedTotal}`);
  const pairs = (r: MatchResult) => JSON.stringify(sortedResult(r).matches.map((m) => [m.mentee, m.topic, m.mentor]));
  if (pairs(result) !== pairs(other)) problems.push(`pairs ${pairs(result)}, shuffled ${pairs(other)}`);
  else if (JSON.stringify(sortedResult(result)) !== JSON.stringify(sortedResult(other)))
    problems.push('the same pairs, but the JSON of the sorted results differs');
  return problems;
}

const { available, reason } = matchOracleStatus;
if (!available) {
  console.warn(`matchProgram.budgets.test.ts: the HiGHS parts are skipped: ${reason}. Install scipy for python3.`);
}

/**
 * HiGHS in python3 processes side by side, each started as soon as its cases exist (while the rest
 * is built and the exhaustive search runs): the large cases in the bound check mode and without
 * budgets (to tell that the budgets bind), in two halves; then the small cases cross-checked.
 * `largeOracle` answers the large cases in order, then their unbudgeted twins in order. Awaited by
 * the tests that need them; a failure is reported there, not as an unhandled rejection.
 */
function oracleOf(questions: readonly MatchOracleQuestion[]): Promise<MatchOracleAnswer[]> {
  if (!available) return Promise.resolve([]);
  const answers = solveMatchOracleAsync(questions);
  answers.catch(() => undefined);
  return answers;
}

const largeCases: Case[] = [];
for (let k = 0; largeCases.length < LARGE; k++) {
  const c = caseOf(k, largeInput(k));
  if (c.problem.rows >= 20 && c.problem.rows <= 40) largeCases.push(c);
}
const largeOracle = (() => {
  const questions = (part: readonly Case[]) => [
    ...part.map((c) => ({ problem: c.problem, objectives: OPTIMISED, bounds: true })),
    ...part.map((c) => ({
      problem: { ...c.problem, budget: c.problem.budget.map(() => Number.POSITIVE_INFINITY) },
      objectives: ['total'] as const,
    })),
  ];
  const first = largeCases.slice(0, Math.ceil(LARGE / 2));
  const second = largeCases.slice(first.length);
  const answers = Promise.all([oracleOf(questions(first)), oracleOf(questions(second))]).then(([a, b]) => [
    ...a.slice(0, first.length),
    ...b.slice(0, second.length),
    ...a.slice(first.length),
    ...b.slice(second.length),
  ]);
  answers.catch(() => undefined);
  return answers;
})();

const smallCases = Array.from({ length: SMALL }, (_, k) => caseOf(k, smallInput(k)));
const smallOracle = oracleOf(
  smallCases.slice(0, CROSS_CHECKED).map((c) => ({ problem: c.problem, objectives: OPTIMISED, bounds: true })),
);

describe(`hours budgets that bind, ${SMALL} programmes of up to 10 requests × 4 mentors`, () => {
  const cases = smallCases;
  let best: BruteForceMatch[] = [];

  beforeAll(() => {
    best = cases.map((c) => bruteForceMatch(c.problem));
  });

  it('the programmes have binding budgets, priorities, locks and up to 10 requests', () => {
    const rows = cases.map((c) => c.problem.rows);
    const binding = cases.filter((c, k) => binds(c, best[k] as BruteForceMatch)).length;
    const prioritised = cases.filter((c) => new Set(c.problem.priority).size > 1).length;
    const locked = cases.filter((c) => c.problem.locked.some((j) => j >= 0)).length;
    console.log(
      `small programmes: ${Math.min(...rows)}..${Math.max(...rows)} requests, budgets binding in ${binding}, ` +
        `several priorities in ${prioritised}, locks in ${locked}`,
    );
    expect(Math.max(...rows)).toBe(10);
    expect(binding).toBeGreaterThan(SMALL / 3);
    expect(prioritised).toBeGreaterThan(SMALL / 3);
    expect(locked).toBeGreaterThan(SMALL / 10);
  });

  for (const objective of OPTIMISED) {
    it(`${objective}: the exhaustive optimum, exact: true, every constraint kept, at least greedy, bound at least the optimum`, () => {
      const found: Counterexample[] = [];
      for (const c of cases) {
        const optimum = (best[c.k] as BruteForceMatch)[objective];
        for (const maxNodes of [undefined, 0] as const) {
          const result =
            maxNodes === undefined ? resultOf(c, objective) : matchProgram(c.input, { objective, maxNodes });
          // With no node to search, the result need not be optimal; its proof must still hold.
          const problems = problemsOf(c, objective, result, optimum, maxNodes === undefined);
          if (problems.length > 0)
            found.push({
              at: `small case ${c.k}, ${objective}, maxNodes ${maxNodes ?? 'default'}`,
              replay: `smallInput(${c.k})`,
              problems,
              input: c.input,
            });
        }
      }
      expectNoCounterexample(found, cases.length * 2);
    });
  }

  it('shuffling mentors, mentees and requests changes nothing: weightedTotal, pairs, sorted JSON (every objective)', () => {
    const found: Counterexample[] = [];
    for (const c of cases) {
      for (const objective of OPTIMISED) {
        const problems = shuffleProblems(c, resultOf(c, objective), { objective });
        if (problems.length > 0)
          found.push({
            at: `small case ${c.k}, ${objective}`,
            replay: `shuffledProgram(smallInput(${c.k}), mulberry32(${c.k}))`,
            problems,
            input: c.input,
          });
      }
    }
    expectNoCounterexample(found, cases.length * OPTIMISED.length);
  });

  it.skipIf(!available)(
    `the oracles agree: the exhaustive search equals HiGHS on ${CROSS_CHECKED} programmes`,
    async () => {
      const answers = await smallOracle;
      const found: Counterexample[] = [];
      cases.slice(0, CROSS_CHECKED).forEach((c, k) => {
        const problems: string[] = [];
        for (const objective of OPTIMISED) {
          const theirs = oracleOptimum(answers[k], objective);
          const ours = (best[k] as BruteForceMatch)[objective];
          if (compareFigures(objective, ours.figures, theirs.figures) !== 0)
            problems.push(`${objective}: figures differ`);
          for (const key of LEVELS[objective]) {
            const a = ours.stages[key];
            const b = theirs.stages[key];
            if (a === undefined || b === undefined || compareFigure(key, a, b) !== 0)
              problems.push(`${objective}: ${key} ${a} by exhaustive search, ${b} by HiGHS`);
          }
        }
        if (problems.length > 0)
          found.push({ at: `small case ${c.k}`, replay: `smallInput(${c.k})`, problems, input: c.input });
      });
      expectNoCounterexample(found, CROSS_CHECKED);
    },
  );
});

describe.skipIf(!available)(
  `hours budgets: summary.bound against HiGHS on ${LARGE} programmes of 20 to 40 requests × 6 to 10 mentors`,
  () => {
    const cases = largeCases;
    let answers: MatchOracleAnswer[] = [];
    let unbudgeted: MatchOracleAnswer[] = [];

    beforeAll(async () => {
      const all = await largeOracle;
      answers = all.slice(0, LARGE);
      unbudgeted = all.slice(LARGE);
    });

    it('the budgets bind in most of them', () => {
      const binding = cases.filter(
        (_, k) =>
          compareFigures(
            'total',
            oracleOptimum(unbudgeted[k], 'total').figures,
            oracleOptimum(answers[k], 'total').figures,
          ) > 0,
      ).length;
      const rows = cases.map((c) => c.problem.rows);
      const cols = cases.map((c) => c.problem.cols);
      console.log(
        `large programmes: ${Math.min(...rows)}..${Math.max(...rows)} requests × ` +
          `${Math.min(...cols)}..${Math.max(...cols)} mentors, budgets binding in ${binding} of ${LARGE}`,
      );
      expect(binding).toBeGreaterThan(LARGE / 2);
    });

    for (const maxNodes of NODE_LIMITS) {
      it(`maxNodes ${maxNodes ?? 'default'}: bound ≥ the optimum of boundOn, earlier figures optimal, gap 0 exactly when exact, exact results optimal`, () => {
        const found: Counterexample[] = [];
        let inexact = 0;
        for (const [k, c] of cases.entries()) {
          // The default search is the costly one: each programme gets it for one objective in turn.
          for (const objective of maxNodes === undefined ? [OPTIMISED[k % 3] as OptimisedObjective] : OPTIMISED) {
            const result = matchProgram(c.input, maxNodes === undefined ? { objective } : { objective, maxNodes });
            const problems = problemsOf(c, objective, result, oracleOptimum(answers[k], objective), false);
            if (maxNodes !== undefined && result.summary.nodes > maxNodes)
              problems.push(`${result.summary.nodes} nodes explored, maxNodes ${maxNodes}`);
            if (!result.summary.exact) inexact++;
            if (problems.length > 0)
              found.push({
                at: `large case ${c.k}, ${objective}, maxNodes ${maxNodes ?? 'default'}`,
                replay: `largeInput(${c.k})`,
                problems,
                input: c.input,
              });
          }
        }
        const checked = maxNodes === undefined ? LARGE : LARGE * OPTIMISED.length;
        console.log(`maxNodes ${maxNodes ?? 'default'}: ${inexact} of ${checked} results not proven optimal`);
        expectNoCounterexample(found, checked);
      });
    }
  },
);

describe(`hours budgets: the search stopped early, ${LARGE} programmes of 20 to 40 requests × 6 to 10 mentors`, () => {
  it('shuffling mentors, mentees and requests changes nothing with maxNodes 5 either (every objective)', () => {
    const found: Counterexample[] = [];
    for (const c of largeCases) {
      for (const objective of OPTIMISED) {
        const options = { objective, maxNodes: 5 };
        const problems = shuffleProblems(c, matchProgram(c.input, options), options);
        if (problems.length > 0)
          found.push({
            at: `large case ${c.k}, ${objective}, maxNodes 5`,
            replay: `shuffledProgram(largeInput(${c.k}), mulberry32(${c.k}))`,
            problems,
            input: c.input,
          });
      }
    }
    expectNoCounterexample(found, LARGE * OPTIMISED.length);
  });
});
