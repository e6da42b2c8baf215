/**
 * `rematch`: a running programme after changes, without churn. Every previous pair that is still
 * valid is kept (as a locked pair); the places freed and the new people are matched optimally for
 * the objective around them, so the result is `matchProgram`'s optimum of the programme after the
 * changes with the kept pairs locked.
 */

import type { InputIssue } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { type Message, type MessageParams, msg, type Translator, translator } from '../locale/message.js';
import { invalidInput, issue } from '../model/issues.js';
import { checkProgramSize, NO_LIMITS, optionLimits } from '../model/limits.js';
import { hoursBudgets } from '../model/meetings.js';
import { parseProgram } from '../model/parseProgram.js';
import type { Program } from '../model/program.js';
import { type ProgramSource, readProgram } from '../model/readProgram.js';
import { type ScoreTable, scoreSteps } from '../score/scoreProgram.js';
import { runSteps, type Steps } from '../solve/internal/clock.js';
import { fits } from '../solve/internal/matching/problem.js';
import { pairScore } from '../solve/internal/pairs.js';
import { type Applied, applyChanges } from './applyChanges.js';
import { inLocale, localise, readLocale } from './localise.js';
import { matchSteps, type ReadMatchOptions, readMatchOptions } from './matchProgram.js';
import { mentorPlaces } from './prepare.js';
import { startClockIn } from './startClockIn.js';
import type {
  AddedCode,
  AddedPair,
  Match,
  MatchOptions,
  MatchResult,
  ProgramChanges,
  RematchResult,
  RemovedCode,
  RemovedPair,
} from './types.js';

/** The English words of the changes (`localise` renders them in another locale). */
const english = translator('en');

const FN = 'rematch';

/** A previous pair, as read from the previous result. */
interface PreviousPair {
  readonly mentee: string;
  readonly mentor: string;
  readonly topic?: string;
}

/**
 * Rematches a running programme after changes: new mentees and mentors, leavers, capacity changes
 * (down to 0) and new exclusions ("not a good fit"). Every previous pair still valid is kept: both
 * people stay, no exclusion or hard rule now forbids it, and the mentor's capacity still holds it
 * (when a capacity goes down, the mentor keeps its locked pairs, then its best-scoring ones). The
 * freed places go to the waiting list (the requests or mentees left unmatched), to those whose pair
 * was removed and to the new mentees, optimally for the objective given the kept pairs.
 *
 * @param input - the programme before the changes: from `parseProgram`, or its JSON input.
 * @param previous - the matching being run (a `matchProgram` or `rematch` result, or any object
 *   with `matches: { mentee, mentor, topic? }[]`, the topic in micro mode).
 * @param changes - what changed; see {@link ProgramChanges}.
 * @param options - `objective` overrides the programme's.
 * @returns the new matching (as `matchProgram` gives it; `locked` marks the programme's own locked
 *   pairs) and `changes`: how many pairs were kept, and each pair added and removed, with a reason.
 * @throws {@link InvalidInputError} for an invalid programme, previous matching or change (every
 *   problem with its path: `changes.addMentees[0].id`, `previous.matches[3].mentor`, ...).
 *
 * @example
 * ```ts
 * import { matchProgram, rematch } from 'mentormatch';
 *
 * const program = {
 *   mode: 'classic',
 *   topics: [{ id: 'sales' }],
 *   mentors: [
 *     { id: 'ana', skills: [{ topic: 'sales', level: 5 }], capacity: 1 },
 *     { id: 'ben', skills: [{ topic: 'sales', level: 3 }], capacity: 1 },
 *   ],
 *   mentees: [{ id: 'cy', goals: [{ topic: 'sales' }] }, { id: 'di', goals: [{ topic: 'sales' }] }],
 * };
 * const before = matchProgram(program);
 * const after = rematch(program, before, { removeMentors: ['ana'], addMentors: [{ id: 'eva', skills: [{ topic: 'sales', level: 4 }] }] });
 * console.log(after.changes.kept, after.changes.removed.map((p) => p.code), after.changes.added.map((p) => `${p.mentee}→${p.mentor}`)); // 1 [ 'mentorLeft' ] [ 'cy→eva' ]
 * ```
 */
export function rematch(
  input: ProgramSource,
  previous: MatchResult | unknown,
  changes: ProgramChanges | unknown,
  options?: MatchOptions,
): RematchResult {
  const clock = startClockIn(FN, options, options?.timeLimitMs, options?.onProgress);
  return runSteps(rematchSteps(input, previous, changes, options), clock);
}

