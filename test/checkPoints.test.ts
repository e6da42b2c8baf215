/**
 * The check points of the long phases that once ran unchecked: the programme's parse (element by
 * element), the index and scoring set-up, the solve set-up; a time-limited search keeps time for
 * its explanations. An expired limit is simulated with a stubbed clock (`performance.now`), an
 * abort by driving the steps by hand with every check point a turn.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import {
  capacitatedAssignment,
  InvalidInputError,
  linearSumAssignment,
  type MentormatchError,
  matchProgram,
  matchProgramAsync,
  parseProgram,
  programReport,
  suggestAll,
} from '../src/index.js';
import { matchInput, readMatchOptions } from '../src/match/matchProgram.js';
import { programSchema } from '../src/model/schema.js';
import { programReportSteps } from '../src/report/programReport.js';
import { capacitatedSteps } from '../src/solve/capacitatedAssignment.js';
import type { MatrixLike } from '../src/solve/denseMatrix.js';
import { assignSteps } from '../src/solve/internal/assignWithDuals.js';
import {
  canStop,
  checkSearch,
  checkTime,
  holdsMatching,
  keepTime,
  liftTimeLimit,
  SLICE,
  type Steps,
  startAsyncClock,
  startClock,
  timeLimited,
  timeUp,
  withClock,
} from '../src/solve/internal/clock.js';
import { expectCode, thrown } from './helpers/errors.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { programArbitrary } from './helpers/programArbitrary.js';
import { mulberry32 } from './helpers/random.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const sample = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../examples/data/${name}.json`, import.meta.url), 'utf8'));

describe('a time limit that does not run out', () => {
  it('changes nothing on the samples, byte for byte (sync and async forms)', async () => {
    for (const name of ['micro', 'classic']) {
      const input = sample(name) as Parameters<typeof matchProgram>[0];
      const plain = JSON.stringify(matchProgram(input));
      expect(JSON.stringify(matchProgram(input, { timeLimitMs: 1e9 })), name).toBe(plain);
      const never = new AbortController().signal;
      expect(JSON.stringify(await matchProgramAsync(input, { timeLimitMs: 1e9, signal: never })), name).toBe(plain);
      expect(JSON.stringify(suggestAll(input, 3, { timeLimitMs: 1e9 })), name).toBe(
        JSON.stringify(suggestAll(input, 3)),
      );
      expect(JSON.stringify(programReport(input, undefined, { timeLimitMs: 1e9 })), name).toBe(
        JSON.stringify(programReport(input)),
      );
    }
  });
});

describe('the programme parsed element by element', () => {
  it('lists the issues the whole schema gives, in its order and at its paths, when one element is broken', () => {
    let broken = 0;
    fc.assert(
      fc.property(
        programArbitrary({ maxMentors: 6, maxMentees: 8 }),
        fc.option(fc.tuple(fc.constantFrom('topics', 'mentors', 'mentees', 'mode'), fc.nat())),
        (input, where) => {
          // Optionally one element (or the mode) made invalid: an id of `true`, a capacity of -1.
          let subject: unknown = input;
          if (where !== null) {
            const [key, k] = where;
            if (key === 'mode') subject = { ...input, mode: 'neither' };
            else {
              const list = input[key] as readonly object[];
              subject = {
                ...input,
                [key]: list.map((item, q) =>
                  q === k % Math.max(1, list.length) ? { ...item, id: true, capacity: -1 } : item,
                ),
              };
            }
          }
          const before = JSON.stringify(subject);
          const whole = programSchema.safeParse(subject);
          if (whole.success) {
            // Valid shapes: the parse goes on (and may find broken references, as always).
            try {
              expect(Object.isFrozen(parseProgram(subject))).toBe(true);
            } catch (error) {
              expect(error).toBeInstanceOf(InvalidInputError);
            }
            return;
          }
          broken++;
          const error = thrown(() => parseProgram(subject));
          expect(error).toBeInstanceOf(InvalidInputError);
          const paths = (error as InvalidInputError).issues.map((i) => JSON.stringify(i.path));
          const expected = whole.error.issues.slice(0, 50).map((i) => JSON.stringify(i.path));
          expect(paths.slice(0, expected.length)).toEqual(expected);
          expect(JSON.stringify(subject)).toBe(before);
        },
      ),
      { seed: FC_SEED, numRuns: 150 },
    );
    expect(broken).toBeGreaterThan(20);
  });

  it('a list that is no array, or an input that is no object, is reported as before', () => {
    const error = thrown(() => parseProgram({ mode: 'micro', topics: {}, mentors: [], mentees: 'x' }));
    expect((error as InvalidInputError).issues.map((i) => i.path)).toEqual([['topics'], ['mentees']]);
    expect((thrown(() => parseProgram(null)) as InvalidInputError).issues.map((i) => i.path)).toEqual([[]]);
  });
});

describe('an expired time limit', () => {
  const input = sampleProgram({ mode: 'micro', mentors: 100, mentees: 400, topics: 30, seed: 5 });

  /** Reads of the clock (one never moving) until the parse and the scoring set-up end. */
  function readsPerPhase(): { parsed: number; firstRows: number; scored: number } {
    let reads = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => {
      reads++;
      return 0;
    });
    const at = { parsed: 0, firstRows: 0, scored: 0 };
    matchProgram(input, {
      timeLimitMs: 1000,
      onProgress: (phase, done, total) => {
        if (phase === 'parse' && done === total) at.parsed = reads;
        if (phase === 'score' && done < total && at.firstRows === 0) at.firstRows = reads;
        if (phase === 'score' && done === total) at.scored = reads;
      },
    });
    vi.restoreAllMocks();
    return at;
  }

  it('throws TIME_LIMIT within the parse, the index and scoring set-up, and the solve set-up', () => {
    const before = JSON.stringify(input);
    const { parsed, firstRows, scored } = readsPerPhase();
    // One read for the deadline, one as the call starts, then a check every 64 mentees (400)...
    expect(parsed).toBeGreaterThanOrEqual(2 + Math.floor(400 / 64));
    // ...and in the index (every 256 mentees, before the profiles), before the first rows.
    expect(firstRows - parsed).toBeGreaterThanOrEqual(2);
    const ticksToTry = [...Array.from({ length: firstRows }, (_, k) => k + 1), scored + 1, scored + 2, scored + 3];
    for (const ticks of ticksToTry) {
      let n = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => (n++ < ticks ? 0 : 1e12));
      const phases: string[] = [];
      const error = thrown(() =>
        matchProgram(input, {
          timeLimitMs: 1000,
          onProgress: (phase, done, total) => {
            if (done === total) phases.push(phase);
          },
        }),
      );
      vi.restoreAllMocks();
      expectCode(error, 'TIME_LIMIT', 'matchProgram');
      // Out of time at the first check past `ticks`: in the parse, the set-up, or the solve's set-up.
      expect(phases, `ticks ${ticks}`).toEqual(ticks < parsed ? [] : ticks < scored ? ['parse'] : ['parse', 'score']);
      expect(JSON.stringify(input)).toBe(before);
    }
  });

  it('a search keeps time for its explanations: it stops that much before the deadline, which still holds', () => {
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => t);
    const clock = startClock('test', 100);
    const seen: [boolean, string][] = [];
    const at = (time: number) => {
      t = time;
      let error = 'none';
      try {
        checkTime();
      } catch (e) {
        error = (e as MentormatchError).code;
      }
      seen.push([timeUp(), error]);
    };
    withClock(clock, () => {
      keepTime(30);
      for (const time of [69, 70, 99, 100]) at(time);
      liftTimeLimit();
      at(1e9);
    });
    // A search stops from 70 on; TIME_LIMIT only from the deadline, 100; neither once lifted.
    expect(seen).toEqual([
      [false, 'none'],
      [true, 'none'],
      [true, 'none'],
      [true, 'TIME_LIMIT'],
      [false, 'none'],
    ]);
    // A search's own check: TIME_LIMIT from the deadline while it holds nothing, then from the time
    // kept on (the call returns what it holds, and explains it).
    t = 0;
    const search = startClock('test', 100);
    const codeAt = (time: number) => {
      t = time;
      try {
        withClock(search, () => checkSearch());
        return 'none';
      } catch (e) {
        return (e as MentormatchError).code;
      }
    };
    withClock(search, () => keepTime(30));
    expect([codeAt(80), codeAt(100)]).toEqual(['none', 'TIME_LIMIT']);
    t = 0;
    withClock(search, () => holdsMatching());
    expect([codeAt(69), codeAt(70)]).toEqual(['none', 'TIME_LIMIT']);
    // A search whose stop point is first seen at `first` (a fresh clock: the decision is taken then,
    // once), then checked at each of `later`: whether it may stop, and what its check throws.
    const firstSeen = (limit: number, keep: number, first: number, later: number[]) => {
      t = 0;
      const clock = startClock('test', limit);
      withClock(clock, () => {
        keepTime(keep);
        holdsMatching();
      });
      const at = (time: number) => {
        t = time;
        let stops = false;
        let code = 'none';
        try {
          withClock(clock, () => {
            stops = canStop();
            checkSearch();
          });
        } catch (e) {
          code = (e as MentormatchError).code;
          // At the deadline, withClock's own check throws first: \`stops\` is not read there.
        }
        return [stops, code];
      };
      return [first, ...later].map(at);
    };
    // Seen within the slack (here 10 ms, its least) of the point: the search stops, at that check or
    // any later one, even past the slack (a search winding down still returns what it holds).
    expect(firstSeen(100, 30, 80, [81, 99])).toEqual([
      [true, 'TIME_LIMIT'],
      [true, 'TIME_LIMIT'],
      [true, 'TIME_LIMIT'],
    ]);
    // First seen past the slack, the work after the search would end past the deadline: the search
    // goes on, and the call ends with TIME_LIMIT at the deadline.
    expect(firstSeen(100, 30, 81, [99, 100])).toEqual([
      [false, 'none'],
      [false, 'none'],
      [false, 'TIME_LIMIT'],
    ]);
    // The slack grows with the time kept, as the stretches between check points do at scale: a
    // sixteenth of it, at least 10 ms. 4,800 ms kept of 10,000: the stop point is 5,200, the slack 300 ms.
    expect(firstSeen(10_000, 4_800, 5_199, [5_200])).toEqual([
      [true, 'none'],
      [true, 'TIME_LIMIT'],
    ]);
    expect(firstSeen(10_000, 4_800, 5_500, [9_999])).toEqual([
      [true, 'TIME_LIMIT'],
      [true, 'TIME_LIMIT'],
    ]);
    expect(firstSeen(10_000, 4_800, 5_501, [9_999])).toEqual([
      [false, 'none'],
      [false, 'none'],
    ]);
    // Time kept anew (a later phase's estimate) makes the decision again.
    t = 0;
    const again = startClock('test', 100);
    withClock(again, () => {
      keepTime(30);
      holdsMatching();
    });
    t = 90;
    expect(withClock(again, () => canStop())).toBe(false);
    withClock(again, () => keepTime(5));
    expect(withClock(again, () => canStop())).toBe(true);
    expect(canStop()).toBe(true); // no clock: nothing to stop for
    // Without a limit, a search never stops for time, whatever is kept.
    t = 0;
    const none = startAsyncClock('test', undefined, undefined);
    withClock(none, () => keepTime(50));
    t = 1e12;
    expect(withClock(none, () => timeUp())).toBe(false);
    // Which is what `timeLimited` tells (what only a stop for time reads need not be found then):
    // no clock, or one without a limit, or its limit lifted; a limit in force.
    expect(timeLimited()).toBe(false);
    expect(withClock(none, () => timeLimited())).toBe(false);
    const progress = startClock('test', undefined, () => {}) as NonNullable<ReturnType<typeof startClock>>;
    expect(withClock(progress, () => timeLimited())).toBe(false);
    t = 0;
    const limited = startClock('test', 100) as NonNullable<ReturnType<typeof startClock>>;
    t = 50;
    const lifted = withClock(limited, () => {
      const before = timeLimited();
      liftTimeLimit();
      return [before, timeLimited()];
    });
    expect(lifted).toEqual([true, false]);
  });
});

