/**
 * `scoreProgram` on a programme where many rules overlap (the zoo, test/helpers/scoreFixtures.ts):
 * each forbidden pair's explanation names exactly the rules that forbid it; switching one rule off
 * in the programme removes just that name, and frees the pair when it was the only one.
 */
import { describe, expect, it } from 'vitest';
import { expectExplanationsAddUp, expectGrid, forbidders, grid, score } from './helpers/scoreChecks.js';
import { CLASSIC_ZOO, ruleNames, without, ZOO } from './helpers/scoreFixtures.js';

describe('scoreProgram explanations name exactly the rules that forbid a pair', () => {
  it('the micro zoo: every pair forbidden by the rules worked out by hand', () => {
    const table = score(ZOO);
    expect(table.mentorIds).toEqual(['ana', 'bob', 'cy', 'sam', 'dee']);
    expect(table.rows.map((r) => `${r.menteeId}/${r.topic}`)).toEqual([
      'eve/pricing',
      'eve/ux',
      'sam/pricing',
      'fay/tax',
    ]);
    const lists = table.rows.map((_, r) => table.mentorIds.map((_m, c) => forbidders(table, r, c)));
    expect(lists).toEqual([
      [
        [],
        [
          'reportingLine',
          'sameDepartment',
          'sharedLanguage',
          'maxTimeZoneGap',
          'levelRequired',
          'custom:certified-only',
        ],
        ['reportingLine', 'sameDepartment', 'seniorityGap', 'maxTimeZoneGap', 'custom:no-same-team'],
        ['levelRequired'],
        ['excluded', 'custom:no-same-team'],
      ],
      [
        ['levelRequired'],
        [
          'reportingLine',
          'sameDepartment',
          'sharedLanguage',
          'maxTimeZoneGap',
          'levelRequired',
          'custom:certified-only',
        ],
        ['reportingLine', 'sameDepartment', 'seniorityGap', 'maxTimeZoneGap', 'custom:no-same-team'],
        ['forbiddenPair'],
        ['excluded', 'levelRequired', 'custom:no-same-team'],
      ],
      [
        ['sameDepartment'],
        ['seniorityGap', 'sharedLanguage', 'maxTimeZoneGap', 'custom:certified-only'],
        ['seniorityGap', 'maxTimeZoneGap'],
        ['self', 'levelRequired'],
        [],
      ],
      [
        ['forbiddenPair', 'sameDepartment', 'seniorityGap', 'sharedLanguage', 'maxTimeZoneGap', 'levelRequired'],
        ['sharedLanguage', 'custom:certified-only'],
        ['seniorityGap', 'levelRequired'],
        ['seniorityGap', 'sharedLanguage', 'maxTimeZoneGap', 'levelRequired'],
        ['levelRequired'],
      ],
    ]);
    // The two allowed pairs, by hand (micro defaults; custom in force through same-site; shares sum to 1).
    // eve/pricing–ana: expertise 1, willingness 1, language 1, 1 h apart 7/8, departments 1, 2nd of 2 → 0.5, same site 1.
    // sam/pricing–dee: level 3 for 2 → 0.92, offers 1, language, zone, department neutral, no list 0.5, no site 0.
    const ninf = Number.NEGATIVE_INFINITY;
    expectGrid(grid(table), [
      [0.4 + 0.15 + 0.1 + 0.1 * 0.875 + 0.05 + 0.15 * 0.5 + 0.05, ninf, ninf, ninf, ninf],
      [ninf, ninf, ninf, ninf, ninf],
      [ninf, ninf, ninf, ninf, 0.4 * 0.92 + 0.15 + 0.1 * 0.5 + 0.1 * 0.5 + 0.05 * 0.5 + 0.15 * 0.5],
      [ninf, ninf, ninf, ninf, ninf],
    ]);
    expectExplanationsAddUp(table);
  });

  for (const [label, input] of [
    ['micro', ZOO],
    ['classic', CLASSIC_ZOO],
  ] as const) {
    it(`switching one rule off in the ${label} zoo removes exactly that rule from every explanation, and frees the pairs it alone forbade`, () => {
      const table = score(input);
      const names = ruleNames(input);
      let freed = 0;
      for (const name of names) {
        const off = score(without(input, name));
        expect(off.scores.rows).toBe(table.scores.rows);
        for (let r = 0; r < table.rows.length; r++) {
          for (let c = 0; c < table.mentorIds.length; c++) {
            const before = forbidders(table, r, c);
            const after = forbidders(off, r, c);
            expect(after, `${name} off, pair (${r}, ${c})`).toEqual(before.filter((b) => b !== name));
            const allowed = off.scores.data[r * off.scores.cols + c] !== Number.NEGATIVE_INFINITY;
            expect(allowed).toBe(after.length === 0);
            if (before.length === 1 && before[0] === name) {
              expect(allowed).toBe(true);
              freed++;
            }
          }
        }
      }
      expect(freed).toBeGreaterThan(0);
      // With every rule a pair names switched off, the pair is allowed: no rule forbids it unnamed.
      for (let r = 0; r < table.rows.length; r++) {
        for (let c = 0; c < table.mentorIds.length; c++) {
          const listed = forbidders(table, r, c);
          const off = score(listed.reduce(without, input));
          expect(off.scores.data[r * off.scores.cols + c]).toBeGreaterThanOrEqual(0);
        }
      }
    });
  }
});
