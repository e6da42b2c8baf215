/**
 * The figures of a matching: the score distribution, the mentors' load, the unmatched by reason
 * and the match rate per topic, read from a `matchProgram` result after checking that it belongs to
 * the programme (same mode, known ids). Internal. Time O(pairs log pairs + topics + mentors).
 */

import type { InputIssue } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { quotaKey } from '../match/quotas.js';
import type { MatchResult, UnmatchedCode } from '../match/types.js';
import { idIndex } from '../model/idIndex.js';
import { issue } from '../model/issues.js';
import type { Program } from '../model/program.js';
import type { LoadDistribution, MatchingReport, QuotaFigure, ScoreDistribution, TopicMatchRate } from './types.js';

/** Every reason code, in the order the report lists them (a record, so that a new code fails to compile here). */
const CODES: Readonly<Record<UnmatchedCode, true>> = {
  noExpert: true,
  ruledOut: true,
  sameMentee: true,
  mentorsFull: true,
  hoursBudget: true,
  objective: true,
  quota: true,
};
export const UNMATCHED_CODES = Object.keys(CODES) as readonly UnmatchedCode[];

/** Bands of the score histogram. */
const BANDS = 10;
/** Most issues listed. */
const MAX_ISSUES = 20;

/** What is wrong with `result` as a result of matching `program` (empty when nothing is). */
export function resultIssues(program: Program, result: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const r = result as Partial<Record<keyof MatchResult, unknown>> | null;
  if (r === null || typeof r !== 'object' || !Array.isArray(r.matches) || !Array.isArray(r.unmatched)) {
    return [issue(['result'], 'invalid_type', { expected: 'result', found: describeValue(result) })];
  }
  if (r.mode !== program.mode)
    issues.push(
      issue(['result', 'mode'], 'mode_mismatch', { found: String(r.mode), mode: program.mode, against: 'programme' }),
    );
  const known = {
    mentee: new Set(program.mentees.map((e) => e.id)),
    mentor: new Set(program.mentors.map((m) => m.id)),
    topic: new Set(program.topics.map((t) => t.id)),
    code: new Set<unknown>(UNMATCHED_CODES),
  };
  // The fields each list's items must hold, each from its set of known values.
  const check = (list: readonly unknown[], key: 'matches' | 'unmatched') =>
    list.forEach((item: unknown, k) => {
      const x = (item ?? {}) as Record<string, unknown>;
      const fields: (keyof typeof known)[] = [
        'mentee',
        ...(program.mode === 'micro' ? (['topic'] as const) : []),
        key === 'matches' ? 'mentor' : 'code',
      ];
      for (const field of fields) {
        if (!known[field].has(x[field] as string))
          issues.push(
            issue(['result', key, k, field], 'unknown_reference', {
              kind: field,
              found: describeValue(x[field]),
            }),
          );
      }
      if (key === 'matches' && !(typeof x.score === 'number' && x.score >= 0 && x.score <= 1))
        issues.push(
          issue(['result', key, k, 'score'], 'out_of_range', {
            kind: 'number',
            minimum: 0,
            maximum: 1,
            found: describeValue(x.score),
          }),
        );
    });
  check(r.matches, 'matches');
  check(r.unmatched, 'unmatched');
  return issues.slice(0, MAX_ISSUES);
}

/** `sorted`'s p-quantile, interpolating linearly between ranks (R type 7, d3.quantile). */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

function scoreDistribution(scores: readonly number[]): ScoreDistribution {
  const sorted = [...scores].sort((a, b) => a - b);
  const histogram = new Array<number>(BANDS).fill(0);
  for (const s of sorted) {
    const band = Math.min(BANDS - 1, Math.max(0, Math.floor(s * BANDS)));
    histogram[band] = (histogram[band] as number) + 1;
  }
  const none = sorted.length === 0;
  const at = (p: number) => (none ? null : quantile(sorted, p));
  return {
    count: sorted.length,
    mean: none ? null : sorted.reduce((s, x) => s + x, 0) / sorted.length,
    min: at(0),
    q1: at(0.25),
    median: at(0.5),
    q3: at(0.75),
    max: at(1),
    histogram,
  };
}

