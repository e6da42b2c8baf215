/**
 * `scoreProgram`: the affinity of every (demand row, mentor) pair, with hard rules applied and an
 * explanation on demand.
 */

import { InvalidInputError, MentormatchError } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { translator } from '../locale/message.js';
import type { DemandRow } from '../model/indexProgram.js';
import { issue } from '../model/issues.js';
import { checkPairs, optionLimits, type ProgramLimits } from '../model/limits.js';
import type { Program } from '../model/program.js';
import { type ProgramSource, readProgram } from '../model/readProgram.js';
import type { DenseMatrix } from '../solve/denseMatrix.js';
import { drain, type Steps } from '../solve/internal/clock.js';
import { type PairScreen, pairIndex, pairScore, type ScoredPairs } from '../solve/internal/pairs.js';
import type { CriterionDef, ScoringContext } from './context.js';
import { preference, uniformPreference } from './criteria/choices.js';
import type { BrokenRule, CriterionContribution, Explanation } from './explanation.js';
import { renderInPlace } from './renderExplanation.js';
import { allowedSteps, BEST_LISTED, LISTED_FROM, type Scoring, scoringOf, sideSums, sums } from './rows.js';
import type { HardRule } from './rules.js';
import { announce, dismiss, rowShares, scoreInParts, shareLevels, type Threads } from './threads.js';

export type { DemandRow } from '../model/indexProgram.js';
export type { BrokenRule, CriterionContribution, Explanation } from './explanation.js';

