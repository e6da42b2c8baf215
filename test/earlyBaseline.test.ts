/**
 * The baseline's audit on the helper during the solve (`sendBaseline`): at scale the search masks
 * the locked rows' pairs, and their mentors for their mentees' other requests, in the shared table
 * while it runs, and the helper reads the table meanwhile. The baseline and its blocking pairs are
 * the same as the calling thread finds alone on the table as it is (restored): on sample programmes
 * of both modes with several locked pairs (some of a matching's pairs), the table masked while the
 * helper audits the baseline (helpers run in this thread, each task as it is sent). An early
 * baseline that fails, or that this thread stops (the call's time up), is found again: on this
 * thread, or by the helper with the audits.
 */
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { matchProgram, parseProgram } from '../src/index.js';
import { greedyMatching } from '../src/match/greedy.js';
import { auditsSteps, keptHelper, letGo, sendAudits, sendBaseline } from '../src/match/helperTasks.js';
import { freeProblem, prepare } from '../src/match/prepare.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { scoreSteps } from '../src/score/scoreProgram.js';
import { drain } from '../src/solve/internal/clock.js';
import { inThread } from './helpers/inThread.js';

/** `input` with every `every`-th pair of its matching locked. */
function withLocks(input: ReturnType<typeof sampleProgram>, every: number) {
  const { matches } = matchProgram(input);
  const locks = matches
    .filter((_, k) => k % every === 0)
    .map((m) => ({ mentee: m.mentee, mentor: m.mentor, ...(m.topic === undefined ? {} : { topic: m.topic }) }));
  return { ...input, rules: { ...input.rules, lockedPairs: locks } };
}

const programs = [
  ['micro', withLocks(sampleProgram({ mode: 'micro', mentors: 40, mentees: 200, topics: 20, seed: 3 }), 5)],
  ['micro 2', withLocks(sampleProgram({ mode: 'micro', mentors: 30, mentees: 150, topics: 16, seed: 8 }), 3)],
  ['classic', withLocks(sampleProgram({ mode: 'classic', mentors: 40, mentees: 300, topics: 20, seed: 4 }), 4)],
] as const;

describe('the baseline audited on the helper while the search masks the table', () => {
  it.each(programs)('%s: the same baseline, count and blocking pairs as the calling thread alone finds', (_, input) => {
    const program = canonicalProgram(parseProgram(input));
    const threads = inThread(1);
    const kept: { job: number | null } = { job: null };
    const table = drain(scoreSteps(program, false, undefined, threads, kept));
    expect(kept.job).not.toBeNull();
    const helper = keptHelper(threads, kept.job as number, table.mentorIds.length);
    const prepared = prepare(program, table, 'test');
    // Masked as the search at scale masks it, while the helper audits the baseline.
    const free = freeProblem(prepared, true);
    expect(free.out).toBeGreaterThan(program.rules.lockedPairs.length);
    sendBaseline(helper, prepared);
    free.restore();
    const assigned = greedyMatching(prepared).map((j, r) =>
      r % 7 === 0 && (prepared.locked[r] as number) < 0 ? -1 : j,
    );
    const sent = sendAudits(helper, table, 'test', assigned);
    expect(sent).toBe(true);
    const shared = drain(auditsSteps(prepared, assigned, helper, sent));
    letGo(helper);
    expect(threads.kinds).toContain('baseline');
    expect(helper.early).toMatchObject({ sent: true, done: true });
    expect(helper.early.baseline).not.toBeNull();
    const alone = drain(auditsSteps(prepared, assigned, null, false));
    expect(shared.greedyBlocking).toBe(alone.greedyBlocking);
    expect([...shared.greedy]).toEqual([...alone.greedy]);
    expect([...shared.blocking]).toEqual([...alone.blocking]);
    expect(alone.greedyBlocking).toBeGreaterThan(0);
  });

  it('an early baseline that fails on the helper: found on this thread, the matching’s audit still shared, the same figures', () => {
    const [, input] = programs[1];
    const program = canonicalProgram(parseProgram(input));
    const threads = inThread(1, (_k, _n, reply) =>
      (reply as { kind?: string }).kind === 'baseline' ? { ...(reply as object), ok: false, error: 'failed' } : reply,
    );
    const kept: { job: number | null } = { job: null };
    const table = drain(scoreSteps(program, false, undefined, threads, kept));
    const helper = keptHelper(threads, kept.job as number, table.mentorIds.length);
    const prepared = prepare(program, table, 'test');
    sendBaseline(helper, prepared);
    const assigned = greedyMatching(prepared);
    const sent = sendAudits(helper, table, 'test', assigned);
    const shared = drain(auditsSteps(prepared, assigned, helper, sent));
    letGo(helper);
    expect(helper.early).toMatchObject({ sent: true, done: true, baseline: null, stopped: false });
    const alone = drain(auditsSteps(prepared, assigned, null, false));
    expect(shared.greedyBlocking).toBe(alone.greedyBlocking);
    expect([...shared.greedy]).toEqual([...alone.greedy]);
    expect([...shared.blocking]).toEqual([...alone.blocking]);
  });

  it('an early baseline stopped (the call’s time up while waiting for the helper): the audits find it again, the same figures', () => {
    const [, input] = programs[0];
    const program = canonicalProgram(parseProgram(input));
    const replies: unknown[] = [];
    const threads = inThread(1, (_k, _n, reply) => {
      replies.push(reply);
      return reply;
    });
    const kept: { job: number | null } = { job: null };
    const table = drain(scoreSteps(program, false, undefined, threads, kept));
    const helper = keptHelper(threads, kept.job as number, table.mentorIds.length);
    const prepared = prepare(program, table, 'test');
    // Stopped as `nextReply` stops it: the flag raised, and marked as raised here.
    helper.early.stopped = true;
    Atomics.store(helper.early.stop, 0, 1);
    sendBaseline(helper, prepared);
    const assigned = greedyMatching(prepared);
    const sent = sendAudits(helper, table, 'test', assigned);
    const shared = drain(auditsSteps(prepared, assigned, helper, sent));
    letGo(helper);
    expect(threads.kinds).toEqual([
      'programme',
      'people',
      'people',
      'levels',
      'pairs',
      'scores',
      'baseline',
      'audits',
      'drop',
    ]);
    expect(helper.early).toMatchObject({ done: true, baseline: null });
    // The helper's audits found the baseline again (not this thread).
    expect(replies.at(-1)).toMatchObject({ ok: true, greedyBlocking: expect.any(Number) });
    const alone = drain(auditsSteps(prepared, assigned, null, false));
    expect(shared.greedyBlocking).toBe(alone.greedyBlocking);
    expect([...shared.greedy]).toEqual([...alone.greedy]);
    expect([...shared.blocking]).toEqual([...alone.blocking]);
  });
});
