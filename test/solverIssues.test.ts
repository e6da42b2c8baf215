/**
 * The solvers' validation issues as data: every issue of `mentormatch/solvers` has a code and
 * params; the English the solvers write from their own small table is exactly what the English
 * catalog renders from the same code and params (so the two cannot drift apart); the Italian catalog
 * renders every one of them with no English sentence left; and the bad inputs below reach every
 * code the solvers have (the constants of src/solve/internal/issue.ts) and every branch of them.
 */
import { describe, expect, it as test } from 'vitest';
import { type InputIssue, InvalidInputError } from '../src/errors.js';
import { formatIssue, matchProgram, matchProgramAsync, suggest } from '../src/index.js';
import { translator } from '../src/locale/message.js';
import { it } from '../src/locales/it.js';
import { renderIssue } from '../src/model/issues.js';
import * as kinds from '../src/solve/internal/issue.js';
import {
  blockingPairs,
  capacitatedAssignment,
  denseMatrix,
  denseMatrixFrom,
  getEntry,
  linearSumAssignment,
  linearSumAssignmentAsync,
  setEntry,
  stableMatching,
} from '../src/solvers.js';
import { englishFragments } from './helpers/englishFragments.js';

const csr = { rows: 2, cols: 3, indptr: [0, 2, 3], indices: [0, 2, 1], data: [1, 2, 3] };
const prefs = {
  proposerPrefs: [[0, 1], [1], [0]],
  receiverPrefs: [
    [0, 2],
    [1, 0],
  ],
};

