/**
 * Meetings in the programme format: requests' and goals' `sessions` and `sessionMinutes`, mentors'
 * `weeklyMinutes` and the programme's `cycle` (docs/programme-format.md, "Meetings").
 *
 * - the derivation rules and defaults, read against formulas written out here, on drawn inputs;
 * - the validation errors: typed, with their code, path and params, the input never mutated;
 * - a normalised programme parses to itself;
 * - 150 small micro programmes whose requests state meetings and whose mentors state weekly minutes
 *   (sometimes an hours budget too): every objective's result equals the exhaustive optimum of the
 *   problem built here from the raw input (test/helpers/matchBruteForce.ts), and no budget is ever
 *   exceeded;
 * - stating meetings instead of the hours they come to changes no match, no figure, no reason
 *   (apart from the `meetings` the reason then carries), in every objective.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELP } from '../src/cli/help.js';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import {
  DEFAULT_SESSION_MINUTES,
  DEFAULT_SESSIONS,
  InvalidInputError,
  type MatchResult,
  matchProgram,
  parseProgram,
  programReport,
  rematch,
  reportToHtml,
  reportToMarkdown,
  scoreProgram,
} from '../src/index.js';
import { it as italian } from '../src/locales/it.js';
import { programFromTables, type TableRow } from '../src/tables.js';
import { runCli } from './helpers/cliRun.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { bruteForceMatch, figuresOf, matchProblem, OPTIMISED, violations } from './helpers/matchBruteForce.js';
import { assignedOf } from './helpers/matchChecks.js';
import { type Counterexample, expectNoCounterexample, optimumProblems } from './helpers/matchContract.js';
import { matchProgramArbitrary, SMALL_BUDGETED, withLocks } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

console.info(`fast-check seed for the meetings tests: ${FC_SEED} (+ case number)`);

const base = {
  mode: 'micro' as const,
  topics: [{ id: 't' }, { id: 'u' }],
  mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }] }],
  mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3 }] }],
};

/** `input` with the one request of `bo` replaced by `request`. */
function withRequest(request: object) {
  return { ...base, mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3, ...request }] }] };
}

