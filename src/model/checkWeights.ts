/**
 * The criterion weights, once merged over the mode's defaults, must leave at least one criterion in
 * the score: otherwise every allowed pair scores 0 and the matching pairs people at random (by id).
 *
 * A positive weight counts only if its criterion can apply to the programme. Five criteria can be
 * off whatever the people's data: `department` when `rules.sameDepartment` is `allowed`,
 * `custom` without a `prefer` or `avoid` rule, `repeat` without a `history` or when
 * `rules.repeatPairs` is not `avoided`, `novelty` and `rotation` without a `history` (their `active` in src/score/criteria, which the model
 * layer does not import; test/programWarnings.test.ts checks that both agree). Every other
 * criterion applies in both modes (`goals` in micro mode reads the request's topic, `expertise` in
 * classic mode the goals), so a weight on it is never wasted.
 */

import { DEFAULT_WEIGHTS } from './defaults.js';
import type { Report } from './issues.js';
import { CRITERIA, type Criterion } from './program.js';
import type { ProgramShape } from './schema.js';

/** Whether a criterion with a positive weight stays out of the score (`weight.<criterion>` says why). */
function leftOut(input: ProgramShape, criterion: Criterion): boolean {
  if (criterion === 'department') return input.rules?.sameDepartment === 'allowed';
  if (criterion === 'custom')
    return !(input.rules?.custom ?? []).some((r) => r.effect === 'prefer' || r.effect === 'avoid');
  if (criterion === 'repeat' || criterion === 'novelty' || criterion === 'rotation') {
    if ((input.history ?? []).length === 0) return true;
    return criterion === 'repeat' && (input.rules?.repeatPairs ?? 'avoided') !== 'avoided';
  }
  return false;
}

/**
 * Reports `weights` when no criterion would count in the score. Reads the raw input when its shape
 * is broken too (for `parseProgram`'s single error): then it says nothing unless the mode and every
 * weight given are well formed.
 */
export function checkWeights(input: ProgramShape, report: Report): void {
  const defaults = Object.hasOwn(DEFAULT_WEIGHTS, input.mode) ? DEFAULT_WEIGHTS[input.mode] : undefined;
  const given: unknown = input.weights ?? {};
  if (defaults === undefined || given === null || typeof given !== 'object') return;
  const positive: Criterion[] = [];
  for (const c of CRITERIA) {
    const w: unknown = (given as Partial<Record<Criterion, unknown>>)[c] ?? defaults[c];
    if (typeof w !== 'number' || !(w >= 0) || !Number.isFinite(w)) return;
    if (w > 0) positive.push(c);
  }
  if (positive.length === 0) {
    report(['weights'], 'no_positive_weight', { mode: input.mode });
    return;
  }
  if (positive.every((c) => leftOut(input, c))) report(['weights'], 'no_weight_applies', { criteria: positive });
}
