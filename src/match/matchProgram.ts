/**
 * `matchProgram`: a whole mentoring programme end to end: parse, score, fix the locked pairs,
 * solve the objective exactly, explain every pair and give a reason for everyone left unmatched.
 */

import { describeValue } from '../internal/describeValue.js';
import type { Translator } from '../locale/message.js';
import { canonicalProgram } from '../model/canonicalProgram.js';
import type { DemandRow } from '../model/indexProgram.js';
import { invalidInput, issue, localeOf } from '../model/issues.js';
import { optionLimits } from '../model/limits.js';
import { OBJECTIVES, type Objective, type Program } from '../model/program.js';
import { type ProgramSource, readProgram } from '../model/readProgram.js';
import { type ScoreTable, scoreSteps } from '../score/scoreProgram.js';
import type { Threads } from '../score/threads.js';
import { drain, keepTime, now, runSteps, SLICE, type Steps } from '../solve/internal/clock.js';
import { pairScore } from '../solve/internal/pairs.js';
import { explainAhead, explainRow } from './explainAhead.js';
import {
  auditsSteps,
  type KeptHelper,
  keptHelper,
  letGo,
  rowsHelperOf,
  sendAudits,
  sendBaseline,
} from './helperTasks.js';
import { inputOrder } from './inputOrder.js';
import { inLocale, localise, readLocale } from './localise.js';
import { prepare } from './prepare.js';
import { programWarnings } from './programWarnings.js';
import { unmatchedReasons } from './reasons.js';
import { type Solved, solveObjectiveSteps } from './solveObjective.js';
import { startClockIn } from './startClockIn.js';
import type { BlockingPair, BoundFigure, Match, MatchFigures, MatchOptions, MatchResult, MentorLoad } from './types.js';

/**
 * Matches a mentoring programme: in classic mode each mentee gets at most one mentor; in micro mode
 * each topic request gets its own mentor, one mentee's requests go to distinct mentors (unless
 * `rules.repeatMentor`), and mentors stay within their hours budgets. Every mentor stays within
 * capacity; locked pairs are kept and use capacity; forbidden and excluded pairs never appear.
 *
 * Objectives (`options.objective`, else the programme's, else `total`): `total`, the highest
 * Σ priority × score; `coverage`, the highest Σ priority of the units matched, then Σ priority ×
 * score; `fair`, the most pairs, then the highest lowest score (within 1e-12 relative), then
 * Σ priority × score; `stable`, the mentee-optimal stable matching (deferred acceptance on both
 * sides' preferences: explicit `preferences` first, then scores; mentors rank by the score without
 * the mentee's own `preference` criterion), which no mentee and mentor would both rather leave for
 * each other. Exact without binding hours budgets; with them (a knapsack per mentor, NP-hard) the
 * best matching found, exact when the branch and bound ends within `options.maxNodes`, otherwise
 * with a proven bound: `summary.exact`, `bound`, `boundOn` and `gap` say which. Ties go to the lower
 * id: the same programme with its people in any order gives the same pairs, listed in the input's
 * order. Every summary counts the matching's blocking pairs and lists the first of them by ids
 * (`options.maxBlockingListed`, default 1,000). Deterministic: the same input gives the same
 * result, byte for byte once serialised.
 *
 * @param input - a programme from {@link parseProgram}, or its JSON input (object or string).
 * @param options - `objective` overrides the programme's; `maxNodes` caps the search when hours
 *   budgets bind (an integer ≥ 0; default 2,000 for small programmes, fewer for large ones).
 * @returns the matches with scores and explanations, the unmatched with reasons, and a summary
 *   that compares with a first-come-first-served matching of the same programme.
 * @throws {@link InvalidInputError} for an invalid programme (every problem, with its path), a bad
 *   option, or locked pairs that break a hard rule, a capacity or an hours budget.
 *
 * @example
 * ```ts
 * import { matchProgram } from 'mentormatch';
 *
 * const result = matchProgram({
 *   mode: 'classic',
 *   topics: [{ id: 'leadership' }],
 *   mentors: [{ id: 'ana', skills: [{ topic: 'leadership', level: 5 }], capacity: 1 }],
 *   mentees: [
 *     { id: 'bo', goals: [{ topic: 'leadership' }] },
 *     { id: 'cy', goals: [{ topic: 'leadership' }], preferences: ['ana'] },
 *   ],
 * });
 * console.log(result.matches.map((m) => `${m.mentee}→${m.mentor}`), result.unmatched[0]?.code); // [ 'cy→ana' ] mentorsFull
 * console.log(result.summary.exact, result.summary.boundOn, result.summary.gap); // true weightedTotal 0
 * ```
 */
