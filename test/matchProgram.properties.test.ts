/**
 * Properties of `matchProgram` on fast-check programmes of both modes (fixed seed; up to 5 mentors,
 * 5 mentees and 12 demand rows, locked pairs, uniform or mixed request hours, hours budgets,
 * every hard rule; test/helpers/matchProgramArbitrary.ts):
 *
 * - every result, for every objective, is feasible (allowed pairs only, capacities, hours budgets,
 *   one mentee's requests on distinct mentors, locks kept), agrees with the score table, explains
 *   every unmatched unit truly, holds its proof together (test/helpers/matchChecks.ts), and ranks
 *   at least as high as the greedy baseline of its summary, objective by objective (Σ priority ×
 *   score for `total`; Σ priority matched, then Σ priority × score, for `coverage`; pairs, lowest
 *   score, Σ priority × score, for `fair`);
 * - permuting the mentors, or the mentees (and each mentee's requests), changes nothing but the
 *   order of the result's lists: the matching runs on the programme in id order, so the result,
 *   its lists sorted, is the same JSON byte for byte (pairs, figures, proof);
 * - adding a mentor never lowers the optimal Σ priority × score nor the optimal Σ priority matched;
 * - relaxing a rule that only forbids (sharedLanguage off, maxTimeZoneGap off, levelRequired off,
 *   reportingLine allowed, sameDepartment forbidden → avoided, hard custom rules, forbidden pairs
 *   or exclusions dropped) never lowers them either; the scores of pairs allowed before are
 *   checked unchanged first, since the property rests on it; these small programmes' results are
 *   all proven optimal (`exact`), as the hours-budget search promises;
 * - a lock added on top of valid ones is kept and used when it fits, and otherwise rejected with an
 *   InvalidInputError naming `rules.lockedPairs[k]`;
 * - determinism: the same JSON, byte for byte, from two runs, from the JSON string and from the
 *   parsed programme; the input is never modified.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  type MatchResult,
  matchProgram,
  parseProgram,
  type ScoreTable,
  scoreProgram,
} from '../src/index.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { compareFigure, compareFigures, figuresOf, matchProblem, OPTIMISED } from './helpers/matchBruteForce.js';
import { assignedOf, resultProblems } from './helpers/matchChecks.js';
import { greedyFigures, sortedResult } from './helpers/matchContract.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import { type MentorJson, type ProgramJson, programArbitrary, type RulesJson } from './helpers/programArbitrary.js';

console.info(`fast-check seed for matchProgram properties: ${FC_SEED}`);

const OBJECTIVES = OPTIMISED;

const programs = matchProgramArbitrary({ maxMentors: 5, maxMentees: 5, maxRows: 12 });
/** Random keys, to order up to 40 items. */
const keys = fc.array(fc.nat(), { minLength: 40, maxLength: 40 });

/** `list` reordered by `keys` (ties by position). */
function permute<T>(list: readonly T[], order: readonly number[]): T[] {
  return list
    .map((item, k) => ({ item, key: order[k % order.length] as number, k }))
    .sort((a, b) => a.key - b.key || a.k - b.k)
    .map((x) => x.item);
}

/** The result as JSON with its lists sorted by ids (their order follows the input's). */
const sortedJson = (result: MatchResult): string => JSON.stringify(sortedResult(result));

/** `b` is not below `a` on `key` (Σ priority matched or Σ priority × score), within the sums' tolerance. */
function expectNotBelow(key: 'weightedMatched' | 'weightedTotal', a: MatchResult, b: MatchResult, what = ''): void {
  expect(
    compareFigure(key, b.summary[key], a.summary[key]),
    `${what} ${key} ${b.summary[key]} < ${a.summary[key]}`,
  ).toBeGreaterThanOrEqual(0);
}

