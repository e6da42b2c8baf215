import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { inputOrder } from '../src/match/inputOrder.js';
import { compareIds } from '../src/model/compareIds.js';
import { parseProgram } from '../src/model/parseProgram.js';
import { shuffledProgram } from './helpers/matchContract.js';
import { mulberry32 } from './helpers/random.js';

describe('inputOrder.sortPairs', () => {
  it('orders flat pairs as sortUnits orders their units with mentors, whatever the people’s order and however few', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('micro' as const, 'classic' as const),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        fc.boolean(),
        // With 60 mentees, a few pairs of many rows: sorted by their own keys (fewer than a row in 8).
        fc.constantFrom(9, 60),
        (mode, seed, shuffle, count, inIdOrder, sortedIn, mentees) => {
          const drawn = sampleProgram({ mode, mentors: 6, mentees, topics: 13, seed });
          const random = mulberry32(shuffle);
          // The sample's people come in id order (its ids are padded): the order kept, or shuffled.
          const program = parseProgram(inIdOrder ? drawn : shuffledProgram(drawn, random));
          // The table's rows and columns in id order, as the matching holds them.
          const rows = [...program.mentees]
            .sort((a, b) => compareIds(a.id, b.id))
            .flatMap((e) =>
              mode === 'micro'
                ? e.requests.map((q) => ({ menteeId: e.id, topic: q.topic }))
                : [{ menteeId: e.id } as { menteeId: string; topic?: string }],
            );
          const mentorIds = program.mentors.map((m) => m.id).sort(compareIds);
          // Distinct pairs in a random order.
          const seen = new Set<number>();
          const flat: number[] = [];
          for (let k = 0; k < count && rows.length > 0; k++) {
            const r = Math.floor(random() * rows.length);
            const j = Math.floor(random() * mentorIds.length);
            if (seen.has(r * mentorIds.length + j)) continue;
            seen.add(r * mentorIds.length + j);
            flat.push(r, j);
          }
          // The pairs as the audit gives them (by row, then column), or in a random order.
          if (sortedIn) {
            const byRow = Array.from(
              { length: flat.length / 2 },
              (_, i) => [flat[2 * i] as number, flat[2 * i + 1] as number] as const,
            );
            byRow.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
            flat.splice(0, flat.length, ...byRow.flat());
          }
          const order = inputOrder(program);
          const unit = (r: number, j: number) => ({
            ...rows[r],
            mentee: rows[r]?.menteeId as string,
            mentor: mentorIds[j] as string,
          });
          const expected = order.sortUnits(
            Array.from({ length: flat.length / 2 }, (_, i) => unit(flat[2 * i] as number, flat[2 * i + 1] as number)),
          );
          const sorted = order.sortPairs(rows, mentorIds, Int32Array.from(flat));
          const got = Array.from({ length: sorted.length / 2 }, (_, i) =>
            unit(sorted[2 * i] as number, sorted[2 * i + 1] as number),
          );
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 240 },
    );
  });
});
