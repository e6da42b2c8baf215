/**
 * The issues of the domain functions' other arguments (a previous matching, two matchings to
 * compare, a report, a result, locked pairs, table indices, history and sample options) as data:
 * each has a code and params; its English message is the English catalog's rendering of them; in
 * Italian (the call's `locale` where the function takes one, else the Italian catalog) it is
 * another sentence holding no English sentence of the catalogs, with the same codes, params and
 * paths as in English.
 */
import { describe, expect, it as test } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import {
  compareMatchings,
  historyFromResult,
  type InputIssue,
  InvalidInputError,
  matchProgram,
  programReport,
  rematch,
  reportToHtml,
  reportToMarkdown,
  scoreProgram,
} from '../src/index.js';
import { translator } from '../src/locale/message.js';
import { it } from '../src/locales/it.js';
import { renderIssue } from '../src/model/issues.js';
import { englishFragments } from './helpers/englishFragments.js';

const micro = {
  mode: 'micro',
  topics: [{ id: 'sales' }, { id: 'ops' }],
  mentors: [
    {
      id: 'ana',
      skills: [
        { topic: 'sales', level: 5 },
        { topic: 'ops', level: 4 },
      ],
      capacity: 1,
    },
    { id: 'raj', skills: [{ topic: 'sales', level: 4 }], languages: ['fr'] },
  ],
  mentees: [
    {
      id: 'bo',
      languages: ['en'],
      requests: [
        { topic: 'sales', level: 3 },
        { topic: 'ops', level: 2 },
      ],
    },
    { id: 'cy', requests: [{ topic: 'sales', level: 3 }] },
  ],
} as const;
const classic = {
  mode: 'classic',
  topics: [{ id: 'sales' }],
  mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
  mentees: [{ id: 'bo' }],
} as const;

const english = translator(undefined);
const italian = translator(it);
const fragments = englishFragments();
const englishIn = (text: string) => fragments.filter((f) => text.includes(f));

function thrown(call: () => unknown): InvalidInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('no error');
}

const data = (issues: readonly InputIssue[]) => issues.map(({ path, code, params }) => ({ path, code, params }));

/** Every issue has a code and params, and reads as the English catalog renders it. */
function expectCoded(error: InvalidInputError): void {
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(issue.code, issue.message).toBeTypeOf('string');
    expect(issue.params, issue.message).toBeTypeOf('object');
    expect(renderIssue(english, issue)).toBe(issue.message);
  }
}

/** Rendered with the Italian catalog: another sentence, no English. */
function expectItalian(issues: readonly InputIssue[]): void {
  for (const issue of issues) {
    const text = renderIssue(italian, issue);
    expect(text).not.toBe(renderIssue(english, issue));
    expect(englishIn(text), text).toEqual([]);
  }
}

describe('functions without a locale: coded issues, English from the catalog, Italian through it', () => {
  const result = matchProgram(micro);
  const first = result.matches[0];
  const cases: readonly (readonly [string, () => unknown, readonly string[]])[] = [
    ['compareMatchings, not a matching', () => compareMatchings(3 as never, result), ['invalid_type']],
    [
      'compareMatchings, matches and summary',
      () => compareMatchings({ matches: 'x', summary: 1 } as never, result),
      ['invalid_type', 'invalid_type'],
    ],
    [
      'compareMatchings, a pair',
      () =>
        compareMatchings({ ...result, matches: [{ mentee: 1, mentor: 'ana', score: Number.NaN }, 5] } as never, result),
      ['invalid_type', 'invalid_type', 'invalid_type'],
    ],
    [
      'compareMatchings, a request matched twice',
      () => compareMatchings({ ...result, matches: [first, first] } as never, result),
      ['matched_twice'],
    ],
    [
      'compareMatchings, figures',
      () =>
        compareMatchings(
          { ...result, summary: { ...result.summary, meanScore: 'x', totalScore: Number.NaN } } as never,
          result,
        ),
      ['invalid_type', 'invalid_type'],
    ],
    ['compareMatchings, modes', () => compareMatchings(matchProgram(classic), result), ['mode_mismatch']],
    [
      'historyFromResult',
      () => historyFromResult({ matches: [{ mentee: '', mentor: 7, topic: 3 }] } as never, '2026-02-30'),
      ['invalid_format', 'invalid_type', 'invalid_type', 'invalid_type'],
    ],
    ['historyFromResult, no matches', () => historyFromResult({} as never, '2026-03-01'), ['invalid_type']],
    ['explain', () => scoreProgram(micro).explain(3, -1), ['out_of_range', 'out_of_range']],
    ['ruledOut, no rows', () => scoreProgram({ ...micro, mentees: [] }).ruledOut(0), ['out_of_range']],
    [
      'sampleProgram',
      () => sampleProgram({ mode: 'micro', mentors: 0, mentees: 1, topics: 5, seed: 1 }),
      ['too_small', 'too_small'],
    ],
    [
      'sampleProgram, topics not an integer',
      () => sampleProgram({ mode: 'micro', mentors: 1, mentees: 1, topics: 20.5, seed: 1 }),
      ['invalid_type'],
    ],
  ];
  for (const [name, call, codes] of cases)
    test(name, () => {
      const error = thrown(call);
      expect(error.issues.map((i) => i.code)).toEqual(codes);
      expectCoded(error);
      expectItalian(error.issues);
    });

  test('the messages read as before, or name the types as the programme issues do', () => {
    expect(thrown(() => compareMatchings(matchProgram(classic), result)).issues[0]?.message).toBe(
      'after.mode is "micro", before.mode "classic": only matchings of the same mode compare',
    );
    const twice = thrown(() => compareMatchings({ ...result, matches: [first, first] } as never, result)).issues[0];
    expect(twice).toMatchObject({
      path: ['before', 'matches', 1],
      params: { mentee: first?.mentee, mode: 'micro', topic: first?.topic, first: 0 },
    });
    expect(renderIssue(italian, twice as InputIssue)).toBe(
      `before.matches[1]: la richiesta di "${first?.mentee}" su "${first?.topic}" compare due volte (anche in matches[0])`,
    );
    expect(thrown(() => scoreProgram({ ...micro, mentees: [] }).ruledOut(0)).message).toBe(
      'ruledOut: row has no valid value: the table has no rows, got 0',
    );
  });
});