/** The scores of a programme. */
export interface ScoreTable {
  /** One row per unit of demand: a mentee (classic) or a topic request (micro). */
  readonly rows: readonly DemandRow[];
  /** Mentor ids, one per column. */
  readonly mentorIds: readonly string[];
  /**
   * `rows × mentors` scores in [0, 1], higher is better; `-Infinity` where a hard rule forbids the
   * pair. A dense view of {@link ScoreTable.allowed}, built on the first read (then the same matrix;
   * read only): it costs 8 bytes per pair, allowed or not, so it is for small programmes and for
   * code written before the sparse form. At scale, read `allowed` or `score(row, col)`, which hold
   * the allowed pairs only. A matrix the engine cannot allocate (more than 2³² pairs) throws a
   * {@link MentormatchError} of code `TOO_LARGE`.
   */
  readonly scores: DenseMatrix;
  /**
   * The pairs the hard rules allow, row by row (compressed sparse rows, as scipy's `indptr` and
   * `indices`): row `r`'s mentor columns are `cols[start[r]]` to `cols[start[r + 1] - 1]`, ascending;
   * every other pair of the row is `-Infinity` in {@link ScoreTable.scores}. In micro mode most
   * pairs are forbidden (a mentor must master the topic at the level asked), so a pass over these
   * reads a fraction of the matrix.
   *
   * @example
   * ```ts
   * import { scoreProgram } from 'mentormatch';
   *
   * const table = scoreProgram({
   *   mode: 'micro',
   *   topics: [{ id: 'pricing' }],
   *   mentors: [
   *     { id: 'ana', skills: [{ topic: 'pricing', level: 5 }] },
   *     { id: 'eli', skills: [{ topic: 'pricing', level: 2 }] },
   *   ],
   *   mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
   * });
   * const { start, cols } = table.allowed;
   * console.log([...cols.subarray(start[0], start[1])].map((j) => table.mentorIds[j])); // [ 'ana' ]
   * ```
   */
  readonly allowed: { readonly start: Int32Array; readonly cols: Int32Array; readonly scores: Float64Array };
  /**
   * The score of demand row `row` with mentor column `col`: `-Infinity` when a hard rule forbids the
   * pair. A binary search in the row's allowed pairs (O(log pairs of the row)); it reads no dense
   * matrix, so it works at any size.
   *
   * @param row - an index into {@link ScoreTable.rows}: an integer from 0 to `rows.length - 1`.
   * @param col - an index into {@link ScoreTable.mentorIds}: an integer from 0 to `mentorIds.length - 1`.
   * @returns the pair's score in [0, 1], or `-Infinity` when it is forbidden.
   * @throws {@link InvalidInputError} (`score: row must be an integer from 0 to 3, got -1`) when `row`
   *   or `col` is not an integer index of the table.
   *
   * @example
   * ```ts
   * import { scoreProgram } from 'mentormatch';
   *
   * const table = scoreProgram({
   *   mode: 'micro',
   *   topics: [{ id: 'pricing' }],
   *   mentors: [
   *     { id: 'ana', skills: [{ topic: 'pricing', level: 5 }] },
   *     { id: 'eli', skills: [{ topic: 'pricing', level: 2 }] },
   *   ],
   *   mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
   * });
   * console.log(table.score(0, 0) > 0, table.score(0, 1)); // true -Infinity
   * ```
   */
  score(row: number, col: number): number;
  /**
   * The mentor-side scores (see {@link ScoreTable.mentorScores}) of the allowed pairs, aligned with
   * `allowed.cols`: entry `e` is the mentor side of row `r` with mentor `allowed.cols[e]`, for
   * `allowed.start[r] <= e < allowed.start[r + 1]`. Computed on the first call (or in the scoring
   * pass of a `stable` matching, which ranks by all of them: one pass over the criteria on the
   * allowed pairs, no dense matrix), then the same array; read only; `allowed.scores` itself when
   * the `preference` criterion has no weight. Memory: 8 bytes per allowed pair, not per pair. The
   * blocking-pair audit of the other objectives does without: it bounds each pair's mentor side
   * from its score and computes the few that the bounds leave open.
   *
   * @returns the mentor-side score of each allowed pair.
   *
   * @example
   * ```ts
   * import { scoreProgram } from 'mentormatch';
   *
   * const table = scoreProgram({
   *   mode: 'classic',
   *   topics: [{ id: 'sales' }],
   *   mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
   *   mentees: [{ id: 'bo', goals: [{ topic: 'sales' }], preferences: ['ana'] }],
   * });
   * console.log(table.mentorAllowedScores().length === table.allowed.cols.length); // true
   * ```
   */
  mentorAllowedScores(): Float64Array;
  /**
   * The scores by which a mentor without its own `preferences` ranks demand rows (the `stable`
   * objective and the blocking-pair audit): each pair's score as if the mentee's `preference`
   * criterion had no weight, the other criteria's shares taken over their weights alone and their
   * `share × value` added in the fixed criterion order. Nothing a mentee reports about its own
   * preferences moves these figures, bit for bit, so a mentee cannot climb a mentor's ranking by
   * what it lists. Same shape as {@link ScoreTable.scores}, `-Infinity` on the same forbidden pairs,
   * in [0, 1]; `scores` itself when the `preference` criterion has no weight.
   *
   * Built on the first call from {@link ScoreTable.mentorAllowedScores} (which takes one more pass
   * over the criteria on the allowed pairs, unless the matching computed it with the scores), then
   * the same matrix on every call; read only. Dense like {@link ScoreTable.scores}: 8 bytes per
   * pair. Neither `matchProgram` nor `scoreProgram` computes it (they read
   * {@link ScoreTable.mentorAllowedScores}, or bound the pairs they need).
   *
   * @returns the mentor-side scores, `rows × mentors`, row-major.
   * @throws {@link MentormatchError} of code `TOO_LARGE` when the engine cannot allocate the matrix
   *   (more than 2³² pairs).
   *
   * @example
   * ```ts
   * import { parseProgram, scoreProgram } from 'mentormatch';
   *
   * const table = scoreProgram(
   *   parseProgram({
   *     mode: 'classic',
   *     topics: [{ id: 'sales' }],
   *     mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
   *     mentees: [
   *       { id: 'bo', goals: [{ topic: 'sales' }], preferences: ['ana'] },
   *       { id: 'cy', goals: [{ topic: 'sales' }] },
   *     ],
   *   }),
   * );
   * // bo lists ana: a higher score for bo with ana, but the same standing with ana as cy.
   * const [bo, cy] = table.scores.data;
   * const [boForAna, cyForAna] = table.mentorScores().data;
   * console.log(bo > cy, boForAna === cyForAna); // true true
   * ```
   */
  mentorScores(): DenseMatrix;
  /**
   * Explains the score of demand row `row` with mentor column `col`.
   *
   * @param row - an index into {@link ScoreTable.rows}: an integer from 0 to `rows.length - 1`.
   * @param col - an index into {@link ScoreTable.mentorIds}: an integer from 0 to `mentorIds.length - 1`.
   * @returns the pair's score, its criteria's contributions or the rules that forbid it, in words.
   * @throws {@link InvalidInputError} (`explain: row must be an integer from 0 to 3, got -1`) when
   *   `row` or `col` is not an integer index of the table; each bad argument is an issue, its path
   *   the argument's name.
   *
   * @example
   * ```ts
   * import { InvalidInputError, scoreProgram } from 'mentormatch';
   *
   * const table = scoreProgram({
   *   mode: 'classic',
   *   topics: [{ id: 'sales' }],
   *   mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
   *   mentees: [{ id: 'bo', goals: [{ topic: 'sales' }] }],
   * });
   * console.log(table.explain(0, 0).forbidden); // false
   * try {
   *   table.explain(-1, 0);
   * } catch (error) {
   *   if (error instanceof InvalidInputError) console.log(error.message); // explain: row must be an integer from 0 to 0, got -1
   * }
   * ```
   */
  explain(row: number, col: number): Explanation;
  /**
   * The hard rules that forbid mentors for demand row `row`, each with the columns it forbids
   * (rules forbidding nobody are left out), in the order of {@link Explanation.rules}.
   *
   * @param row - an index into {@link ScoreTable.rows}: an integer from 0 to `rows.length - 1`.
   * @returns each rule forbidding someone for the row, with the mentor columns it forbids.
   * @throws {@link InvalidInputError} (`ruledOut: row must be an integer from 0 to 3, got 4`) when
   *   `row` is not an integer index of the table.
   *
   * @example
   * ```ts
   * import { scoreProgram } from 'mentormatch';
   *
   * const table = scoreProgram({
   *   mode: 'classic',
   *   topics: [{ id: 'sales' }],
   *   mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }, { id: 'cy', skills: [] }],
   *   mentees: [{ id: 'bo', goals: [{ topic: 'sales' }], exclude: ['cy'] }],
   * });
   * console.log(table.ruledOut(0)); // [ { rule: 'excluded', cols: [ 1 ] } ]
   * ```
   */
  ruledOut(row: number): readonly { readonly rule: string; readonly cols: readonly number[] }[];
}

