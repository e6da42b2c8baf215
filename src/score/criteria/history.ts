/**
 * The criterion from the programme's history: `repeat`, under `rules.repeatPairs: 'avoided'`. A
 * pair made within `rules.repeatWindowDays` of `asOf` (same mentee and mentor, and in micro mode
 * the same topic when the history names one) values 0, any other pair 1: a repeat loses exactly
 * the criterion's share of the score.
 */
import { msg } from '../../locale/message.js';
import { type CriterionDef, fillAt } from '../context.js';
import { forEachRepeat, latestRepeat, pairedMessage } from '../history.js';

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
