/**
 * `programWarnings` (src/match/programWarnings.ts) and where its warnings surface: every code with
 * its exact path and message; `matchProgram`, `rematch` and `programReport` carry them, and a
 * programme with nothing wrong (the bundled samples among them) gets `warnings: []`. Two oracles on
 * fast-check programmes (fixed seed): `rulesOutEveryPair` against a brute force over every
 * (mentee, mentor) pair with the scorer's own compiled rules, and `unknownAttribute` against a scan
 * of every person's attributes. Last, `parseProgram`'s weights check against the scorer: a weight
 * set is rejected exactly when `scoreProgram` would leave no criterion in force.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Criterion,
  InvalidInputError,
  matchProgram,
  type Program,
  type ProgramWarning,
  parseProgram,
  programReport,
  programWarnings,
  rematch,
  reportToMarkdown,
} from '../src/index.js';
import { drain } from '../src/internal/drain.js';
import { indexProgram } from '../src/model/indexProgram.js';
import { CRITERIA } from '../src/model/program.js';
import { compileRules, ruleHolds } from '../src/score/customRules.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { FC_SEED, fcOptions } from './helpers/fastCheck.js';
import { type ProgramJson, programArbitrary } from './helpers/programArbitrary.js';

console.info(`fast-check seed for programWarnings properties: ${FC_SEED}`);

const root = fileURLToPath(new URL('..', import.meta.url));

/** Three mentors and two mentees with attributes; `rules.custom` is what each test adds. */
const BASE = {
  mode: 'micro',
  topics: [{ id: 'pricing' }],
  mentors: [
    { id: 'ana', skills: [{ topic: 'pricing', level: 5 }], attributes: { site: 'Lyon', certified: true } },
    { id: 'ben', skills: [{ topic: 'pricing', level: 4 }], attributes: { site: 'Paris', certified: false } },
    { id: 'cid', skills: [{ topic: 'pricing', level: 4 }], attributes: { remote: true } },
  ],
  mentees: [
    { id: 'bo', requests: [{ topic: 'pricing', level: 3 }], attributes: { site: 'Lyon', intern: true } },
    { id: 'di', requests: [{ topic: 'pricing', level: 2 }], attributes: { site: 'Paris' } },
  ],
} as const;

type RuleJson = NonNullable<NonNullable<ProgramJson['rules']>['custom']>[number];

/** The warnings of BASE with these custom rules. */
function warningsWith(...custom: RuleJson[]): ProgramWarning[] {
  return programWarnings(parseProgram({ ...BASE, rules: { custom } }));
}

/** A rule's condition as `rulesOutEveryPair` carries it: the conjunction of its parts. */
function all(...parts: { code: string; params: Record<string, string> }[]) {
  return { code: 'condition.all', params: { parts } };
}

