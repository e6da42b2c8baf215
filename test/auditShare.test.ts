/**
 * The blocking-pair audit shared by threads (`sharedBlockingSteps`, `joinShares`): each thread
 * audits the blocks of rows it claims, and the parts joined are the audit of one thread, pair for
 * pair in its order, however the blocks fell; a part missing a block, holding one twice or out of
 * shape joins to null (the calling thread then audits alone). A set-up shared between the threads
 * is found by the first and read by the later ones, with the same pairs.
 */

import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { AUDIT_BLOCK, auditSetup, blockingPairsSteps, joinShares, sharedBlockingSteps } from '../src/match/blocking.js';
import { greedyMatching } from '../src/match/greedy.js';
import { prepare } from '../src/match/prepare.js';
import { canonicalProgram } from '../src/model/canonicalProgram.js';
import { parseProgram } from '../src/model/parseProgram.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { drain } from '../src/solve/internal/clock.js';
import { mulberry32 } from './helpers/random.js';

/** A programme of several blocks of rows, and a matching of it with blocking pairs (first come, first served). */
function audited(mode: 'micro' | 'classic', seed: number) {
  const program = canonicalProgram(
    parseProgram(sampleProgram({ mode, mentors: 40, mentees: mode === 'micro' ? 1400 : 2600, topics: 16, seed })),
  );
  const prepared = prepare(program, scoreTable(program, false));
  const assigned = greedyMatching(prepared);
  return { prepared, assigned, whole: drain(blockingPairsSteps(prepared, assigned)) };
}

/**
 * One thread's part holding every block, split into `n` parts by a random owner per block (with
 * `reverse`, each part takes its blocks last first).
 */
function split(part: { pairs: Int32Array; blocks: Int32Array }, n: number, seed: number, reverse = false) {
  const random = mulberry32(seed);
  const parts = Array.from({ length: n }, () => ({ pairs: [] as number[], blocks: [] as number[] }));
  const { pairs, blocks } = part;
  for (let i = 0; i < blocks.length; i += 2) {
    const k = reverse ? blocks.length - 2 - i : i;
    const to = k + 2 < blocks.length ? 2 * (blocks[k + 3] as number) : pairs.length;
    const owner = parts[Math.floor(random() * n)] as { pairs: number[]; blocks: number[] };
    owner.blocks.push(blocks[k] as number, owner.pairs.length / 2);
    owner.pairs.push(...pairs.subarray(2 * (blocks[k + 1] as number), to));
  }
  return parts.map((p) => ({ pairs: Int32Array.from(p.pairs), blocks: Int32Array.from(p.blocks) }));
}

