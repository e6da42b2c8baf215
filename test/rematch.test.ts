/**
 * `rematch`: worked cases, bad input, and properties on fast-check programmes of both modes with
 * random changes (leavers, newcomers cloned from existing profiles, capacities down to 0, new
 * exclusions), after a `matchProgram` result of each objective (fixed seed):
 *
 * - no valid pair lost: each previous pair is kept, or removed with the right reason: its mentee
 *   or mentor left, a new exclusion, a hard rule of the programme after the changes, or a capacity
 *   cut, and then the mentor's kept pairs fill its new capacity (or hours), each scoring at least
 *   as much as the one removed;
 * - the changes add up: kept + added = the pairs of the result; kept + removed = the previous pairs;
 * - optimal: the result reaches the objective's optimum (request priorities counted) of the
 *   programme after the changes with the kept pairs locked, by exhaustive search
 *   (test/helpers/matchBruteForce.ts) on small programmes, where it must also say `exact`, and by
 *   HiGHS (scipy, test/helpers/match_oracle.py) on larger ones (skipped with a notice without
 *   scipy); its bound is never below the optimum of its `boundOn` (test/helpers/matchContract.ts);
 * - deterministic; inputs never modified.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Objective as AnyObjective,
  InvalidInputError,
  type MatchResult,
  matchProgram,
  type ProgramChanges,
  parseProgram,
  type RematchResult,
  rematch,
  scoreProgram,
} from '../src/index.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import {
  BRUTE_FORCE_MAX_COLS,
  BRUTE_FORCE_MAX_ROWS,
  bruteForceMatch,
  type Figures,
  figuresOf,
  type MatchProblem,
  matchProblem,
  OPTIMISED,
  type OptimisedObjective,
} from './helpers/matchBruteForce.js';
import { assignedOf } from './helpers/matchChecks.js';
import { optimumProblems, oracleOptimum } from './helpers/matchContract.js';
import { matchOracleStatus, solveMatchOracle } from './helpers/matchOracle.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

console.info(`fast-check seed for rematch properties: ${FC_SEED}`);

/** The objectives with an optimum to check (`stable` is checked in its own suite). */
const OBJECTIVES: readonly OptimisedObjective[] = OPTIMISED;

/** Raw draws that become changes for a given programme. */
const draws = fc.record({
  leaveMentees: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  leaveMentors: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  capacities: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), { minLength: 8, maxLength: 8 }),
  exclusions: fc.array(fc.record({ e: fc.nat(), m: fc.nat() }), { maxLength: 3 }),
  newMentees: fc.array(fc.nat(), { maxLength: 2 }),
  newMentors: fc.array(fc.nat(), { maxLength: 1 }),
  objective: fc.constantFrom(...OBJECTIVES),
});
type Draws = typeof draws extends fc.Arbitrary<infer T> ? T : never;

/** The changes the draws describe, valid for `input`. */
function changesOf(input: ProgramJson, d: Draws): ProgramChanges {
  const mentees = input.mentees.filter((_, k) => d.leaveMentees[k % 8] === true).map((m) => m.id);
  const mentors = input.mentors.filter((_, k) => d.leaveMentors[k % 8] === true).map((m) => m.id);
  const stayingMentors = input.mentors.filter((m) => !mentors.includes(m.id));
  const stayingMentees = input.mentees.filter((m) => !mentees.includes(m.id));
  const keep = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => !mentors.includes(id));
  const addMentees = d.newMentees.flatMap((n, k) => {
    const model = input.mentees[n % Math.max(1, input.mentees.length)];
    return model === undefined
      ? []
      : [{ ...model, id: `new-e${k}`, preferences: keep(model.preferences), exclude: keep(model.exclude) }];
  });
  const addMentors = d.newMentors.flatMap((n, k) => {
    const model = input.mentors[n % Math.max(1, input.mentors.length)];
    return model === undefined ? [] : [{ ...model, id: `new-m${k}` }];
  });
  const capacities = stayingMentors.flatMap((m, k) => {
    const c = d.capacities[k % 8];
    return c === undefined ? [] : [{ mentor: m.id, capacity: c }];
  });
  const exclusions =
    stayingMentees.length === 0 || stayingMentors.length === 0
      ? []
      : d.exclusions
          .map(({ e, m }) => ({
            mentee: (stayingMentees[e % stayingMentees.length] as { id: string }).id,
            mentor: (stayingMentors[m % stayingMentors.length] as { id: string }).id,
          }))
          // Excluding oneself is an input error (the same person in both roles).
          .filter((x) => x.mentee !== x.mentor);
  const unique = [...new Map(exclusions.map((x) => [`${x.mentee}/${x.mentor}`, x])).values()];
  return { removeMentees: mentees, removeMentors: mentors, addMentees, addMentors, capacities, exclusions: unique };
}

