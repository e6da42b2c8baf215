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
import { CRITERIA, type Criterion } from './program.js';
import type { ProgramShape } from './schema.js';

type Path = (string | number)[];

/** Why a criterion with a positive weight stays out of the score, or undefined when it counts. */
function leftOut(input: ProgramShape, criterion: Criterion): string | undefined {
  if (criterion === 'department' && input.rules?.sameDepartment === 'allowed')
    return 'department: rules.sameDepartment is "allowed"';
  if (criterion === 'custom' && !(input.rules?.custom ?? []).some((r) => r.effect === 'prefer' || r.effect === 'avoid'))
    return 'custom: no "prefer" or "avoid" custom rule';
  if (criterion === 'repeat' && (input.rules?.repeatPairs ?? 'avoided') !== 'avoided')
    return `repeat: rules.repeatPairs is ${JSON.stringify(input.rules?.repeatPairs)}`;
  if (
    (criterion === 'repeat' || criterion === 'novelty' || criterion === 'rotation') &&
    (input.history ?? []).length === 0
  )
    return `${criterion}: the programme has no history`;
  return undefined;
}

/**
 * Reports `weights` when no criterion would count in the score. Reads the raw input when its shape
 * is broken too (for `parseProgram`'s single error): then it says nothing unless the mode and every
 * weight given are well formed.
 */
export function checkWeights(input: ProgramShape, report: (path: Path, text: string) => void): void {
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
    report(
      ['weights'],
      `every criterion weight is 0 (merged over the ${input.mode} defaults), so every pair would score 0: give at least one criterion a positive weight`,
    );
    return;
  }
  const reasons = positive.map((c) => leftOut(input, c));
  if (reasons.every((r) => r !== undefined))
    report(
      ['weights'],
      `no criterion with a positive weight applies (${reasons.join('; ')}), so every pair would score 0: give a positive weight to another criterion`,
    );
}
