/**
 * The sample programme's rules: per mode, custom rules (a `prefer` on the same site, a `forbid` on
 * contractors mentoring interns, in classic an `avoid`), a time-zone limit, a seniority window in
 * classic, two forbidden pairs, and one locked pair that the hard rules allow.
 */
import { parseProgram } from '../../model/parseProgram.js';
import type { ProgramShape } from '../../model/schema.js';
import { scoreTable } from '../../score/scoreProgram.js';
import type { Draw } from './random.js';

type Rules = NonNullable<ProgramShape['rules']>;
type Pair = NonNullable<Rules['lockedPairs']>[number];
type MenteeInput = ProgramShape['mentees'][number];

/** Mentees tried, at most, when looking for the locked pair. */
const LOCK_TRIES = 50;

/** The rules of a sample programme, without its locked pair. */
export function sampleRules(
  d: Draw,
  mode: ProgramShape['mode'],
  mentees: readonly MenteeInput[],
  mentorIds: readonly string[],
  skills: readonly ReadonlyMap<string, number>[],
): Rules {
  const custom: NonNullable<Rules['custom']> = [
    { name: 'same-site', effect: 'prefer', same: 'site' },
    {
      name: 'no-contractor-for-interns',
      effect: 'forbid',
      mentor: { attribute: 'employment', equals: 'contractor' },
      mentee: { attribute: 'employment', equals: 'intern' },
    },
  ];
  if (mode === 'classic')
    custom.push({
      name: 'on-site-mentor-for-new-joiners',
      effect: 'avoid',
      mentor: { attribute: 'remote', equals: true },
      mentee: { attribute: 'newJoiner', equals: true },
    });
  // Two forbidden pairs. In micro, one names a request and a mentor able to take it; the other
  // leaves the topic out, so it covers every request of its mentee.
  const forbiddenPairs: Pair[] = [];
  const e = d.pick(mentees);
  const request = e.requests?.[0];
  if (mode === 'micro' && request !== undefined) {
    const able = mentorIds.filter((_, m) => (skills[m]?.get(request.topic) ?? 0) >= request.level);
    forbiddenPairs.push({ mentee: e.id, mentor: d.pick(able.length > 0 ? able : mentorIds), topic: request.topic });
  } else forbiddenPairs.push({ mentee: e.id, mentor: d.pick(mentorIds) });
  forbiddenPairs.push({ mentee: d.pick(mentees).id, mentor: d.pick(mentorIds) });
  return {
    ...(mode === 'micro' ? { maxTimeZoneGap: 6 } : { seniorityGap: { min: 1, max: 5 }, maxTimeZoneGap: 8 }),
    custom,
    forbiddenPairs,
  };
}

/**
 * A locked pair the hard rules allow (a finite score): for a mentee drawn at random (and one of
 * their requests in micro), one of their three best-scoring allowed mentors. Every hard rule looks
 * at the pair alone, so scoring a programme reduced to that one mentee is enough.
 *
 * @returns the pair, or `undefined` when none of the mentees tried has an allowed mentor.
 */
export function chooseLockedPair(d: Draw, draft: ProgramShape): Pair | undefined {
  for (const e of d.shuffle(draft.mentees).slice(0, LOCK_TRIES)) {
    const forbiddenPairs = (draft.rules?.forbiddenPairs ?? []).filter((p) => p.mentee === e.id);
    const table = scoreTable(
      parseProgram({ ...draft, mentees: [e], rules: { ...draft.rules, forbiddenPairs } }),
      false,
    );
    if (table.rows.length === 0) continue;
    const r = d.int(0, table.rows.length - 1);
    // The row's allowed pairs (entries of table.allowed), best score first, then by mentor.
    const { start, cols, scores } = table.allowed;
    const allowed = Array.from(
      { length: (start[r + 1] as number) - (start[r] as number) },
      (_, k) => (start[r] as number) + k,
    ).sort((a, b) => (scores[b] as number) - (scores[a] as number) || (cols[a] as number) - (cols[b] as number));
    if (allowed.length === 0) continue;
    const m = cols[allowed[d.int(0, Math.min(3, allowed.length) - 1)] as number] as number;
    const topic = table.rows[r]?.topic;
    return { mentee: e.id, mentor: table.mentorIds[m] as string, ...(topic === undefined ? {} : { topic }) };
  }
  return undefined;
}
