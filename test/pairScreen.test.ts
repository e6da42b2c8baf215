/**
 * The pair screen of a scored table (`pairScreenOf`): in micro mode under `levelRequired`, what the
 * level index tells of every pair. It must never rule out an allowed pair (the local search skips
 * the search of a pair it rules out), and it rules out the pairs below the level asked.
 */

import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { scoreProgram } from '../src/index.js';
import { pairScreenOf } from '../src/score/scoreProgram.js';
import { mayBeAllowed } from '../src/solve/internal/pairs.js';

describe('pairScreenOf', () => {
  it.each([1, 2, 3])(
    'lets every allowed pair through and rules out the mentors below the level asked (micro, seed %i)',
    (seed) => {
      const program = sampleProgram({ mode: 'micro', mentors: 60, mentees: 150, topics: 16, seed });
      const table = scoreProgram(program);
      const screen = pairScreenOf(table);
      expect(screen).toBeDefined();
      if (screen === undefined) return;
      let ruledOut = 0;
      let screened = 0;
      for (let r = 0; r < table.rows.length; r++) {
        const asked = table.rows[r]?.level;
        if (screen.strip[r] !== -1) screened++;
        for (let j = 0; j < table.mentorIds.length; j++) {
          const allowed = table.score(r, j) > Number.NEGATIVE_INFINITY;
          const through = mayBeAllowed(screen, r, j);
          if (allowed) expect(through).toBe(true);
          if (!through) ruledOut++;
          // A mentor whose own level on the topic is below the level asked never gets through.
          if (asked !== undefined && (screen.levels[(screen.strip[r] as number) + j] as number) < asked)
            expect(through).toBe(false);
        }
      }
      // It screens the requests and rules out pairs (a good part of a micro programme's are below the level asked).
      expect(screened).toBe(table.rows.length);
      expect(ruledOut).toBeGreaterThan(table.rows.length * table.mentorIds.length * 0.15);
    },
  );

  it('is absent where no level index serves the rows (classic mode; micro without levelRequired)', () => {
    const classic = sampleProgram({ mode: 'classic', mentors: 20, mentees: 40, topics: 16, seed: 1 });
    expect(pairScreenOf(scoreProgram(classic))).toBeUndefined();
    const micro = sampleProgram({ mode: 'micro', mentors: 20, mentees: 40, topics: 16, seed: 1 });
    const free = { ...micro, rules: { ...micro.rules, levelRequired: false } };
    expect(pairScreenOf(scoreProgram(free))).toBeUndefined();
  });
});
