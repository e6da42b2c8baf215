/**
 * `scoreProgram`: the affinity of every (demand row, mentor) pair, with hard rules applied and an
 * explanation on demand.
 */

import { InvalidInputError } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { translator } from '../locale/message.js';
import { type DemandRow, indexProgram } from '../model/indexProgram.js';
import { issue } from '../model/issues.js';
import { optionLimits, type ProgramLimits } from '../model/limits.js';
import type { Program } from '../model/program.js';
import { type ProgramSource, readProgram } from '../model/readProgram.js';
import type { DenseMatrix } from '../solve/denseMatrix.js';
import { checkTime, drain, progress, SLICE, type Steps, sliceDue } from '../solve/internal/clock.js';
import type { CriterionDef, ScoringContext } from './context.js';
import { preference } from './criteria/choices.js';
import { CRITERION_DEFS } from './criteria/index.js';
import { compileRules } from './customRules.js';
import type { BrokenRule, CriterionContribution, Explanation } from './explanation.js';
import { pastPairs, recentPairs } from './history.js';
import { renderExplanation } from './renderExplanation.js';
import { type HardRule, hardRules } from './rules.js';

export type { DemandRow } from '../model/indexProgram.js';
export type { BrokenRule, CriterionContribution, Explanation } from './explanation.js';

/** The scores of a programme. */
export interface ScoreTable {
  /** One row per unit of demand: a mentee (classic) or a topic request (micro). */
  readonly rows: readonly DemandRow[];
  /** Mentor ids, one per column. */
  readonly mentorIds: readonly string[];
  /** `rows × mentors` scores in [0, 1], higher is better; `-Infinity` where a hard rule forbids the pair. */
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
   * pass when the matching asked for it), then the same array; read only. Memory: 8 bytes per
   * allowed pair, not per pair.
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
   * Computed on the first call (one more pass over the criteria, without the hard rules:
   * O(rows × mentors × criteria) time and a matrix as large as `scores`), then the same matrix on
   * every call; read only. `matchProgram` asks for it for the blocking-pair audit of its result
   * (as soon as a mentor without a list of its own holds a mentee) and for the `stable` objective;
   * `scoreProgram` alone never computes it.
   *
   * @returns the mentor-side scores, `rows × mentors`, row-major.
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
 * Time O(rows × mentors × criteria) plus the profiles' size and the taxonomy's (linear: a topic
 * chain 100,000 deep costs no more than 100,000 root topics); memory: the score matrix plus
 * O(mentors × topics).
 *
 * @param input - a programme from {@link parseProgram}, or its JSON input (object or string).
 * @param options - `limits`: size limits checked before scoring (`DEFAULT_LIMITS` where absent; the
 *   table holds 8 bytes per pair).
 * @returns the rows, the mentor ids, the score matrix, `mentorScores()` (the mentors' side, computed
 *   on demand), `explain(row, col)` and `ruledOut(row)`.
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
  return scoreTable(drain(readProgram('scoreProgram', input, optionLimits('scoreProgram', options))), false);
}

/**
 * {@link scoreProgram}, and with `withMentorSide` the mentor-side scores in the same pass (the matching
 * always needs them, for its blocking-pair audit: one pass over the criteria instead of two, at the
 * cost of a second matrix up front).
 */
export function scoreTable(program: Program, withMentorSide: boolean): ScoreTable {
  return drain(scoreSteps(program, withMentorSide));
}

