/**
 * The `stable` objective is strategy-proof for mentees, at programme level: on seeded random
 * programmes, every mentee's every misreport is tried and none gets it a mentor it truly prefers.
 *
 * Why it should hold: `stable` is mentee-proposing deferred acceptance, which no proposer can game
 * when the other side's preferences do not depend on what proposers report (L. E. Dubins and
 * D. A. Freedman, "Machiavelli and the Gale–Shapley algorithm", Amer. Math. Monthly 88 (1981)
 * 485–494; A. E. Roth, "The economics of matching: stability and incentives", Math. Oper. Res. 7
 * (1982) 617–628; many-to-one with responsive preferences: Roth and Sotomayor, "Two-Sided Matching"
 * (1990), Thm 5.16). A mentor ranks by its own list, then by its mentor-side scores
 * (`ScoreTable.mentorScores`, without the mentee's `preference` criterion), and no mentee report
 * moves either: before that, a mentee climbed a mentor's ranking by listing it first (the worked
 * case below).
 *
 * Definitions. A demand row's true preference over mentors: its mentee's true `preferences` list
 * first, in that order, then the row's score with the truthful report, ties by mentor id (the
 * engine's order); any mentor above none. A misreport: any other list of distinct mentors (every
 * ordered subset of the programme's mentors, which are at most 3 here: every reordering of the true
 * list, every entry dropped, every other mentor listed, the empty list), the rest of the programme
 * unchanged. A micro mentee gives one list for all its requests, so a misreport changes every one
 * of its requests' rankings at once; each request is judged by its own true preference.
 *
 * Shown by exhaustive misreports on 300 crowded programmes and 100 programmes of every shape
 * (fixed seed), with mentors' own lists, locked and forbidden pairs, every hard rule, random weights
 * and hours budgets where every request takes the same hours (the budgets are then whole places):
 *
 * - a mentee with one demand row (classic mode; micro mode with one request) never gets, by any
 *   misreport, a mentor it truly prefers to the one it gets by telling the truth;
 * - a micro mentee with several requests (distinct mentors, the default) never gets a truly better
 *   mentor for one request without a truly worse one for another. This is tested, not a theorem.
 *
 * Left out of the property, each with a counterexample below:
 *
 * - a mentee with several requests can trade: one request better, another worse (it may care more
 *   about one topic; the objective does not weigh requests);
 * - with `rules.repeatMentor` (a mentee's requests may share a mentor), a misreport can get one
 *   request a better mentor with no other worse off;
 * - hours budgets with requests of different lengths: places are then cut while a mentor's hours
 *   overrun and the matching found again (not plain deferred acceptance; the result may be flagged
 *   not exact), and a mentee with one request can gain by misreporting.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  type MatchResult,
  matchProgram,
  type Program,
  parseProgram,
  scoreProgram,
} from '../src/index.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { withLocks } from './helpers/matchProgramArbitrary.js';
import { type MenteeJson, type ProgramJson, programArbitrary } from './helpers/programArbitrary.js';
import { orderedSubsets } from './helpers/stableBruteForce.js';

console.info(`fast-check seed for strategy-proofness: ${FC_SEED}`);

/** A programme's `stable` matching as mentor id per demand row key (`mentee/topic`). */
function stableMentors(program: Program): Map<string, string> {
  const result: MatchResult = matchProgram(program, { objective: 'stable' });
  return new Map(result.matches.map((m) => [`${m.mentee}/${m.topic ?? ''}`, m.mentor]));
}

/** `program` with mentee `id` reporting `list`. */
function reporting(program: Program, id: string, list: readonly string[]): Program {
  return { ...program, mentees: program.mentees.map((m) => (m.id === id ? { ...m, preferences: list } : m)) };
}

/** What the exhaustive search saw. */
interface Search {
  /** Misreports tried. */
  trials: number;
  /** Demand rows whose mentor a misreport changed, over all misreports. */
  changed: number;
}

/**
 * Tries every misreport of every mentee of `program` (see the file comment), counting them in
 * `search`, and returns each gain in words: for a mentee with one row, a truly better mentor; with
 * several, one row truly better and none truly worse.
 */
