/**
 * Meetings at the command line and from spreadsheets: `mentormatch sample --meetings` (the same
 * programme where meetings are not concerned, meetings stated, budgets kept by the matching),
 * `programFromTables`' `weekly_minutes` column and `cycleWeeks` option, `mentormatch import
 * --cycle-weeks`.
 */
import { describe, expect, it } from 'vitest';
import { HELP } from '../src/cli/help.js';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { InvalidInputError, matchProgram, parseProgram, programReport } from '../src/index.js';
import { programFromTables, type TableRow } from '../src/tables.js';
import { runCli } from './helpers/cliRun.js';

describe('mentormatch sample --meetings', () => {
  const STRIPPED = new Set(['hours', 'hoursBudget', 'sessions', 'sessionMinutes', 'weeklyMinutes', 'cycle']);
  const strip = (value: unknown) => JSON.stringify(value, (key, v) => (STRIPPED.has(key) ? undefined : v));

  for (const mode of ['micro', 'classic'] as const) {
    it(`${mode}: the same programme where meetings are not concerned; meetings stated, budgets kept by the matching`, () => {
      const options = { mode, mentors: 30, mentees: 90, seed: 7 };
      const plain = sampleProgram(options);
      const meetings = sampleProgram({ ...options, meetings: true });
      expect(JSON.stringify(sampleProgram({ ...options, meetings: false }))).toBe(JSON.stringify(plain));
      expect(strip(meetings)).toBe(strip(plain));
      expect(meetings.cycle).toEqual({ start: '2026-03-02', weeks: mode === 'micro' ? 6 : 26 });
      const program = parseProgram(meetings);
      const stated =
        mode === 'micro'
          ? program.mentees.flatMap((e) => e.requests).filter((r) => r.sessions !== undefined).length
          : program.mentees.flatMap((e) => e.goals).filter((g) => g.sessions !== undefined).length;
      expect(stated).toBeGreaterThan(30);
      if (mode === 'micro') expect(program.mentors.every((m) => m.weeklyMinutes !== undefined)).toBe(true);
      const result = matchProgram(program);
      for (const load of result.summary.mentorLoad) {
        const raw = meetings.mentors.find((m) => m.id === load.mentor);
        if (raw?.weeklyMinutes === undefined) continue;
        const budget = Math.min(raw.hoursBudget ?? Number.POSITIVE_INFINITY, (raw.weeklyMinutes * 6) / 60);
        expect(load.hoursBudget).toBe(budget);
        expect(load.hours ?? 0).toBeLessThanOrEqual(budget + 1e-9);
      }
      expect(programReport(program).meetings?.topics.some((t) => t.sessions > 0)).toBe(true);
    });
  }

  it('the command line passes --meetings on; its help says so', () => {
    const args = ['sample', '--mode', 'micro', '--mentors', '20', '--mentees', '40', '--seed', '3'];
    const run = runCli([...args, '--meetings']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(
      sampleProgram({ mode: 'micro', mentors: 20, mentees: 40, seed: 3, meetings: true }),
    );
    expect(JSON.parse(runCli(args).stdout)).not.toHaveProperty('cycle');
    expect(HELP.sample).toContain('--meetings');
    const weeks = runCli([...args, '--meetings', '--cycle-weeks', '3']);
    expect(JSON.parse(weeks.stdout)).toEqual(
      sampleProgram({ mode: 'micro', mentors: 20, mentees: 40, seed: 3, meetings: true, cycleWeeks: 3 }),
    );
    expect(JSON.parse(weeks.stdout).cycle).toEqual({ start: '2026-03-02', weeks: 3 });
    expect(runCli([...args, '--cycle-weeks', '3']).code).toBe(2);
    expect(runCli([...args, '--meetings', '--cycle-weeks', '0']).code).toBe(2);
  });

  it('the locked pair still fits, however short the cycle (weeks 1 to 3, seeds 1 to 8)', () => {
    for (let seed = 1; seed <= 8; seed++)
      for (let cycleWeeks = 1; cycleWeeks <= 3; cycleWeeks++) {
        const input = sampleProgram({ mode: 'micro', mentors: 15, mentees: 40, seed, meetings: true, cycleWeeks });
        const lock = input.rules?.lockedPairs?.[0];
        const result = matchProgram(input);
        if (lock !== undefined)
          expect(result.matches.some((m) => m.mentee === lock.mentee && m.mentor === lock.mentor && m.locked)).toBe(
            true,
          );
      }
  });
});

describe('meetings from spreadsheets: weekly_minutes and the cycle length', () => {
  const mentors: TableRow[] = [
    { id: 'ana', skills: 't:4', 'Weekly Minutes': '45' },
    { id: 'ben', skills: 't:4', 'Weekly Minutes': '60', hours_budget: '3' },
  ];
  const mentees: TableRow[] = [{ id: 'bo', requests: 't:3' }];

  it('programFromTables: weekly_minutes read, cycleWeeks the cycle; the budgets follow', () => {
    const json = programFromTables({ mentors, mentees }, { mode: 'micro', cycleWeeks: 8, startDate: '2026-03-02' });
    expect(json.cycle).toEqual({ weeks: 8 });
    expect(json.mentors.map((m) => [m.weeklyMinutes, m.hoursBudget])).toEqual([
      [45, undefined],
      [60, 3],
    ]);
    const program = parseProgram(json);
    expect(program.mentors.map((m) => m.hoursBudget)).toEqual([6, 3]);
    expect(program.cycle).toEqual({ start: '2026-03-02', weeks: 8 });
  });

  it('programFromTables: weekly_minutes in classic mode, or not a number ≥ 0, is reported on its cell', () => {
    const error = (rows: TableRow[], mode: 'micro' | 'classic') => {
      try {
        programFromTables({ mentors: rows, mentees: [] }, { mode, cycleWeeks: 4 });
      } catch (e) {
        if (e instanceof InvalidInputError) return e.issues.map((i) => [i.code, i.params]);
        throw e;
      }
      throw new Error('no error');
    };
    expect(error([{ id: 'ana', weekly_minutes: '30' }], 'classic')).toEqual([
      ['wrong_mode', expect.objectContaining({ what: 'weeklyMinutes' })],
    ]);
    expect(error([{ id: 'ana', weekly_minutes: '-5' }], 'micro')).toEqual([
      ['invalid_type', expect.objectContaining({ found: '-5' })],
    ]);
  });

  it('mentormatch import --cycle-weeks; without it, weekly_minutes is named as needing the cycle', () => {
    const files = {
      'mentors.csv': 'id,skills,weekly_minutes\nana,t:4,45\n',
      'mentees.csv': 'id,requests\nbo,t:3\n',
    };
    const args = ['import', '--mentors', 'mentors.csv', '--mentees', 'mentees.csv', '--mode', 'micro'];
    const run = runCli([...args, '--cycle-weeks', '8'], files);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ cycle: { weeks: 8 }, mentors: [{ id: 'ana', weeklyMinutes: 45 }] });
    const without = runCli(args, files);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('mentors.csv:2: ');
    expect(without.stderr).toContain("weeklyMinutes needs the programme's cycle");
    expect(runCli([...args, '--cycle-weeks', '0'], files).code).toBe(2);
  });
});
