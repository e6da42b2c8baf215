/**
 * The `history` of a sample programme: the pairs of its earlier cycles, drawn so that the rules
 * that read it have something to do. Micro programmes run monthly: in each earlier month about
 * half the mentees asked for help once, on a topic they ask about again now three times in five,
 * from a mentor who masters it, the best-known experts drawn more often (so `repeatPairs`,
 * `novelty` and `rotation` all bite). Classic programmes run yearly cohorts: a quarter of the
 * mentees were in one, with a mentor of one of their goals. Each cycle respects the mentors'
 * capacities, and none repeats a locked pair of the programme. A stream of its own, so a programme drawn with a history is the same programme as
 * without one, plus its `history` and `asOf`.
 */
import type { ProgramShape } from '../../model/schema.js';
import { type Draw, draw } from './random.js';

type HistoryEntry = NonNullable<ProgramShape['history']>[number];

/**
 * The day the sample's current cycle starts, per mode (the day `repeatWindowDays` counts back from),
 * unless the programme states its cycle.
 */
export const SAMPLE_AS_OF = { micro: '2026-04-01', classic: '2025-09-01' } as const;

/** Most earlier cycles `sampleProgram` draws: ten years of monthly cycles. */
export const MOST_HISTORY_CYCLES = 120;

/** `YYYY-MM-01`, `months` months before the first of `asOf`'s month. */
function monthsBefore(asOf: string, months: number): string {
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * The pairs of `cycles` earlier cycles of `programme`, oldest first, and the `asOf` day.
 *
 * @param seed - the sample's seed (the history draws from a stream of its own).
 * @param programme - the sample programme, without history.
 * @param cycles - how many earlier cycles: months (micro) or yearly cohorts (classic).
 */
export function sampleHistory(
  seed: number,
  programme: ProgramShape,
  cycles: number,
): { history: HistoryEntry[]; asOf: string } {
  const d = draw((seed ^ 0x5bd1e995) >>> 0);
  const { mode, mentors, mentees } = programme;
  // The current cycle's first day: the programme's cycle when it states one (meetings), else the sample's.
  const asOf = programme.cycle?.start ?? programme.startDate ?? SAMPLE_AS_OF[mode];
  // Topic → the mentors who master it at level 3 or more, with their level.
  const experts = new Map<string, { mentor: number; level: number }[]>();
  mentors.forEach((m, mentor) => {
    for (const s of m.skills) {
      if (s.level < 3) continue;
      const list = experts.get(s.topic) ?? [];
      list.push({ mentor, level: s.level });
      experts.set(s.topic, list);
    }
  });
  const asked = mentees.flatMap((e) => (e.requests ?? []).map((r) => r.topic));
  // The locked pairs are this cycle's deliberate choices: never drawn as earlier pairs, so that
  // `repeatPairs: "forbidden"` keeps the sample valid.
  const locked = new Set((programme.rules?.lockedPairs ?? []).map((l) => `${l.mentee}\n${l.mentor}`));
  const history: HistoryEntry[] = [];
  for (let cycle = cycles; cycle >= 1; cycle--) {
    const date = mode === 'micro' ? monthsBefore(asOf, cycle) : monthsBefore(asOf, 12 * cycle);
    const load = new Int32Array(mentors.length);
    for (const e of mentees) {
      const topic = pastTopic(d, mode, e, asked);
      if (topic === undefined) continue;
      const able = (experts.get(topic) ?? []).filter(
        ({ mentor }) =>
          (load[mentor] as number) < (mentors[mentor]?.capacity ?? 1) &&
          !locked.has(`${e.id}\n${(mentors[mentor] as { id: string }).id}`),
      );
      if (able.length === 0) continue;
      const { mentor } = able[d.weighted(able.map((x) => x.level * x.level))] as { mentor: number };
      load[mentor] = (load[mentor] as number) + 1;
      const id = (mentors[mentor] as { id: string }).id;
      history.push(mode === 'micro' ? { mentee: e.id, mentor: id, topic, date } : { mentee: e.id, mentor: id, date });
    }
  }
  return { history, asOf };
}

/**
 * The topic of a mentee's pairing in one earlier cycle, or `undefined` when it took no part: micro,
 * half the cycles, one of its current topics three times in five, else a topic someone asks about;
 * classic, a quarter of the cohorts, one of its goals.
 */
function pastTopic(
  d: Draw,
  mode: ProgramShape['mode'],
  e: ProgramShape['mentees'][number],
  asked: readonly string[],
): string | undefined {
  if (mode === 'classic') {
    const goals = e.goals ?? [];
    return goals.length > 0 && d.chance(0.25) ? d.pick(goals).topic : undefined;
  }
  if (!d.chance(0.5)) return undefined;
  const own = e.requests ?? [];
  if (own.length > 0 && d.chance(0.6)) return d.pick(own).topic;
  return asked.length > 0 ? d.pick(asked) : undefined;
}
