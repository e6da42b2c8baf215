/**
 * Readiness before matching: people and places, the units that the hard rules leave without any
 * mentor (split as `matchProgram` reasons them: `noExpert` or `ruledOut`), and the match rate to
 * expect: the size of a largest matching, found exactly as a maximum-cardinality b-matching by
 * `capacitatedAssignment` (cost 0 on every allowed pair, `partial`) over the pairs `scoreProgram`
 * allows, with the locked pairs fixed first as `matchProgram` fixes them. Internal.
 *
 * The solver gets the allowed pairs as compressed sparse rows of cost 0 (the locked rows, and a
 * mentee's locked mentors for their other requests, left out): no dense matrix. Time: one scoring
 * and one flow solve.
 */
import { mentorPlaces, placesFor } from '../match/prepare.js';
import { idIndex } from '../model/idIndex.js';
import { hoursBudgets } from '../model/meetings.js';
import type { Program } from '../model/program.js';
import { type PairLimit, scoreSteps } from '../score/scoreProgram.js';
import { capacitatedSteps } from '../solve/capacitatedAssignment.js';
import { type Steps, slicesOf } from '../solve/internal/clock.js';
import { fits } from '../solve/internal/matching/problem.js';
import { pairIndex } from '../solve/internal/pairs.js';
import type { Readiness } from './types.js';

/**
 * The readiness figures of a parsed programme; `recruitCapacity` as computed for the topics. In
 * steps: the scoring's and the solver's check points are passed on to the report's runner.
 */
export function* readiness(
  program: Program,
  recruitCapacity: number,
  limit: PairLimit = { fn: 'programReport', maxPairs: Number.POSITIVE_INFINITY },
): Steps<Readiness> {
  const table = yield* scoreSteps(program, false, limit);
  const rows = table.rows.length;
  const cols = table.mentorIds.length;
  const { start, cols: allowedCols } = table.allowed;
  const { mentors, mentees, mode } = program;

  let noExpert = 0;
  let ruledOut = 0;
  for (let r = 0; r < rows; r++) {
    if ((start[r + 1] as number) > (start[r] as number)) continue;
    const level = cols > 0 && mode === 'micro' ? table.ruledOut(r).find((x) => x.rule === 'levelRequired') : undefined;
    if (level !== undefined && level.cols.length === cols) noExpert++;
    else ruledOut++;
  }

  const places = mentorPlaces(mentors);
  const hoursLeft = hoursBudgets(mentors);
  const distinct = mode === 'micro' && !program.rules.repeatMentor;
  const first = new Int32Array(mentees.length + 1);
  mentees.forEach((e, k) => {
    first[k + 1] = (first[k] as number) + (mode === 'micro' ? e.requests.length : 1);
  });
  const menteeIndex = idIndex(mentees);
  const mentorIndex = idIndex(mentors);
  // Per row: the mentor it is locked to, or -1.
  const lockedTo = new Int32Array(rows).fill(-1);
  let locked = 0;
  for (const pair of program.rules.lockedPairs) {
    const e = menteeIndex.get(pair.mentee) as number;
    const j = mentorIndex.get(pair.mentor) as number;
    const q = mode === 'micro' ? (mentees[e]?.requests.findIndex((x) => x.topic === pair.topic) ?? 0) : 0;
    const r = (first[e] as number) + Math.max(0, q);
    const hours = table.rows[r]?.hours ?? 0;
    // A lock that matchProgram would reject (forbidden, over capacity or budget) is left out, as is
    // one on a row already locked or, with distinct mentors, on a mentor of the mentee's locks.
    if (
      lockedTo[r] !== -1 ||
      (distinct && lockedMentor(lockedTo, first[e] as number, first[e + 1] as number, j)) ||
      pairIndex(table.allowed, r, j) < 0 ||
      (places[j] as number) <= 0 ||
      !fits(0, hours, hoursLeft[j] as number)
    )
      continue;
    locked++;
    lockedTo[r] = j;
    places[j] = (places[j] as number) - 1;
    hoursLeft[j] = (hoursLeft[j] as number) - hours;
  }
  // Costs: 0 on the allowed pairs of the free rows, but a mentee's locked mentors (distinct mentors).
  const indptr = new Int32Array(rows + 1);
  const indices = new Int32Array(allowedCols.length);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    if (lockedTo[r] === -1) {
      const e = (table.rows[r] as { mentee: number }).mentee;
      const from = first[e] as number;
      const to = first[e + 1] as number;
      for (let k = start[r] as number; k < (start[r + 1] as number); k++) {
        const j = allowedCols[k] as number;
        if (!distinct || !lockedMentor(lockedTo, from, to, j)) indices[n++] = j;
      }
    }
    indptr[r + 1] = n;
  }

  // Hours budgets as places for the shortest request left: exact when every one takes as long.
  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  for (let r = 0; r < rows; r++) {
    if (lockedTo[r] !== -1) continue;
    const h = mode === 'micro' ? (table.rows[r]?.hours ?? 0) : 0;
    shortest = Math.min(shortest, h);
    longest = Math.max(longest, h);
  }
  const budgeted =
    shortest > 0 && shortest < Number.POSITIVE_INFINITY && hoursLeft.some((h) => h < Number.POSITIVE_INFINITY);
  places.set(placesFor(places, hoursLeft, shortest));
  const solved = yield* slicesOf(
    capacitatedSteps(
      { rows, cols, indptr, indices: indices.subarray(0, n), data: new Float64Array(n) },
      {
        capacities: places,
        ...(distinct ? { groups: Int32Array.from(table.rows, (row) => row.mentee) } : {}),
        partial: true,
      },
    ),
  );
  const expectedMatched = locked + solved.rows.length;
  const capacity = mentors.reduce((s, m) => s + m.capacity, 0);
  return {
    mentors: mentors.length,
    mentees: mentees.length,
    menteesPerMentor: mentors.length > 0 ? mentees.length / mentors.length : null,
    demand: rows,
    capacity,
    meanCapacity: mentors.length > 0 ? capacity / mentors.length : null,
    recruitCapacity,
    capacityRatio: rows > 0 ? capacity / rows : null,
    noCandidate: noExpert + ruledOut,
    noExpert,
    ruledOut,
    expectedMatched,
    expectedMatchRate: rows > 0 ? expectedMatched / rows : null,
    exact: !(budgeted && longest > shortest),
  };
}

/** Whether one of rows `from` to `to - 1` (a mentee's) is locked to mentor `j`. */
function lockedMentor(lockedTo: Int32Array, from: number, to: number, j: number): boolean {
  for (let s = from; s < to; s++) if (lockedTo[s] === j) return true;
  return false;
}
