/**
 * From a scored programme to the numeric problem the solvers take: locked pairs are fixed first
 * (checked against the rules, capacities and hours budgets) and consume capacity; the remaining
 * rows, mentors' remaining capacities and hours, and the distinct-mentor groups of micro mode.
 */
import { type InputIssue, InvalidInputError } from '../errors.js';
import { type Translator, translator } from '../locale/message.js';
import { idIndex } from '../model/idIndex.js';
import { issue } from '../model/issues.js';
import { hoursBudgets } from '../model/meetings.js';
import type { Program } from '../model/program.js';
import type { ScoreTable } from '../score/scoreProgram.js';
import { fits, HOURS_SLACK } from '../solve/internal/matching/problem.js';
import { pairIndex, pairScore, type ScoredPairs } from '../solve/internal/pairs.js';

/** The programme as numbers, locked pairs set aside. */
export interface Prepared {
  readonly program: Program;
  readonly table: ScoreTable;
  /** Per demand row: the mentor column it is locked to, or -1. */
  readonly locked: Int32Array;
  /** Rows still to match, in demand order. */
  readonly free: Int32Array;
  /** Per mentor: places left after the locked pairs. */
  readonly capacity: Int32Array;
  /** Per mentor: hours left after the locked pairs (`Infinity` without a budget). */
  readonly hoursLeft: Float64Array;
  /** Per demand row: its mentee's index when one mentee's requests need distinct mentors, else null. */
  readonly groupOf: Int32Array | null;
  /** The name the errors of the matching go under. */
  readonly fn: string;
}

/** First demand row of each mentee (rows are in mentee order, then request order). */
export function firstRows(program: Program): Int32Array {
  const first = new Int32Array(program.mentees.length + 1);
  program.mentees.forEach((mentee, e) => {
    first[e + 1] = (first[e] as number) + (program.mode === 'micro' ? mentee.requests.length : 1);
  });
  return first;
}

/**
 * Fixes the locked pairs and builds the remaining problem. A lock that a hard rule forbids names
 * the rules in `t`'s words (the locale of the call; the error is rendered in it by the caller).
 */
export function prepare(
  program: Program,
  table: ScoreTable,
  fn = 'matchProgram',
  t: Translator = translator(undefined),
): Prepared {
  const rows = table.rows.length;
  const first = firstRows(program);
  const menteeIndex = idIndex(program.mentees);
  const mentorIndex = new Map(table.mentorIds.map((id, k) => [id, k] as const));
  const capacity = mentorPlaces(program.mentors);
  const hoursLeft = hoursBudgets(program.mentors);
  const locked = new Int32Array(rows).fill(-1);
  const issues: InputIssue[] = [];
  program.rules.lockedPairs.forEach((pair, k) => {
    const e = menteeIndex.get(pair.mentee) as number;
    const col = mentorIndex.get(pair.mentor) as number;
    const mentee = program.mentees[e];
    const q = program.mode === 'micro' ? (mentee?.requests.findIndex((r) => r.topic === pair.topic) ?? -1) : 0;
    const row = (first[e] as number) + Math.max(0, q);
    /** Rejects the lock: `locked_pair_conflict` of this `cause`. */
    const conflict = (cause: string, rules?: string) =>
      issues.push(
        issue(['rules', 'lockedPairs', k], 'locked_pair_conflict', {
          mentee: pair.mentee,
          mentor: pair.mentor,
          cause,
          ...(rules === undefined ? {} : { rules }),
        }),
      );
    const score = pairScore(table.allowed, row, col);
    if (score === Number.NEGATIVE_INFINITY) {
      const why = table
        .explain(row, col)
        .rules.map((r) => t.text(r))
        .join('; ');
      conflict('rule', why);
      return;
    }
    if ((capacity[col] as number) <= 0) {
      conflict('capacity');
      return;
    }
    const hours = table.rows[row]?.hours ?? 0;
    if (!fits(0, hours, hoursLeft[col] as number)) {
      conflict('hoursBudget');
      return;
    }
    if (program.mode === 'micro' && !program.rules.repeatMentor) {
      for (let r = first[e] as number; r < (first[e + 1] as number); r++) {
        if (locked[r] === col) {
          conflict('repeatMentor');
          return;
        }
      }
    }
    locked[row] = col;
    capacity[col] = (capacity[col] as number) - 1;
    hoursLeft[col] = (hoursLeft[col] as number) - hours;
  });
  if (issues.length > 0) throw new InvalidInputError(fn, issues);
  return preparedWith(program, table, { locked, capacity, hoursLeft }, fn);
}

