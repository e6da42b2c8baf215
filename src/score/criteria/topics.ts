/**
 * The topic criteria: expertise (the mentor's level against the level asked), goals (how much of
 * the mentee's weighted goals the mentor covers) and willingness (whether the mentor offers the
 * topic). All use the effective level of `indexTopics.ts` (taxonomy credit), stored topic-major:
 * each fills a row by adding, topic by topic, the topic's contiguous strip of mentors.
 */

import { type Message, msg } from '../../locale/message.js';
import { OFFER_LEVEL } from '../../model/defaults.js';
import { rowTopics } from '../../model/indexProgram.js';
import { PARENT_CHILD_CREDIT, SIBLING_CREDIT } from '../../model/indexTopics.js';
import { type AddRun, addValues, type CriterionDef, fillAt, NEUTRAL, type ScoringContext } from '../context.js';

/** The detail of a topic criterion when the mentee has no goals. */
const NO_GOALS: Message = Object.freeze(msg('detail.noGoals', Object.freeze({})));

/** Top level of the scale. */
const EXPERT = 5;
/** Share of the expertise value that rewards reaching the level asked; the rest rewards depth. */
const REACH = 0.8;

/** How mentor `m`'s effective level on topic `t` arises: one message, or two (its own level and the credit). */
function levelWords(ctx: ScoringContext, m: number, t: number): Message[] {
  const { ix } = ctx;
  const topics = ix.program.topics;
  const name = (topics[t] as { name: string }).name;
  const direct = ix.direct[t * ix.numMentors + m] as number;
  const eff = ix.effective[t * ix.numMentors + m] as number;
  if (eff === 0) return [msg('level.none', { topic: name })];
  const own: Message = msg('level.direct', { level: direct, topic: name });
  if (direct >= eff) return [own];
  // The best related skill gives the credit.
  const mentor = ix.program.mentors[m];
  let best: Message | undefined;
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
      best = msg('level.related', { level: skill.level, related: other, credit: credit * skill.level, topic: name });
    }
  }
  if (best === undefined) return direct > 0 ? [own] : [];
  return direct > 0 ? [own, best] : [best];
}

export const expertise: CriterionDef = {
  name: 'expertise',
  active: () => true,
  fill(ctx, r, out, at, count) {
    const { ix } = ctx;
    const { effective, numMentors } = ix;
    const { rowTopic: topics, rowWeight: weights } = ix;
    const from = ix.rowTopicStart[r] as number;
    const n = (ix.rowTopicStart[r + 1] as number) - from;
    const asked = ix.rows[r]?.level;
    if (n === 0) {
      fillAt(out, count, NEUTRAL);
      return;
    }
    fillAt(out, count, 0);
    for (let k = from; k < from + n; k++) {
      const base = (topics[k] as number) * numMentors;
      const w = weights[k] as number;
      if (asked === undefined)
        for (let i = 0; i < count; i++) {
          const m = at[i] as number;
          out[i] = (out[i] as number) + w * Math.min(1, (effective[base + m] as number) / OFFER_LEVEL);
        }
      else
        for (let i = 0; i < count; i++) {
          const m = at[i] as number;
          const eff = effective[base + m] as number;
          out[i] = (out[i] as number) + w * (REACH * Math.min(1, eff / asked) + (1 - REACH) * (eff / EXPERT));
        }
    }
  },
  describe(ctx, r, m, value) {
    const { ix } = ctx;
    const row = ix.rows[r];
    const from = ix.rowTopicStart[r] as number;
    const n = (ix.rowTopicStart[r + 1] as number) - from;
    if (n === 0) return NO_GOALS;
    if (row?.level !== undefined)
      return msg('detail.expertise.asked', {
        levels: levelWords(ctx, m, ix.rowTopic[from] as number),
        asked: row.level,
        value,
      });
    // A copy at its length: `flatMap` grows its array by push, keeping room for 16 more elements,
    // held as long as the explanation is.
    const levels = Array.from(ix.rowTopic.subarray(from, from + n))
      .flatMap((t) => levelWords(ctx, m, t))
      .slice();
    return msg('detail.expertise.offered', { levels, value, offer: OFFER_LEVEL });
  },
};