/** The InvalidInputError `parseProgram` throws for `input` (in `locale`), checking that `input` is not mutated. */
function errorOf(input: unknown, locale?: typeof italian): InvalidInputError {
  const before = JSON.stringify(input);
  try {
    parseProgram(input, locale === undefined ? undefined : { locale });
  } catch (error) {
    expect(JSON.stringify(input)).toBe(before);
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error(`parsed: ${before}`);
}

const SESSIONS = fc.integer({ min: 1, max: 12 });
const MINUTES = fc.integer({ min: 1, max: 240 });

describe('derivation rules and defaults', () => {
  it('the defaults: 2 sessions of 60 minutes per micro request, 8 per classic goal', () => {
    expect(DEFAULT_SESSIONS).toEqual({ micro: 2, classic: 8 });
    expect(DEFAULT_SESSION_MINUTES).toBe(60);
    // The default request keeps its 2 hours, and states no meetings.
    expect(parseProgram(base).mentees[0]?.requests[0]).toEqual({ topic: 't', level: 3, priority: 1, hours: 2 });
  });

  it('a request without hours takes sessions × sessionMinutes / 60, each defaulting (300 draws)', () => {
    fc.assert(
      fc.property(fc.option(SESSIONS, { nil: undefined }), fc.option(MINUTES, { nil: undefined }), (s, m) => {
        const request = {
          ...(s === undefined ? {} : { sessions: s }),
          ...(m === undefined ? {} : { sessionMinutes: m }),
        };
        const got = parseProgram(withRequest(request)).mentees[0]?.requests[0];
        const sessions = s ?? 2;
        const minutes = m ?? 60;
        expect(got?.hours).toBe((sessions * minutes) / 60);
        if (s === undefined && m === undefined) expect(got).not.toHaveProperty('sessions');
        else expect(got).toMatchObject({ sessions, sessionMinutes: minutes });
      }),
      { seed: FC_SEED, numRuns: 300 },
    );
  });

  it('hours given with sessions alone: the hours hold, the sessions are kept, no length is made up', () => {
    const got = parseProgram(withRequest({ hours: 5, sessions: 3 })).mentees[0]?.requests[0];
    expect(got).toEqual({ topic: 't', level: 3, priority: 1, hours: 5, sessions: 3 });
  });

  it('hours given with sessionMinutes that agree (sessions given or 2) parse; they must agree exactly', () => {
    fc.assert(
      fc.property(fc.option(SESSIONS, { nil: undefined }), MINUTES, fc.boolean(), (s, m, off) => {
        const sessions = s ?? 2;
        const right = (sessions * m) / 60;
        const hours = off ? right + 0.25 : right;
        const input = withRequest({ hours, sessionMinutes: m, ...(s === undefined ? {} : { sessions: s }) });
        if (!off) {
          expect(parseProgram(input).mentees[0]?.requests[0]?.hours).toBe(right);
          return;
        }
        const error = errorOf(input);
        expect(error.issues.map((i) => [i.code, i.path, i.params])).toEqual([
          [
            'meetings_mismatch',
            ['mentees', 0, 'requests', 0, 'hours'],
            { hours, sessions, sessionMinutes: m, derived: right },
          ],
        ]);
      }),
      { seed: FC_SEED + 1, numRuns: 200 },
    );
  });

  it('weeklyMinutes give weeklyMinutes × weeks / 60 hours; with hoursBudget, the smaller (300 draws)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 52 }),
        fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
        (weekly, weeks, budget) => {
          const input = {
            ...base,
            cycle: { weeks },
            mentors: [
              {
                id: 'ana',
                skills: [{ topic: 't', level: 4 }],
                weeklyMinutes: weekly,
                ...(budget === undefined ? {} : { hoursBudget: budget }),
              },
            ],
          };
          const mentor = parseProgram(input).mentors[0];
          const fromWeeks = (weekly * weeks) / 60;
          expect(mentor?.hoursBudget).toBe(budget === undefined ? fromWeeks : Math.min(budget, fromWeeks));
          expect(mentor?.weeklyMinutes).toBe(weekly);
        },
      ),
      { seed: FC_SEED + 2, numRuns: 300 },
    );
  });

  it('the cycle keeps its start, else takes startDate; it stands in for startDate (time zones, asOf)', () => {
    expect(parseProgram({ ...base, cycle: { weeks: 6 } }).cycle).toEqual({ weeks: 6 });
    expect(parseProgram({ ...base, startDate: '2026-03-02', cycle: { weeks: 6 } }).cycle).toEqual({
      start: '2026-03-02',
      weeks: 6,
    });
    const both = { start: '2026-03-02', weeks: 6 };
    expect(parseProgram({ ...base, startDate: '2026-03-02', cycle: both }).cycle).toEqual(both);
    // Rome is UTC+1 in January and UTC+2 in July: the cycle's start is the reference date.
    const rome = (start: string) =>
      parseProgram({
        ...base,
        cycle: { start, weeks: 4 },
        mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }], timeZone: 'Europe/Rome' }],
        history: [{ mentee: 'bo', mentor: 'ana', date: '2025-01-01' }],
      });
    expect(rome('2026-01-12').mentors[0]?.timeZone).toBe(1);
    expect(rome('2026-07-13').mentors[0]?.timeZone).toBe(2);
    expect(rome('2026-07-13').asOf).toBe('2026-07-13');
  });

  it('classic goals keep the meetings they state; a programme stating none parses as before', () => {
    const classic = {
      mode: 'classic' as const,
      topics: [{ id: 't' }],
      mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }] }],
      mentees: [{ id: 'bo', goals: [{ topic: 't', sessions: 10, sessionMinutes: 45 }] }],
    };
    expect(parseProgram(classic).mentees[0]?.goals).toEqual([
      { topic: 't', weight: 1, sessions: 10, sessionMinutes: 45 },
    ]);
    expect(parseProgram({ ...classic, mentees: [{ id: 'bo', goals: [{ topic: 't' }] }] }).mentees[0]?.goals).toEqual([
      { topic: 't', weight: 1 },
    ]);
  });

  it('a normalised programme parses to itself (meetings, weekly minutes and cycle included)', () => {
    const input = {
      ...base,
      startDate: '2026-03-02',
      cycle: { weeks: 10 },
      mentors: [
        { id: 'ana', skills: [{ topic: 't', level: 4 }], weeklyMinutes: 45, hoursBudget: 6 },
        { id: 'cy', skills: [{ topic: 'u', level: 4 }], weeklyMinutes: 30 },
      ],
      mentees: [
        {
          id: 'bo',
          requests: [
            { topic: 't', level: 3, sessions: 3, sessionMinutes: 40 },
            { topic: 'u', level: 2, hours: 1.5, sessions: 2 },
          ],
        },
      ],
    };
    const once = parseProgram(input);
    expect(parseProgram(once)).toEqual(once);
    expect(once.mentors.map((m) => m.hoursBudget)).toEqual([6, 5]);
  });
});

