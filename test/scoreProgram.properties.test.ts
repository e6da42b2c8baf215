/**
 * Properties of `scoreProgram` on small random programmes of both modes (test/helpers/programArbitrary.ts,
 * fixed fast-check seed): every score is in [0, 1] or -Infinity, never NaN; a pair is -Infinity
 * exactly when its explanation lists a rule, and an allowed pair's contributions add up to its
 * score (1e-12); two mentors identical but for their id score alike in every row, and so do two
 * identical mentees' rows; raising a mentor's level on a topic never lowers any of their scores nor
 * forbids an allowed pair (micro); permuting the mentors permutes the columns, nothing else; the
 * mentor-side scores (`mentorScores()`) are, bit for bit, the scores of the programme with the
 * `preference` weight at 0, and stay so whatever list any mentee gives; `allowed` lists exactly
 * the finite entries, row by row.
 *
 * The symmetric twins are built on purpose, since ids break symmetry: a mentee's preference list
 * ranks one of two twins above the other (so the twin mentor is ranked by nobody), an exclusion,
 * a forbidden pair or a manager id names one of them (so each is given to the twin too, or dropped),
 * and the `self` rule applies to the one whose id a mentee bears (so mentee ids never meet mentor ids).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Program, parseProgram, type ScoreTable, scoreProgram } from '../src/index.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { fcOptions } from './helpers/fastCheck.js';
import { type ProgramJson, programArbitrary } from './helpers/programArbitrary.js';

function score(input: ProgramJson): ScoreTable {
  return scoreProgram(parseProgram(input));
}

/** Entry (r, c) of the table. */
function at(table: ScoreTable, r: number, c: number): number {
  return table.scores.data[r * table.scores.cols + c] as number;
}

const anyProgram = programArbitrary({ minMentors: 1, minMentees: 1 });
/** Mentee and mentor ids never meet: the twins below need it. */
const noSelf = programArbitrary({ allowSelf: false, minMentors: 1, minMentees: 1 });

