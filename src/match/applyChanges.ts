/**
 * The programme after a round of changes (`rematch`): leavers out, along with every reference to
 * them (preferences, exclusions, forbidden and locked pairs); new people in; capacities replaced;
 * new exclusions added to the mentees' `exclude` lists, dropping a locked pair they contradict;
 * a mentor's locked pairs beyond its new capacity dropped (the first ones in the list stay).
 * The merged programme is validated by `parseProgram`; its issues are reported with paths into
 * the original programme or into `changes` (a new mentee's problem is at `changes.addMentees[k]`).
 */
import { type InputIssue, InvalidInputError, type IssueCode, type IssueParamValue } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { invalidInput, issue } from '../model/issues.js';
import { NO_LIMITS } from '../model/limits.js';
import { parseProgram } from '../model/parseProgram.js';
import type { Program } from '../model/program.js';

type IssueParams = { readonly [name: string]: IssueParamValue };
type Path = readonly (string | number)[];
const FN = 'rematch';
const KEYS = ['addMentees', 'addMentors', 'removeMentees', 'removeMentors', 'capacities', 'exclusions'] as const;

/** The changes, read and checked against the programme. */
export interface Applied {
  readonly program: Program;
  readonly removedMentees: ReadonlySet<string>;
  readonly removedMentors: ReadonlySet<string>;
  readonly addedMentees: ReadonlySet<string>;
  /** `mentee\u0000mentor` of each new exclusion. */
  readonly excluded: ReadonlySet<string>;
}

/** Applies `changes` to `program` and validates the result. */
export function applyChanges(program: Program, changes: unknown): Applied {
  const c = readChanges(changes);
  const issues: InputIssue[] = [];
  const report = (path: Path, code: IssueCode, params: IssueParams) => issues.push(issue(path, code, params));
  const menteeIds = new Set(program.mentees.map((m) => m.id));
  const mentorIds = new Set(program.mentors.map((m) => m.id));
  const removedMentees = idSet(c.removeMentees, 'removeMentees', menteeIds, 'mentee', report);
  const removedMentors = idSet(c.removeMentors, 'removeMentors', mentorIds, 'mentor', report);
  const added = (list: readonly unknown[]) =>
    new Set(list.map((p) => (p !== null && typeof p === 'object' ? (p as { id?: unknown }).id : undefined)));
  const addedMentees = added(c.addMentees);
  const addedMentors = added(c.addMentors);
  const mentorAfter = (id: unknown) =>
    (mentorIds.has(id as string) && !removedMentors.has(id as string)) || addedMentors.has(id);
  const menteeAfter = (id: unknown) =>
    (menteeIds.has(id as string) && !removedMentees.has(id as string)) || addedMentees.has(id);
  const capacity = new Map<string, number>();
  c.capacities.forEach((entry, k) => {
    const path = ['changes', 'capacities', k];
    const { mentor, capacity: value } = (entry ?? {}) as { mentor?: unknown; capacity?: unknown };
    const found = describeValue(mentor);
    if (!mentorAfter(mentor))
      report([...path, 'mentor'], 'unknown_reference', { kind: 'mentor', found, departing: true });
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      report([...path, 'capacity'], 'invalid_type', { expected: 'integerFrom0', found: describeValue(value) });
    else capacity.set(mentor as string, value);
  });
  const excluded = new Set<string>();
  const exclusions = new Map<string, string[]>();
  c.exclusions.forEach((entry, k) => {
    const path = ['changes', 'exclusions', k];
    const { mentee, mentor } = (entry ?? {}) as { mentee?: unknown; mentor?: unknown };
    if (!menteeAfter(mentee))
      report([...path, 'mentee'], 'unknown_reference', {
        kind: 'mentee',
        found: describeValue(mentee),
        departing: true,
      });
    if (!mentorAfter(mentor))
      report([...path, 'mentor'], 'unknown_reference', {
        kind: 'mentor',
        found: describeValue(mentor),
        departing: true,
      });
    if (!menteeAfter(mentee) || !mentorAfter(mentor)) return;
    excluded.add(`${mentee}\u0000${mentor}`);
    exclusions.set(mentee as string, [...(exclusions.get(mentee as string) ?? []), mentor as string]);
  });
  if (issues.length > 0) throw invalidInput(FN, issues);

  const keepMentor = (id: string) => !removedMentors.has(id);
  const keptMentees = program.mentees.filter((m) => !removedMentees.has(m.id));
  const keptMentors = program.mentors.filter((m) => keepMentor(m.id));
  const pairKept = (p: { mentee: string; mentor: string }) => !removedMentees.has(p.mentee) && keepMentor(p.mentor);
  const withExclusions = (m: { id?: unknown; exclude?: readonly string[] }) => {
    const extra = exclusions.get(m.id as string) ?? [];
    const list = [...(m.exclude ?? []).filter(keepMentor), ...extra];
    return [...new Set(list)];
  };
  const input = {
    ...program,
    mentees: [
      ...keptMentees.map((m) => ({ ...m, preferences: m.preferences.filter(keepMentor), exclude: withExclusions(m) })),
      ...c.addMentees.map((m) =>
        m !== null && typeof m === 'object' && exclusions.has((m as { id?: unknown }).id as string)
          ? { ...m, exclude: withExclusions(m as { id?: unknown; exclude?: readonly string[] }) }
          : m,
      ),
    ],
    mentors: [
      ...keptMentors.map((m) => (capacity.has(m.id) ? { ...m, capacity: capacity.get(m.id) } : m)),
      ...c.addMentors.map((m) => {
        const id = (m as { id?: unknown }).id as string;
        return capacity.has(id) ? { ...(m as object), capacity: capacity.get(id) } : m;
      }),
    ],
    rules: {
      ...program.rules,
      forbiddenPairs: program.rules.forbiddenPairs.filter(pairKept),
      lockedPairs: locksWithin(
        program.rules.lockedPairs.filter((p) => pairKept(p) && !excluded.has(`${p.mentee}\u0000${p.mentor}`)),
        (id) => capacity.get(id) ?? (program.mentors.find((m) => m.id === id)?.capacity as number),
      ),
    },
  };
  const renumber = renumbering(program, keptMentees.length, keptMentors.length, removedMentees, removedMentors);
  try {
    return {
      // The caller (rematch) holds the programme the changes make to its own limits.
      program: parseProgram(input, { limits: NO_LIMITS }),
      removedMentees,
      removedMentors,
      addedMentees: addedMentees as Set<string>,
      excluded,
    };
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    throw invalidInput(
      FN,
      error.issues.map((i) => {
        const path = renumber(i.path);
        return i.code === undefined ? { ...i, path } : issue(path, i.code, i.params ?? {});
      }),
    );
  }
}

