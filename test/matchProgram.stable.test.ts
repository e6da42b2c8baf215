/**
 * `matchProgram` with the `stable` objective, and the blocking pairs every result's summary lists,
 * on fast-check programmes of both modes (fixed seed; locked pairs, every hard rule; no hours
 * budgets, which make the mentors' side a knapsack rather than a ranking). The preferences are
 * rebuilt here from the raw programme and its scores (explicit lists first, then scores, ties by
 * id: mentors by id, demand rows by mentee id then topic, never by input position; a mentor's
 * scores are those of the programme with the `preference` weight at 0, so that a mentee's own list
 * never lifts it in a mentor's ranking), and the blocking pairs from their definition:
 *
 * - the summary's blocking pairs of every objective are exactly those of the definition;
 * - the `stable` result is feasible (allowed pairs, capacities, distinct mentors per micro mentee,
 *   locks kept) and has none;
 * - it is mentee-optimal: on programmes of up to 7 demand rows × 3 mentors, every request gets a
 *   mentor at least as good, for it, as in any stable matching found by exhaustive search;
 * - with hours budgets (mixed request lengths), every budget holds and a result flagged exact has
 *   no blocking pair;
 * - explicit preferences of either side decide over scores (worked example).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import {
  type BlockingPair,
  DEFAULT_BLOCKING_LISTED,
  InvalidInputError,
  type MatchResult,
  matchProgram,
  matchProgramAsync,
  type Objective,
  type Program,
  type ProgramSource,
  parseProgram,
  rematch,
  type ScoreTable,
  scoreProgram,
} from '../src/index.js';
import { compareIds } from '../src/model/compareIds.js';
import { thrown } from './helpers/errors.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { bruteForceMatch, type MatchProblem, matchProblem } from './helpers/matchBruteForce.js';
import { assignedOf, resultProblems } from './helpers/matchChecks.js';
import { shuffledProgram } from './helpers/matchContract.js';
import { mentorsInIdOrder, rowsInIdOrder } from './helpers/matchIdOrder.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';
import { mulberry32 } from './helpers/random.js';

console.info(`fast-check seed for the stable objective: ${FC_SEED}`);

const OBJECTIVES: readonly Objective[] = ['total', 'coverage', 'fair', 'stable'];

/**
 * Programmes without hours budgets, where mentors often rank mentees themselves (a random order of
 * some of them): with scores alone both sides' rankings agree and the stable matching is unique.
 */
const programs = (options: Parameters<typeof matchProgramArbitrary>[0]) =>
  matchProgramArbitrary(options).chain((input) =>
    fc
      .array(fc.option(fc.array(fc.nat(), { maxLength: 6 }), { nil: undefined }), {
        minLength: input.mentors.length,
        maxLength: input.mentors.length,
      })
      .map((orders) => ({
        ...input,
        mentors: input.mentors.map(({ hoursBudget: _drop, ...m }, j) => {
          const order = orders[j];
          if (order === undefined || input.mentees.length === 0) return m;
          const ids = order.map((k) => (input.mentees[k % input.mentees.length] as { id: string }).id);
          const preferences = [...new Set(ids)].filter((id) => id !== m.id);
          return { ...m, preferences };
        }),
      })),
  );

/**
 * Small crowded programmes, where stable matchings are seldom unique: every mentor can take every
 * request (no hard rule bites), capacities 1..2, and both sides often rank the other explicitly.
 */