export function matchProgram(input: ProgramSource, options?: MatchOptions): MatchResult {
  const read = readMatchOptions(options, FN);
  const clock = startClockIn(FN, options, options?.timeLimitMs, options?.onProgress);
  return runSteps(matchInput(FN, input, options, read), clock);
}

const FN = 'matchProgram';

/**
 * How many blocking pairs `summary.blocking` lists unless `options.maxBlockingListed` says
 * otherwise: enough to show what optimising scores costs in stability, while the list of a large
 * programme (millions of pairs) would outweigh the rest of its result.
 *
 * @example
 * ```ts
 * import { DEFAULT_BLOCKING_LISTED } from 'mentormatch';
 *
 * console.log(DEFAULT_BLOCKING_LISTED); // 1000
 * ```
 */
export const DEFAULT_BLOCKING_LISTED = 1000;

/** `matchProgram`'s phases on its input: parse, then {@link matchSteps}, in the caller's locale. */
export function* matchInput(
  fn: string,
  input: ProgramSource,
  options: MatchOptions | undefined,
  { objective, maxNodes, listed }: ReadMatchOptions,
): Steps<MatchResult> {
  const t = readLocale(fn, options);
  const limits = optionLimits(fn, options);
  const program = yield* readProgram(fn, input, limits, t);
  yield 'parse';
  const chosen = objective ?? program.objective;
  const steps = matchSteps(program, chosen, fn, maxNodes, t, limits.maxPairs, options?.threads, listed);
  return localise(yield* inLocale(fn, steps, t), t);
}

/**
 * `matchProgram` on a parsed programme; locked-pair errors are reported under `fn`'s name. The
 * matching runs on the programme with its people in id order, so that their order in the input
 * changes nothing but the order in which the result lists them (the input's).
 */
export function matchParsed(given: Program, chosen: Objective, fn: string, maxNodes?: number): MatchResult {
  return drain(matchSteps(given, chosen, fn, maxNodes));
}

/** {@link matchParsed} in phases: score, solve, explain. */
export function* matchSteps(
  given: Program,
  chosen: Objective,
  fn: string,
  maxNodes?: number,
  t?: Translator,
  maxPairs = Number.POSITIVE_INFINITY,
  threads?: Threads,
  listed = DEFAULT_BLOCKING_LISTED,
): Steps<MatchResult> {
  const program = canonicalProgram(given);
  const start = now();
  // The `stable` objective ranks by every pair's mentor side: computed in the same pass. The
  // blocking-pair audits need only a few, which they compute themselves.
  // Scored on helper threads: the first one keeps its index of the programme for the audits, which
  // it does while this thread explains the matching.
  const kept: { job: number | null } = { job: null };
  const table = yield* scoreSteps(program, chosen === 'stable', { fn, maxPairs }, threads, kept);
  const helper = kept.job === null ? null : keptHelper(threads as Threads, kept.job, table.mentorIds.length);
  try {
    return yield* solveAndExplain(given, program, table, chosen, fn, start, helper, maxNodes, t, listed);
  } finally {
    letGo(helper);
  }
}

