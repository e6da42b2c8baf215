/**
 * Time budgets and cancellation (issue "Safe to embed in a serverless function", point 2):
 * `timeLimitMs` on the programme entry points and the solvers, the async forms with `signal`
 * (the same results byte for byte), `onProgress`, and the hours-budget search that returns its best
 * matching with its gap when the time runs out. No wall-clock thresholds here: an expired limit is
 * simulated with a stubbed clock, an abort is made from `onProgress` or before the call; the
 * latencies are measured by `npm run bench:abort`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import {
  capacitatedAssignment,
  capacitatedAssignmentAsync,
  InvalidInputError,
  linearSumAssignment,
  linearSumAssignmentAsync,
  matchProgram,
  matchProgramAsync,
  programReport,
  programReportAsync,
  rematch,
  rematchAsync,
  suggest,
  suggestAll,
  suggestAllAsync,
} from '../src/index.js';
import { runCli } from './helpers/cliRun.js';
import { expectCode, thrown } from './helpers/errors.js';
import { mulberry32 } from './helpers/random.js';

const PROGRAM = {
  mode: 'micro',
  topics: [{ id: 'pricing' }, { id: 'seo' }],
  mentors: [
    { id: 'ana', skills: [{ topic: 'pricing', level: 4 }], hoursBudget: 3 },
    {
      id: 'ben',
      skills: [
        { topic: 'pricing', level: 5 },
        { topic: 'seo', level: 4 },
      ],
      hoursBudget: 4,
    },
  ],
  mentees: [
    { id: 'cy', requests: [{ topic: 'pricing', level: 3, hours: 2 }] },
    {
      id: 'di',
      requests: [
        { topic: 'pricing', level: 3, hours: 2 },
        { topic: 'seo', level: 3, hours: 2 },
      ],
    },
  ],
} as const;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('no rejection');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('timeLimitMs', () => {
  it('an expired limit (0 ms) throws TIME_LIMIT from every function that takes one', () => {
    const limit = { timeLimitMs: 0 };
    expectCode(
      thrown(() => matchProgram(PROGRAM, limit)),
      'TIME_LIMIT',
      'matchProgram',
    );
    expectCode(
      thrown(() => suggestAll(PROGRAM, 2, limit)),
      'TIME_LIMIT',
      'suggestAll',
    );
    expectCode(
      thrown(() => suggest(PROGRAM, 'cy', 2, limit)),
      'TIME_LIMIT',
      'suggest',
    );
    expectCode(
      thrown(() => rematch(PROGRAM, matchProgram(PROGRAM), {}, limit)),
      'TIME_LIMIT',
      'rematch',
    );
    expectCode(
      thrown(() => programReport(PROGRAM, undefined, limit)),
      'TIME_LIMIT',
      'programReport',
    );
    expectCode(
      thrown(() => linearSumAssignment([[1, 2]], limit)),
      'TIME_LIMIT',
      'linearSumAssignment',
    );
    expectCode(
      thrown(() => capacitatedAssignment([[1, 2]], { capacities: [1, 1], ...limit })),
      'TIME_LIMIT',
      'capacitatedAssignment',
    );
    expect((thrown(() => matchProgram(PROGRAM, limit)) as Error).message).toBe(
      'matchProgram: the time limit of 0 ms ran out (options.timeLimitMs)',
    );
  });

  it('a limit that does not run out changes nothing, byte for byte', () => {
    const options = { timeLimitMs: 1e9 };
    expect(JSON.stringify(matchProgram(PROGRAM, options))).toBe(JSON.stringify(matchProgram(PROGRAM)));
    expect(JSON.stringify(suggestAll(PROGRAM, 2, options))).toBe(JSON.stringify(suggestAll(PROGRAM, 2)));
    const costs = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    expect(linearSumAssignment(costs, { timeLimitMs: Number.POSITIVE_INFINITY })).toEqual(linearSumAssignment(costs));
  });

  it('a bad timeLimitMs, signal or onProgress is INVALID_INPUT', () => {
    for (const timeLimitMs of [-1, Number.NaN, '5', null]) {
      const error = thrown(() => matchProgram(PROGRAM, { timeLimitMs } as never)) as InvalidInputError;
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.issues[0]?.path).toEqual(['options', 'timeLimitMs']);
      expect((thrown(() => linearSumAssignment([[1]], { timeLimitMs } as never)) as InvalidInputError).code).toBe(
        'INVALID_INPUT',
      );
    }
    expect(
      (thrown(() => matchProgram(PROGRAM, { onProgress: 5 } as never)) as InvalidInputError).issues[0]?.path,
    ).toEqual(['options', 'onProgress']);
  });

  it('the hours-budget search stopped by the limit returns a complete matching, exact: false, with its gap', () => {
    // A programme whose budgets bind, and a clock that moves 1 ms at each read, under limits of
    // `ms`: every stop point either returns a valid matching with a bound, or throws TIME_LIMIT
    // (before one exists, or when it could not be explained within the limit).
    const input = sampleProgram({ mode: 'micro', mentors: 20, mentees: 60, topics: 20, seed: 1 });
    const full = matchProgram(input, { maxNodes: 20 });
    expect(full.summary.exact).toBe(false); // the budgets bind: a search with a gap
    let returned = 0;
    const outcomes: string[] = [];
    for (const ms of [3, 10, 40, 160, 320, 480, 640, 800, 1000, 1300, 1600, 2000, 3000]) {
      let reads = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => reads++);
      let result: ReturnType<typeof matchProgram> | undefined;
      try {
        result = matchProgram(input, { maxNodes: 20, timeLimitMs: ms });
      } catch (error) {
        expectCode(error, 'TIME_LIMIT', 'matchProgram');
      }
      vi.restoreAllMocks();
      outcomes.push(result === undefined ? 'TIME_LIMIT' : `gap ${result.summary.gap}`);
      if (result === undefined) continue;
      returned++;
      const { summary } = result;
      expect(summary.exact).toBe(false);
      expect(summary.gap).not.toBeNull();
      expect(summary.gap).toBeGreaterThanOrEqual(0);
      expect(summary.bound).toBeGreaterThanOrEqual(summary[summary.boundOn ?? 'weightedTotal'] as number);
      // A complete matching: within every capacity and hours budget.
      const mentors = new Map(input.mentors.map((m) => [m.id, m]));
      for (const load of summary.mentorLoad) {
        expect(load.load).toBeLessThanOrEqual(load.capacity);
        if (load.hours !== undefined)
          expect(load.hours).toBeLessThanOrEqual((mentors.get(load.mentor)?.hoursBudget ?? 0) + 1e-9);
      }
      // No better than what the bound allows, and the unmatched all have reasons.
      expect(result.matches.length + result.unmatched.length).toBe(summary.demand);
    }
    // Early stops throw (no bound yet), later ones return the best matching so far.
    expect(returned, outcomes.join(', ')).toBeGreaterThan(0);
    expect(outcomes[0]).toBe('TIME_LIMIT');
  });
});

describe('async forms', () => {
  it('give the same results as the synchronous functions, byte for byte', async () => {
    const input = sampleProgram({ mode: 'micro', mentors: 15, mentees: 40, topics: 20, seed: 7 });
    const signal = new AbortController().signal;
    expect(JSON.stringify(await matchProgramAsync(input, { signal }))).toBe(JSON.stringify(matchProgram(input)));
    const before = matchProgram(input);
    const changes = { removeMentors: [input.mentors[0]?.id as string] };
    expect(JSON.stringify(await rematchAsync(input, before, changes, { signal }))).toBe(
      JSON.stringify(rematch(input, before, changes)),
    );
    expect(JSON.stringify(await suggestAllAsync(input, 3, { signal }))).toBe(JSON.stringify(suggestAll(input, 3)));
    expect(JSON.stringify(await programReportAsync(input, before, { signal }))).toBe(
      JSON.stringify(programReport(input, before)),
    );
    const rng = mulberry32(11);
    for (let k = 0; k < 20; k++) {
      const rows = 1 + Math.floor(rng() * 30);
      const cols = 1 + Math.floor(rng() * 30);
      const costs = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(rng() * 100)));
      expect(await linearSumAssignmentAsync(costs, { signal })).toEqual(linearSumAssignment(costs));
      const capacities = Array.from({ length: cols }, () => 1 + Math.floor(rng() * 3));
      expect(await capacitatedAssignmentAsync(costs, { capacities, partial: true, signal })).toEqual(
        capacitatedAssignment(costs, { capacities, partial: true }),
      );
    }
  });

  it('an aborted signal rejects with ABORTED, the signal’s reason as the cause', async () => {
    const reason = new Error('the client went away');
    const signal = AbortSignal.abort(reason);
    const calls: [string, () => Promise<unknown>][] = [
      ['matchProgramAsync', () => matchProgramAsync(PROGRAM, { signal })],
      ['rematchAsync', () => rematchAsync(PROGRAM, matchProgram(PROGRAM), {}, { signal })],
      ['suggestAllAsync', () => suggestAllAsync(PROGRAM, 2, { signal })],
      ['programReportAsync', () => programReportAsync(PROGRAM, undefined, { signal })],
      ['linearSumAssignmentAsync', () => linearSumAssignmentAsync([[1]], { signal })],
      ['capacitatedAssignmentAsync', () => capacitatedAssignmentAsync([[1]], { capacities: [1], signal })],
    ];
    for (const [fn, call] of calls) {
      const error = await rejection(call());
      expectCode(error, 'ABORTED', fn);
      expect((error as Error).cause).toBe(reason);
    }
  });

  it('an abort during the call takes effect at its next turn (here: from onProgress after scoring)', async () => {
    const controller = new AbortController();
    const phases: string[] = [];
    const error = await rejection(
      matchProgramAsync(PROGRAM, {
        signal: controller.signal,
        onProgress: (phase, done, total) => {
          if (done === total) phases.push(phase);
          if (phase === 'score' && done === total) controller.abort('stop');
        },
      }),
    );
    expectCode(error, 'ABORTED', 'matchProgramAsync');
    expect((error as Error).cause).toBe('stop');
    expect(phases).toEqual(['parse', 'score']);
  });

  it('onProgress is told of each phase, and of the rows while scoring', () => {
    const input = sampleProgram({ mode: 'classic', mentors: 5, mentees: 100, topics: 20, seed: 2 });
    const seen: [string, number, number][] = [];
    matchProgram(input, { onProgress: (phase, done, total) => seen.push([phase, done, total]) });
    expect(seen.filter(([, done, total]) => done === total).map(([phase]) => phase)).toEqual([
      'parse',
      'score',
      'solve',
      'explain',
    ]);
    const rows = seen.filter(([phase, done, total]) => phase === 'score' && done < total);
    expect(rows.length).toBeGreaterThan(0);
    for (const [, , total] of rows) expect(total).toBe(100);
  });
});

describe('CLI progress bar', () => {
  function cli(interactive: boolean, args: readonly string[]): { code: number | null; stderr: string } {
    const programme = sampleProgram({ mode: 'classic', mentors: 5, mentees: 100, topics: 20, seed: 2 });
    return runCli(args, {}, { readMissing: () => JSON.stringify(programme), writeFile: () => {}, interactive });
  }

  it('is drawn on standard error when it is a terminal, and erased at the end of each phase', () => {
    const { code, stderr } = cli(true, ['match', 'p.json']);
    expect(code).toBe(0);
    expect(stderr).toContain('\r\x1b[Kscoring [');
    expect(stderr).toMatch(/scoring \[#+\.*\] \d+%/);
    expect(stderr).toContain('\r\x1b[K');
  });

  it('speaks the locale: steps, times and the bar in Italian with --locale it', () => {
    const { code, stderr } = cli(true, ['match', 'p.json', '--locale', 'it']);
    expect(code).toBe(0);
    expect(stderr).toContain('mentormatch match: abbinamento di 100 mentee e 5 mentor…');
    expect(stderr).toMatch(/mentormatch match: letto p\.json \(\d+ KB\) in [\d,]+ ms/);
    expect(stderr).toMatch(/abbinati \d+ mentee su 100 in [\d,]+ ms/);
    expect(stderr).toMatch(/calcolo dei punteggi \[#+\.*\] \d+%/);
    expect(stderr).not.toMatch(/matching|matched|scoring|read /);
  });

  it('is not drawn when standard error is not a terminal, even with --verbose', () => {
    const { stderr } = cli(false, ['match', 'p.json', '--verbose']);
    expect(stderr).toContain('matching 100 mentees');
    expect(stderr).not.toContain('\r');
  });
});
