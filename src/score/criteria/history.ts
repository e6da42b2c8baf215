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
import { type CriterionDef, fillAt, type ScoringContext } from '../context.js';
import { departmentKey, forEachRepeat, latestRepeat, pairedMessage, pairKey } from '../history.js';

export const repeat: CriterionDef = {
  name: 'repeat',
  active: (ctx) => ctx.ix.program.rules.repeatPairs === 'avoided' && ctx.ix.program.history.length > 0,
  fill(ctx, r, out, at, count) {
    fillAt(out, at, count, 1);
    forEachRepeat(ctx.ix, ctx.recent, r, (m) => {
      out[m] = 0;
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

/** The departments of row `r`'s mentee and mentor `m`, when both have one. */
function departments(ctx: ScoringContext, r: number, m: number): { mentee: string; mentor: string } | undefined {
  const { program, rows } = ctx.ix;
  const mentee = program.mentees[rows[r]?.mentee as number]?.department;
  const mentor = program.mentors[m]?.department;
  return mentee === undefined || mentor === undefined ? undefined : { mentee, mentor };
}

export const novelty: CriterionDef = {
  name: 'novelty',
  active: (ctx) => ctx.ix.program.history.length > 0,
  fill(ctx, r, out, at, count) {
    const { ix, past } = ctx;
    const menteeId = ix.rows[r]?.menteeId ?? '';
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      const mentorId = ix.program.mentors[m]?.id ?? '';
      if (past.latest.has(pairKey(menteeId, mentorId))) out[m] = 0;
      else {
        const d = departments(ctx, r, m);
        out[m] = d !== undefined && past.departments.has(departmentKey(d.mentee, d.mentor)) ? 0.5 : 1;
      }
    }
  },
  describe(ctx, r, m) {
    const { ix, past } = ctx;
    const pair = past.latest.get(pairKey(ix.rows[r]?.menteeId ?? '', ix.program.mentors[m]?.id ?? ''));
    if (pair !== undefined) return msg('detail.novelty.pairedBefore', { paired: pairedMessage(ix, pair) });
    const d = departments(ctx, r, m);
    if (d === undefined) return msg('detail.novelty.newPeople');
    return past.departments.has(departmentKey(d.mentee, d.mentor))
      ? msg('detail.novelty.departments', { mentee: d.mentee, mentor: d.mentor })
      : msg('detail.novelty.new');
  },
};

export const rotation: CriterionDef = {
  name: 'rotation',
  active: (ctx) => ctx.ix.program.history.length > 0,
  fill(ctx, _r, out, at, count) {
    const { load, maxLoad } = ctx.past;
    if (maxLoad === 0) {
      fillAt(out, at, count, 1);
      return;
    }
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      out[m] = 1 - (load[m] as number) / maxLoad;
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
