/**
 * The matching's explanations begun ahead: at scale under hours budgets, the solve's matching is
 * final some time before the solve returns (its bound still runs on the helper thread), and the
 * calling thread explains it meanwhile, a piece at a time between looks for the helper's answer.
 * The matches made ahead are kept only when the matching the solve returns is the same.
 */

import type { ScoreTable } from '../score/scoreProgram.js';
import { pairScore } from '../solve/internal/pairs.js';
import type { Prepared } from './prepare.js';
import { type Reasons, reasonsOf } from './reasons.js';
import type { Match } from './types.js';

/** Rows explained at a time ahead (a few milliseconds: the helper's answer is looked for between them). */
const AHEAD_ROWS = 128;
/** Rows whose unmatched reasons are made at a time ahead (each a few scans of its row: about as long). */
const AHEAD_REASONS = 64;

/** What {@link explainAhead} gives: the solvers' hook, and the matches made ahead. */
export interface Ahead {
  /** Told the matching (a column per row of the table) once final: its explanation in pieces (each returns whether some is left). */
  readonly matched: (assigned: Int32Array) => () => boolean;
  /**
   * The matches of `assigned` made ahead (in row order) and the first row not done; none when
   * `assigned` is not the matching they explain. With them, once every match was made, the
   * unmatched reasons made ahead and the first row they have not reached (null: none made).
   */
  readonly taken: (assigned: Int32Array) => {
    matches: Match[];
    next: number;
    reasons: { readonly reasons: Reasons; readonly next: number } | null;
  };
}

/**
 * Explanations of `prepared`'s matching made ahead. During the solve some of the table's pairs may
 * be taken out (the locked rows', and their mentor for their mentees' other requests: see
 * `prepare.ts` `freeProblem`): the rows of a mentee with a locked row are explained once the solve
 * is over, in their place.
 */
export function explainAhead(table: ScoreTable, prepared: Prepared): Ahead {
  const { locked, groupOf } = prepared;
  // The rows whose pairs the solve may take out: locked ones and their group mates.
  const late = new Uint8Array(locked.length);
  for (let r = 0; r < locked.length; r++) {
    if ((locked[r] as number) < 0) continue;
    late[r] = 1;
    if (groupOf === null) continue;
    for (let q = r - 1; q >= 0 && groupOf[q] === groupOf[r]; q--) late[q] = 1;
    for (let q = r + 1; q < locked.length && groupOf[q] === groupOf[r]; q++) late[q] = 1;
  }
  let explained: Int32Array | null = null;
  // In row order, a late row's slot left empty until the solve is over.
  let matches: (Match | undefined)[] = [];
  // Where each late row's match goes in `matches`, and the row.
  let holes: number[] = [];
  let next = 0;
  // Then the unmatched rows' reasons (a late row's made once the solve is over, in its place).
  let reasons: Reasons | null = null;
  let reasonNext = 0;
  return {
    matched: (assigned) => {
      explained = assigned;
      matches = [];
      holes = [];
      next = 0;
      reasons = null;
      reasonNext = 0;
      return () => {
        if (next < assigned.length) {
          const to = Math.min(assigned.length, next + AHEAD_ROWS);
          for (let r = next; r < to; r++) {
            if (late[r] === 1 && (assigned[r] as number) >= 0) {
              holes.push(matches.length, r);
              matches.push(undefined);
            } else explainRow(table, prepared, assigned, r, matches);
          }
          next = to;
          return true;
        }
        reasons ??= reasonsOf(prepared.program, table, assigned, groupOf);
        const to = Math.min(assigned.length, reasonNext + AHEAD_REASONS);
        for (let r = reasonNext; r < to; r++) {
          if (late[r] === 1) reasons.hold(r);
          else reasons.add(r);
        }
        reasonNext = to;
        return to < assigned.length;
      };
    },
    taken: (assigned) => {
      if (explained === null || !sameMatching(explained, assigned)) return { matches: [], next: 0, reasons: null };
      // The late rows' matches, now that the table is whole again.
      const one: Match[] = [];
      for (let k = 0; k < holes.length; k += 2) {
        one.length = 0;
        explainRow(table, prepared, assigned, holes[k + 1] as number, one);
        matches[holes[k] as number] = one[0] as Match;
      }
      return { matches: matches as Match[], next, reasons: reasons === null ? null : { reasons, next: reasonNext } };
    },
  };
}

/** Row `r`'s match in `assigned`, explained, added to `matches` (none when it is unmatched). */
export function explainRow(
  table: ScoreTable,
  prepared: Prepared,
  assigned: Int32Array,
  r: number,
  matches: (Match | undefined)[],
): void {
  const j = assigned[r] as number;
  if (j < 0) return;
  const row = table.rows[r];
  if (row === undefined) return;
  const mentee = row.menteeId;
  const mentor = table.mentorIds[j] as string;
  const score = pairScore(table.allowed, r, j);
  const { priority } = row;
  const locked = prepared.locked[r] === j;
  const explanation = table.explain(r, j);
  // Written out for either shape, without a spread (0.4 µs a match against 0.1).
  matches.push(
    row.topic === undefined
      ? { mentee, mentor, score, priority, locked, explanation }
      : { mentee, mentor, topic: row.topic, score, priority, locked, explanation },
  );
}

/** Whether two matchings are the same. */
function sameMatching(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) if (a[r] !== b[r]) return false;
  return true;
}