/**
 * Fills `out[i]` for each mentor `at[i]` (`i` below `count`) with the row's goal-weighted mean of `table[topic][mentor] / scale`
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
  const { rowTopic: topics, rowWeight: weights } = ctx.ix;
  const from = ctx.ix.rowTopicStart[r] as number;
  const n = (ctx.ix.rowTopicStart[r + 1] as number) - from;
  if (n === 0) {
    fillAt(out, count, NEUTRAL);
    return;
  }
  fillAt(out, count, 0);
  for (let k = from; k < from + n; k++) {
    const base = (topics[k] as number) * numMentors;
    const w = weights[k] as number;
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      out[i] = (out[i] as number) + w * ((table[base + m] as number) / scale);
    }
  }
}

export const goals: CriterionDef = {
  name: 'goals',
  active: () => true,
  fill(ctx, r, out, at, count) {
    goalWeighted(ctx, r, out, at, count, ctx.ix.effective, EXPERT);
  },
  describe(ctx, r, _m, value) {
    if (rowTopics(ctx.ix, r) === 0) return NO_GOALS;
    return msg('detail.goals', { value, scale: EXPERT });
  },
};

export const willingness: CriterionDef = {
  name: 'willingness',
  active: () => true,
  fill(ctx, r, out, at, count) {
    goalWeighted(ctx, r, out, at, count, ctx.ix.willing, 1);
  },
  describe(ctx, r, _m, value) {
    if (rowTopics(ctx.ix, r) === 0) return NO_GOALS;
    if (value === 1) return msg('detail.willingness.offers');
    if (value === 0) return msg('detail.willingness.notOffered');
    return msg('detail.willingness.related', { value });
  },
};

/** Expertise, willingness and goals, which {@link addTopics} sums in one pass, in their order among the criteria. */
export const TOPICS: readonly CriterionDef[] = Object.freeze([expertise, willingness, goals]);

/**
 * Adds, for each mentor `at[i]` (`i` below `count`), `shares[0] × expertise + shares[1] ×
 * willingness + shares[2] × goals` to `sum[i]` (and with `others` to `side[i]`), in that order: the
 * same figures, bit for bit, as filling each criterion's values and adding them in turn (a share of
 * 0 adds +0, which changes no sum of non-negative terms). A row with topics on coded levels (every
 * parsed programme's) in one pass ({@link addCoded}); else (no topics, or levels past the codes)
 * each criterion filled and added in turn, in `scratch.values`.
 */
export const addTopics: AddRun = (ctx, r, at, count, shares, sum, others, side, scratch) => {
  const { ix } = ctx;
  const from = ix.rowTopicStart[r] as number;
  const n = (ix.rowTopicStart[r + 1] as number) - from;
  if (n > 0 && ix.levelCode !== null) {
    addCoded(ix, ix.levelCode, from, n, ix.rows[r]?.level, at, count, shares, sum, others, side);
    return;
  }
  for (let k = 0; k < TOPICS.length; k++) {
    (TOPICS[k] as CriterionDef).fill(ctx, r, scratch.values, at, count);
    addValues(scratch.values, count, shares[k] as number, sum, others[k] as number, side);
  }
};

/** {@link addCoded}'s values per topic of the row and code (three each), and the topics' strips (scratch, one thread's). */
let terms = new Float64Array(3 * 64);
let strips = new Int32Array(8);

/**
 * {@link addTopics} for a row with `n` topics (from `from` in the row topic arrays) on the coded
 * levels (`IndexedProgram.levelCode`): each topic's three terms (its weight × expertise,
 * willingness and goals) computed once per code, with the expressions of the criteria's fills
 * (the same figures, bit for bit), then each pair's looked up by its code. The values of a row
 * are those terms added topic by topic in order from 0, as the fills add them.
 */