describe('an abort', () => {
  it('takes effect at the check points of the parse, the scoring set-up and the solve set-up', () => {
    const input = sampleProgram({ mode: 'micro', mentors: 100, mentees: 400, topics: 30, seed: 5 });
    const before = JSON.stringify(input);
    const expected = JSON.stringify(matchProgram(input));
    // Every check point a turn: the phase each falls in; `abortAt`: the turn at which to abort.
    const run = (abortAt: number, turnPhases: string[]): unknown => {
      const controller = new AbortController();
      const clock = startAsyncClock('matchProgramAsync', undefined, controller.signal);
      clock.sliceEnd = Number.NEGATIVE_INFINITY;
      const steps = matchInput('matchProgramAsync', input, undefined, readMatchOptions(undefined, 'matchProgramAsync'));
      let phase = 'parse';
      let turns = 0;
      for (;;) {
        const next = withClock(clock, () => steps.next());
        if (next.done === true) return next.value;
        if (next.value !== SLICE) {
          phase = { parse: 'score', score: 'solve', solve: 'explain' }[next.value] ?? 'end';
          continue;
        }
        turnPhases.push(phase);
        if (turns++ === abortAt) controller.abort(new Error(`turn ${abortAt}`));
      }
    };
    const phases: string[] = [];
    expect(JSON.stringify(run(-1, phases))).toBe(expected);
    // The parse: a turn every 64 mentors or mentees and after its stages.
    expect(phases.filter((p) => p === 'parse').length).toBeGreaterThanOrEqual(Math.floor(400 / 64) + 2);
    const picks = [
      phases.indexOf('parse'),
      phases.lastIndexOf('parse'),
      phases.indexOf('score'),
      phases.indexOf('solve'),
      phases.lastIndexOf('solve'),
    ];
    for (const k of picks) {
      expect(k).toBeGreaterThanOrEqual(0);
      const error = thrown(() => run(k, []));
      expectCode(error, 'ABORTED', 'matchProgramAsync');
      expect(((error as Error).cause as Error).message).toBe(`turn ${k}`);
      expect(JSON.stringify(input)).toBe(before);
    }
  });
});