function misreportGains(program: Program, search: Search): string[] {
  const gains: string[] = [];
  const table = scoreProgram(program);
  const cols = table.mentorIds.length;
  const truthful = stableMentors(program);
  program.mentees.forEach((mentee, e) => {
    const rows: { r: number; key: string }[] = [];
    table.rows.forEach((row, r) => {
      if (row.mentee === e) rows.push({ r, key: `${row.menteeId}/${row.topic ?? ''}` });
    });
    if (rows.length === 0) return;
    // True rank of mentor `id` for row `r` as a sortable key (smaller is better); none is last.
    const truly = (r: number, id: string | undefined): [number, number, string] => {
      if (id === undefined) return [Number.POSITIVE_INFINITY, 0, ''];
      const at = mentee.preferences.indexOf(id);
      const score = table.scores.data[r * cols + table.mentorIds.indexOf(id)] as number;
      return [at < 0 ? mentee.preferences.length : at, -score, id];
    };
    const above = (a: [number, number, string], b: [number, number, string]) =>
      a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
    // Only a mentee with a row that some allowed mentor truly suits better can gain at all.
    const hopeful = rows.some(({ r, key }) =>
      table.mentorIds.some(
        (id, j) =>
          (table.scores.data[r * cols + j] as number) > Number.NEGATIVE_INFINITY &&
          above(truly(r, id), truly(r, truthful.get(key))),
      ),
    );
    if (!hopeful) return;
    const others = table.mentorIds.filter((id) => id !== mentee.id);
    for (const subset of orderedSubsets(others.length)) {
      const list = subset.map((k) => others[k] as string);
      if (list.join() === mentee.preferences.join()) continue;
      search.trials++;
      const lied = stableMentors(reporting(program, mentee.id, list));
      let better = false;
      let worse = false;
      for (const { r, key } of rows) {
        const truth = truly(r, truthful.get(key));
        const lie = truly(r, lied.get(key));
        better ||= above(lie, truth);
        worse ||= above(truth, lie);
        if (truthful.get(key) !== lied.get(key)) search.changed++;
      }
      if (better && (rows.length === 1 || !worse)) {
        const got = rows.map(({ key }) => `${key}: ${truthful.get(key) ?? '-'} → ${lied.get(key) ?? '-'}`);
        gains.push(`${mentee.id} reporting ${JSON.stringify(list)}: ${got.join(', ')}`);
      }
    }
  });
  return gains;
}

/** Whether `input` is a valid programme (the shape generators below may draw weights that leave no criterion). */
function valid(input: ProgramJson): boolean {
  try {
    parseProgram(input);
    return true;
  } catch (error) {
    if (error instanceof InvalidInputError) return false;
    throw error;
  }
}

/** Distinct ids of `pool` picked by `draws`, or none. */
function pick(pool: readonly string[], draws: readonly number[]): string[] {
  return pool.length === 0 ? [] : [...new Set(draws.map((x) => pool[x % pool.length] as string))];
}

/**
 * Crowded programmes, where choices conflict: 2–3 mentors (capacity 0–2, own lists often) who can
 * all take every request, 2–5 mentees of 1–2 requests or goals (7 rows at most) ranking some
 * mentors, people's grades, departments and time zones to spread the scores, the preference
 * weight at its default or heavy, up to two locked pairs; micro budgets of whole places when
 * `budgets` (every request 2 h).
 */
