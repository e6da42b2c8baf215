/**
 * The criteria from the programme's history, each in force only with a `history`:
 *
 * - `repeat`, under `rules.repeatPairs: 'avoided'`: a pair made within `rules.repeatWindowDays` of
 *   `asOf` (same mentee and mentor, and in micro mode the same topic when the history names one)
 *   values 0, any other pair 1, so a repeat loses exactly the criterion's share of the score;
 * - `novelty`: new connections. 0 for two people paired before (at any date, on any topic), 0.5
 *   for two people new to each other whose departments have worked together before (a history pair
 *   between them, either way round), 1 otherwise (departments unknown on either side: 1);
 * - `rotation`: 1 − the mentor's recent load over the busiest mentor's (pairs of the history within
 *   `repeatWindowDays` of `asOf`), so that load spreads over cycles; 1 for all when nobody has any.
 */
import { msg } from '../../locale/message.js';
import { type CriterionDef, fillAt, indexIn, type ScoringContext } from '../context.js';
import { departmentKey, forEachRepeat, latestRepeat, pairedMessage, type RecentPair } from '../history.js';

export const repeat: CriterionDef = {
  name: 'repeat',
  active: (ctx) => ctx.ix.program.rules.repeatPairs === 'avoided' && ctx.ix.program.history.length > 0,
  fill(ctx, r, out, at, count) {
    fillAt(out, count, 1);
    forEachRepeat(ctx.ix, ctx.recent, r, (m) => {
      const i = indexIn(at, count, m);
      if (i >= 0) out[i] = 0;
    });
  },
  describe(ctx, r, m) {
    const { ix } = ctx;
    const days = ix.program.rules.repeatWindowDays;
    const pair = latestRepeat(ix, ctx.recent, r, m);
    return pair === undefined
      ? msg('detail.repeat.new', { days })
      : msg('detail.repeat.paired', { paired: pairedMessage(ix, pair), days });
  },
};

/** Row `r`'s value for mentor `m`, with the latest pairing when there is one. */
function noveltyOf(ctx: ScoringContext, r: number, m: number, mine: ReadonlyMap<number, RecentPair> | undefined) {
  const { past } = ctx;
  const pair = mine?.get(m);
  if (pair !== undefined) return { value: 0, pair };
  const a = past.menteeDept[ctx.ix.rows[r]?.mentee as number] as number;
  const b = past.mentorDept[m] as number;
  if (a < 0 || b < 0) return { value: 1, known: false };
  return { value: past.departments.has(departmentKey(a, b)) ? 0.5 : 1, known: true };
}

export const novelty: CriterionDef = {
  name: 'novelty',
  active: (ctx) => ctx.ix.program.history.length > 0,
  fill(ctx, r, out, at, count) {
    const mine = ctx.past.latest.get(ctx.ix.rows[r]?.menteeId ?? '');
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      out[i] = noveltyOf(ctx, r, m, mine).value;
    }
  },
  describe(ctx, r, m) {
    const { ix } = ctx;
    const found = noveltyOf(ctx, r, m, ctx.past.latest.get(ix.rows[r]?.menteeId ?? ''));
    if (found.pair !== undefined) return msg('detail.novelty.pairedBefore', { paired: pairedMessage(ix, found.pair) });
    if (!found.known) return msg('detail.novelty.newPeople');
    return found.value === 0.5
      ? msg('detail.novelty.departments', {
          mentee: String(ix.program.mentees[ix.rows[r]?.mentee as number]?.department),
          mentor: String(ix.program.mentors[m]?.department),
        })
      : msg('detail.novelty.new');
  },
};

export const rotation: CriterionDef = {
  name: 'rotation',
  active: (ctx) => ctx.ix.program.history.length > 0,
  fill(ctx, _r, out, at, count) {
    const { load, maxLoad } = ctx.past;
    if (maxLoad === 0) {
      fillAt(out, count, 1);
      return;
    }
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      out[i] = 1 - (load[m] as number) / maxLoad;
    }
  },
  describe(ctx, _r, m) {
    const { load, maxLoad } = ctx.past;
    return msg('detail.rotation', {
      load: load[m] as number,
      max: maxLoad,
      days: ctx.ix.program.rules.repeatWindowDays,
    });
  },
};
