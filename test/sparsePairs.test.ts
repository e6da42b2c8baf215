/**
 * The sparse pairs that carry a programme from the score table to the solvers: the look-ups by
 * binary search against a dense oracle, and the free rows' pairs (`freeProblem`) against the
 * table, locked pairs included: exactly the allowed pairs of the free rows, minus a mentee's
 * locked mentor for their other requests, with the table's scores, and no copy without locks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProgram } from '../src/index.js';
import { freeProblem, prepare } from '../src/match/prepare.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { csrOf, pairIndex, pairScore, searchSorted } from '../src/solve/internal/pairs.js';
import { FC_SEED } from './helpers/fastCheck.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import { pairsOfDense } from './helpers/pairs.js';

console.info(`fast-check seed for the sparse pairs: ${FC_SEED}`);

describe('scored pairs', () => {
  it('pairIndex and pairScore agree with the dense matrix they were read from (500 matrices)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null, freq: 2 }), { minLength: 63, maxLength: 63 }),
        (rows, cols, drawn) => {
          const data = Float64Array.from({ length: rows * cols }, (_, k) =>
            drawn[k] === null || drawn[k] === undefined ? Number.NEGATIVE_INFINITY : (drawn[k] as number) / 4,
          );
          const pairs = pairsOfDense(rows, cols, data);
          expect(pairs.start.length).toBe(rows + 1);
          for (let r = 0; r < rows; r++) {
            for (let e = pairs.start[r]! + 1; e < pairs.start[r + 1]!; e++)
              expect(pairs.cols[e]!).toBeGreaterThan(pairs.cols[e - 1]!);
            for (let j = 0; j < cols; j++) {
              const s = data[r * cols + j]!;
              expect(pairScore(pairs, r, j)).toBe(s);
              const e = pairIndex(pairs, r, j);
              if (s === Number.NEGATIVE_INFINITY) expect(e).toBe(-1);
              else expect([pairs.cols[e], pairs.scores[e]]).toEqual([j, s]);
            }
          }
          const csr = csrOf(rows, cols, pairs, pairs.scores);
          expect(csr.indptr).toBe(pairs.start);
          expect(csr.indices).toBe(pairs.cols);
        },
      ),
      { seed: FC_SEED, numRuns: 500 },
    );
  });
});

describe('searchSorted', () => {
  it('finds every value of a sorted range at its place and no other, whatever its length and spread (300 arrays)', () => {
    fc.assert(
      fc.property(
        // Gaps between consecutive values: even, clustered (runs of 1 with far jumps), growing.
        fc.constantFrom('even' as const, 'clustered' as const, 'growing' as const, 'dense' as const),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 0, maxLength: 600, size: 'max' }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.nat(),
        fc.nat(),
        (spread, drawn, base, x, y) => {
          const values: number[] = [];
          let v = base;
          drawn.forEach((g, k) => {
            v +=
              spread === 'even'
                ? 10 + (g % 5)
                : spread === 'clustered'
                  ? g > 36
                    ? 5000 * g
                    : 1
                  : spread === 'growing'
                    ? k * k + g
                    : 1;
            values.push(v);
          });
          const sorted = Int32Array.from(values);
          const n = sorted.length;
          // A range of it, possibly empty or all of it.
          const lo = n === 0 ? 0 : x % n;
          const hi = n === 0 ? -1 : lo + (y % (n - lo + 1)) - 1;
          for (let i = 0; i < n; i++) {
            const at = i >= lo && i <= hi ? i : -1;
            expect(searchSorted(sorted, lo, hi, sorted[i] as number)).toBe(at);
            // Between two values, below and above: absent.
            if (i === 0 || (sorted[i - 1] as number) < (sorted[i] as number) - 1)
              expect(searchSorted(sorted, lo, hi, (sorted[i] as number) - 1)).toBe(-1);
          }
          if (n > 0) expect(searchSorted(sorted, lo, hi, (sorted[n - 1] as number) + 1)).toBe(-1);
        },
      ),
      { seed: FC_SEED, numRuns: 300 },
    );
  });
});

describe('freeProblem', () => {
  it('holds the free rows’ allowed pairs less the locked mentors of the mentee, with the table’s scores (600 programmes)', () => {
    let withLocks = 0;
    let takenOut = 0;
    fc.assert(
      fc.property(matchProgramArbitrary({ maxRows: 14, maxLocks: 3 }), (input) => {
        const program = canonicalProgram(parseProgram(input));
        const table = scoreTable(program, false);
        const prepared = prepare(program, table);
        const { pairs } = freeProblem(prepared);
        const { free, locked, groupOf } = prepared;
        if (free.length === locked.length) {
          // No lock: the table's own arrays, not a copy.
          expect(pairs).toBe(table.allowed);
          return;
        }
        withLocks++;
        expect(pairs.start.length).toBe(free.length + 1);
        free.forEach((r, k) => {
          const want: [number, number][] = [];
          for (let j = 0; j < table.mentorIds.length; j++) {
            const s = table.score(r, j);
            if (s === Number.NEGATIVE_INFINITY) continue;
            // A mentor locked to another request of the same mentee (distinct mentors) is out.
            const taken = groupOf !== null && [...locked].some((c, q) => c === j && groupOf[q] === groupOf[r]);
            if (taken) takenOut++;
            else want.push([j, s]);
          }
          const got: [number, number][] = [];
          for (let e = pairs.start[k]!; e < pairs.start[k + 1]!; e++) got.push([pairs.cols[e]!, pairs.scores[e]!]);
          expect(got).toEqual(want);
        });
      }),
      { seed: FC_SEED, numRuns: 600 },
    );
    // The cases exercised: programmes with locks, and pairs a lock took out for a group mate.
    expect(withLocks).toBeGreaterThan(30);
    expect(takenOut).toBeGreaterThan(8);
  });
});