function crowded(budgets: boolean): fc.Arbitrary<ProgramJson> {
  const person = {
    grade: fc.integer({ min: 0, max: 6 }),
    dept: fc.constantFrom('x', 'y'),
    zone: fc.constantFrom(0, 2, 6, -5),
  };
  return fc
    .record({
      mode: fc.constantFrom('micro' as const, 'classic' as const),
      mentors: fc.array(
        fc.record({
          ...person,
          a: fc.integer({ min: 1, max: 5 }),
          b: fc.integer({ min: 1, max: 5 }),
          capacity: fc.constantFrom(0, 1, 1, 1, 2, 2),
          budget: fc.option(fc.constantFrom(1, 2, 4, 6), { nil: undefined }),
          order: fc.option(fc.array(fc.nat(), { maxLength: 5 }), { nil: undefined }),
        }),
        { minLength: 2, maxLength: 3 },
      ),
      mentees: fc.array(
        fc.record({
          ...person,
          topics: fc.constantFrom(['a'], ['b'], ['a', 'b'], ['a', 'b']),
          level: fc.integer({ min: 1, max: 3 }),
          order: fc.array(fc.nat(), { maxLength: 3 }),
        }),
        { minLength: 2, maxLength: 5 },
      ),
      preference: fc.constantFrom(undefined, 1, 3),
      locks: fc.array(fc.record({ row: fc.nat(), mentor: fc.nat() }), { maxLength: 2 }),
    })
    .map((raw) => {
      const mentorIds = raw.mentors.map((_, j) => `m${j}`);
      let rows = 0;
      const mentees: MenteeJson[] = raw.mentees.flatMap((e, k) => {
        const topics = raw.mode === 'micro' ? e.topics.slice(0, Math.max(0, 7 - rows)) : e.topics;
        if (topics.length === 0) return [];
        rows += raw.mode === 'micro' ? topics.length : 1;
        const preferences = pick(mentorIds, e.order);
        return [
          {
            id: `e${k}`,
            grade: e.grade,
            department: e.dept,
            timeZone: e.zone,
            ...(raw.mode === 'micro'
              ? { requests: topics.map((topic) => ({ topic, level: e.level })) }
              : { goals: topics.map((topic) => ({ topic })) }),
            ...(preferences.length > 0 ? { preferences } : {}),
          },
        ];
      });
      const menteeIds = mentees.map((e) => e.id);
      const input: ProgramJson = {
        mode: raw.mode,
        topics: [{ id: 'a' }, { id: 'b' }],
        mentors: raw.mentors.map((m, j) => ({
          id: mentorIds[j] as string,
          skills: [
            { topic: 'a', level: m.a },
            { topic: 'b', level: m.b },
          ],
          capacity: m.capacity,
          grade: m.grade,
          department: m.dept,
          timeZone: m.zone,
          ...(budgets && raw.mode === 'micro' && m.budget !== undefined ? { hoursBudget: m.budget } : {}),
          ...(m.order === undefined ? {} : { preferences: pick(menteeIds, m.order) }),
        })),
        mentees,
        rules: { sharedLanguage: false, levelRequired: false, repeatMentor: false },
        ...(raw.preference === undefined ? {} : { weights: { preference: raw.preference } }),
      };
      return withLocks(input, raw.locks);
    });
}

/**
 * Programmes of every shape (test/helpers/programArbitrary.ts: every hard rule, custom rules,
 * random weights) with 2–3 mentors of one place each and 3–4 mentees (6 rows at most), mentors'
 * own lists and locked pairs; micro requests all of the default length (budgets are whole places),
 * classic mentors without budgets, `rules.sharedLanguage` and `rules.repeatMentor` off (so that
 * mentees compete at all).
 */
const anyShape: fc.Arbitrary<ProgramJson> = fc
  .record({
    input: programArbitrary({ minMentors: 2, maxMentors: 3, minMentees: 3, maxMentees: 4 }),
    orders: fc.array(fc.option(fc.array(fc.nat(), { maxLength: 4 }), { nil: undefined }), {
      minLength: 3,
      maxLength: 3,
    }),
    locks: fc.array(fc.record({ row: fc.nat(), mentor: fc.nat() }), { maxLength: 2 }),
  })
  .map(({ input, orders, locks }) => {
    let left = 6;
    const mentees = input.mentees.map((e) => {
      if (input.mode !== 'micro') return e;
      const requests = (e.requests ?? []).slice(0, Math.max(0, left)).map(({ hours: _, ...q }) => q);
      left -= requests.length;
      return { ...e, requests };
    });
    const menteeIds = mentees.map((e) => e.id);
    const mentors = input.mentors.map(({ hoursBudget, ...m }, j) => {
      const order = orders[j];
      return {
        ...m,
        capacity: 1,
        ...(input.mode === 'micro' && hoursBudget !== undefined ? { hoursBudget } : {}),
        ...(order === undefined ? {} : { preferences: pick(menteeIds, order).filter((id) => id !== m.id) }),
      };
    });
    // Forbidden pairs naming a request cut above go too.
    const forbiddenPairs = (input.rules?.forbiddenPairs ?? []).filter(
      (p) =>
        p.topic === undefined || mentees.some((e) => e.id === p.mentee && e.requests?.some((q) => q.topic === p.topic)),
    );
    const rules = { ...(input.rules ?? {}), sharedLanguage: false, repeatMentor: false, forbiddenPairs };
    return { input: { ...input, mentors, mentees, rules }, locks };
  })
  .filter(({ input }) => valid(input))
  .map(({ input, locks }) => withLocks(input, locks));

