/**
 * The hard rules: each marks, for one demand row, the mentors it forbids among a list of candidates
 * (every mentor for `ruledOut` and the explanations; the scoring passes the mentors an index leaves,
 * e.g. those at the level asked). A forbidden pair scores `-Infinity`, and its explanation names
 * every rule that forbids it.
 */
import { type Message, msg } from '../locale/message.js';
import { firstTopic, type IndexedProgram } from '../model/indexProgram.js';
import type { ScoringContext } from './context.js';
import { zoneGap } from './criteria/people.js';
import { conditionMessage, holdsWith, menteeRule } from './customRules.js';
import { forEachRepeat, latestRepeat, pairedMessage, type RecentPair } from './history.js';

/** A hard rule. */
export interface HardRule {
  /** Its name in explanations: `reportingLine`, `custom:<name>`, ... */
  readonly name: string;
  /**
   * Sets `blocked[m] = stamp` for every mentor `m` of `at[0 .. count - 1]` (ascending) the rule
   * forbids for demand row `r`, in O(count) or less: a stamp per row (or per rule) instead of a
   * cleared array. A rule that names its few mentors (`self`, `excluded`, ...) stamps them whether
   * or not they are in `at`: callers read the entries of `at` only.
   */
  mark(ctx: ScoringContext, r: number, blocked: Int32Array, stamp: number, at: Int32Array, count: number): void;
  /** Why the rule forbids row `r` with mentor `m`, in words. */
  message(ctx: ScoringContext, r: number, m: number): Message;
}

/** The rules in force for a programme, in a fixed order. */
export function hardRules(ctx: ScoringContext): HardRule[] {
  const { rules, mode } = ctx.ix.program;
  const list: HardRule[] = [self, excluded, forbiddenPair];
  if (rules.reportingLine === 'forbidden') list.push(reportingLine);
  if (rules.sameDepartment === 'forbidden') list.push(sameDepartment(ctx.ix));
  if (rules.seniorityGap !== null) list.push(seniorityGap(ctx.ix));
  if (rules.sharedLanguage) list.push(sharedLanguage(ctx.ix));
  if (rules.maxTimeZoneGap !== null) list.push(maxTimeZoneGap(ctx.ix));
  if (mode === 'micro' && rules.levelRequired) list.push(levelRequired);
  if (rules.repeatPairs === 'forbidden' && ctx.recent.size > 0) list.push(repeatPair);
  for (const compiled of ctx.custom) {
    const { effect, name } = compiled.rule;
    if (effect !== 'require' && effect !== 'forbid') continue;
    const wanted = effect === 'forbid' ? 1 : 0;
    list.push({
      name: `custom:${name}`,
      mark(c, r, blocked, stamp, at, count) {
        const e = c.ix.rows[r]?.mentee as number;
        // The mentee misses the rule's condition: it holds with no mentor, so `forbid` forbids none.
        if (wanted === 1 && compiled.menteeOk[e] === 0) return;
        const { known, mentorOk, same, target } = menteeRule(compiled, e);
        for (let i = 0; i < count; i++) {
          const m = at[i] as number;
          stampIf(blocked, m, stamp, +(holdsWith(known, mentorOk, same, target, m) === wanted));
        }
      },
      message: () => msg('rule.custom', { name, effect, condition: conditionMessage(compiled.rule) }),
    });
  }
  return list;
}

const menteeOf = (ctx: ScoringContext, r: number) => ctx.ix.program.mentees[ctx.ix.rows[r]?.mentee as number];

const self: HardRule = {
  name: 'self',
  mark(ctx, r, blocked, stamp) {
    const m = ctx.ix.mentorIndex.get(ctx.ix.rows[r]?.menteeId ?? '');
    if (m !== undefined) blocked[m] = stamp;
  },
  message: () => msg('rule.self'),
};