/** The locked pairs a mentor's new capacity still holds: the first ones in the list. */
function locksWithin<P extends { readonly mentor: string }>(
  locks: readonly P[],
  capacityOf: (id: string) => number,
): P[] {
  const used = new Map<string, number>();
  return locks.filter((p) => {
    const n = used.get(p.mentor) ?? 0;
    used.set(p.mentor, n + 1);
    return n < capacityOf(p.mentor);
  });
}

/** Maps a path in the merged programme back to the original programme or to `changes`. */
function renumbering(
  program: Program,
  menteesKept: number,
  mentorsKept: number,
  removedMentees: ReadonlySet<string>,
  removedMentors: ReadonlySet<string>,
): (path: Path) => Path {
  const original = (list: readonly { id: string }[], removed: ReadonlySet<string>) =>
    list.flatMap((m, k) => (removed.has(m.id) ? [] : [k]));
  const mentees = original(program.mentees, removedMentees);
  const mentors = original(program.mentors, removedMentors);
  return (path) => {
    const [field, k, ...rest] = path;
    if (typeof k !== 'number' || (field !== 'mentees' && field !== 'mentors')) return path;
    const kept = field === 'mentees' ? menteesKept : mentorsKept;
    if (k >= kept) return ['changes', field === 'mentees' ? 'addMentees' : 'addMentors', k - kept, ...rest];
    return [field, (field === 'mentees' ? mentees : mentors)[k] as number, ...rest];
  };
}

interface RawChanges {
  readonly addMentees: readonly unknown[];
  readonly addMentors: readonly unknown[];
  readonly removeMentees: readonly unknown[];
  readonly removeMentors: readonly unknown[];
  readonly capacities: readonly unknown[];
  readonly exclusions: readonly unknown[];
}

function readChanges(changes: unknown): RawChanges {
  if (changes === null || typeof changes !== 'object' || Array.isArray(changes)) {
    throw invalidInput(FN, [issue(['changes'], 'invalid_type', { expected: 'object', found: describeValue(changes) })]);
  }
  const issues: InputIssue[] = [];
  const record = changes as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(KEYS as readonly string[]).includes(key))
      issues.push(issue(['changes', key], 'unknown_change', { changes: KEYS }));
  }
  const lists = Object.fromEntries(
    KEYS.map((key) => {
      const value = record[key] ?? [];
      if (!Array.isArray(value))
        issues.push(issue(['changes', key], 'invalid_type', { expected: 'array', found: describeValue(value) }));
      return [key, Array.isArray(value) ? value : []];
    }),
  ) as unknown as RawChanges;
  if (issues.length > 0) throw invalidInput(FN, issues);
  return lists;
}

function idSet(
  list: readonly unknown[],
  key: string,
  known: ReadonlySet<string>,
  kind: string,
  report: (path: Path, code: IssueCode, params: IssueParams) => void,
): Set<string> {
  const ids = new Set<string>();
  list.forEach((id, k) => {
    const found = describeValue(id);
    if (typeof id !== 'string' || !known.has(id)) report(['changes', key, k], 'unknown_reference', { kind, found });
    else if (ids.has(id)) report(['changes', key, k], 'duplicate_entry', { kind, found, list: key });
    else ids.add(id);
  });
  return ids;
}
