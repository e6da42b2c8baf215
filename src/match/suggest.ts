/**
 * `suggest` and `suggestAll`: self-service shortlists that respect every mentor's free places across
 * the whole cohort. Shortlists are filled round by round, everyone's first proposal before anyone's
 * second: each round is one capacitated assignment (`capacitatedAssignment`, maximising scores,
 * `partial`) of one mentor per demand row, where a mentor takes at most its free places (×
 * `exposure`) still unproposed, a mentor is never proposed twice to one row, and one mentee's
 * requests get distinct mentors when the matching would require it. Each round makes the most
 * proposals possible, then the highest total score. So a popular expert is shown to as many people
 * as it can serve, the best ones for it, and not to whoever asked first: the answer does not depend
 * on the order of visits. Free places are capacities minus locked pairs and, for a mentor with an
 * hours budget, at most the budget over the shortest request's hours.
 */

import { describeValue } from '../internal/describeValue.js';
import { canonicalProgram } from '../model/canonicalProgram.js';
import { invalidInput, issue, localeOf } from '../model/issues.js';
import { optionLimits } from '../model/limits.js';
import type { Program } from '../model/program.js';
import { type ProgramSource, readProgram } from '../model/readProgram.js';
import { scoreSteps } from '../score/scoreProgram.js';
import { capacitatedAssignment } from '../solve/capacitatedAssignment.js';
import { runSteps, type Steps, timeLimitOf } from '../solve/internal/clock.js';
import { csrOf, pairIndex, pairScore } from '../solve/internal/pairs.js';
import { localise, readLocale } from './localise.js';
import { freeProblem, MOST_PLACES, type Prepared, placesFor, prepare } from './prepare.js';
import { startClockIn } from './startClockIn.js';
import type { RequestSuggestions, Suggestions, SuggestOptions } from './types.js';

/**
 * The `k` best mentors for one mentee (for each topic request in micro mode), best first, each
 * with its score and explanation. Never a forbidden pair, and never more proposals of a mentor,
 * across the whole cohort, than its free places can serve (see {@link suggestAll}). A request
 * decided by a locked pair lists only that mentor. Deterministic.
 *
 * Cost: one capacitated assignment over the whole cohort with `k` units per demand row; to serve
 * many mentees, call {@link suggestAll} once.
 *
 * @param input - a programme from `parseProgram`, or its JSON input (object or string).
 * @param menteeId - the mentee's id.
 * @param k - how many mentors per request (an integer ≥ 1).
 * @param options - `exposure` (default 1): how many people a mentor may be proposed to per free
 *   place; above 1, platforms accept that a shortlist may hold a mentor who fills up first.
 * @returns the mentee's shortlists: one per request (micro) or one (classic); `missing` counts the
 *   places of a shortlist left empty for want of allowed mentors with room.
 * @throws {@link InvalidInputError} for an invalid programme, an unknown mentee, a bad `k` or option.
 *
 * @example
 * ```ts
 * import { suggest } from 'mentormatch';
 *
 * const program = {
 *   mode: 'classic',
 *   topics: [{ id: 'leadership' }],
 *   mentors: [
 *     { id: 'ana', skills: [{ topic: 'leadership', level: 5 }], capacity: 1 },
 *     { id: 'ben', skills: [{ topic: 'leadership', level: 3 }], capacity: 1 },
 *   ],
 *   mentees: [
 *     { id: 'cy', goals: [{ topic: 'leadership' }] },
 *     { id: 'di', goals: [{ topic: 'leadership' }] },
 *   ],
 * };
 * // Two mentees, one place each: every mentor is shown to one person only.
 * console.log(suggest(program, 'cy', 2).requests[0]?.mentors.map((m) => m.mentor)); // [ 'ana' ]
 * console.log(suggest(program, 'di', 2).requests[0]?.mentors.map((m) => m.mentor)); // [ 'ben' ]
 * ```
 */
export function suggest(input: ProgramSource, menteeId: string, k: number, options?: SuggestOptions): Suggestions {
  return runSteps(suggestSteps(input, menteeId, k, options), startClockIn('suggest', options, timeLimitOf(options)));
}