describe('validation errors: typed, the field and values named, the input untouched', () => {
  it('weeklyMinutes without a cycle: cycle_required on the field', () => {
    const input = { ...base, mentors: [{ id: 'ana', skills: [], weeklyMinutes: 60 }] };
    const error = errorOf(input);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([['cycle_required', ['mentors', 0, 'weeklyMinutes']]]);
    expect(error.issues[0]?.message).toContain('mentors[0].weeklyMinutes');
    expect(errorOf(input, italian).issues[0]?.message).toMatch(/minuti settimanali/);
  });

  it('weeklyMinutes in classic mode: wrong_mode, as hoursBudget', () => {
    const input = {
      mode: 'classic',
      topics: [{ id: 't' }],
      cycle: { weeks: 8 },
      mentors: [{ id: 'ana', skills: [], weeklyMinutes: 60 }],
      mentees: [{ id: 'bo', goals: [{ topic: 't' }] }],
    };
    expect(errorOf(input).issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['wrong_mode', ['mentors', 0, 'weeklyMinutes'], { what: 'weeklyMinutes' }],
    ]);
  });

  it('cycle.start and startDate on different days: cycle_start_mismatch naming both', () => {
    const error = errorOf({ ...base, startDate: '2026-03-02', cycle: { start: '2026-03-09', weeks: 4 } });
    expect(error.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['cycle_start_mismatch', ['cycle', 'start'], { start: '2026-03-09', startDate: '2026-03-02' }],
    ]);
    expect(error.issues[0]?.message).toContain('2026-03-09');
    expect(error.issues[0]?.message).toContain('2026-03-02');
  });

  it('shapes: sessions and sessionMinutes whole and ≥ 1, weeks whole and ≥ 1, weeklyMinutes ≥ 0', () => {
    const bad = [
      [withRequest({ sessions: 0 }), ['mentees', 0, 'requests', 0, 'sessions']],
      [withRequest({ sessions: 1.5 }), ['mentees', 0, 'requests', 0, 'sessions']],
      [withRequest({ sessionMinutes: 0 }), ['mentees', 0, 'requests', 0, 'sessionMinutes']],
      [{ ...base, cycle: { weeks: 0 } }, ['cycle', 'weeks']],
      [{ ...base, cycle: { start: '2026-02-30', weeks: 2 } }, ['cycle', 'start']],
      [{ ...base, cycle: {} }, ['cycle', 'weeks']],
      [
        { ...base, cycle: { weeks: 2 }, mentors: [{ id: 'ana', skills: [], weeklyMinutes: -1 }] },
        ['mentors', 0, 'weeklyMinutes'],
      ],
    ] as const;
    for (const [input, path] of bad) expect(errorOf(input).issues.map((i) => i.path)).toEqual([path]);
  });
});