describe('programWarnings: unknownAttribute', () => {
  it('a mentor or mentee condition on an attribute nobody on that side has: the path to that field, the attributes that side has', () => {
    expect(
      warningsWith(
        { name: 'on-site', effect: 'prefer', mentor: { attribute: 'sitte', equals: 'Lyon' } },
        { name: 'interns', effect: 'avoid', mentee: { attribute: 'certified', equals: true } },
      ),
    ).toEqual([
      {
        code: 'unknownAttribute',
        path: ['rules', 'custom', 0, 'mentor', 'attribute'],
        params: {
          side: 'mentor',
          attribute: 'sitte',
          rule: 'on-site',
          known: ['certified', 'remote', 'site'],
          count: 3,
        },
        message:
          'rules.custom[0].mentor.attribute: no mentor has the attribute "sitte" (rule "on-site"); mentors have "certified", "remote", "site"',
      },
      {
        code: 'unknownAttribute',
        path: ['rules', 'custom', 1, 'mentee', 'attribute'],
        params: { side: 'mentee', attribute: 'certified', rule: 'interns', known: ['intern', 'site'], count: 2 },
        message:
          'rules.custom[1].mentee.attribute: no mentee has the attribute "certified" (rule "interns"); mentees have "intern", "site"',
      },
    ]);
  });

  it('`same` on an attribute that no mentor, no mentee, or nobody has', () => {
    expect(
      warningsWith(
        { name: 'same-remote', effect: 'prefer', same: 'remote' },
        { name: 'same-intern', effect: 'avoid', same: 'intern' },
        { name: 'same-floor', effect: 'prefer', same: 'floor' },
      ),
    ).toEqual([
      {
        code: 'unknownAttribute',
        path: ['rules', 'custom', 0, 'same'],
        params: { side: 'mentee', attribute: 'remote', rule: 'same-remote', known: ['intern', 'site'], count: 2 },
        message:
          'rules.custom[0].same: no mentee has the attribute "remote" (rule "same-remote"); mentees have "intern", "site"',
      },
      {
        code: 'unknownAttribute',
        path: ['rules', 'custom', 1, 'same'],
        params: {
          side: 'mentor',
          attribute: 'intern',
          rule: 'same-intern',
          known: ['certified', 'remote', 'site'],
          count: 3,
        },
        message:
          'rules.custom[1].same: no mentor has the attribute "intern" (rule "same-intern"); mentors have "certified", "remote", "site"',
      },
      {
        code: 'unknownAttribute',
        path: ['rules', 'custom', 2, 'same'],
        params: { side: 'both', attribute: 'floor', rule: 'same-floor' },
        message: 'rules.custom[2].same: neither mentors nor mentees have the attribute "floor" (rule "same-floor")',
      },
    ]);
  });

  it('a side with no attributes says so; a side with nobody on it is not checked', () => {
    const noAttributes = parseProgram({
      ...BASE,
      mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
      rules: { custom: [{ name: 'lyon', effect: 'prefer', mentee: { attribute: 'site', equals: 'Lyon' } }] },
    });
    expect(programWarnings(noAttributes).map((w) => w.message)).toEqual([
      'rules.custom[0].mentee.attribute: no mentee has the attribute "site" (rule "lyon"); mentees have no attributes',
    ]);
    const nobody = parseProgram({ ...noAttributes, mentees: [] });
    expect(programWarnings(nobody)).toEqual([]);
  });

  it('lists at most ten attribute names, then counts the rest', () => {
    const attributes = Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`a${String(k).padStart(2, '0')}`, k]));
    const program = parseProgram({
      ...BASE,
      mentors: [{ id: 'ana', skills: [], attributes }],
      rules: { custom: [{ name: 'x', effect: 'prefer', mentor: { attribute: 'zz' } }] },
    });
    expect(programWarnings(program)[0]?.message).toBe(
      'rules.custom[0].mentor.attribute: no mentor has the attribute "zz" (rule "x"); mentors have "a00", "a01", "a02", "a03", "a04", "a05", "a06", "a07", "a08", "a09" (and 2 more)',
    );
  });
});

