/**
 * An explanation's words rendered from its data: each criterion's label and detail, each rule's
 * message and the one-line summary, in one locale. What `matchProgram`, `suggest` and `rematch` call
 * for their `locale` option; the English rendering is what `scoreProgram`'s `explain` returns.
 */
import type { Translator } from '../locale/message.js';
import { compareIds } from '../model/compareIds.js';
import type { CriterionContribution, Explanation } from './scoreProgram.js';

/** `e` with its words in `t`'s locale (a new object; `e` is left as it is). O(criteria log criteria). */
export function renderExplanation(e: Explanation, t: Translator): Explanation {
  const rules = e.rules.map((r) => ({ ...r, message: t.text(r) }));
  if (e.forbidden) {
    const summary = t.text({ code: 'explain.forbidden', params: { rules: rules.map((r) => r.message) } });
    return { ...e, rules, summary };
  }
  const criteria: CriterionContribution[] = e.criteria.map((c) => ({
    ...c,
    label: t.text({ code: `criterion.${c.criterion}`, params: {} }),
    detail: t.text(c),
  }));
  const parts = [...criteria]
    .sort((a, b) => b.contribution - a.contribution || compareIds(a.criterion, b.criterion))
    .slice(0, 3)
    .map((c) => t.text({ code: 'explain.part', params: { label: c.label.toLowerCase(), detail: c.detail } }));
  // A priority other than 1 weighs the pair in the objective: say so.
  const { score, priority } = e;
  const summary =
    priority === 1
      ? t.text({ code: 'explain.summary', params: { score, parts } })
      : t.text({ code: 'explain.summaryPriority', params: { score, priority, weighted: priority * score, parts } });
  return { ...e, rules, criteria, summary };
}
