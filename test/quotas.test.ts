/**
 * `rules.quotas`: validated with typed issues; under `total`, `coverage` and `fair` the matching is
 * the optimum over every matching that keeps the quotas (an exhaustive search over every
 * assignment of small programmes, each checked against the capacities, groups, locks and quotas),
 * never breaks a hard quota, and a hard minimum out of reach is `quota_infeasible` exactly when no
 * matching reaches it; configurations not solved exactly are refused (`quota_unsupported`); an
 * unmatched request blocked by a quota says so (`quota`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import {
  InvalidInputError,
  type MatchResult,
  matchProgram,
  type Program,
  parseProgram,
  programReport,
  reportToMarkdown,
  scoreProgram,
} from '../src/index.js';
import { it as italian } from '../src/locales/it.js';
import { drain, startClock, withClock } from '../src/solve/internal/clock.js';
import { FlowNetwork } from '../src/solve/internal/flow/minCostFlow.js';
import { runCli } from './helpers/cliRun.js';
import { thrown } from './helpers/errors.js';
import {
  compareFigure,
  compareFigures,
  type Figures,
  figuresOf,
  LEVELS,
  type MatchProblem,
  matchProblem,
  OPTIMISED,
  type OptimisedObjective,
  showFigures,
  violations,
} from './helpers/matchBruteForce.js';
import { assignedOf } from './helpers/matchChecks.js';
import { matchProgramArbitrary, SMALL_BUDGETED } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

/** A mentee's value of an attribute, as the quotas read it. */
function attributeValue(program: Program, e: number, attribute: string): unknown {
  const mentee = program.mentees[e]!;
  return attribute === 'department' ? mentee.department : mentee.attributes[attribute];
}

/** What each hard quota of `program` says about `assigned` (empty when it keeps them all). */
function quotaViolations(program: Program, rows: readonly { mentee: number }[], assigned: ArrayLike<number>): string[] {
  const out: string[] = [];
  program.rules.quotas.forEach((q, k) => {
    if (q.soft === true || q.crossDepartment === true) return;
    if (q.kind === 'perMentor') {
      const seen = new Map<string, number>();
      rows.forEach((row, r) => {
        const j = assigned[r]!;
        const v = attributeValue(program, row.mentee, q.attribute!);
        if (j < 0 || v === undefined) return;
        const key = `${j}/${JSON.stringify(v)}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      });
      for (const [key, n] of seen) if (n > q.max!) out.push(`quota ${k}: ${n} rows at ${key}, max ${q.max}`);
    } else {
      let n = 0;
      rows.forEach((row, r) => {
        const v = attributeValue(program, row.mentee, q.mentee!.attribute);
        if (assigned[r]! >= 0 && v !== undefined && (q.mentee!.equals === undefined || v === q.mentee!.equals)) n++;
      });
      if (n < (q.min ?? 0) || n > (q.max ?? Number.POSITIVE_INFINITY)) out.push(`quota ${k}: ${n} pairs`);
    }
  });
  return out;
}

/** The penalties the soft quotas of `program` charge `assigned` (weight per pair beyond a bound). */
function penalties(program: Program, rows: readonly { mentee: number }[], assigned: ArrayLike<number>): number {
  let paid = 0;
  for (const q of program.rules.quotas) {
    if (q.soft !== true) continue;
    const w = q.weight ?? 1;
    if (q.kind === 'perMentor') {
      const seen = new Map<string, number>();
      rows.forEach((row, r) => {
        const v = attributeValue(program, row.mentee, q.attribute!);
        if (assigned[r]! >= 0 && v !== undefined) {
          const key = `${assigned[r]}/${JSON.stringify(v)}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
        }
      });
      for (const n of seen.values()) paid += w * Math.max(0, n - q.max!);
    } else {
      let n = 0;
      rows.forEach((row, r) => {
        if (assigned[r]! >= 0 && attributeValue(program, row.mentee, q.mentee!.attribute) === q.mentee!.equals) n++;
      });
      paid += w * (Math.max(0, (q.min ?? 0) - n) + Math.max(0, n - (q.max ?? Number.POSITIVE_INFINITY)));
    }
  }
  return paid;
}

/** The best matching of each objective over every assignment keeping all constraints; null: none. */
function bruteForce(problem: MatchProblem, keeps: (assigned: Int32Array) => boolean) {
  const best: Partial<Record<OptimisedObjective, Figures>> = {};
  const assigned = new Int32Array(problem.rows).fill(-1);
  let any = false;
  const visit = (r: number) => {
    if (r === problem.rows) {
      if (violations(problem, assigned).length > 0 || !keeps(assigned)) return;
      any = true;
      const f = figuresOf(problem, assigned);
      for (const o of OPTIMISED) if (best[o] === undefined || compareFigures(o, f, best[o]) > 0) best[o] = f;
      return;
    }
    const lock = problem.locked[r]!;
    for (let j = -1; j < problem.cols; j++) {
      if (lock >= 0 && j !== lock) continue;
      if (j >= 0 && problem.scores[r * problem.cols + j] === Number.NEGATIVE_INFINITY) continue;
      assigned[r] = j;
      visit(r + 1);
    }
    assigned[r] = -1;
  };
  visit(0);
  return any ? best : null;
}

/** Departments, a `first` attribute on the mentees, no hours budgets, and the quotas drawn. */
function withQuotas(
  input: ProgramJson,
  draw: { depts: number[]; first: boolean[]; cap: number | null; min: number | null; max: number | null },
): ProgramJson {
  const mentees = input.mentees.map((e, k) => ({
    ...e,
    department: ['A', 'B', 'C'][draw.depts[k % draw.depts.length]!]!,
    attributes: { ...(e.attributes ?? {}), first: draw.first[k % draw.first.length]! },
  }));
  const mentors = input.mentors.map(({ hoursBudget: _, ...m }) => m);
  const quotas: NonNullable<NonNullable<ProgramJson['rules']>['quotas']> = [];
  if (draw.cap !== null) quotas.push({ kind: 'perMentor', attribute: 'department', max: draw.cap, count: 'requests' });
  if (draw.min !== null || draw.max !== null) {
    const max = draw.max === null ? undefined : Math.max(draw.max, draw.min ?? 0);
    quotas.push({
      kind: 'pairs',
      mentee: { attribute: 'first', equals: true },
      ...(draw.min === null ? {} : { min: draw.min }),
      ...(max === undefined ? {} : { max }),
    });
  }
  return { ...input, mentees, mentors, rules: { ...(input.rules ?? {}), quotas } };
}