/** {@link scoreTable} in steps: it yields when an async caller's time slice is over. */
export function* scoreSteps(program: Program, withMentorSide: boolean): Steps<ScoreTable> {
  const ix = yield* indexProgram(program);
  const custom = compileRules(ix);
  const ctx: ScoringContext = {
    ix,
    custom,
    soft: custom.filter((c) => c.rule.effect === 'prefer' || c.rule.effect === 'avoid'),
    recent: recentPairs(ix),
    past: pastPairs(ix),
    zoneRow: new Float64Array(ix.zones.length),
    holds: new Uint8Array(ix.numMentors),
  };
  const criteria = inForce(ctx, CRITERION_DEFS);
  const rules = hardRules(ctx);
  const rows = ix.rows.length;
  const cols = ix.numMentors;
  const data = new Float64Array(rows * cols);
  const values = new Float64Array(cols);
  const blocked = new Uint8Array(cols);
  // The mentor side in the same pass: each criterion but `preference`, with its own share.
  const hasPreference = criteria.some(({ def }) => def === preference);
  const others = withMentorSide && hasPreference ? inForce(ctx, OTHER_DEFS) : null;
  const otherShare = new Map((others ?? []).map(({ def, share }) => [def, share] as const));
  const side = others === null ? null : new Float64Array(rows * cols);
  // The rules first: the criteria are computed and summed on the allowed pairs only (most are
  // forbidden in micro mode).
  const allowed = new Int32Array(cols);
  // The allowed pairs as compressed rows, in a buffer that doubles as it fills.
  const allowedStart = new Int32Array(rows + 1);
  let allowedCols = new Int32Array(Math.max(16, rows * 8));
  let numAllowed = 0;
  for (let r = 0; r < rows; r++) {
    allowedStart[r] = numAllowed;
    if ((r & 15) === 15) {
      checkTime();
      progress('score', r, rows);
      if (sliceDue()) yield SLICE;
    }
    const score = data.subarray(r * cols, r * cols + cols);
    const own = side === null ? null : side.subarray(r * cols, r * cols + cols);
    blocked.fill(0);
    for (const rule of rules) rule.mark(ctx, r, blocked);
    let k = 0;
    for (let m = 0; m < cols; m++) {
      if (blocked[m] === 0) allowed[k++] = m;
      else score[m] = Number.NEGATIVE_INFINITY;
    }
    if (own !== null) own.set(score);
    if (numAllowed + k > allowedCols.length) {
      const grown = new Int32Array(Math.max(2 * allowedCols.length, numAllowed + k));
      grown.set(allowedCols.subarray(0, numAllowed));
      allowedCols = grown;
    }
    allowedCols.set(allowed.subarray(0, k), numAllowed);
    numAllowed += k;
    if (k === 0) continue;
    for (const { def, share } of criteria) {
      def.fill(ctx, r, values, allowed, k);
      const other = own === null ? undefined : otherShare.get(def);
      if (own !== null && other !== undefined) {
        for (let i = 0; i < k; i++) {
          const m = allowed[i] as number;
          const v = values[m] as number;
          score[m] = (score[m] as number) + share * v;
          own[m] = (own[m] as number) + other * v;
        }
      } else {
        for (let i = 0; i < k; i++) {
          const m = allowed[i] as number;
          score[m] = (score[m] as number) + share * (values[m] as number);
        }
      }
    }
    // Shares add up to 1 up to rounding: keep scores within [0, 1].
    for (let i = 0; i < k; i++) {
      const m = allowed[i] as number;
      score[m] = Math.min(1, score[m] as number);
      if (own !== null) own[m] = Math.min(1, own[m] as number);
    }
  }
  allowedStart[rows] = numAllowed;
  const scores: DenseMatrix = { rows, cols, data };
  const allowedColumns = allowedCols.slice(0, numAllowed);
  const allowedScores = new Float64Array(numAllowed);
  for (let r = 0; r < rows; r++) {
    for (let e = allowedStart[r] as number; e < (allowedStart[r + 1] as number); e++)
      allowedScores[e] = data[r * cols + (allowedColumns[e] as number)] as number;
  }
  let mentorAllowed: Float64Array | undefined;
  let mentorSide: DenseMatrix | undefined = side === null ? undefined : { rows, cols, data: side };
  return {
    rows: ix.rows,
    mentorIds: program.mentors.map((m) => m.id),
    scores,
    allowed: { start: allowedStart, cols: allowedColumns, scores: allowedScores },
    score: (row, col) => {
      checkIndices('score', [
        { name: 'row', value: row, size: rows, of: 'rows' },
        { name: 'col', value: col, size: cols, of: 'mentors' },
      ]);
      return data[row * cols + col] as number;
    },
    mentorScores: () => {
      mentorSide ??= hasPreference ? scoreWith(ctx, inForce(ctx, OTHER_DEFS), scores) : scores;
      return mentorSide;
    },
    mentorAllowedScores: () => {
      if (mentorAllowed === undefined) {
        const side = mentorSide ?? (hasPreference ? scoreWith(ctx, inForce(ctx, OTHER_DEFS), scores) : scores);
        mentorSide = side;
        const out = new Float64Array(numAllowed);
        for (let r = 0; r < rows; r++) {
          for (let e = allowedStart[r] as number; e < (allowedStart[r + 1] as number); e++)
            out[e] = side.data[r * cols + (allowedColumns[e] as number)] as number;
        }
        mentorAllowed = out;
      }
      return mentorAllowed;
    },
    explain: (row, col) => explain(ctx, criteria, rules, data, values, row, col),
    ruledOut: (row) => ruledOut(ctx, rules, row),
  };
}

/** Every criterion but the mentee's own `preference`: what the mentors' side ranks by. */
const OTHER_DEFS = CRITERION_DEFS.filter((def) => def !== preference);

/**
 * The scores of `criteria` (with their shares) on every pair `forbidden` allows: the same sums as
 * `scoreProgram`'s, `-Infinity` where `forbidden` has it.
 */