/**
 * Scores every pair of a programme: one row per unit of demand (a mentee in classic mode, a topic
 * request in micro mode), one column per mentor. A score is the weighted mean of the criteria
 * in force (see the README, "Scoring"), in [0, 1]; `-Infinity` marks a pair a hard rule forbids.
 *
 * Takes what {@link matchProgram} takes ({@link ProgramSource}): a programme from
 * {@link parseProgram}, its JSON input typed, or JSON text; each is validated (as `parseProgram`
 * does), so data of unknown shape goes through `parseProgram` first.
 *
 * Only the pairs the hard rules allow are kept ({@link ScoreTable.allowed}): 12 bytes per allowed
 * pair plus O(mentors × topics); the dense {@link ScoreTable.scores} is built only when read. In
 * micro mode under `rules.levelRequired` each request's candidates come from an index of the
 * mentors by topic and level, so a programme of 100,000 requests and 10,000 mentors with a few
 * percent of its pairs allowed reads only those. Time O(candidates × rules + allowed pairs ×
 * criteria) (candidates: every pair in classic mode) plus the profiles' size and the taxonomy's
 * (linear: a topic chain 100,000 deep costs no more than 100,000 root topics).
 *
 * @param input - a programme from {@link parseProgram}, or its JSON input (object or string).
 * @param options - `limits`: size limits checked before scoring (`DEFAULT_LIMITS` where absent).
 * @returns the rows, the mentor ids, the allowed pairs and their scores, the dense score matrix (on
 *   first read), `score(row, col)`, the mentors' side (computed on demand), `explain(row, col)` and
 *   `ruledOut(row)`.
 * @throws {@link InvalidInputError} under the name `scoreProgram` for an invalid programme (every
 *   problem, with its path, as `parseProgram` lists them), or JSON text that does not parse.
 *
 * @example
 * ```ts
 * import { parseProgram, scoreProgram } from 'mentormatch';
 *
 * const program = parseProgram({
 *   mode: 'micro',
 *   topics: [{ id: 'pricing' }],
 *   mentors: [
 *     { id: 'ana', skills: [{ topic: 'pricing', level: 5 }] },
 *     { id: 'eli', skills: [{ topic: 'pricing', level: 2 }] },
 *   ],
 *   mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
 * });
 * const table = scoreProgram(program);
 * console.log(table.mentorIds, table.scores.data[1]); // [ 'ana', 'eli' ] -Infinity
 * console.log(table.explain(0, 1).summary); // forbidden: level 2 on pricing, below the level 3 asked (rules.levelRequired)
 *
 * // The JSON input, or its text, scores the same.
 * const text = JSON.stringify({ mode: 'micro', topics: [{ id: 'pricing' }], mentors: [], mentees: [] });
 * console.log(scoreProgram(text).rows.length); // 0
 * ```
 */