describe('programReport', () => {
  it('gives turns while it scores and solves its readiness figures, and an abort there takes effect', () => {
    const input = sampleProgram({ mode: 'micro', mentors: 60, mentees: 300, topics: 30, seed: 8 });
    const expected = JSON.stringify(programReport(input));
    const run = (abortAt: number): { value: unknown; turns: number } => {
      const controller = new AbortController();
      const clock = startAsyncClock('programReportAsync', undefined, controller.signal);
      clock.sliceEnd = Number.NEGATIVE_INFINITY;
      const steps = programReportSteps(input, undefined, undefined);
      let parsed = false;
      let turns = 0;
      for (;;) {
        const next = withClock(clock, () => steps.next());
        if (next.done === true) return { value: next.value, turns };
        if (next.value === 'parse') parsed = true;
        else if (parsed && next.value === SLICE && turns++ === abortAt) controller.abort(new Error('late'));
      }
    };
    const whole = run(-1);
    expect(JSON.stringify(whole.value)).toBe(expected);
    // The scoring's rows (a turn every 16 when the slice is over) and the solver's paths.
    const rows = input.mentees.reduce((n, e) => n + (e.requests?.length ?? 0), 0);
    expect(whole.turns).toBeGreaterThan(rows / 16);
    const error = thrown(() => run(Math.floor(whole.turns / 2)));
    expectCode(error, 'ABORTED', 'programReportAsync');
  });
});