const crowded: fc.Arbitrary<ProgramJson> = fc
  .record({
    mode: fc.constantFrom('micro' as const, 'classic' as const),
    mentors: fc.array(
      fc.record({ capacity: fc.integer({ min: 1, max: 2 }), order: fc.option(fc.array(fc.nat(), { maxLength: 5 })) }),
      { minLength: 2, maxLength: 3 },
    ),
    mentees: fc.array(
      fc.record({ topics: fc.integer({ min: 1, max: 2 }), order: fc.option(fc.array(fc.nat(), { maxLength: 3 })) }),
      { minLength: 2, maxLength: 4 },
    ),
    levels: fc.array(fc.integer({ min: 3, max: 5 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ mode, mentors, mentees, levels }) => {
    const ids = (list: readonly unknown[], prefix: string) => list.map((_, k) => `${prefix}${k}`);
    const mentorIds = ids(mentors, 'm');
    const menteeIds = ids(mentees, 'e');
    let rows = 0;
    const menteeList = mentees.flatMap((e, k) => {
      const topics = mode === 'micro' ? Math.min(e.topics, 7 - rows) : 1;
      if (topics <= 0) return [];
      rows += topics;
      const wanted = ['a', 'b'].slice(0, topics);
      return [
        {
          id: menteeIds[k] as string,
          ...(mode === 'micro'
            ? { requests: wanted.map((topic) => ({ topic, level: 2 })) }
            : { goals: wanted.map((topic) => ({ topic })) }),
          ...(e.order === null
            ? {}
            : { preferences: [...new Set(e.order.map((x) => mentorIds[x % mentorIds.length] as string))] }),
        },
      ];
    });
    const present = menteeList.map((e) => e.id);
    return {
      mode,
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: mentors.map((m, j) => ({
        id: mentorIds[j] as string,
        skills: [
          { topic: 'a', level: levels[j] as number },
          { topic: 'b', level: levels[j + 3] as number },
        ],
        capacity: m.capacity,
        ...(m.order === null || present.length === 0
          ? {}
          : { preferences: [...new Set(m.order.map((x) => present[x % present.length] as string))] }),
      })),
      mentees: menteeList,
      rules: { sharedLanguage: false, sameDepartment: 'allowed' as const },
    };
  });

/** Each item's place in an order given as a list of items. */
function ranks(order: readonly number[]): number[] {
  const out = new Array<number>(order.length);
  order.forEach((item, at) => {
    out[item] = at;
  });
  return out;
}

/**
 * Both sides' ranks, rebuilt from the programme: smaller is better. Mentees rank by their scores,
 * mentors by the scores of the programme without the mentee's `preference` criterion; ties by id.
 */
function ranker(program: Program, table: ScoreTable) {
  const cols = table.mentorIds.length;
  const s = (r: number, j: number) => table.scores.data[r * cols + j] as number;
  const mentorSide = scoreProgram({ ...program, weights: { ...program.weights, preference: 0 } }).scores.data;
  const m = (r: number, j: number) => mentorSide[r * cols + j] as number;
  const mentorRank = ranks(mentorsInIdOrder(table));
  const rowRank = ranks(rowsInIdOrder(table));
  const rowKey = (r: number, j: number): [number, number, number] => {
    const mentee = program.mentees[table.rows[r]?.mentee as number];
    const at = mentee?.preferences.indexOf(table.mentorIds[j] as string) ?? -1;
    return [at < 0 ? Number.POSITIVE_INFINITY : at, -s(r, j), mentorRank[j] as number];
  };
  const mentorKey = (j: number, r: number): [number, number, number] => {
    const at = program.mentors[j]?.preferences.indexOf(table.rows[r]?.menteeId as string) ?? -1;
    return [at < 0 ? Number.POSITIVE_INFINITY : at, -m(r, j), rowRank[r] as number];
  };
  const less = (a: number[], b: number[]) => {
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return (a[k] as number) < (b[k] as number);
    return false;
  };
  return {
    rowPrefers: (r: number, a: number, b: number) => less(rowKey(r, a), rowKey(r, b)),
    mentorPrefers: (j: number, x: number, y: number) => less(mentorKey(j, x), mentorKey(j, y)),
  };
}

/**
 * The blocking pairs of `assigned`, by the definition (see `MatchSummary.blocking`), with the ranks
 * of `rank` (by default the programme's own, found anew: an exhaustive caller passes them once).
 */
function definitionBlocking(
  program: Program,
  table: ScoreTable,
  problem: MatchProblem,
  assigned: ArrayLike<number>,
  rank: ReturnType<typeof ranker> = ranker(program, table),
): [number, number][] {
  const { rowPrefers, mentorPrefers } = rank;
  const out: [number, number][] = [];
  for (let r = 0; r < problem.rows; r++) {
    if ((problem.locked[r] as number) >= 0) continue;
    for (let j = 0; j < problem.cols; j++) {
      const own = assigned[r] as number;
      if (j === own || (problem.scores[r * problem.cols + j] as number) === Number.NEGATIVE_INFINITY) continue;
      if (own >= 0 && !rowPrefers(r, j, own)) continue;
      const holders: number[] = [];
      for (let q = 0; q < problem.rows; q++) if (assigned[q] === j) holders.push(q);
      const sibling = holders.find((q) => q !== r && problem.group[q] === problem.group[r]);
      let takes: boolean;
      if (sibling !== undefined) takes = problem.locked[sibling] !== j && mentorPrefers(j, r, sibling);
      else if (holders.length < (problem.capacity[j] as number)) takes = true;
      else takes = holders.some((q) => problem.locked[q] !== j && mentorPrefers(j, r, q));
      if (takes) out.push([r, j]);
    }
  }
  return out;
}

/** Blocking pairs by mentee id, then topic, then mentor id (code units). */
function byIds(a: BlockingPair, b: BlockingPair): number {
  return compareIds(a.mentee, b.mentee) || compareIds(a.topic ?? '', b.topic ?? '') || compareIds(a.mentor, b.mentor);
}

/** The first `most` of `list` by {@link byIds}, in `list`'s order. */
function firstByIds(list: readonly BlockingPair[], most: number): BlockingPair[] {
  const kept = new Set([...list].sort(byIds).slice(0, most));
  return list.filter((p) => kept.has(p));
}

function blockingOf(result: MatchResult, table: ScoreTable): [number, number][] {
  return result.summary.blocking.map((p) => [
    table.rows.findIndex((row) => row.menteeId === p.mentee && row.topic === p.topic),
    table.mentorIds.indexOf(p.mentor),
  ]);
}

/** Every feasible matching of a small problem (as the exhaustive search reads the constraints). */
function allMatchings(problem: MatchProblem): Int32Array[] {
  const out: Int32Array[] = [];
  const to = Int32Array.from(problem.locked);
  const load = new Array<number>(problem.cols).fill(0);
  for (const j of problem.locked) if (j >= 0) load[j] = (load[j] as number) + 1;
  const visit = (r: number): void => {
    if (r === problem.rows) {
      out.push(to.slice());
      return;
    }
    if ((problem.locked[r] as number) >= 0) {
      visit(r + 1);
      return;
    }
    to[r] = -1;
    visit(r + 1);
    for (let j = 0; j < problem.cols; j++) {
      if ((problem.scores[r * problem.cols + j] as number) === Number.NEGATIVE_INFINITY) continue;
      if ((load[j] as number) >= (problem.capacity[j] as number)) continue;
      let clash = false;
      for (let q = 0; q < problem.rows; q++)
        if (q !== r && to[q] === j && problem.group[q] === problem.group[r]) clash = true;
      if (clash) continue;
      to[r] = j;
      load[j] = (load[j] as number) + 1;
      visit(r + 1);
      load[j] = (load[j] as number) - 1;
      to[r] = -1;
    }
  };
  visit(0);
  return out;
}

describe('matchProgram: stable objective and blocking pairs', () => {
  it(`lists exactly the blocking pairs of the definition, and none for stable (seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(
        programs({ maxMentors: 5, maxMentees: 5, maxRows: 12 }),
        fc.constantFrom(...OBJECTIVES),
        fc.option(fc.nat(), { nil: undefined }),
        (drawn, objective, order) => {
          // Often with the people listed out of id order, where ties by id and by position differ.
          const input = order === undefined ? drawn : shuffledProgram(drawn, mulberry32(order));
          const program = parseProgram(input);
          const table = scoreProgram(program);
          const problem = matchProblem(program, table);
          const result = matchProgram(input, { objective });
          expect(resultProblems(program, table, problem, result)).toEqual([]);
          const assigned = assignedOf(result, table);
          const expected = definitionBlocking(program, table, problem, assigned);
          expect(blockingOf(result, table)).toEqual(expected);
          expect(result.summary.blockingPairs).toBe(expected.length);
          if (objective === 'stable') expect(expected).toEqual([]);
          // Fewer listed: the first of them by ids, in the input's order; all still counted.
          const listed = (order ?? 0) % (expected.length + 2);
          const fewer = matchProgram(input, { objective, maxBlockingListed: listed });
          expect(fewer.summary.blocking).toEqual(firstByIds(result.summary.blocking, listed));
          expect(fewer.summary.blockingPairs).toBe(expected.length);
          expect(JSON.stringify({ ...fewer.summary, blocking: [] })).toBe(
            JSON.stringify({ ...result.summary, blocking: [] }),
          );
        },
      ),
      fcOptions(600),
    );
  });

  it('lists the first 1,000 blocking pairs by default and counts them all; maxBlockingListed: Infinity lists them all', async () => {
    // Micro, budgets binding: thousands of blocking pairs, listed out of id order.
    const drawn = sampleProgram({ mode: 'micro', mentors: 60, mentees: 400, topics: 20, seed: 5 });
    const input = shuffledProgram(drawn, mulberry32(7));
    const all = matchProgram(input, { maxBlockingListed: Number.POSITIVE_INFINITY });
    const byDefault = matchProgram(input);
    expect(all.summary.blockingPairs).toBeGreaterThan(DEFAULT_BLOCKING_LISTED);
    expect(all.summary.blocking).toHaveLength(all.summary.blockingPairs);
    expect(byDefault.summary.blocking).toEqual(firstByIds(all.summary.blocking, DEFAULT_BLOCKING_LISTED));
    // The same pairs listed whatever the people's order (in each input's order).
    const inIdOrder = matchProgram(drawn).summary.blocking;
    expect([...inIdOrder].sort(byIds)).toEqual([...byDefault.summary.blocking].sort(byIds));
    expect(inIdOrder).not.toEqual(byDefault.summary.blocking);
    expect(byDefault.summary.blockingPairs).toBe(all.summary.blockingPairs);
    expect(matchProgram(input, { maxBlockingListed: 0 }).summary.blocking).toEqual([]);
    // The async form lists the same first ones; rematch (the pairs it keeps are locks, which block
    // no one) the first of its own.
    const listed = { maxBlockingListed: 7 };
    expect((await matchProgramAsync(input, listed)).summary.blocking).toEqual(firstByIds(all.summary.blocking, 7));
    const previous = { matches: all.matches.slice(0, 5) };
    const again = rematch(input, previous, {}, { maxBlockingListed: Number.POSITIVE_INFINITY });
    const fewer = rematch(input, previous, {}, listed);
    expect(again.summary.blockingPairs).toBeGreaterThan(7);
    expect(fewer.summary.blocking).toEqual(firstByIds(again.summary.blocking, 7));
    expect(fewer.summary.blockingPairs).toBe(again.summary.blockingPairs);
    // The same result but for the list.
    expect(JSON.stringify({ ...byDefault, summary: { ...byDefault.summary, blocking: [] } })).toBe(
      JSON.stringify({ ...all, summary: { ...all.summary, blocking: [] } }),
    );
  });

  it('a bad maxBlockingListed is INVALID_INPUT naming the option', () => {
    const input = sampleProgram({ mode: 'classic', mentors: 3, mentees: 4, topics: 13, seed: 1 });
    for (const maxBlockingListed of [-1, 1.5, Number.NaN, Number.NEGATIVE_INFINITY, '5', null]) {
      for (const call of [
        () => matchProgram(input, { maxBlockingListed } as never),
        () => rematch(input, matchProgram(input), {}, { maxBlockingListed } as never),
      ]) {
        const error = thrown(call);
        expect(error).toBeInstanceOf(InvalidInputError);
        expect((error as InvalidInputError).code).toBe('INVALID_INPUT');
        expect((error as InvalidInputError).issues[0]?.path).toEqual(['options', 'maxBlockingListed']);
      }
    }
  });

  it('the stable result is mentee-optimal among all stable matchings (exhaustive, up to 7 × 3)', () => {
    let compared = 0;
    fc.assert(
      fc.property(crowded, (input: ProgramJson) => {
        const program = parseProgram(input);
        const table = scoreProgram(program);
        const problem = matchProblem(program, table);
        if (problem.rows > 7 || problem.cols > 3) return;
        const ours = assignedOf(matchProgram(input, { objective: 'stable' }), table);
        const rank = ranker(program, table);
        const { rowPrefers } = rank;
        const stable = allMatchings(problem).filter(
          (m) => definitionBlocking(program, table, problem, m, rank).length === 0,
        );
        expect(stable.length).toBeGreaterThan(0);
        if (stable.length > 1) compared++;
        for (const other of stable) {
          for (let r = 0; r < problem.rows; r++) {
            const a = ours[r] as number;
            const b = other[r] as number;
            // Unmatched in ours only if unmatched in every stable matching (rural hospitals), and
            // never a mentor the row ranks below the other's.
            if (a < 0) expect(b).toBe(-1);
            else if (b >= 0 && a !== b) expect(rowPrefers(r, a, b)).toBe(true);
          }
        }
        // Sanity: the exhaustive search agrees there is a feasible matching at all.
        expect(bruteForceMatch(problem).feasible).toBe(true);
      }),
      fcOptions(2000),
    );
    expect(compared).toBeGreaterThan(10);
  });

  it('with hours budgets: every budget holds, and a result flagged exact has no blocking pair', () => {
    let inexact = 0;
    fc.assert(
      fc.property(matchProgramArbitrary({ maxMentors: 5, maxMentees: 5, maxRows: 12, hours: 'mixed' }), (input) => {
        const program = parseProgram(input);
        const table = scoreProgram(program);
        const result = matchProgram(input, { objective: 'stable' });
        expect(resultProblems(program, table, matchProblem(program, table), result)).toEqual([]);
        if (result.summary.exact) expect(result.summary.blocking).toEqual([]);
        else inexact++;
      }),
      fcOptions(400),
    );
    expect(inexact).toBeGreaterThan(0);
  });

  it('explicit preferences of mentees and mentors decide over scores', () => {
    const base = {
      mode: 'classic' as const,
      topics: [{ id: 't' }],
      mentors: [
        { id: 'ana', skills: [{ topic: 't', level: 5 }], capacity: 1 },
        { id: 'ben', skills: [{ topic: 't', level: 2 }], capacity: 1 },
      ],
      mentees: [
        { id: 'cy', goals: [{ topic: 't' }] },
        { id: 'di', goals: [{ topic: 't' }] },
      ],
      objective: 'stable' as const,
    };
    const pairs = (r: MatchResult) => r.matches.map((m) => `${m.mentee}→${m.mentor}`);
    // By scores alone both mentees rank ana first and ana (tied) takes the earlier one.
    expect(pairs(matchProgram(base))).toEqual(['cy→ana', 'di→ben']);
    // ana would rather mentor di.
    const anaPrefers = { ...base, mentors: [{ ...base.mentors[0], preferences: ['di'] }, base.mentors[1]] };
    expect(pairs(matchProgram(anaPrefers as ProgramSource))).toEqual(['cy→ben', 'di→ana']);
    // cy ranks ben first: both get their first choice.
    const cyPrefers = { ...anaPrefers, mentees: [{ ...base.mentees[0], preferences: ['ben'] }, base.mentees[1]] };
    const result = matchProgram(cyPrefers as ProgramSource);
    expect(pairs(result)).toEqual(['cy→ben', 'di→ana']);
    expect(result.summary.blocking).toEqual([]);
    // The total objective pairs by score and leaves a blocking pair.
    const total = matchProgram(anaPrefers as ProgramSource, { objective: 'total' });
    expect(total.summary.blockingPairs).toBeGreaterThanOrEqual(0);
  });
});