const excluded: HardRule = {
  name: 'excluded',
  mark(ctx, r, blocked, stamp) {
    for (const id of menteeOf(ctx, r)?.exclude ?? []) blocked[ctx.ix.mentorIndex.get(id) as number] = stamp;
  },
  message: () => msg('rule.excluded'),
};

const forbiddenPair: HardRule = {
  name: 'forbiddenPair',
  mark(ctx, r, blocked, stamp) {
    const row = ctx.ix.rows[r];
    for (const pair of ctx.ix.program.rules.forbiddenPairs) {
      if (pair.mentee !== row?.menteeId) continue;
      if (pair.topic !== undefined && row.topic !== undefined && pair.topic !== row.topic) continue;
      blocked[ctx.ix.mentorIndex.get(pair.mentor) as number] = stamp;
    }
  },
  message: () => msg('rule.forbiddenPair'),
};

const reportingLine: HardRule = {
  name: 'reportingLine',
  mark(ctx, r, blocked, stamp) {
    const { menteeManager, reportsStart, reports, rows } = ctx.ix;
    const e = rows[r]?.mentee as number;
    const manager = menteeManager[e] as number;
    if (manager >= 0) blocked[manager] = stamp;
    for (let k = reportsStart[e] as number; k < (reportsStart[e + 1] as number); k++)
      blocked[reports[k] as number] = stamp;
  },
  message(ctx, r, m) {
    const mentee = menteeOf(ctx, r);
    const manager = mentee?.managerId === ctx.ix.program.mentors[m]?.id ? 'mentor' : 'mentee';
    return msg('rule.reportingLine', { manager });
  },
};

/**
 * Stamps mentor `m` when `hit` is 1 (0 leaves it as it was), without a branch: whether a rule
 * forbids a pair is a coin toss to the processor, which guessed wrong at a cost per candidate
 * (millions a programme at scale).
 */
function stampIf(blocked: Int32Array, m: number, stamp: number, hit: number): void {
  const was = blocked[m] as number;
  blocked[m] = was + hit * (stamp - was);
}

/**
 * The mentors grouped by a key (`keyOf(m)`, from 0 to `keys - 1`; another is in no group): those of
 * key `k` are `list[start[k] .. start[k + 1] - 1]`, in index order.
 */
function groupsOf(
  mentors: number,
  keys: number,
  keyOf: (m: number) => number,
): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(keys + 1);
  for (let m = 0; m < mentors; m++) {
    const k = keyOf(m);
    if (k >= 0 && k < keys) start[k + 1] = (start[k + 1] as number) + 1;
  }
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const list = new Int32Array(start[keys] as number);
  const at = start.slice(0, keys);
  for (let m = 0; m < mentors; m++) {
    const k = keyOf(m);
    if (k >= 0 && k < keys) list[(at[k] as number)++] = m;
  }
  return { start, list };
}

// The department, seniority, language and time-zone rules below stamp, when asked about every
// mentor (a classic row, `ruledOut`), only the mentors they forbid, from the mentors grouped or
// ordered by that attribute (the same test on each: classic 50,000 × 5,000 made 250 million tests a
// rule).

/** `sameDepartment` for the mentors of `index` (the scoring context's). */
function sameDepartment(index: IndexedProgram): HardRule {
  let keys = 0;
  for (let m = 0; m < index.numMentors; m++) keys = Math.max(keys, (index.mentorDept[m] as number) + 1);
  const departments = groupsOf(index.numMentors, keys, (m) => index.mentorDept[m] as number);
  return {
    name: 'sameDepartment',
    mark(ctx, r, blocked, stamp, at, count) {
      const { ix } = ctx;
      const mine = ix.menteeDept[ix.rows[r]?.mentee as number] as number;
      if (mine < 0) return;
      if (count === ix.numMentors) {
        const { start, list } = departments;
        if (mine < keys)
          for (let k = start[mine] as number; k < (start[mine + 1] as number); k++) blocked[list[k] as number] = stamp;
        return;
      }
      for (let i = 0; i < count; i++) {
        const m = at[i] as number;
        stampIf(blocked, m, stamp, +(ix.mentorDept[m] === mine));
      }
    },
    message: (ctx, _r, m) => msg('rule.sameDepartment', { department: String(ctx.ix.program.mentors[m]?.department) }),
  };
}

