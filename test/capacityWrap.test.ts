/**
 * Capacities of 2³¹ and more (the schema takes any integer ≥ 0, and "no limit" is often written as
 * 2³² or 1e9) read as "more places than there are requests", never wrapped to 32 bits: matching,
 * suggestions with a large exposure, rematch after a raise, and the report's readiness.
 */
import { describe, expect, it } from 'vitest';
import { matchProgram, programReport, rematch, suggestAll } from '../src/index.js';
import type { ProgramInput } from '../src/model/schema.js';

const programme = (capacity: number): ProgramInput => ({
  mode: 'micro',
  topics: [{ id: 'pricing' }],
  mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 5 }], capacity }],
  mentees: [
    { id: 'bo', requests: [{ topic: 'pricing', level: 3 }] },
    { id: 'cy', requests: [{ topic: 'pricing', level: 3 }] },
  ],
});

describe('capacities beyond 32 bits', () => {
  for (const capacity of [2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
    it(`capacity ${capacity}: everyone is matched, suggested and ready as with capacity 2`, () => {
      const big = matchProgram(programme(capacity));
      expect(big.matches.map((m) => m.mentee)).toEqual(['bo', 'cy']);
      expect(big.summary.exact).toBe(true);
      const shortlists = suggestAll(programme(capacity), 1, { exposure: 3_000_000_000 });
      expect(shortlists.map((s) => s.requests[0]?.mentors[0]?.mentor)).toEqual(['ana', 'ana']);
      const { expectedMatched, expectedMatchRate } = programReport(programme(capacity)).readiness;
      expect({ expectedMatched, expectedMatchRate }).toEqual({ expectedMatched: 2, expectedMatchRate: 1 });
      // A raise from 2 keeps both pairs.
      const before = matchProgram(programme(2));
      const after = rematch(programme(2), before, { capacities: [{ mentor: 'ana', capacity }] });
      expect(after.changes.removed).toEqual([]);
      expect(after.changes.kept).toBe(2);
    });
  }
});
