/**
 * The summary's first come, first served baseline (`match/greedy.ts`) against its definition, a
 * plain scan: demand rows in input order (locked ones kept), each given the best-scoring mentor
 * the rules allow (ties: the first in the mentors' order) with a place, the hours its budget has
 * left and none of its mentee's other requests; on sample programmes of both modes with locked
 * pairs and hours budgets tight enough that most mentors run out of hours before places.
 */
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { matchProgram, parseProgram } from '../src/index.js';
import { greedyMatching } from '../src/match/greedy.js';
import { prepare } from '../src/match/prepare.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import type { Program } from '../src/model/program.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { fits } from '../src/solve/internal/matching/problem.js';

/** The baseline by its definition: every mentor of every row looked at, in order. */
function reference(program: Program): number[] {
  const table = scoreTable(program, false);
  const prepared = prepare(program, table, 'test');
  const { rows, mentorIds } = table;
  const cols = mentorIds.length;
  const load = new Array<number>(cols).fill(0);
  const given = new Array<number>(cols).fill(0);
  const assigned = Array.from(prepared.locked);
  const score = (r: number, j: number) => {
    const { start, cols: at, scores } = table.allowed;
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) if (at[e] === j) return scores[e] as number;
    return Number.NEGATIVE_INFINITY;
  };
  assigned.forEach((j, r) => {
    if (j < 0) return;
    load[j] = (load[j] as number) + 1;
    given[j] = (given[j] as number) + (rows[r]?.hours ?? 0);
  });
  for (let r = 0; r < rows.length; r++) {
    if ((assigned[r] as number) >= 0) continue;
    const row = rows[r] as (typeof rows)[number];
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < cols; j++) {
      const mentor = program.mentors[j] as Program['mentors'][number];
      const s = score(r, j);
      if (s === Number.NEGATIVE_INFINITY || !(s > bestScore)) continue;
      if ((load[j] as number) >= mentor.capacity) continue;
      if (!fits(given[j] as number, row.hours, mentor.hoursBudget ?? Number.POSITIVE_INFINITY)) continue;
      if (rows.some((other, q) => q !== r && other.mentee === row.mentee && assigned[q] === j)) continue;
      best = j;
      bestScore = s;
    }
    if (best < 0) continue;
    assigned[r] = best;
    load[best] = (load[best] as number) + 1;
    given[best] = (given[best] as number) + row.hours;
  }
  return assigned;
}

/** A sample programme with every `every`-th pair of its matching locked and each budget cut to `share` of it. */
function programOf(mode: 'micro' | 'classic', seed: number, every: number, share: number): Program {
  const drawn = sampleProgram({ mode, mentors: 12 + (seed % 9), mentees: 40 + (seed % 23), topics: 16, seed });
  const mentors = drawn.mentors.map((m) =>
    m.hoursBudget === undefined ? m : { ...m, hoursBudget: Math.max(1, Math.round(m.hoursBudget * share)) },
  );
  // The sample's own locks may not fit the cut budgets: the locks are drawn from a matching that keeps them.
  const input = { ...drawn, mentors, rules: { ...drawn.rules, lockedPairs: [] } };
  const locks = matchProgram(input)
    .matches.filter((_, k) => k % every === 0)
    .map((m) => ({ mentee: m.mentee, mentor: m.mentor, ...(m.topic === undefined ? {} : { topic: m.topic }) }));
  return canonicalProgram(parseProgram({ ...input, rules: { ...input.rules, lockedPairs: locks } }));
}

describe('the first come, first served baseline', () => {
  it('is the plain scan of its definition (60 programmes, both modes, locks and tight budgets)', () => {
    let shutByHours = 0;
    for (let seed = 1; seed <= 30; seed++)
      for (const mode of ['micro', 'classic'] as const) {
        const program = programOf(mode, seed, 3 + (seed % 4), seed % 3 === 0 ? 1 : 0.4);
        const prepared = prepare(program, scoreTable(program, false), 'test');
        const got = Array.from(greedyMatching(prepared));
        expect(got).toEqual(reference(program));
        // Mentors left with places but without the hours of the shortest request.
        const rows = prepared.table.rows;
        const fewest = Math.min(...rows.map((row) => row.hours));
        program.mentors.forEach((m, j) => {
          const taken = got.filter((c) => c === j);
          const hours = got.reduce((sum, c, r) => sum + (c === j ? (rows[r]?.hours ?? 0) : 0), 0);
          if (taken.length < m.capacity && !fits(hours, fewest, m.hoursBudget ?? Number.POSITIVE_INFINITY))
            shutByHours++;
        });
      }
    expect(shutByHours).toBeGreaterThan(50);
  });
});
