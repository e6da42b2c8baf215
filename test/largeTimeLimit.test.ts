/**
 * The path for large problems on a candidate subset under a time limit (`solveLarge` in
 * src/solve/internal/matching/solveMatching.ts). First come, first served and its one-pass bound
 * are held before the subset is found, whose passes take seconds at scale: a stop in those passes
 * returns them (it was `TIME_LIMIT` there, no matching held). A helper thread's part of a pass that
 * the stop left behind is set aside when its reply comes, not taken for a later task's. The clock
 * moves 1 ms at each read (as in timeLimits.test.ts), at every limit from 1 ms on.
 */
import { describe, expect, it } from 'vitest';
import { keptHelper, rowsHelperOf } from '../src/match/helperTasks.js';
import { drain } from '../src/solve/internal/clock.js';
import type { ExactCounts } from '../src/solve/internal/matching/exact.js';
import { fillGreedily } from '../src/solve/internal/matching/feasible.js';
import { figuresOf, type MatchingProblem } from '../src/solve/internal/matching/problem.js';
import type { RowsHelper } from '../src/solve/internal/matching/rowsHelper.js';
import { type MatchingSolution, solveMatching } from '../src/solve/internal/matching/solveMatching.js';
import { expectCode } from './helpers/errors.js';
import { inThread } from './helpers/inThread.js';
import { brokenConstraint, denseProblem } from './helpers/pairs.js';
import { sharedPairs } from './helpers/rowsHelper.js';
import { underTickingClock } from './helpers/tickingClock.js';

// 2,000 rows: the subset's passes look at the clock every 256 rows. Budgets bind (30 to 60 hours
// for rows of 1 to 3 hours, 40 places a column), so the search runs under them.
const ROWS = 2000;
const COLS = 20;
const data = Float64Array.from({ length: ROWS * COLS }, (_, k) =>
  k % 7 === 0 ? Number.NEGATIVE_INFINITY : ((k * 37) % 101) / 100,
);
const problem = denseProblem(ROWS, COLS, data, new Int32Array(COLS).fill(40), {
  hours: Float64Array.from({ length: ROWS }, (_, r) => 1 + (r % 3)),
  budget: Float64Array.from({ length: COLS }, (_, j) => 30 + (j % 4) * 10),
});
const EVERY = problem.pairs.cols.length;

/** The large path on each row's best 4 pairs, whole, under a limit of `ms` reads of the clock. */
function solvedWithin(
  ms: number,
  on: MatchingProblem,
): { solution: MatchingSolution | undefined; counts: ExactCounts } {
  const counts: ExactCounts = { searched: 0, priced: 0, rounds: 0 };
  try {
    const solution = underTickingClock(ms, () =>
      solveMatching(on, 'total', { maxNodes: 0, largeEntries: 0, candidates: 4, whole: true, counts }),
    );
    return { solution, counts };
  } catch (error) {
    expectCode(error, 'TIME_LIMIT', 'test');
    return { solution: undefined, counts };
  }
}

function greedy(): Int32Array {
  const assign = new Int32Array(ROWS).fill(-1);
  fillGreedily(problem, assign);
  return assign;
}

describe('the large path on a candidate subset under a time limit', () => {
  it('holds first come, first served and its bound before the subset: every stop from then on returns a matching', () => {
    const unlimited = solveMatching(problem, 'total', { maxNodes: 0, largeEntries: 0, candidates: 4, whole: true });
    expect(unlimited.exact).toBe(false); // the budgets bind: a search with a gap
    const first = greedy();
    const outcomes: string[] = [];
    let returned = false;
    for (let ms = 1; ms < 160; ms++) {
      const { solution, counts } = solvedWithin(ms, problem);
      if (solution === undefined) {
        outcomes.push('TIME_LIMIT');
        // Once a limit returns a matching, every later one does.
        expect(returned, outcomes.join(', ')).toBe(false);
        continue;
      }
      returned = true;
      expect(brokenConstraint(problem, solution.assign)).toBeNull();
      const value = figuresOf(problem, solution.assign).weightedTotal;
      expect(solution.boundOn).toBe('weightedTotal');
      expect(Number.isFinite(solution.bound)).toBe(true);
      expect(solution.bound).toBeGreaterThanOrEqual(value - 1e-9);
      if (counts.searched === EVERY) {
        // The early answer, every pair read: first come, first served itself.
        expect([...solution.assign]).toEqual([...first]);
        outcomes.push('early');
      } else outcomes.push(solution.exact ? 'exact' : 'search');
    }
    // Stops in the subset's passes (several looks at the clock) return the early answer; later
    // ones the search's best.
    expect(outcomes.filter((o) => o === 'early').length, outcomes.join(', ')).toBeGreaterThan(3);
    expect(outcomes.filter((o) => o === 'search').length, outcomes.join(', ')).toBeGreaterThan(0);
  });

  it('the helper’s part of a pass the stop left behind is set aside when it comes, not taken for the next task’s', () => {
    const pairs = sharedPairs(problem.pairs);
    let left = 0;
    for (let ms = 1; ms < 160 && left === 0; ms++) {
      const threads = inThread(1);
      const kept = keptHelper(threads, 1, 0);
      const helper = rowsHelperOf(kept) as RowsHelper;
      const { solution, counts } = solvedWithin(ms, { ...problem, pairs, helper });
      if (solution === undefined || counts.searched !== EVERY || kept.stale === 0) continue;
      // Stopped in the subset's passes while the helper's part was on its way.
      left++;
      expect(kept.stale).toBe(1);
      expect(threads.kinds).toContain('cuts');
      // The next task's answer is its own: first come, first served.
      const { rows, cols, hours, capacity, budget, groups } = problem;
      expect(helper.sendGreedy({ rows, cols, pairs, hours, capacity, budget, groups })).toBe(true);
      const theirs = drain(helper.receiveGreedy());
      expect(theirs).toBeInstanceOf(Int32Array);
      expect([...(theirs as Int32Array)]).toEqual([...greedy()]);
      expect(kept.stale).toBe(0);
    }
    expect(left).toBe(1);
  });
});
