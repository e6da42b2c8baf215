/**
 * The checks zod cannot make: duplicate ids, references to unknown topics and mentors, a taxonomy
 * without cycles, requests, goals and hours budgets in the wrong mode, contradictory pairs and rules,
 * weights that leave no criterion in the score, history pairs of one person with themself, meetings
 * that disagree with hours (`meetings.ts`). Every problem is collected with its path; nothing
 * stops at the first.
 */
import type { InputIssue } from '../errors.js';
import { checkWeights } from './checkWeights.js';
import { issue, type Report } from './issues.js';
import { checkMeetings } from './meetings.js';
import type { ProgramShape } from './schema.js';

type Path = (string | number)[];

/** Collects issues for `parseProgram`. */
export function checkProgram(input: ProgramShape, issues: InputIssue[]): void {
  const report: Report = (path, code, params) => issues.push(issue(path, code, params));
  const topicIds = uniqueIds(input.topics, 'topics', 'topic', report);
  checkTaxonomy(input, topicIds, report);
  const mentorIds = uniqueIds(input.mentors, 'mentors', 'mentor', report);
  const menteeIds = uniqueIds(input.mentees, 'mentees', 'mentee', report);
  // On an input that failed the schema, a reference may be missing or not a string: the schema's
  // issue says so already.
  const topic = (path: Path, id: string) => {
    if (typeof id === 'string' && !topicIds.has(id)) report(path, 'unknown_reference', { kind: 'topic', id });
  };
  const mentor = (path: Path, id: string) => {
    if (typeof id === 'string' && !mentorIds.has(id)) report(path, 'unknown_reference', { kind: 'mentor', id });
  };
  input.mentors.forEach((m, k) => {
    if (input.mode === 'classic' && m.hoursBudget !== undefined)
      report(['mentors', k, 'hoursBudget'], 'wrong_mode', { what: 'hoursBudget' });
    const seen = new Set<string>();
    m.skills.forEach((s, q) => {
      topic(['mentors', k, 'skills', q, 'topic'], s.topic);
      if (seen.has(s.topic))
        report(['mentors', k, 'skills', q, 'topic'], 'duplicate_entry', { kind: 'topic', id: s.topic, list: 'skills' });
      seen.add(s.topic);
    });
    noDuplicates(m.offers ?? [], ['mentors', k, 'offers'], 'topic', report);
    (m.offers ?? []).forEach((t, q) => {
      topic(['mentors', k, 'offers', q], t);
    });
    noDuplicates(m.preferences ?? [], ['mentors', k, 'preferences'], 'mentee', report);
    (m.preferences ?? []).forEach((id, q) => {
      if (!menteeIds.has(id)) report(['mentors', k, 'preferences', q], 'unknown_reference', { kind: 'mentee', id });
      if (id === m.id) report(['mentors', k, 'preferences', q], 'self_reference', { kind: 'mentor', id });
    });
  });
  input.mentees.forEach((e, k) => {
    if (input.mode === 'classic' && e.requests !== undefined && e.requests.length > 0)
      report(['mentees', k, 'requests'], 'wrong_mode', { what: 'requests' });
    if (input.mode === 'micro' && e.goals !== undefined && e.goals.length > 0)
      report(['mentees', k, 'goals'], 'wrong_mode', { what: 'goals' });
    const requested = new Set<string>();
    (e.requests ?? []).forEach((r, q) => {
      topic(['mentees', k, 'requests', q, 'topic'], r.topic);
      if (requested.has(r.topic))
        report(['mentees', k, 'requests', q, 'topic'], 'duplicate_entry', {
          kind: 'topic',
          id: r.topic,
          list: 'requests',
        });
      requested.add(r.topic);
    });
    const goals = new Set<string>();
    (e.goals ?? []).forEach((g, q) => {
      topic(['mentees', k, 'goals', q, 'topic'], g.topic);
      if (goals.has(g.topic))
        report(['mentees', k, 'goals', q, 'topic'], 'duplicate_entry', { kind: 'topic', id: g.topic, list: 'goals' });
      goals.add(g.topic);
    });
    for (const list of ['preferences', 'exclude'] as const) {
      const ids = e[list] ?? [];
      noDuplicates(ids, ['mentees', k, list], 'mentor', report);
      ids.forEach((id, q) => {
        mentor(['mentees', k, list, q], id);
        if (id === e.id) report(['mentees', k, list, q], 'self_reference', { kind: 'mentee', id });
      });
    }
  });
  checkRules(input, { mentorIds, topic: topicIds }, report);
  checkHistory(input, report);
  checkMeetings(input, report);
  checkWeights(input, report);
}