/**
 * The programme prepared on `table` with the locks `prepare` fixed and what they left (for a helper
 * thread, whose table the search may have masked: see `helperTasks.ts`).
 */
export function preparedWith(
  program: Program,
  table: ScoreTable,
  { locked, capacity, hoursLeft }: Pick<Prepared, 'locked' | 'capacity' | 'hoursLeft'>,
  fn: string,
): Prepared {
  const free: number[] = [];
  for (let r = 0; r < locked.length; r++) if (locked[r] === -1) free.push(r);
  const groupOf =
    program.mode === 'micro' && !program.rules.repeatMentor ? Int32Array.from(table.rows, (row) => row.mentee) : null;
  return { program, table, locked, free: Int32Array.from(free), capacity, hoursLeft, groupOf, fn };
}

/** The free rows as a numeric problem for the solvers. */
export interface FreeProblem {
  /**
   * The table row of each row of the problem: the free rows, or in the masked form every row (a
   * locked row has no pair left in `pairs`).
   */
  readonly rows: Int32Array;
  /**
   * The rows' allowed pairs and their scores (compressed rows, ascending mentor columns): the
   * table's own arrays when no pair is locked (read only); else a copy of the free rows' pairs
   * without a mentee's locked mentors for their other requests, or in the masked form the table's
   * own arrays with the pairs the locks take out (the locked rows' pairs, and those locked mentors)
   * set to `-Infinity` until {@link FreeProblem.restore}.
   */
  readonly pairs: ScoredPairs;
  /** How many pairs of `pairs` are taken out (`-Infinity`). */
  readonly out: number;
  /**
   * Puts back the table's scores the mask took out (masked form: `pairs` is the table's own, masked
   * in place until then); a no-op otherwise. Call it once done with `pairs`, errors included.
   */
  readonly restore: () => void;
  /** Per row: its distinct-mentor group, or undefined when there are none. */
  readonly groups: Int32Array | undefined;
  /** Per row: the hours the request takes (0 in classic mode). */
  readonly hours: Float64Array;
  /** Per row: the request's priority (1 in classic mode). */
  readonly priority: Float64Array;
}

/**
 * Above this many allowed pairs, a programme with locked pairs is solved on every row, on the
 * table's own arrays masked in place ({@link freeProblem}).
 */
export const MASKED_PAIRS = 4_000_000;

/**
 * The free rows' pairs, groups and hours. A mentee's locked mentor is off limits for their other
 * requests. O(allowed pairs): no dense matrix, and without locked pairs no copy at all. With some,
 * the free rows' pairs are copied, or with `masked` (default: above {@link MASKED_PAIRS} pairs)
 * every row is kept, on the table's own arrays where the pairs the locks take out are set to
 * `-Infinity` until `restore()` puts their scores back (a copy of the pairs was 600 MB more on the
 * micro programme of 49 million pairs, 2 GB on the classic one of 179 million, each fresh page a
 * cost). Both give the same problem but for the locked rows, left without pairs; ties between
 * matchings may go either way.
 */
