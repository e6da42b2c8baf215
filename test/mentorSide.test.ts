/**
 * The mentors' side of the scores on demand (`mentorSideOf`): a matching that does not rank by it
 * (every objective but `stable`) no longer keeps it with the table (8 bytes a pair), and the
 * blocking-pair audit bounds each pair's from its score, computing it only when the bounds leave
 * the comparison open. Checked here against the kept side, on drawn programmes with drawn weights,
 * preference lists on both sides and mentees copied (so that mentors meet exact ties):
 * - the computed side is the kept one bit for bit, a row's pairs together or one pair (-Infinity
 *   where forbidden);
 * - its estimate from the score is within the slack it states, 10⁻¹¹ or less while the preference
 *   criterion weighs at most half (else the slack is infinite; one programme in ten weighs it alone);
 * - the audit finds the same blocking pairs, in the same order, on both tables, for the greedy
 *   matching and drawn ones.
 */
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { blockingPairsOf } from '../src/match/blocking.js';
import { greedyMatching } from '../src/match/greedy.js';
import { prepare } from '../src/match/prepare.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { parseProgram } from '../src/model/parseProgram.js';
import type { Program } from '../src/model/program.js';
import type { ProgramShape } from '../src/model/schema.js';
import { mentorSideOf, scoreTable } from '../src/score/scoreProgram.js';
import { mulberry32 } from './helpers/random.js';

const CRITERIA = ['expertise', 'willingness', 'goals', 'seniority', 'language', 'timeZone', 'department', 'values'];

/**
 * A sample programme with drawn weights (the preference criterion from none to ten times the
 * others), lists on both sides, and some mentees copied under new ids (the same profile: the same
 * mentor side with every mentor).
 */
function programOf(seed: number): Program {
  const random = mulberry32(seed);
  const mode = seed % 2 === 0 ? 'classic' : 'micro';
  const input = sampleProgram({ mode, mentors: 6 + (seed % 7), mentees: 12 + (seed % 11), topics: 20, seed });
  const mentorIds = input.mentors.map((m) => m.id);
  const pick = (ids: readonly string[], k: number) =>
    ids.filter(() => random() < k / Math.max(1, ids.length)).sort(() => random() - 0.5);
  const weights: Record<string, number> = {};
  for (const name of CRITERIA) if (random() < 0.8) weights[name] = Math.floor(random() * 5);
  const scale = [0, 0.2, 1, 3, 10][Math.floor(random() * 5)] as number;
  weights.preference = Math.max(...Object.values(weights), 1) * scale;
  // One programme in ten scores by the mentees' lists alone: the mentors' side is then 0 throughout.
  if (random() < 0.1) {
    for (const name of [...CRITERIA, 'custom']) weights[name] = 0;
    weights.preference = 1;
  }
  const mentees = input.mentees.map((m) => (random() < 0.4 ? { ...m, preferences: pick(mentorIds, 3) } : m));
  const copies = mentees
    .filter(() => random() < 0.3)
    .map((m, k) => ({ ...m, id: `copy-${k}`, preferences: random() < 0.5 ? [] : m.preferences }));
  const all = [...mentees, ...copies];
  const menteeIds = all.map((m) => m.id);
  const mentors = input.mentors.map((m) => (random() < 0.3 ? { ...m, preferences: pick(menteeIds, 4) } : m));
  const shaped: ProgramShape = { ...input, weights, mentors, mentees: all };
  return canonicalProgram(parseProgram(shaped));
}

/** A drawn matching of `program`'s rows: each row to an allowed mentor with a place left, or none. */
function drawnMatching(seed: number, table: ReturnType<typeof scoreTable>, capacity: readonly number[]): Int32Array {
  const random = mulberry32(seed * 7 + 1);
  const { start, cols } = table.allowed;
  const load = new Int32Array(capacity.length);
  const assigned = new Int32Array(table.rows.length).fill(-1);
  for (let r = 0; r < assigned.length; r++) {
    const size = (start[r + 1] as number) - (start[r] as number);
    if (size === 0 || random() < 0.2) continue;
    const j = cols[(start[r] as number) + Math.floor(random() * size)] as number;
    if ((load[j] as number) >= (capacity[j] as number)) continue;
    load[j] = (load[j] as number) + 1;
    assigned[r] = j;
  }
  return assigned;
}

/**
 * A drawn matching that fills the mentors: rows in a drawn order, each to a drawn allowed mentor
 * with a place left that holds none of its mentee's other requests (the rows of a mentee are
 * consecutive in `table.rows`); one row in ten left out. Full mentors, and mentees whose other
 * requests hold a mentor, are where the audit's quick no must not answer for the mentor's choice.
 */
function packedMatching(seed: number, table: ReturnType<typeof scoreTable>, capacity: readonly number[]): Int32Array {
  const random = mulberry32(seed * 13 + 5);
  const { start, cols } = table.allowed;
  const rows = table.rows;
  const load = new Int32Array(capacity.length);
  const assigned = new Int32Array(rows.length).fill(-1);
  const order = Array.from({ length: rows.length }, (_, r) => r).sort(() => random() - 0.5);
  for (const r of order) {
    if (random() < 0.1) continue;
    const mentee = rows[r]?.mentee;
    const taken = new Set<number>();
    for (let q = 0; q < rows.length; q++) if (q !== r && rows[q]?.mentee === mentee) taken.add(assigned[q] as number);
    const open: number[] = [];
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
      const j = cols[e] as number;
      if ((load[j] as number) < (capacity[j] as number) && !taken.has(j)) open.push(j);
    }
    if (open.length === 0) continue;
    const j = open[Math.floor(random() * open.length)] as number;
    load[j] = (load[j] as number) + 1;
    assigned[r] = j;
  }
  return assigned;
}