/**
 * History entries: a pair of one person with themself is a mistake. Ids are not checked against
 * the people: people of an earlier cycle may have left (`programWarnings` lists them).
 */
function checkHistory(input: ProgramShape, report: Report) {
  (input.history ?? []).forEach((entry, k) => {
    if (entry.mentee === entry.mentor) report(['history', k], 'history_self_pair', { id: entry.mentee });
  });
}

/** Ids of `list`, reporting duplicates; returns the set of ids. */
function uniqueIds(list: readonly { id: string }[], field: string, kind: string, report: Report): Set<string> {
  const ids = new Set<string>();
  list.forEach((item, k) => {
    if (ids.has(item.id)) report([field, k, 'id'], 'duplicate_id', { kind, id: item.id });
    ids.add(item.id);
  });
  return ids;
}

function noDuplicates(list: readonly string[], path: Path, kind: string, report: Report) {
  const seen = new Set<string>();
  list.forEach((id, q) => {
    if (seen.has(id)) report([...path, q], 'duplicate_entry', { kind, id, list: String(path.at(-1)) });
    seen.add(id);
  });
}

/**
 * Parents must exist and the taxonomy must be a forest: every topic on a cycle of parents is
 * reported, in programme order. Time O(topics): ids become indices, and each id's chain of parents
 * is walked once, iteratively (a chain 100,000 deep neither takes quadratic time nor overflows the
 * stack); a walk stops at the first id an earlier walk has settled.
 */
function checkTaxonomy(input: ProgramShape, topicIds: Set<string>, report: Report) {
  // One node per distinct id (a duplicate id is one node: its last parent given counts).
  const node = new Map<string, number>();
  for (const t of input.topics) if (!node.has(t.id)) node.set(t.id, node.size);
  const parent = new Int32Array(node.size).fill(-1);
  input.topics.forEach((t, k) => {
    if (t.parent === undefined) return;
    if (!topicIds.has(t.parent)) report(['topics', k, 'parent'], 'unknown_reference', { kind: 'topic', id: t.parent });
    else if (t.parent === t.id) report(['topics', k, 'parent'], 'self_reference', { kind: 'topic', id: t.id });
    else parent[node.get(t.id) as number] = node.get(t.parent) as number;
  });
  // Per node: UNSEEN, ON_WALK while the current walk holds it, SETTLED once its chain is known to
  // reach a root or a cycle; ON_CYCLE for the nodes of a cycle.
  const state = new Uint8Array(node.size);
  const walk: number[] = [];
  for (let start = 0; start < node.size; start++) {
    let u = start;
    while (u >= 0 && state[u] === UNSEEN) {
      state[u] = ON_WALK;
      walk.push(u);
      u = parent[u] as number;
    }
    // The walk came back to one of its own nodes: from there on, the walk is a cycle.
    const cycleFrom = u >= 0 && state[u] === ON_WALK ? walk.indexOf(u) : walk.length;
    walk.forEach((w, k) => {
      state[w] = k >= cycleFrom ? ON_CYCLE : SETTLED;
    });
    walk.length = 0;
  }
  input.topics.forEach((t, k) => {
    if (state[node.get(t.id) as number] === ON_CYCLE) report(['topics', k, 'parent'], 'taxonomy_cycle', { id: t.id });
  });
}

const UNSEEN = 0;
const ON_WALK = 1;
const SETTLED = 2;
const ON_CYCLE = 3;