const rowKey = (p: { mentee: string; topic?: string | undefined }) => `${p.mentee}/${p.topic ?? ''}`;

/** The programme after the changes with the result's kept pairs locked, as the tests build it. */
function reducedOf(input: ProgramJson, previous: MatchResult, changes: ProgramChanges, result: RematchResult) {
  const goneMentees = new Set(changes.removeMentees ?? []);
  const gone = new Set(changes.removeMentors ?? []);
  const excluded = new Set((changes.exclusions ?? []).map((x) => `${x.mentee}/${x.mentor}`));
  const capacity = new Map((changes.capacities ?? []).map((c) => [c.mentor, c.capacity]));
  const now = new Map(result.matches.map((m) => [rowKey(m), m.mentor]));
  const kept = previous.matches.filter((m) => now.get(rowKey(m)) === m.mentor);
  const locks = (input.rules?.lockedPairs ?? []).filter(
    (p) =>
      !goneMentees.has(p.mentee) &&
      !gone.has(p.mentor) &&
      !excluded.has(`${p.mentee}/${p.mentor}`) &&
      // A capacity cut below a mentor's locks drops some (checked as capacityReduced below).
      now.get(rowKey(p)) === p.mentor,
  );
  const lockKeys = new Set(locks.map(rowKey));
  const after: ProgramJson = {
    ...input,
    mentees: [
      ...input.mentees.filter((m) => !goneMentees.has(m.id)),
      ...((changes.addMentees ?? []) as ProgramJson['mentees']),
    ].map((m) => ({
      ...m,
      preferences: (m.preferences ?? []).filter((id) => !gone.has(id)),
      exclude: [
        ...new Set([
          ...(m.exclude ?? []).filter((id) => !gone.has(id)),
          ...(changes.exclusions ?? []).filter((x) => x.mentee === m.id).map((x) => x.mentor),
        ]),
      ],
    })),
    mentors: [
      ...input.mentors.filter((m) => !gone.has(m.id)),
      ...((changes.addMentors ?? []) as ProgramJson['mentors']),
    ].map((m) => (capacity.has(m.id) ? { ...m, capacity: capacity.get(m.id) } : m)),
    rules: {
      ...input.rules,
      forbiddenPairs: (input.rules?.forbiddenPairs ?? []).filter(
        (p) => !goneMentees.has(p.mentee) && !gone.has(p.mentor),
      ),
      lockedPairs: [
        ...locks,
        ...kept
          .filter((m) => !lockKeys.has(rowKey(m)))
          .map((m) => ({ mentee: m.mentee, mentor: m.mentor, ...(m.topic === undefined ? {} : { topic: m.topic }) })),
      ],
    },
  };
  const program = parseProgram(after);
  const table = scoreProgram(program);
  return { program, table, problem: matchProblem(program, table), kept, lockKeys };
}