describe('programWarnings: rulesOutEveryPair', () => {
  it('a `require` that no pair meets, after the unknownAttribute that causes it', () => {
    expect(
      warningsWith({ name: 'senior-only', effect: 'require', mentor: { attribute: 'senior', equals: true } }),
    ).toEqual([
      {
        code: 'unknownAttribute',
        path: ['rules', 'custom', 0, 'mentor', 'attribute'],
        params: {
          side: 'mentor',
          attribute: 'senior',
          rule: 'senior-only',
          known: ['certified', 'remote', 'site'],
          count: 3,
        },
        message:
          'rules.custom[0].mentor.attribute: no mentor has the attribute "senior" (rule "senior-only"); mentors have "certified", "remote", "site"',
      },
      {
        code: 'rulesOutEveryPair',
        path: ['rules', 'custom', 0],
        params: {
          rule: 'senior-only',
          effect: 'require',
          condition: all({ code: 'condition.equals', params: { side: 'mentor', attribute: 'senior', value: 'true' } }),
        },
        message:
          'rules.custom[0]: custom rule "senior-only" requires that the mentor\'s senior is true, which no (mentee, mentor) pair meets: it rules out every pair',
      },
    ]);
  });

  it('a `require` on known attributes whose values never meet: no unknownAttribute, only rulesOutEveryPair', () => {
    expect(
      warningsWith({
        name: 'certified-for-paris',
        effect: 'require',
        mentor: { attribute: 'site', equals: 'Lyon' },
        mentee: { attribute: 'site', equals: 'Paris' },
        same: 'site',
      }),
    ).toEqual([
      {
        code: 'rulesOutEveryPair',
        path: ['rules', 'custom', 0],
        params: {
          rule: 'certified-for-paris',
          effect: 'require',
          condition: all(
            { code: 'condition.equals', params: { side: 'mentor', attribute: 'site', value: '"Lyon"' } },
            { code: 'condition.equals', params: { side: 'mentee', attribute: 'site', value: '"Paris"' } },
            { code: 'condition.same', params: { attribute: 'site' } },
          ),
        },
        message:
          'rules.custom[0]: custom rule "certified-for-paris" requires that the mentor\'s site is "Lyon" and the mentee\'s site is "Paris" and both have the same site, which no (mentee, mentor) pair meets: it rules out every pair',
      },
    ]);
  });

  it('a `forbid` that every pair meets; none when one person escapes it', () => {
    const everyone = { name: 'no-one', effect: 'forbid', mentee: { attribute: 'site' } } as const;
    expect(warningsWith(everyone)).toEqual([
      {
        code: 'rulesOutEveryPair',
        path: ['rules', 'custom', 0],
        params: {
          rule: 'no-one',
          effect: 'forbid',
          condition: all({ code: 'condition.has', params: { side: 'mentee', attribute: 'site' } }),
        },
        message:
          'rules.custom[0]: custom rule "no-one" forbids pairs where the mentee has a site, which every (mentee, mentor) pair meets: it rules out every pair',
      },
    ]);
    // cid has no site: `same` does not hold with them.
    expect(warningsWith({ name: 'same-site', effect: 'forbid', same: 'site' })).toEqual([]);
    expect(
      warningsWith({ name: 'certified', effect: 'require', mentor: { attribute: 'certified', equals: true } }),
    ).toEqual([]);
  });

  it('`forbid` with `same` rules out every pair only when everyone shares one value', () => {
    const program = parseProgram({
      mode: 'classic',
      topics: [],
      mentors: [{ id: 'ana', skills: [], attributes: { site: 'Lyon' } }],
      mentees: [
        { id: 'bo', attributes: { site: 'Lyon' } },
        { id: 'di', attributes: { site: 'Lyon' } },
      ],
      rules: { custom: [{ name: 'other-site', effect: 'forbid', same: 'site' }] },
    });
    expect(programWarnings(program).map((w) => w.code)).toEqual(['rulesOutEveryPair']);
    // The matching agrees: nobody is matched, and every mentee is ruled out by that rule.
    const result = matchProgram(program);
    expect(result.matches).toEqual([]);
    expect(result.unmatched.map((u) => [u.code, u.rules])).toEqual([
      ['ruledOut', [{ rule: 'custom:other-site', mentors: 1 }]],
      ['ruledOut', [{ rule: 'custom:other-site', mentors: 1 }]],
    ]);
  });

  it('soft rules never rule out a pair; nor is a rule checked without a mentor or a mentee', () => {
    expect(
      warningsWith({ name: 'same-site', effect: 'avoid', mentee: { attribute: 'site' } }).map((w) => w.code),
    ).toEqual([]);
    const noMentees = parseProgram({
      ...BASE,
      mentees: [],
      rules: { custom: [{ name: 'lyon', effect: 'require', mentor: { attribute: 'site', equals: 'Nice' } }] },
    });
    expect(programWarnings(noMentees)).toEqual([]);
  });
});