/** Rules: pairs refer to known people and requests, locked pairs are consistent. */
function checkRules(input: ProgramShape, known: { mentorIds: Set<string>; topic: Set<string> }, report: Report) {
  const rules = input.rules;
  if (rules === undefined) return;
  const mentees = new Map(input.mentees.map((e) => [e.id, e] as const));
  const gap = rules.seniorityGap;
  if (gap?.min !== undefined && gap.max !== undefined && gap.min > gap.max)
    report(['rules', 'seniorityGap'], 'min_above_max', { min: gap.min, max: gap.max });
  const names = new Set<string>();
  (rules.custom ?? []).forEach((rule, k) => {
    if (names.has(rule.name)) report(['rules', 'custom', k, 'name'], 'duplicate_id', { kind: 'rule', id: rule.name });
    names.add(rule.name);
    if (rule.mentor === undefined && rule.mentee === undefined && rule.same === undefined)
      report(['rules', 'custom', k], 'empty_rule');
  });
  (rules.quotas ?? []).forEach((q, k) => {
    const path: Path = ['rules', 'quotas', k];
    const perMentor = q.kind === 'perMentor';
    const shares = (q.minShare === undefined ? 0 : 1) + (q.maxShare === undefined ? 0 : 1);
    // Each kind's fields: perMentor an attribute and a max; pairs one condition and a min or a max.
    const wrong = perMentor
      ? q.attribute === undefined || q.max === undefined
        ? 'perMentorFields'
        : q.mentee !== undefined || q.crossDepartment !== undefined || q.min !== undefined || shares > 0
          ? 'perMentorExtra'
          : undefined
      : (q.mentee === undefined) === (q.crossDepartment !== true)
        ? 'pairsCondition'
        : q.attribute !== undefined || q.count !== undefined
          ? 'pairsExtra'
          : shares > 1 || (shares > 0 && (q.min !== undefined || q.max !== undefined))
            ? 'shareMix'
            : shares === 0 && q.min === undefined && q.max === undefined
              ? 'pairsBound'
              : undefined;
    if (wrong !== undefined) report(path, 'quota_invalid', { problem: wrong });
    if (q.weight !== undefined && q.soft !== true) report([...path, 'weight'], 'quota_invalid', { problem: 'weight' });
    if (q.min !== undefined && q.max !== undefined && q.min > q.max)
      report(path, 'min_above_max', { min: q.min, max: q.max });
  });
  // A forbidden pair without a topic forbids the mentor for every request of the mentee.
  const key = (mentee: string, mentor: string, topic: string | null) => JSON.stringify([mentee, mentor, topic]);
  const forbidden = new Set((rules.forbiddenPairs ?? []).map((p) => key(p.mentee, p.mentor, p.topic ?? null)));
  const lockedUnits = new Set<string>();
  for (const list of ['forbiddenPairs', 'lockedPairs'] as const) {
    (rules[list] ?? []).forEach((pair, k) => {
      const path: Path = ['rules', list, k];
      const mentee = mentees.get(pair.mentee);
      if (mentee === undefined) report([...path, 'mentee'], 'unknown_reference', { kind: 'mentee', id: pair.mentee });
      if (!known.mentorIds.has(pair.mentor))
        report([...path, 'mentor'], 'unknown_reference', { kind: 'mentor', id: pair.mentor });
      if (pair.mentee === pair.mentor) report(path, 'self_reference', { kind: 'pair', id: pair.mentee });
      if (mentee === undefined) return;
      const requests = mentee.requests ?? [];
      if (input.mode === 'classic' && pair.topic !== undefined)
        report([...path, 'topic'], 'wrong_mode', { what: 'pairTopic' });
      if (input.mode === 'micro') {
        if (list === 'lockedPairs' && pair.topic === undefined && requests.length !== 1)
          report([...path, 'topic'], 'topic_required', { mentee: pair.mentee, requests: requests.length });
        if (pair.topic !== undefined && !requests.some((r) => r.topic === pair.topic))
          report([...path, 'topic'], 'unknown_request', { mentee: pair.mentee, topic: pair.topic });
      }
      if (list !== 'lockedPairs') return;
      const unit = JSON.stringify([pair.mentee, pair.topic ?? requests[0]?.topic ?? null]);
      if (lockedUnits.has(unit)) report(path, 'locked_twice', { mode: input.mode });
      lockedUnits.add(unit);
      const topic = pair.topic ?? requests[0]?.topic ?? null;
      if (forbidden.has(key(pair.mentee, pair.mentor, topic)) || forbidden.has(key(pair.mentee, pair.mentor, null)))
        report(path, 'locked_and_forbidden');
      if ((mentee.exclude ?? []).includes(pair.mentor))
        report(path, 'locked_but_excluded', { mentee: pair.mentee, mentor: pair.mentor });
    });
  }
}