function* suggestSteps(
  input: ProgramSource,
  menteeId: string,
  k: number,
  options: SuggestOptions | undefined,
): Steps<Suggestions> {
  const t = readLocale('suggest', options);
  const program = yield* readProgram('suggest', input, optionLimits('suggest', options), t);
  const mentee = program.mentees.findIndex((m) => m.id === menteeId);
  if (mentee < 0) {
    throw invalidInput(
      'suggest',
      [issue(['menteeId'], 'not_in_programme', { kind: 'mentee', found: describeValue(menteeId) })],
      'INVALID_INPUT',
      t,
    );
  }
  yield 'parse';
  const list = (yield* shortlists('suggest', program, k, options))[mentee] as Suggestions;
  return localise([list], t)[0] as Suggestions;
}

/**
 * {@link suggest} for every mentee at once, in mentee order: the same shortlists, from one solve.
 *
 * @param input - a programme from `parseProgram`, or its JSON input (object or string).
 * @param k - how many mentors per request (an integer ≥ 1).
 * @param options - as for {@link suggest}.
 * @returns one {@link Suggestions} per mentee, in the programme's order.
 * @throws {@link InvalidInputError} for an invalid programme, a bad `k` or option.
 *
 * @example
 * ```ts
 * import { suggestAll } from 'mentormatch';
 *
 * const all = suggestAll(
 *   {
 *     mode: 'classic',
 *     topics: [{ id: 'sales' }],
 *     mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }], capacity: 3 }],
 *     mentees: [{ id: 'bo', goals: [{ topic: 'sales' }] }, { id: 'cy', goals: [{ topic: 'sales' }] }],
 *   },
 *   3,
 * );
 * console.log(all.map((s) => `${s.mentee}: ${s.requests[0]?.mentors.length} of 3`)); // [ 'bo: 1 of 3', 'cy: 1 of 3' ]
 * ```
 */
export function suggestAll(input: ProgramSource, k: number, options?: SuggestOptions): Suggestions[] {
  return runSteps(
    suggestAllSteps('suggestAll', input, k, options),
    startClockIn('suggestAll', options, timeLimitOf(options)),
  );
}

/** {@link suggestAll} in phases (parse, score, solve, explain), errors under `fn`'s name. */
export function* suggestAllSteps(
  fn: string,
  input: ProgramSource,
  k: number,
  options: SuggestOptions | undefined,
): Steps<Suggestions[]> {
  const t = readLocale(fn, options);
  const program = yield* readProgram(fn, input, optionLimits(fn, options), t);
  yield 'parse';
  return localise(yield* shortlists(fn, program, k, options), t);
}

/**
 * The shortlists of every mentee, in the input's order. The solves run on the programme in id order
 * (ties broken by ids, so the input's order of people changes nothing but the order of the lists).
 */
function* shortlists(fn: string, given: Program, k: number, options: SuggestOptions | undefined): Steps<Suggestions[]> {
  const exposure = readOptions(fn, k, options);
  const program = canonicalProgram(given);
  const table = yield* scoreSteps(program, false, { fn, maxPairs: optionLimits(fn, options).maxPairs });
  yield 'score';
  const prepared = prepare(program, table);
  const chosen = solveShortlists(prepared, k, exposure);
  yield 'solve';
  const lists: RequestSuggestions[][] = program.mentees.map(() => []);
  table.rows.forEach((row, r) => {
    const lockedTo = prepared.locked[r] as number;
    const mentors = (lockedTo >= 0 ? [lockedTo] : (chosen[r] ?? [])).map((j) => ({
      mentor: table.mentorIds[j] as string,
      score: pairScore(table.allowed, r, j),
      explanation: table.explain(r, j),
    }));
    const shortlist: RequestSuggestions = {
      ...(row.topic === undefined ? {} : { topic: row.topic }),
      locked: lockedTo >= 0,
      mentors,
      missing: lockedTo >= 0 ? 0 : k - mentors.length,
    };
    lists[row.mentee]?.push(shortlist);
  });
  yield 'explain';
  const byId = new Map(program.mentees.map((m, e) => [m.id, lists[e] ?? []] as const));
  return given.mentees.map((m) => {
    const requests = byId.get(m.id) ?? [];
    // The mentee's requests in the input's order (by topic; classic: the one shortlist).
    const order = new Map(m.requests.map((q, at) => [q.topic, at] as const));
    const at = (x: RequestSuggestions) => (x.topic === undefined ? 0 : (order.get(x.topic) ?? 0));
    return { mentee: m.id, k, requests: [...requests].sort((a, b) => at(a) - at(b)) };
  });
}