const SEEDS = Array.from({ length: 300 }, (_, k) => k + 1);

describe('the mentor side on demand', () => {
  it('is the kept side bit for bit, row by row and pair by pair (-Infinity where forbidden)', () => {
    let pairs = 0;
    for (const seed of SEEDS) {
      const program = programOf(seed);
      const kept = scoreTable(program, true).mentorAllowedScores();
      const table = scoreTable(program, false);
      const side = mentorSideOf(table);
      expect(side.stored() === table.allowed.scores || side.stored() === undefined).toBe(true);
      const { start, cols } = table.allowed;
      const random = mulberry32(seed);
      const out = new Float64Array(table.mentorIds.length);
      for (let r = 0; r < table.rows.length; r++) {
        const row = Array.from(cols.subarray(start[r], start[r + 1]));
        // The row's pairs together: all of them, then a drawn part.
        const part = Int32Array.from(row.filter(() => random() < 0.5));
        for (const at of [Int32Array.from(row), part]) {
          side.fill(r, at, at.length, out);
          at.forEach((j, i) => {
            expect(Object.is(out[i], kept[(start[r] as number) + row.indexOf(j)])).toBe(true);
          });
        }
        for (let j = 0; j < table.mentorIds.length; j++) {
          const e = row.indexOf(j);
          const expected = e < 0 ? Number.NEGATIVE_INFINITY : kept[(start[r] as number) + e];
          expect(Object.is(side.one(r, j), expected)).toBe(true);
        }
        pairs += row.length;
      }
      // Nothing was kept on the way.
      expect(side.stored() === table.allowed.scores || side.stored() === undefined).toBe(true);
    }
    expect(pairs).toBeGreaterThan(10_000);
  });

  it('is estimated from the score, within 10⁻¹¹ while the preference criterion weighs at most half', () => {
    let tight = 0;
    let open = 0;
    let shifted = 0;
    for (const seed of SEEDS) {
      const program = programOf(seed);
      const table = scoreTable(program, false);
      const side = mentorSideOf(table);
      if (side.stored() !== undefined) continue;
      const kept = table.mentorAllowedScores();
      // Scored again: the table above now keeps its side, so its estimates would be the side itself.
      const fresh = mentorSideOf(scoreTable(program, false));
      const { start, scores } = table.allowed;
      const n = table.mentorIds.length;
      const estimate = new Float64Array(n);
      const random = mulberry32(seed);
      for (let r = 0; r < table.rows.length; r++) {
        // From the row's first entry, or from one drawn in it.
        const size = (start[r + 1] as number) - (start[r] as number);
        const from = (start[r] as number) + (random() < 0.5 ? 0 : Math.floor(random() * size));
        fresh.estimates(r, from, estimate);
        const { slack, scale } = fresh;
        const shift = fresh.shift(r);
        for (let i = 0; i < (start[r + 1] as number) - from; i++) {
          const exact = kept[from + i] as number;
          // Entry by entry, and by the row's shift where it has one.
          const near = [estimate[i] as number];
          if (!Number.isNaN(shift)) near.push(((scores[from + i] as number) - shift) * scale);
          for (const x of near) {
            expect(Math.min(1, x - slack)).toBeLessThanOrEqual(exact);
            expect(Math.min(1, x + slack)).toBeGreaterThanOrEqual(exact);
          }
          if (!Number.isNaN(shift)) shifted++;
          if (2 * slack <= 1e-11) tight++;
          else open++;
        }
      }
    }
    // Weights with the preference criterion at ten times the others leave the estimates unsettling (infinite slack).
    expect(tight).toBeGreaterThan(5_000);
    expect(open).toBeGreaterThan(500);
    expect(shifted).toBeGreaterThan(5_000);
  });

  it('gives the audit the same blocking pairs as the kept side, ties included', () => {
    let found = 0;
    for (const seed of SEEDS) {
      const program = programOf(seed);
      const withSide = prepare(program, scoreTable(program, true));
      const withoutSide = prepare(program, scoreTable(program, false));
      const keeps = () => mentorSideOf(withoutSide.table).stored();
      const own = withoutSide.table.allowed.scores;
      expect(keeps() === undefined || keeps() === own).toBe(true);
      const capacity = program.mentors.map((m) => m.capacity);
      for (const assigned of [
        greedyMatching(withSide),
        drawnMatching(seed, withSide.table, capacity),
        drawnMatching(seed + 1000, withSide.table, capacity),
        packedMatching(seed, withSide.table, capacity),
      ]) {
        const expected = blockingPairsOf(withSide, assigned);
        expect(blockingPairsOf(withoutSide, assigned)).toEqual(expected);
        found += expected.length;
      }
      // Nothing was kept on the way.
      expect(keeps() === undefined || keeps() === own).toBe(true);
    }
    expect(found).toBeGreaterThan(1_000);
  });
});