describe('matchProgram stable: no mentee gains by misreporting its preferences', () => {
  it('the reported case: listing a mentor first no longer lifts a mentee in its ranking', () => {
    // eve truly prefers ben to ana. ben takes xia (whom he suits better whatever eve lists); ana
    // suits yan a little better than eve, which eve's listing ana first used to outweigh.
    const truth = {
      mode: 'classic' as const,
      topics: [{ id: 'sales' }],
      mentors: [
        { id: 'ana', skills: [{ topic: 'sales', level: 5 }], capacity: 1, department: 'ops', timeZone: 0 },
        { id: 'ben', skills: [{ topic: 'sales', level: 5 }], capacity: 1, department: 'it', timeZone: 0 },
      ],
      mentees: [
        { id: 'eve', goals: [{ topic: 'sales' }], department: 'it', timeZone: 1, preferences: ['ben', 'ana'] },
        { id: 'xia', goals: [{ topic: 'sales' }], department: 'ops', timeZone: 0, preferences: ['ben'] },
        { id: 'yan', goals: [{ topic: 'sales' }], department: 'it', timeZone: 0 },
      ],
    };
    const program = parseProgram(truth);
    const lie = reporting(program, 'eve', ['ana', 'ben']);
    // Listing ana first raises eve's score with ana (her own ranking), not ana's ranking of her.
    expect(scoreProgram(lie).scores.data[0]).toBeGreaterThan(scoreProgram(program).scores.data[0] as number);
    expect(scoreProgram(lie).mentorScores().data).toEqual(scoreProgram(program).mentorScores().data);
    for (const p of [program, lie]) {
      expect(Object.fromEntries(stableMentors(p))).toEqual({ 'xia/': 'ben', 'yan/': 'ana' });
    }
  });

  it(`crowded programmes: no misreport gains (300 programmes, seed ${FC_SEED})`, () => {
    const search: Search = { trials: 0, changed: 0 };
    fc.assert(
      fc.property(fc.boolean().chain(crowded), (input) => {
        expect(misreportGains(parseProgram(input), search)).toEqual([]);
      }),
      fcOptions(300),
    );
    console.info(`crowded programmes: ${search.trials} misreports, ${search.changed} rows moved`);
    // Not vacuous: the misreports often move the mentee.
    expect(search.trials).toBeGreaterThan(3000);
    expect(search.changed).toBeGreaterThan(200);
  });

  it(`programmes of every shape: no misreport gains (100 programmes, seed ${FC_SEED})`, () => {
    const search: Search = { trials: 0, changed: 0 };
    fc.assert(
      fc.property(anyShape, (input) => {
        expect(misreportGains(parseProgram(input), search)).toEqual([]);
      }),
      fcOptions(100),
    );
    console.info(`programmes of every shape: ${search.trials} misreports, ${search.changed} rows moved`);
    expect(search.changed).toBeGreaterThan(10);
  });

  it('counterexample: a mentee with two requests can trade one mentor for another', () => {
    // ana suits both of eve's requests best, but takes one request per mentee: the one on b, which
    // both mentors score higher. Ranking ben first, eve gets ana for a and ben for b instead.
    const program = parseProgram({
      mode: 'micro',
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: [
        {
          id: 'ana',
          skills: [
            { topic: 'a', level: 4 },
            { topic: 'b', level: 5 },
          ],
          capacity: 1,
        },
        {
          id: 'ben',
          skills: [
            { topic: 'a', level: 3 },
            { topic: 'b', level: 4 },
          ],
          capacity: 1,
        },
      ],
      mentees: [
        {
          id: 'eve',
          requests: [
            { topic: 'a', level: 3 },
            { topic: 'b', level: 2 },
          ],
        },
      ],
    });
    const table = scoreProgram(program);
    // Both requests truly rank ana first (rows a, b; columns ana, ben).
    const [aAna, aBen, bAna, bBen] = table.scores.data;
    expect([(aAna as number) > (aBen as number), (bAna as number) > (bBen as number)]).toEqual([true, true]);
    expect(Object.fromEntries(stableMentors(program))).toEqual({ 'eve/a': 'ben', 'eve/b': 'ana' });
    expect(Object.fromEntries(stableMentors(reporting(program, 'eve', ['ben', 'ana'])))).toEqual({
      'eve/a': 'ana',
      'eve/b': 'ben',
    });
  });

  it('counterexample: with rules.repeatMentor, a misreport gets one request a better mentor and the other the same', () => {
    // Found by the search above with repeatMentor on, then cut down. e0 truly ranks m0 first; by
    // sending both requests to m2 first it leaves room at m1 for e1's request on b, which frees a
    // place at m0 (e1 held two there) for e0's request on b. Its request on a keeps m2.
    const skills = (a: number, b: number) => [
      { topic: 'a', level: a },
      { topic: 'b', level: b },
    ];
    const program = parseProgram({
      mode: 'micro',
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: [
        { id: 'm0', skills: skills(5, 1), capacity: 2, preferences: ['e1'] },
        { id: 'm1', skills: skills(2, 4), capacity: 2, preferences: ['e2'] },
        { id: 'm2', skills: skills(5, 3), capacity: 2 },
      ],
      mentees: [
        {
          id: 'e0',
          requests: [
            { topic: 'a', level: 3 },
            { topic: 'b', level: 3 },
          ],
          preferences: ['m0'],
        },
        {
          id: 'e1',
          requests: [
            { topic: 'a', level: 2 },
            { topic: 'b', level: 2 },
          ],
          preferences: ['m1', 'm0'],
        },
        { id: 'e2', requests: [{ topic: 'a', level: 3 }], preferences: ['m1'] },
        { id: 'e3', requests: [{ topic: 'a', level: 3 }], preferences: ['m2'] },
      ],
      rules: { sharedLanguage: false, levelRequired: false, repeatMentor: true },
    });
    const e0 = (m: Map<string, string>) => [m.get('e0/a'), m.get('e0/b')];
    expect(e0(stableMentors(program))).toEqual(['m2', 'm1']);
    expect(e0(stableMentors(reporting(program, 'e0', ['m2', 'm0'])))).toEqual(['m2', 'm0']);
  });

  it('counterexample: with requests of different lengths under hours budgets, one request can gain', () => {
    // Places are counted for the shortest request (2 h). Told the truth, eve waits at cal while dan
    // (3 h) overruns ben's 2 h: ben's place is cut, dan moves to cal, who prefers him, and eve is
    // left with nobody (the result is flagged not exact). Ranking ben first, eve holds ben's place
    // before dan comes, ben keeps her, and dan goes to cal.
    const program = parseProgram({
      mode: 'micro',
      topics: [{ id: 'pricing' }],
      mentors: [
        { id: 'ben', skills: [{ topic: 'pricing', level: 5 }], capacity: 1, hoursBudget: 2, timeZone: 0 },
        { id: 'cal', skills: [{ topic: 'pricing', level: 5 }], capacity: 1, hoursBudget: 3, preferences: ['dan'] },
      ],
      mentees: [
        { id: 'dan', requests: [{ topic: 'pricing', level: 3, hours: 3 }], timeZone: 8, preferences: ['ben'] },
        { id: 'eve', requests: [{ topic: 'pricing', level: 3, hours: 2 }], timeZone: 0, preferences: ['cal'] },
      ],
    });
    const truth = matchProgram(program, { objective: 'stable' });
    expect(truth.matches.map((m) => `${m.mentee}→${m.mentor}`)).toEqual(['dan→cal']);
    expect(truth.summary.exact).toBe(false);
    const lie = matchProgram(reporting(program, 'eve', ['ben']), { objective: 'stable' });
    expect(lie.matches.map((m) => `${m.mentee}→${m.mentor}`)).toEqual(['dan→cal', 'eve→ben']);
  });
});