describe('functions with a locale: the issues in the call’s words', () => {
  const result = matchProgram(micro);
  const first = result.matches[0];
  const calls: readonly (readonly [string, (locale: 'en' | typeof it) => unknown, string])[] = [
    ['rematch, not a matching', (locale) => rematch(micro, 3, {}, { locale }), 'invalid_type'],
    [
      'rematch, a request matched twice',
      (locale) => rematch(micro, { matches: [first, first] }, {}, { locale }),
      'matched_twice',
    ],
    [
      'rematch, a request the mentee did not make',
      (locale) => rematch(micro, { matches: [{ mentee: 'cy', mentor: 'ana', topic: 'ops' }] }, {}, { locale }),
      'unknown_request',
    ],
    [
      'rematch, a change',
      (locale) => rematch(micro, result, { removeMentors: ['nobody'] }, { locale }),
      'unknown_reference',
    ],
    [
      'matchProgram, a lock a hard rule forbids',
      (locale) =>
        matchProgram(
          { ...micro, rules: { sharedLanguage: true, lockedPairs: [{ mentee: 'bo', mentor: 'raj', topic: 'sales' }] } },
          { locale },
        ),
      'locked_pair_conflict',
    ],
    [
      'matchProgram, locks beyond a capacity',
      (locale) =>
        matchProgram(
          {
            ...micro,
            rules: {
              lockedPairs: [
                { mentee: 'bo', mentor: 'ana', topic: 'ops' },
                { mentee: 'cy', mentor: 'ana' },
              ],
            },
          },
          { locale },
        ),
      'locked_pair_conflict',
    ],
    [
      'rematch, two requests locked to one mentor',
      (locale) =>
        rematch(
          {
            ...micro,
            mentors: [{ ...micro.mentors[0], capacity: 2 }, micro.mentors[1]],
            rules: {
              lockedPairs: [
                { mentee: 'bo', mentor: 'ana', topic: 'ops' },
                { mentee: 'bo', mentor: 'ana', topic: 'sales' },
              ],
            },
          },
          { matches: [] },
          {},
          { locale },
        ),
      'locked_pair_conflict',
    ],
    ['reportToMarkdown, not a report', (locale) => reportToMarkdown([] as never, { locale }), 'invalid_type'],
    ['reportToHtml, a report without fields', (locale) => reportToHtml({} as never, { locale }), 'required'],
    [
      'reportToHtml, a title',
      (locale) => reportToHtml(programReport(micro), { locale, title: 3 as never }),
      'invalid_type',
    ],
    [
      'programReport, a result of the other mode with a bad score',
      (locale) =>
        programReport(micro, { mode: 'classic', matches: [{ ...first, score: 2 }], unmatched: [] } as never, {
          locale,
        }),
      'mode_mismatch',
    ],
  ];
  for (const [name, call, code] of calls)
    test(name, () => {
      const inEnglish = thrown(() => call('en'));
      const inItalian = thrown(() => call(it));
      expectCoded(inEnglish);
      expect(inEnglish.issues[0]?.code).toBe(code);
      const neutral = (issues: readonly InputIssue[]) =>
        data(issues).map((i) => (i.code === 'locked_pair_conflict' ? { ...i, params: { ...i.params, rules: '' } } : i));
      expect(neutral(inItalian.issues)).toEqual(neutral(inEnglish.issues));
      for (const [k, issue] of inItalian.issues.entries()) {
        expect(issue.message).not.toBe(inEnglish.issues[k]?.message);
        expect(issue.message).toBe(renderIssue(italian, issue));
      }
      expect(englishIn(inItalian.message), inItalian.message).toEqual([]);
    });

  test('a lock a hard rule forbids names the rule in the locale', () => {
    const program = {
      ...micro,
      rules: { sharedLanguage: true, lockedPairs: [{ mentee: 'bo', mentor: 'raj', topic: 'sales' }] },
    };
    expect(thrown(() => matchProgram(program)).issues[0]?.message).toBe(
      'rules.lockedPairs[0] ("bo" with "raj"): a hard rule forbids this pair: no language in common (rules.sharedLanguage)',
    );
    expect(thrown(() => matchProgram(program, { locale: it })).issues[0]?.message).toBe(
      `rules.lockedPairs[0] ("bo" con "raj"): un vincolo vieta questa coppia: ${translator(it).text({ code: 'rule.sharedLanguage', params: {} })}`,
    );
  });
});