/**
 * {@link rematch} in phases (parse, score, solve, explain); its errors (the previous matching, the
 * changes, the locked pairs) in the locale of `options`.
 */
export function* rematchSteps(
  input: ProgramSource,
  previous: MatchResult | unknown,
  changes: ProgramChanges | unknown,
  options: MatchOptions | undefined,
): Steps<RematchResult> {
  const read = readMatchOptions(options, FN);
  const t = readLocale(FN, options);
  return yield* inLocale(FN, rematchIn(input, previous, changes, options, read, t), t);
}

function* rematchIn(
  input: ProgramSource,
  previous: MatchResult | unknown,
  changes: ProgramChanges | unknown,
  options: MatchOptions | undefined,
  { objective, maxNodes, listed }: ReadMatchOptions,
  t: Translator,
): Steps<RematchResult> {
  const limits = optionLimits(FN, options);
  const program = yield* readProgram(FN, input, limits, t);
  const pairs = readPrevious(program, previous);
  const applied = applyChanges(program, changes);
  const base = applied.program;
  // The changes may add people: the limits hold for the programme they make too.
  checkProgramSize(FN, base, limits);
  yield 'parse';
  const table = yield* scoreSteps(base, false, { fn: FN, maxPairs: limits.maxPairs });
  const { kept, removed } = sortPrevious(pairs, applied, table);
  const locked = [...base.rules.lockedPairs, ...kept];
  const final = parseProgram({ ...base, rules: { ...base.rules, lockedPairs: locked } }, { limits: NO_LIMITS });
  const result = yield* matchSteps(
    final,
    objective ?? base.objective,
    FN,
    maxNodes,
    t,
    limits.maxPairs,
    options?.threads,
    listed,
  );
  const ownLocks = new Set(base.rules.lockedPairs.map(pairKey));
  const matches: Match[] = result.matches.map((m) => ({ ...m, locked: ownLocks.has(pairKey(m)) }));
  const before = new Map(pairs.map((p) => [rowKey(p), p.mentor] as const));
  const removedRows = new Set(removed.map(rowKey));
  const added: AddedPair[] = [];
  let keptCount = 0;
  for (const m of matches) {
    const was = before.get(rowKey(m));
    // A pair removed (its mentor left) and made again (the mentor rejoined under the same id) is added.
    if (was === m.mentor && !removedRows.has(rowKey(m))) {
      keptCount++;
      continue;
    }
    const unit: Message =
      m.topic === undefined
        ? msg('unit.person', { mentee: m.mentee })
        : msg('unit.request', { mentee: m.mentee, topic: m.topic });
    const [code, params]: [AddedCode, MessageParams] = applied.addedMentees.has(m.mentee)
      ? ['newMentee', { mentee: m.mentee }]
      : removedRows.has(rowKey(m))
        ? ['replacement', { unit, mentor: String(was) }]
        : ['waitingList', { unit }];
    added.push({
      mentee: m.mentee,
      mentor: m.mentor,
      ...(m.topic === undefined ? {} : { topic: m.topic }),
      code,
      params,
      reason: english.text({ code: `added.${code}`, params }),
    });
  }
  return localise({ ...result, matches, changes: { kept: keptCount, added, removed } }, t);
}

