/**
 * Scoring on helper threads (`options.threads`): the result is the one the calling thread alone
 * gives, byte for byte, whatever the helpers do: real workers (`workerThreads`, the sources run
 * through tsx), several helpers (shares closed up at the end), helpers that fail or vanish (their
 * shares done on the calling thread), and past `maxPairs` the same error at the same row.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { InvalidInputError, matchProgram, matchProgramAsync, type ProgramSource, rematch } from '../src/index.js';
import { keptHelper, rowsHelperOf } from '../src/match/helperTasks.js';
import { bestEntries, LISTED } from '../src/match/reasons.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { idIndex } from '../src/model/idIndex.js';
import { indexTopics, type TopicLevels } from '../src/model/indexTopics.js';
import { parseProgram } from '../src/model/parseProgram.js';
import { workerThreads } from '../src/node.js';
import { LISTED_FROM } from '../src/score/rows.js';
import { bestListed, scoreSteps, scoreTable } from '../src/score/scoreProgram.js';
import { heldScoring, type Threads } from '../src/score/threads.js';
import { drain } from '../src/solve/internal/clock.js';
import { Auction } from '../src/solve/internal/matching/auction.js';
import { pairValuesAt } from '../src/solve/internal/matching/bounds.js';
import { type ClaimBoard, claimChunk } from '../src/solve/internal/matching/claims.js';
import { solveExactSteps } from '../src/solve/internal/matching/exact.js';
import type { PricingShare } from '../src/solve/internal/matching/rowsHelper.js';
import { solveMatching } from '../src/solve/internal/matching/solveMatching.js';
import { allPairs, keptSubsetSteps, sparseRows } from '../src/solve/internal/matching/sparseRows.js';
import { pairScore } from '../src/solve/internal/pairs.js';
import { inThread } from './helpers/inThread.js';
import { denseProblem } from './helpers/pairs.js';
import { sharedPairs } from './helpers/rowsHelper.js';

const programs = [
  ['micro', sampleProgram({ mode: 'micro', mentors: 40, mentees: 200, topics: 20, seed: 1 })],
  ['micro 2', sampleProgram({ mode: 'micro', mentors: 50, mentees: 200, topics: 16, seed: 7 })],
  ['classic', sampleProgram({ mode: 'classic', mentors: 50, mentees: 400, topics: 20, seed: 2 })],
  ['classic 2', sampleProgram({ mode: 'classic', mentors: 30, mentees: 250, topics: 16, seed: 9 })],
] as const;
const objectives = ['total', 'coverage', 'fair', 'stable'] as const;

/**
 * The result on the calling thread alone, as JSON; kept per input and options, since many tests
 * compare several runs with helpers against the same one (the call is deterministic).
 */
const aloneResults = new WeakMap<object, Map<string, string>>();
const alone = (input: unknown, options = {}): string => {
  const key = JSON.stringify(options);
  let results = aloneResults.get(input as object);
  if (results === undefined) {
    results = new Map();
    aloneResults.set(input as object, results);
  }
  let result = results.get(key);
  if (result === undefined) {
    result = JSON.stringify(matchProgram(input as never, options));
    results.set(key, result);
  }
  return result;
};

