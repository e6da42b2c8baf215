/**
 * What a `matchProgram` result owes the optimum of its objective, for the oracle tests: given the
 * optimum's figures and each figure's optimum in turn (from the exhaustive search of
 * test/helpers/matchBruteForce.ts or HiGHS through test/helpers/matchOracle.ts), a result never
 * ranks above it nor below the greedy baseline of its summary, is level with it when it says
 * `exact` (and must say so where the caller asks), `summary.bound` is never below the optimum of
 * `summary.boundOn`, and the figures before `boundOn`, which the result claims proven best, are at
 * their optima. Also the pieces the permutation tests share: a programme with its people
 * shuffled, and a result with its lists sorted.
 */
import { expect } from 'vitest';
import type { MatchResult } from '../../src/index.js';
import type { BoundFigure } from '../../src/match/types.js';
import {
  compareFigure,
  compareFigures,
  type Figures,
  LEVELS,
  type OptimisedObjective,
  SUM_TOLERANCE,
  showFigures,
} from './matchBruteForce.js';
import { byId } from './matchIdOrder.js';
import type { MatchOracleAnswer } from './matchOracle.js';
import { oracleFigures } from './matchOracle.js';
import type { ProgramJson } from './programArbitrary.js';
import type { Rng } from './random.js';

/** An objective's optimum: one optimal matching's figures, and each figure's optimum in turn. */
export interface KnownOptimum {
  readonly figures: Figures;
  readonly stages: Readonly<Partial<Record<BoundFigure, number>>>;
}

/** The oracle's answer for `objective` as a {@link KnownOptimum} (throws when it is missing). */
export function oracleOptimum(answer: MatchOracleAnswer | undefined, objective: OptimisedObjective): KnownOptimum {
  const a = answer?.[objective];
  if (a === undefined) throw new Error(`no oracle answer for ${objective}`);
  const stages: Partial<Record<BoundFigure, number>> = {};
  for (const [key, value] of Object.entries(a.optimum ?? {}) as [BoundFigure, number | null][])
    stages[key] = value ?? Number.POSITIVE_INFINITY;
  return { figures: oracleFigures(a.figures), stages };
}

/** The greedy baseline's figures, from the summary (checked against a recount by `resultProblems`). */
export function greedyFigures(result: MatchResult): Figures {
  const g = result.summary.greedy;
  return {
    matched: g.matched,
    weightedMatched: g.weightedMatched,
    lowestScore: g.lowestScore ?? Number.POSITIVE_INFINITY,
    weightedTotal: g.weightedTotal,
    totalScore: g.totalScore,
  };
}

/**
 * What is wrong with `result` (whose figures are `ours`) against the optimum `best` of its
 * objective; with `mustBeExact`, also any result that does not say `exact: true`.
 */
export function optimumProblems(
  objective: OptimisedObjective,
  result: MatchResult,
  ours: Figures,
  best: KnownOptimum,
  mustBeExact = false,
): string[] {
  const out: string[] = [];
  const { exact, bound, boundOn, gap } = result.summary;
  if (result.objective !== objective) out.push(`objective ${result.objective}, asked ${objective}`);
  const rank = compareFigures(objective, ours, best.figures);
  const figures = `ours ${showFigures(ours)}; optimum ${showFigures(best.figures)}`;
  if (rank > 0) out.push(`above the optimum: ${figures}`);
  else if (rank < 0 && (exact || mustBeExact)) out.push(`below the optimum (exact: ${exact}): ${figures}`);
  if (mustBeExact && !exact) out.push(`not proven optimal: gap ${gap}, bound ${bound} on ${boundOn}`);
  const greedy = greedyFigures(result);
  if (compareFigures(objective, ours, greedy) < 0)
    out.push(`below greedy: ours ${showFigures(ours)}; greedy ${showFigures(greedy)}`);
  if (bound === null || boundOn === null) return [...out, `no bound for ${objective}`];
  const stage = best.stages[boundOn];
  if (stage !== undefined && Number.isFinite(stage) && bound < stage - SUM_TOLERANCE * Math.max(1, Math.abs(stage)))
    out.push(`summary.bound ${bound} on ${boundOn} is below its optimum ${stage} (gap ${gap}, exact ${exact})`);
  const levels = LEVELS[objective];
  for (const key of levels.slice(0, Math.max(0, levels.indexOf(boundOn)))) {
    const optimum = best.stages[key];
    if (optimum !== undefined && compareFigure(key, ours[key], optimum) !== 0)
      out.push(`boundOn ${boundOn} claims ${key} proven best, but it is ${ours[key]}, its optimum ${optimum}`);
  }
  return out;
}

/** `list` in a random order drawn from `rng` (Fisher–Yates). */
export function shuffle<T>(list: readonly T[], rng: Rng): T[] {
  const out = [...list];
  for (let k = out.length - 1; k > 0; k--) {
    const at = Math.floor(rng() * (k + 1));
    [out[k], out[at]] = [out[at] as T, out[k] as T];
  }
  return out;
}

/**
 * The programme with its mentors, its mentees and each mentee's requests and goals shuffled (the
 * matching sorts people by id, and the scoring sums goals in topic order).
 */
export function shuffledProgram(input: ProgramJson, rng: Rng): ProgramJson {
  return {
    ...input,
    mentors: shuffle(input.mentors, rng),
    mentees: shuffle(input.mentees, rng).map((e) => ({
      ...e,
      ...(e.requests === undefined ? {} : { requests: shuffle(e.requests, rng) }),
      ...(e.goals === undefined ? {} : { goals: shuffle(e.goals, rng) }),
    })),
  };
}

type Unit = { readonly mentee: string; readonly topic?: string; readonly mentor?: string };
const byUnit = (a: Unit, b: Unit) =>
  byId(a.mentee, b.mentee) || byId(a.topic ?? '', b.topic ?? '') || byId(a.mentor ?? '', b.mentor ?? '');

/** `result` with every list whose order follows the input sorted by ids. */
export function sortedResult(result: MatchResult): MatchResult {
  return {
    ...result,
    matches: [...result.matches].sort(byUnit),
    unmatched: [...result.unmatched].sort(byUnit),
    summary: {
      ...result.summary,
      mentorLoad: [...result.summary.mentorLoad].sort((a, b) => byId(a.mentor, b.mentor)),
      blocking: [...result.summary.blocking].sort(byUnit),
    },
  };
}

/** A case that broke the contract: where, how to replay it, what is wrong, and its input. */
export interface Counterexample {
  readonly at: string;
  readonly replay: string;
  readonly problems: readonly string[];
  readonly input: ProgramJson;
}

/** Fails with the first counterexample in full (and how many there are) unless `found` is empty. */
export function expectNoCounterexample(found: readonly Counterexample[], checked: number): void {
  const first = found[0];
  const message =
    first === undefined
      ? ''
      : `${found.length} of ${checked} fail. First counterexample: ${first.at}; replay: ${first.replay}\n  ` +
        `${first.problems.join('\n  ')}\n  input: ${JSON.stringify(first.input)}`;
  expect(found.length, message).toBe(0);
}
