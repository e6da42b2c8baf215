/**
 * The layers after the solvers read a programme's scores from its allowed pairs only: on a score
 * table whose dense views (`scores`, `mentorScores()`) throw when read, the blocking-pair audit, the
 * `stable` objective, first come first served, the reasons for unmatched units, the readiness
 * figures and the sample generator's locked pair all run, and give what they give on the plain table;
 * and so do `matchProgram` (every objective, quotas and hours budgets too), `suggestAll` and
 * `rematch` end to end: no layer from scoring to the result reads a dense matrix.
 * `scoreTable` and `scoreSteps` are wrapped here so that readiness and the sample generator, which
 * score on their own, get a guarded table too. `prepare` (not one of these layers) is given the
 * plain table; the guarded one replaces it in what it returns.
 */
import { describe, expect, it, vi } from 'vitest';
import { draw } from '../src/cli/sample/random.js';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { chooseLockedPair } from '../src/cli/sample/sampleRules.js';
import { matchProgram, rematch, suggestAll } from '../src/index.js';
import { blockingPairsOf } from '../src/match/blocking.js';
import { greedyMatching } from '../src/match/greedy.js';
import { type Prepared, prepare } from '../src/match/prepare.js';
import { unmatchedReasons } from '../src/match/reasons.js';
import { solveStable } from '../src/match/solveStable.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { parseProgram } from '../src/model/parseProgram.js';
import type { Program } from '../src/model/program.js';
import type { ProgramShape } from '../src/model/schema.js';
import { readiness } from '../src/report/readiness.js';
import { type ScoreTable, scoreTable } from '../src/score/scoreProgram.js';
import { drain } from '../src/solve/internal/clock.js';

/** Whether the wrapped scoring hands out guarded tables (off: the plain ones). */
const state = vi.hoisted(() => ({ guard: false }));

vi.mock('../src/score/scoreProgram.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/score/scoreProgram.js')>();
  const wrap = (table: ScoreTable): ScoreTable => (state.guard ? guarded(table) : table);
  return {
    ...actual,
    scoreTable: (program: Program, withMentorSide: boolean) => wrap(actual.scoreTable(program, withMentorSide)),
    scoreSteps: function* (program: Program, withMentorSide: boolean) {
      return wrap(yield* actual.scoreSteps(program, withMentorSide));
    },
  };
});

/** `table` with its dense views throwing when read. */
function guarded(table: ScoreTable): ScoreTable {
  const copy = { ...table };
  return Object.defineProperties(copy, {
    scores: {
      get() {
        throw new Error('dense view read: scores');
      },
    },
    mentorScores: {
      value: () => {
        throw new Error('dense view read: mentorScores()');
      },
    },
  });
}

/** Runs `run` with the wrapped scoring guarding its tables. */
function guarding<T>(run: () => T): T {
  state.guard = true;
  try {
    return run();
  } finally {
    state.guard = false;
  }
}

/** A sample programme with mentors' own lists and more locked pairs (a mentee's other requests too). */
function programOf(mode: 'classic' | 'micro', seed: number): Program {
  const input = sampleProgram({ mode, mentors: 14, mentees: 40, topics: 20, seed, meetings: seed % 2 === 0 });
  const plain = canonicalProgram(parseProgram(input));
  const table = scoreTable(plain, true);
  const greedy = greedyMatching(prepare(plain, table));
  const lockedRows = new Set(plain.rules.lockedPairs.map((p) => `${p.mentee}\u0000${p.topic ?? ''}`));
  const extra: { mentee: string; mentor: string; topic?: string }[] = [];
  greedy.forEach((j, r) => {
    const row = table.rows[r];
    if (j < 0 || row === undefined || r % 5 !== 1 || lockedRows.has(`${row.menteeId}\u0000${row.topic ?? ''}`)) return;
    if (mode === 'classic' && plain.rules.lockedPairs.some((p) => p.mentee === row.menteeId)) return;
    extra.push({
      mentee: row.menteeId,
      mentor: table.mentorIds[j] as string,
      ...(row.topic === undefined ? {} : { topic: row.topic }),
    });
  });
  const shape: ProgramShape = {
    ...input,
    mentors: input.mentors.map((m, i) =>
      i % 2 === 0 ? { ...m, preferences: input.mentees.filter((_, k) => (k + i) % 3 === 0).map((e) => e.id) } : m,
    ),
    rules: { ...input.rules, lockedPairs: [...(input.rules?.lockedPairs ?? []), ...extra] },
  };
  return canonicalProgram(parseProgram(shape));
}

