/**
 * Hard quotas around the matching: every unmatched reason that names a quota is true of the
 * returned matching (one more pair with each mentor it names would break that quota), a row that
 * some mentor with room could take within every hard quota is never blamed on one (its reason is
 * the objective's, and under `total`, when the result is proven optimal, the pair would indeed not
 * raise it), the greedy baseline keeps every hard cap, maximum and share, and no blocking pair is
 * reported whose exchange would break a hard quota. Quotas are read here from the programme with
 * their definitions (`count: "mentees"` counts a mentee once per mentor), not from src/match/.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  type MatchResult,
  matchProgram,
  type Program,
  parseProgram,
  type ScoreTable,
  scoreProgram,
} from '../src/index.js';
import { it as italian } from '../src/locales/it.js';
import { blockingPairsOf } from '../src/match/blocking.js';
import { greedyMatching } from '../src/match/greedy.js';
import { prepare } from '../src/match/prepare.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import type { Quota } from '../src/model/program.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { figuresOf, HOURS_SLACK, matchProblem, violations } from './helpers/matchBruteForce.js';
import { assignedOf } from './helpers/matchChecks.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

type QuotaJson = NonNullable<NonNullable<ProgramJson['rules']>['quotas']>[number];

/** A mentee's value of an attribute (`department` or a free one). */
function valueIn(program: Program, e: number, attribute: string): unknown {
  const mentee = program.mentees[e]!;
  return attribute === 'department' ? mentee.department : mentee.attributes[attribute];
}

/** Whether a `pairs` quota counts mentee `e` with mentor `j` (the conditions the tests draw). */
function counted(program: Program, q: Quota, e: number, j: number): boolean {
  if (q.crossDepartment === true) {
    const a = program.mentees[e]!.department;
    const b = program.mentors[j]!.department;
    return a !== undefined && b !== undefined && a !== b;
  }
  const c = q.mentee!;
  const v = valueIn(program, e, c.attribute);
  return (
    v !== undefined && (c.equals === undefined || v === c.equals) && (c.in === undefined || c.in.includes(v as never))
  );
}

/**
 * Whether quota `k` (hard) holds on `assigned`; `least`: its minimum too (a `min` count, a
 * `minShare`), else only its caps and maxima.
 */
function holds(program: Program, table: ScoreTable, assigned: ArrayLike<number>, k: number, least = true): boolean {
  const q = program.rules.quotas[k]!;
  if (q.kind === 'perMentor') {
    // Per mentor and value: the mentees (count "mentees": each once) or the requests.
    const seen = new Map<string, Set<string>>();
    table.rows.forEach((row, r) => {
      const j = assigned[r]!;
      const v = valueIn(program, row.mentee, q.attribute!);
      if (j < 0 || v === undefined) return;
      const key = `${j}/${JSON.stringify(v)}`;
      const set = seen.get(key) ?? new Set<string>();
      set.add((q.count ?? 'mentees') === 'mentees' ? row.menteeId : `${r}`);
      seen.set(key, set);
    });
    return [...seen.values()].every((s) => s.size <= q.max!);
  }
  let n = 0;
  let all = 0;
  table.rows.forEach((row, r) => {
    const j = assigned[r]!;
    if (j < 0) return;
    all++;
    if (counted(program, q, row.mentee, j)) n++;
  });
  const tol = 1e-9 * Math.max(1, all);
  if (q.maxShare !== undefined && n - q.maxShare * all > tol) return false;
  if (q.max !== undefined && n > q.max) return false;
  if (!least) return true;
  if (q.minShare !== undefined && n - q.minShare * all < -tol) return false;
  return n >= (q.min ?? 0);
}

/** The hard quotas' indices. */
function hardOf(program: Program): number[] {
  return program.rules.quotas.flatMap((q, k) => (q.soft === true ? [] : [k]));
}

