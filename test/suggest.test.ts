/**
 * `suggest` and `suggestAll`: worked cases, bad input, and properties on fast-check programmes of
 * both modes (fixed seed; up to 5 mentors, 5 mentees, 12 demand rows, locked pairs, hours budgets,
 * every hard rule; test/helpers/matchProgramArbitrary.ts), with `k` in 1..4 and `exposure` 1..2:
 *
 * - never a forbidden pair; each proposal's score and explanation are the table's;
 * - never over-promised: across the cohort a mentor is proposed (outside locked requests) at most
 *   `floor(places × exposure)` times, its places counted here from the raw programme (capacity
 *   minus locks, and for an hours budget, what is left over the shortest free request's hours);
 * - best first; never the same mentor twice to one mentee where the matching forbids it;
 * - as full as places allow: a shortlist with `missing > 0` has every other allowed mentor full;
 * - with `k = 1`, the rows served are as many as `matchProgram`'s `coverage` objective pairs
 *   (no hours budgets: the same constraints);
 * - with room for everyone (classic), each shortlist is the mentee's `k` best allowed mentors;
 * - deterministic, and `suggest` agrees with `suggestAll`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  matchProgram,
  parseProgram,
  type ScoreTable,
  type Suggestions,
  scoreProgram,
  suggest,
  suggestAll,
} from '../src/index.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

console.info(`fast-check seed for suggest properties: ${FC_SEED}`);

const programs = matchProgramArbitrary({ maxMentors: 5, maxMentees: 5, maxRows: 12 });
const settings = fc.record({ k: fc.integer({ min: 1, max: 4 }), exposure: fc.constantFrom(1, 1.5, 2) });

/** The demand rows of the table for each mentee's shortlists, in the same order. */
function rowsOf(table: ScoreTable, mentee: number): number[] {
  const rows: number[] = [];
  table.rows.forEach((row, r) => {
    if (row.mentee === mentee) rows.push(r);
  });
  return rows;
}

/** Each mentor's places as counted from the raw programme (see the file comment). */
function placesOf(input: ProgramJson, table: ScoreTable, exposure: number): number[] {
  const program = parseProgram(input);
  const locks = program.rules.lockedPairs;
  const freeHours: number[] = [];
  table.rows.forEach((row, r) => {
    const lockedHere = locks.some(
      (p) => p.mentee === row.menteeId && (program.mode === 'classic' || p.topic === row.topic),
    );
    if (!lockedHere && table.rows[r]?.hours !== undefined) freeHours.push(row.hours);
  });
  const positive = freeHours.filter((h) => h > 0);
  const shortest = positive.length === 0 ? null : Math.min(...positive);
  return program.mentors.map((m) => {
    const mine = locks.filter((p) => p.mentor === m.id);
    let hoursUsed = 0;
    for (const p of mine) {
      const row = table.rows.find(
        (x) => x.menteeId === p.mentee && (program.mode === 'classic' || x.topic === p.topic),
      );
      hoursUsed += row?.hours ?? 0;
    }
    let places = m.capacity - mine.length;
    if (m.hoursBudget !== undefined && shortest !== null) {
      places = Math.min(places, Math.floor((m.hoursBudget - hoursUsed) / shortest + 1e-9));
    }
    return Math.floor(places * exposure + 1e-9);
  });
}