export function freeProblem(
  prepared: Prepared,
  masked = prepared.table.allowed.cols.length > MASKED_PAIRS,
): FreeProblem {
  const { table, free, locked, groupOf } = prepared;
  const any = free.length < locked.length;
  const rows = any && masked ? Int32Array.from(locked, (_, r) => r) : free;
  const groups = groupOf === null ? undefined : Int32Array.from(rows, (r) => groupOf[r] as number);
  const hours = Float64Array.from(rows, (r) => table.rows[r]?.hours ?? 0);
  const priority = Float64Array.from(rows, (r) => table.rows[r]?.priority ?? 1);
  const common = { rows, groups, hours, priority, restore: () => {} };
  if (!any) return { ...common, pairs: table.allowed, out: 0 };
  if (!masked) return { ...common, pairs: freePairs(prepared), out: 0 };
  const { start, scores } = table.allowed;
  // The pairs taken out and their scores, to put back: at most each locked row's pairs and a pair
  // for each other request of its mentee.
  let most = 0;
  locked.forEach((j, r) => {
    if (j < 0) return;
    most += (start[r + 1] as number) - (start[r] as number);
    if (groupOf === null) return;
    for (let q = r - 1; q >= 0 && groupOf[q] === groupOf[r]; q--) most++;
    for (let q = r + 1; q < locked.length && groupOf[q] === groupOf[r]; q++) most++;
  });
  const at = new Int32Array(most);
  const was = new Float64Array(most);
  let out = 0;
  const take = (e: number) => {
    at[out] = e;
    was[out] = scores[e] as number;
    out++;
    scores[e] = Number.NEGATIVE_INFINITY;
  };
  // Each locked row's pairs, and its locked mentor in its mentee's other requests (consecutive rows).
  locked.forEach((j, r) => {
    if (j < 0) return;
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) take(e);
    if (groupOf === null) return;
    const g = groupOf[r] as number;
    let q = r;
    while (q > 0 && groupOf[q - 1] === g) q--;
    for (; q < locked.length && groupOf[q] === g; q++) {
      if ((locked[q] as number) >= 0) continue;
      const e = pairIndex(table.allowed, q, j);
      if (e >= 0) take(e);
    }
  });
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    // Backwards: a pair taken out twice gets its first score back last.
    for (let k = out - 1; k >= 0; k--) scores[at[k] as number] = was[k] as number;
  };
  return { ...common, pairs: table.allowed, out, restore };
}

/** The free rows' pairs, without the locked mentors of their mentees (a copy). */
function freePairs(prepared: Prepared): ScoredPairs {
  const { table, free, locked, groupOf } = prepared;
  // Each group's locked mentors (a mentee locks a few at most).
  const lockedIn = new Map<number, number[]>();
  if (groupOf !== null) {
    locked.forEach((j, r) => {
      if (j < 0) return;
      const g = groupOf[r] as number;
      const list = lockedIn.get(g);
      if (list === undefined) lockedIn.set(g, [j]);
      else list.push(j);
    });
  }
  const { start: from, cols: colOf, scores: scoreOf } = table.allowed;
  const start = new Int32Array(free.length + 1);
  let size = 0;
  for (let k = 0; k < free.length; k++) {
    const r = free[k] as number;
    size += (from[r + 1] as number) - (from[r] as number);
  }
  const cols = new Int32Array(size);
  const scores = new Float64Array(size);
  let at = 0;
  for (let k = 0; k < free.length; k++) {
    const r = free[k] as number;
    const off = groupOf === null ? undefined : lockedIn.get(groupOf[r] as number);
    start[k] = at;
    if (off === undefined) {
      // Nothing taken out: the row's pairs as they are, in one copy.
      const a = from[r] as number;
      const b = from[r + 1] as number;
      cols.set(colOf.subarray(a, b), at);
      scores.set(scoreOf.subarray(a, b), at);
      at += b - a;
      continue;
    }
    for (let e = from[r] as number; e < (from[r + 1] as number); e++) {
      const j = colOf[e] as number;
      if (off.includes(j)) continue;
      cols[at] = j;
      scores[at] = scoreOf[e] as number;
      at++;
    }
  }
  start[free.length] = at;
  return { start, cols: cols.subarray(0, at), scores: scores.subarray(0, at) };
}

/**
 * The most places a mentor can have: a capacity above it (the schema takes any integer, e.g. 2³² as
 * "no limit") is read as this, which is more than any programme has demand rows; stored in an
 * `Int32Array`, a larger count would wrap (2³² to 0, 2³¹ to a negative number).
 */
export const MOST_PLACES = 0x7fffffff;

/** Each mentor's capacity as places, at most {@link MOST_PLACES}. */
export function mentorPlaces(mentors: readonly { readonly capacity: number }[]): Int32Array {
  return Int32Array.from(mentors, (m) => Math.min(m.capacity, MOST_PLACES));
}

/**
 * Each mentor's places when every request takes `length` hours: its capacity, cut to what its hours
 * budget allows. A `length` that is not a positive finite number (classic rows take no hours, or
 * there are no rows) cuts nothing.
 */
export function placesFor(capacity: ArrayLike<number>, hoursLeft: ArrayLike<number>, length: number): Int32Array {
  const cuts = length > 0 && length < Number.POSITIVE_INFINITY;
  return Int32Array.from(capacity, (c, j) => {
    const budget = hoursLeft[j] as number;
    return cuts && budget < Number.POSITIVE_INFINITY ? Math.min(c, Math.floor((budget + HOURS_SLACK) / length)) : c;
  });
}
