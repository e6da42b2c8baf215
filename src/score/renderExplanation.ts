/**
 * An explanation's words rendered from its data: each criterion's label and detail, each rule's
 * message and the one-line summary, in one locale. What `matchProgram`, `suggest` and `rematch` call
 * for their `locale` option; the English rendering is what `scoreProgram`'s `explain` returns.
 */
import { msg, type Translator } from '../locale/message.js';
import { compareIds } from '../model/compareIds.js';
import type { BrokenRule, CriterionContribution, Explanation } from './explanation.js';

/** Each translator's criterion labels, and in lower case, rendered once (every explanation has them). */
const labels = new WeakMap<Translator, Map<string, { label: string; lower: string }>>();

/** Criterion `criterion`'s label in `t`'s locale, and in lower case. */
function labelOf(t: Translator, criterion: string): { label: string; lower: string } {
  let mine = labels.get(t);
  if (mine === undefined) {
    mine = new Map();
    labels.set(t, mine);
  }
  let found = mine.get(criterion);
  if (found === undefined) {
    const label = t.text(msg(`criterion.${criterion}`));
    found = { label, lower: label.toLowerCase() };
    mine.set(criterion, found);
  }
  return found;
}

/** `e` with its words in `t`'s locale (a new object; `e` is left as it is). O(criteria log criteria). */
export function renderExplanation(e: Explanation, t: Translator): Explanation {
  return renderInPlace({ ...e, rules: e.rules.map((r) => ({ ...r })), criteria: e.criteria.map((c) => ({ ...c })) }, t);
}

/** Writable, for {@link renderInPlace}. */
type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * {@link renderExplanation} into `e` itself, its rules and criteria (objects of the caller's own,
 * which it built for this: one explanation per pair, no copy of each), returned.
 */
export function renderInPlace(e: Explanation, t: Translator): Explanation {
  const out = e as Writable<Explanation>;
  for (const r of out.rules) (r as Writable<BrokenRule>).message = t.text(r);
  if (out.forbidden) {
    out.summary = t.text(msg('explain.forbidden', { rules: out.rules.map((r) => r.message) }));
    return out;
  }
  for (const c of out.criteria) {
    const mine = c as Writable<CriterionContribution>;
    mine.label = labelOf(t, c.criterion).label;
    mine.detail = t.text(c);
  }
  const parts: string[] = [];
  for (const c of leading(out.criteria))
    parts.push(t.text(msg('explain.part', { label: labelOf(t, c.criterion).lower, detail: c.detail })));
  // A priority other than 1 weighs the pair in the objective: say so.
  const { score, priority } = out;
  out.summary =
    priority === 1
      ? t.text(msg('explain.summary', { score, parts }))
      : t.text(msg('explain.summaryPriority', { score, priority, weighted: priority * score, parts }));
  return out;
}

/** How many criteria the one-line summary names. */
const LEADING = 3;

/**
 * The {@link LEADING} criteria with the largest contributions, largest first (ties: by name, by
 * code unit), picked in one pass: what sorting a copy and keeping its head gave, without the three
 * arrays per explanation (one per matched pair).
 */
function leading(criteria: readonly CriterionContribution[]): CriterionContribution[] {
  const top: CriterionContribution[] = [];
  for (const c of criteria) {
    let at = top.length;
    while (at > 0 && before(c, top[at - 1] as CriterionContribution)) at--;
    if (at >= LEADING) continue;
    top.splice(at, 0, c);
    if (top.length > LEADING) top.pop();
  }
  return top;
}

/** Whether `a` comes before `b` in the summary: a larger contribution, or the same and an earlier name. */
function before(a: CriterionContribution, b: CriterionContribution): boolean {
  return (
    a.contribution > b.contribution || (a.contribution === b.contribution && compareIds(a.criterion, b.criterion) < 0)
  );
}
