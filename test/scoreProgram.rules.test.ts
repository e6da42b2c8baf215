/**
 * `scoreProgram`'s hard rules on hand-made programmes, each checked to forbid exactly the pairs it
 * should: self, excluded, forbiddenPairs with and without a topic, reportingLine both ways,
 * sameDepartment, seniorityGap, sharedLanguage, maxTimeZoneGap, levelRequired, custom require /
 * forbid, and none when the data is missing.
 */
import { describe, expect, it } from 'vitest';
import { forbidders, grid, score } from './helpers/scoreChecks.js';
import { EXPERTS, TOPICS } from './helpers/scoreFixtures.js';

describe('scoreProgram hard rules', () => {
  const ninf = Number.NEGATIVE_INFINITY;

  it('self: a person who is both mentor and mentee is never paired with themself', () => {
    const table = score({
      mode: 'micro',
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: [
        { id: 'sam', skills: [{ topic: 'a', level: 5 }] },
        { id: 'kim', skills: [{ topic: 'a', level: 5 }] },
      ],
      mentees: [{ id: 'sam', requests: [{ topic: 'a', level: 2 }] }],
    });
    expect(grid(table)[0]?.[0]).toBe(ninf);
    expect(forbidders(table, 0, 0)).toEqual(['self']);
    expect(forbidders(table, 0, 1)).toEqual([]);
  });

  it('excluded: the mentors a mentee excludes', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'a', skills: [] },
        { id: 'b', skills: [] },
      ],
      mentees: [{ id: 'e', exclude: ['b'] }, { id: 'f' }],
    });
    expect(grid(table).map((row) => row.map((x) => x === ninf))).toEqual([
      [false, true],
      [false, false],
    ]);
    expect(table.explain(0, 1).rules).toEqual([
      { rule: 'excluded', code: 'rule.excluded', params: {}, message: 'the mentee excluded this mentor' },
    ]);
  });

  it('forbiddenPairs: with a topic, only that request; without, the mentee (classic) or its single request (micro)', () => {
    const microTable = score({
      mode: 'micro',
      topics: [{ id: 'a' }, { id: 'b' }],
      mentors: [
        {
          id: 'm',
          skills: [
            { topic: 'a', level: 5 },
            { topic: 'b', level: 5 },
          ],
        },
        {
          id: 'n',
          skills: [
            { topic: 'a', level: 5 },
            { topic: 'b', level: 5 },
          ],
        },
      ],
      mentees: [
        {
          id: 'two',
          requests: [
            { topic: 'a', level: 1 },
            { topic: 'b', level: 1 },
          ],
        },
        { id: 'one', requests: [{ topic: 'b', level: 1 }] },
      ],
      rules: {
        forbiddenPairs: [
          { mentee: 'two', mentor: 'm', topic: 'b' },
          { mentee: 'one', mentor: 'n' },
        ],
      },
    });
    expect(grid(microTable).map((row) => row.map((x) => x === ninf))).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
    expect(forbidders(microTable, 1, 0)).toEqual(['forbiddenPair']);
    expect(forbidders(microTable, 2, 1)).toEqual(['forbiddenPair']);
    const classicTable = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'm', skills: [] },
        { id: 'n', skills: [] },
      ],
      mentees: [{ id: 'e' }, { id: 'f' }],
      rules: { forbiddenPairs: [{ mentee: 'f', mentor: 'm' }] },
    });
    expect(grid(classicTable).map((row) => row.map((x) => x === ninf))).toEqual([
      [false, false],
      [true, false],
    ]);
  });

  it("reportingLine: a manager never mentors their report nor the reverse; 'allowed' lifts it", () => {
    const input = {
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'boss', skills: [] },
        { id: 'report', skills: [], managerId: 'lead' },
        { id: 'peer', skills: [], managerId: 'someone' },
      ],
      mentees: [{ id: 'lead', managerId: 'boss' }],
    };
    const table = score(input);
    expect(grid(table)[0]?.map((x) => x === ninf)).toEqual([true, true, false]);
    expect(table.explain(0, 0).rules).toEqual([
      {
        rule: 'reportingLine',
        code: 'rule.reportingLine',
        params: { manager: 'mentor' },
        message: "the mentor is the mentee's manager (reporting line)",
      },
    ]);
    expect(table.explain(0, 1).rules).toEqual([
      {
        rule: 'reportingLine',
        code: 'rule.reportingLine',
        params: { manager: 'mentee' },
        message: "the mentee is the mentor's manager (reporting line)",
      },
    ]);
    expect(grid(score({ ...input, rules: { reportingLine: 'allowed' } }))[0]?.every((x) => x >= 0)).toBe(true);
  });

  it('sharedLanguage: forbids two people who both gave languages and share none; switched off, it does not', () => {
    const input = {
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'de', skills: [], languages: ['de'] },
        { id: 'en', skills: [], languages: ['fr', 'EN'] },
        { id: 'none', skills: [] },
      ],
      mentees: [{ id: 'e', languages: ['en'] }, { id: 'f' }],
    };
    const table = score(input);
    expect(grid(table).map((row) => row.map((x) => x === ninf))).toEqual([
      [true, false, false],
      [false, false, false],
    ]);
    expect(table.explain(0, 0).summary).toBe('forbidden: no language in common (rules.sharedLanguage)');
    expect(
      grid(score({ ...input, rules: { sharedLanguage: false } }))
        .flat()
        .includes(ninf),
    ).toBe(false);
  });

  it('maxTimeZoneGap: forbids pairs further apart than the limit, measured across the date line', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'samoa', skills: [], timeZone: -11 },
        { id: 'delhi', skills: [], timeZone: 5.5 },
        { id: 'nowhere', skills: [] },
      ],
      mentees: [{ id: 'kiritimati', timeZone: 14 }, { id: 'unknown' }],
      rules: { maxTimeZoneGap: 1 },
    });
    expect(grid(table).map((row) => row.map((x) => x === ninf))).toEqual([
      [false, true, false],
      [false, false, false],
    ]);
    expect(table.explain(0, 1).rules[0]?.message).toBe('8.5 h apart, more than the 1 h allowed (rules.maxTimeZoneGap)');
  });

  it('levelRequired (micro only): the mentor’s own level must reach the level asked, without taxonomy credit', () => {
    const input = {
      mode: 'micro',
      topics: TOPICS,
      mentors: EXPERTS,
      mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
    };
    const table = score(input);
    expect(grid(table)[0]?.map((x) => x === ninf)).toEqual([false, true, true, true, true, true]);
    expect(table.explain(0, 2).rules).toEqual([
      {
        rule: 'levelRequired',
        code: 'rule.levelRequired',
        params: { level: 0, topic: 'pricing', asked: 3 },
        message: 'level 0 on pricing, below the level 3 asked (rules.levelRequired)',
      },
    ]);
    expect(
      grid(score({ ...input, rules: { levelRequired: false } }))
        .flat()
        .includes(ninf),
    ).toBe(false);
    const classic = score({
      mode: 'classic',
      topics: TOPICS,
      mentors: EXPERTS,
      mentees: [{ id: 'bo', goals: [{ topic: 'pricing' }] }],
      rules: { levelRequired: true },
    });
    expect(grid(classic).flat().includes(ninf)).toBe(false);
  });

  it('custom require and forbid rules are hard, named custom:<name>', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'cert', skills: [], attributes: { certified: true, team: 'red' } },
        { id: 'uncert', skills: [], attributes: { certified: false, team: 'blue' } },
        { id: 'bare', skills: [] },
        { id: 'cert-blue', skills: [], attributes: { certified: true, team: 'blue' } },
      ],
      mentees: [{ id: 'e', attributes: { team: 'red' } }, { id: 'f' }],
      rules: {
        custom: [
          { name: 'certified-only', effect: 'require', mentor: { attribute: 'certified', equals: true } },
          { name: 'other-team', effect: 'forbid', same: 'team' },
        ],
      },
    });
    expect(grid(table).map((row) => row.map((x) => x === ninf))).toEqual([
      [true, true, true, false],
      [false, true, true, false],
    ]);
    expect(forbidders(table, 0, 0)).toEqual(['custom:other-team']);
    expect(forbidders(table, 0, 1)).toEqual(['custom:certified-only']);
    expect(table.explain(0, 0).rules[0]?.message).toBe(
      'custom rule "other-team" forbids pairs where both have the same team',
    );
    expect(table.explain(1, 2).rules[0]?.message).toBe(
      'custom rule "certified-only" requires that the mentor\'s certified is true',
    );
  });

  it('custom `same`: values the same only when equal and of one type (the string "1" is not the number 1)', () => {
    const mentors = [
      { id: 'm-num', skills: [], attributes: { floor: 1 } },
      { id: 'm-text', skills: [], attributes: { floor: '1' } },
      { id: 'm-true', skills: [], attributes: { floor: true } },
      { id: 'm-text-true', skills: [], attributes: { floor: 'true' } },
      { id: 'm-zero', skills: [], attributes: { floor: 0 } },
      { id: 'm-none', skills: [] },
    ];
    const mentees = [
      { id: 'e-num', attributes: { floor: 1 } },
      { id: 'e-text', attributes: { floor: '1' } },
      { id: 'e-true', attributes: { floor: true } },
      { id: 'e-minus-zero', attributes: { floor: -0 } },
      { id: 'e-none' },
    ];
    const table = score({
      mode: 'classic',
      topics: [],
      mentors,
      mentees,
      rules: { custom: [{ name: 'same-floor', effect: 'require', same: 'floor' }] },
    });
    // Allowed exactly where both hold the attribute with the same value (-0 is 0).
    expect(grid(table).map((row) => row.map((x) => x !== ninf))).toEqual([
      [true, false, false, false, false, false],
      [false, true, false, false, false, false],
      [false, false, true, false, false, false],
      [false, false, false, false, true, false],
      [false, false, false, false, false, false],
    ]);
  });

  it('custom rules with a mentee condition: require forbids every pair of a mentee who misses it, forbid none', () => {
    const mentors = [
      { id: 'cert', skills: [], attributes: { certified: true, site: 'Lyon' } },
      { id: 'uncert', skills: [], attributes: { certified: false, site: 'Paris' } },
      { id: 'bare', skills: [] },
    ];
    const mentees = [
      { id: 'e', attributes: { senior: true, site: 'Lyon' } },
      { id: 'f', attributes: { senior: false, site: 'Paris' } },
      { id: 'g' },
    ];
    const forbidden = (custom: object[]) =>
      grid(score({ mode: 'classic', topics: [], mentors, mentees, rules: { custom } })).map((row) =>
        row.map((x) => x === ninf),
      );
    const senior = { attribute: 'senior', equals: true };
    const certified = { attribute: 'certified', equals: true };
    // Only a senior mentee can meet the condition: the others are paired with no one.
    expect(forbidden([{ name: 'r', effect: 'require', mentee: senior, mentor: certified }])).toEqual([
      [false, true, true],
      [true, true, true],
      [true, true, true],
    ]);
    // Forbidden for a senior mentee only, with a certified mentor.
    expect(forbidden([{ name: 'r', effect: 'forbid', mentee: senior, mentor: certified }])).toEqual([
      [true, false, false],
      [false, false, false],
      [false, false, false],
    ]);
    // The same site required: a mentee without one (g) meets it with no one.
    expect(forbidden([{ name: 'r', effect: 'require', same: 'site' }])).toEqual([
      [false, true, true],
      [true, false, true],
      [true, true, true],
    ]);
  });

  it('a built-in rule whose data is missing on either side does not forbid', () => {
    const table = score({
      mode: 'classic',
      topics: [],
      mentors: [
        { id: 'full', skills: [], grade: 9, languages: ['de'], timeZone: 10, department: 'Ops' },
        { id: 'bare', skills: [] },
      ],
      mentees: [{ id: 'full-e', grade: 1, languages: ['en'], timeZone: -10, department: 'Ops' }, { id: 'bare-e' }],
      rules: { seniorityGap: { min: 1, max: 2 }, maxTimeZoneGap: 1, sameDepartment: 'forbidden' },
    });
    expect(forbidders(table, 0, 0)).toEqual(['sameDepartment', 'seniorityGap', 'sharedLanguage', 'maxTimeZoneGap']);
    expect([forbidders(table, 0, 1), forbidders(table, 1, 0), forbidders(table, 1, 1)]).toEqual([[], [], []]);
  });
});