const draws = fc.record({
  depts: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
  first: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  cap: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  min: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  max: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
});

/** The error's issue codes and paths, or null when `run` returns. */
function refusal(run: () => unknown): { code: string | undefined; path: string }[] | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return error.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
  }
}

/**
 * `input` parsed and scored, with the best assignments that keep every quota (brute force); null
 * when the schema refuses it (a drawn quota clashing with the base programme's own rules: not the
 * subject of these tests).
 */
function quotaCase(input: ProgramJson) {
  let program: Program;
  try {
    program = parseProgram(input);
  } catch {
    return null;
  }
  const table = scoreProgram(program);
  const problem = matchProblem(program, table);
  const keeps = (a: Int32Array) => quotaViolations(program, table.rows, a).length === 0;
  return { program, table, problem, best: bruteForce(problem, keeps) };
}

describe('quotas', () => {
  it('are optimal and never broken, and a minimum out of reach is quota_infeasible exactly when no matching reaches it', () => {
    fc.assert(
      fc.property(
        matchProgramArbitrary({ maxRows: 7, maxMentors: 3, minMentors: 1, maxMentees: 6, maxLocks: 2 }),
        draws,
        fc.constantFrom(...OPTIMISED),
        (base, draw, objective) => {
          const input = withQuotas(base, draw);
          const found = quotaCase(input);
          if (found === null) return;
          const { program, table, problem, best } = found;
          let result: MatchResult;
          try {
            result = matchProgram(input, { objective });
          } catch (error) {
            if (!(error instanceof InvalidInputError)) throw error;
            expect(
              error.issues.every((i) => i.code === 'quota_infeasible'),
              error.message,
            ).toBe(true);
            expect(best, `refused (${error.message}) but a matching keeps every quota`).toBeNull();
            return;
          }
          expect(best, 'a matching was returned but none keeps every quota').not.toBeNull();
          const assigned = assignedOf(result, table);
          expect(violations(problem, assigned)).toEqual([]);
          expect(quotaViolations(program, table.rows, assigned)).toEqual([]);
          const got = figuresOf(problem, assigned);
          const want = best![objective]!;
          expect(compareFigures(objective, got, want), `${showFigures(got)} vs ${showFigures(want)}`).toBe(0);
          expect(result.summary.exact).toBe(true);
        },
      ),
      { numRuns: 300, seed: 20261204 },
    );
  });
});

describe('hard quotas while hours budgets bind (the budgets read as places bound the answer)', () => {
  it('keep every quota and budget, never claim more than the optimum, bound it truthfully, are exact when they say so', () => {
    const seen = { exact: 0, gaps: 0, refused: 0, notFound: 0 };
    fc.assert(
      fc.property(
        matchProgramArbitrary({ ...SMALL_BUDGETED, maxRows: 7, maxMentors: 3, maxMentees: 6 }),
        draws,
        fc.constantFrom(...OPTIMISED),
        (base, draw, objective) => {
          // The drawn quotas on the programme with its hours budgets kept.
          const input = { ...withQuotas(base, draw), mentors: base.mentors };
          const found = quotaCase(input);
          if (found === null) return;
          const { program, table, problem, best } = found;
          let result: MatchResult;
          try {
            result = matchProgram(input, { objective });
          } catch (error) {
            if (!(error instanceof InvalidInputError)) throw error;
            const codes = error.issues.map((i) => `${i.code}/${String(i.params?.cause ?? '')}`);
            if (codes.every((c) => c.startsWith('quota_infeasible'))) {
              // Proven: not even the budgets read as places reach the minimum.
              expect(best, error.message).toBeNull();
              seen.refused++;
            } else {
              expect(codes, error.message).toEqual(['quota_unsupported/hoursBudgetMinimum']);
              seen.notFound++;
            }
            return;
          }
          expect(best, 'a matching was returned but none keeps every quota').not.toBeNull();
          const assigned = assignedOf(result, table);
          expect(violations(problem, assigned)).toEqual([]);
          expect(quotaViolations(program, table.rows, assigned)).toEqual([]);
          const got = figuresOf(problem, assigned);
          const want = best![objective]!;
          expect(
            compareFigures(objective, got, want),
            `${showFigures(got)} vs ${showFigures(want)}`,
          ).toBeLessThanOrEqual(0);
          if (result.summary.exact) {
            expect(compareFigures(objective, got, want), `${showFigures(got)} vs ${showFigures(want)}`).toBe(0);
            seen.exact++;
            return;
          }
          seen.gaps++;
          // The bound is on the first level where the answer may fall short; the levels before it tie
          // with the optimum's, and the optimum's figure there is within the bound.
          const levels = LEVELS[objective];
          const at = levels.indexOf(result.summary.boundOn!);
          expect(at).toBeGreaterThanOrEqual(0);
          for (const key of levels.slice(0, at)) expect(compareFigure(key, got[key], want[key]), key).toBe(0);
          const key = levels[at]!;
          expect(result.summary.bound!).toBeGreaterThanOrEqual(want[key] - 1e-9 * Math.max(1, Math.abs(want[key])));
          expect(result.summary.gap!).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300, seed: 20261205 },
    );
    // Each outcome is reached, proven optimal answers included.
    expect(seen.exact, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.gaps, JSON.stringify(seen)).toBeGreaterThan(0);
  });
});

type Quotas = NonNullable<NonNullable<ProgramJson['rules']>['quotas']>;

/** A micro programme: one mentor `m` (or more) and mentees with one request each on topic `t`. */
function micro(
  mentees: { id: string; department?: string; first?: boolean; priority?: number; hours?: number }[],
  mentors: { id: string; capacity: number; level?: number; hoursBudget?: number }[],
  quotas: Quotas,
  extra: Record<string, unknown> = {},
) {
  return {
    mode: 'micro' as const,
    topics: [{ id: 't' }],
    mentors: mentors.map((m) => ({
      id: m.id,
      capacity: m.capacity,
      skills: [{ topic: 't', level: m.level ?? 4 }],
      ...(m.hoursBudget === undefined ? {} : { hoursBudget: m.hoursBudget }),
    })),
    mentees: mentees.map((e) => ({
      id: e.id,
      ...(e.department === undefined ? {} : { department: e.department }),
      attributes: { first: e.first ?? false },
      requests: [
        {
          topic: 't',
          level: 1,
          ...(e.priority === undefined ? {} : { priority: e.priority }),
          ...(e.hours === undefined ? {} : { hours: e.hours }),
        },
      ],
    })),
    rules: { sameDepartment: 'allowed' as const, quotas, ...((extra.rules as object | undefined) ?? {}) },
    ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'rules')),
  };
}