function scoreWith(
  ctx: ScoringContext,
  criteria: readonly { def: CriterionDef; share: number }[],
  forbidden: DenseMatrix,
): DenseMatrix {
  const { rows, cols } = forbidden;
  const data = new Float64Array(rows * cols);
  const values = new Float64Array(cols);
  const allowed = new Int32Array(cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const score = data.subarray(base, base + cols);
    let k = 0;
    for (let m = 0; m < cols; m++) {
      if (forbidden.data[base + m] === Number.NEGATIVE_INFINITY) score[m] = Number.NEGATIVE_INFINITY;
      else allowed[k++] = m;
    }
    if (k === 0) continue;
    for (const { def, share } of criteria) {
      def.fill(ctx, r, values, allowed, k);
      for (let i = 0; i < k; i++) {
        const m = allowed[i] as number;
        score[m] = (score[m] as number) + share * (values[m] as number);
      }
    }
    for (let i = 0; i < k; i++) {
      const m = allowed[i] as number;
      score[m] = Math.min(1, score[m] as number);
    }
  }
  return { rows, cols, data };
}

/** The criteria of `defs` in force and their shares of the score. */
function inForce(ctx: ScoringContext, defs: readonly CriterionDef[]): { def: CriterionDef; share: number }[] {
  const { weights } = ctx.ix.program;
  const active = defs.filter((def) => weights[def.name] > 0 && def.active(ctx));
  // Scaled by the largest weight first, so that huge weights cannot overflow the sum.
  const largest = active.reduce((x, def) => Math.max(x, weights[def.name]), 0);
  const sum = active.reduce((s, def) => s + weights[def.name] / largest, 0);
  return active.map((def) => ({ def, share: weights[def.name] / largest / sum }));
}

/**
 * Throws an {@link InvalidInputError} under `fn`'s name unless each `value` is an integer index
 * below its `size`, one issue per bad argument, its path the argument's name.
 */
function checkIndices(fn: string, args: readonly { name: string; value: unknown; size: number; of: string }[]): void {
  const issues = args
    .filter(({ value, size }) => !(Number.isInteger(value) && (value as number) >= 0 && (value as number) < size))
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

function ruledOut(ctx: ScoringContext, rules: readonly HardRule[], row: number): { rule: string; cols: number[] }[] {
  checkIndices('ruledOut', [{ name: 'row', value: row, size: ctx.ix.rows.length, of: 'rows' }]);
  const blocked = new Uint8Array(ctx.ix.numMentors);
  const out: { rule: string; cols: number[] }[] = [];
  for (const rule of rules) {
    blocked.fill(0);
    rule.mark(ctx, row, blocked);
    const cols: number[] = [];
    for (let m = 0; m < blocked.length; m++) if (blocked[m] !== 0) cols.push(m);
    if (cols.length > 0) out.push({ rule: rule.name, cols });
  }
  return out;
}

/** The explanation of one pair; `values` is a scratch row of the table (one entry per mentor). */
function explain(
  ctx: ScoringContext,
  criteria: readonly { def: CriterionDef; share: number }[],
  rules: readonly HardRule[],
  data: Float64Array,
  values: Float64Array,
  row: number,
  col: number,
): Explanation {
  const { ix } = ctx;
  const cols = ix.numMentors;
  checkIndices('explain', [
    { name: 'row', value: row, size: ix.rows.length, of: 'rows' },
    { name: 'col', value: col, size: cols, of: 'mentors' },
  ]);
  const score = data[row * cols + col] as number;
  const priority = (ix.rows[row] as DemandRow).priority;
  const weighted = { priority, weightedScore: priority * score };
  const broken: BrokenRule[] = [];
  // A pair is -Infinity exactly when some rule forbids it: only then are the rules asked which.
  if (score === Number.NEGATIVE_INFINITY) {
    const blocked = new Uint8Array(cols);
    for (const rule of rules) {
      blocked.fill(0);
      rule.mark(ctx, row, blocked);
      if (blocked[col] !== 0) broken.push({ rule: rule.name, ...rule.message(ctx, row, col), message: '' });
    }
  }
  if (broken.length > 0) {
    return renderExplanation(
      { score, ...weighted, forbidden: true, rules: broken, criteria: [], summary: '' },
      translator('en'),
    );
  }
  const at = Int32Array.of(col);
  const parts: CriterionContribution[] = criteria.map(({ def, share }) => {
    def.fill(ctx, row, values, at, 1);
    const value = values[col] as number;
    return {
      criterion: def.name,
      label: '',
      value,
      weight: share,
      contribution: share * value,
      detail: '',
      ...def.describe(ctx, row, col, value),
    };
  });
  return renderExplanation(
    { score, ...weighted, forbidden: false, rules: [], criteria: parts, summary: '' },
    translator('en'),
  );
}