describe('matchProgram with helper threads', () => {
  const workers = workerThreads({ size: 1, minPairs: 0 });
  afterAll(() => workers.close());

  it.each(programs)('%s: the same result on a worker thread, every objective', (_, input) => {
    // The worker's replies: it did its shares (a failed one would be made up for on this thread).
    const replies: unknown[] = [];
    const threads = { ...workers, receive: (k: number, waitMs: number) => workers.receive(k, waitMs) };
    threads.receive = (k, waitMs) => {
      const reply = workers.receive(k, waitMs);
      if (reply !== undefined) replies.push(reply);
      return reply;
    };
    for (const objective of objectives)
      expect(JSON.stringify(matchProgram(input, { objective, threads }))).toBe(alone(input, { objective }));
    // Its pairs, their scores and the audits, per call.
    expect(replies).toHaveLength(3 * objectives.length);
    for (const reply of replies) expect(reply).toMatchObject({ ok: true });
    expect(replies.filter((reply) => (reply as { greedy?: unknown }).greedy instanceof Int32Array)).toHaveLength(
      objectives.length,
    );
  });

  it.each(programs)('%s: the same result with 1, 2 and 5 helpers, every objective', (_, input) => {
    for (const size of [1, 2, 5]) {
      const threads = inThread(size);
      for (const objective of objectives)
        expect(JSON.stringify(matchProgram(input, { objective, threads }))).toBe(alone(input, { objective }));
      // Per call and helper: the programme, its people (one part of mentors, one of mentees), its
      // topic arrays, its pairs, their scores, the end of the job; and the first helper's audits.
      expect(threads.sent).toBe((7 * size + 1) * objectives.length);
    }
  });

  it('each long row’s best-scoring mentors as the scoring pass lists them: as the reasons would find them, on one thread and with helpers', () => {
    let listedRows = 0;
    let ties = 0;
    let short = 0;
    // Classic rows of more than LISTED_FROM pairs (listed), and micro ones (not).
    const inputs = [
      sampleProgram({ mode: 'classic', mentors: 1300, mentees: 250, topics: 20, seed: 4 }),
      programs[0][1],
    ];
    for (const input of inputs) {
      const program = parseProgram(input);
      const threads = inThread(2);
      for (const table of [scoreTable(program, false), drain(scoreSteps(program, false, undefined, threads))]) {
        const { start, cols, scores } = table.allowed;
        for (let r = 0; r < table.rows.length; r++) {
          const from = start[r] as number;
          const to = start[r + 1] as number;
          const listed = bestListed(table, r);
          if (to - from <= LISTED_FROM) {
            expect(listed).toBeUndefined();
            short++;
            continue;
          }
          expect(listed).toEqual(bestEntries(cols, scores, from, to, LISTED));
          listedRows++;
          // A tie at the list's end, or across it: the lower column first.
          const least = pairScore(table.allowed, r, listed?.at(-1) as number);
          if (scores.subarray(from, to).filter((v) => v === least).length > 1) ties++;
        }
      }
      // Shared out: the helpers summed some rows.
      expect(threads.kinds).toContain('scores');
    }
    expect(listedRows).toBeGreaterThan(200);
    expect(ties).toBeGreaterThan(50);
    expect(short).toBeGreaterThan(200);
  });

  it('shares out nothing below minPairs (default about 17 million candidate pairs)', () => {
    const [, input] = programs[0];
    const threads = inThread(2, undefined, 2 ** 24);
    expect(JSON.stringify(matchProgram(input, { threads }))).toBe(alone(input));
    expect(threads.sent).toBe(0);
  });

  it('the rows of a helper’s share that it has not claimed are summed on the calling thread: the same result', () => {
    // Shares of several chunks of rows (256 rows each, `claimedSums` in score/rows.ts).
    const larger = [
      sampleProgram({ mode: 'micro', mentors: 60, mentees: 700, topics: 20, seed: 3 }),
      sampleProgram({ mode: 'classic', mentors: 40, mentees: 900, topics: 16, seed: 4 }),
    ];
    for (const input of larger) {
      // One helper (helpers run in this thread share the module's state: a second one's pairs would
      // replace the first's).
      const threads = inThread(1);
      // The claim counters of the helper's shares, as they are sent.
      const counters: Int32Array[] = [];
      const send = threads.send;
      threads.send = (k, task) => {
        const claims = (task as { kind: string; claims?: Int32Array }).claims;
        if (claims === undefined) return send(k, task);
        // The helper writes its share's pairs but finds every chunk taken; then they are free again.
        counters.push(claims);
        Atomics.store(claims, 0, 1 << 24);
        send(k, task);
        Atomics.store(claims, 0, 0);
      };
      for (const objective of ['total', 'stable'] as const)
        expect(JSON.stringify(matchProgram(input, { objective, threads }))).toBe(alone(input, { objective }));
      // Each share's chunks were all claimed here (one claim past the last), once the pairs were written.
      expect(counters).toHaveLength(2);
      for (const claims of counters) expect(claims[1]).toBe(1);
      for (const claims of counters) expect(claims[0]).toBeGreaterThan(2);
    }
  });

  /** The calling thread's share as a `scores` task carries it (`caller` in score/threads.ts). */
  type CallerShare = { from: number; to: number; claims: Int32Array; done: Int32Array };
  const callerOf = (task: unknown) => (task as { kind: string; caller?: CallerShare }).caller;
  // Programmes whose calling thread's share is several chunks of rows (256 rows each).
  const larger = [
    sampleProgram({ mode: 'micro', mentors: 60, mentees: 1000, topics: 20, seed: 3 }),
    sampleProgram({ mode: 'classic', mentors: 40, mentees: 1200, topics: 16, seed: 4 }),
  ];

  /**
   * `total` and `stable` on `input` with one helper run in this thread, `before` and `after` called
   * around each `scores` task sent with the calling thread's share: the result alone gives. Returns
   * those shares.
   */
  const withCallerShares = (
    input: ProgramSource,
    before: (caller: CallerShare) => void,
    after: (caller: CallerShare) => void,
  ): CallerShare[] => {
    const threads = inThread(1);
    const shares: CallerShare[] = [];
    const send = threads.send;
    threads.send = (k, task) => {
      const caller = callerOf(task);
      if (caller !== undefined) before(caller);
      send(k, task);
      if (caller === undefined) return;
      shares.push(caller);
      after(caller);
    };
    for (const objective of ['total', 'stable'] as const)
      expect(JSON.stringify(matchProgram(input, { objective, threads }))).toBe(alone(input, { objective }));
    return shares;
  };

  it('a helper done with its own share sums the calling thread’s rows left: the same result', () => {
    for (const input of larger) {
      const shares = withCallerShares(
        input,
        () => {},
        (caller) => {
          // A helper run in this thread does its task when sent: before this thread sums any row of
          // its own share, the helper has claimed and summed every chunk of it.
          expect(caller.done.length).toBeGreaterThan(2);
          expect(Array.from(caller.done)).toEqual(Array.from(caller.done, () => 1));
          expect(caller.claims[0]).toBeGreaterThan(caller.done.length);
        },
      );
      expect(shares).toHaveLength(2);
    }
  });

  it('a chunk of the calling thread’s rows that a helper claimed and never finished is summed here: the same result', () => {
    for (const input of larger) {
      const shares = withCallerShares(
        input,
        // A helper that claims the first chunk of the calling thread's rows, then fails.
        (caller) => Atomics.add(caller.claims, 0, 1),
        (caller) => {
          expect(caller.done[0]).toBe(0);
          expect(caller.done[1]).toBe(1);
        },
      );
      expect(shares).toHaveLength(2);
      for (const caller of shares) expect(caller.done[0]).toBe(1);
    }
  });

  it('the helpers index the programme with the calling thread’s topic arrays, in shared memory; without them, their own', () => {
    for (const [, input] of programs) {
      const program = canonicalProgram(parseProgram(input));
      const own = indexTopics(program, idIndex(program.topics));
      const levels: TopicLevels[] = [];
      const threads = inThread(2);
      const send = threads.send;
      threads.send = (k, task) => {
        const { kind, direct, effective, willing, levelCode, codeEffective, codeWilling } = task as {
          kind: string;
        } & TopicLevels;
        send(k, task);
        if (kind !== 'levels') return;
        levels.push({ direct, effective, willing, levelCode, codeEffective, codeWilling });
        // The helper's index reads them (its own would not be in shared memory).
        const held = heldScoring((task as { job: number }).job, false);
        for (const name of ['direct', 'effective', 'willing', 'levelCode'] as const)
          expect(held?.ix[name]?.buffer).toBeInstanceOf(SharedArrayBuffer);
      };
      expect(JSON.stringify(matchProgram(input, { threads }))).toBe(alone(input));
      // One set, sent to both helpers: the programme's own arrays, in shared memory.
      expect(levels).toHaveLength(2);
      for (const { direct, effective, willing, levelCode, codeEffective, codeWilling } of levels) {
        expect(direct).toBe(levels[0]?.direct);
        expect(levelCode).not.toBeNull();
        for (const [mine, theirs] of [
          [direct, own.direct],
          [effective, own.effective],
          [willing, own.willing],
          [levelCode, own.levelCode],
        ] as const) {
          expect(mine?.buffer).toBeInstanceOf(SharedArrayBuffer);
          expect(Array.from(mine ?? [])).toEqual(Array.from(theirs ?? [1]));
        }
        expect(Array.from(codeEffective)).toEqual(Array.from(own.codeEffective));
        expect(Array.from(codeWilling)).toEqual(Array.from(own.codeWilling));
      }
      // Helpers that never get them (a caller of an earlier version) index their own: the same result.
      const without = inThread(2);
      const sendAll = without.send;
      without.send = (k, task) => {
        if ((task as { kind: string }).kind !== 'levels') sendAll(k, task);
      };
      expect(JSON.stringify(matchProgram(input, { objective: 'stable', threads: without }))).toBe(
        alone(input, { objective: 'stable' }),
      );
      expect(without.kinds).not.toContain('levels');
      expect(without.kinds).toContain('pairs');
    }
  });

  it('a helper that fails, vanishes or answers an older job: its share done here, the same result', () => {
    const spoilers: ((k: number, n: number, reply: unknown) => unknown)[] = [
      // Helper 1 is gone from the start.
      (k, _n, reply) => (k === 1 ? undefined : reply),
      // Helper 0 fails its pairs; helper 2 its scores.
      (k, n, reply) =>
        (k === 0 && n === 0) || (k === 2 && n === 1) ? { ...(reply as object), ok: false, error: 'x' } : reply,
      // Helper 1 answers for another job.
      (k, _n, reply) => (k === 1 ? { ...(reply as object), job: -1 } : reply),
    ];
    for (const [, input] of programs)
      for (const spoil of spoilers) {
        const threads = inThread(3, (k, n, reply) => spoil(k, n, reply));
        expect(JSON.stringify(matchProgram(input, { objective: 'stable', threads }))).toBe(
          alone(input, { objective: 'stable' }),
        );
      }
  });

  it('the first helper does the audits: the summary shows its figures', () => {
    for (const [, input] of programs) {
      type Summary = { summary: { blockingPairs: number; greedy: { blockingPairs: number } } };
      const expected = JSON.parse(alone(input)) as Summary;
      // The helper's third reply (pairs, scores, audits) given figures no audit found: the summary
      // shows them. (One helper: helpers run in one thread share their module's state.)
      const threads = inThread(1, (_k, n, reply) =>
        n === 2
          ? {
              ...(reply as object),
              greedyBlocking: 987,
              // The helper audited the one block of rows (it ran when sent, before this thread could claim any).
              pairs: Int32Array.of(0, 0, 1, 0, 2, 0),
              blocks: Int32Array.of(0, 0),
            }
          : reply,
      );
      const shared = matchProgram(input, { objective: 'stable', threads }) as Summary;
      expect(shared.summary.greedy.blockingPairs).toBe(987);
      expect(expected.summary.greedy.blockingPairs).not.toBe(987);
      expect(shared.summary.blockingPairs).toBe(3);
      expect(expected.summary.blockingPairs).not.toBe(3);
      expect(threads.kinds).toEqual(['programme', 'people', 'people', 'levels', 'pairs', 'scores', 'audits', 'drop']);
    }
  });

  it('a helper that fails the audits, answers without their figures or is gone by then: done here, the same result', () => {
    const spoilers: ((n: number, reply: unknown) => unknown)[] = [
      (n, reply) => (n === 2 ? { ...(reply as object), ok: false, error: 'x' } : reply),
      (n, reply) => (n === 2 ? { job: (reply as { job: number }).job, ok: true } : reply),
      (n, reply) => (n === 2 ? { ...(reply as object), pairs: Int32Array.of(1) } : reply),
      (n, reply) => (n === 2 ? { ...(reply as object), blocks: Int32Array.of(0, 5) } : reply),
      (n, reply) => (n === 2 ? { ...(reply as object), blocks: Int32Array.of() } : reply),
      (n, reply) => (n === 2 ? undefined : reply),
    ];
    for (const [, input] of programs)
      for (const spoil of spoilers)
        for (const objective of ['total', 'stable'] as const) {
          const threads = inThread(1, (_k, n, reply) => spoil(n, reply));
          expect(JSON.stringify(matchProgram(input, { objective, threads }))).toBe(alone(input, { objective }));
        }
  });

  it('a call stopped while the first helper does the audits stops it and lets the job go', async () => {
    const [, input] = programs[2];
    const controller = new AbortController();
    let stop: Int32Array | null = null;
    const threads = inThread(1);
    const send = threads.send;
    threads.send = (k, task) => {
      // The audits held back (as if the helper were still at them), the call aborted meanwhile.
      if ((task as { kind: string }).kind === 'audits') {
        threads.kinds.push('audits');
        stop = (task as { stop: Int32Array }).stop;
        controller.abort();
        return;
      }
      send(k, task);
    };
    await expect(matchProgramAsync(input, { threads, signal: controller.signal })).rejects.toMatchObject({
      code: 'ABORTED',
    });
    expect(threads.kinds).toEqual(['programme', 'people', 'people', 'levels', 'pairs', 'scores', 'audits', 'drop']);
    expect(stop === null ? null : Atomics.load(stop, 0)).toBe(1);
  });

  it('the solvers’ pass over every pair on the helper: the same subset, through the messages', () => {
    const rows = 300;
    const cols = 20;
    const data = Float64Array.from({ length: rows * cols }, (_, k) =>
      k % 7 === 0 ? Number.NEGATIVE_INFINITY : ((k * 37) % 101) / 100,
    );
    const plain = denseProblem(rows, cols, data, new Int32Array(cols).fill(2));
    const threads = inThread(1);
    const replies: unknown[] = [];
    const receive = threads.receive;
    threads.receive = (k, waitMs) => {
      const reply = receive(k, waitMs);
      replies.push(reply);
      return reply;
    };
    // Each pass of an auction's that the helper joins: whether it took every chunk there (it runs
    // in this thread, at once).
    const send = threads.send;
    let board: ClaimBoard | null = null;
    const joined: boolean[] = [];
    threads.send = (k, task) => {
      const { kind, share } = task as { kind: string; share?: { board: ClaimBoard } };
      if (kind === 'auction') board = share?.board ?? null;
      send(k, task);
      if (kind === 'join' && board !== null) joined.push(claimChunk(board) === null);
    };
    const helper = rowsHelperOf(keptHelper(threads, 1, 0));
    // Pairs not in shared memory do not go (they would be copied).
    expect(JSON.stringify(sparseRows({ ...plain, ...(helper && { helper }) }, 4))).toBe(
      JSON.stringify(sparseRows(plain, 4)),
    );
    expect(threads.kinds).toEqual([]);
    const pairs = sharedPairs(plain.pairs);
    expect(JSON.stringify(sparseRows({ ...plain, pairs, ...(helper && { helper }) }, 4))).toBe(
      JSON.stringify(sparseRows(plain, 4)),
    );
    expect(threads.kinds).toEqual(['cuts', 'keep']);
    // Its parts came back (the later rows' floors, the columns' counts; their kept pairs, sorted).
    expect(replies).toHaveLength(2);
    expect((replies[0] as { part?: { floor?: unknown } }).part?.floor).toBeInstanceOf(Float64Array);
    expect((replies[1] as { part?: { cols?: unknown } }).part?.cols).toBeInstanceOf(Int32Array);
    // Column generation's first subset: the cuts, then the gathering, each half on the helper.
    const subset = (problem: typeof plain) => JSON.stringify(drain(keptSubsetSteps(problem, 4, problem.pairs.scores)));
    expect(subset({ ...plain, pairs, ...(helper && { helper }) })).toBe(subset(plain));
    expect(threads.kinds.slice(2)).toEqual(['cuts', 'keep']);
    expect((replies[3] as { part?: { cols?: unknown } }).part?.cols).toBeInstanceOf(Int32Array);
    // Column generation whole: its pricing passes too, shared once and joined by the helper (in
    // this thread, at once: it takes every chunk of each).
    const solved = (problem: typeof plain) => [...drain(solveExactSteps(problem, 'total', problem.capacity, 4))];
    let pricing: PricingShare | null = null;
    const priced: boolean[] = [];
    const sendOne = threads.send;
    threads.send = (k, task) => {
      const { kind, share } = task as { kind: string; share?: PricingShare };
      if (kind === 'pricing') pricing = share ?? null;
      sendOne(k, task);
      if (kind === 'join' && pricing !== null) priced.push(claimChunk(pricing.board) === null);
    };
    expect(solved({ ...plain, pairs, ...(helper && { helper }) })).toEqual(solved(plain));
    threads.send = sendOne;
    const pricingKinds = threads.kinds.slice(4);
    expect(pricingKinds.filter((kind) => kind !== 'join')).toEqual(['cuts', 'keep', 'pricing', 'passesEnd']);
    expect(priced.length).toBe(pricingKinds.filter((kind) => kind === 'join').length);
    expect(priced.length).toBeGreaterThan(0);
    expect(priced.every(Boolean)).toBe(true);
    expect(replies).toHaveLength(6);
    // An auction's bound over every pair (as on a candidate subset): its later rows' profits.
    const bound = (problem: typeof plain) => {
      const every = allPairs(problem);
      const values = pairValuesAt(problem, every, 'weightedTotal');
      const auction = new Auction(problem, every, values, problem.capacity, 0.01, {
        pairs: every,
        figure: 'weightedTotal',
      });
      return JSON.stringify([auction.solve(new Float64Array(cols)), auction.rowProfits()]);
    };
    const beforeBound = threads.kinds.length;
    expect(bound({ ...plain, pairs, ...(helper && { helper }) })).toBe(bound(plain));
    expect(threads.kinds.slice(beforeBound)).toEqual(['profits']);
    expect((replies[6] as { part?: { profits?: unknown } }).part?.profits).toBeInstanceOf(Float64Array);
    // The path for large problems on a candidate subset, under binding budgets: its row-price bound
    // over every pair on the helper while the local search runs here, the same result.
    const budgeted = denseProblem(rows, cols, data, new Int32Array(cols).fill(2), {
      hours: Float64Array.from({ length: rows }, (_, r) => 1 + (r % 3)),
      budget: Float64Array.from({ length: cols }, (_, j) => 2 + (j % 4)),
    });
    const large = (problem: typeof plain) =>
      JSON.stringify(solveMatching(problem, 'total', { maxNodes: 0, largeEntries: 0, candidates: 4, whole: true }));
    const before = threads.kinds.length;
    expect(large({ ...budgeted, pairs, ...(helper && { helper }) })).toBe(large(budgeted));
    // With the places' later rows and the first come, first served matching there too.
    const kinds = threads.kinds.slice(before);
    expect(kinds.filter((kind) => kind !== 'profits' && kind !== 'join')).toEqual([
      'places',
      'cuts',
      'keep',
      'greedy',
      'auction',
      'passesEnd',
      'bound',
    ]);
    // The auction's passes over rows, each worked whole by the helper (in this thread, it joins at once).
    expect(joined.length).toBe(kinds.filter((kind) => kind === 'join').length);
    expect(joined.length).toBeGreaterThan(5);
    expect(joined.every(Boolean)).toBe(true);
    const boundReply = replies.find(
      (reply) => typeof (reply as { part?: { bound?: unknown } }).part?.bound === 'number',
    );
    expect(boundReply).toBeDefined();
    const greedyReply = replies.find((reply) => (reply as { part?: { assign?: unknown } }).part?.assign);
    expect((greedyReply as { part: { assign: unknown } }).part.assign).toBeInstanceOf(Int32Array);
    const placesReply = replies.find((reply) => (reply as { part?: { low?: unknown } }).part?.low);
    expect((placesReply as { part: { low: unknown } }).part.low).toBeInstanceOf(Float64Array);
  });

  it('weighted values not in shared memory: the helper prices from the shared scores, through the messages', () => {
    const rows = 300;
    const cols = 20;
    const data = Float64Array.from({ length: rows * cols }, (_, k) =>
      k % 7 === 0 ? Number.NEGATIVE_INFINITY : ((k * 37) % 101) / 100,
    );
    const priority = Float64Array.from({ length: rows }, (_, r) => 1 + (r % 3));
    const plain = denseProblem(rows, cols, data, new Int32Array(cols).fill(2), { priority });
    const threads = inThread(1);
    const helper = rowsHelperOf(keptHelper(threads, 1, 0));
    const pairs = sharedPairs(plain.pairs);
    for (const objective of ['total', 'coverage'] as const) {
      // The share as the helper receives it, and whether it took every chunk of each pass it joined
      // (in this thread, at once).
      let theirs: PricingShare | null = null;
      const priced: boolean[] = [];
      const send = threads.send;
      threads.send = (k, task) => {
        const { kind, share } = task as { kind: string; share?: PricingShare };
        if (kind === 'pricing') theirs = structuredClone(share ?? null);
        send(k, task);
        if (kind === 'join' && theirs !== null) priced.push(claimChunk((theirs as PricingShare).board) === null);
      };
      const solved = (problem: typeof plain) => [...drain(solveExactSteps(problem, objective, problem.capacity, 4))];
      expect(solved({ ...plain, pairs, ...(helper && { helper }) })).toEqual(solved(plain));
      threads.send = send;
      const arrays = (theirs as PricingShare | null)?.arrays;
      expect(arrays?.values).toHaveLength(0);
      expect(arrays?.derived?.factor).toEqual(priority);
      expect(arrays?.derived?.bonus === null).toBe(objective === 'total');
      expect(priced.length).toBeGreaterThan(0);
      expect(priced.every(Boolean)).toBe(true);
    }
  });

  it('the matching explained while the helper computes its bound (large path, binding budgets): the same result', () => {
    // 5.5 million allowed pairs: the search on a subset, the bound over every pair on the helper;
    // 7,964 requests (mentees with several), 2,730 of them left unmatched.
    const input = sampleProgram({ mode: 'micro', mentors: 1200, mentees: 4000, topics: 16, seed: 3 });
    const plain = alone(input, { objective: 'total' });
    // Some pairs of that result locked (on the table's own arrays, masked during the solve: above
    // 4 million pairs): their mentees' other requests are explained, or given a reason, once the
    // solve is over, in their places.
    const { matches } = JSON.parse(plain) as { matches: { mentee: string; topic: string; mentor: string }[] };
    const lockedPairs = matches
      .filter((_, k) => k % 97 === 0)
      .map(({ mentee, topic, mentor }) => ({ mentee, topic, mentor }));
    const withLocks = { ...input, rules: { ...input.rules, lockedPairs } };
    // The bound's answer held back for some looks, as a helper still at it: the calling thread
    // explains the matching meanwhile, a piece between looks (63 pieces of matches, then 125 of
    // unmatched reasons): some of the matches; all of them and some reasons; all.
    const locked = alone(withLocks, { objective: 'total' });
    expect(JSON.parse(locked).unmatched.length).toBeGreaterThan(1000);
    for (const [program, looksHeld, expected] of [
      [input, 40, plain],
      [input, 120, plain],
      [withLocks, 120, locked],
      [withLocks, 400, locked],
    ] as const) {
      const threads = inThread(1);
      let held = 0;
      let looks = 0;
      const receive = threads.receive;
      const send = threads.send;
      threads.send = (k, task) => {
        if ((task as { kind?: string }).kind === 'bound') held = looksHeld;
        send(k, task);
      };
      threads.receive = (k, waitMs) => {
        if (held > 0) {
          held--;
          looks++;
          return undefined;
        }
        return receive(k, waitMs);
      };
      expect(JSON.stringify(matchProgram(program, { objective: 'total', threads }))).toBe(expected);
      expect(threads.kinds).toContain('bound');
      expect(looks).toBe(looksHeld);
    }
  });

  it('closed worker threads: no hang, every share done on the calling thread', async () => {
    const closed = workerThreads({ size: 2, minPairs: 0 });
    await closed.close();
    const [, input] = programs[2];
    expect(JSON.stringify(matchProgram(input, { threads: closed }))).toBe(alone(input));
  });

  it('a helper out of memory mid-task (resourceLimits): the blocked calling thread hears it is gone and does its work', async () => {
    // Out of memory, a helper ends without running another line of its own (its `exit` handler
    // neither): the thread that started it hears it and marks it gone for the calling thread, which
    // waits on it without an event loop. Before, that wait never ended. (Two helpers: with one, the
    // watcher would end with it and mark it gone on its own way out; the second keeps the watcher
    // running, so that the mark checked is the one it makes for the helper that stopped.)
    const limited = workerThreads({ size: 2, minPairs: 0, resourceLimits: { maxOldGenerationSizeMb: 48 } });
    try {
      const [, input] = programs[2];
      // Within its limits it works...
      let ok = 0;
      const threads = {
        ...limited,
        receive: (k: number, waitMs: number) => {
          const reply = limited.receive(k, waitMs) as { ok?: boolean } | undefined;
          if (reply?.ok === true) ok++;
          return reply;
        },
      };
      expect(JSON.stringify(matchProgram(input, { threads }))).toBe(alone(input));
      expect(ok).toBeGreaterThan(0);
      // ...until a task it cannot hold: a programme whose text reads into a million objects.
      limited.send(0, { kind: 'programme', job: -1, text: `[${'{"a":[1]},'.repeat(1e6)}{}]`, parts: 0 });
      let reply: unknown;
      for (let k = 0; k < 1500 && reply === undefined; k++) reply = limited.receive(0, 20);
      expect(reply).toEqual({ gone: true });
      expect(limited.alive?.(0)).toBe(false);
      expect(limited.alive?.(1)).toBe(true);
      // Its shares are done on this thread: the same result.
      expect(JSON.stringify(matchProgram(input, { threads: limited }))).toBe(alone(input));
    } finally {
      await limited.close();
    }
  }, 90_000);

  it('a helper stuck while awaited (its sign of life still for stallMs) is let go: its work done here, the same result', async () => {
    const [, input] = programs[0];
    // Helpers run in this thread, whose first reply never comes: stuck on its task.
    const inner = inThread(1);
    const drops: number[] = [];
    let held = false;
    const stuck = (beat: () => number): Threads => ({
      size: 1,
      minPairs: 0,
      stallMs: 100,
      send: (k, task) => inner.send(k, task),
      receive: (k) => {
        if (drops.length > 0) return { gone: true };
        if (!held) {
          held = true;
          inner.receive(k, 0);
        }
        return undefined;
      },
      beat,
      drop: (k) => drops.push(k),
    });
    // Its sign of life still: let go after 100 ms (the time limit only stops a call that would
    // wait for ever without it).
    expect(JSON.stringify(matchProgram(input, { threads: stuck(() => 7), timeLimitMs: 10_000 }))).toBe(alone(input));
    expect(drops).toEqual([0]);
    expect(inner.kinds).toContain('programme');
    // The async form waits in the same turns.
    drops.length = 0;
    held = false;
    const later = await matchProgramAsync(input, { threads: stuck(() => 7), timeLimitMs: 10_000 });
    expect(JSON.stringify(later)).toBe(alone(input));
    expect(drops).toEqual([0]);
    // A helper whose sign of life grows is busy, not stuck: waited for, here until the time limit.
    drops.length = 0;
    held = false;
    let count = 0;
    expect(() => matchProgram(input, { threads: stuck(() => count++), timeLimitMs: 600 })).toThrow(
      expect.objectContaining({ code: 'TIME_LIMIT' }),
    );
    expect(drops).toEqual([]);
    // A stallMs that is not a number > 0 is a typed error naming the option.
    expect(() => matchProgram(input, { threads: { ...stuck(() => 7), stallMs: 0 } })).toThrow(/options\.threads/);
  });

  it('workerThreads: a helper’s sign of life grows as it works; one let go is stopped, the others work on', async () => {
    const pool = workerThreads({ size: 2, minPairs: 0 });
    // The process's threads, where Linux tells them.
    const threadCount = () =>
      existsSync('/proc/self/status')
        ? Number(/^Threads:\s+(\d+)/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1])
        : undefined;
    try {
      const [, input] = programs[2];
      const before = pool.beat?.(0) as number;
      expect(JSON.stringify(matchProgram(input, { threads: pool }))).toBe(alone(input));
      expect(pool.beat?.(0)).toBeGreaterThan(before);
      expect(pool.beat?.(1)).toBeGreaterThan(0);
      const threadsBefore = threadCount();
      pool.drop?.(0);
      expect(pool.alive?.(0)).toBe(false);
      expect(pool.receive(0, 0)).toEqual({ gone: true });
      expect(pool.alive?.(1)).toBe(true);
      // Stopped by the watcher: its thread ends.
      if (threadsBefore !== undefined) {
        let now = threadCount() as number;
        for (let k = 0; k < 200 && now >= threadsBefore; k++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          now = threadCount() as number;
        }
        expect(now).toBeLessThan(threadsBefore);
      }
      // Its shares are done on this thread, the other helper's by it: the same result; it stays gone.
      expect(JSON.stringify(matchProgram(input, { threads: pool }))).toBe(alone(input));
      expect(pool.alive?.(0)).toBe(false);
      expect(pool.alive?.(1)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('workerThreads: a helper long on a task without a check point (stallMs 100) is let go and stopped; the same result', async () => {
    const pool = workerThreads({ size: 1, minPairs: 0 });
    try {
      const [, input] = programs[2];
      // Started and at work first.
      expect(JSON.stringify(matchProgram(input, { threads: pool }))).toBe(alone(input));
      const drops: number[] = [];
      const threads = {
        ...pool,
        stallMs: 100,
        drop: (k: number) => {
          drops.push(k);
          pool.drop?.(k);
        },
      };
      // A task it takes a second or more over, with no sign of life: a text of two million objects.
      pool.send(0, { kind: 'programme', job: -1, text: `[${'{"a":[1]},'.repeat(2e6)}{}]`, parts: 0 });
      expect(JSON.stringify(matchProgram(input, { threads }))).toBe(alone(input));
      expect(drops).toEqual([0]);
      expect(pool.alive?.(0)).toBe(false);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a process whose code is a module (node --input-type=module -e): the helpers start and work, no hang', () => {
    // A worker inherits the process's options: its first lines were a script (`require`), which
    // threw in a module before anything could answer, and the call waited for ever.
    const url = (path: string) => JSON.stringify(new URL(path, import.meta.url).href);
    const code = `import { matchProgram } from ${url('../src/index.ts')};
import { workerThreads } from ${url('../src/node.ts')};
const program = { mode: 'classic', topics: [{ id: 'sales' }],
  mentors: Array.from({ length: 20 }, (_, i) => ({ id: 'm' + i, skills: [{ topic: 'sales', level: 1 + (i % 5) }], capacity: 2 })),
  mentees: Array.from({ length: 60 }, (_, i) => ({ id: 'e' + i, goals: [{ topic: 'sales' }] })) };
const workers = workerThreads({ size: 1, minPairs: 0 });
const replies = [];
const threads = { ...workers, receive: (k, waitMs) => { const reply = workers.receive(k, waitMs); if (reply !== undefined) replies.push(reply); return reply; } };
const same = JSON.stringify(matchProgram(program, { threads })) === JSON.stringify(matchProgram(program));
console.log(JSON.stringify({ same, ok: replies.filter((r) => r.ok === true).length, gone: replies.filter((r) => r.gone === true).length }));
await workers.close();`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.error, child.stderr).toBeUndefined();
    expect(child.status, child.stderr).toBe(0);
    const outcome = JSON.parse(child.stdout) as { same: boolean; ok: number; gone: number };
    expect(outcome.same).toBe(true);
    // The helper did its tasks (a helper gone would give the same result from this thread alone).
    expect(outcome.ok).toBeGreaterThan(0);
    expect(outcome.gone).toBe(0);
  }, 90_000);

  it('past maxPairs: the error a single thread throws, at the same count, wherever the row falls', () => {
    const [, input] = programs[2];
    const total = JSON.parse(alone(input)).summary.pairs.scored as number;
    const message = (options: object) => {
      try {
        matchProgram(input, options);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return (error as Error).message;
      }
      return 'no error';
    };
    for (const maxPairs of [Math.floor(total / 10), Math.floor(total / 2), total - 1, total - 60]) {
      const expected = message({ limits: { maxPairs } });
      expect(expected).toMatch(/maxPairs/);
      for (const size of [1, 3]) expect(message({ limits: { maxPairs }, threads: inThread(size) })).toBe(expected);
      expect(message({ limits: { maxPairs }, threads: workers })).toBe(expected);
    }
  });

  it('the helpers read the people a part at a time, in order; a helper missing a part scores nothing and its shares are done here: the same result', () => {
    // 4,500 mentees: two parts of them (4,096 a part), after the mentors' one.
    const input = sampleProgram({ mode: 'micro', mentors: 30, mentees: 4500, topics: 16, seed: 3 });
    const expected = alone(input);
    const threads = inThread(1);
    expect(JSON.stringify(matchProgram(input, { threads }))).toBe(expected);
    const parts = threads.kinds.filter((kind) => kind === 'people');
    expect(parts).toHaveLength(3);
    // Both of its shares (pairs, scores) done by the helper.
    const replies: unknown[] = [];
    const watched = inThread(1, (_k, _n, reply) => {
      replies.push(reply);
      return reply;
    });
    expect(JSON.stringify(matchProgram(input, { threads: watched }))).toBe(expected);
    expect(replies.slice(0, 2)).toMatchObject([{ ok: true }, { ok: true }]);
    // The second part of the mentees lost on the way: the helper holds no programme, and says so.
    for (const lost of [0, 1, 2]) {
      const failures: unknown[] = [];
      const lossy = inThread(1, (_k, _n, reply) => {
        if ((reply as { ok?: boolean }).ok === false) failures.push(reply);
        return reply;
      });
      const send = lossy.send;
      let part = 0;
      lossy.send = (k, task) => {
        if ((task as { kind: string }).kind === 'people' && part++ === lost) return;
        send(k, task);
      };
      expect(JSON.stringify(matchProgram(input, { threads: lossy }))).toBe(expected);
      expect(failures[0]).toMatchObject({ ok: false, error: 'no programme' });
    }
  });

  it('a call stopped while it indexes the programme tells the helpers to let theirs go', async () => {
    const [, input] = programs[2];
    const threads = inThread(1);
    const controller = new AbortController();
    // Aborted as the programme goes out: the first check point of the scoring's set-up stops it.
    const send = threads.send;
    threads.send = (k, task) => {
      send(k, task);
      if ((task as { kind: string }).kind === 'programme') controller.abort();
    };
    await expect(matchProgramAsync(input, { threads, signal: controller.signal })).rejects.toMatchObject({
      code: 'ABORTED',
    });
    // (Its people and topic arrays go out before that check point.)
    expect(threads.kinds).toEqual(['programme', 'people', 'people', 'levels', 'drop']);
  });

  it('the async form and rematch take them too', async () => {
    const [, input] = programs[1];
    const threads = inThread(2);
    const async = await matchProgramAsync(input, { threads });
    expect(JSON.stringify(async)).toBe(alone(input));
    const previous = matchProgram(input);
    const changes = { removeMentors: [input.mentors[0]?.id as string] };
    expect(JSON.stringify(rematch(input, previous, changes, { threads }))).toBe(
      JSON.stringify(rematch(input, previous, changes)),
    );
  });

  it('a bad threads option or workerThreads option is a typed error naming it', () => {
    const [, input] = programs[0];
    expect(() => matchProgram(input, { threads: { size: 1 } as never })).toThrow(/options\.threads/);
    expect(() => workerThreads({ size: -1 })).toThrow(/size/);
    expect(() => workerThreads({ size: 1.5 })).toThrow(/size/);
    expect(() => workerThreads({ resourceLimits: 48 as never })).toThrow(/options\.resourceLimits must be an object/);
    expect(() => workerThreads({ resourceLimits: { maxOldGenerationSizeMb: 0 } })).toThrow(
      /options\.resourceLimits\.maxOldGenerationSizeMb must be a finite number ≥ 1, got 0/,
    );
    expect(() => workerThreads({ resourceLimits: { maxOldSpaceSizeMb: 64 } as never })).toThrow(
      /options\.resourceLimits must be one of .*"maxOldGenerationSizeMb".*, got "maxOldSpaceSizeMb"/,
    );
  });
});