/** The penalty the soft quotas charge `assigned` (weight per pair beyond a bound). */
function penalty(program: Program, table: ScoreTable, assigned: ArrayLike<number>): number {
  let paid = 0;
  program.rules.quotas.forEach((q) => {
    if (q.soft !== true) return;
    const w = q.weight ?? 1;
    if (q.kind === 'perMentor') {
      const seen = new Map<string, number>();
      table.rows.forEach((row, r) => {
        const v = valueIn(program, row.mentee, q.attribute!);
        if (assigned[r]! < 0 || v === undefined) return;
        const key = `${assigned[r]}/${JSON.stringify(v)}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      });
      for (const n of seen.values()) paid += w * Math.max(0, n - q.max!);
      return;
    }
    let n = 0;
    table.rows.forEach((row, r) => {
      if (assigned[r]! >= 0 && counted(program, q, row.mentee, assigned[r]!)) n++;
    });
    paid += w * (Math.max(0, (q.min ?? 0) - n) + Math.max(0, n - (q.max ?? Number.POSITIVE_INFINITY)));
  });
  return paid;
}

/**
 * The mentors that could take row `r` as `assigned` stands: allowed, a place and the hours left,
 * not already the mentor of another request of the mentee (micro, without `repeatMentor`).
 */
function openFor(program: Program, table: ScoreTable, assigned: ArrayLike<number>, r: number): number[] {
  const problem = matchProblem(program, table);
  const out: number[] = [];
  for (let j = 0; j < problem.cols; j++) {
    if (problem.scores[r * problem.cols + j] === Number.NEGATIVE_INFINITY) continue;
    let load = 0;
    let hours = 0;
    let mate = false;
    for (let q = 0; q < problem.rows; q++) {
      if (assigned[q] !== j) continue;
      load++;
      hours += problem.hours[q]!;
      if (problem.group[q] === problem.group[r]) mate = true;
    }
    if (mate || load >= problem.capacity[j]! || hours + problem.hours[r]! > problem.budget[j]! + HOURS_SLACK) continue;
    out.push(j);
  }
  return out;
}

/** `assigned` with row `r` given mentor `j` (and the rows of `drop` let go). */
function moved(assigned: ArrayLike<number>, r: number, j: number, drop: readonly number[] = []): Int32Array {
  const next = Int32Array.from(assigned);
  next[r] = j;
  for (const w of drop) next[w] = -1;
  return next;
}

/** Quotas drawn on top of a programme: a per-mentor cap and a pairs quota of any kind, hard or soft. */
const draws = fc.record({
  depts: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
  mentorDepts: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
  first: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  cap: fc.option(
    fc.record({
      max: fc.integer({ min: 0, max: 2 }),
      count: fc.constantFrom('mentees' as const, 'requests' as const, undefined),
      attribute: fc.constantFrom('department', 'first'),
      soft: fc.boolean(),
    }),
    { nil: null },
  ),
  pairs: fc.option(
    fc.record({
      cross: fc.boolean(),
      min: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      max: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      share: fc.option(fc.constantFrom(0.25, 0.5, 0.6, 1), { nil: undefined }),
      least: fc.boolean(),
      soft: fc.boolean(),
    }),
    { nil: null },
  ),
  capFirst: fc.boolean(),
  /** Whether the mentors keep their hours budgets (hard quotas on mentees are solved while they bind). */
  budgets: fc.boolean(),
});

type Draw = typeof draws extends fc.Arbitrary<infer T> ? T : never;

/** The programme with departments, a `first` attribute, the drawn quotas, and hours budgets or none. */
function withQuotas(input: ProgramJson, draw: Draw): ProgramJson | null {
  const depts = ['A', 'B', 'C'];
  const mentees = input.mentees.map((e, k) => ({
    ...e,
    department: depts[draw.depts[k % 8]!]!,
    attributes: { ...(e.attributes ?? {}), first: draw.first[k % 8]! },
  }));
  const mentors = input.mentors.map(({ hoursBudget, ...m }, k) => ({
    ...m,
    ...(draw.budgets && hoursBudget !== undefined ? { hoursBudget } : {}),
    department: depts[draw.mentorDepts[k % 4]!]!,
  }));
  const quotas: QuotaJson[] = [];
  const { cap, pairs } = draw;
  if (cap !== null)
    quotas.push({
      kind: 'perMentor',
      attribute: cap.attribute,
      max: cap.max,
      ...(cap.count === undefined ? {} : { count: cap.count }),
      ...(cap.soft ? { soft: true } : {}),
    });
  if (pairs !== null) {
    const condition = pairs.cross ? { crossDepartment: true } : { mentee: { attribute: 'first', equals: true } };
    const bounds =
      pairs.share !== undefined
        ? pairs.least
          ? { minShare: pairs.share }
          : { maxShare: pairs.share }
        : {
            ...(pairs.min === undefined ? {} : { min: pairs.min }),
            ...(pairs.max === undefined ? {} : { max: Math.max(pairs.max, pairs.min ?? 0) }),
          };
    if (Object.keys(bounds).length === 0) return null;
    // Soft: on a mentee condition only (soft shares and counts across departments are refused).
    const soft = pairs.soft && !pairs.cross && pairs.share === undefined;
    quotas.push({ kind: 'pairs', ...condition, ...bounds, ...(soft ? { soft: true } : {}) } as QuotaJson);
  }
  if (quotas.length === 0) return null;
  if (!draw.capFirst) quotas.reverse();
  return {
    ...input,
    mentees,
    mentors,
    rules: { ...(input.rules ?? {}), sameDepartment: 'allowed', quotas },
  };
}

/** The row of a unit in `table`. */
function rowOf(table: ScoreTable, mentee: string, topic: string | undefined): number {
  return table.rows.findIndex((row) => row.menteeId === mentee && row.topic === topic);
}

/** The mentor ids a `names.*` message names. */
function namesIn(message: unknown): string[] {
  const names = (message as { params: { names: unknown[] } }).params.names;
  return names.filter((n): n is string => typeof n === 'string');
}

const QUOTA_PATH = /^rules\.quotas\[(\d+)\]$/;

/** Every reason of `result` that a quota is about, checked against the definitions; counts by code. */
function checkReasons(program: Program, table: ScoreTable, result: MatchResult, stats: Record<string, number>): void {
  const assigned = assignedOf(result, table);
  const hard = hardOf(program);
  const cols = table.mentorIds.length;
  for (const k of hard) expect(holds(program, table, assigned, k), `the matching breaks quota ${k}`).toBe(true);
  // Whether quota k (hard) fails once row r takes mentor j.
  const breaksWith = (r: number, j: number, k: number) => !holds(program, table, moved(assigned, r, j), k);
  const blockedBy = (r: number, j: number) => hard.filter((k) => breaksWith(r, j, k));
  for (const u of result.unmatched) {
    const r = rowOf(table, u.mentee, u.topic);
    const open = openFor(program, table, assigned, r);
    const ids = (list: readonly number[]) => list.map((j) => table.mentorIds[j]!);
    const mentorOf = (id: string) => table.mentorIds.indexOf(id);
    stats[u.code] = (stats[u.code] ?? 0) + 1;
    if (u.code === 'quota') {
      const k = Number(QUOTA_PATH.exec(String(u.params.quota))?.[1]);
      expect(hard).toContain(k);
      // Every mentor with room is listed, and one more pair with it would break a named quota.
      expect([...u.mentors].sort()).toEqual(ids(open).sort());
      const also = u.params.also as { params: { quota: string; mentors: unknown } } | undefined;
      const k2 = also === undefined ? -1 : Number(QUOTA_PATH.exec(also.params.quota)?.[1]);
      for (const id of namesIn(u.params.mentors)) expect(breaksWith(r, mentorOf(id), k), `${id} under ${k}`).toBe(true);
      if (also !== undefined) {
        stats.also = (stats.also ?? 0) + 1;
        expect(hard).toContain(k2);
        for (const id of namesIn(also.params.mentors)) expect(breaksWith(r, mentorOf(id), k2)).toBe(true);
      }
      for (const j of open)
        expect(blockedBy(r, j).length, `${table.mentorIds[j]} blocked by no quota`).toBeGreaterThan(0);
      if (u.params.share !== undefined) {
        stats.share = (stats.share ?? 0) + 1;
        const q = program.rules.quotas[k]!;
        expect(u.params.share).toBe(q.minShare === undefined ? 'max' : 'min');
      }
    } else {
      // A row that every mentor with room would take beyond a hard quota is the quota's.
      expect(
        open.length > 0 && open.every((j) => blockedBy(r, j).length > 0),
        `${u.mentee}/${u.topic} (${u.code}) is blocked by quotas`,
      ).toBe(false);
    }
    if (u.code !== 'objective') continue;
    // The objective's choice: the mentors named had room, and no hard quota stood in the way.
    expect(u.mentors.length).toBeGreaterThan(0);
    for (const id of u.mentors) {
      const j = mentorOf(id);
      expect(open).toContain(j);
      expect(blockedBy(r, j), `${id} is blocked by a quota but named under objective`).toEqual([]);
      if (!result.summary.exact) continue;
      // Proven optimal: the pair would not raise the objective.
      expect(result.objective).toBe('total');
      const next = moved(assigned, r, j);
      const gain =
        (table.rows[r]!.priority ?? 1) * table.scores.data[r * cols + j]! -
        (penalty(program, table, next) - penalty(program, table, assigned));
      expect(gain).toBeLessThanOrEqual(1e-9);
    }
  }
}

/**
 * Whether mentor `j` can take row `r` (leaving its own mentor) within every hard quota that holds
 * on `assigned`: with a place and the hours, or in place of one of its rows not locked (a row of the
 * same mentee when it holds one).
 */
function exchangeKeeps(
  program: Program,
  table: ScoreTable,
  locked: ArrayLike<number>,
  assigned: Int32Array,
  r: number,
  j: number,
): boolean {
  const problem = matchProblem(program, table);
  const hard = hardOf(program).filter((k) => holds(program, table, assigned, k));
  const keeps = (drop: number[]) => hard.every((k) => holds(program, table, moved(assigned, r, j, drop), k));
  const held = table.rows.flatMap((_, q) => (assigned[q] === j && locked[q] !== j ? [q] : []));
  const mate = held.find((q) => problem.group[q] === problem.group[r]);
  if (mate !== undefined) return keeps([mate]);
  const load = table.rows.filter((_, q) => assigned[q] === j).length;
  if (load < problem.capacity[j]! && keeps([])) return true;
  return held.some((w) => keeps([w]));
}

const programs = matchProgramArbitrary({ maxRows: 7, maxMentors: 3, minMentors: 1, maxMentees: 6, maxLocks: 2 });

describe('quota reasons', () => {
  it('name a quota only where one more pair with each mentor named would break it, and every such row names one', () => {
    const stats: Record<string, number> = {};
    fc.assert(
      fc.property(programs, draws, fc.constantFrom('total', 'coverage', 'fair'), (base, draw, objective) => {
        const input = withQuotas(base, draw);
        if (input === null) return;
        // Across departments and shares are solved under total only.
        const quotas = input.rules?.quotas ?? [];
        const onlyTotal = quotas.some((q) => q.crossDepartment === true || (q.minShare ?? q.maxShare) !== undefined);
        let result: MatchResult;
        try {
          result = matchProgram(input, { objective: onlyTotal ? 'total' : objective });
        } catch (error) {
          if (!(error instanceof InvalidInputError)) throw error;
          stats.refused = (stats.refused ?? 0) + 1;
          return;
        }
        const program = parseProgram(input);
        checkReasons(program, scoreProgram(program), result, stats);
      }),
      { numRuns: 600, seed: 4122026 },
    );
    // The draws reach every case: quota reasons, shares, the objective's choice, binding budgets.
    expect(stats.quota).toBeGreaterThan(50);
    expect(stats.share).toBeGreaterThan(5);
    expect(stats.objective).toBeGreaterThan(5);
    expect(stats.hoursBudget).toBeGreaterThan(5);
  });

  it('the greedy baseline keeps every hard cap, maximum and share, and no blocking pair breaks a hard quota', () => {
    const stats = { runs: 0, blocking: 0, greedyBlocking: 0 };
    fc.assert(
      fc.property(programs, draws, (base, draw) => {
        const input = withQuotas(base, draw);
        if (input === null) return;
        let result: MatchResult;
        try {
          result = matchProgram(input, { objective: 'total' });
        } catch (error) {
          if (!(error instanceof InvalidInputError)) throw error;
          return;
        }
        stats.runs++;
        // The programme as matchProgram solves it (people in id order), and its baseline.
        const program = canonicalProgram(parseProgram(input));
        const table = scoreTable(program, true);
        const prepared = prepare(program, table);
        const greedy = greedyMatching(prepared);
        const problem = matchProblem(program, table);
        expect(violations(problem, greedy)).toEqual([]);
        expect(figuresOf(problem, greedy).matched).toBe(result.summary.greedy.matched);
        const locksOnly = Int32Array.from(prepared.locked);
        for (const k of hardOf(program)) {
          // Caps and maxima always (the locked pairs keep them); a share whenever the locked pairs
          // alone keep it (each pair added kept it); a minimum count is not sought.
          const q = program.rules.quotas[k]!;
          if ((q.minShare ?? q.maxShare) === undefined)
            expect(holds(program, table, greedy, k, false), `greedy breaks quota ${k}`).toBe(true);
          else if (holds(program, table, locksOnly, k)) expect(holds(program, table, greedy, k)).toBe(true);
        }
        const assigned = assignedOf(result, table);
        for (const [r, j] of blockingPairsOf(prepared, assigned)) {
          stats.blocking++;
          expect(exchangeKeeps(program, table, prepared.locked, assigned, r, j), `blocking pair ${r}/${j}`).toBe(true);
        }
        for (const [r, j] of blockingPairsOf(prepared, greedy)) {
          stats.greedyBlocking++;
          expect(exchangeKeeps(program, table, prepared.locked, greedy, r, j)).toBe(true);
        }
      }),
      { numRuns: 400, seed: 5122027 },
    );
    expect(stats.runs).toBeGreaterThan(100);
    expect(stats.blocking + stats.greedyBlocking).toBeGreaterThan(20);
  });

  it('a hard quota that never binds changes neither the baseline nor the blocking pairs', () => {
    fc.assert(
      fc.property(programs, fc.constantFrom('department', 'site'), (base, attribute) => {
        const plain = { ...base, mentors: base.mentors.map(({ hoursBudget: _, ...m }) => m) };
        const loose = {
          ...plain,
          rules: { ...(plain.rules ?? {}), quotas: [{ kind: 'perMentor' as const, attribute, max: 99 }] },
        };
        const setUp = (input: ProgramJson) => {
          const program = canonicalProgram(parseProgram(input));
          return prepare(program, scoreTable(program, true));
        };
        let without: ReturnType<typeof setUp>;
        try {
          without = setUp(plain);
        } catch (error) {
          if (error instanceof InvalidInputError) return;
          throw error;
        }
        const within = setUp(loose);
        const greedy = greedyMatching(without);
        expect(greedyMatching(within)).toEqual(greedy);
        expect(blockingPairsOf(within, greedy)).toEqual(blockingPairsOf(without, greedy));
        const result = matchProgram(plain, { objective: 'total' });
        const assigned = assignedOf(result, without.table);
        expect(blockingPairsOf(within, assigned)).toEqual(blockingPairsOf(without, assigned));
      }),
      { numRuns: 200, seed: 6122027 },
    );
  });
});

type Quotas = QuotaJson[];

/** A micro programme on one topic `t`: mentees with one request each (or `requests` on t and u). */
function micro(
  mentees: { id: string; department?: string; first?: boolean; topics?: string[] }[],
  mentors: { id: string; capacity: number; department?: string; level?: number }[],
  quotas: Quotas,
  lockedPairs: { mentee: string; mentor: string; topic: string }[] = [],
) {
  return {
    mode: 'micro' as const,
    topics: [{ id: 't' }, { id: 'u' }],
    mentors: mentors.map((m) => ({
      id: m.id,
      capacity: m.capacity,
      ...(m.department === undefined ? {} : { department: m.department }),
      skills: [
        { topic: 't', level: m.level ?? 4 },
        { topic: 'u', level: m.level ?? 4 },
      ],
    })),
    mentees: mentees.map((e) => ({
      id: e.id,
      ...(e.department === undefined ? {} : { department: e.department }),
      attributes: { first: e.first ?? false },
      requests: (e.topics ?? ['t']).map((topic) => ({ topic, level: 1 })),
    })),
    rules: { sameDepartment: 'allowed' as const, quotas, lockedPairs },
  };
}

/** The unmatched entries as [mentee, code, English reason]. */
function reasons(result: MatchResult): [string, string, string][] {
  return result.unmatched.map((u) => [u.mentee, u.code, u.reason]);
}

describe('quota reasons: hand-written cases', () => {
  const people = [
    { id: 'a', department: 'S', first: true },
    { id: 'b', department: 'S', first: true },
    { id: 'c', department: 'L' },
    { id: 'd', department: 'L' },
  ];
  const first = { attribute: 'first', equals: true };

  it('a maximum share reached: one more of its pairs would pass it', () => {
    const result = matchProgram(
      micro(people, [{ id: 'm', capacity: 4 }], [{ kind: 'pairs', mentee: first, maxShare: 0.25 }]),
    );
    // c and d, then a would make 1 of 3 (over a quarter): a and b are left to the quota.
    expect(result.matches.map((p) => p.mentee)).toEqual(['c', 'd']);
    expect(reasons(result)).toEqual([
      [
        'a',
        'quota',
        "rules.quotas[0] blocked a's request on t: one more of its pairs would take its share above the maximum",
      ],
      [
        'b',
        'quota',
        "rules.quotas[0] blocked b's request on t: one more of its pairs would take its share above the maximum",
      ],
    ]);
    expect(result.unmatched[0]?.params.share).toBe('max');
  });

  it('a minimum share reached: a pair outside it would take the share below it', () => {
    const input = micro(people, [{ id: 'm', capacity: 4 }], [{ kind: 'pairs', mentee: first, minShare: 0.75 }]);
    const result = matchProgram(input);
    expect(result.matches.map((p) => p.mentee)).toEqual(['a', 'b']);
    expect(reasons(result)[0]).toEqual([
      'c',
      'quota',
      "rules.quotas[0] blocked c's request on t: one more pair outside it would take its share below the minimum",
    ]);
    expect(matchProgram(input, { locale: italian }).unmatched[0]?.reason).toBe(
      "la quota rules.quotas[0] ha escluso la richiesta di c su t: un'altra coppia non conteggiata dalla quota farebbe scendere la percentuale sotto il minimo",
    );
  });

  it('a minimum count blocks no one: the rows it displaced are the full mentors', () => {
    // One place; the minimum puts the lower-scoring first-timer a in it, and c's reason is the full mentor.
    const input = micro(
      [{ id: 'a', first: true }, { id: 'c' }],
      [{ id: 'm', capacity: 1 }],
      [{ kind: 'pairs', mentee: first, min: 1 }],
    );
    const result = matchProgram(input);
    expect(result.matches.map((p) => p.mentee)).toEqual(['a']);
    expect(result.unmatched.map((u) => [u.mentee, u.code, u.placesTakenBy])).toEqual([['c', 'mentorsFull', ['a']]]);
  });

  it('two quotas blocking the mentors between them: the first names its own, `also` the rest', () => {
    // Locked: b with m (the one pair across departments allowed), a and f with n (n's two S mentees).
    const input = micro(
      [
        { id: 'a', department: 'S' },
        { id: 'b', department: 'S' },
        { id: 'c', department: 'L' },
        { id: 'e', department: 'S' },
        { id: 'f', department: 'S' },
      ],
      [
        { id: 'm', capacity: 4, department: 'L' },
        { id: 'n', capacity: 4, department: 'S', level: 5 },
      ],
      [
        { kind: 'perMentor', attribute: 'department', max: 2 },
        { kind: 'pairs', crossDepartment: true, max: 1 },
      ],
      [
        { mentee: 'b', mentor: 'm', topic: 't' },
        { mentee: 'a', mentor: 'n', topic: 't' },
        { mentee: 'f', mentor: 'n', topic: 't' },
      ],
    );
    const result = matchProgram(input);
    expect(result.summary.exact).toBe(true);
    expect(reasons(result)).toEqual([
      [
        'e',
        'quota',
        "rules.quotas[0] blocked e's request on t: its mentors with room (n) have their most mentees with department S; rules.quotas[1] blocks m",
      ],
    ]);
    expect(result.unmatched[0]?.mentors).toEqual(['n', 'm']);
    expect(matchProgram(input, { locale: italian }).unmatched[0]?.reason).toMatch(
      /; la quota rules\.quotas\[1\] esclude m$/,
    );
    // Neither e with m nor e with n is a blocking pair: each would break a quota.
    expect(result.summary.blocking).toEqual([]);
  });

  it('count "mentees" counts a mentee once per mentor, as the flow does (micro: distinct mentors per mentee)', () => {
    // a and b each ask on t and u; m takes at most one S mentee: one request of a, and b's go to n.
    const input = micro(
      [
        { id: 'a', department: 'S', topics: ['t', 'u'] },
        { id: 'b', department: 'S', topics: ['t', 'u'] },
      ],
      [
        { id: 'm', capacity: 4, level: 5 },
        { id: 'n', capacity: 4 },
      ],
      [{ kind: 'perMentor', attribute: 'department', max: 1, count: 'mentees' }],
    );
    const result = matchProgram(input);
    const program = parseProgram(input);
    const table = scoreProgram(program);
    const assigned = assignedOf(result, table);
    expect(holds(program, table, assigned, 0)).toBe(true);
    expect(result.matches).toHaveLength(2);
    // Each unmatched request: both mentors hold an S mentee, and the other request holds one of them.
    for (const u of result.unmatched) expect([u.code, u.params.quota]).toEqual(['quota', 'rules.quotas[0]']);
    // With rules.repeatMentor one mentee's requests could share a mentor: counting mentees is refused.
    const repeat = { ...input, rules: { ...input.rules, repeatMentor: true } };
    expect(() => matchProgram(repeat)).toThrow(/not solved exactly/);
  });

  it('the greedy baseline keeps a cap that first come, first served would pass', () => {
    const input = micro(people, [{ id: 'm', capacity: 4 }], [{ kind: 'perMentor', attribute: 'department', max: 1 }]);
    const result = matchProgram(input);
    // Without the cap all four would come first and be served; with it one of each department.
    expect(result.summary.greedy.matched).toBe(2);
    expect(matchProgram({ ...input, rules: { ...input.rules, quotas: [] } }).summary.greedy.matched).toBe(4);
  });
});