/** Pairs of `assigned` whose mentee and mentor both have a department, and different ones. */
function crossPairs(program: Program, rows: readonly { mentee: number }[], assigned: ArrayLike<number>): number {
  let n = 0;
  rows.forEach((row, r) => {
    const a = program.mentees[row.mentee]?.department;
    const b = assigned[r]! >= 0 ? program.mentors[assigned[r]!]?.department : undefined;
    if (a !== undefined && b !== undefined && a !== b) n++;
  });
  return n;
}

/** Σ over the pairs of `assigned` of (counted − `share`): a share of the `first` mentees' pairs kept when ≥ 0 (min) or ≤ 0 (max). */
function shareSum(
  program: Program,
  table: ReturnType<typeof scoreProgram>,
  share: number,
  a: ArrayLike<number>,
): number {
  let n = 0;
  let all = 0;
  table.rows.forEach((row, r) => {
    if (a[r]! < 0) return;
    all++;
    if (attributeValue(program, row.mentee, 'first') === true) n++;
  });
  return n - share * all;
}

/**
 * `matchProgram` (total) on `input`, against the best assignment that `keeps` its quotas: refused
 * (`quota_infeasible`) exactly when none does; else the matching keeps them, is never above the
 * optimum, its bound never below it, and it equals the optimum when it says it is exact.
 */
function checkLagrangian(
  input: Parameters<typeof matchProgram>[0],
  table: ReturnType<typeof scoreProgram>,
  problem: MatchProblem,
  keeps: (assigned: Int32Array) => boolean,
  budgets = false,
): 'refused' | 'exact' | 'gaps' | 'notFound' {
  const best = bruteForce(problem, keeps);
  let result: MatchResult;
  try {
    result = matchProgram(input, { objective: 'total' });
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    const codes = error.issues.map((i) => `${i.code}/${String(i.params?.cause ?? '')}`);
    // While hours budgets bind, a bound the search found no matching for (none proven impossible).
    if (budgets && !codes.every((c) => c.startsWith('quota_infeasible'))) {
      expect(
        codes.every((c) => c === 'quota_unsupported/hoursBudgetMinimum' || c === 'quota_unsupported/crossing'),
        error.message,
      ).toBe(true);
      return 'notFound';
    }
    expect(
      error.issues.every((i) => i.code === 'quota_infeasible'),
      error.message,
    ).toBe(true);
    expect(best, error.message).toBeNull();
    return 'refused';
  }
  expect(best, 'a matching was returned but none keeps every quota').not.toBeNull();
  const assigned = assignedOf(result, table);
  expect(violations(problem, assigned)).toEqual([]);
  expect(keeps(assigned)).toBe(true);
  const got = figuresOf(problem, assigned).weightedTotal;
  const want = best!.total!.weightedTotal;
  const tol = 1e-9 * Math.max(1, Math.abs(want));
  expect(got).toBeLessThanOrEqual(want + tol);
  expect(result.summary.bound!).toBeGreaterThanOrEqual(want - tol);
  if (!result.summary.exact) return 'gaps';
  expect(got).toBeCloseTo(want, 9);
  return 'exact';
}

/** `plain` with its mentors' departments redrawn and a count of pairs across departments. */
function acrossDepartments(
  plain: ProgramJson,
  mentorDepts: readonly number[],
  min: number | undefined,
  max: number | undefined,
): ProgramJson {
  const mentors = plain.mentors.map((m, k) => ({ ...m, department: ['A', 'B', 'C'][mentorDepts[k % 3]!]! }));
  const cross = {
    kind: 'pairs' as const,
    crossDepartment: true,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  };
  // The departments are redrawn: a lock the base programme allowed stays allowed.
  return {
    ...plain,
    mentors,
    rules: { ...plain.rules, sameDepartment: 'allowed', quotas: [...(plain.rules?.quotas ?? []), cross] },
  };
}

/** Whether an assignment keeps every quota with `min` to `max` pairs across departments. */
function keepsAcross(min: number, max: number | undefined) {
  return (program: Program, table: ReturnType<typeof scoreProgram>) => (a: Int32Array) => {
    const n = crossPairs(program, table.rows, a);
    return quotaViolations(program, table.rows, a).length === 0 && n >= min && n <= (max ?? Infinity);
  };
}

/** `plain` with a share of the pairs (at least or at most `share`) going to first-time mentees. */
function withShare(plain: ProgramJson, share: number, least: boolean): ProgramJson {
  const quota = {
    kind: 'pairs' as const,
    mentee: { attribute: 'first', equals: true },
    ...(least ? { minShare: share } : { maxShare: share }),
  };
  return { ...plain, rules: { ...plain.rules, quotas: [...(plain.rules?.quotas ?? []), quota] } };
}

/** Whether an assignment keeps every quota and the share. */
function keepsShare(share: number, least: boolean) {
  return (program: Program, table: ReturnType<typeof scoreProgram>) => (a: Int32Array) => {
    const sum = shareSum(program, table, share, a);
    return quotaViolations(program, table.rows, a).length === 0 && (least ? sum >= -1e-9 : sum <= 1e-9);
  };
}

/**
 * {@link checkLagrangian} on `input`, scored and brute-forced here; with `skipInvalid`, a drawn
 * programme the schema refuses (e.g. a lock the budgets no longer allow, a minimum above its
 * maximum) is skipped (null).
 */