/** Previous pairs still valid (to lock) and those removed, with the reasons. */
function sortPrevious(
  pairs: readonly PreviousPair[],
  applied: Applied,
  table: ScoreTable,
): { kept: PreviousPair[]; removed: RemovedPair[] } {
  const base = applied.program;
  const rowOf = new Map(table.rows.map((row, r) => [rowKey({ mentee: row.menteeId, topic: row.topic }), r] as const));
  const colOf = new Map(table.mentorIds.map((id, j) => [id, j] as const));
  const lockedTo = new Map(base.rules.lockedPairs.map((p) => [rowKey(p), p.mentor] as const));
  const places = mentorPlaces(base.mentors);
  const hoursLeft = hoursBudgets(base.mentors);
  for (const p of base.rules.lockedPairs) {
    const j = colOf.get(p.mentor) as number;
    places[j] = (places[j] as number) - 1;
    hoursLeft[j] = (hoursLeft[j] as number) - (table.rows[rowOf.get(rowKey(p)) as number]?.hours ?? 0);
  }
  const removed: RemovedPair[] = [];
  const remove = (p: PreviousPair, code: RemovedCode, params: MessageParams) =>
    removed.push({
      mentee: p.mentee,
      mentor: p.mentor,
      ...(p.topic === undefined ? {} : { topic: p.topic }),
      code,
      params,
      reason: english.text({ code: `removed.${code}`, params }),
    });
  const candidates: { pair: PreviousPair; r: number; j: number; k: number; s: number }[] = [];
  for (const [k, p] of pairs.entries()) {
    if (applied.removedMentees.has(p.mentee)) {
      remove(p, 'menteeLeft', { mentee: p.mentee });
      continue;
    }
    if (applied.removedMentors.has(p.mentor)) {
      remove(p, 'mentorLeft', { mentor: p.mentor });
      continue;
    }
    if (applied.excluded.has(`${p.mentee}\u0000${p.mentor}`)) {
      remove(p, 'excluded', { mentee: p.mentee, mentor: p.mentor });
      continue;
    }
    const r = rowOf.get(rowKey(p)) as number;
    const j = colOf.get(p.mentor) as number;
    const lock = lockedTo.get(rowKey(p));
    if (lock === p.mentor) continue; // kept as the programme's own locked pair
    if (lock !== undefined) {
      remove(p, 'noLongerAllowed', { cause: 'locked', mentor: lock });
      continue;
    }
    const s = pairScore(table.allowed, r, j);
    if (s === Number.NEGATIVE_INFINITY) {
      const rules = table.explain(r, j).rules.map(({ code, params }) => ({ code, params }));
      remove(p, 'noLongerAllowed', { cause: 'rules', rules });
      continue;
    }
    candidates.push({ pair: p, r, j, k, s });
  }
  // Per mentor, the best-scoring pairs first while places and hours last.
  candidates.sort((a, b) => b.s - a.s || a.k - b.k);
  const kept: { pair: PreviousPair; k: number }[] = [];
  for (const { pair, r, j, k } of candidates) {
    const hours = table.rows[r]?.hours ?? 0;
    if ((places[j] as number) <= 0 || !fits(0, hours, hoursLeft[j] as number)) {
      remove(pair, 'capacityReduced', { mentor: pair.mentor });
      continue;
    }
    places[j] = (places[j] as number) - 1;
    hoursLeft[j] = (hoursLeft[j] as number) - hours;
    kept.push({ pair, k });
  }
  kept.sort((a, b) => a.k - b.k);
  return { kept: kept.map((x) => x.pair), removed };
}

/** The previous pairs, checked against the programme before the changes. */
function readPrevious(program: Program, previous: unknown): PreviousPair[] {
  const matches = (previous as { matches?: unknown } | null)?.matches;
  if (previous === null || typeof previous !== 'object' || !Array.isArray(matches)) {
    throw invalidInput(FN, [
      issue(['previous', 'matches'], 'invalid_type', { expected: 'matching', field: 'previous' }),
    ]);
  }
  const micro = program.mode === 'micro';
  const mentees = new Map(program.mentees.map((m) => [m.id, m] as const));
  const mentors = new Set(program.mentors.map((m) => m.id));
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  const pairs: PreviousPair[] = [];
  matches.forEach((m: unknown, k) => {
    const path = ['previous', 'matches', k];
    const { mentee, mentor, topic } = (m ?? {}) as { mentee?: unknown; mentor?: unknown; topic?: unknown };
    const known = mentees.get(mentee as string);
    if (typeof mentee !== 'string' || known === undefined) {
      issues.push(issue([...path, 'mentee'], 'unknown_reference', { kind: 'mentee', found: describeValue(mentee) }));
      return;
    }
    if (typeof mentor !== 'string' || !mentors.has(mentor)) {
      issues.push(issue([...path, 'mentor'], 'unknown_reference', { kind: 'mentor', found: describeValue(mentor) }));
      return;
    }
    if (micro && !known.requests.some((q) => q.topic === topic)) {
      issues.push(issue([...path, 'topic'], 'unknown_request', { mentee, found: describeValue(topic) }));
      return;
    }
    const pair = micro ? { mentee, mentor, topic: topic as string } : { mentee, mentor };
    const first = seen.get(rowKey(pair));
    if (first !== undefined) {
      const request = micro ? { mode: 'micro', topic: topic as string } : { mode: 'classic' };
      issues.push(issue(path, 'matched_twice', { mentee, ...request, first }));
      return;
    }
    seen.set(rowKey(pair), k);
    pairs.push(pair);
  });
  if (issues.length > 0) throw invalidInput(FN, issues);
  return pairs;
}

function rowKey(p: { readonly mentee: string; readonly topic?: string | undefined }): string {
  return p.topic === undefined ? p.mentee : `${p.mentee}\u0000${p.topic}`;
}

function pairKey(p: { readonly mentee: string; readonly mentor: string; readonly topic?: string | undefined }): string {
  return `${rowKey(p)}\u0000${p.mentor}`;
}