/** {@link matchSteps} once the programme is scored: solve, explain. */
function* solveAndExplain(
  given: Program,
  program: Program,
  table: ScoreTable,
  chosen: Objective,
  fn: string,
  start: number,
  helper: KeptHelper | null,
  maxNodes: number | undefined,
  t: Translator | undefined,
  listed: number,
): Steps<MatchResult> {
  yield 'score';
  // Under a time limit, a search stopped by it returns its matching explained in full: 1.5 times the
  // scoring's time is kept for that (explanations, reasons, the blocking-pair audits: 0.65 to 1.2
  // times the scoring on the 5k × 1k benchmark programmes).
  keepTime(1.5 * (now() - start));
  const prepared = prepare(program, table, fn, t);
  yield SLICE;
  // The helper, if any, takes part in the solve's passes over every pair, and audits the baseline
  // while the solve needs it for none.
  // The matching's explanations begun ahead, once the solve's matching is final and only its bound
  // is still to come from the helper.
  const ahead = explainAhead(table, prepared);
  const solved = yield* solveObjectiveSteps(
    prepared,
    chosen,
    maxNodes,
    undefined,
    undefined,
    undefined,
    rowsHelperOf(helper, () => sendBaseline(helper, prepared), ahead.matched),
  );
  yield 'solve';
  const { assigned } = solved;
  // The audits (its blocking pairs, the baseline's) on the helper, if any, while this thread explains it.
  const sent = sendAudits(helper, table, fn, assigned);
  // Those explained ahead, when the matching is the one they explain.
  const { matches, next, reasons } = ahead.taken(assigned);
  for (let r = next; r < assigned.length; r++) {
    // The time budget and the async form's turns, every 256 rows (an explanation each).
    if ((r & 255) === 255) yield SLICE;
    explainRow(table, prepared, assigned, r, matches);
  }
  // The rest in parts, with the time budget and a turn for the async form between them (the
  // runners check both at each yield).
  yield SLICE;
  // (Those made ahead, when the matches were all made before the helper's answer came.)
  const unmatched = yield* unmatchedReasons(program, table, assigned, prepared.groupOf, reasons ?? undefined);
  // What needs no audit, while the helper (if any) audits: its share grows by what it does meanwhile.
  const order = inputOrder(given);
  const matchesInOrder = order.sortUnits(matches);
  const unmatchedInOrder = order.sortUnits(unmatched);
  const load = order.sortMentors(mentorLoad(program, table.rows, assigned));
  const warnings = programWarnings(program);
  yield SLICE;
  const { greedy, greedyBlocking, blocking, blockingCount } = yield* auditsSteps(
    prepared,
    assigned,
    helper,
    sent,
    listed,
  );
  yield SLICE;
  // The matched pairs' scores as their matches give them (one per matched row, in row order, each
  // read off the table): no second search of a row's pairs (0.07 s at micro 100,000 × 10,000).
  let k = 0;
  const achieved = figures(table.rows, assigned, blockingCount, () => (matches[k++] as Match).score);
  const result: MatchResult = {
    mode: program.mode,
    objective: chosen,
    matches: matchesInOrder,
    unmatched: unmatchedInOrder,
    summary: {
      ...achieved,
      mentorLoad: load,
      greedy: figures(table.rows, greedy, greedyBlocking, (r, j) => pairScore(table.allowed, r, j)),
      ...proof(solved, achieved),
      pairs: { scored: table.allowed.cols.length, searched: solved.searched, priced: solved.priced },
      // The first `listed` as the audit finds them (by row, then column: mentee id, topic, mentor
      // id, whatever the input's order), in the input's order; `blockingPairs` counts them all.
      blocking: blockingList(table, order.sortPairs(table.rows, table.mentorIds, blocking)),
    },
    warnings,
  };
  yield 'explain';
  return result;
}

/** The summary's `blocking` from the audit's pairs (row, column, …), in their order. */
function blockingList(table: ScoreTable, pairs: Int32Array): BlockingPair[] {
  const list: BlockingPair[] = new Array(pairs.length >> 1);
  for (let i = 0; i < list.length; i++) {
    const row = table.rows[pairs[2 * i] as number] as DemandRow;
    const mentor = table.mentorIds[pairs[2 * i + 1] as number] as string;
    // One shape per mode (no spread of a temporary object: there can be millions).
    list[i] =
      row.topic === undefined ? { mentee: row.menteeId, mentor } : { mentee: row.menteeId, topic: row.topic, mentor };
  }
  return list;
}

/** The summary's `exact`, `bound`, `boundOn`, `gap` and `nodes`. */
function proof(
  solved: Solved,
  achieved: MatchFigures,
): { exact: boolean; bound: number | null; boundOn: BoundFigure | null; gap: number | null; nodes: number } {
  const { exact, bound, boundOn, nodes } = solved;
  if (bound === null || boundOn === null) return { exact, bound: null, boundOn: null, gap: null, nodes };
  const value = boundOn === 'lowestScore' ? (achieved.lowestScore ?? 0) : achieved[boundOn];
  // A proven optimum: the bound is the figure itself (it may differ from the sum by rounding).
  if (exact) return { exact, bound: value, boundOn, gap: 0, nodes };
  const gap = bound === 0 ? 0 : Math.max(0, (bound - value) / Math.abs(bound));
  return { exact, bound: Math.max(bound, value), boundOn, gap, nodes };
}

/** The options {@link readMatchOptions} reads: `listed` is `maxBlockingListed` (its default when absent). */
export interface ReadMatchOptions {
  readonly objective: Objective | undefined;
  readonly maxNodes: number | undefined;
  readonly listed: number;
}

/**
 * `options`, checked: the objective, the search's node limit and how many blocking pairs to list;
 * errors under `fn`'s name.
 */