function checkQuotaCase(
  input: ProgramJson,
  keepsOf: (program: Program, table: ReturnType<typeof scoreProgram>) => (a: Int32Array) => boolean,
  budgets = false,
  skipInvalid = budgets,
): ReturnType<typeof checkLagrangian> | null {
  let program: Program;
  try {
    program = parseProgram(input);
  } catch (error) {
    if (skipInvalid) return null;
    throw error;
  }
  const table = scoreProgram(program);
  return checkLagrangian(input, table, matchProblem(program, table), keepsOf(program, table), budgets);
}

describe('several quotas on mentees who share none (one per site)', () => {
  it('are optimal and never broken, and minimums out of reach are quota_infeasible exactly when no matching keeps them', () => {
    const seen = { exact: 0, refused: 0, together: 0 };
    const bounds = fc.record({
      min: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
      max: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        matchProgramArbitrary({ maxRows: 7, maxMentors: 3, minMentors: 1, maxMentees: 6, maxLocks: 2 }),
        draws,
        fc.array(fc.constantFrom('north', 'south', 'east'), { minLength: 8, maxLength: 8 }),
        fc.array(bounds, { minLength: 2, maxLength: 3 }),
        fc.constantFrom(...OPTIMISED),
        (base, draw, sites, perSite, objective) => {
          const plain = withQuotas(base, { ...draw, min: null, max: null });
          const mentees = plain.mentees.map((e, k) => ({
            ...e,
            attributes: { ...(e.attributes ?? {}), office: sites[k % sites.length]! },
          }));
          const quotas: Quotas = [...(plain.rules?.quotas ?? [])];
          perSite.forEach((b, t) => {
            if (b.min === null && b.max === null) return;
            const max = b.max === null ? undefined : Math.max(b.max, b.min ?? 0);
            quotas.push({
              kind: 'pairs',
              mentee: { attribute: 'office', equals: ['north', 'south', 'east'][t]! },
              ...(b.min === null ? {} : { min: b.min }),
              ...(max === undefined ? {} : { max }),
            });
          });
          const input = { ...plain, mentees, rules: { ...(plain.rules ?? {}), quotas } };
          const found = quotaCase(input);
          if (found === null) return;
          const { program, table, problem, best } = found;
          let result: MatchResult;
          try {
            result = matchProgram(input, { objective });
          } catch (error) {
            if (!(error instanceof InvalidInputError)) throw error;
            expect(
              error.issues.every((i) => i.code === 'quota_infeasible'),
              error.message,
            ).toBe(true);
            expect(best, `refused (${error.message}) but a matching keeps every quota`).toBeNull();
            seen.refused++;
            if (error.issues.some((i) => i.params?.cause === 'together')) seen.together++;
            return;
          }
          expect(best, 'a matching was returned but none keeps every quota').not.toBeNull();
          const assigned = assignedOf(result, table);
          expect(violations(problem, assigned)).toEqual([]);
          expect(quotaViolations(program, table.rows, assigned)).toEqual([]);
          const got = figuresOf(problem, assigned);
          const want = best![objective]!;
          expect(compareFigures(objective, got, want), `${showFigures(got)} vs ${showFigures(want)}`).toBe(0);
          expect(result.summary.exact).toBe(true);
          seen.exact++;
        },
      ),
      { numRuns: 300, seed: 20261206 },
    );
    expect(seen.exact, JSON.stringify(seen)).toBeGreaterThan(80);
    expect(seen.together, JSON.stringify(seen)).toBeGreaterThan(0);
    expect(seen.refused, JSON.stringify(seen)).toBeGreaterThan(0);
  });

  it('mentees that two quotas both count are refused (crossing), naming the later quota', () => {
    const both = [{ id: 'x', first: true, department: 'A' }, { id: 'y' }];
    const quotas: Quotas = [
      { kind: 'pairs', mentee: { attribute: 'first', equals: true }, min: 1 },
      { kind: 'pairs', mentee: { attribute: 'department', equals: 'A' }, max: 1 },
    ];
    const error = thrown(() => matchProgram(micro(both, [{ id: 'm', capacity: 2 }], quotas))) as InvalidInputError;
    expect(error.issues.map((i) => [i.code, i.path.join('.'), i.params?.cause])).toEqual([
      ['quota_unsupported', 'rules.quotas.1', 'crossing'],
    ]);
    // The same quotas on mentees that only one of them counts: solved.
    const apart = [
      { id: 'x', first: true, department: 'B' },
      { id: 'y', department: 'A' },
    ];
    const result = matchProgram(micro(apart, [{ id: 'm', capacity: 2 }], quotas));
    expect(result.matches.map((m) => m.mentee).sort()).toEqual(['x', 'y']);
    expect(result.summary.exact).toBe(true);
  });
});

describe('pairs across departments (total, by Lagrangian relaxation)', () => {
  const stats = { runs: 0, refused: 0, exact: 0, gaps: 0, notFound: 0 };
  it('keep the count, never claim more than the optimum, bound it truthfully, and are exact when they say so', () => {
    fc.assert(
      fc.property(
        matchProgramArbitrary({ maxRows: 7, maxMentors: 3, minMentors: 1, maxMentees: 6, maxLocks: 2 }),
        draws,
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
        (base, draw, mentorDepts) => {
          const plain = withQuotas(base, { ...draw, min: null, max: null });
          const max = draw.max === null ? undefined : Math.max(draw.max, draw.min ?? 0);
          if (draw.min === null && max === undefined) return;
          const input = acrossDepartments(plain, mentorDepts, draw.min ?? undefined, max);
          stats.runs++;
          stats[checkQuotaCase(input, keepsAcross(draw.min ?? 0, max))!]++;
        },
      ),
      { numRuns: 300, seed: 5122026 },
    );
    // Most draws are solved exactly; the others carry a gap that the bound makes honest.
    expect(stats.exact).toBeGreaterThan(stats.gaps);
  });
});

