/**
 * The path for large problems on a candidate subset under a time limit (`solveLarge` in
 * src/solve/internal/matching/solveMatching.ts). First come, first served and its one-pass bound
 * are held before the subset is found, whose passes take seconds at scale: a stop in those passes
 * returns them (it was `TIME_LIMIT` there, no matching held). A helper thread's part of a pass that
 * the stop left behind is set aside when its reply comes, not taken for a later task's. The clock
 * moves 1 ms at each read (as in timeLimits.test.ts), at every limit from 1 ms on.
 */
import { describe, expect, it } from 'vitest';
import { keptHelper, rowsHelperOf, runHelperTask } from '../src/match/helperTasks.js';
import { stoppable, type Threads } from '../src/score/threads.js';
import { drain, SLICE, type Steps } from '../src/solve/internal/clock.js';
import type { ExactCounts } from '../src/solve/internal/matching/exact.js';
import { fillGreedily } from '../src/solve/internal/matching/feasible.js';
import { figuresOf, type MatchingProblem } from '../src/solve/internal/matching/problem.js';
import type { RowsHelper } from '../src/solve/internal/matching/rowsHelper.js';
import { type MatchingSolution, solveMatching } from '../src/solve/internal/matching/solveMatching.js';
import { expectCode } from './helpers/errors.js';
import { inThread } from './helpers/inThread.js';
import { brokenConstraint, denseProblem } from './helpers/pairs.js';
import { sharedPairs } from './helpers/rowsHelper.js';
import { underTickingClock, type WindDown } from './helpers/tickingClock.js';

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
  windDown?: WindDown,
): { solution: MatchingSolution | undefined; counts: ExactCounts } {
  const counts: ExactCounts = { searched: 0, priced: 0, rounds: 0 };
  try {
    const solution = underTickingClock(
      ms,
      () => solveMatching(on, 'total', { maxNodes: 0, largeEntries: 0, candidates: 4, whole: true, counts }),
      windDown,
    );
    return { solution, counts };
  } catch (error) {
    expectCode(error, 'TIME_LIMIT', 'test');
    return { solution: undefined, counts };
  }
}

/**
 * One helper that runs each task only when a reply is asked for (in order, as a worker would take
 * them): a task the calling thread dropped before is then seen dropped. `replies` logs its replies.
 */
function lateHelper(): Threads & { replies: { ok?: boolean; error?: string }[] } {
  const pending: unknown[] = [];
  const replies: { ok?: boolean; error?: string }[] = [];
  return {
    size: 1,
    minPairs: 0,
    replies,
    send(_k: number, task: unknown) {
      pending.push(structuredClone(task));
    },
    receive() {
      for (let task = pending.shift(); task !== undefined; task = pending.shift()) {
        const answer = runHelperTask(task);
        if (answer === null) continue;
        replies.push(answer.reply as { ok?: boolean; error?: string });
        return structuredClone(answer.reply);
      }
      return { gone: true };
    },
  };
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

  it('a search that sees its stop point in time returns its matching, however slow the clock is from then on', () => {
    // 200 ms kept (a slack of 12.5 ms), then 40 ms a read: every check after the first past the stop
    // point comes past the slack. The stop is decided at the first, so each limit returns a matching.
    const windDown = { keep: 200, step: 40 };
    const outcomes: string[] = [];
    for (let ms = 201; ms < 360; ms++) {
      const { solution } = solvedWithin(ms, problem, windDown);
      outcomes.push(solution === undefined ? 'TIME_LIMIT' : 'matching');
      if (solution === undefined) continue;
      expect(brokenConstraint(problem, solution.assign)).toBeNull();
      expect(solution.bound).toBeGreaterThanOrEqual(figuresOf(problem, solution.assign).weightedTotal - 1e-9);
    }
    expect(
      outcomes.filter((o) => o === 'TIME_LIMIT'),
      outcomes.join(', '),
    ).toEqual([]);
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

  it('a pass’s part the stop left behind is dropped: the helper does not run it, and is free for the next task', () => {
    const pairs = sharedPairs(problem.pairs);
    let dropped = 0;
    for (let ms = 1; ms < 160 && dropped === 0; ms++) {
      const threads = lateHelper();
      const kept = keptHelper(threads, 1, 0);
      const helper = rowsHelperOf(kept) as RowsHelper;
      const { solution, counts } = solvedWithin(ms, { ...problem, pairs, helper });
      if (solution === undefined || counts.searched !== EVERY || kept.stale === 0) continue;
      dropped++;
      const { rows, cols, hours, capacity, budget, groups } = problem;
      expect(helper.sendGreedy({ rows, cols, pairs, hours, capacity, budget, groups })).toBe(true);
      const theirs = drain(helper.receiveGreedy());
      expect([...(theirs as Int32Array)]).toEqual([...greedy()]);
      // The dropped part's reply: not done (before, the helper ran it in full first).
      expect(threads.replies.at(-2)).toMatchObject({ ok: false, error: 'not ready' });
      expect(threads.replies.at(-1)).toMatchObject({ ok: true });
      expect(kept.stale).toBe(0);
    }
    expect(dropped).toBe(1);
  });

  it('a part the helper is at ends at its next turn once dropped; one not dropped runs to its end', () => {
    const stop = new Int32Array(1);
    const current = new Int32Array(1);
    let turns = 0;
    function* part(dropAt: number): Steps<string> {
      for (let i = 0; i < 10; i++) {
        turns++;
        if (i === dropAt) current[0] = 3;
        yield SLICE;
      }
      return 'done';
    }
    current[0] = 1;
    expect(stoppable(stop, part(2), undefined, current)).toBeNull();
    expect(turns).toBe(3);
    current[0] = 1;
    turns = 0;
    expect(stoppable(stop, part(-1), undefined, current)).toBe('done');
    expect(turns).toBe(10);
  });
});
