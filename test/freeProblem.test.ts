/**
 * The two forms of the problem the solvers get when pairs are locked (`freeProblem` in
 * src/match/prepare.ts): the free rows with their pairs copied (below 4 million allowed pairs), or
 * every row on the table's own pattern with the pairs the locks take out at `-Infinity` (above). On
 * programmes with locks (drawn ones, and the sample programmes with quotas), through `solveObjective`
 * both ways: each answer keeps every constraint and the locks, both are exact alike and then have
 * the same figures, and they count the same pairs searched and priced.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { parseProgram } from '../src/index.js';
import { freeProblem, prepare } from '../src/match/prepare.js';
import { solveObjective } from '../src/match/solveObjective.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { FC_SEED } from './helpers/fastCheck.js';
import {
  compareFigure,
  figuresOf,
  LEVELS,
  matchProblem,
  OPTIMISED,
  type OptimisedObjective,
  showFigures,
  violations,
} from './helpers/matchBruteForce.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

/** What differs between the two forms on `input` for `objective` (with `largeEntries`). */
function differences(input: unknown, objective: OptimisedObjective, largeEntries?: number): string[] {
  const program = canonicalProgram(parseProgram(input));
  const table = scoreTable(program, true);
  const prepared = prepare(program, table);
  const problem = matchProblem(program, table);
  const copied = solveObjective(prepared, objective, undefined, largeEntries, undefined, false);
  const masked = solveObjective(prepared, objective, undefined, largeEntries, undefined, true);
  const out: string[] = [];
  for (const [name, result] of [
    ['copied', copied],
    ['masked', masked],
  ] as const) {
    for (const v of violations(problem, result.assigned)) out.push(`${name}: ${v}`);
    prepared.locked.forEach((j, r) => {
      if (j >= 0 && result.assigned[r] !== j) out.push(`${name}: lock of row ${r} not kept`);
    });
  }
  if (copied.exact !== masked.exact) out.push(`exact ${copied.exact} copied, ${masked.exact} masked`);
  if (copied.exact && masked.exact) {
    const a = figuresOf(problem, copied.assigned);
    const b = figuresOf(problem, masked.assigned);
    for (const key of LEVELS[objective])
      if (compareFigure(key, a[key], b[key]) !== 0) out.push(`${key}: ${showFigures(a)} copied, ${showFigures(b)}`);
  }
  if (copied.searched + copied.priced !== masked.searched + masked.priced)
    out.push(`pairs ${copied.searched}+${copied.priced} copied, ${masked.searched}+${masked.priced} masked`);
  return out;
}

describe('locked rows left out by a copy or masked on the shared pattern', () => {
  it('give answers that keep every constraint and the locks, exact alike with the same figures (1000 drawn programmes × 3 objectives × 2 paths)', () => {
    const drawn = [
      matchProgramArbitrary({ mode: 'micro', maxLocks: 8, maxRows: 10, maxMentors: 4 }),
      matchProgramArbitrary({ mode: 'classic', maxLocks: 8, maxRows: 10, maxMentors: 4 }),
    ];
    const found: string[] = [];
    let locked = 0;
    for (let k = 0; k < 1000; k++) {
      const input = fc.sample(drawn[k % 2] as fc.Arbitrary<ProgramJson>, { seed: FC_SEED + 7000 + k, numRuns: 1 })[0];
      const program = canonicalProgram(parseProgram(input));
      if (prepare(program, scoreTable(program, true)).locked.some((j) => j >= 0)) locked++;
      for (const objective of OPTIMISED)
        for (const largeEntries of [undefined, 0]) {
          const problems = differences(input, objective, largeEntries);
          if (problems.length > 0 && found.length < 5)
            found.push(`case ${k} ${objective} ${largeEntries ?? 'default'}: ${problems.join('; ')}`);
        }
    }
    expect(found).toEqual([]);
    expect(locked).toBeGreaterThan(150);
  }, 120_000);

  it('the same on the sample programmes with quotas and a locked pair (micro and classic, 2 seeds, 3 objectives)', () => {
    const found: string[] = [];
    for (const mode of ['micro', 'classic'] as const)
      for (const seed of [1, 2]) {
        const input = sampleProgram({ mode, mentors: 30, mentees: 90, topics: 16, seed, quotas: true });
        for (const objective of OPTIMISED) {
          const problems = differences(input, objective);
          if (problems.length > 0) found.push(`${mode} ${seed} ${objective}: ${problems.join('; ')}`);
        }
      }
    expect(found).toEqual([]);
  }, 120_000);

  it('masked: the locked rows have no pair left, the other rows every pair but their mentee’s locked mentors, until restored', () => {
    const input = sampleProgram({ mode: 'micro', mentors: 30, mentees: 90, topics: 16, seed: 1 });
    const program = canonicalProgram(parseProgram(input));
    const table = scoreTable(program, true);
    const prepared = prepare(program, table);
    const before = table.allowed.scores.slice();
    const { rows, pairs, out, restore } = freeProblem(prepared, true);
    expect(rows.length).toBe(table.rows.length);
    expect(pairs).toBe(table.allowed);
    let taken = 0;
    for (let r = 0; r < table.rows.length; r++) {
      const lockedOf = new Set<number>();
      for (let q = 0; q < table.rows.length; q++)
        if (prepared.groupOf?.[q] === prepared.groupOf?.[r] && (prepared.locked[q] as number) >= 0)
          lockedOf.add(prepared.locked[q] as number);
      for (let e = pairs.start[r] as number; e < (pairs.start[r + 1] as number); e++) {
        const j = pairs.cols[e] as number;
        const out = (prepared.locked[r] as number) >= 0 || lockedOf.has(j);
        expect(pairs.scores[e]).toBe(out ? Number.NEGATIVE_INFINITY : before[e]);
        if (out) taken++;
      }
    }
    expect(out).toBe(taken);
    expect(taken).toBeGreaterThan(0);
    restore();
    expect(table.allowed.scores).toEqual(before);
  });

  it('solveObjective puts the table’s scores back, also when the search is stopped', () => {
    const input = sampleProgram({ mode: 'micro', mentors: 30, mentees: 90, topics: 16, seed: 2 });
    const program = canonicalProgram(parseProgram(input));
    const table = scoreTable(program, true);
    const prepared = prepare(program, table);
    const before = table.allowed.scores.slice();
    solveObjective(prepared, 'total', undefined, undefined, undefined, true);
    expect(table.allowed.scores).toEqual(before);
    // Stopped by an error once the scores are masked: the quotas, read by the search, throw.
    let maskedThen = false;
    const rules = Object.defineProperty({ ...prepared.program.rules }, 'quotas', {
      get() {
        maskedThen = table.allowed.scores.some((s, e) => s !== before[e]);
        throw new Error('stopped');
      },
    });
    const broken = { ...prepared, program: { ...prepared.program, rules } };
    expect(() => solveObjective(broken, 'total', undefined, undefined, undefined, true)).toThrow('stopped');
    expect(maskedThen).toBe(true);
    expect(table.allowed.scores).toEqual(before);
  });
});