/** `seniorityGap` for the mentors of `index` (the scoring context's). */
function seniorityGap(index: IndexedProgram): HardRule {
  const grade = index.mentorGrade;
  // The mentors with a grade, by grade: the gap to a mentee's grade grows along it, so the mentors
  // below the window are a first run, those above it a last one.
  const order = Int32Array.from(
    Array.from({ length: index.numMentors }, (_, m) => m).filter((m) => !Number.isNaN(grade[m])),
  ).sort((a, b) => (grade[a] as number) - (grade[b] as number) || a - b);
  return {
    name: 'seniorityGap',
    mark(ctx, r, blocked, stamp, at, count) {
      const { ix } = ctx;
      const gap = ix.program.rules.seniorityGap;
      const mine = ix.menteeGrade[ix.rows[r]?.mentee as number] as number;
      const min = gap?.min ?? Number.NEGATIVE_INFINITY;
      const max = gap?.max ?? Number.POSITIVE_INFINITY;
      if (count === ix.numMentors) {
        for (let k = 0; k < order.length; k++) {
          const m = order[k] as number;
          if (!((grade[m] as number) - mine < min)) break;
          blocked[m] = stamp;
        }
        for (let k = order.length - 1; k >= 0; k--) {
          const m = order[k] as number;
          if (!((grade[m] as number) - mine > max)) break;
          blocked[m] = stamp;
        }
        return;
      }
      for (let i = 0; i < count; i++) {
        const m = at[i] as number;
        const d = (grade[m] as number) - mine;
        stampIf(blocked, m, stamp, +(d < min) | +(d > max));
      }
    },
    message(ctx, r, m) {
      const { ix } = ctx;
      const gap = ix.program.rules.seniorityGap;
      const d = (grade[m] as number) - (ix.menteeGrade[ix.rows[r]?.mentee as number] as number);
      return msg('rule.seniorityGap', { gap: d, min: gap?.min ?? '-∞', max: gap?.max ?? '+∞' });
    },
  };
}

/** `sharedLanguage` for the mentors of `index` (the scoring context's). */
function sharedLanguage(index: IndexedProgram): HardRule {
  // Up to 32 languages (one word a mentor): the mentors grouped by their languages, each group's
  // languages in `masks`.
  const masks = index.langWords === 1 ? [...new Set(index.mentorLangs)] : [];
  const groupOf = new Map(masks.map((mask, k) => [mask, k]));
  const groups = groupsOf(index.numMentors, masks.length, (m) => groupOf.get(index.mentorLangs[m] as number) ?? -1);
  return {
    name: 'sharedLanguage',
    mark(ctx, r, blocked, stamp, at, count) {
      const { ix } = ctx;
      const W = ix.langWords;
      const e = ix.rows[r]?.mentee as number;
      let mine = 0;
      for (let w = 0; w < W; w++) mine |= ix.menteeLangs[e * W + w] as number;
      if (mine === 0) return;
      const { mentorLangs, menteeLangs } = ix;
      if (W === 1) {
        if (count === ix.numMentors) {
          const { start, list } = groups;
          for (let g = 0; g < masks.length; g++) {
            const a = masks[g] as number;
            if (a === 0 || (a & mine) !== 0) continue;
            for (let k = start[g] as number; k < (start[g + 1] as number); k++) blocked[list[k] as number] = stamp;
          }
          return;
        }
        for (let i = 0; i < count; i++) {
          const m = at[i] as number;
          const a = mentorLangs[m] as number;
          stampIf(blocked, m, stamp, +(a !== 0) & +((a & mine) === 0));
        }
        return;
      }
      for (let i = 0; i < count; i++) {
        const m = at[i] as number;
        let theirs = 0;
        let shared = 0;
        for (let w = 0; w < W; w++) {
          const a = mentorLangs[m * W + w] as number;
          theirs |= a;
          shared |= a & (menteeLangs[e * W + w] as number);
        }
        if (theirs !== 0 && shared === 0) blocked[m] = stamp;
      }
    },
    message: () => msg('rule.sharedLanguage'),
  };
}