export function scoreProgram(input: ProgramSource, options?: { readonly limits?: ProgramLimits }): ScoreTable {
  const limits = optionLimits('scoreProgram', options);
  return scoreTable(drain(readProgram('scoreProgram', input, limits)), false, { fn: 'scoreProgram', ...limits });
}

/** The caller's name and its `maxPairs`: over it, scoring stops with `TOO_LARGE` under that name. */
export interface PairLimit {
  readonly fn: string;
  readonly maxPairs: number;
}

/** No limit on the pairs (a programme built inside a call that checks its own). */
const NO_PAIR_LIMIT: PairLimit = { fn: 'scoreProgram', maxPairs: Number.POSITIVE_INFINITY };

/**
 * {@link scoreProgram}, and with `withMentorSide` the mentor-side scores in the same pass (the
 * `stable` objective ranks by all of them: one pass over the criteria instead of two, at the cost
 * of 8 more bytes per allowed pair up front). Without, {@link mentorSideOf} gives the few the
 * blocking-pair audit needs.
 */
export function scoreTable(program: Program, withMentorSide: boolean, limit: PairLimit = NO_PAIR_LIMIT): ScoreTable {
  return drain(scoreSteps(program, withMentorSide, limit));
}

/** {@link scoreTable} in steps: it yields when an async caller's time slice is over. */
export function* scoreSteps(
  program: Program,
  withMentorSide: boolean,
  limit: PairLimit = NO_PAIR_LIMIT,
  threads?: Threads,
  keep?: { job: number | null },
): Steps<ScoreTable> {
  // A programme large enough to share out goes to the helpers first: they index it meanwhile.
  const job = announce(program, threads);
  let scoring: Scoring | undefined;
  try {
    // Its topic arrays in shared memory, for the helpers too.
    scoring = yield* scoringOf(program, job === null ? undefined : shareLevels(program, threads as Threads, job));
  } finally {
    // Stopped (the time limit, a cancel) before the shares went out: the helpers' index can go.
    if (scoring === undefined && job !== null) dismiss(threads as Threads, job);
  }
  const { ix, ctx, criteria } = scoring;
  const rows = ix.rows.length;
  const cols = ix.numMentors;
  // The mentor side in the same pass: each criterion but `preference`, with its own share; without
  // `preference` in force, the scores themselves.
  const hasPreference = criteria.some(({ def }) => def === preference);
  const otherCriteria = scoring.sideCriteria;
  const inPass = withMentorSide && hasPreference;
  const parts = job === null ? null : rowShares(scoring, threads as Threads);
  if (job !== null && parts === null) dismiss(threads as Threads, job);
  let pairs: ScoredPairs;
  let passSide: Float64Array | null = null;
  let best: Int32Array;
  if (parts === null) {
    const start = new Int32Array(rows + 1);
    const found = { cols: new Int32Array(0) };
    const { n } = yield* allowedSteps(scoring, 0, rows, rows, start, found, 0, limit.maxPairs);
    // Past the limit: its error, at the first row past it (the count so far).
    if (n > limit.maxPairs) checkPairs(limit.fn, limit.maxPairs, n, rows, cols);
    start[rows] = n;
    // The pairs in place, not copied: the room left past them was never written, so it takes no
    // memory (the copy was 700 MB more at 179 million pairs).
    pairs = { start, cols: found.cols.subarray(0, n), scores: new Float64Array(n) };
    if (inPass) passSide = new Float64Array(n);
    best = new Int32Array(rows * BEST_LISTED);
    yield* sums(ctx, criteria, { ...pairs, best }, inPass ? otherCriteria : null, passSide, true, 0, rows);
  } else {
    const tooMany = (n: number) => checkPairs(limit.fn, limit.maxPairs, n, rows, cols);
    ({
      pairs,
      side: passSide,
      best,
    } = yield* scoreInParts(
      job as number,
      scoring,
      parts,
      threads as Threads,
      limit,
      inPass,
      tooMany,
      keep !== undefined,
    ));
    if (keep !== undefined) keep.job = job;
  }
  return tableOf(program, scoring, pairs, passSide, best);
}