export function readMatchOptions(options: MatchOptions | undefined, fn: string): ReadMatchOptions {
  if (options === undefined) return { objective: undefined, maxNodes: undefined, listed: DEFAULT_BLOCKING_LISTED };
  if (options === null || typeof options !== 'object') {
    throw invalidInput(fn, [issue(['options'], 'invalid_type', { expected: 'object' })]);
  }
  const { objective, maxNodes } = options as { objective?: unknown; maxNodes?: unknown };
  if (objective !== undefined && !OBJECTIVES.includes(objective as Objective)) {
    throw invalidInput(
      fn,
      [issue(['options', 'objective'], 'invalid_value', { values: OBJECTIVES, found: describeValue(objective) })],
      'INVALID_INPUT',
      localeOf(options),
    );
  }
  if (maxNodes !== undefined && !(typeof maxNodes === 'number' && Number.isSafeInteger(maxNodes) && maxNodes >= 0)) {
    throw invalidInput(
      fn,
      [issue(['options', 'maxNodes'], 'invalid_type', { expected: 'integerFrom0', found: describeValue(maxNodes) })],
      'INVALID_INPUT',
      localeOf(options),
    );
  }
  const { threads } = options as { threads?: unknown };
  if (threads !== undefined && !isThreads(threads)) {
    throw invalidInput(
      fn,
      [issue(['options', 'threads'], 'invalid_type', { expected: 'threads', found: describeValue(threads) })],
      'INVALID_INPUT',
      localeOf(options),
    );
  }
  const { maxBlockingListed } = options as { maxBlockingListed?: unknown };
  if (
    maxBlockingListed !== undefined &&
    !(
      typeof maxBlockingListed === 'number' &&
      (maxBlockingListed === Number.POSITIVE_INFINITY ||
        (Number.isSafeInteger(maxBlockingListed) && maxBlockingListed >= 0))
    )
  ) {
    throw invalidInput(
      fn,
      [
        issue(['options', 'maxBlockingListed'], 'invalid_type', {
          expected: ['integerFrom0', 'infinity'],
          found: describeValue(maxBlockingListed),
        }),
      ],
      'INVALID_INPUT',
      localeOf(options),
    );
  }
  return {
    objective: objective as Objective | undefined,
    maxNodes: maxNodes as number | undefined,
    listed: (maxBlockingListed as number | undefined) ?? DEFAULT_BLOCKING_LISTED,
  };
}

/** Whether `value` has the shape of a {@link Threads} (its optional `beat` and `drop` functions, its `stallMs` a number > 0). */
function isThreads(value: unknown): value is Threads {
  if (value === null || typeof value !== 'object') return false;
  const { size, send, receive, beat, drop, stallMs } = value as Record<string, unknown>;
  const optional = (f: unknown) => f === undefined || typeof f === 'function';
  return (
    Number.isInteger(size) &&
    (size as number) >= 0 &&
    typeof send === 'function' &&
    typeof receive === 'function' &&
    optional(beat) &&
    optional(drop) &&
    (stallMs === undefined || (typeof stallMs === 'number' && stallMs > 0))
  );
}

/**
 * Matched count and score figures of a matching (sums in demand order), `scoreOf` giving each
 * matched row's score, asked in row order.
 */
function figures(
  rows: readonly DemandRow[],
  assigned: Int32Array,
  blockingPairs: number,
  scoreOf: (r: number, j: number) => number,
): MatchFigures {
  let matched = 0;
  let total = 0;
  let weightedMatched = 0;
  let weightedTotal = 0;
  let lowest = Number.POSITIVE_INFINITY;
  assigned.forEach((j, r) => {
    if (j < 0) return;
    const s = scoreOf(r, j);
    const p = rows[r]?.priority ?? 1;
    matched++;
    total += s;
    weightedMatched += p;
    weightedTotal += p * s;
    lowest = Math.min(lowest, s);
  });
  const demand = assigned.length;
  return {
    demand,
    matched,
    matchedShare: demand === 0 ? 0 : matched / demand,
    totalScore: total,
    weightedMatched,
    weightedTotal,
    meanScore: matched === 0 ? null : total / matched,
    lowestScore: matched === 0 ? null : lowest,
    blockingPairs,
  };
}

function mentorLoad(program: Program, rows: readonly { hours: number }[], assigned: Int32Array): MentorLoad[] {
  const load = new Int32Array(program.mentors.length);
  const hours = new Float64Array(program.mentors.length);
  assigned.forEach((j, r) => {
    if (j < 0) return;
    load[j] = (load[j] as number) + 1;
    hours[j] = (hours[j] as number) + (rows[r]?.hours ?? 0);
  });
  return program.mentors.map((m, j) => ({
    mentor: m.id,
    load: load[j] as number,
    capacity: m.capacity,
    ...(m.hoursBudget === undefined ? {} : { hours: hours[j] as number, hoursBudget: m.hoursBudget }),
  }));
}