/** Bad calls of every solver: each throws `InvalidInputError`. */
const BAD: readonly (readonly [string, () => unknown])[] = [
  ['options not an object', () => linearSumAssignment([[1]], 3 as never)],
  ['a boolean option', () => linearSumAssignment([[1]], { maximize: 'yes' as never })],
  ['timeLimitMs', () => linearSumAssignment([[1]], { timeLimitMs: -1 })],
  ['maxEntries', () => linearSumAssignment([[1]], { maxEntries: 1.5 })],
  ['over maxEntries', () => linearSumAssignment([[1, 2]], { maxEntries: 1 })],
  ['over maxEntries, sparse', () => linearSumAssignment(csr, { maxEntries: 2 })],
  ['a dimension', () => denseMatrix(-1, 2)],
  ['no typed array holds it', () => denseMatrix(2 ** 16, 2 ** 16)],
  ['not a matrix', () => linearSumAssignment('abc' as never)],
  ['not a matrix (denseMatrixFrom)', () => denseMatrixFrom(7 as never)],
  ['DenseMatrix without Float64Array', () => linearSumAssignment({ rows: 1, cols: 1, data: [1] } as never)],
  ['DenseMatrix of the wrong length', () => linearSumAssignment({ rows: 2, cols: 2, data: new Float64Array(3) })],
  ['a row not an array', () => linearSumAssignment([[1], 5] as never)],
  ['a ragged matrix', () => linearSumAssignment([[1, 2], [3]])],
  ['a ragged matrix (denseMatrixFrom)', () => denseMatrixFrom([[1, 2], [3]])],
  [
    'every bad entry',
    () => linearSumAssignment([[Number.NaN, 'x' as never, Number.NEGATIVE_INFINITY, 1e308]], { partial: false }),
  ],
  ['Infinity when maximising', () => linearSumAssignment([[Number.POSITIVE_INFINITY, 1]], { maximize: true })],
  ['an entry (denseMatrixFrom)', () => denseMatrixFrom([[1, 'x' as never]])],
  ['getEntry', () => getEntry(denseMatrix(2, 2), 2, 0)],
  ['setEntry', () => setEntry(denseMatrix(2, 2), 0, -1, 1)],
  ['getEntry, no rows', () => getEntry(denseMatrix(0, 2), 0, 0)],
  ['CSR field', () => linearSumAssignment({ ...csr, indices: 'abc' } as never)],
  ['CSR indptr length', () => linearSumAssignment({ ...csr, indptr: [0, 3] })],
  ['CSR data length', () => linearSumAssignment({ ...csr, data: [1, 2] })],
  ['CSR indptr entry', () => linearSumAssignment({ ...csr, indptr: [0, 1.5, 3] })],
  ['CSR indptr first', () => linearSumAssignment({ ...csr, indptr: [1, 2, 3] })],
  ['CSR indptr decreasing', () => linearSumAssignment({ ...csr, indptr: [0, 3, 2] })],
  ['CSR indptr end', () => linearSumAssignment({ ...csr, indptr: [0, 1, 2] })],
  ['CSR column', () => linearSumAssignment({ ...csr, indices: [0, 3, 1] })],
  ['CSR no columns', () => linearSumAssignment({ ...csr, cols: 0 })],
  ['CSR duplicate', () => linearSumAssignment({ ...csr, indices: [2, 2, 1] })],
  [
    'CSR bad data',
    () =>
      linearSumAssignment({ ...csr, data: [Number.NaN, 'x', Number.NEGATIVE_INFINITY] as never, indptr: [0, 2, 3] }),
  ],
  ['CSR Infinity when maximising', () => linearSumAssignment({ ...csr, data: [1, Infinity, 3] }, { maximize: true })],
  ['CSR too large', () => capacitatedAssignment({ ...csr, data: [1, 1e308, 3] }, { capacities: [1, 1, 1] })],
  ['capacities required', () => capacitatedAssignment([[1]], undefined as never)],
  ['capacities not a list', () => capacitatedAssignment([[1]], { capacities: 3 as never })],
  ['capacities length', () => capacitatedAssignment([[1]], { capacities: [1, 1] })],
  ['capacity and demand', () => capacitatedAssignment([[1]], { capacities: [-1], demands: [0.5] })],
  ['unassignedCost', () => capacitatedAssignment([[1]], { capacities: [1], unassignedCost: Number.NaN })],
  ['groups not a list', () => capacitatedAssignment([[1]], { capacities: [1], groups: 'a' as never })],
  ['groups length', () => capacitatedAssignment([[1]], { capacities: [1], groups: [1, 2] })],
  ['a group', () => capacitatedAssignment([[1]], { capacities: [1], groups: [1.5] })],
  ['optimal', () => stableMatching({ ...prefs, optimal: 'best' as never })],
  ['groups with the receivers optimal', () => stableMatching({ ...prefs, optimal: 'receiver', groups: [1, 1, 2] })],
  ['stable groups length', () => stableMatching({ ...prefs, groups: [1] })],
  ['preference lists', () => stableMatching({ proposerPrefs: 3 as never, receiverPrefs: [] })],
  ['a preference list', () => stableMatching({ ...prefs, proposerPrefs: [[0], 'x', [0]] as never })],
  ['a preference', () => stableMatching({ ...prefs, proposerPrefs: [[0, 5], [1], [0]] })],
  ['a preference, nobody on the other side', () => stableMatching({ proposerPrefs: [[0]], receiverPrefs: [] })],
  ['a repeat', () => stableMatching({ ...prefs, receiverPrefs: [[0, 2, 0], [1]] })],
  ['stable capacities', () => stableMatching({ ...prefs, capacities: 'x' as never })],
  ['stable capacities length', () => stableMatching({ ...prefs, capacities: [1] })],
  ['a stable capacity', () => stableMatching({ ...prefs, capacities: [1, -2] })],
  [
    'too many pairs',
    () => stableMatching({ proposerPrefs: new Array(2 ** 17).fill([]), receiverPrefs: new Array(2 ** 17).fill([]) }),
  ],
  ['proposerTo not a list', () => blockingPairs(3 as never, prefs)],
  ['proposerTo length', () => blockingPairs([0], prefs)],
  ['proposerTo entries', () => blockingPairs([5, 0, 0], prefs)],
  ['proposerTo, no receivers', () => blockingPairs([0], { proposerPrefs: [[]], receiverPrefs: [] })],
];

