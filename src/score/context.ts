/** What the criteria and rules read: the indexed programme and its compiled custom rules. */

import type { Message } from '../locale/message.js';
import type { IndexedProgram } from '../model/indexProgram.js';
import type { Criterion } from '../model/program.js';
import { searchSorted } from '../solve/internal/pairs.js';
import type { CompiledRule } from './customRules.js';
import type { PastPairs, RecentPairs } from './history.js';

/** Shared scoring state: read-only, but for the scratch table. */
export interface ScoringContext {
  readonly ix: IndexedProgram;
  /** Every custom rule, compiled. */
  readonly custom: readonly CompiledRule[];
  /** The soft ones (`prefer`, `avoid`). */
  readonly soft: readonly CompiledRule[];
  /** The pairs of the history within the window, by mentee id (empty under `repeatPairs: 'allowed'`). */
  readonly recent: RecentPairs;
  /** The whole history: latest pairings, department pairs, mentors' recent loads (`novelty`, `rotation`). */
  readonly past: PastPairs;
  /**
   * Scratch of one row, one entry per time zone of `ix.zones`: the `timeZone` criterion and the
   * `maxTimeZoneGap` rule each fill it for the row's mentee before reading it per mentor.
   */
  readonly zoneRow: Float64Array;
  /**
   * The mentors' grades as {@link GradeIds} (null when they have more than {@link MOST_GRADES}
   * distinct grades: `seniority` then computes each pair's value from the two grades).
   */
  readonly grades: GradeIds | null;
}

/**
 * Each mentor's grade as an index into `values` (the distinct grades, ascending, NaN, for none,
 * last), and a scratch row of one entry per grade, which `seniority` fills for the row's mentee
 * before reading it per mentor (the same value, bit for bit, as from the two grades).
 */
export interface GradeIds {
  readonly id: Int32Array;
  readonly values: Float64Array;
  readonly row: Float64Array;
}

/** The most distinct mentor grades read through {@link GradeIds} (more take longer to fill per row than they save). */
const MOST_GRADES = 64;

/** The {@link GradeIds} of the mentors' `grades` (NaN: none), or null past {@link MOST_GRADES}. */
export function gradeIds(grades: Float64Array): GradeIds | null {
  const values = Float64Array.from(new Set(grades)).sort();
  if (values.length > MOST_GRADES) return null;
  // (A Map's keys compare as the Set's: NaN to itself.)
  const at = new Map<number, number>();
  for (let i = 0; i < values.length; i++) at.set(values[i] as number, i);
  const id = Int32Array.from(grades, (g) => at.get(g) as number);
  return { id, values, row: new Float64Array(values.length) };
}

/** One criterion of the score: a documented function of the two profiles, valued in [0, 1]. */
export interface CriterionDef {
  readonly name: Criterion;
  /** Whether it applies to this programme at all (else its weight is left out). */
  active(ctx: ScoringContext): boolean;
  /**
   * Fills `out[i]` with the value for demand row `r` and mentor `at[i]`, for each `i` below
   * `count` (`at` ascending: the mentors the hard rules allow, or the one explained), so that the
   * sums read `out` in order.
   */
  fill(ctx: ScoringContext, r: number, out: Float64Array, at: Int32Array, count: number): void;
  /**
   * Optional, a faster path than {@link CriterionDef.fill} then the sums: adds `share × value` to
   * `sum[i]` (and `other × value` to `side[i]` when `side` is given) for each `i` below `count`,
   * the same figures, bit for bit; `out` is scratch of the row's length.
   */
  add?(
    ctx: ScoringContext,
    r: number,
    at: Int32Array,
    count: number,
    share: number,
    sum: Float64Array,
    other: number,
    side: Float64Array | null,
    out: Float64Array,
  ): void;
  /** The value for row `r` and mentor `m`, as a message (rendered in words by a catalog's `detail.*`). */
  describe(ctx: ScoringContext, r: number, m: number, value: number): Message;
}

/** Value of a criterion when the data it needs is missing on either side. */
export const NEUTRAL = 0.5;

/** Sets `out[0 .. count - 1]` to `value` (the value of every mentor of `at`). */
export function fillAt(out: Float64Array, count: number, value: number): void {
  out.fill(value, 0, count);
}

/**
 * Adds `share × values[i]` to `sum[i]` (and `other × values[i]` to `side[i]` when `side` is given)
 * for each `i` below `count`: how the sums take a criterion's values.
 */
export function addValues(
  values: Float64Array,
  count: number,
  share: number,
  sum: Float64Array,
  other: number,
  side: Float64Array | null,
): void {
  if (side !== null)
    for (let i = 0; i < count; i++) {
      const v = values[i] as number;
      sum[i] = (sum[i] as number) + share * v;
      side[i] = (side[i] as number) + other * v;
    }
  else for (let i = 0; i < count; i++) sum[i] = (sum[i] as number) + share * (values[i] as number);
}

/** The position of mentor `m` in `at[0 .. count - 1]` (ascending), or -1: a binary search. */
export function indexIn(at: Int32Array, count: number, m: number): number {
  return searchSorted(at, 0, count - 1, m);
}

/** Formats a number for explanations: at most two decimals, no trailing zeros. */
export function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/**
 * Adds, for each mentor `at[i]` (`i` below `count`), `shares[k] × value` of the k-th criterion of a
 * run of consecutive criteria to `sum[i]` (and `others[k] × value` to `side[i]` when `side` is
 * given), in one pass: the same figures bit for bit as filling each criterion's values and adding
 * them in turn (a criterion of the run not in force has a share of 0, which adds +0 to sums of
 * non-negative terms). `scratch` holds two rows of values, one entry per mentor each.
 */
export type AddRun = (
  ctx: ScoringContext,
  r: number,
  at: Int32Array,
  count: number,
  shares: Float64Array,
  sum: Float64Array,
  others: Float64Array,
  side: Float64Array | null,
  scratch: { readonly values: Float64Array; readonly more: Float64Array; readonly third: Float64Array },
) => void;