/**
 * The table of `program` from its scoring and its scored pairs; `passSide`, the mentor side when
 * the scoring pass computed it (else computed on demand, or the scores themselves without
 * `preference` in force); `best`, each row's best-scoring mentors when the scoring pass listed
 * them (see {@link bestListed}). A helper thread builds the same table over the shared pairs.
 */
export function tableOf(
  program: Program,
  scoring: Scoring,
  pairs: ScoredPairs,
  passSide: Float64Array | null,
  best?: Int32Array,
): ScoreTable {
  const { ix, ctx, criteria, rules, all } = scoring;
  const rows = ix.rows.length;
  const cols = ix.numMentors;
  const hasPreference = criteria.some(({ def }) => def === preference);
  const otherCriteria = scoring.sideCriteria;
  const { start } = pairs;
  const n = pairs.cols.length;
  const blocked = new Int32Array(cols);
  const values = new Float64Array(cols);
  // The mentor explained, as the criteria take a row's mentors.
  const explained = new Int32Array(1);
  let side = hasPreference ? (passSide ?? undefined) : pairs.scores;
  const mentorAllowedScores = (): Float64Array => {
    if (side === undefined) {
      side = new Float64Array(n);
      drain(sums(ctx, otherCriteria, { start, cols: pairs.cols, scores: side }, null, null, false, 0, rows));
    }
    return side;
  };
  const sideValues = new Float64Array(cols);
  const oneAt = new Int32Array(1);
  let dense: DenseMatrix | undefined;
  let mentorDense: DenseMatrix | undefined;
  const denseScores = (): DenseMatrix => {
    dense ??= denseOf(rows, cols, pairs, 'scores');
    return dense;
  };
  const table: ScoreTable = {
    rows: ix.rows,
    mentorIds: program.mentors.map((m) => m.id),
    get scores() {
      return denseScores();
    },
    allowed: pairs,
    score: (row, col) => {
      checkIndices('score', [
        { name: 'row', value: row, size: rows, of: 'rows' },
        { name: 'col', value: col, size: cols, of: 'mentors' },
      ]);
      return pairScore(pairs, row, col);
    },
    mentorScores: () => {
      mentorDense ??= hasPreference
        ? denseOf(rows, cols, { start, cols: pairs.cols, scores: mentorAllowedScores() }, 'mentorScores')
        : denseScores();
      return mentorDense;
    },
    mentorAllowedScores,
    explain: (row, col) => explain(ctx, criteria, rules, pairs, blocked, values, explained, row, col),
    ruledOut: (row) => ruledOut(ctx, rules, all, row),
  };
  // Pairs' mentor side by `sums`' own row code (its runs of criteria in one pass, their fast paths),
  // on the pairs asked only: the same figures, bit for bit, at about half the time of one criterion
  // after the other (a row's 20 pairs: 148 → 80–87 ns a pair on micro 25,000 × 5,000).
  let summed: ReturnType<typeof sideSums> | undefined;
  const fill = (r: number, at: Int32Array, count: number, out: Float64Array): void => {
    if (side !== undefined) {
      for (let i = 0; i < count; i++) out[i] = pairScore({ start, cols: pairs.cols, scores: side }, r, at[i] as number);
      return;
    }
    summed ??= sideSums(ctx, otherCriteria);
    summed(r, at, count, out);
  };
  const oneSide = new Float64Array(1);
  const one = (r: number, j: number): number => {
    if (pairIndex(pairs, r, j) < 0) return Number.NEGATIVE_INFINITY;
    oneAt[0] = j;
    fill(r, oneAt, 1, oneSide);
    return oneSide[0] as number;
  };
  // The mentor side from the score: mathematically (score − p × pref) / (1 − p), p the preference
  // criterion's share (the other criteria's shares are theirs over 1 − p). Rounding keeps both sums
  // within 2⁻⁴⁸ of their exact value (at most 13 terms in [0, 1], shares adding up to 1) and the
  // shares within 2⁻⁴⁸ of theirs: `slack` is a thousand times that, scaled by 1 / (1 − p).
  const p = criteria.find(({ def }) => def === preference)?.share ?? 0;
  const slack = p <= 0.5 ? 2 ** -38 / (1 - p) : Number.POSITIVE_INFINITY;
  // Past half, an estimate of 0 (finite: the infinite slack then leaves every comparison open).
  const scale = p <= 0.5 ? 1 / (1 - p) : 0;
  const shift = (r: number): number => p * uniformPreference(ctx, r);
  const estimates = (r: number, from: number, out: Float64Array): void => {
    const count = (start[r + 1] as number) - from;
    const own = pairs.scores;
    preference.fill(ctx, r, sideValues, pairs.cols.subarray(from, from + count), count);
    for (let k = 0; k < count; k++) out[k] = ((own[from + k] as number) - p * (sideValues[k] as number)) * scale;
  };
  sides.set(table, { stored: () => side, fill, one, slack, scale, shift, estimates });
  if (scoring.screen !== undefined) screens.set(table, scoring.screen);
  if (best !== undefined) bests.set(table, best);
  return table;
}

