/**
 * The sample programme's quotas (`mentormatch sample --quotas`): each mentor takes at most one
 * mentee (classic) or two (micro) of one department, and at least half of the new joiners' goals
 * (classic) or of the remote mentees' requests (micro) must be matched. Quotas are solved exactly
 * only where no hours budget binds, so the micro mentors' hours budgets and minutes a week are left
 * out; the programme is otherwise the same.
 */
import type { ProgramShape } from '../../model/schema.js';

/** `program` with its quotas (see the file comment). */
export function withQuotas(program: ProgramShape): ProgramShape {
  const classic = program.mode === 'classic';
  const attribute = classic ? 'newJoiner' : 'remote';
  const counted = program.mentees
    .filter((e) => e.attributes?.[attribute] === true)
    .reduce((n, e) => n + (classic ? 1 : (e.requests?.length ?? 0)), 0);
  const mentors = classic ? program.mentors : program.mentors.map(({ hoursBudget: _, weeklyMinutes: __, ...m }) => m);
  const quotas: NonNullable<NonNullable<ProgramShape['rules']>['quotas']> = [
    { kind: 'perMentor', attribute: 'department', max: classic ? 1 : 2 },
    { kind: 'pairs', mentee: { attribute, equals: true }, min: Math.floor(counted / 2) },
  ];
  return { ...program, mentors, rules: { ...program.rules, quotas } };
}