/** A small micro programme whose requests state meetings and whose mentors state weekly minutes. */
const meetingsArbitrary = fc
  .tuple(
    matchProgramArbitrary(SMALL_BUDGETED),
    fc.integer({ min: 1, max: 6 }),
    fc.array(fc.record({ s: fc.integer({ min: 1, max: 3 }), m: fc.constantFrom(20, 30, 45, 60, 90) }), {
      minLength: 40,
      maxLength: 40,
    }),
    fc.array(
      fc.record({
        weekly: fc.constantFrom(0, 10, 15, 20, 30, 45, 60),
        budget: fc.option(fc.constantFrom(1, 2, 3, 5), { nil: undefined }),
      }),
      { minLength: 10, maxLength: 10 },
    ),
    fc.array(fc.record({ row: fc.nat(), mentor: fc.nat() }), { maxLength: 2 }),
  )
  .map(([drawn, weeks, meetings, mentors, locks]) => {
    let slot = 0;
    const { lockedPairs: _, ...rules } = drawn.rules ?? {};
    const input = { ...drawn, rules };
    // The locks drawn again, where they fit the budgets the weekly minutes give.
    return withLocks(
      {
        ...input,
        cycle: { weeks },
        mentors: input.mentors.map((m, k) => {
          const { hoursBudget: _, ...rest } = m;
          const draw = mentors[k % mentors.length] as { weekly: number; budget?: number };
          return {
            ...rest,
            weeklyMinutes: draw.weekly,
            ...(draw.budget === undefined ? {} : { hoursBudget: draw.budget }),
          };
        }),
        mentees: input.mentees.map((e) => ({
          ...e,
          requests: (e.requests ?? []).map((q) => {
            const { hours: _, ...rest } = q;
            const draw = meetings[slot++ % meetings.length] as { s: number; m: number };
            return { ...rest, sessions: draw.s, sessionMinutes: draw.m };
          }),
        })),
      } as ProgramJson,
      locks,
    );
  });

/** `input` with its meetings written as the hours and budgets they come to (formulas of the format). */
function inHours(input: ProgramJson): ProgramJson {
  const weeks = (input as { cycle?: { weeks: number } }).cycle?.weeks ?? 0;
  const { cycle: _, ...rest } = input as ProgramJson & { cycle?: unknown };
  return {
    ...rest,
    mentors: input.mentors.map((m) => {
      const { weeklyMinutes, hoursBudget, ...own } = m as typeof m & { weeklyMinutes?: number };
      const fromWeeks = weeklyMinutes === undefined ? undefined : (weeklyMinutes * weeks) / 60;
      const budget = fromWeeks === undefined ? hoursBudget : Math.min(hoursBudget ?? fromWeeks, fromWeeks);
      return { ...own, ...(budget === undefined ? {} : { hoursBudget: budget }) };
    }),
    mentees: input.mentees.map((e) => ({
      ...e,
      requests: (e.requests ?? []).map((q) => {
        const { sessions, sessionMinutes, ...own } = q as typeof q & { sessions?: number; sessionMinutes?: number };
        return { ...own, hours: ((sessions ?? 2) * (sessionMinutes ?? 60)) / 60 };
      }),
    })),
  };
}

/** `result` without the `meetings` its reasons carry for requests that state them. */
function withoutMeetings(result: MatchResult): unknown {
  return JSON.parse(
    JSON.stringify(result, (key, value) => (key === 'meetings' ? undefined : key === 'reason' ? '' : value)),
  );
}

const CASES = 150;

