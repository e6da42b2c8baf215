/**
 * An explanation's one-line summary names its three largest contributions, largest first, ties by
 * criterion name (code unit order). `renderInPlace` picks them in one pass: checked here against
 * the sort of a copy it replaced, on random explanations with many ties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../src/locale/message.js';
import { CRITERIA } from '../src/model/program.js';
import type { CriterionContribution, Explanation } from '../src/score/explanation.js';
import { renderExplanation } from '../src/score/renderExplanation.js';

/** An explanation with `picked` criteria (each a contribution from a few values: ties are common). */
const explanation = fc
  .tuple(
    fc.subarray([...CRITERIA]),
    fc.array(fc.constantFrom(0, 0.05, 0.1, 0.1, 0.25, 1 / 3, 0.5), {
      minLength: CRITERIA.length,
      maxLength: CRITERIA.length,
    }),
    fc.constantFrom(1, 2),
  )
  .map(([picked, contributions, priority]): Explanation => {
    const criteria: CriterionContribution[] = picked.map((criterion, k) => ({
      criterion,
      label: '',
      value: contributions[k] as number,
      weight: 1,
      contribution: contributions[k] as number,
      detail: '',
      code: 'detail.preference.none',
      params: {},
    }));
    const score = criteria.reduce((sum, c) => sum + c.contribution, 0);
    return {
      score,
      priority,
      weightedScore: priority * score,
      forbidden: false,
      rules: [],
      criteria,
      summary: '',
    };
  });

describe('renderExplanation: the summary', () => {
  it('names the three largest contributions, largest first, ties by criterion name (fast-check)', () => {
    const t = translator('en');
    fc.assert(
      fc.property(explanation, (e) => {
        const rendered = renderExplanation(e, t);
        const named = [...rendered.criteria]
          .sort((a, b) => b.contribution - a.contribution || (a.criterion < b.criterion ? -1 : 1))
          .slice(0, 3)
          .map((c) => `${c.label.toLowerCase()}: ${c.detail}`)
          .join('; ');
        const head = e.priority === 1 ? e.score.toFixed(2) : `${e.score.toFixed(2)} × priority ${e.priority} = `;
        expect(rendered.summary.startsWith(head)).toBe(true);
        expect(rendered.summary.endsWith(`: ${named}`)).toBe(true);
        // The explanation given is left as it was.
        expect(e.summary).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
