/**
 * The candidate subset of the large path (`sparseRows(problem, most)`): each row's first `most`
 * pairs of its full order (best first, ties by column) and each column's best rows (at least the
 * pairs above its (4 × min(capacity, most))-th best score; exactly, the pairs in its top score bins
 * of 1/256 that hold that many), every row best first: checked against the full order and the
 * columns' histograms on random problems with many ties, and on tall ones (up to 400 rows a column),
 * where the cut's pass counts each column's pairs only from its best bins so far: its histograms
 * must still be exact from each column's cut up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drain } from '../src/solve/internal/clock.js';
import type { MatchingProblem } from '../src/solve/internal/matching/problem.js';
import type { CutsPart, KeepPart } from '../src/solve/internal/matching/rowsHelper.js';
import {
  cutsPartSteps,
  keepPartSteps,
  keptSubsetSteps,
  sparseRows,
} from '../src/solve/internal/matching/sparseRows.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { denseProblem } from './helpers/pairs.js';
import { rowsHelperWith, sharedPairs } from './helpers/rowsHelper.js';

/**
 * Checks `sparseRows(problem, most)` on a dense rows × cols problem of scores `drawn` (0 to 600, or
 * null: forbidden), as tenths (`coarse`) or on the 600ths, with column capacities `caps`.
 */
function checkSubset(
  rows: number,
  cols: number,
  drawn: readonly (number | null)[],
  caps: readonly number[],
  most: number,
  coarse: boolean,
): void {
  // Coarse scores (tenths) tie often, also within one histogram bin; fine ones share bins.
  const data = Float64Array.from({ length: rows * cols }, (_, k) => {
    const v = drawn[k];
    if (v === null || v === undefined) return Number.NEGATIVE_INFINITY;
    return coarse ? Math.round(v / 60) / 10 : v / 600;
  });
  const capacity = Int32Array.from({ length: cols }, (_, j) => caps[j] as number);
  const problem = denseProblem(rows, cols, data, capacity);
  const full = sparseRows(problem);
  const some = sparseRows(problem, most);
  const kept = new Set<number>();
  const rowBest = new Set<number>();
  for (let r = 0; r < rows; r++) {
    const all = Array.from(full.col.subarray(full.start[r], full.start[r + 1]));
    for (const j of all.slice(0, most)) rowBest.add(r * cols + j);
    const mine = Array.from(some.col.subarray(some.start[r], some.start[r + 1]));
    // The row's first `most` of the full order are kept, and nothing outside the row's pairs.
    for (const j of all.slice(0, most)) expect(mine).toContain(j);
    for (const j of mine) expect(all).toContain(j);
    // Best first, ties by column.
    for (let e = some.start[r]! + 1; e < some.start[r + 1]!; e++) {
      const a = some.score[e - 1]!;
      const b = some.score[e]!;
      expect(a > b || (a === b && some.col[e - 1]! < some.col[e]!)).toBe(true);
    }
    for (const j of mine) kept.add(r * cols + j);
  }
  for (let j = 0; j < cols; j++) {
    const column = [];
    for (let r = 0; r < rows; r++) {
      const s = data[r * cols + j]!;
      if (s > Number.NEGATIVE_INFINITY) column.push({ r, s });
    }
    column.sort((x, y) => y.s - x.s);
    const want = 4 * Math.min(caps[j]!, most);
    if (want === 0 || column.length <= want) continue;
    const floor = column[want - 1]!.s;
    for (const { r, s } of column) if (s > floor) expect(kept.has(r * cols + j)).toBe(true);
  }
  // Exactly: a pair outside its row's first `most` is kept when its score's bin (of 256) is
  // at or above its column's cut, the highest bin b ≥ 1 with `want` pairs in bins b and up
  // (0 when none is; every pair when the row keeps all of its own).
  const binOf = (v: number) => Math.min(255, Math.max(0, Math.floor(v * 256)));
  // The cut's pass on every row: its histograms count every pair in bins at or above each
  // column's cut (those sum to the room the gathering is given; the bins below are not read).
  const wants = Int32Array.from(caps.slice(0, cols), (c) => 4 * Math.min(c, most));
  const pass = drain(cutsPartSteps({ pairs: problem.pairs, cols, most, want: wants, from: 0, to: rows }));
  for (let j = 0; j < cols; j++) {
    const want = 4 * Math.min(caps[j]!, most);
    const count = new Array<number>(256).fill(0);
    for (let r = 0; r < rows; r++) {
      const s = data[r * cols + j]!;
      if (s > Number.NEGATIVE_INFINITY) count[binOf(s)]!++;
    }
    let cut = 255;
    for (let held = 0; cut > 0; cut--) {
      held += count[cut]!;
      if (held >= want) break;
    }
    for (let b = cut; b < 256; b++) expect(pass.bins[j * 256 + b], `column ${j}, bin ${b}`).toBe(count[b]);
    for (let r = 0; r < rows; r++) {
      const s = data[r * cols + j]!;
      const rowCount = full.start[r + 1]! - full.start[r]!;
      if (s === Number.NEGATIVE_INFINITY || rowBest.has(r * cols + j) || rowCount <= most) continue;
      expect(kept.has(r * cols + j), `row ${r}, column ${j}: bin ${binOf(s)}, cut ${cut}`).toBe(binOf(s) >= cut);
    }
  }
}