describe(`${CASES} small programmes stating meetings and weekly minutes`, () => {
  const inputs = Array.from(
    { length: CASES },
    (_, k) => fc.sample(meetingsArbitrary, { seed: FC_SEED + 100 + k, numRuns: 1 })[0] as ProgramJson,
  );

  it('every objective: the exhaustive optimum of the problem built from the raw input, no budget exceeded (the input untouched, the result parsing to itself)', () => {
    const found: Counterexample[] = [];
    let binding = 0;
    inputs.forEach((input, k) => {
      const text = JSON.stringify(input);
      const program = parseProgram(input);
      // Parsing leaves the input as it was, and its result parses to itself.
      expect(JSON.stringify(input)).toBe(text);
      expect(parseProgram(program)).toEqual(program);
      const table = scoreProgram(program);
      // The problem's hours and budgets from the raw input, by the format's formulas.
      const plain = parseProgram(inHours(input));
      const problem = { ...matchProblem(plain, scoreProgram(plain)), scores: table.scores.data };
      const best = bruteForceMatch(problem);
      const free = bruteForceMatch({ ...problem, budget: problem.budget.map(() => Number.POSITIVE_INFINITY) }, [
        'total',
      ]);
      if (free.total.figures.weightedTotal > best.total.figures.weightedTotal + 1e-9) binding++;
      for (const objective of OPTIMISED) {
        const result = matchProgram(program, { objective });
        const assigned = assignedOf(result, table);
        const problems = [
          ...violations(problem, assigned),
          ...optimumProblems(
            objective,
            result,
            figuresOf(problem, assigned),
            { figures: best[objective].figures, stages: best[objective].stages },
            true,
          ),
        ];
        if (problems.length > 0)
          found.push({ at: `case ${k}, ${objective}`, replay: `seed ${FC_SEED + 100 + k}`, problems, input });
      }
    });
    console.log(`meetings: budgets from weekly minutes bind in ${binding} of ${CASES} programmes`);
    expect(binding).toBeGreaterThan(CASES / 4);
    expectNoCounterexample(found, CASES * OPTIMISED.length);
  });

  it('stating meetings instead of their hours changes no match, figure or reason (every objective)', () => {
    const found: Counterexample[] = [];
    inputs.forEach((input, k) => {
      for (const objective of [...OPTIMISED, 'stable'] as const) {
        const a = withoutMeetings(matchProgram(input, { objective }));
        const b = withoutMeetings(matchProgram(inHours(input), { objective }));
        if (JSON.stringify(a) !== JSON.stringify(b))
          found.push({
            at: `case ${k}, ${objective}`,
            replay: `seed ${FC_SEED + 100 + k}`,
            problems: ['results differ'],
            input,
          });
      }
    });
    expectNoCounterexample(found, CASES * 4);
  });

  it('a reason about hours names the sessions and their length of a request that states them', () => {
    const input = {
      ...base,
      cycle: { weeks: 2 },
      mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }], weeklyMinutes: 30 }],
      mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3, sessions: 3, sessionMinutes: 45 }] }],
    };
    const result = matchProgram(input);
    expect(result.unmatched.map((u) => u.code)).toEqual(['hoursBudget']);
    expect(result.unmatched[0]?.params.meetings).toEqual({
      code: 'unmatched.meetings',
      params: { sessions: 3, minutes: 45 },
    });
    expect(result.unmatched[0]?.reason).toContain('(3 sessions of 45 min)');
    expect(matchProgram(input, { locale: italian }).unmatched[0]?.reason).toContain('3 incontri da 45 minuti');
    // Stated in hours, the reason reads as it always did.
    const plain = matchProgram(inHours(input as unknown as ProgramJson));
    expect(plain.unmatched[0]?.params).not.toHaveProperty('meetings');
    expect(plain.unmatched[0]?.reason).toBe(
      "the mentors with places left lack the 2.25 h bo's request on t needs: ana (0 of 1 h given)",
    );
  });
});