/** Checks everything but optimality; returns the reduced problem and the result's figures. */
function checkRematch(input: ProgramJson, d: Draws): { problem: MatchProblem; ours: Figures; result: RematchResult } {
  const previous = matchProgram(input, { objective: d.objective });
  const changes = changesOf(input, d);
  const text = JSON.stringify([input, previous, changes]);
  const result = rematch(input, previous, changes, { objective: d.objective });
  expect(JSON.stringify([input, previous, changes])).toBe(text);
  expect(JSON.stringify(rematch(input, previous, changes, { objective: d.objective }))).toBe(JSON.stringify(result));
  const { table, problem, kept, lockKeys } = reducedOf(input, previous, changes, result);
  // The changes add up.
  expect(result.changes.kept).toBe(kept.length);
  expect(result.changes.kept + result.changes.added.length).toBe(result.matches.length);
  expect(result.changes.kept + result.changes.removed.length).toBe(previous.matches.length);
  // Each removal has its true reason.
  const cols = table.mentorIds.length;
  const scoreOf = (m: { mentee: string; mentor: string; topic?: string }) => {
    const r = table.rows.findIndex((row) => row.menteeId === m.mentee && row.topic === m.topic);
    return table.scores.data[r * cols + table.mentorIds.indexOf(m.mentor)] as number;
  };
  for (const p of result.changes.removed) {
    const expected = (changes.removeMentees ?? []).includes(p.mentee)
      ? 'menteeLeft'
      : (changes.removeMentors ?? []).includes(p.mentor)
        ? 'mentorLeft'
        : (changes.exclusions ?? []).some((x) => x.mentee === p.mentee && x.mentor === p.mentor)
          ? 'excluded'
          : null;
    if (expected !== null) {
      expect(p.code).toBe(expected);
      continue;
    }
    if (p.code === 'noLongerAllowed') {
      const r = table.rows.findIndex((row) => row.menteeId === p.mentee && row.topic === p.topic);
      const lockedElsewhere =
        problem.locked[r] !== table.mentorIds.indexOf(p.mentor) && (problem.locked[r] as number) >= 0;
      // Allowed pairs are only "no longer allowed" when the request is locked to another mentor.
      if (!lockedElsewhere) expect(scoreOf(p)).toBe(Number.NEGATIVE_INFINITY);
      continue;
    }
    expect(p.code).toBe('capacityReduced');
    const j = table.mentorIds.indexOf(p.mentor);
    const mine = problem.locked.flatMap((col, r) => (col === j ? [r] : []));
    const hours = mine.reduce((sum, r) => sum + (problem.hours[r] as number), 0);
    const pr = table.rows.findIndex((row) => row.menteeId === p.mentee && row.topic === p.topic);
    // Full: no place left, or not the hours for this request.
    expect(
      mine.length >= (problem.capacity[j] as number) ||
        hours + (problem.hours[pr] as number) > (problem.budget[j] as number) + 1e-9,
    ).toBe(true);
    for (const r of mine) {
      const key = `${table.rows[r]?.menteeId}/${table.rows[r]?.topic ?? ''}`;
      // The programme's own locks stay first, whatever they score.
      if (!lockKeys.has(key) && kept.some((m) => rowKey(m) === key)) {
        expect(problem.scores[r * cols + j] as number).toBeGreaterThanOrEqual(scoreOf(p));
      }
    }
  }
  // No valid pair lost: a previous pair not removed is in the result (checked by the counts above
  // and here by name).
  const now = new Set(result.matches.map((m) => `${rowKey(m)}>${m.mentor}`));
  const removed = new Set(result.changes.removed.map((m) => `${rowKey(m)}>${m.mentor}`));
  for (const m of previous.matches) {
    const key = `${rowKey(m)}>${m.mentor}`;
    expect(now.has(key) !== removed.has(key)).toBe(true);
  }
  const ours = figuresOf(problem, assignedOf(result, table));
  return { problem, ours, result };
}

