/**
 * `sampleProgram`'s `history` option and `mentormatch sample --history`: earlier cycles drawn so
 * that `repeatPairs`, `novelty` and `rotation` have something to read, without changing the rest
 * of the programme.
 */
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { InvalidInputError, matchProgram, parseProgram, programWarnings } from '../src/index.js';
import { runCli } from './helpers/cliRun.js';

const MICRO = { mode: 'micro', mentors: 30, mentees: 90, seed: 5 } as const;
const CLASSIC = { mode: 'classic', mentors: 20, mentees: 60, seed: 5 } as const;

describe('sampleProgram: history', () => {
  it('is the same programme as without it, plus its history and asOf', () => {
    for (const options of [MICRO, CLASSIC]) {
      const plain = sampleProgram(options);
      const { history, asOf, ...rest } = sampleProgram({ ...options, history: 6 });
      expect(rest).toEqual(plain);
      expect(history?.length).toBeGreaterThan(0);
      expect(asOf).toBe(options.mode === 'micro' ? '2026-04-01' : '2025-09-01');
      expect(plain.history).toBeUndefined();
      expect(sampleProgram({ ...options, history: 0 })).toEqual(plain);
    }
  });

  it('draws monthly (micro) or yearly (classic) cycles before asOf, oldest first', () => {
    const micro = sampleProgram({ ...MICRO, history: 14 });
    const months = [...new Set(micro.history?.map((h) => h.date))];
    expect(months[0]).toBe('2025-02-01');
    expect(months.at(-1)).toBe('2026-03-01');
    expect(months).toEqual([...months].sort());
    expect(months.length).toBe(14);
    const classic = sampleProgram({ ...CLASSIC, history: 3 });
    const years = [...new Set(classic.history?.map((h) => h.date))];
    expect(years.every((d) => /^20(22|23|24)-09-01$/.test(d))).toBe(true);
    expect(classic.history?.every((h) => h.topic === undefined)).toBe(true);
  });

  it('pairs people of the programme, with a mentor who masters the topic, within capacities per cycle', () => {
    for (const options of [MICRO, CLASSIC]) {
      const p = sampleProgram({ ...options, history: 8 });
      const mentors = new Map(p.mentors.map((m) => [m.id, m]));
      const mentees = new Map(p.mentees.map((e) => [e.id, e]));
      const load = new Map<string, number>();
      for (const h of p.history ?? []) {
        const mentor = mentors.get(h.mentor);
        const mentee = mentees.get(h.mentee);
        expect(mentor).toBeDefined();
        expect(mentee).toBeDefined();
        const topics = options.mode === 'micro' ? [h.topic] : (mentee?.goals ?? []).map((g) => g.topic);
        expect(mentor?.skills.some((s) => topics.includes(s.topic) && s.level >= 3)).toBe(true);
        const key = `${h.date} ${h.mentor}`;
        load.set(key, (load.get(key) ?? 0) + 1);
        expect(load.get(key)).toBeLessThanOrEqual(mentor?.capacity ?? 1);
      }
      const program = parseProgram(p);
      expect(program.history.length).toBe(p.history?.length);
      expect(programWarnings(program).filter((w) => w.code === 'unknownHistoryId')).toEqual([]);
    }
  });

  it('gives repeatPairs something to rule out: with forbidden, no pair of the window comes back', () => {
    const p = sampleProgram({ ...MICRO, history: 12 });
    const avoided = matchProgram(p);
    const forbidden = matchProgram({ ...p, rules: { ...p.rules, repeatPairs: 'forbidden' } });
    const recent = new Set((p.history ?? []).map((h) => `${h.mentee} ${h.mentor} ${h.topic}`));
    const repeats = (r: typeof avoided) =>
      r.matches.filter((m) => recent.has(`${m.mentee} ${m.mentor} ${m.topic}`)).length;
    expect(repeats(forbidden)).toBe(0);
    // The history is dense enough that the unconstrained optimum would repeat some pairs.
    const allowed = matchProgram({ ...p, rules: { ...p.rules, repeatPairs: 'allowed' } });
    expect(repeats(allowed)).toBeGreaterThan(0);
    expect(repeats(avoided)).toBeLessThanOrEqual(repeats(allowed));
  });

  it('rejects a history out of 0..120 or not an integer, naming the option', () => {
    for (const [history, code] of [
      [-1, 'too_small'],
      [121, 'too_big'],
      [2.5, 'invalid_type'],
      [Number.NaN, 'invalid_type'],
    ] as const) {
      let caught: unknown;
      try {
        sampleProgram({ ...MICRO, history });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidInputError);
      const issue = (caught as InvalidInputError).issues[0];
      expect([issue?.path, issue?.code]).toEqual([['history'], code]);
    }
  });
});

describe('mentormatch sample --history', () => {
  it('writes the programme with its history, the same as sampleProgram', () => {
    const args = ['sample', '--mode', 'micro', '--mentors', '30', '--mentees', '90', '--seed', '5'];
    const run = runCli([...args, '--history', '4']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(sampleProgram({ ...MICRO, history: 4 }));
    expect(runCli([...args, '--history', '0']).stdout).toBe(runCli(args).stdout);
  });

  it('rejects --history out of range', () => {
    const run = runCli(['sample', '--mode', 'micro', '--mentors', '3', '--mentees', '3', '--history', '200']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--history');
  });
});
