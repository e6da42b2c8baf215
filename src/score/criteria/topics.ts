/**
 * The topic criteria: expertise (the mentor's level against the level asked), goals (how much of
 * the mentee's weighted goals the mentor covers) and willingness (whether the mentor offers the
 * topic). All use the effective level of `indexTopics.ts` (taxonomy credit), stored topic-major:
 * each fills a row by adding, topic by topic, the topic's contiguous strip of mentors.
 */
import { OFFER_LEVEL } from '../../model/defaults.js';
import { PARENT_CHILD_CREDIT, SIBLING_CREDIT } from '../../model/indexTopics.js';
import { type CriterionDef, fillAt, NEUTRAL, num, type ScoringContext } from '../context.js';

/** Top level of the scale. */
const EXPERT = 5;
/** Share of the expertise value that rewards reaching the level asked; the rest rewards depth. */
const REACH = 0.8;

/** How mentor `m`'s effective level on topic `t` arises, in words. */
function levelWords(ctx: ScoringContext, m: number, t: number): string {
  const { ix } = ctx;
  const topics = ix.program.topics;
  const name = (topics[t] as { name: string }).name;
  const direct = ix.direct[t * ix.numMentors + m] as number;
  const eff = ix.effective[t * ix.numMentors + m] as number;
  if (eff === 0) return `no level on ${name} or a related topic`;
  if (direct >= eff) return `level ${num(direct)} on ${name}`;
  // The best related skill gives the credit.
  const mentor = ix.program.mentors[m];
  let best = '';
  let bestValue = -1;
  const parentOf = (id: string) => topics[ix.topicIndex.get(id) as number]?.parent;
  const asked = (topics[t] as { id: string }).id;
  for (const skill of mentor?.skills ?? []) {
    let credit = 0;
    if (parentOf(asked) === skill.topic || parentOf(skill.topic) === asked) credit = PARENT_CHILD_CREDIT;
    else if (parentOf(asked) !== undefined && parentOf(asked) === parentOf(skill.topic)) credit = SIBLING_CREDIT;
    if (credit * skill.level > bestValue) {
      bestValue = credit * skill.level;
      const other = topics[ix.topicIndex.get(skill.topic) as number]?.name ?? skill.topic;
      best = `level ${skill.level} on the related topic ${other}, credited ${num(credit * skill.level)} on ${name}`;
    }
  }
  return direct > 0 ? `level ${num(direct)} on ${name}; ${best}` : best;
}

export const expertise: CriterionDef = {
  name: 'expertise',
  label: 'Topic expertise',
  active: () => true,
  fill(ctx, r, out, at, count) {
    const { ix } = ctx;
    const { effective, numMentors } = ix;
    const topics = ix.rowTopics[r] as Int32Array;
    const weights = ix.rowWeights[r] as Float64Array;
    const asked = ix.rows[r]?.level;
    if (topics.length === 0) {
      fillAt(out, at, count, NEUTRAL);
      return;
    }
    fillAt(out, at, count, 0);
    for (let k = 0; k < topics.length; k++) {
      const base = (topics[k] as number) * numMentors;
      const w = weights[k] as number;
      if (asked === undefined)
        for (let i = 0; i < count; i++) {
          const m = at[i] as number;
          out[m] = (out[m] as number) + w * Math.min(1, (effective[base + m] as number) / OFFER_LEVEL);
        }
      else
        for (let i = 0; i < count; i++) {
          const m = at[i] as number;
          const eff = effective[base + m] as number;
          out[m] = (out[m] as number) + w * (REACH * Math.min(1, eff / asked) + (1 - REACH) * (eff / EXPERT));
        }
    }
  },
  describe(ctx, r, m, value) {
    const { ix } = ctx;
    const row = ix.rows[r];
    const topics = ix.rowTopics[r] as Int32Array;
    if (topics.length === 0) return 'the mentee has no goals: neutral';
    if (row?.level !== undefined)
      return `${levelWords(ctx, m, topics[0] as number)} (level ${row.level} asked): ${num(value * 100)}%`;
    const parts = [...topics].map((t) => levelWords(ctx, m, t));
    return `${parts.join('; ')}: ${num(value * 100)}% of proficiency (level ${OFFER_LEVEL}) on the goals`;
  },
};

/**
 * Fills `out[m]` for each mentor `m` of `at[0 .. count - 1]` with the row's goal-weighted mean of `table[topic][mentor] / scale`
 * (topic-major), or the neutral value when the row has no topics.
 */
function goalWeighted(
  ctx: ScoringContext,
  r: number,
  out: Float64Array,
  at: Int32Array,
  count: number,
  table: Float64Array,
  scale: number,
): void {
  const { numMentors } = ctx.ix;
  const topics = ctx.ix.rowTopics[r] as Int32Array;
  const weights = ctx.ix.rowWeights[r] as Float64Array;
  if (topics.length === 0) {
    fillAt(out, at, count, NEUTRAL);
    return;
  }
  fillAt(out, at, count, 0);
  for (let k = 0; k < topics.length; k++) {
    const base = (topics[k] as number) * numMentors;
    const w = weights[k] as number;
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      out[m] = (out[m] as number) + w * ((table[base + m] as number) / scale);
    }
  }
}

export const goals: CriterionDef = {
  name: 'goals',
  label: 'Goals alignment',
  active: () => true,
  fill(ctx, r, out, at, count) {
    goalWeighted(ctx, r, out, at, count, ctx.ix.effective, EXPERT);
  },
  describe(ctx, r, _m, value) {
    const topics = ctx.ix.rowTopics[r] as Int32Array;
    if (topics.length === 0) return 'the mentee has no goals: neutral';
    return `covers ${num(value * 100)}% of the mentee's weighted goals (levels out of ${EXPERT})`;
  },
};

export const willingness: CriterionDef = {
  name: 'willingness',
  label: 'Willing to mentor the topic',
  active: () => true,
  fill(ctx, r, out, at, count) {
    goalWeighted(ctx, r, out, at, count, ctx.ix.willing, 1);
  },
  describe(ctx, r, _m, value) {
    const topics = ctx.ix.rowTopics[r] as Int32Array;
    if (topics.length === 0) return 'the mentee has no goals: neutral';
    if (value === 1) return 'offers to mentor on this';
    if (value === 0) return 'has not offered to mentor on this';
    return `offers this or a closely related topic (${num(value * 100)}%)`;
  },
};