describe('rematch', () => {
  const program = {
    mode: 'classic',
    topics: [{ id: 'sales' }],
    mentors: [
      { id: 'ana', skills: [{ topic: 'sales', level: 5 }], capacity: 2 },
      { id: 'ben', skills: [{ topic: 'sales', level: 3 }], capacity: 1 },
    ],
    mentees: [
      { id: 'cy', goals: [{ topic: 'sales' }] },
      { id: 'di', goals: [{ topic: 'sales' }] },
      { id: 'ed', goals: [{ topic: 'sales' }] },
      { id: 'flo', goals: [{ topic: 'sales' }] },
    ],
  } as const;
  const before = matchProgram(program);

  it('keeps every valid pair and fills the freed places from the waiting list', () => {
    expect(before.matches).toHaveLength(3);
    const waiting = before.unmatched[0]?.mentee as string;
    const left = before.matches.find((m) => m.mentor === 'ben')?.mentee as string;
    const after = rematch(program, before, { removeMentees: [left] });
    expect(after.changes.removed).toEqual([
      {
        mentee: left,
        mentor: 'ben',
        code: 'menteeLeft',
        params: { mentee: left },
        reason: `${left} left the programme`,
      },
    ]);
    expect(after.changes.kept).toBe(2);
    expect(after.changes.added.map((p) => [p.mentee, p.mentor, p.code])).toEqual([[waiting, 'ben', 'waitingList']]);
  });

  it('cuts a capacity to 0, replaces the pairs lost, and honours new exclusions', () => {
    const after = rematch(program, before, { capacities: [{ mentor: 'ana', capacity: 0 }] });
    expect(after.changes.removed.map((p) => [p.mentor, p.code])).toEqual([
      ['ana', 'capacityReduced'],
      ['ana', 'capacityReduced'],
    ]);
    expect(after.matches.map((m) => m.mentor)).toEqual(['ben']);
    const ex = before.matches.find((m) => m.mentor === 'ana') as { mentee: string };
    const excluded = rematch(program, before, { exclusions: [{ mentee: ex.mentee, mentor: 'ana' }] });
    expect(excluded.changes.removed.map((p) => [p.mentee, p.code])).toEqual([[ex.mentee, 'excluded']]);
    expect(excluded.matches.some((m) => m.mentee === ex.mentee && m.mentor === 'ana')).toBe(false);
  });

  it('gives a newcomer a free place and says why', () => {
    const after = rematch(program, before, {
      addMentors: [{ id: 'gus', skills: [{ topic: 'sales', level: 4 }], capacity: 1 }],
    });
    expect(after.changes.kept).toBe(3);
    expect(after.changes.added.map((p) => [p.mentor, p.code])).toEqual([['gus', 'waitingList']]);
    const joined = rematch(program, before, {
      removeMentees: before.unmatched.map((u) => u.mentee),
      addMentees: [{ id: 'hal', goals: [{ topic: 'sales' }] }],
      capacities: [{ mentor: 'ana', capacity: 3 }],
    });
    expect(joined.changes.added.map((p) => [p.mentee, p.code])).toEqual([['hal', 'newMentee']]);
  });

  it('with no changes, keeps the whole matching', () => {
    const same = rematch(program, before, {});
    expect(same.matches).toEqual(before.matches);
    expect(same.changes).toEqual({ kept: 3, added: [], removed: [] });
  });

  it('rejects bad changes and previous matchings with every problem and its path', () => {
    const issues = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        expect((error as Error).message).toMatch(/^rematch: /);
        return (error as InvalidInputError).issues.map((i) => i.path.join('.'));
      }
      throw new Error('no error thrown');
    };
    expect(
      issues(() => rematch(program, before, { removeMentors: ['zed'], capacities: [{ mentor: 'ana', capacity: -1 }] })),
    ).toEqual(['changes.removeMentors.0', 'changes.capacities.0.capacity']);
    expect(issues(() => rematch(program, before, { addMentees: [{ id: 'cy' }] }))).toEqual(['changes.addMentees.0.id']);
    expect(
      issues(() => rematch(program, before, { addMentors: [{ id: 'x', skills: [{ topic: 'nope', level: 2 }] }] })),
    ).toEqual(['changes.addMentors.0.skills.0.topic']);
    expect(issues(() => rematch(program, before, { fire: ['ana'] }))).toEqual(['changes.fire']);
    expect(issues(() => rematch(program, before, null))).toEqual(['changes']);
    expect(issues(() => rematch(program, { matches: [{ mentee: 'cy', mentor: 'zz' }] }, {}))).toEqual([
      'previous.matches.0.mentor',
    ]);
    expect(issues(() => rematch(program, 'no', {}))).toEqual(['previous.matches']);
    expect(issues(() => rematch(program, before, {}, { objective: 'best' as AnyObjective }))).toEqual([
      'options.objective',
    ]);
  });

  it(`answers junk changes and previous matchings with a result or an InvalidInputError, never a crash (seed ${FC_SEED})`, () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.record(
        {
          addMentees: fc.array(fc.oneof(fc.anything(), fc.record({ id: fc.string(), goals: fc.anything() }))),
          addMentors: fc.array(fc.oneof(fc.anything(), fc.record({ id: fc.string(), skills: fc.constant([]) }))),
          removeMentees: fc.array(fc.oneof(fc.constantFrom('cy', 'di', 'ed'), fc.anything())),
          removeMentors: fc.array(fc.oneof(fc.constantFrom('ana', 'ben'), fc.anything())),
          capacities: fc.array(fc.record({ mentor: fc.constantFrom('ana', 'ben', 'zz'), capacity: fc.anything() })),
          exclusions: fc.array(
            fc.record({ mentee: fc.constantFrom('cy', 'flo', 1), mentor: fc.constantFrom('ana', 'x') }),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    const previous = fc.oneof(
      fc.constant(before),
      fc.anything(),
      fc.record({
        matches: fc.array(fc.record({ mentee: fc.constantFrom('cy', 'zz', 3), mentor: fc.constantFrom('ana', 'q') })),
      }),
    );
    fc.assert(
      fc.property(previous, junk, (prev, changes) => {
        const text = JSON.stringify([prev, changes]);
        try {
          const result = rematch(program, prev, changes);
          expect(result.changes.kept + result.changes.added.length).toBe(result.matches.length);
        } catch (error) {
          if (!(error instanceof InvalidInputError)) throw error;
          expect(error.message).toMatch(/^rematch: /);
          expect(error.issues.length).toBeGreaterThan(0);
        }
        expect(JSON.stringify([prev, changes])).toBe(text);
      }),
      fcOptions(1000),
    );
  });

  const small = matchProgramArbitrary({ maxMentors: 2, maxMentees: 3, maxRows: 5 });
  it(`keeps valid pairs and reaches the optimum of the reduced problem by exhaustive search (seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(small, draws, (input, d) => {
        const { problem, ours, result } = checkRematch(input, d);
        if (problem.rows > BRUTE_FORCE_MAX_ROWS || problem.cols > BRUTE_FORCE_MAX_COLS) return;
        const best = bruteForceMatch(problem, [d.objective])[d.objective];
        expect(optimumProblems(d.objective, result, ours, best, true)).toEqual([]);
      }),
      fcOptions(400),
    );
  });

  const { available, reason } = matchOracleStatus;
  if (!available) console.warn(`rematch.test.ts: the HiGHS part is skipped: ${reason}.`);
  it.skipIf(!available)('reaches the optimum of the reduced problem by HiGHS on larger programmes', () => {
    const larger = matchProgramArbitrary({ minMentors: 3, maxMentors: 6, minMentees: 4, maxMentees: 8, maxRows: 20 });
    const cases = fc.sample(fc.tuple(larger, draws), { seed: FC_SEED, numRuns: 120 }).map(([input, d]) => ({
      d,
      ...checkRematch(input, d),
    }));
    const answers = solveMatchOracle(
      cases.map((c) => ({ problem: c.problem, objectives: [c.d.objective], bounds: true })),
    );
    cases.forEach((c, k) => {
      const best = oracleOptimum(answers[k], c.d.objective);
      expect({ k, problems: optimumProblems(c.d.objective, c.result, c.ours, best) }).toEqual({ k, problems: [] });
    });
  });
});

describe('a mentor who leaves and rejoins under the same id', () => {
  it('the pair made again is added (a replacement), not counted as kept; kept + removed = previous pairs', () => {
    const program: ProgramJson = {
      mode: 'classic',
      topics: [{ id: 'sales' }],
      mentors: [
        { id: 'ana', skills: [{ topic: 'sales', level: 5 }], capacity: 1 },
        { id: 'ben', skills: [{ topic: 'sales', level: 4 }], capacity: 1 },
      ],
      mentees: [
        { id: 'bo', goals: [{ topic: 'sales' }], preferences: ['ben'] },
        { id: 'cy', goals: [{ topic: 'sales' }], preferences: ['ana'] },
      ],
    };
    const before = matchProgram(program);
    expect(before.matches.map((m) => `${m.mentee}→${m.mentor}`)).toEqual(['bo→ben', 'cy→ana']);
    const after = rematch(program, before, {
      removeMentors: ['ana'],
      addMentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 5 }], capacity: 1 }],
    });
    const { kept, added, removed } = after.changes;
    expect(removed.map((p) => `${p.mentee}→${p.mentor} ${p.code}`)).toEqual(['cy→ana mentorLeft']);
    expect(added.map((p) => `${p.mentee}→${p.mentor} ${p.code}`)).toEqual(['cy→ana replacement']);
    expect(kept).toBe(1);
    expect(kept + removed.length).toBe(before.matches.length);
    expect(kept + added.length).toBe(after.matches.length);
  });
});