function addCoded(
  ix: ScoringContext['ix'],
  levelCode: Uint8Array,
  from: number,
  n: number,
  asked: number | undefined,
  at: Int32Array,
  count: number,
  shares: Float64Array,
  sum: Float64Array,
  others: Float64Array,
  side: Float64Array | null,
): void {
  const { codeEffective, codeWilling, numMentors } = ix;
  const codes = codeEffective.length;
  if (terms.length < 3 * n * codes) terms = new Float64Array(3 * n * codes);
  if (strips.length < n) strips = new Int32Array(n);
  // The level at which a mentor offers, when no level is asked (as `expertise` reads them).
  const level = asked ?? OFFER_LEVEL;
  for (let k = 0; k < n; k++) {
    const w = ix.rowWeight[from + k] as number;
    strips[k] = (ix.rowTopic[from + k] as number) * numMentors;
    for (let c = 0; c < codes; c++) {
      const eff = codeEffective[c] as number;
      const t = 3 * (k * codes + c);
      terms[t] =
        asked === undefined
          ? w * Math.min(1, eff / level)
          : w * (REACH * Math.min(1, eff / level) + (1 - REACH) * (eff / EXPERT));
      terms[t + 1] = w * ((codeWilling[c] as number) / 1);
      terms[t + 2] = w * (eff / EXPERT);
    }
  }
  const s0 = shares[0] as number;
  const s1 = shares[1] as number;
  const s2 = shares[2] as number;
  const o0 = others[0] as number;
  const o1 = others[1] as number;
  const o2 = others[2] as number;
  // One topic (every micro request): the loop below without its inner one, which cost micro
  // 100,000 × 10,000's scoring 5.9 s against 4.8 s on one thread (medians of 8, alternating).
  if (n === 1) {
    const base = strips[0] as number;
    // Without goals (micro programmes weigh expertise and willingness): the loop below without
    // their term, whose share of 0 adds +0, which leaves every sum as it is.
    if (s2 === 0 && (side === null || o2 === 0)) {
      for (let i = 0; i < count; i++) {
        const t = 3 * (levelCode[base + (at[i] as number)] as number);
        const ex = terms[t] as number;
        const wi = terms[t + 1] as number;
        sum[i] = (sum[i] as number) + s0 * ex + s1 * wi;
        if (side !== null) side[i] = (side[i] as number) + o0 * ex + o1 * wi;
      }
      return;
    }
    for (let i = 0; i < count; i++) {
      const t = 3 * (levelCode[base + (at[i] as number)] as number);
      const ex = terms[t] as number;
      const wi = terms[t + 1] as number;
      const go = terms[t + 2] as number;
      sum[i] = (sum[i] as number) + s0 * ex + s1 * wi + s2 * go;
      if (side !== null) side[i] = (side[i] as number) + o0 * ex + o1 * wi + o2 * go;
    }
    return;
  }
  // Without expertise (classic programmes weigh goals and willingness): the loop below without its
  // terms, whose share of 0 adds +0, which leaves every sum as it is.
  if (s0 === 0 && (side === null || o0 === 0)) {
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      let wi = 0;
      let go = 0;
      for (let k = 0; k < n; k++) {
        const t = 3 * (k * codes + (levelCode[(strips[k] as number) + m] as number));
        wi += terms[t + 1] as number;
        go += terms[t + 2] as number;
      }
      sum[i] = (sum[i] as number) + s1 * wi + s2 * go;
      if (side !== null) side[i] = (side[i] as number) + o1 * wi + o2 * go;
    }
    return;
  }
  for (let i = 0; i < count; i++) {
    const m = at[i] as number;
    let ex = 0;
    let wi = 0;
    let go = 0;
    for (let k = 0; k < n; k++) {
      const t = 3 * (k * codes + (levelCode[(strips[k] as number) + m] as number));
      ex += terms[t] as number;
      wi += terms[t + 1] as number;
      go += terms[t + 2] as number;
    }
    sum[i] = (sum[i] as number) + s0 * ex + s1 * wi + s2 * go;
    if (side !== null) side[i] = (side[i] as number) + o0 * ex + o1 * wi + o2 * go;
  }
}