describe('the report: sessions and hours per topic', () => {
  const inputs = Array.from({ length: 60 }, (_, k) => {
    const input = fc.sample(meetingsArbitrary, { seed: FC_SEED + 500 + k, numRuns: 1 })[0] as ProgramJson;
    // With levelRequired, a mentor supplies a request when they offer its topic at their own level.
    return { ...input, rules: { ...(input.rules ?? {}), levelRequired: true } } as ProgramJson;
  });

  it('each topic: sessions and hours asked, suppliers, budgets in hours and sessions, counted directly (60 programmes)', () => {
    for (const input of inputs) {
      const report = programReport(input);
      const weeks = (input as { cycle: { weeks: number } }).cycle.weeks;
      const meetings = report.meetings;
      expect(meetings).toBeDefined();
      const requests = input.mentees.flatMap(
        (e) => (e.requests ?? []) as { topic: string; level: number; sessions: number; sessionMinutes: number }[],
      );
      const program = parseProgram(input);
      const budgetOf = (k: number) => {
        const m = input.mentors[k] as { weeklyMinutes: number; hoursBudget?: number };
        return Math.min(m.hoursBudget ?? Number.POSITIVE_INFINITY, (m.weeklyMinutes * weeks) / 60);
      };
      input.topics.forEach((topic, t) => {
        const on = requests.filter((r) => r.topic === topic.id);
        const sessions = on.reduce((s, r) => s + r.sessions, 0);
        const minutes = on.reduce((s, r) => s + r.sessions * r.sessionMinutes, 0);
        const lowest = Math.min(...on.map((r) => r.level));
        const suppliers = input.mentors
          .map((m, k) => ({ m, k }))
          .filter(({ m, k }) => {
            const own = m.skills.find((s) => s.topic === topic.id)?.level ?? 0;
            return program.mentors[k]?.offers.includes(topic.id) === true && own >= lowest;
          });
        const length = sessions > 0 ? minutes / sessions : 0;
        const got = meetings?.topics[t];
        expect(got?.topic).toBe(topic.id);
        expect(got?.sessions).toBe(sessions);
        expect(got?.hours).toBeCloseTo(minutes / 60, 9);
        expect(got?.suppliers).toBe(suppliers.length);
        expect(got?.suppliers).toBe(report.topics[t]?.suppliers);
        expect(got?.budgetHours).toBeCloseTo(
          suppliers.reduce((s, { k }) => s + budgetOf(k), 0),
          9,
        );
        const held = suppliers.reduce((s, { k }) => s + Math.floor((budgetOf(k) * 60) / length + 1e-9), 0);
        expect(got?.budgetSessions).toBe(sessions > 0 ? held : null);
      });
      expect(meetings?.sessions).toBe(requests.reduce((s, r) => s + r.sessions, 0));
      expect(meetings?.budgetHours).toBeCloseTo(
        input.mentors.reduce((s, _, k) => s + budgetOf(k), 0),
        9,
      );
    }
  });

  it('classic: goals count their own meetings per topic, a mentee its most demanding goal once in the totals', () => {
    const report = programReport({
      mode: 'classic',
      topics: [{ id: 't' }, { id: 'u' }],
      cycle: { start: '2026-03-02', weeks: 12 },
      mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }] }],
      mentees: [
        { id: 'bo', goals: [{ topic: 't', sessions: 10, sessionMinutes: 45 }, { topic: 'u' }] },
        { id: 'cy', goals: [] },
      ],
    });
    expect(report.meetings?.topics).toEqual([
      { topic: 't', sessions: 10, hours: 7.5, suppliers: 1, budgetHours: null, budgetSessions: null },
      { topic: 'u', sessions: 8, hours: 8, suppliers: 0, budgetHours: 0, budgetSessions: 0 },
    ]);
    // bo: the goal on u asks 8 h (8 × 60 min), more than 7.5 h; cy, without goals: the defaults.
    expect(report.meetings).toMatchObject({ cycle: { start: '2026-03-02', weeks: 12 }, sessions: 16, hours: 16 });
    expect(report.meetings?.budgetHours).toBeNull();
  });

  it('rendered in Markdown and HTML, in English and Italian; absent from a programme stating no meetings', () => {
    const input = {
      ...base,
      cycle: { start: '2026-03-02', weeks: 4 },
      mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }], weeklyMinutes: 90 }],
      mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3, sessions: 3, sessionMinutes: 45 }] }],
    };
    const markdown = reportToMarkdown(programReport(input));
    expect(markdown).toContain('## Meetings: demand and supply in sessions and hours');
    expect(markdown).toContain('Cycle: 4 weeks, from 2026-03-02. Asked: 3 sessions (2.3 h)');
    // ana's 6 h hold 8 meetings of 45 minutes.
    expect(markdown).toMatch(/\| t +\| +3 \| +2\.3 \| +1 \| +6 \| +8 \|/);
    const italianMarkdown = reportToMarkdown(programReport(input, undefined, { locale: italian }), { locale: italian });
    expect(italianMarkdown).toContain('Incontri: domanda e offerta in incontri e ore');
    expect(reportToHtml(programReport(input))).toContain('Meetings: demand and supply in sessions and hours');
    const plain = programReport(base);
    expect(plain).not.toHaveProperty('meetings');
    expect(reportToMarkdown(plain)).not.toContain('Meetings');
  });
});

