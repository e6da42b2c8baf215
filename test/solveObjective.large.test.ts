/**
 * The path for large problems under binding hours budgets (an auction inside the Lagrangian bound,
 * local search, the row-price bound: `solveLarge` in src/solve/internal/matching/solveMatching.ts),
 * which `matchProgram` takes from 1 million matrix entries. Here it is forced on programmes small
 * enough to know their optimum, through `solveObjective` with `largeEntries` 0, on the programme as
 * `matchProgram` prepares it (in id order, scored with the mentors' side, locks set aside):
 *
 * - 600 programmes of up to 10 requests × 4 mentors with mixed lengths, tight budgets, priorities
 *   and locks, every objective: the matching keeps every constraint, ranks at least as high as first
 *   come, first served and no higher than the exhaustive optimum; its bound is never below the
 *   optimum of its `boundOn` and the figures before it are at their optima; `exact` only when the
 *   matching is optimal;
 * - 40 programmes of 20 to 40 requests × 6 to 10 mentors, `total` and `coverage`: the same against
 *   HiGHS (skipped with a notice when python3 cannot import scipy);
 * - stopped by a time limit at every point: a matching that keeps every constraint with a finite
 *   bound at least its figure, or `TIME_LIMIT` before it holds one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { parseProgram } from '../src/index.js';
import { greedyMatching } from '../src/match/greedy.js';
import { prepare } from '../src/match/prepare.js';
import { solveObjective } from '../src/match/solveObjective.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { expectCode } from './helpers/errors.js';
import { FC_SEED } from './helpers/fastCheck.js';
import {
  bruteForceMatch,
  compareFigure,
  compareFigures,
  figuresOf,
  LEVELS,
  matchProblem,
  OPTIMISED,
  type OptimisedObjective,
  showFigures,
  violations,
} from './helpers/matchBruteForce.js';
import { type KnownOptimum, oracleOptimum } from './helpers/matchContract.js';
import { matchOracleStatus, solveMatchOracle } from './helpers/matchOracle.js';
import { LARGE_BUDGETED, matchProgramArbitrary, SMALL_BUDGETED } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';
import { underTickingClock } from './helpers/tickingClock.js';

console.info(`fast-check seed for the large path: ${FC_SEED}`);

const SUM = 1e-9;

const small = matchProgramArbitrary(SMALL_BUDGETED);
const large = matchProgramArbitrary({ ...LARGE_BUDGETED, maxLocks: 0 });

/**
 * The large path's answer on `input`, with the problem it was solved on; with `candidates`, its
 * search on each row's best pairs only (the bounds still price every pair).
 */
function solved(input: ProgramJson, objective: OptimisedObjective, candidates?: number) {
  const program = canonicalProgram(parseProgram(input));
  const table = scoreTable(program, true);
  const prepared = prepare(program, table);
  const result = solveObjective(prepared, objective, 0, 0, candidates);
  return { program, table, prepared, result, problem: matchProblem(program, table) };
}

/** What is wrong with the large path's answer on `input` for `objective`, given the optimum. */
function problemsOf(
  input: ProgramJson,
  objective: OptimisedObjective,
  best: (s: ReturnType<typeof solved>) => KnownOptimum | null,
  candidates?: number,
): string[] {
  const s = solved(input, objective, candidates);
  const { problem, result } = s;
  const out = violations(problem, result.assigned);
  const ours = figuresOf(problem, result.assigned);
  const greedy = figuresOf(problem, greedyMatching(s.prepared));
  if (compareFigures(objective, ours, greedy) < 0)
    out.push(`below greedy: ${showFigures(ours)}; greedy ${showFigures(greedy)}`);
  const optimum = best(s);
  if (optimum === null) return out;
  const rank = compareFigures(objective, ours, optimum.figures);
  if (rank > 0) out.push(`above the optimum: ${showFigures(ours)}; optimum ${showFigures(optimum.figures)}`);
  if (rank < 0 && result.exact)
    out.push(`exact but below the optimum: ${showFigures(ours)}; ${showFigures(optimum.figures)}`);
  const { bound, boundOn } = result;
  if (bound === null || boundOn === null) return [...out, 'no bound'];
  const stage = optimum.stages[boundOn];
  if (stage !== undefined && Number.isFinite(stage) && bound < stage - SUM * Math.max(1, Math.abs(stage)))
    out.push(`bound ${bound} on ${boundOn} below its optimum ${stage}`);
  const levels = LEVELS[objective];
  for (const key of levels.slice(0, Math.max(0, levels.indexOf(boundOn)))) {
    const value = optimum.stages[key];
    if (value !== undefined && compareFigure(key, ours[key], value) !== 0)
      out.push(`boundOn ${boundOn} claims ${key} proven, but it is ${ours[key]}, its optimum ${value}`);
  }
  return out;
}