describe('scoreProgram properties (fast-check)', () => {
  it('allowed lists, row by row and ascending, exactly the finite entries of the scores (with and without the mentor side)', () => {
    fc.assert(
      fc.property(anyProgram, fc.boolean(), (input, side) => {
        const table = scoreTable(parseProgram(input), side);
        const { rows, cols, data } = table.scores;
        const { start, cols: allowed } = table.allowed;
        expect(start.length).toBe(rows + 1);
        expect(start[0]).toBe(0);
        expect(start[rows]).toBe(allowed.length);
        for (let r = 0; r < rows; r++) {
          const finite: number[] = [];
          for (let c = 0; c < cols; c++) if ((data[r * cols + c] as number) > Number.NEGATIVE_INFINITY) finite.push(c);
          expect([...allowed.subarray(start[r], start[r + 1])]).toEqual(finite);
        }
      }),
      fcOptions(300),
    );
  });

  it('every score is in [0, 1] or -Infinity, never NaN; a pair is -Infinity iff its explanation lists a rule; allowed pairs add up, bit for bit', () => {
    fc.assert(
      fc.property(anyProgram, (input) => {
        const table = score(input);
        const { rows, cols, data } = table.scores;
        expect(rows).toBe(table.rows.length);
        expect(cols).toBe(input.mentors.length);
        expect(data.length).toBe(rows * cols);
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            const x = at(table, r, c);
            expect(x === Number.NEGATIVE_INFINITY || (x >= 0 && x <= 1), `${x}`).toBe(true);
            const ex = table.explain(r, c);
            expect(ex.score).toBe(x);
            expect(ex.rules.length > 0).toBe(x === Number.NEGATIVE_INFINITY);
            expect(ex.forbidden).toBe(x === Number.NEGATIVE_INFINITY);
            if (ex.forbidden) continue;
            // Added up in the criteria's order, capped at 1: the score, bit for bit.
            const total = ex.criteria.reduce((s, p) => s + p.contribution, 0);
            expect(Object.is(Math.min(1, total), x), `${total} against ${x}`).toBe(true);
            if (ex.criteria.length > 0)
              expect(Math.abs(ex.criteria.reduce((s, p) => s + p.weight, 0) - 1)).toBeLessThanOrEqual(1e-12);
          }
        }
      }),
      fcOptions(120),
    );
  });

  it('two mentors identical but for their id get equal scores in every row', () => {
    fc.assert(
      fc.property(noSelf, fc.nat(), (input, pick) => {
        const k = pick % input.mentors.length;
        const original = input.mentors[k] as ProgramJson['mentors'][number];
        const id = original.id;
        const twin = 'twin';
        const p = structuredClone(input);
        p.mentors.push({ ...structuredClone(original), id: twin });
        for (const e of p.mentees) {
          // A ranking tells the twins apart: leave both out of it. An exclusion names both.
          if (e.preferences) e.preferences = e.preferences.filter((m) => m !== id);
          if (e.exclude?.includes(id)) e.exclude.push(twin);
          if (e.managerId === id) delete e.managerId;
        }
        const rules = p.rules;
        if (rules?.forbiddenPairs)
          for (const pair of [...rules.forbiddenPairs])
            if (pair.mentor === id) rules.forbiddenPairs.push({ ...pair, mentor: twin });
        const table = score(p);
        const t = p.mentors.length - 1;
        for (let r = 0; r < table.rows.length; r++) expect(at(table, r, t), `row ${r}`).toBe(at(table, r, k));
      }),
      fcOptions(120),
    );
  });

  it("two identical mentees' rows are equal, entry by entry", () => {
    fc.assert(
      fc.property(noSelf, fc.nat(), (input, pick) => {
        const k = pick % input.mentees.length;
        const original = input.mentees[k] as ProgramJson['mentees'][number];
        const id = original.id;
        const twin = 'twin';
        const p = structuredClone(input);
        p.mentees.push({ ...structuredClone(original), id: twin });
        // A manager id naming one of them tells them apart: drop it.
        for (const m of p.mentors) if (m.managerId === id) delete m.managerId;
        const rules = p.rules;
        if (rules?.forbiddenPairs)
          for (const pair of [...rules.forbiddenPairs])
            if (pair.mentee === id) rules.forbiddenPairs.push({ ...pair, mentee: twin });
        const table = score(p);
        const mine = table.rows.flatMap((row, r) => (row.menteeId === id ? [r] : []));
        const theirs = table.rows.flatMap((row, r) => (row.menteeId === twin ? [r] : []));
        expect(theirs.length).toBe(mine.length);
        mine.forEach((r, q) => {
          const s = theirs[q] as number;
          expect(table.rows[s]?.topic).toBe(table.rows[r]?.topic);
          for (let c = 0; c < table.mentorIds.length; c++)
            expect(at(table, s, c), `rows ${r}, ${s}`).toBe(at(table, r, c));
        });
      }),
      fcOptions(120),
    );
  });

  it("raising a mentor's level on a requested topic never lowers any of their scores nor forbids an allowed pair (micro)", () => {
    const micro = programArbitrary({ mode: 'micro', minMentors: 1, minMentees: 1 });
    fc.assert(
      fc.property(micro, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 }), (input, pickRow, pickMentor, raise) => {
        const before = score(input);
        if (before.rows.length === 0) return;
        const row = before.rows[pickRow % before.rows.length];
        const topic = row?.topic as string;
        const m = pickMentor % input.mentors.length;
        const p = structuredClone(input);
        const mentor = p.mentors[m] as ProgramJson['mentors'][number];
        const skill = mentor.skills.find((s) => s.topic === topic);
        if (skill !== undefined) skill.level = Math.min(5, skill.level + raise);
        else mentor.skills.push({ topic, level: Math.min(5, raise) });
        const after = score(p);
        for (let r = 0; r < before.rows.length; r++) {
          const was = at(before, r, m);
          const now = at(after, r, m);
          expect(now, `row ${r}: ${was} → ${now}`).toBeGreaterThanOrEqual(was);
          if (was !== Number.NEGATIVE_INFINITY) expect(now).not.toBe(Number.NEGATIVE_INFINITY);
        }
        // Every other mentor's column is untouched.
        for (let r = 0; r < before.rows.length; r++)
          for (let c = 0; c < input.mentors.length; c++) if (c !== m) expect(at(after, r, c)).toBe(at(before, r, c));
      }),
      fcOptions(150),
    );
  });

  it('permuting the mentors permutes the columns and changes nothing else', () => {
    fc.assert(
      fc.property(
        anyProgram,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (input, keys) => {
          const n = input.mentors.length;
          const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
          const p = structuredClone(input);
          p.mentors = order.map((j) => structuredClone(input.mentors[j]) as ProgramJson['mentors'][number]);
          const before = score(input);
          const after = score(p);
          expect(after.mentorIds).toEqual(order.map((j) => before.mentorIds[j]));
          expect(after.rows).toEqual(before.rows);
          for (let r = 0; r < before.rows.length; r++)
            for (let c = 0; c < n; c++) expect(at(after, r, c)).toBe(at(before, r, order[c] as number));
        },
      ),
      fcOptions(120),
    );
  });

  it('mentorScores() are the scores without the preference weight, bit for bit, whatever any mentee lists', () => {
    const bytes = (data: Float64Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('hex');
    fc.assert(
      fc.property(anyProgram, fc.nat(), fc.array(fc.nat(), { maxLength: 5 }), (input, who, order) => {
        const program = parseProgram(input);
        const table = scoreProgram(program);
        const side = table.mentorScores();
        expect(table.mentorScores()).toBe(side);
        if (program.weights.preference === 0) expect(side).toBe(table.scores);
        expect([side.rows, side.cols]).toEqual([table.scores.rows, table.scores.cols]);
        // The definition: the programme scored with the preference weight at 0 (a parsed programme,
        // changed as scoreProgram reads it, without a new validation).
        const unweighted: Program = { ...program, weights: { ...program.weights, preference: 0 } };
        expect(bytes(side.data)).toBe(bytes(scoreProgram(unweighted).scores.data));
        // A mentee lists other mentors, in another order: its scores may move, not the mentors' side.
        const ids = program.mentors.map((m) => m.id);
        const e = who % Math.max(1, program.mentees.length);
        const list = [...new Set(order.map((k) => ids[k % Math.max(1, ids.length)] as string))].filter(
          (id) => id !== undefined && id !== program.mentees[e]?.id,
        );
        const lied: Program = {
          ...program,
          mentees: program.mentees.map((m, k) => (k === e ? { ...m, preferences: list } : m)),
        };
        expect(bytes(scoreProgram(lied).mentorScores().data)).toBe(bytes(side.data));
        // Computed in the scoring pass (as matchProgram does): the same bytes, and the same scores.
        const together = scoreTable(program, true);
        expect(bytes(together.mentorScores().data)).toBe(bytes(side.data));
        expect(bytes(together.scores.data)).toBe(bytes(table.scores.data));
      }),
      fcOptions(150),
    );
  });
});