/** Each row's best-scoring mentors, as the scoring pass of each table built here listed them. */
const bests = new WeakMap<ScoreTable, Int32Array>();

/**
 * Row `row`'s {@link BEST_LISTED} best-scoring allowed mentor columns, best first, ties to the lower
 * column, as the scoring pass listed them; undefined when it did not (a row of `LISTED_FROM` pairs
 * or fewer, a table not built by {@link scoreSteps}).
 */
export function bestListed(table: ScoreTable, row: number): number[] | undefined {
  const best = bests.get(table);
  const { start } = table.allowed;
  if (best === undefined || (start[row + 1] as number) - (start[row] as number) <= LISTED_FROM) return undefined;
  return Array.from(best.subarray(row * BEST_LISTED, (row + 1) * BEST_LISTED));
}

/** The pair screen of each table built here whose scoring had one. */
const screens = new WeakMap<ScoreTable, PairScreen>();

/**
 * What the scoring's level index tells of `table`'s pairs (`PairScreen`: a pair it rules out is not
 * allowed), for the searches that look pairs up; undefined when it had none (or the table was not
 * built here).
 */
export function pairScreenOf(table: ScoreTable): PairScreen | undefined {
  return screens.get(table);
}

/**
 * The mentors' side of a table's scores, as the blocking-pair audit reads it: the whole array when
 * it is kept, else pair by pair on demand.
 */