describe('the large path under binding budgets, forced on small programmes', () => {
  it('keeps every constraint, ranks between greedy and the exhaustive optimum, bounds never below the optimum (600 programmes × 3 objectives)', () => {
    const found: string[] = [];
    for (let k = 0; k < 600; k++) {
      const input = fc.sample(small, { seed: FC_SEED + k, numRuns: 1 })[0] as ProgramJson;
      for (const objective of OPTIMISED) {
        const problems = problemsOf(input, objective, (s) => {
          const best = bruteForceMatch(s.problem, [objective]);
          return best.feasible ? best[objective] : null;
        });
        if (problems.length > 0 && found.length < 5) found.push(`case ${k} ${objective}: ${problems.join('; ')}`);
      }
    }
    expect(found).toEqual([]);
  }, 120_000);

  it('stopped by its time limit, returns its best matching with a finite bound at least its figure, or TIME_LIMIT before it holds one', () => {
    // A clock that moves 1 ms at each read, under limits of `ms` (as in timeLimits.test.ts).
    const input = sampleProgram({ mode: 'micro', mentors: 20, mentees: 60, topics: 20, seed: 1 });
    const program = canonicalProgram(parseProgram(input));
    const table = scoreTable(program, true);
    const prepared = prepare(program, table);
    const problem = matchProblem(program, table);
    const outcomes: string[] = [];
    let stopped = 0;
    for (let ms = 2; ms < 4000; ms = Math.ceil(ms * 1.3)) {
      let result: ReturnType<typeof solveObjective> | undefined;
      try {
        result = underTickingClock(ms, () => solveObjective(prepared, 'total', 20, 0));
      } catch (error) {
        expectCode(error, 'TIME_LIMIT', 'test');
      }
      if (result === undefined) {
        outcomes.push('TIME_LIMIT');
        continue;
      }
      expect(violations(problem, result.assigned)).toEqual([]);
      const { bound, boundOn } = result;
      const figure = figuresOf(problem, result.assigned).weightedTotal;
      outcomes.push(`${result.exact ? 'exact' : 'bound'} ${bound}`);
      expect(boundOn).toBe('weightedTotal');
      expect(Number.isFinite(bound)).toBe(true);
      expect(bound as number).toBeGreaterThanOrEqual(figure - SUM);
      if (!result.exact) stopped++;
    }
    // Early stops throw, later ones return the best matching so far, the last ones the whole search's.
    expect(outcomes[0], outcomes.join(', ')).toBe('TIME_LIMIT');
    expect(stopped, outcomes.join(', ')).toBeGreaterThan(0);
  });

  it('searching each row’s best 1 or 2 pairs only: the same checks, the bounds priced on every pair (300 programmes × 3 objectives × 2)', () => {
    const found: string[] = [];
    let below = 0;
    for (let k = 0; k < 300; k++) {
      const input = fc.sample(small, { seed: FC_SEED + 3000 + k, numRuns: 1 })[0] as ProgramJson;
      for (const objective of OPTIMISED) {
        for (const candidates of [1, 2]) {
          let optimum: KnownOptimum | null = null;
          const problems = problemsOf(
            input,
            objective,
            (s) => {
              const best = bruteForceMatch(s.problem, [objective]);
              optimum = best.feasible ? best[objective] : null;
              return optimum;
            },
            candidates,
          );
          if (problems.length > 0 && found.length < 5)
            found.push(`case ${k} ${objective} (${candidates} a row): ${problems.join('; ')}`);
          if (optimum !== null && !solved(input, objective, candidates).result.exact) below++;
        }
      }
    }
    expect(found).toEqual([]);
    // The restriction bites: some answers are not proven optimal.
    expect(below).toBeGreaterThan(0);
  }, 240_000);

  it.skipIf(!matchOracleStatus.available)(
    'and against HiGHS on 40 programmes of 20 to 40 requests × 6 to 10 mentors (total, coverage)',
    () => {
      const inputs = Array.from(
        { length: 40 },
        (_, k) => fc.sample(large, { seed: FC_SEED + 7000 + k, numRuns: 1 })[0] as ProgramJson,
      );
      const objectives = ['total', 'coverage'] as const;
      const answers = solveMatchOracle(
        inputs.map((input) => {
          const program = canonicalProgram(parseProgram(input));
          return { problem: matchProblem(program, scoreTable(program, false)), objectives, bounds: true };
        }),
      );
      const found: string[] = [];
      inputs.forEach((input, k) => {
        for (const objective of objectives) {
          const problems = problemsOf(input, objective, () => oracleOptimum(answers[k], objective));
          if (problems.length > 0 && found.length < 5) found.push(`case ${k} ${objective}: ${problems.join('; ')}`);
        }
      });
      expect(found).toEqual([]);
    },
    300_000,
  );
});
if (!matchOracleStatus.available) console.info(`HiGHS check skipped: ${matchOracleStatus.reason}`);