describe('mentormatch sample --meetings', () => {
  const STRIPPED = new Set(['hours', 'hoursBudget', 'sessions', 'sessionMinutes', 'weeklyMinutes', 'cycle']);
  const strip = (value: unknown) => JSON.stringify(value, (key, v) => (STRIPPED.has(key) ? undefined : v));

  for (const mode of ['micro', 'classic'] as const) {
    it(`${mode}: the same programme where meetings are not concerned; meetings stated, budgets kept by the matching`, () => {
      const options = { mode, mentors: 30, mentees: 90, seed: 7 };
      const plain = sampleProgram(options);
      const meetings = sampleProgram({ ...options, meetings: true });
      expect(JSON.stringify(sampleProgram({ ...options, meetings: false }))).toBe(JSON.stringify(plain));
      expect(strip(meetings)).toBe(strip(plain));
      expect(meetings.cycle).toEqual({ start: '2026-03-02', weeks: mode === 'micro' ? 6 : 26 });
      const program = parseProgram(meetings);
      const stated =
        mode === 'micro'
          ? program.mentees.flatMap((e) => e.requests).filter((r) => r.sessions !== undefined).length
          : program.mentees.flatMap((e) => e.goals).filter((g) => g.sessions !== undefined).length;
      expect(stated).toBeGreaterThan(30);
      if (mode === 'micro') expect(program.mentors.every((m) => m.weeklyMinutes !== undefined)).toBe(true);
      const result = matchProgram(program);
      for (const load of result.summary.mentorLoad) {
        const raw = meetings.mentors.find((m) => m.id === load.mentor);
        if (raw?.weeklyMinutes === undefined) continue;
        const budget = Math.min(raw.hoursBudget ?? Number.POSITIVE_INFINITY, (raw.weeklyMinutes * 6) / 60);
        expect(load.hoursBudget).toBe(budget);
        expect(load.hours ?? 0).toBeLessThanOrEqual(budget + 1e-9);
      }
      expect(programReport(program).meetings?.topics.some((t) => t.sessions > 0)).toBe(true);
    });
  }

  it('the command line passes --meetings on; its help says so', () => {
    const args = ['sample', '--mode', 'micro', '--mentors', '20', '--mentees', '40', '--seed', '3'];
    const run = runCli([...args, '--meetings']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      sampleProgram({ mode: 'micro', mentors: 20, mentees: 40, seed: 3, meetings: true }),
    );
    expect(JSON.parse(runCli(args).stdout)).not.toHaveProperty('cycle');
    expect(HELP.sample).toContain('--meetings');
  });
});

