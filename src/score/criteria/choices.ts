/**
 * The criteria from people's choices: the mentee's ranking of mentors, and the programme's soft
 * custom rules (`prefer`, `avoid`).
 */

import { type Message, msg } from '../../locale/message.js';
import { addValues, type CriterionDef, fillAt, indexIn, NEUTRAL, type ScoringContext } from '../context.js';
import { type CompiledRule, conditionMessage, holdsWith, menteeRule, ruleHolds } from '../customRules.js';

/** The mentors row `r`'s mentee ranks, first choice first. */
function listOf(ctx: ScoringContext, r: number): readonly string[] {
  return ctx.ix.program.mentees[ctx.ix.rows[r]?.mentee as number]?.preferences ?? [];
}

/**
 * Row `r`'s {@link preference} value when it is the same with every mentor ({@link NEUTRAL}: the
 * mentee ranks none), else `NaN`.
 */
export function uniformPreference(ctx: ScoringContext, r: number): number {
  return listOf(ctx, r).length === 0 ? NEUTRAL : Number.NaN;
}

export const preference: CriterionDef = {
  name: 'preference',
  active: () => true,
  fill(ctx, r, out, at, count) {
    const { ix } = ctx;
    const list = listOf(ctx, r);
    if (list.length === 0) {
      fillAt(out, count, NEUTRAL);
      return;
    }
    fillAt(out, count, 0);
    list.forEach((id, rank) => {
      const i = indexIn(at, count, ix.mentorIndex.get(id) as number);
      if (i >= 0) out[i] = 1 - rank / list.length;
    });
  },
  add(ctx, r, at, count, share, sum, other, side, out) {
    if (listOf(ctx, r).length > 0) {
      preference.fill(ctx, r, out, at, count);
      addValues(out, count, share, sum, other, side);
      return;
    }
    // The same value with every mentor: its terms once.
    const x = share * NEUTRAL;
    const y = other * NEUTRAL;
    for (let i = 0; i < count; i++) sum[i] = (sum[i] as number) + x;
    if (side !== null) for (let i = 0; i < count; i++) side[i] = (side[i] as number) + y;
  },
  describe(ctx, r, m) {
    const { ix } = ctx;
    const list = ix.program.mentees[ix.rows[r]?.mentee as number]?.preferences ?? [];
    if (list.length === 0) return msg('detail.preference.none');
    const rank = list.indexOf(ix.program.mentors[m]?.id ?? '');
    return rank < 0
      ? msg('detail.preference.unlisted', { choices: list.length })
      : msg('detail.preference.rank', { rank: rank + 1, choices: list.length });
  },
};

/** {@link custom}'s values by the count of rules met as wanted (scratch, one thread's): see its `add`. */
let quotients = new Float64Array(8);

/**
 * Sets `out[i]`, for each mentor `at[i]` (`i` below `count`), to how many of the soft rules hold as
 * wanted for row `r` and that mentor (what {@link custom}'s value divides by their number).
 */
function countMet(ctx: ScoringContext, r: number, out: Float64Array, at: Int32Array, count: number): void {
  const e = ctx.ix.rows[r]?.mentee as number;
  fillAt(out, count, 0);
  for (const compiled of ctx.soft) {
    // Each mentor counted without a branch (see `MenteeRule`): + 0 leaves a count as it is.
    const { known, mentorOk, same, target } = menteeRule(compiled, e);
    const flip = compiled.rule.effect === 'prefer' ? 0 : 1;
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      out[i] = (out[i] as number) + (holdsWith(known, mentorOk, same, target, m) ^ flip);
    }
  }
}

/** The values of two soft rules by the count met: the quotients the fill computes. */
const HALVES = Float64Array.of(0 / 2, 1 / 2, 2 / 2);

/**
 * {@link custom}'s `add` with two soft rules, in one pass: each mentor's count of the two met as
 * wanted (a rule holds or not, and `avoid` flips it; a mentee that misses a rule's own condition
 * holds it with no mentor), then its value, `count / 2` as the fill divides it, added.
 */