export interface MentorSide {
  /** The mentor-side scores aligned with `allowed.cols`, when they are kept (else `undefined`). */
  readonly stored: () => Float64Array | undefined;
  /**
   * Sets `out[i]` to the mentor side of row `r` with mentor `at[i]`, for `i < count` (`at` ascending,
   * allowed pairs of the row): the figures {@link ScoreTable.mentorAllowedScores} holds, bit for bit.
   */
  readonly fill: (r: number, at: Int32Array, count: number, out: Float64Array) => void;
  /** The mentor side of row `r` with mentor `j`, as {@link MentorSide.fill}; `-Infinity` when the pair is not allowed. */
  readonly one: (r: number, j: number) => number;
  /**
   * How far the mentor side may be from its estimate, once both are capped at 1: the side is within
   * `min(1, estimate ± slack)`. About 10⁻¹¹; `Infinity` when the preference criterion weighs more
   * than half (the estimate then settles nothing).
   */
  readonly slack: number;
  /** The estimate of a pair of a row with a {@link MentorSide.shift}: `(score − shift) × scale`. */
  readonly scale: number;
  /**
   * Row `r`'s shift when the mentee's preference value is the same with every mentor (it ranks
   * none), else `NaN` (then see {@link MentorSide.estimates}).
   */
  readonly shift: (r: number) => number;
  /**
   * The estimates of the mentor side of row `r`'s allowed pairs, from entry `from` of `allowed` to
   * the row's end, from their scores: `out[k]` for entry `from + k`. A look at the mentee's
   * preferences instead of every criterion; for a side not stored.
   */
  readonly estimates: (r: number, from: number, out: Float64Array) => void;
}

/** The mentor side of each table built here. */
const sides = new WeakMap<ScoreTable, MentorSide>();

/**
 * The mentor side of `table`: computed on demand for a table of {@link scoreSteps}; for any other
 * table, its {@link ScoreTable.mentorAllowedScores}.
 */
export function mentorSideOf(table: ScoreTable): MentorSide {
  const own = sides.get(table);
  if (own !== undefined) return own;
  const { start, cols } = table.allowed;
  const pairs = () => ({ start, cols, scores: table.mentorAllowedScores() });
  return {
    stored: () => table.mentorAllowedScores(),
    fill: (r, at, count, out) => {
      for (let i = 0; i < count; i++) out[i] = pairScore(pairs(), r, at[i] as number);
    },
    one: (r, j) => pairScore(pairs(), r, j),
    slack: 0,
    scale: 1,
    shift: () => Number.NaN,
    estimates: (r, from, out) => {
      const side = table.mentorAllowedScores();
      for (let e = from; e < (start[r + 1] as number); e++) out[e - from] = side[e] as number;
    },
  };
}

/**
 * The dense `rows × cols` matrix of `pairs`: their scores, `-Infinity` elsewhere. 8 bytes per pair;
 * a size the engine cannot allocate is a `TOO_LARGE` {@link MentormatchError} under `what`'s name
 * (not the engine's own `RangeError`).
 */
function denseOf(rows: number, cols: number, pairs: ScoredPairs, what: string): DenseMatrix {
  let data: Float64Array;
  try {
    data = new Float64Array(rows * cols);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const size = `${rows} rows × ${cols} mentors (${rows * cols} pairs, ${Math.ceil((rows * cols * 8) / 2 ** 20)} MiB at 8 bytes a pair)`;
    throw new MentormatchError(
      'TOO_LARGE',
      `${what}: the dense view of ${size} cannot be allocated here; read allowed or score(row, col), which hold the allowed pairs only`,
      { cause: error },
    );
  }
  data.fill(Number.NEGATIVE_INFINITY);
  for (let r = 0; r < rows; r++)
    for (let e = pairs.start[r] as number; e < (pairs.start[r + 1] as number); e++)
      data[r * cols + (pairs.cols[e] as number)] = pairs.scores[e] as number;
  return { rows, cols, data };
}