describe('meetings through the other entry points', () => {
  it('a shape error does not also report a mismatch it cannot judge', () => {
    const error = errorOf(withRequest({ hours: 3, sessions: '3', sessionMinutes: 60 }));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['mentees', 0, 'requests', 0, 'sessions']],
    ]);
  });

  it('rematch: a mentor added with weeklyMinutes takes the cycle of the programme', () => {
    const input = {
      ...base,
      cycle: { weeks: 4 },
      mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }], weeklyMinutes: 15, capacity: 1 }],
      mentees: [
        { id: 'bo', requests: [{ topic: 't', level: 3, sessions: 1, sessionMinutes: 60 }] },
        { id: 'cy', requests: [{ topic: 't', level: 3, sessions: 2, sessionMinutes: 45 }] },
      ],
    };
    const before = matchProgram(input);
    expect(before.matches.map((m) => m.mentee)).toEqual(['bo']);
    const after = rematch(input, before, {
      addMentors: [{ id: 'dan', skills: [{ topic: 't', level: 4 }], weeklyMinutes: 30 }],
    });
    // dan: 30 × 4 / 60 = 2 h, enough for cy's 1.5 h.
    expect(after.matches.map((m) => [m.mentee, m.mentor])).toEqual([
      ['bo', 'ana'],
      ['cy', 'dan'],
    ]);
    expect(after.summary.mentorLoad.find((l) => l.mentor === 'dan')).toMatchObject({ hours: 1.5, hoursBudget: 2 });
  });
});

describe('meetings from spreadsheets: weekly_minutes and the cycle length', () => {
  const mentors: TableRow[] = [
    { id: 'ana', skills: 't:4', 'Weekly Minutes': '45' },
    { id: 'ben', skills: 't:4', 'Weekly Minutes': '60', hours_budget: '3' },
  ];
  const mentees: TableRow[] = [{ id: 'bo', requests: 't:3' }];

  it('programFromTables: weekly_minutes read, cycleWeeks the cycle; the budgets follow', () => {
    const json = programFromTables({ mentors, mentees }, { mode: 'micro', cycleWeeks: 8, startDate: '2026-03-02' });
    expect(json.cycle).toEqual({ weeks: 8 });
    expect(json.mentors.map((m) => [m.weeklyMinutes, m.hoursBudget])).toEqual([
      [45, undefined],
      [60, 3],
    ]);
    const program = parseProgram(json);
    expect(program.mentors.map((m) => m.hoursBudget)).toEqual([6, 3]);
    expect(program.cycle).toEqual({ start: '2026-03-02', weeks: 8 });
  });

  it('programFromTables: weekly_minutes in classic mode, or not a number ≥ 0, is reported on its cell', () => {
    const error = (rows: TableRow[], mode: 'micro' | 'classic') => {
      try {
        programFromTables({ mentors: rows, mentees: [] }, { mode, cycleWeeks: 4 });
      } catch (e) {
        if (e instanceof InvalidInputError) return e.issues.map((i) => [i.code, i.params]);
        throw e;
      }
      throw new Error('no error');
    };
    expect(error([{ id: 'ana', weekly_minutes: '30' }], 'classic')).toEqual([
      ['wrong_mode', expect.objectContaining({ what: 'weeklyMinutes' })],
    ]);
    expect(error([{ id: 'ana', weekly_minutes: '-5' }], 'micro')).toEqual([
      ['invalid_type', expect.objectContaining({ found: '-5' })],
    ]);
  });

  it('mentormatch import --cycle-weeks; without it, weekly_minutes is named as needing the cycle', () => {
    const files = {
      'mentors.csv': 'id,skills,weekly_minutes\nana,t:4,45\n',
      'mentees.csv': 'id,requests\nbo,t:3\n',
    };
    const args = ['import', '--mentors', 'mentors.csv', '--mentees', 'mentees.csv', '--mode', 'micro'];
    const run = runCli([...args, '--cycle-weeks', '8'], files);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ cycle: { weeks: 8 }, mentors: [{ id: 'ana', weeklyMinutes: 45 }] });
    const without = runCli(args, files);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('mentors.csv:2: ');
    expect(without.stderr).toContain("weeklyMinutes needs the programme's cycle");
    expect(runCli([...args, '--cycle-weeks', '0'], files).code).toBe(2);
  });
});