describe('pairs across departments together with a quota on mentees (total)', () => {
  it('keep both, never claim more than the optimum, bound it truthfully', () => {
    const stats = { runs: 0, refused: 0, exact: 0, gaps: 0, notFound: 0 };
    fc.assert(
      fc.property(
        matchProgramArbitrary({ maxRows: 7, maxMentors: 3, minMentors: 1, maxMentees: 6, maxLocks: 2 }),
        draws,
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
        fc.record({
          min: fc.integer({ min: 0, max: 2 }),
          max: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
        }),
        (base, draw, mentorDepts, across) => {
          // The drawn quota on first-time mentees (and cap), and a count of pairs across departments.
          const max = across.max === null ? undefined : Math.max(across.max, across.min);
          const input = acrossDepartments(withQuotas(base, draw), mentorDepts, across.min, max);
          const outcome = checkQuotaCase(input, keepsAcross(across.min, max), false, true);
          if (outcome === null) return;
          stats.runs++;
          stats[outcome]++;
        },
      ),
      { numRuns: 200, seed: 6122026 },
    );
    expect(stats.exact, JSON.stringify(stats)).toBeGreaterThan(stats.gaps);
    expect(stats.refused, JSON.stringify(stats)).toBeGreaterThan(0);
  });
});

describe('pairs across departments while hours budgets bind (total)', () => {
  it('keep the count, the budgets and every quota, never claim more than the optimum, bound it truthfully', () => {
    const seen = { exact: 0, gaps: 0, refused: 0, notFound: 0 };
    fc.assert(
      fc.property(
        matchProgramArbitrary({ ...SMALL_BUDGETED, maxRows: 7, maxMentors: 3, maxMentees: 6 }),
        draws,
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }),
        fc.record({
          min: fc.integer({ min: 0, max: 2 }),
          max: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
        }),
        (base, draw, mentorDepts, across) => {
          const plain = { ...withQuotas(base, draw), mentors: base.mentors };
          const max = across.max === null ? undefined : Math.max(across.max, across.min);
          const outcome = checkQuotaCase(
            acrossDepartments(plain, mentorDepts, across.min, max),
            keepsAcross(across.min, max),
            true,
          );
          if (outcome !== null) seen[outcome]++;
        },
      ),
      { numRuns: 300, seed: 8122026 },
    );
    expect(seen.exact, JSON.stringify(seen)).toBeGreaterThan(seen.gaps);
    expect(seen.gaps + seen.refused, JSON.stringify(seen)).toBeGreaterThan(0);
  });
});

describe('shares of the pairs (total, by Lagrangian relaxation)', () => {
  it('keep the share (n − s × all ≥ 0, or ≤ 0), never above the optimum, with a true bound', () => {
    const stats = { refused: 0, exact: 0, gaps: 0, notFound: 0 };
    fc.assert(
      fc.property(
        matchProgramArbitrary({ maxRows: 7, maxMentors: 3, minMentors: 1, maxMentees: 6, maxLocks: 2 }),
        draws,
        fc.constantFrom(0.25, 0.5, 0.6, 1),
        fc.boolean(),
        (base, draw, share, least) => {
          const plain = withQuotas(base, { ...draw, min: null, max: null });
          stats[checkQuotaCase(withShare(plain, share, least), keepsShare(share, least))!]++;
        },
      ),
      { numRuns: 300, seed: 6122026 },
    );
    expect(stats.exact).toBeGreaterThan(stats.gaps);
  });
});

describe('shares of the pairs while hours budgets bind (total)', () => {
  it('keep the share, the budgets and every quota, never claim more than the optimum, bound it truthfully', () => {
    const seen = { exact: 0, gaps: 0, refused: 0, notFound: 0 };
    fc.assert(
      fc.property(
        matchProgramArbitrary({ ...SMALL_BUDGETED, maxRows: 7, maxMentors: 3, maxMentees: 6 }),
        draws,
        fc.constantFrom(0.25, 0.5, 0.6, 1),
        fc.boolean(),
        (base, draw, share, least) => {
          const plain = { ...withQuotas(base, { ...draw, min: null, max: null }), mentors: base.mentors };
          const outcome = checkQuotaCase(withShare(plain, share, least), keepsShare(share, least), true);
          if (outcome !== null) seen[outcome]++;
        },
      ),
      { numRuns: 300, seed: 11122026 },
    );
    expect(seen.exact, JSON.stringify(seen)).toBeGreaterThan(seen.gaps);
    expect(seen.gaps + seen.refused, JSON.stringify(seen)).toBeGreaterThan(0);
  });
});

describe('soft quotas', () => {
  it('the matching ranks first over every assignment, its total less the penalties as the last figure (total, coverage, fair)', () => {
    fc.assert(
      fc.property(
        matchProgramArbitrary({ maxRows: 7, maxMentors: 3, minMentors: 1, maxMentees: 6, maxLocks: 2 }),
        draws,
        fc.constantFrom(0.05, 0.3, 2),
        fc.constantFrom(0.05, 0.3, 2),
        fc.constantFrom(...OPTIMISED),
        (base, draw, w0, w1, objective) => {
          const hard = withQuotas(base, draw);
          const weights = [w0, w1];
          const quotas = (hard.rules?.quotas ?? []).map((q, k) => ({ ...q, soft: true, weight: weights[k]! }));
          const input = { ...hard, rules: { ...hard.rules, quotas } };
          const program = parseProgram(input);
          const table = scoreProgram(program);
          const problem = matchProblem(program, table);
          // The objective's figures, the total less the penalties in place of the total.
          const ranked = (a: ArrayLike<number>): Figures => {
            const f = figuresOf(problem, a);
            return { ...f, weightedTotal: f.weightedTotal - penalties(program, table.rows, a) };
          };
          let best: Figures | null = null;
          const assigned = new Int32Array(problem.rows).fill(-1);
          const visit = (r: number) => {
            if (r === problem.rows) {
              if (violations(problem, assigned).length > 0) return;
              const f = ranked(assigned);
              if (best === null || compareFigures(objective, f, best) > 0) best = f;
              return;
            }
            for (let j = -1; j < problem.cols; j++) {
              if (problem.locked[r]! >= 0 && j !== problem.locked[r]) continue;
              if (j >= 0 && problem.scores[r * problem.cols + j] === Number.NEGATIVE_INFINITY) continue;
              assigned[r] = j;
              visit(r + 1);
            }
            assigned[r] = -1;
          };
          visit(0);
          const result = matchProgram(input, { objective });
          const got = assignedOf(result, table);
          expect(violations(problem, got)).toEqual([]);
          const figures = ranked(got);
          expect(compareFigures(objective, figures, best!), `${showFigures(figures)} vs ${showFigures(best!)}`).toBe(0);
          expect(result.summary.exact).toBe(true);
        },
      ),
      { numRuns: 300, seed: 4122026 },
    );
  });
});