describe('warnings in results and reports', () => {
  const warned = {
    ...BASE,
    rules: { custom: [{ name: 'senior-only', effect: 'require', mentor: { attribute: 'senior' } }] },
  } as const;

  it('matchProgram, rematch (on the programme after the changes) and programReport carry the warnings', () => {
    const expected = programWarnings(parseProgram(warned));
    expect(expected.map((w) => w.code)).toEqual(['unknownAttribute', 'rulesOutEveryPair']);
    const result = matchProgram(warned);
    expect(result.warnings).toEqual(expected);
    // rematch warns about the programme after the changes: without cid, no mentor is "remote".
    const after = programWarnings(parseProgram({ ...warned, mentors: warned.mentors.filter((m) => m.id !== 'cid') }));
    expect(after[0]?.message).toContain('mentors have "certified", "site"');
    expect(rematch(warned, result, { removeMentors: ['cid'] }).warnings).toEqual(after);
    const report = programReport(warned, result);
    expect(report.warnings).toEqual(expected);
    const text = reportToMarkdown(report);
    expect(text).toContain('## Warnings');
    expect(text).toContain('no mentor has the attribute "senior" (rule "senior-only")');
    expect(text).toContain('custom rule "senior-only" requires that the mentor has a senior');
  });

  it('paths refer to the input: people listed out of id order change nothing', () => {
    const reversed = { ...warned, mentors: [...warned.mentors].reverse(), mentees: [...warned.mentees].reverse() };
    expect(matchProgram(reversed).warnings).toEqual(matchProgram(warned).warnings);
  });

  it('a programme with nothing wrong gets warnings: [] (the bundled samples, BASE with sound rules)', () => {
    for (const name of ['micro', 'classic']) {
      const json = readFileSync(`${root}examples/data/${name}.json`, 'utf8');
      expect(programWarnings(parseProgram(json)), name).toEqual([]);
      expect(programReport(json).warnings, name).toEqual([]);
      expect(reportToMarkdown(programReport(json))).not.toContain('## Warnings');
    }
    const sound = {
      ...BASE,
      rules: {
        custom: [
          { name: 'same-site', effect: 'prefer', same: 'site' },
          { name: 'certified', effect: 'require', mentor: { attribute: 'certified', equals: true } },
          {
            name: 'no-remote-interns',
            effect: 'forbid',
            mentor: { attribute: 'remote' },
            mentee: { attribute: 'intern' },
          },
        ],
      },
    } as const;
    expect(matchProgram(sound).warnings).toEqual([]);
    expect(matchProgram(BASE).warnings).toEqual([]);
  });
});

/** Generated programmes, hours budgets kept to micro mode (a classic mentor takes no hours). */
const programs = programArbitrary().map(
  (input): ProgramJson =>
    input.mode === 'micro' ? input : { ...input, mentors: input.mentors.map(({ hoursBudget: _, ...m }) => m) },
);

describe('programWarnings against brute force (fast-check)', () => {
  it('rulesOutEveryPair exactly for the hard rules under which no (mentee, mentor) pair passes, by ruleHolds', () => {
    let flagged = 0;
    fc.assert(
      fc.property(programs, (input) => {
        const program = parseProgram(input);
        const compiled = compileRules(drain(indexProgram(program)));
        const expected = compiled.flatMap((c, k) => {
          if (c.rule.effect !== 'require' && c.rule.effect !== 'forbid') return [];
          if (program.mentors.length === 0 || program.mentees.length === 0) return [];
          const wanted = c.rule.effect === 'require' ? 1 : 0;
          for (let e = 0; e < program.mentees.length; e++) {
            if (program.mentors.some((_, m) => ruleHolds(c, e, m) === wanted)) return [];
          }
          return [k];
        });
        const got = programWarnings(program).filter((w) => w.code === 'rulesOutEveryPair');
        expect(got.map((w) => w.path)).toEqual(expected.map((k) => ['rules', 'custom', k]));
        flagged += got.length;
      }),
      fcOptions(400),
    );
    // The property is not vacuous: the generator's rules do rule out everyone now and then.
    expect(flagged).toBeGreaterThan(10);
  });

  it('unknownAttribute exactly for the conditions that name an attribute absent from every person of a non-empty side', () => {
    fc.assert(
      fc.property(programs, (input) => {
        const program = parseProgram(input);
        const has = (people: Program['mentors'] | Program['mentees'], name: string) =>
          people.length === 0 || people.some((p) => Object.hasOwn(p.attributes, name));
        const expected = program.rules.custom.flatMap((rule, k) => [
          ...(rule.mentor !== undefined && !has(program.mentors, rule.mentor.attribute)
            ? [['rules', 'custom', k, 'mentor', 'attribute']]
            : []),
          ...(rule.mentee !== undefined && !has(program.mentees, rule.mentee.attribute)
            ? [['rules', 'custom', k, 'mentee', 'attribute']]
            : []),
          ...(rule.same !== undefined && (!has(program.mentors, rule.same) || !has(program.mentees, rule.same))
            ? [['rules', 'custom', k, 'same']]
            : []),
        ]);
        const got = programWarnings(program).filter((w) => w.code === 'unknownAttribute');
        expect(got.map((w) => w.path)).toEqual(expected);
        for (const w of programWarnings(program)) {
          const path = w.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
          expect(w.message.startsWith(`${path.slice(1)}: `)).toBe(true);
        }
      }),
      fcOptions(400),
    );
  });
});

