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

describe('inputOrder.sortUnits', () => {
  it('puts units back in the input order: mentees as given, then their requests as given; unknown ones last, as they came', () => {
    const topics = ['t0', 't1', 't2', 't3', 't4', 't5'];
    fc.assert(
      fc.property(
        fc.constantFrom('micro' as const, 'classic' as const),
        // Each mentee's topics, distinct, in the order it asks them (1 to 3).
        fc.array(fc.shuffledSubarray(topics, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (mode, asked, shuffle) => {
          const random = mulberry32(shuffle);
          // Ids not in the input's order.
          const ids = asked.map((_, k) => `e${(k * 7919) % 1000}`);
          const program = parseProgram({
            mode,
            topics: topics.map((id) => ({ id })),
            mentors: [{ id: 'm', skills: topics.map((topic) => ({ topic, level: 3 })) }],
            mentees: asked.map((mine, k) =>
              mode === 'micro'
                ? { id: ids[k], requests: mine.map((topic) => ({ topic, level: 2 })) }
                : { id: ids[k], goals: mine.map((topic) => ({ topic })) },
            ),
          });
          // The input's order, written out: each mentee, then each of its requests (micro).
          const expected = asked.flatMap((mine, k) =>
            mode === 'micro'
              ? mine.map((topic) => ({ mentee: ids[k] as string, topic }))
              : [{ mentee: ids[k] as string }],
          );
          const unknown = [
            { mentee: 'nobody', topic: 't0' },
            { mentee: ids[0] as string, topic: 'not-asked' },
            { mentee: 'nobody-else' },
          ];
          // Shuffled, the unknown ones keeping their own order among themselves.
          const keyed = [...expected, ...unknown].map((item) => ({ item, r: random() }));
          keyed.sort((a, b) => a.r - b.r);
          const shuffled = keyed.map((x) => x.item);
          const stillUnknown = shuffled.filter((u) => unknown.includes(u));
          expect(inputOrder(program).sortUnits(shuffled)).toEqual([...expected, ...stillUnknown]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