describe('the cost matrix read in slices of 64 rows', () => {
  /** A MatrixLike that counts and records its reads. */
  function counted(values: number[][]): MatrixLike & { reads: [number, number][] } {
    const reads: [number, number][] = [];
    return {
      rows: values.length,
      columns: values[0]?.length ?? 0,
      reads,
      get(i: number, j: number): number {
        reads.push([i, j]);
        return values[i]?.[j] as number;
      },
    };
  }

  /** Runs `steps` with every check point a turn: the turns before its `read` phase, and its value. */
  function beforeRead<T>(steps: Steps<T>, controller?: AbortController, abortAt = -1): { value: T; turns: number } {
    const clock = startAsyncClock('test', undefined, controller?.signal);
    clock.sliceEnd = Number.NEGATIVE_INFINITY;
    let turns = 0;
    let read = false;
    for (;;) {
      const next = withClock(clock, () => steps.next());
      if (next.done === true) return { value: next.value, turns };
      if (next.value === 'read') read = true;
      if (next.value === SLICE && !read && turns++ === abortAt) controller?.abort();
    }
  }

  const rng = mulberry32(3);
  const nested = (rows: number, cols: number) =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(rng() * 1000)));

  it('nested arrays, a DenseMatrix, a MatrixLike, transposed or not: a check point every 64 rows, the same answer', () => {
    for (const [rows, cols] of [
      [300, 310],
      [310, 300],
    ] as const) {
      const values = nested(rows, cols);
      const dense = { rows, cols, data: Float64Array.from(values.flat()) };
      for (const costs of [values, dense, counted(values)]) {
        for (const maximize of [false, true]) {
          const stepped = beforeRead(assignSteps('linearSumAssignment', costs, { maximize }));
          expect(stepped.value.assignment).toEqual(linearSumAssignment(values, { maximize }));
          // A DenseMatrix minimised in its orientation is checked in place, in one pass.
          const inPlace = costs === dense && !maximize && rows <= cols;
          expect(stepped.turns).toBe(inPlace ? 0 : Math.ceil(rows / 64));
        }
      }
      const capacities = Array.from({ length: cols }, (_, j) => 1 + (j % 3));
      const stepped = beforeRead(capacitatedSteps(values, { capacities }));
      expect(stepped.value).toEqual(capacitatedAssignment(values, { capacities }));
      expect(stepped.turns).toBeGreaterThanOrEqual(Math.ceil(rows / 64));
    }
  });

  it('a MatrixLike is read once per entry, row by row, transposed or not', () => {
    for (const [rows, cols] of [
      [130, 140],
      [140, 130],
    ] as const) {
      const matrix = counted(nested(rows, cols));
      linearSumAssignment(matrix, { maximize: true });
      expect(matrix.reads.length).toBe(rows * cols);
      expect(matrix.reads.every(([i, j], k) => i === Math.floor(k / cols) && j === k % cols)).toBe(true);
    }
  });

  it('an expired limit stops the reading between slices: TIME_LIMIT, the rows after it never read', () => {
    const matrix = counted(nested(300, 200));
    const chunk = 64 * 200;
    const seen: number[] = [];
    for (let ticks = 2; ticks <= 6; ticks++) {
      matrix.reads.length = 0;
      let n = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => (n++ < ticks ? 0 : 1e12));
      expectCode(
        thrown(() => linearSumAssignment(matrix, { timeLimitMs: 1000 })),
        'TIME_LIMIT',
        'linearSumAssignment',
      );
      vi.restoreAllMocks();
      expect(matrix.reads.length % chunk).toBe(0);
      seen.push(matrix.reads.length / chunk);
    }
    // One more slice read for each later expiry, and never the whole matrix.
    expect(seen.slice(1).every((slices, k) => slices === (seen[k] as number) + 1)).toBe(true);
    expect(Math.max(...seen)).toBeLessThan(Math.ceil(300 / 64));
  });

  it('an abort at a turn inside the reading throws ABORTED, the matrix as it was', () => {
    const values = nested(300, 300);
    const before = JSON.stringify(values);
    for (const abortAt of [0, 2]) {
      const controller = new AbortController();
      const error = thrown(() => beforeRead(assignSteps('linearSumAssignmentAsync', values), controller, abortAt));
      expectCode(error, 'ABORTED', 'test');
      expect(JSON.stringify(values)).toBe(before);
    }
  });
});