/** Where `a` and `b` first differ (-1: equal; their length when one is longer): typed arrays of millions compared at once. */
function firstDifference(a: Int32Array | null, b: Int32Array): number {
  if (a === null) return -2;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

describe('the blocking-pair audit shared by threads', () => {
  for (const mode of ['micro', 'classic'] as const)
    it(`${mode}: the parts joined are the whole audit, however the blocks fall (2 programmes × 10 splits)`, () => {
      for (const seed of [1, 2]) {
        const { prepared, assigned, whole } = audited(mode, seed);
        const rows = assigned.length;
        expect(rows).toBeGreaterThan(2 * AUDIT_BLOCK);
        expect(whole.length).toBeGreaterThan(0);
        const counter = new Int32Array(1);
        const one = { ...drain(sharedBlockingSteps(prepared, assigned, { next: counter, blocks: [] })), next: counter };
        expect(Array.from(one.blocks).filter((_, k) => k % 2 === 0)).toEqual(
          Array.from({ length: Math.ceil(rows / AUDIT_BLOCK) }, (_, b) => b),
        );
        expect(firstDifference(joinShares(rows, [one])?.pairs ?? null, whole)).toBe(-1);
        // One part with every block in order: its pairs as they are.
        expect(joinShares(rows, [one])?.pairs).toBe(one.pairs);
        // One part with every pair but its blocks in reverse order: put in order.
        const reversed = split(one, 1, 0, true)[0] as typeof one;
        expect(firstDifference(reversed.pairs, whole)).not.toBe(-1);
        expect(firstDifference(joinShares(rows, [reversed])?.pairs ?? null, whole)).toBe(-1);
        for (let s = 0; s < 10; s++) {
          const parts = split(one, 2 + (s % 3), 100 * seed + s);
          expect(firstDifference(joinShares(rows, parts)?.pairs ?? null, whole)).toBe(-1);
          expect(firstDifference(joinShares(rows, [...parts].reverse())?.pairs ?? null, whole)).toBe(-1);
          // The first `most` only (the summary's list), and the count of them all.
          for (const most of [0, 1, 7, Math.floor(whole.length / 4), whole.length]) {
            const capped = joinShares(rows, parts, most);
            expect(capped?.count).toBe(whole.length / 2);
            expect(firstDifference(capped?.pairs ?? null, whole.subarray(0, Math.min(whole.length, 2 * most)))).toBe(
              -1,
            );
          }
        }
        // Two audits claiming from one counter, the second started when the first had claimed one block.
        const next = new Int32Array(1);
        Atomics.store(next, 0, 1);
        const rest = drain(sharedBlockingSteps(prepared, assigned, { next, blocks: [] }));
        const first = drain(sharedBlockingSteps(prepared, assigned, { next: new Int32Array(1), blocks: [] }));
        const firstBlock = {
          pairs: first.pairs.subarray(0, 2 * (first.blocks[3] as number)),
          blocks: first.blocks.subarray(0, 2),
        };
        expect(firstDifference(joinShares(rows, [rest, firstBlock])?.pairs ?? null, whole)).toBe(-1);
        // A thread that comes once every block is claimed: an empty part, which joins.
        const late = drain(sharedBlockingSteps(prepared, assigned, { next: one.next, blocks: [] }));
        expect(late.pairs.length + late.blocks.length).toBe(0);
        expect(firstDifference(joinShares(rows, [one, late])?.pairs ?? null, whole)).toBe(-1);
        expect(joinShares(rows, [late, one])?.pairs).toBe(one.pairs);
        // One part in order, capped: a view of its first pairs.
        expect(joinShares(rows, [one], 3)?.pairs.buffer).toBe(one.pairs.buffer);
        expect(firstDifference(joinShares(rows, [one], 3)?.pairs ?? null, whole.subarray(0, 6))).toBe(-1);
      }
    });

  it('a part missing a block, holding one twice or out of shape joins to null', () => {
    const { prepared, assigned } = audited('classic', 1);
    const rows = assigned.length;
    const one = drain(sharedBlockingSteps(prepared, assigned, { next: new Int32Array(1), blocks: [] }));
    const [a, b] = split(one, 2, 7) as [typeof one, typeof one];
    expect(joinShares(rows, [a])).toBeNull();
    expect(joinShares(rows, [a, b, b])).toBeNull();
    expect(joinShares(rows, [a, { pairs: Int32Array.of(1), blocks: b.blocks }])).toBeNull();
    expect(joinShares(rows, [a, { pairs: b.pairs, blocks: b.blocks.subarray(1) }])).toBeNull();
    expect(joinShares(rows, [a, { pairs: b.pairs, blocks: Int32Array.of() }])).toBeNull();
    expect(joinShares(rows, [a, { pairs: b.pairs, blocks: Int32Array.of(b.blocks[0] as number, 1) }])).toBeNull();
    expect(joinShares(rows, [a, { pairs: b.pairs, blocks: Int32Array.of(999, 0) }])).toBeNull();
  });
  for (const mode of ['micro', 'classic'] as const)
    it(`${mode}: a set-up shared between threads, found by the first and read by the next: the same audit`, () => {
      for (const seed of [1, 2]) {
        const { prepared, assigned, whole } = audited(mode, seed);
        const rows = assigned.length;
        const setup = auditSetup(prepared.table.mentorIds.length);
        const next = new Int32Array(1);
        // The first thread claims a block, finds the set-up and shares it; the second reads it.
        Atomics.store(next, 0, 1);
        const second = { next, blocks: [] as number[], setup };
        const first = drain(sharedBlockingSteps(prepared, assigned, { next: new Int32Array(1), blocks: [], setup }));
        expect(setup.state[0]).toBe(1);
        const firstBlock = {
          pairs: first.pairs.subarray(0, 2 * (first.blocks[3] as number)),
          blocks: first.blocks.subarray(0, 2),
        };
        const rest = drain(sharedBlockingSteps(prepared, assigned, second));
        expect(firstDifference(joinShares(rows, [firstBlock, rest])?.pairs ?? null, whole)).toBe(-1);
        // A set-up marked written is read, not found again: one that says no mentor holds a free row
        // (-1 each) gives another audit, and one of the wrong size is passed over.
        const wrong = auditSetup(prepared.table.mentorIds.length);
        wrong.worst.fill(-1);
        Atomics.store(wrong.state, 0, 1);
        const misled = drain(
          sharedBlockingSteps(prepared, assigned, { next: new Int32Array(1), blocks: [], setup: wrong }),
        );
        expect(firstDifference(misled.pairs, whole)).not.toBe(-1);
        const short = auditSetup(prepared.table.mentorIds.length - 1);
        Atomics.store(short.state, 0, 1);
        const passed = drain(
          sharedBlockingSteps(prepared, assigned, { next: new Int32Array(1), blocks: [], setup: short }),
        );
        expect(firstDifference(passed.pairs, whole)).toBe(-1);
      }
    });
});