/**
 * Per demand row: the mentor columns proposed, best score first (ties by column). Round by round:
 * every row's first proposal, then every row's second, and so on; each round makes the most
 * proposals the places left allow, then the highest total score.
 */
function solveShortlists(prepared: Prepared, k: number, exposure: number): number[][] {
  const { table, hoursLeft } = prepared;
  const cols = table.mentorIds.length;
  const problem = freeProblem(prepared);
  const free = problem.rows;
  const { groups, hours, pairs: freePairs } = problem;
  // Written to (a proposed pair is not proposed again), so never the table's own array (nor its
  // mask, if it is masked: the copy keeps it and the table gets its scores back).
  let data: Float64Array;
  try {
    data = freePairs.scores.slice();
  } finally {
    problem.restore();
  }
  const shortest = hours.reduce((x, y) => (y > 0 ? Math.min(x, y) : x), Number.POSITIVE_INFINITY);
  const capacities = placesFor(prepared.capacity, hoursLeft, shortest).map((places) =>
    Math.min(Math.floor(places * exposure + 1e-9), MOST_PLACES),
  );
  const n = free.length;
  const chosen: number[][] = Array.from({ length: table.rows.length }, () => []);
  const options = {
    capacities,
    maximize: true,
    partial: true,
    maxEntries: Number.POSITIVE_INFINITY,
    ...(groups === undefined ? {} : { groups }),
  };
  const matrix = csrOf(n, cols, freePairs, data);
  /** Takes pair (`row`, `j`) out of the next rounds, when the row has it. */
  const out = (row: number, j: number) => {
    const e = pairIndex(freePairs, row, j);
    if (e >= 0) data[e] = Number.NEGATIVE_INFINITY;
  };
  for (let round = 0; round < k; round++) {
    const pairs = capacitatedAssignment(matrix, options);
    if (pairs.rows.length === 0) break;
    for (let p = 0; p < pairs.rows.length; p++) {
      const row = pairs.rows[p] as number;
      const j = pairs.cols[p] as number;
      chosen[free[row] as number]?.push(j);
      capacities[j] = (capacities[j] as number) - 1;
      // Never the same mentor twice in a shortlist, nor for two requests of one mentee.
      if (groups === undefined) out(row, j);
      else {
        // A mentee's requests are consecutive rows.
        let q = row;
        while (q > 0 && groups[q - 1] === groups[row]) q--;
        for (; q < n && groups[q] === groups[row]; q++) out(q, j);
      }
    }
  }
  for (const [r, list] of chosen.entries()) {
    list.sort((a, b) => pairScore(table.allowed, r, b) - pairScore(table.allowed, r, a) || a - b);
  }
  return chosen;
}

function readOptions(fn: string, k: number, options: SuggestOptions | undefined): number {
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) {
    throw invalidInput(
      fn,
      [issue(['k'], 'invalid_type', { expected: 'integerFrom1', found: describeValue(k) })],
      'INVALID_INPUT',
      localeOf(options),
    );
  }
  if (options === undefined) return 1;
  if (options === null || typeof options !== 'object') {
    throw invalidInput(fn, [issue(['options'], 'invalid_type', { expected: 'object', found: describeValue(options) })]);
  }
  const exposure = (options as { exposure?: unknown }).exposure ?? 1;
  if (typeof exposure !== 'number' || !Number.isFinite(exposure) || exposure < 1) {
    throw invalidInput(
      fn,
      [issue(['options', 'exposure'], 'invalid_type', { expected: 'finiteFrom1', found: describeValue(exposure) })],
      'INVALID_INPUT',
      localeOf(options),
    );
  }
  return exposure;
}