function issuesOf(call: () => unknown): readonly InputIssue[] {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.issues;
    throw error;
  }
  return [];
}

const english = translator(undefined);
const italian = translator(it);

describe("the solvers' issues", () => {
  const all = BAD.map(([name, call]) => [name, issuesOf(call)] as const);

  test('every bad call throws InvalidInputError, each issue with a code and params', () => {
    for (const [name, issues] of all) {
      expect(issues.length, name).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue.code, `${name}: ${issue.message}`).toBeTypeOf('string');
        expect(issue.params, name).toBeTypeOf('object');
      }
    }
  });

  test("the solvers' English is the English catalog's, issue by issue", () => {
    for (const [, issues] of all)
      for (const issue of issues) {
        expect(renderIssue(english, issue)).toBe(issue.message);
        expect(formatIssue(issue)).toBe(issue.message);
        expect(formatIssue(issue, 'en')).toBe(issue.message);
        expect(formatIssue(issue, it)).toBe(renderIssue(italian, issue));
      }
  });

  test('formatIssue keeps the message of an issue without a code, and reads a bad locale as English', () => {
    expect(formatIssue({ path: [], message: 'my own words' }, it)).toBe('my own words');
    const [issue] = issuesOf(() => linearSumAssignment([[Number.NaN]]));
    expect(formatIssue(issue as InputIssue, 'fr' as never)).toBe('entry [0][0] is NaN');
    expect(formatIssue(issue as InputIssue, it)).toBe('elemento [0][0]: vale NaN');
  });

  test('in Italian: another sentence, without English, for every issue', () => {
    const fragments = englishFragments();
    expect(fragments.length).toBeGreaterThan(100);
    for (const [name, issues] of all)
      for (const issue of issues) {
        const text = renderIssue(italian, issue);
        expect(text, name).not.toBe(issue.message);
        expect(
          fragments.filter((f) => text.includes(f)),
          `${name}: ${text}`,
        ).toEqual([]);
      }
  });

  test('the bad calls reach every code of the solvers, and every branch of their messages', () => {
    const codes = Object.values(kinds)
      .filter((k): k is kinds.Kind => Array.isArray(k))
      .map(([code]) => code);
    expect(codes.length).toBeGreaterThan(12);
    const reached = new Set(all.flatMap(([, issues]) => issues.map((i) => i.code)));
    expect(codes.filter((c) => !reached.has(c))).toEqual([]);
    // Each value of the params that choose a branch.
    const seen = new Set(
      all.flatMap(([, issues]) =>
        issues.flatMap((i) => ['problem', 'kind', 'item', 'of'].map((p) => `${i.code}.${p}=${String(i.params?.[p])}`)),
      ),
    );
    for (const branch of [
      'bad_entry.problem=type',
      'bad_entry.problem=nan',
      'bad_entry.problem=infinity',
      'bad_entry.problem=negativeInfinity',
      'bad_entry.problem=magnitude',
      'invalid_row.problem=type',
      'invalid_row.problem=length',
      'invalid_matrix.problem=type',
      'invalid_matrix.problem=data',
      'invalid_matrix.problem=length',
      'invalid_indptr.problem=first',
      'invalid_indptr.problem=decreasing',
      'invalid_indptr.problem=last',
      'too_many_entries.kind=dense',
      'too_many_entries.kind=sparse',
      'too_many_entries.kind=cap',
      'too_many_entries.kind=pairs',
      'invalid_list.item=integer',
      'invalid_list.item=capacity',
      'invalid_list.item=id',
      'invalid_list.item=preferences',
      'invalid_list.item=receiver',
      'invalid_list.item=index',
      'wrong_length.of=matrix',
      'wrong_length.of=proposers',
      'wrong_length.of=indices',
      'wrong_length.of=indptr',
      'wrong_length.of=receiverPrefs',
      'wrong_length.of=proposerPrefs',
      'invalid_index.kind=row',
      'invalid_index.kind=column',
      'invalid_index.kind=offset',
      'invalid_index.kind=receiver',
    ])
      expect(seen.has(branch), branch).toBe(true);
  });

  test('the async forms: a signal that is not one', async () => {
    const error = await linearSumAssignmentAsync([[1]], { signal: 3 } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    const issue = (error as InvalidInputError).issues[0] as InputIssue;
    expect(issue).toMatchObject({ code: 'invalid_type', params: { expected: ['abortSignal'], found: '3' } });
    expect(renderIssue(english, issue)).toBe(issue.message);
    expect(renderIssue(italian, issue)).toBe('options.signal deve essere un AbortSignal (valore trovato: 3)');
  });

  /** The smallest classic programme, for the option checks below. */
  const program = {
    mode: 'classic',
    topics: [{ id: 'sales' }],
    mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
    mentees: [{ id: 'bo' }],
  } as const;

  test("the domain functions report the clock's options in their locale", () => {
    const calls = [
      (locale: typeof it | 'en') => matchProgram(program, { locale, onProgress: 3 as never }),
      (locale: typeof it | 'en') => matchProgram(program, { locale, timeLimitMs: -1 }),
      (locale: typeof it | 'en') => suggest(program, 'bo', 1, { locale, timeLimitMs: -1 }),
    ];
    const fragments = englishFragments();
    for (const call of calls) {
      const inEnglish = issuesOf(() => call('en'));
      let caught: unknown;
      try {
        call(it);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidInputError);
      const { issues, message } = caught as InvalidInputError;
      expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual(
        inEnglish.map(({ path, code, params }) => ({ path, code, params })),
      );
      expect(message).toMatch(/^(matchProgram|suggest): options\.\w+ deve essere /);
      expect(fragments.filter((f) => message.includes(f))).toEqual([]);
    }
  });

  test('the async domain forms report their clock options in their locale too', async () => {
    const error = await matchProgramAsync(program, { locale: it, signal: 3 as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    const { issues, message } = error as InvalidInputError;
    expect(issues[0]).toMatchObject({ code: 'invalid_type', params: { expected: ['abortSignal'], found: '3' } });
    expect(message).toBe('matchProgramAsync: options.signal deve essere un AbortSignal (valore trovato: 3)');
  });

  test('codes, params and messages as the solvers always wrote them', () => {
    const first = (call: () => unknown) => issuesOf(call)[0];
    expect(first(() => linearSumAssignment([[1, Number.NaN]]))).toEqual({
      path: [0, 1],
      code: 'bad_entry',
      params: { problem: 'nan', row: 0, col: 1, found: 'NaN', limit: (1e300 / 4).toPrecision(3) },
      message: 'entry [0][1] is NaN',
    });
    expect(first(() => linearSumAssignment([[1]], { timeLimitMs: -1 }))).toMatchObject({
      path: ['options', 'timeLimitMs'],
      code: 'invalid_type',
      params: { expected: ['msFrom0', 'infinity'], found: '-1' },
      message: 'options.timeLimitMs must be a number ≥ 0 (ms) or Infinity, got -1',
    });
    expect(first(() => blockingPairs([5, 0, 0], prefs))).toMatchObject({
      path: [0],
      code: 'invalid_index',
      message: 'proposerTo[0] must be -1 or a receiver index from 0 to 1, got 5',
    });
    const tooLarge = first(() => linearSumAssignment([[1, 2]], { maxEntries: 1 }));
    expect(tooLarge?.message).toBe(
      'a 1×2 matrix has 2 entries, more than options.maxEntries (1); to accept it, raise the limit: { maxEntries: 2 }',
    );
    expect(renderIssue(italian, tooLarge as InputIssue)).toBe(
      'matrice 1×2: 2 elementi, oltre il limite options.maxEntries (1); per accettarla occorre alzare il limite: { maxEntries: 2 }',
    );
  });
});