describe('quotas: validation, refusals, infeasible minimums, reasons, soft quotas', () => {
  it('each kind takes its own fields: typed quota_invalid issues with the path, and min_above_max', () => {
    const issues = refusal(() =>
      parseProgram(
        micro(
          [{ id: 'a' }],
          [{ id: 'm', capacity: 1 }],
          [
            { kind: 'perMentor', max: 1 },
            { kind: 'perMentor', attribute: 'site', max: 1, min: 0 },
            { kind: 'pairs', max: 1 },
            { kind: 'pairs', crossDepartment: true, mentee: { attribute: 'first' }, max: 1 },
            { kind: 'pairs' as const, mentee: { attribute: 'first' } },
            { kind: 'pairs' as const, mentee: { attribute: 'first' }, attribute: 'site', max: 1 },
            { kind: 'pairs' as const, mentee: { attribute: 'first' }, min: 3, max: 1, weight: 2 },
            { kind: 'pairs' as const, mentee: { attribute: 'first' }, minShare: 0.2, max: 1 },
            { kind: 'perMentor' as const, attribute: 'site', max: 1, maxShare: 0.5 },
          ],
        ),
      ),
    );
    expect(issues).toEqual([
      { code: 'quota_invalid', path: 'rules.quotas.0' },
      { code: 'quota_invalid', path: 'rules.quotas.1' },
      { code: 'quota_invalid', path: 'rules.quotas.2' },
      { code: 'quota_invalid', path: 'rules.quotas.3' },
      { code: 'quota_invalid', path: 'rules.quotas.4' },
      { code: 'quota_invalid', path: 'rules.quotas.5' },
      { code: 'quota_invalid', path: 'rules.quotas.6.weight' },
      { code: 'min_above_max', path: 'rules.quotas.6' },
      { code: 'quota_invalid', path: 'rules.quotas.7' },
      { code: 'quota_invalid', path: 'rules.quotas.8' },
    ]);
  });

  it('a hard minimum is met even when it costs more than any one pair is worth', () => {
    // x is first-time but scores lower and weighs 1; y weighs 3: without the quota, y takes m.
    const mentees = [
      { id: 'x', first: true },
      { id: 'y', priority: 3 },
    ];
    const without = matchProgram(micro(mentees, [{ id: 'm', capacity: 1 }], []));
    expect(without.matches.map((p) => p.mentee)).toEqual(['y']);
    const quota = { kind: 'pairs' as const, mentee: { attribute: 'first', equals: true }, min: 1 };
    const withMin = matchProgram(micro(mentees, [{ id: 'm', capacity: 1 }], [quota]));
    expect(withMin.matches.map((p) => p.mentee)).toEqual(['x']);
    expect(withMin.summary.exact).toBe(true);
    // Soft with a small weight: the penalty is worth paying; with a large one it is not.
    const soft = (weight: number) =>
      matchProgram(micro(mentees, [{ id: 'm', capacity: 1 }], [{ ...quota, soft: true, weight }])).matches.map(
        (p) => p.mentee,
      );
    expect(soft(0.01)).toEqual(['y']);
    expect(soft(100)).toEqual(['x']);
  });

  it('a minimum out of reach is quota_infeasible naming the quota, never relaxed; so are locks beyond a max', () => {
    const mentees = [{ id: 'x', first: true }, { id: 'y', first: true }, { id: 'z' }];
    const quota = { kind: 'pairs' as const, mentee: { attribute: 'first', equals: true }, min: 3 };
    let error: unknown;
    try {
      matchProgram(micro(mentees, [{ id: 'm', capacity: 3 }], [quota]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    const issue = (error as InvalidInputError).issues[0];
    expect(issue?.code).toBe('quota_infeasible');
    expect(issue?.path).toEqual(['rules', 'quotas', 0]);
    expect(issue?.params).toEqual({ cause: 'min', min: 3, most: 2 });
    expect(issue?.message).toBe('rules.quotas[0]: 3 pairs needed, at most 2 possible');
    let italianError: unknown;
    try {
      matchProgram(micro(mentees, [{ id: 'm', capacity: 3 }], [quota]), { locale: italian });
    } catch (e) {
      italianError = e;
    }
    expect((italianError as InvalidInputError).issues[0]?.message).toBe(
      'rules.quotas[0]: servono almeno 3 coppie, ma regole, capacità e altre quote ne consentono 2',
    );
    const locked = micro(
      mentees,
      [{ id: 'm', capacity: 3 }],
      [{ kind: 'perMentor', attribute: 'first', max: 1, count: 'requests' }],
      {
        rules: {
          lockedPairs: [
            { mentee: 'x', mentor: 'm' },
            { mentee: 'y', mentor: 'm' },
          ],
        },
      },
    );
    expect(refusal(() => matchProgram(locked))).toEqual([{ code: 'quota_infeasible', path: 'rules.quotas.0' }]);
  });

  it('configurations not solved exactly are refused with quota_unsupported and the quota path', () => {
    const people = [{ id: 'x', first: true, department: 'A' }, { id: 'y' }];
    const cap = { kind: 'perMentor' as const, attribute: 'department', max: 1 };
    const min = { kind: 'pairs' as const, mentee: { attribute: 'first', equals: true }, min: 1 };
    const unsupported = (
      quotas: Parameters<typeof micro>[2],
      extra: Record<string, unknown> = {},
      objective?: 'stable' | 'fair',
    ) =>
      refusal(() =>
        matchProgram(micro(people, [{ id: 'm', capacity: 2 }], quotas, extra), objective ? { objective } : {}),
      );
    const at = (k: number) => [{ code: 'quota_unsupported', path: `rules.quotas.${k}` }];
    expect(unsupported([cap], {}, 'stable')).toEqual(at(0));
    expect(unsupported([{ kind: 'pairs', crossDepartment: true, max: 1 }], {}, 'fair')).toEqual(at(0));
    expect(unsupported([{ kind: 'pairs', crossDepartment: true, max: 1, soft: true }])).toEqual(at(0));
    expect(unsupported([{ kind: 'pairs', mentee: { attribute: 'first' }, minShare: 0.5 }], {}, 'fair')).toEqual(at(0));
    expect(unsupported([cap, { ...cap, attribute: 'first' }])).toEqual(at(1));
    expect(unsupported([min, min])).toEqual(at(1));
    expect(unsupported([{ ...min, soft: true }], {}, 'fair')).toBeNull(); // soft quotas weigh on the last figure
    expect(unsupported([cap], { rules: { repeatMentor: true } })).toEqual(at(0));
    // Hours budgets that bind (1, 1.5 and 2 hours in 2.6): a soft quota is refused; a hard one (on
    // mentees, pairs across departments, a share) is solved with a bound (below).
    const hours = [1, 1.5, 2].map((h, k) => ({ id: `p${k}`, first: true, hours: h }));
    const budgeted = (hoursBudget: number, quota: Quotas[number] = min) =>
      refusal(() => matchProgram(micro(hours, [{ id: 'm', capacity: 3, hoursBudget }], [quota])));
    expect(budgeted(2.6, { ...min, soft: true })).toEqual(at(0));
    expect(budgeted(2.6, { kind: 'pairs', crossDepartment: true, max: 1 })).toBeNull(); // solved with a bound
    expect(budgeted(2.6, { kind: 'pairs', mentee: { attribute: 'first' }, minShare: 0.5 })).toBeNull();
    expect(budgeted(2.6)).toBeNull();
    expect(budgeted(4.5)).toBeNull();
  });

  it('while hours budgets bind: the bound of the budgets read as places, and a minimum no matching found reaches', () => {
    const min = { kind: 'pairs' as const, mentee: { attribute: 'first', equals: true }, min: 1 };
    const one = (people: Parameters<typeof micro>[0], hoursBudget: number, quotas: Quotas = [min]) =>
      matchProgram(micro(people, [{ id: 'm', capacity: 3, hoursBudget }], quotas));
    // 1 h (first), 2 h and 2 h at priority 2, in 3.5 h: read as places the budget takes two (1 + 2);
    // the relaxation's p0 and p1 fit: proven optimal.
    const fits = one(
      [
        { id: 'p0', hours: 1, first: true },
        { id: 'p1', hours: 2, priority: 2 },
        { id: 'p2', hours: 2, priority: 2 },
      ],
      3.5,
    );
    expect(fits.matches.map((m) => m.mentee)).toEqual(['p0', 'p1']);
    expect(fits.summary.exact).toBe(true);
    // 1.5 h (first), 1.5 h, and 2 h at priority 2, in 3.4 h: two places; the relaxation takes p0 (the
    // minimum) and p2 (3.5 h), which do not fit, so its bound is above the answer kept (p0 and p1).
    // The budgets' own search without the quotas, a relaxation too, proves that answer optimal:
    // without quotas the best is p0 and p1, or p2 alone, worth as much.
    const uneven = [
      { id: 'p0', hours: 1.5, first: true },
      { id: 'p1', hours: 1.5 },
      { id: 'p2', hours: 2, priority: 2 },
    ];
    const proven = one(uneven, 3.4);
    expect(proven.matches.map((m) => m.mentee)).toEqual(['p0', 'p1']);
    expect(proven.summary.exact).toBe(true);
    expect(proven.summary.gap).toBe(0);
    // Two of the set's requests (2 h each) needed in 3.5 h: read as places (1 + 2 h) the budget takes
    // two, so nothing proves the minimum impossible, and no matching found reaches it: refused,
    // naming the quota, never answered below its minimum.
    const short = [
      { id: 'p0', hours: 1 },
      { id: 'p1', hours: 2, first: true },
      { id: 'p2', hours: 2, first: true },
    ];
    const error = thrown(() => one(short, 3.5, [{ ...min, min: 2 }])) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.issues.map((i) => [i.code, i.path.join('.'), i.params?.cause])).toEqual([
      ['quota_unsupported', 'rules.quotas.0', 'hoursBudgetMinimum'],
    ]);
    expect(error.message).toContain('no matching found reaches its minimum');
  });

  it('an unmatched request blocked by a per-mentor cap gets the quota code, in both languages', () => {
    const people = [
      { id: 'a', department: 'Sales' },
      { id: 'b', department: 'Sales' },
      { id: 'c', department: 'Legal' },
    ];
    const input = micro(
      people,
      [{ id: 'm', capacity: 3 }],
      [{ kind: 'perMentor' as const, attribute: 'department', max: 1 }],
    );
    const result = matchProgram(input);
    expect(result.matches.map((p) => p.mentee)).toEqual(['a', 'c']);
    expect(result.unmatched.map((u) => [u.mentee, u.code, u.params.quota, u.mentors])).toEqual([
      ['b', 'quota', 'rules.quotas[0]', ['m']],
    ]);
    expect(result.unmatched[0]?.reason).toBe(
      "rules.quotas[0] blocked b's request on t: its mentors with room (m) have their most mentees with department Sales",
    );
    expect(matchProgram(input, { locale: italian }).unmatched[0]?.reason).toMatch(
      /^la quota rules\.quotas\[0\] ha escluso/,
    );
    // The report: each quota's count, bounds and whether the matching is at its bound.
    const report = programReport(input, result);
    expect(report.matching?.quotas).toEqual([
      {
        quota: 'rules.quotas[0]',
        kind: 'perMentor',
        count: 1,
        min: null,
        max: 1,
        share: null,
        minShare: null,
        maxShare: null,
        atBound: true,
      },
    ]);
    expect(report.matching?.unmatched.quota).toBe(1);
    expect(reportToMarkdown(report)).toContain('| rules.quotas\\[0\\] | perMentor | 1 | – | 1 | yes |');
    // A share: the part of all pairs its pairs make, its bounds as shares, and whether one more pair
    // outside it (or of its own) would break it. At most half of the pairs with Sales mentees: a and
    // c make one of two; b (Sales) would make two of three.
    const halfSales = micro(
      people,
      [{ id: 'm', capacity: 3 }],
      [{ kind: 'pairs' as const, mentee: { attribute: 'department', in: ['Sales'] }, maxShare: 0.5 }],
    );
    const shared = matchProgram(halfSales);
    expect(shared.matches.map((p) => p.mentee)).toEqual(['a', 'c']);
    const sharedReport = programReport(halfSales, shared);
    expect(sharedReport.matching?.quotas).toEqual([
      {
        quota: 'rules.quotas[0]',
        kind: 'pairs',
        count: 1,
        min: null,
        max: null,
        share: 0.5,
        minShare: null,
        maxShare: 0.5,
        atBound: true,
      },
    ]);
    expect(reportToMarkdown(sharedReport)).toContain('| rules.quotas\\[0\\] | pairs | 1 (50%) | – | 50% | yes |');
    const pairsMax = micro(
      people,
      [{ id: 'm', capacity: 3 }],
      [{ kind: 'pairs' as const, mentee: { attribute: 'department', in: ['Sales'] }, max: 1 }],
    );
    expect(matchProgram(pairsMax).unmatched.map((u) => [u.mentee, u.code])).toEqual([['b', 'quota']]);
  });
});

describe('mentormatch sample --quotas', () => {
  it('adds a department cap and a minimum that the matching keeps, exactly, in both modes', () => {
    for (const mode of ['classic', 'micro'] as const) {
      const plain = sampleProgram({ mode, mentors: 12, mentees: 30, seed: 3 });
      const input = sampleProgram({ mode, mentors: 12, mentees: 30, seed: 3, quotas: true });
      expect(input.rules?.quotas?.map((q) => q.kind)).toEqual(['perMentor', 'pairs']);
      expect(input.mentees).toEqual(plain.mentees);
      const program = parseProgram(input);
      const table = scoreProgram(program);
      const result = matchProgram(input);
      expect(result.summary.exact).toBe(true);
      expect(quotaViolations(program, table.rows, assignedOf(result, table))).toEqual([]);
      expect(input.rules?.quotas?.[1]?.min).toBeGreaterThan(0);
    }
  });

  it('from the command line: the same programme with quotas, matched by `mentormatch match`', () => {
    const args = ['sample', '--mode', 'classic', '--mentors', '12', '--mentees', '30'];
    const run = runCli([...args, '--quotas']);
    expect(run.code).toBe(0);
    const programme = JSON.parse(run.stdout) as ProgramJson;
    expect(programme.rules?.quotas?.map((q) => q.kind)).toEqual(['perMentor', 'pairs']);
    expect(programme.mentees).toEqual((JSON.parse(runCli(args).stdout) as ProgramJson).mentees);
    const matched = runCli(['match', 'p.json', '--format', 'json'], { 'p.json': run.stdout });
    expect(matched.code).toBe(0);
    expect((JSON.parse(matched.stdout) as MatchResult).summary.exact).toBe(true);
  });
});

describe('quotas under a time limit', () => {
  it('the flow checks the clock on every path: an expired limit is TIME_LIMIT, not a late answer', () => {
    const net = new FlowNetwork(3);
    net.arc(0, 2, 1, -1);
    net.arc(2, 1, 1, 0);
    // A 5 ms limit that runs out inside the call (withClock checks it on entry).
    let code: unknown;
    try {
      withClock(startClock('matchProgram', 5), () => {
        const end = performance.now() + 20;
        while (performance.now() < end);
        drain(net.solveSteps(0, 1, false, [0]));
      });
    } catch (error) {
      code = (error as { code?: unknown }).code;
    }
    expect(code).toBe('TIME_LIMIT');
    expect(net.flow(0)).toBe(0);
    drain(net.solveSteps(0, 1, false, [0]));
    expect(net.flow(0)).toBe(1);
  });
});

describe('the largest flow (FlowNetwork.maxFlowSteps, the feasibility flows of fair under quotas)', () => {
  /** The largest flow by augmenting paths found breadth first (Edmonds–Karp), on a capacity matrix. */
  function reference(n: number, arcs: readonly [number, number, number][], s: number, t: number): number {
    const c = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const [u, v, k] of arcs) c[u]![v]! += k;
    let total = 0;
    for (;;) {
      const prev = new Array<number>(n).fill(-1);
      prev[s] = s;
      const queue = [s];
      while (queue.length > 0 && prev[t] === -1) {
        const u = queue.shift()!;
        for (let v = 0; v < n; v++)
          if (prev[v] === -1 && c[u]![v]! > 0) {
            prev[v] = u;
            queue.push(v);
          }
      }
      if (prev[t] === -1) return total;
      let f = Number.POSITIVE_INFINITY;
      for (let v = t; v !== s; v = prev[v]!) f = Math.min(f, c[prev[v]!]![v]!);
      for (let v = t; v !== s; v = prev[v]!) {
        c[prev[v]!]![v]! -= f;
        c[v]![prev[v]!]! += f;
      }
      total += f;
    }
  }

  it('is the largest flow, and carries through the arcs filled first the most any flow carries there', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 8 }),
        fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.integer({ min: 0, max: 3 })), { maxLength: 24 }),
        fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
        (n, drawn, chosen) => {
          const arcs = drawn
            .map(([u, v, k]) => [u % n, v % n, k] as [number, number, number])
            .filter(([u, v]) => u !== v);
          const net = new FlowNetwork(n);
          const ids = arcs.map(([u, v, k]) => net.arc(u, v, k, 0));
          // Some arcs out of the source (node 0) filled first.
          const first = ids.filter((_, k) => arcs[k]![0] === 0 && chosen[k]);
          const value = drain(net.maxFlowSteps(0, 1, first));
          expect(value).toBe(reference(n, arcs, 0, 1));
          // Conservation and capacities.
          const net2 = new Array<number>(n).fill(0);
          ids.forEach((a, k) => {
            const [u, v, cap] = arcs[k]!;
            expect(net.flow(a)).toBeGreaterThanOrEqual(0);
            expect(net.flow(a)).toBeLessThanOrEqual(cap);
            net2[u]! -= net.flow(a);
            net2[v]! += net.flow(a);
          });
          for (let v = 2; v < n; v++) expect(net2[v]).toBe(0);
          expect(net2[1]).toBe(value);
          // Through `first`: the most a flow from the source can carry using those arcs alone.
          const only = arcs.filter(([u], k) => u !== 0 || first.includes(ids[k]!));
          const through = first.reduce((sum, a) => sum + net.flow(a), 0);
          expect(through).toBe(reference(n, only, 0, 1));
        },
      ),
      { numRuns: 500, seed: 7122026 },
    );
  });
});