describe('parseProgram rejects weights that leave no criterion in force, exactly as scoreProgram would', () => {
  /** One mentor, one mentee, every profile field given; the pair is allowed (a repeat, with `history`). */
  const pair = (mode: 'micro' | 'classic', sameDepartment: 'allowed' | 'avoided', soft: boolean, history: boolean) => ({
    mode,
    topics: [{ id: 't' }],
    mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }], department: 'ops', attributes: { site: 'Lyon' } }],
    mentees: [
      {
        id: 'bo',
        department: 'it',
        attributes: { site: 'Lyon' },
        ...(mode === 'micro' ? { requests: [{ topic: 't', level: 3 }] } : { goals: [{ topic: 't' }] }),
      },
    ],
    rules: {
      sameDepartment,
      custom: soft ? [{ name: 'same-site', effect: 'prefer', same: 'site' } as const] : [],
    },
    history: history ? [{ mentee: 'bo', mentor: 'ana', date: '2026-01-15' }] : [],
  });

  it('for each mode, department switch, soft rules or none, history or none, and each set of positive weights of size ≤ 2', () => {
    const subsets: Criterion[][] = [[]];
    for (const [k, a] of CRITERIA.entries()) {
      subsets.push([a]);
      for (const b of CRITERIA.slice(k + 1)) subsets.push([a, b]);
    }
    let rejected = 0;
    for (const mode of ['micro', 'classic'] as const)
      for (const sameDepartment of ['allowed', 'avoided'] as const)
        for (const soft of [false, true])
          for (const history of [false, true])
            for (const positive of subsets) {
              const weights = Object.fromEntries(CRITERIA.map((c) => [c, positive.includes(c) ? 1 : 0]));
              const input = { ...pair(mode, sameDepartment, soft, history), weights };
              // The scorer on the same programme, weights set past the parser.
              const valid = parseProgram({ ...input, weights: undefined });
              // (scoreTable, the scorer without scoreProgram's validation, which would reject these weights.)
              const inForce = scoreTable({ ...valid, weights: weights as Program['weights'] }, false).explain(
                0,
                0,
              ).criteria;
              const what = `${mode}, sameDepartment ${sameDepartment}, ${soft ? 'a soft rule' : 'no soft rule'}, ${history ? 'a history' : 'no history'}, weights on ${positive.join(', ') || 'nothing'}`;
              if (inForce.length > 0) {
                expect(() => parseProgram(input), what).not.toThrow();
                continue;
              }
              rejected++;
              let error: unknown;
              try {
                parseProgram(input);
              } catch (caught) {
                error = caught;
              }
              expect(error, what).toBeInstanceOf(InvalidInputError);
              expect(
                (error as InvalidInputError).issues.map((i) => i.path),
                what,
              ).toEqual([['weights']]);
            }
    // Rejected, per mode: the empty set in every case, and the criteria that are off (department,
    // custom, and without a history repeat, novelty and rotation), alone or in twos. With a history:
    // 4 with sameDepartment allowed and no soft rule, 2 and 2, then 1; without, 5 criteria off, then
    // 4, 4 and 3: 1 + 5 + 10, 1 + 4 + 6 twice, 1 + 3 + 3.
    expect(rejected).toBe(2 * (4 + 2 + 2 + 1 + (16 + 11 + 11 + 7)));
  });
});