/** Every score of `before` is the same in `after`, column `j` now at `col(j)` (only the allowed ones with `allowedOnly`). */
function expectScoresKept(
  before: ScoreTable,
  after: ScoreTable,
  col: (j: number) => number,
  options: { allowedOnly: boolean },
): void {
  const { rows, cols } = before.scores;
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) {
      const s = before.scores.data[r * cols + j] as number;
      const t = after.scores.data[r * after.scores.cols + col(j)] as number;
      if (options.allowedOnly && s === Number.NEGATIVE_INFINITY) continue;
      expect(t, `score of row ${r} with mentor ${before.mentorIds[j]}`).toBe(s);
    }
  }
}

/** Rules that only forbid, and how to relax each (`null` when it is not in force). */
const RELAXATIONS: readonly { readonly name: string; readonly apply: (p: ProgramJson) => ProgramJson | null }[] = [
  {
    name: 'sharedLanguage off',
    apply: (p) => (p.rules?.sharedLanguage === false ? null : withRules(p, { sharedLanguage: false })),
  },
  {
    name: 'maxTimeZoneGap off',
    apply: (p) => (p.rules?.maxTimeZoneGap == null ? null : withRules(p, { maxTimeZoneGap: null })),
  },
  {
    name: 'levelRequired off',
    apply: (p) =>
      p.mode !== 'micro' || p.rules?.levelRequired === false ? null : withRules(p, { levelRequired: false }),
  },
  {
    name: 'reportingLine allowed',
    apply: (p) => (p.rules?.reportingLine === 'allowed' ? null : withRules(p, { reportingLine: 'allowed' })),
  },
  {
    name: 'sameDepartment forbidden → avoided',
    apply: (p) => (p.rules?.sameDepartment !== 'forbidden' ? null : withRules(p, { sameDepartment: 'avoided' })),
  },
  {
    name: 'hard custom rules dropped',
    apply: (p) => {
      const custom = p.rules?.custom ?? [];
      const soft = custom.filter((c) => c.effect === 'prefer' || c.effect === 'avoid');
      return soft.length === custom.length ? null : withRules(p, { custom: soft });
    },
  },
  {
    name: 'forbidden pairs dropped',
    apply: (p) => ((p.rules?.forbiddenPairs ?? []).length === 0 ? null : withRules(p, { forbiddenPairs: [] })),
  },
  {
    name: 'exclusions dropped',
    apply: (p) =>
      p.mentees.every((e) => (e.exclude ?? []).length === 0)
        ? null
        : { ...p, mentees: p.mentees.map(({ exclude: _, ...e }) => e) },
  },
];

function withRules(p: ProgramJson, rules: Partial<RulesJson>): ProgramJson {
  return { ...p, rules: { ...(p.rules ?? {}), ...rules } };
}