/** `maxTimeZoneGap` for the mentors of `index` (the scoring context's). */
function maxTimeZoneGap(index: IndexedProgram): HardRule {
  const byZone = groupsOf(index.numMentors, index.zones.length, (m) => index.mentorZoneId[m] as number);
  return {
    name: 'maxTimeZoneGap',
    mark(ctx, r, blocked, stamp, at, count) {
      const { ix, zoneRow } = ctx;
      const { zones, mentorZoneId } = ix;
      const limit = ix.program.rules.maxTimeZoneGap ?? Number.POSITIVE_INFINITY;
      const mine = ix.menteeZone[ix.rows[r]?.mentee as number] as number;
      if (Number.isNaN(mine)) return;
      // 1 for each time zone too far (zones[0], "unknown", never is), then one look-up per mentor.
      zoneRow[0] = 0;
      for (let z = 1; z < zones.length; z++) zoneRow[z] = zoneGap(mine, zones[z] as number) > limit ? 1 : 0;
      if (count === ix.numMentors) {
        const { start, list } = byZone;
        for (let z = 1; z < zones.length; z++)
          if (zoneRow[z] !== 0)
            for (let k = start[z] as number; k < (start[z + 1] as number); k++) blocked[list[k] as number] = stamp;
        return;
      }
      for (let i = 0; i < count; i++) {
        const m = at[i] as number;
        stampIf(blocked, m, stamp, +(zoneRow[mentorZoneId[m] as number] !== 0));
      }
    },
    message(ctx, r, m) {
      const { ix } = ctx;
      const gap = zoneGap(ix.menteeZone[ix.rows[r]?.mentee as number] as number, ix.mentorZone[m] as number);
      return msg('rule.maxTimeZoneGap', { gap, limit: ix.program.rules.maxTimeZoneGap ?? 0 });
    },
  };
}

const levelRequired: HardRule = {
  name: 'levelRequired',
  mark(ctx, r, blocked, stamp, at, count) {
    const { ix } = ctx;
    const { direct } = ix;
    const base = firstTopic(ix, r) * ix.numMentors;
    const asked = ix.rows[r]?.level ?? 0;
    for (let i = 0; i < count; i++) {
      const m = at[i] as number;
      stampIf(blocked, m, stamp, +((direct[base + m] as number) < asked));
    }
  },
  message(ctx, r, m) {
    const { ix } = ctx;
    const row = ix.rows[r];
    const t = firstTopic(ix, r);
    const level = ix.direct[t * ix.numMentors + m] as number;
    return msg('rule.levelRequired', { level, topic: String(ix.program.topics[t]?.name), asked: row?.level ?? 0 });
  },
};

/** `rules.repeatPairs: 'forbidden'`: a pair of the history within the window is not made again. */
const repeatPair: HardRule = {
  name: 'repeatPair',
  mark(ctx, r, blocked, stamp) {
    forEachRepeat(ctx.ix, ctx.recent, r, (m) => {
      blocked[m] = stamp;
    });
  },
  message(ctx, r, m) {
    const { ix } = ctx;
    // Asked only for a pair the rule forbids: there is a recent pairing.
    const pair = latestRepeat(ix, ctx.recent, r, m) as RecentPair;
    return msg('rule.repeatPair', { paired: pairedMessage(ix, pair), days: ix.program.rules.repeatWindowDays });
  },
};
