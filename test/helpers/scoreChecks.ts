/**
 * Helpers shared by the scoreProgram test files: weights that put one criterion alone in force, the
 * score table of an input as a grid, a grid compared within 1e-12, the rules that forbid a pair, and
 * the check that every explanation agrees with the table and adds up.
 */
import { expect } from 'vitest';
import { type Criterion, parseProgram, type ScoreTable, scoreProgram } from '../../src/index.js';

/** Every criterion at weight 0. */
export const NO_WEIGHTS: Record<Criterion, number> = {
  expertise: 0,
  willingness: 0,
  goals: 0,
  seniority: 0,
  language: 0,
  timeZone: 0,
  department: 0,
  preference: 0,
  values: 0,
  custom: 0,
  repeat: 0,
  novelty: 0,
  rotation: 0,
};

/** Weights that put `criterion` alone in force: the score is then its value. */
export function only(criterion: Criterion): Record<Criterion, number> {
  return { ...NO_WEIGHTS, [criterion]: 1 };
}

/** The score table of a programme input. */
export function score(input: unknown): ScoreTable {
  return scoreProgram(parseProgram(input));
}

/** The table as nested arrays (rows × mentors). */
export function grid(table: ScoreTable): number[][] {
  const { rows, cols, data } = table.scores;
  return Array.from({ length: rows }, (_, r) => Array.from(data.subarray(r * cols, r * cols + cols)));
}

/** `actual` equals `expected` entry by entry within 1e-12 (`-Infinity` exactly). */
export function expectGrid(actual: number[][], expected: number[][]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, r) => {
    expect(row.length).toBe(expected[r]?.length);
    row.forEach((x, c) => {
      const want = expected[r]?.[c] as number;
      if (want === Number.NEGATIVE_INFINITY) expect(x, `[${r}][${c}]`).toBe(want);
      else expect(Math.abs(x - want), `[${r}][${c}]: ${x} vs ${want}`).toBeLessThanOrEqual(1e-12);
    });
  });
}

/** The names of the rules that forbid pair (row, col). */
export function forbidders(table: ScoreTable, row: number, col: number): string[] {
  return table.explain(row, col).rules.map((r) => r.rule);
}

/** Every pair's explanation agrees with the table and adds up. */
export function expectExplanationsAddUp(table: ScoreTable): void {
  const { rows, cols, data } = table.scores;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = data[r * cols + c] as number;
      expect(Number.isNaN(x)).toBe(false);
      expect(x === Number.NEGATIVE_INFINITY || (x >= 0 && x <= 1)).toBe(true);
      const ex = table.explain(r, c);
      expect(ex.score).toBe(x);
      expect(ex.forbidden).toBe(x === Number.NEGATIVE_INFINITY);
      expect(ex.rules.length > 0).toBe(ex.forbidden);
      if (ex.forbidden) {
        expect(ex.criteria).toEqual([]);
        expect(ex.summary.startsWith('forbidden: ')).toBe(true);
        continue;
      }
      const total = ex.criteria.reduce((s, p) => s + p.contribution, 0);
      expect(Math.abs(total - x)).toBeLessThanOrEqual(1e-12);
      if (ex.criteria.length > 0) {
        expect(Math.abs(ex.criteria.reduce((s, p) => s + p.weight, 0) - 1)).toBeLessThanOrEqual(1e-12);
      }
      for (const p of ex.criteria) {
        expect(p.value).toBeGreaterThanOrEqual(0);
        expect(p.value).toBeLessThanOrEqual(1);
        expect(p.weight).toBeGreaterThan(0);
        expect(p.contribution).toBe(p.value * p.weight);
        expect(p.detail.length).toBeGreaterThan(0);
      }
    }
  }
}