describe('matchProgram properties (fast-check)', () => {
  it('every result is feasible, agrees with the score table, explains the unmatched truly, and ranks at least greedy (300 runs × 3 objectives)', () => {
    fc.assert(
      fc.property(programs, (input) => {
        const program = parseProgram(input);
        const table = scoreProgram(program);
        const problem = matchProblem(program, table);
        for (const objective of OBJECTIVES) {
          const result = matchProgram(input, { objective });
          expect(resultProblems(program, table, problem, result)).toEqual([]);
          const ours = figuresOf(problem, assignedOf(result, table));
          expect(compareFigures(objective, ours, greedyFigures(result)), objective).toBeGreaterThanOrEqual(0);
        }
      }),
      fcOptions(300),
    );
  });

  it('permuting the mentors changes nothing but the order of the lists: the same JSON once sorted (every objective, 150 runs)', () => {
    fc.assert(
      fc.property(programs, keys, (input, order) => {
        const shuffled: ProgramJson = { ...input, mentors: permute(input.mentors, order) };
        for (const objective of [...OBJECTIVES, 'stable'] as const) {
          const a = matchProgram(input, { objective });
          const b = matchProgram(shuffled, { objective });
          expect(sortedJson(b), objective).toBe(sortedJson(a));
        }
      }),
      fcOptions(150),
    );
  });

  it('permuting the mentees and their requests changes nothing but the order of the lists: the same JSON once sorted (every objective, 150 runs)', () => {
    fc.assert(
      fc.property(programs, keys, fc.boolean(), (input, order, reverse) => {
        const mentees = permute(input.mentees, order).map((e) =>
          reverse && e.requests !== undefined ? { ...e, requests: [...e.requests].reverse() } : e,
        );
        const shuffled: ProgramJson = { ...input, mentees };
        for (const objective of [...OBJECTIVES, 'stable'] as const) {
          const a = matchProgram(input, { objective });
          const b = matchProgram(shuffled, { objective });
          expect(sortedJson(b), objective).toBe(sortedJson(a));
        }
      }),
      fcOptions(150),
    );
  });

  it('adding a mentor never lowers the optimal Σ priority × score nor Σ priority matched (exact results, 150 runs)', () => {
    const newcomer = programArbitrary({ minMentors: 1, maxMentors: 1, maxMentees: 0 }).map(
      (p) => p.mentors[0] as MentorJson,
    );
    let compared = 0;
    fc.assert(
      fc.property(programs, newcomer, fc.nat(), (input, drawn, at) => {
        const topics = new Set(input.topics.map((t) => t.id));
        // Hours budgets are for micro programmes only.
        const { hoursBudget, ...rest } = drawn;
        const mentor: MentorJson = {
          ...rest,
          ...(input.mode === 'micro' && hoursBudget !== undefined ? { hoursBudget } : {}),
          id: 'm-new',
          skills: drawn.skills.filter((s) => topics.has(s.topic)),
          ...(drawn.offers !== undefined ? { offers: drawn.offers.filter((t) => topics.has(t)) } : {}),
        };
        const mentors = [...input.mentors];
        const index = at % (mentors.length + 1);
        mentors.splice(index, 0, mentor);
        const grown: ProgramJson = { ...input, mentors };
        const before = scoreProgram(parseProgram(input));
        const after = scoreProgram(parseProgram(grown));
        expectScoresKept(before, after, (j) => (j < index ? j : j + 1), { allowedOnly: false });
        for (const objective of ['total', 'coverage'] as const) {
          const a = matchProgram(input, { objective });
          const b = matchProgram(grown, { objective });
          if (!a.summary.exact || !b.summary.exact) continue;
          compared++;
          expectNotBelow(objective === 'coverage' ? 'weightedMatched' : 'weightedTotal', a, b);
        }
      }),
      fcOptions(150),
    );
    expect(compared).toBeGreaterThan(150);
  });

  it('relaxing a rule that only forbids never lowers the optimal Σ priority × score nor Σ priority matched (200 runs, all exact)', () => {
    let relaxed = 0;
    fc.assert(
      fc.property(programs, fc.nat(), (input, pick) => {
        const choice = RELAXATIONS.map((_, k) => RELAXATIONS[(pick + k) % RELAXATIONS.length]!).find(
          (x) => x.apply(input) !== null,
        );
        if (choice === undefined) return;
        const looser = choice.apply(input) as ProgramJson;
        const before = scoreProgram(parseProgram(input));
        const after = scoreProgram(parseProgram(looser));
        expectScoresKept(before, after, (j) => j, { allowedOnly: true });
        for (let k = 0; k < after.scores.data.length; k++)
          if (after.scores.data[k] === Number.NEGATIVE_INFINITY)
            expect(before.scores.data[k]).toBe(Number.NEGATIVE_INFINITY);
        relaxed++;
        for (const objective of ['total', 'coverage'] as const) {
          const a = matchProgram(input, { objective });
          const b = matchProgram(looser, { objective });
          expect([a.summary.exact, b.summary.exact], choice.name).toEqual([true, true]);
          expectNotBelow(objective === 'coverage' ? 'weightedMatched' : 'weightedTotal', a, b, choice.name);
        }
      }),
      fcOptions(200),
    );
    expect(relaxed).toBeGreaterThan(150);
  });

  it('a lock that fits is kept and used; one that breaks a rule, a capacity, a budget or distinctness names rules.lockedPairs[k] (300 runs)', () => {
    const outcomes = { kept: 0, rejected: 0 };
    fc.assert(
      fc.property(
        matchProgramArbitrary({ minMentors: 1, minMentees: 1, maxMentors: 5, maxMentees: 5, maxRows: 12 }),
        fc.nat(),
        fc.nat(),
        (input, r0, j0) => {
          const program = parseProgram(input);
          const table = scoreProgram(program);
          const problem = matchProblem(program, table);
          if (problem.rows === 0) return;
          const r = r0 % problem.rows;
          const j = j0 % problem.cols;
          const row = table.rows[r]!;
          const locks = program.rules.lockedPairs;
          const k = locks.length;
          const pair = {
            mentee: row.menteeId,
            mentor: table.mentorIds[j]!,
            ...(row.topic === undefined ? {} : { topic: row.topic }),
          };
          const locked: ProgramJson = { ...input, rules: { ...(input.rules ?? {}), lockedPairs: [...locks, pair] } };
          // Independently: does the lock fit on top of the others?
          let load = 0;
          let hours = 0;
          let mate = false;
          problem.locked.forEach((c, q) => {
            if (c !== j) return;
            load++;
            hours += problem.hours[q]!;
            if (q !== r && problem.group[q] === problem.group[r]) mate = true;
          });
          const fits =
            problem.locked[r] === -1 &&
            table.scores.data[r * problem.cols + j] !== Number.NEGATIVE_INFINITY &&
            load < problem.capacity[j]! &&
            hours + problem.hours[r]! <= problem.budget[j]! &&
            !mate;
          let result: MatchResult | undefined;
          let error: unknown;
          try {
            result = matchProgram(locked);
          } catch (e) {
            error = e;
          }
          if (fits) {
            outcomes.kept++;
            expect(error).toBeUndefined();
            const m = result?.matches.find((x) => x.mentee === pair.mentee && x.topic === row.topic);
            expect(m?.mentor).toBe(pair.mentor);
            expect(m?.locked).toBe(true);
            const lockedProgram = parseProgram(locked);
            const lockedTable = scoreProgram(lockedProgram);
            expect(
              resultProblems(lockedProgram, lockedTable, matchProblem(lockedProgram, lockedTable), result!),
            ).toEqual([]);
          } else {
            outcomes.rejected++;
            expect(error).toBeInstanceOf(InvalidInputError);
            const issues = (error as InvalidInputError).issues;
            expect(issues.map((i) => i.path)).toContainEqual(['rules', 'lockedPairs', k]);
            expect(issues.every((i) => i.path[0] === 'rules' && i.path[1] === 'lockedPairs')).toBe(true);
            expect((error as Error).message).toContain(`lockedPairs[${k}]`);
          }
        },
      ),
      fcOptions(300),
    );
    expect(outcomes.kept).toBeGreaterThan(30);
    expect(outcomes.rejected).toBeGreaterThan(30);
  });

  it('is deterministic (two runs, the JSON string and the parsed programme give the same JSON) and never modifies its input (150 runs)', () => {
    fc.assert(
      fc.property(programs, fc.constantFrom(...OBJECTIVES), (input, objective) => {
        const copy = structuredClone(input);
        const first = JSON.stringify(matchProgram(input, { objective }));
        expect(JSON.stringify(matchProgram(input, { objective }))).toBe(first);
        expect(JSON.stringify(matchProgram(JSON.stringify(input), { objective }))).toBe(first);
        expect(JSON.stringify(matchProgram(parseProgram(input), { objective }))).toBe(first);
        expect(input).toEqual(copy);
      }),
      fcOptions(150),
    );
  });
});