/** Whether `value` is an integer index below `size`. */
function isIndex(value: unknown, size: number): boolean {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < size;
}

/**
 * Throws an {@link InvalidInputError} under `fn`'s name unless each `value` is an integer index
 * below its `size`, one issue per bad argument, its path the argument's name.
 */
function checkIndices(fn: string, args: readonly { name: string; value: unknown; size: number; of: string }[]): void {
  const issues = args
    .filter(({ value, size }) => !isIndex(value, size))
    .map(({ name, value, size, of }) =>
      issue([name], 'out_of_range', {
        kind: 'integer',
        minimum: 0,
        maximum: size - 1,
        of,
        found: describeValue(value),
      }),
    );
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
}

function ruledOut(
  ctx: ScoringContext,
  rules: readonly HardRule[],
  all: Int32Array,
  row: number,
): { rule: string; cols: number[] }[] {
  checkIndices('ruledOut', [{ name: 'row', value: row, size: ctx.ix.rows.length, of: 'rows' }]);
  const blocked = new Int32Array(all.length);
  const out: { rule: string; cols: number[] }[] = [];
  rules.forEach((rule, k) => {
    rule.mark(ctx, row, blocked, k + 1, all, all.length);
    const cols: number[] = [];
    for (let m = 0; m < blocked.length; m++) if (blocked[m] === k + 1) cols.push(m);
    if (cols.length > 0) out.push({ rule: rule.name, cols });
  });
  return out;
}

/**
 * The explanation of one pair; `blocked` and `values` are scratch rows (one entry per mentor), `at`
 * one entry of scratch.
 */
function explain(
  ctx: ScoringContext,
  criteria: readonly { def: CriterionDef; share: number }[],
  rules: readonly HardRule[],
  pairs: ScoredPairs,
  blocked: Int32Array,
  values: Float64Array,
  at: Int32Array,
  row: number,
  col: number,
): Explanation {
  const { ix } = ctx;
  const cols = ix.numMentors;
  // The arguments' objects made only for an error (a matching explains a pair per row).
  if (!(isIndex(row, ix.rows.length) && isIndex(col, cols)))
    checkIndices('explain', [
      { name: 'row', value: row, size: ix.rows.length, of: 'rows' },
      { name: 'col', value: col, size: cols, of: 'mentors' },
    ]);
  const score = pairScore(pairs, row, col);
  const priority = (ix.rows[row] as DemandRow).priority;
  const weightedScore = priority * score;
  at[0] = col;
  // A pair is -Infinity exactly when some rule forbids it: only then are the rules asked which.
  if (score === Number.NEGATIVE_INFINITY) {
    const broken: BrokenRule[] = [];
    for (const rule of rules) {
      blocked[col] = 0;
      rule.mark(ctx, row, blocked, 1, at, 1);
      if (blocked[col] !== 0) broken.push({ rule: rule.name, ...rule.message(ctx, row, col), message: '' });
    }
    // Rendered in place: the objects are this call's own.
    if (broken.length > 0)
      return renderInPlace(
        { score, priority, weightedScore, forbidden: true, rules: broken, criteria: [], summary: '' },
        translator('en'),
      );
  }
  const parts: CriterionContribution[] = new Array(criteria.length);
  for (let k = 0; k < criteria.length; k++) {
    const { def, share } = criteria[k] as { def: CriterionDef; share: number };
    def.fill(ctx, row, values, at, 1);
    const value = values[0] as number;
    const { code, params } = def.describe(ctx, row, col, value);
    parts[k] = {
      criterion: def.name,
      label: '',
      value,
      weight: share,
      contribution: share * value,
      detail: '',
      code,
      params,
    };
  }
  return renderInPlace(
    { score, priority, weightedScore, forbidden: false, rules: [], criteria: parts, summary: '' },
    translator('en'),
  );
}
