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
import {
  DEFAULT_SESSION_MINUTES,
  DEFAULT_SESSIONS,
  InvalidInputError,
  type MatchResult,
  matchProgram,
  parseProgram,
  rematch,
  scoreProgram,
} from '../src/index.js';
import { it as italian } from '../src/locales/it.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { bruteForceMatch, figuresOf, matchProblem, OPTIMISED, violations } from './helpers/matchBruteForce.js';
import { assignedOf } from './helpers/matchChecks.js';
import { type Counterexample, expectNoCounterexample, optimumProblems } from './helpers/matchContract.js';
import { inHours, MEETINGS_BASE, meetingsArbitrary } from './helpers/meetings.js';
import type { ProgramJson } from './helpers/programArbitrary.js';
import { programArbitrary } from './helpers/programArbitrary.js';

console.info(`fast-check seed for the meetings tests: ${FC_SEED} (+ case number)`);

const base = MEETINGS_BASE;

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

describe('programArbitrary({ meetings: true }) (mentormatch/testing)', () => {
  it('draws the same programmes as before without it; with it, valid programmes stating meetings', () => {
    const plain = fc.sample(programArbitrary({ maxMentors: 4, maxMentees: 4 }), { seed: FC_SEED, numRuns: 50 });
    const again = fc.sample(programArbitrary({ maxMentors: 4, maxMentees: 4, meetings: false }), {
      seed: FC_SEED,
      numRuns: 50,
    });
    expect(again).toEqual(plain);
    const drawn = fc.sample(programArbitrary({ maxMentors: 4, maxMentees: 4, meetings: true }), {
      seed: FC_SEED,
      numRuns: 200,
    });
    let stated = 0;
    for (const input of drawn) {
      const program = parseProgram(input);
      expect(program.cycle?.weeks).toBe(input.cycle?.weeks);
      const requests = program.mentees.flatMap((e) => e.requests);
      stated += requests.filter((r) => r.sessions !== undefined).length;
      for (const m of program.mentors.filter((x) => x.weeklyMinutes !== undefined)) {
        const raw = input.mentors.find((x) => x.id === m.id);
        const fromWeeks = ((raw?.weeklyMinutes ?? 0) * (input.cycle?.weeks ?? 0)) / 60;
        expect(m.hoursBudget).toBe(Math.min(raw?.hoursBudget ?? fromWeeks, fromWeeks));
      }
    }
    expect(stated).toBeGreaterThan(100);
  });

  it('stating the meetings of random programmes (every rule in play) instead of their hours changes no result', () => {
    const found: Counterexample[] = [];
    const drawn = fc.sample(programArbitrary({ mode: 'micro', maxMentors: 4, maxMentees: 4, meetings: true }), {
      seed: FC_SEED + 1,
      numRuns: 150,
    });
    drawn.forEach((input, k) => {
      for (const objective of [...OPTIMISED, 'stable'] as const) {
        const a = withoutMeetings(matchProgram(input, { objective }));
        const b = withoutMeetings(matchProgram(inHours(input), { objective }));
        if (JSON.stringify(a) !== JSON.stringify(b))
          found.push({
            at: `draw ${k}, ${objective}`,
            replay: `seed ${FC_SEED + 1}`,
            problems: ['results differ'],
            input,
          });
      }
    });
    expectNoCounterexample(found, drawn.length * 4);
  });
});