function loadDistribution(program: Program, result: MatchResult): LoadDistribution {
  const index = idIndex(program.mentors);
  const load = new Array<number>(program.mentors.length).fill(0);
  for (const m of result.matches) {
    const j = index.get(m.mentor) as number;
    load[j] = (load[j] as number) + 1;
  }
  const top = load.reduce((x, y) => Math.max(x, y), 0);
  const byLoad = new Array<number>(top + 1).fill(0);
  let idle = 0;
  let full = 0;
  let places = 0;
  let pairs = 0;
  program.mentors.forEach((mentor, j) => {
    const l = load[j] as number;
    byLoad[l] = (byLoad[l] as number) + 1;
    if (l === 0) idle++;
    if (mentor.capacity > 0 && l >= mentor.capacity) full++;
    places += mentor.capacity;
    pairs += l;
  });
  return {
    idle,
    full,
    utilisation: places > 0 ? pairs / places : null,
    meanLoad: load.length > 0 ? pairs / load.length : null,
    byLoad: program.mentors.length > 0 ? byLoad : [],
  };
}

/** Per topic with demand: demand met (micro: requests matched; classic: goal shares of matched mentees). */
function topicRates(program: Program, result: MatchResult): TopicMatchRate[] {
  const demand = new Map<string, number>(program.topics.map((t) => [t.id, 0]));
  const matched = new Map<string, number>(program.topics.map((t) => [t.id, 0]));
  const add = (map: Map<string, number>, topic: string, x: number) => map.set(topic, (map.get(topic) ?? 0) + x);
  if (program.mode === 'micro') {
    for (const e of program.mentees) for (const r of e.requests) add(demand, r.topic, 1);
    for (const m of result.matches) if (m.topic !== undefined) add(matched, m.topic, 1);
  } else {
    const done = new Set(result.matches.map((m) => m.mentee));
    for (const e of program.mentees) {
      const largest = e.goals.reduce((x, g) => Math.max(x, g.weight), 0);
      const sum = e.goals.reduce((s, g) => s + g.weight / largest, 0);
      for (const g of e.goals) {
        const share = g.weight / largest / sum;
        add(demand, g.topic, share);
        if (done.has(e.id)) add(matched, g.topic, share);
      }
    }
  }
  return program.topics
    .filter((t) => (demand.get(t.id) as number) > 0)
    .map((t) => {
      const d = demand.get(t.id) as number;
      const m = matched.get(t.id) as number;
      return { topic: t.id, demand: d, matched: m, matchRate: m / d };
    });
}

/** The matching figures of a checked result; `demand` is the programme's units to match. */
export function matchingReport(program: Program, result: MatchResult, demand: number): MatchingReport {
  const unmatched = Object.fromEntries(UNMATCHED_CODES.map((c) => [c, 0])) as Record<UnmatchedCode, number>;
  for (const u of result.unmatched) unmatched[u.code]++;
  const matched = result.matches.length;
  return {
    objective: result.objective,
    demand,
    matched,
    matchRate: demand > 0 ? matched / demand : null,
    scores: scoreDistribution(result.matches.map((m) => m.score)),
    load: loadDistribution(program, result),
    unmatched,
    blockingPairs: typeof result.summary?.blockingPairs === 'number' ? result.summary.blockingPairs : null,
    topics: topicRates(program, result),
    quotas: quotaFigures(program, result),
  };
}

/** What `result` makes of each quota of `program`. */
function quotaFigures(program: Program, result: MatchResult): QuotaFigure[] {
  const mentee = new Map(program.mentees.map((e, k) => [e.id, k] as const));
  const mentor = new Map(program.mentors.map((m, k) => [m.id, k] as const));
  return program.rules.quotas.map((q, k) => {
    const held = new Map<string, number>();
    for (const p of result.matches) {
      const e = mentee.get(p.mentee) as number;
      const j = mentor.get(p.mentor) as number;
      const [key, on] = quotaKey(program, q, k, e, j);
      if (on) held.set(key, (held.get(key) ?? 0) + 1);
    }
    const count = Math.max(0, ...held.values());
    const all = result.matches.length;
    const { minShare = null, maxShare = null } = q;
    const shared = minShare !== null || maxShare !== null;
    const atShare =
      (minShare !== null && count < minShare * (all + 1) - 1e-9) ||
      (maxShare !== null && count + 1 > maxShare * (all + 1) + 1e-9);
    return {
      quota: `rules.quotas[${k}]`,
      kind: q.kind,
      count,
      min: q.min ?? null,
      max: q.max ?? null,
      share: shared ? (all === 0 ? 0 : count / all) : null,
      minShare,
      maxShare,
      atBound: shared ? atShare : count === q.min || count === q.max,
    };
  });
}