function addTwo(
  a: CompiledRule,
  b: CompiledRule,
  e: number,
  at: Int32Array,
  count: number,
  share: number,
  sum: Float64Array,
  other: number,
  side: Float64Array | null,
): void {
  const { known: knownA, mentorOk: okA, same: sameA, target: targetA } = menteeRule(a, e);
  const { known: knownB, mentorOk: okB, same: sameB, target: targetB } = menteeRule(b, e);
  const flipA = a.rule.effect === 'prefer' ? 0 : 1;
  const flipB = b.rule.effect === 'prefer' ? 0 : 1;
  for (let i = 0; i < count; i++) {
    const m = at[i] as number;
    // `holdsWith` written out: called here, it made this loop slower (classic 50,000 × 5,000's first
    // 12,000 mentees, two rules: 0.59 s against 0.53 s, in three sets alike).
    const metA = (knownA & (okA[m] as number) & +(sameA[m] === targetA)) ^ flipA;
    const metB = (knownB & (okB[m] as number) & +(sameB[m] === targetB)) ^ flipB;
    const v = HALVES[metA + metB] as number;
    sum[i] = (sum[i] as number) + share * v;
    if (side !== null) side[i] = (side[i] as number) + other * v;
  }
}

export const custom: CriterionDef = {
  name: 'custom',
  active: (ctx) => ctx.soft.length > 0,
  fill(ctx, r, out, at, count) {
    countMet(ctx, r, out, at, count);
    const n = ctx.soft.length;
    for (let i = 0; i < count; i++) out[i] = (out[i] as number) / n;
  },
  add(ctx, r, at, count, share, sum, other, side, out) {
    const { soft } = ctx;
    const e = ctx.ix.rows[r]?.mentee as number;
    if (soft.length === 2) {
      addTwo(soft[0] as CompiledRule, soft[1] as CompiledRule, e, at, count, share, sum, other, side);
      return;
    }
    if (soft.length === 1) {
      // One rule: the value is whether it holds as wanted with the mentor, 1 or 0 ((0 + 1) / 1 is
      // 1), in one pass.
      const only = soft[0] as CompiledRule;
      const { known, mentorOk, same, target } = menteeRule(only, e);
      const flip = only.rule.effect === 'prefer' ? 0 : 1;
      for (let i = 0; i < count; i++) {
        const m = at[i] as number;
        // `holdsWith` written out, as in `addTwo`.
        const v = (known & (mentorOk[m] as number) & +(same[m] === target)) ^ flip;
        sum[i] = (sum[i] as number) + share * v;
        if (side !== null) side[i] = (side[i] as number) + other * v;
      }
      return;
    }
    // The counts, then each value as the fill divides it (a quotient per count, computed once)
    // added in the same pass.
    countMet(ctx, r, out, at, count);
    const n = soft.length;
    if (quotients.length < n + 1) quotients = new Float64Array(n + 1);
    for (let k = 0; k <= n; k++) quotients[k] = k / n;
    for (let i = 0; i < count; i++) {
      const v = quotients[out[i] as number] as number;
      sum[i] = (sum[i] as number) + share * v;
      if (side !== null) side[i] = (side[i] as number) + other * v;
    }
  },
  describe(ctx, r, m) {
    const e = ctx.ix.rows[r]?.mentee as number;
    const met: Message[] = [];
    const missed: Message[] = [];
    for (const compiled of ctx.soft) {
      const ok = (ruleHolds(compiled, e, m) === 1) === (compiled.rule.effect === 'prefer');
      (ok ? met : missed).push(
        msg('custom.rule', {
          name: compiled.rule.name,
          effect: compiled.rule.effect,
          condition: conditionMessage(compiled.rule),
        }),
      );
    }
    // Copies at their length: an array grown by `push` keeps room for 16 more elements, held as
    // long as the explanation is.
    if (missed.length === 0) return msg('detail.custom.meets', { met: met.slice() });
    if (met.length === 0) return msg('detail.custom.misses', { missed: missed.slice() });
    return msg('detail.custom.both', { met: met.slice(), missed: missed.slice() });
  },
};