function check(input: ProgramJson, k: number, exposure: number): void {
  const program = parseProgram(input);
  const table = scoreProgram(program);
  const cols = table.mentorIds.length;
  const all = suggestAll(input, k, { exposure });
  expect(all.map((s) => s.mentee)).toEqual(program.mentees.map((m) => m.id));
  const proposed = new Array<number>(cols).fill(0);
  const places = placesOf(input, table, exposure);
  const separate = program.mode === 'micro' && !program.rules.repeatMentor;
  all.forEach((s, e) => {
    const rows = rowsOf(table, e);
    expect(s.requests).toHaveLength(rows.length);
    const seen = new Set<string>();
    s.requests.forEach((list, q) => {
      const r = rows[q] as number;
      expect(list.topic).toBe(table.rows[r]?.topic);
      const ids = list.mentors.map((m) => m.mentor);
      expect(new Set(ids).size).toBe(ids.length);
      let previous = Number.POSITIVE_INFINITY;
      for (const m of list.mentors) {
        const j = table.mentorIds.indexOf(m.mentor);
        const score = table.scores.data[r * cols + j] as number;
        expect(score).toBeGreaterThan(Number.NEGATIVE_INFINITY);
        expect(m.score).toBe(score);
        expect(m.explanation).toEqual(table.explain(r, j));
        expect(m.score).toBeLessThanOrEqual(previous);
        previous = m.score;
        if (separate) {
          expect(seen.has(m.mentor)).toBe(false);
          seen.add(m.mentor);
        }
        if (!list.locked) proposed[j] = (proposed[j] as number) + 1;
      }
      if (list.locked) expect(list.mentors).toHaveLength(1);
      else expect(list.missing).toBe(k - list.mentors.length);
    });
  });
  proposed.forEach((count, j) => {
    expect(count).toBeLessThanOrEqual(Math.max(0, places[j] as number));
  });
  // Maximality, now that the counts are known.
  all.forEach((s, e) => {
    const rows = rowsOf(table, e);
    s.requests.forEach((list, q) => {
      if (list.locked || list.missing === 0) return;
      const r = rows[q] as number;
      for (let j = 0; j < cols; j++) {
        const id = table.mentorIds[j] as string;
        if ((table.scores.data[r * cols + j] as number) === Number.NEGATIVE_INFINITY) continue;
        if (list.mentors.some((m) => m.mentor === id)) continue;
        if (separate && s.requests.some((other) => other.mentors.some((m) => m.mentor === id))) continue;
        expect({ mentor: id, left: Math.max(0, places[j] as number) - (proposed[j] as number) }).toEqual({
          mentor: id,
          left: 0,
        });
      }
    });
  });
}