/** The programme prepared on its plain table, then with the guarded table in its place. */
function prepared(program: Program): { plain: Prepared; sparse: Prepared } {
  const plain = prepare(program, scoreTable(program, true));
  return { plain, sparse: { ...plain, table: guarded(plain.table) } };
}

const CASES = [
  ['classic', 1],
  ['classic', 2],
  ['micro', 3],
  ['micro', 4],
] as const;

describe('the layers after the solvers read no dense score matrix', () => {
  it('the guard throws on both dense views', () => {
    const { sparse } = prepared(programOf('micro', 3));
    expect(() => sparse.table.scores).toThrow('dense view read: scores');
    expect(() => sparse.table.mentorScores()).toThrow('dense view read: mentorScores()');
    expect(sparse.table.allowed.cols.length).toBeGreaterThan(0);
  });

  it.each(CASES)('%s (seed %i): stable, greedy, blocking pairs and reasons on the allowed pairs', (mode, seed) => {
    const program = programOf(mode, seed);
    const { plain, sparse } = prepared(program);
    expect(plain.locked.some((j) => j >= 0)).toBe(true);
    const stable = solveStable(sparse);
    const greedy = greedyMatching(sparse);
    expect(stable.assigned.some((j) => j >= 0)).toBe(true);
    // The same as on the plain table (whatever reads it: a dense read would have thrown above).
    expect(solveStable(plain)).toEqual(stable);
    expect(greedyMatching(plain)).toEqual(greedy);
    for (const assigned of [stable.assigned, greedy]) {
      const pairs = blockingPairsOf(sparse, assigned);
      expect(blockingPairsOf(plain, assigned)).toEqual(pairs);
      const reasons = drain(unmatchedReasons(program, sparse.table, assigned, sparse.groupOf));
      expect(drain(unmatchedReasons(program, plain.table, assigned, plain.groupOf))).toEqual(reasons);
      expect(reasons.length).toBe(assigned.filter((j) => j < 0).length);
    }
    if (stable.exact) expect(blockingPairsOf(sparse, stable.assigned)).toEqual([]);
  });

  it.each(CASES)('%s (seed %i): readiness scores its own table and reads its allowed pairs', (mode, seed) => {
    const program = programOf(mode, seed);
    const figures = guarding(() => drain(readiness(program, 3)));
    expect(drain(readiness(program, 3))).toEqual(figures);
    expect(figures.expectedMatched).toBeGreaterThan(0);
  });

  it('the sample generator picks its locked pair from the allowed pairs', () => {
    const sample = sampleProgram({ mode: 'micro', mentors: 14, mentees: 40, topics: 20, seed: 5 });
    const draft = { ...sample, rules: { ...sample.rules, lockedPairs: [] } };
    const sparse = guarding(() => chooseLockedPair(draw(9), draft));
    expect(sparse).toBeDefined();
    expect(chooseLockedPair(draw(9), draft)).toEqual(sparse);
  });

  it.each(CASES)('%s (seed %i): matchProgram (every objective), suggestAll and rematch end to end', (mode, seed) => {
    const program = programOf(mode, seed);
    const quotas = canonicalProgram(
      parseProgram(sampleProgram({ mode, mentors: 14, mentees: 40, topics: 20, seed, quotas: true })),
    );
    for (const objective of ['total', 'coverage', 'fair', 'stable'] as const) {
      const result = guarding(() => matchProgram(program, { objective }));
      expect(matchProgram(program, { objective })).toEqual(result);
      expect(result.summary.matched).toBeGreaterThan(0);
      if (objective === 'stable') continue;
      const underQuotas = guarding(() => matchProgram(quotas, { objective }));
      expect(matchProgram(quotas, { objective })).toEqual(underQuotas);
    }
    const lists = guarding(() => suggestAll(program, 2));
    expect(suggestAll(program, 2)).toEqual(lists);
    const previous = matchProgram(program);
    const changes = { removeMentors: [program.mentors[0]?.id as string] };
    const again = guarding(() => rematch(program, previous, changes));
    expect(rematch(program, previous, changes)).toEqual(again);
  });
});