/**
 * The property {@link checkSubset} on drawn problems: rows in `rows`, 1 to `cols` columns, scores
 * forbidden one time in `freq` (else 0 to 600), capacities 0 to 3, `most` 1 to `most`, coarse or fine.
 */
function subsetProperty(draw: { rows: [number, number]; cols: number; most: number; freq: number }) {
  const cells = draw.rows[1] * draw.cols;
  return fc.property(
    fc.integer({ min: draw.rows[0], max: draw.rows[1] }),
    fc.integer({ min: 1, max: draw.cols }),
    fc.array(fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: draw.freq }), {
      minLength: cells,
      maxLength: cells,
    }),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: draw.cols, maxLength: draw.cols }),
    fc.integer({ min: 1, max: draw.most }),
    fc.boolean(),
    checkSubset,
  );
}

describe('sparseRows with a most per row', () => {
  it('keeps each row’s best `most`, each column’s best rows, best first (1,000 problems)', () => {
    fc.assert(subsetProperty({ rows: [1, 12], cols: 14, most: 5, freq: 4 }), { seed: FC_SEED, numRuns: 1000 });
  });

  it('the same on tall problems, where the columns count only their best bins as the pass goes (300 problems)', () => {
    // Each column meets many rows: its 4 × min(capacity, most)-th best score so far rises above the
    // lowest bins early, and the pairs under it go uncounted (every pair's bin still decides below).
    fc.assert(subsetProperty({ rows: [60, 400], cols: 4, most: 3, freq: 6 }), { seed: FC_SEED, numRuns: 300 });
  });

  it('the same subsets (and marks) with a helper thread taking the later rows, or failing them (300 problems)', () => {
    let shared = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 14 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 600 }), { nil: null, freq: 4 }), {
          minLength: 560,
          maxLength: 560,
        }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 14, maxLength: 14 }),
        fc.integer({ min: 1, max: 5 }),
        (rows, cols, drawn, caps, most) => {
          const data = Float64Array.from({ length: rows * cols }, (_, k) => {
            const v = drawn[k];
            return v === null || v === undefined ? Number.NEGATIVE_INFINITY : Math.round(v / 60) / 10;
          });
          const capacity = Int32Array.from({ length: cols }, (_, j) => caps[j] as number);
          const plain = denseProblem(rows, cols, data, capacity);
          const pairs = sharedPairs(plain.pairs);
          const expected = sparseRows(plain, most);
          const expectedKept = drain(keptSubsetSteps(plain, most, plain.pairs.scores));
          for (const fails of [false, true]) {
            let sent: { from: number; to: number } | null = null;
            let part: CutsPart | null = null;
            let keepPart: KeepPart | null = null;
            // As a helper receives them: structured clones (the shared arrays stay shared).
            const helper = rowsHelperWith({
              sendCuts(task) {
                sent = { from: task.from, to: task.to };
                part = fails ? null : structuredClone(drain(cutsPartSteps(structuredClone(task))));
                return true;
              },
              // biome-ignore lint/correctness/useYield: the part is ready at once.
              *receiveCuts() {
                return part;
              },
              sendKeep(task) {
                // sparseRows' gathering (its rows sorted there), or column generation's (marks set).
                if (task.sorted === true) expect(task.marks).toBeNull();
                else expect(task.marks?.buffer).toBeInstanceOf(SharedArrayBuffer);
                keepPart = fails ? null : structuredClone(drain(keepPartSteps(structuredClone(task))));
                return true;
              },
              // biome-ignore lint/correctness/useYield: the part is ready at once.
              *receiveKeep() {
                return keepPart;
              },
            });
            const problem: MatchingProblem = { ...plain, pairs, helper };
            const some = sparseRows(problem, most);
            expect([...some.start]).toEqual([...expected.start]);
            expect([...some.col]).toEqual([...expected.col]);
            expect([...some.score]).toEqual([...expected.score]);
            // Column generation's first subset and its marks, the helper's rows gathered there.
            const kept = drain(keptSubsetSteps(problem, most, pairs.scores));
            expect([...kept.marks]).toEqual([...expectedKept.marks]);
            expect([...kept.start]).toEqual([...expectedKept.start]);
            expect([...kept.cols]).toEqual([...expectedKept.cols]);
            expect([...kept.values]).toEqual([...expectedKept.values]);
            // The helper had the later rows (about half the pairs; none to share when the last row holds them all).
            if (sent !== null) {
              expect((sent as { to: number }).to).toBe(rows);
              shared++;
            }
          }
        },
      ),
      { seed: FC_SEED, numRuns: 300 },
    );
    expect(shared).toBeGreaterThan(400);
  });

  it('counts a score on a bin’s lower edge in that bin, not the one below', () => {
    // Bins of 1/256: 0.125 starts bin 32; 74/600 and 73/600 are in bin 31, the row's cut. Columns
    // without places keep nothing of their own (only scores in the top bin).
    const data = Float64Array.from([0.125, 74 / 600, 73 / 600]);
    const problem = denseProblem(1, 3, data, new Int32Array(3));
    const some = sparseRows(problem, 2);
    expect([...some.col]).toEqual([0, 1]);
  });
});