describe('suggest', () => {
  const program = {
    mode: 'classic',
    topics: [{ id: 'sales' }],
    mentors: [
      { id: 'ana', skills: [{ topic: 'sales', level: 5 }], capacity: 5 },
      { id: 'ben', skills: [{ topic: 'sales', level: 3 }], capacity: 5 },
      { id: 'cy', skills: [{ topic: 'sales', level: 4 }], capacity: 5 },
      { id: 'dee', skills: [{ topic: 'sales', level: 5 }], capacity: 5, department: 'ops' },
    ],
    mentees: [
      { id: 'eve', goals: [{ topic: 'sales' }], department: 'ops' },
      { id: 'fay', goals: [{ topic: 'sales' }], exclude: ['ana'] },
    ],
    rules: { sameDepartment: 'forbidden' },
  } as const;

  it('with room for all, gives the k best allowed mentors, best first', () => {
    const eve = suggest(program, 'eve', 2);
    expect(eve.mentee).toBe('eve');
    expect(eve.requests[0]?.mentors.map((m) => m.mentor)).toEqual(['ana', 'cy']);
    expect(eve.requests[0]?.missing).toBe(0);
    // fay excluded ana; dee is at level 5 too.
    expect(suggest(program, 'fay', 3).requests[0]?.mentors.map((m) => m.mentor)).toEqual(['dee', 'cy', 'ben']);
    // eve may not have dee (same department): three allowed mentors, so one place stays empty.
    expect(suggest(program, 'eve', 4).requests[0]?.missing).toBe(1);
  });

  it('never proposes a mentor to more people than its places', () => {
    const tight = { ...program, mentors: program.mentors.map((m) => ({ ...m, capacity: 1 })) };
    const all = suggestAll(tight, 4);
    const counts = new Map<string, number>();
    for (const s of all)
      for (const m of s.requests[0]?.mentors ?? []) counts.set(m.mentor, (counts.get(m.mentor) ?? 0) + 1);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    // Four places, two mentees: everyone's first proposal comes before anyone's second.
    expect(all.map((s) => s.requests[0]?.mentors.length)).toEqual([2, 2]);
    // Twice the exposure: every mentor may be shown to two people.
    const wide = suggestAll(tight, 4, { exposure: 2 });
    expect(wide.map((s) => s.requests[0]?.mentors.length)).toEqual([3, 3]);
  });

  it('lists the locked mentor alone for a locked request', () => {
    const locked = { ...program, rules: { ...program.rules, lockedPairs: [{ mentee: 'fay', mentor: 'ben' }] } };
    const fay = suggest(locked, 'fay', 3).requests[0];
    expect(fay?.locked).toBe(true);
    expect(fay?.mentors.map((m) => m.mentor)).toEqual(['ben']);
  });

  it('rejects an unknown mentee, a bad k and a bad exposure, naming the field and value', () => {
    const fail = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return error as InvalidInputError;
      }
      throw new Error('no error thrown');
    };
    const unknown = fail(() => suggest(program, 'zed', 3));
    expect(unknown.issues[0]?.path).toEqual(['menteeId']);
    expect(unknown.message).toMatch(/^suggest: .*"zed"/);
    for (const k of [0, 1.5, Number.NaN, '3']) {
      expect(fail(() => suggest(program, 'eve', k as number)).issues[0]?.path).toEqual(['k']);
    }
    for (const exposure of [0.5, Number.POSITIVE_INFINITY, '2']) {
      const error = fail(() => suggestAll(program, 2, { exposure: exposure as number }));
      expect(error.issues[0]?.path).toEqual(['options', 'exposure']);
      expect(error.message).toMatch(/^suggestAll: /);
    }
    // @ts-expect-error an unknown mode (the check at run time is what is tested)
    expect(fail(() => suggest({ ...program, mode: 'mega' }, 'eve', 1)).message).toMatch(/^suggest: /);
  });

  it(`answers junk arguments with shortlists or an InvalidInputError, never a crash (seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('eve', 'fay'), fc.anything()),
        fc.anything(),
        fc.anything(),
        (id, k, options) => {
          try {
            const result = suggest(program, id as string, k as number, options as { exposure?: number });
            expect(result.mentee).toBe(id);
          } catch (error) {
            if (!(error instanceof InvalidInputError)) throw error;
            expect(error.message).toMatch(/^suggest: /);
          }
        },
      ),
      fcOptions(1000),
    );
  });

  it(`holds its properties on generated programmes (seed ${FC_SEED})`, () => {
    fc.assert(
      fc.property(programs, settings, (input, { k, exposure }) => check(input, k, exposure)),
      fcOptions(300),
    );
  });

  it('with k = 1 serves as many rows as the coverage objective matches (no hours budgets)', () => {
    const unbudgeted = programs.map((input) => ({
      ...input,
      mentors: input.mentors.map(({ hoursBudget: _drop, ...m }) => m),
    }));
    fc.assert(
      fc.property(unbudgeted, (input) => {
        const served = suggestAll(input, 1)
          .flatMap((s) => s.requests)
          .filter((list) => list.mentors.length > 0).length;
        expect(served).toBe(matchProgram(input, { objective: 'coverage' }).summary.matched);
      }),
      fcOptions(300),
    );
  });

  it('with room for everyone, classic shortlists are each mentee’s k best allowed mentors', () => {
    const roomy = programArbitraryClassic().map((input) => ({
      ...input,
      mentors: input.mentors.map(({ hoursBudget: _drop, ...m }) => ({ ...m, capacity: 100 })),
    }));
    fc.assert(
      fc.property(roomy, fc.integer({ min: 1, max: 4 }), (input, k) => {
        const table = scoreProgram(parseProgram(input));
        const cols = table.mentorIds.length;
        const all = suggestAll(input, k);
        table.rows.forEach((row, r) => {
          const list = all[row.mentee]?.requests[0];
          if (list?.locked) return;
          // The k best scores (which of several mentors tied at a score is proposed is the solver's choice).
          const best = table.mentorIds
            .map((_, j) => table.scores.data[r * cols + j] as number)
            .filter((score) => score > Number.NEGATIVE_INFINITY)
            .sort((a, b) => b - a)
            .slice(0, k);
          expect(list?.mentors.map((m) => m.score)).toEqual(best);
        });
      }),
      fcOptions(200),
    );
  });

  it('is deterministic, and suggest agrees with suggestAll', () => {
    fc.assert(
      fc.property(programs, settings, (input, { k, exposure }) => {
        const text = JSON.stringify(input);
        const all = suggestAll(input, k, { exposure });
        expect(JSON.stringify(suggestAll(text, k, { exposure }))).toBe(JSON.stringify(all));
        expect(JSON.stringify(input)).toBe(text);
        const first = all[0] as Suggestions | undefined;
        if (first !== undefined) {
          expect(JSON.stringify(suggest(input, first.mentee, k, { exposure }))).toBe(JSON.stringify(first));
        }
      }),
      fcOptions(100),
    );
  });
});

function programArbitraryClassic() {
  return matchProgramArbitrary({ mode: 'classic', maxMentors: 5, maxMentees: 5, maxRows: 12 });
}
