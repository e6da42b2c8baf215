/**
 * The programme's `history` (pairs of earlier cycles) and `asOf`: what `parseProgram` accepts,
 * keeps and rejects (each problem with its path and value), the default of `asOf`, and the
 * `unknownHistoryId` warning for people or topics the programme no longer has.
 */
import { describe, expect, it } from 'vitest';
import { matchProgram, parseProgram, programWarnings } from '../src/index.js';
import { parseError } from './helpers/parseError.js';

/** A micro programme: mentors ana and raj on pricing, mentee bo asking for pricing. */
const base = {
  mode: 'micro',
  topics: [{ id: 'pricing', name: 'Pricing' }],
  mentors: [
    { id: 'ana', skills: [{ topic: 'pricing', level: 5 }] },
    { id: 'raj', skills: [{ topic: 'pricing', level: 4 }] },
  ],
  mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
} as const;

describe('parseProgram: history', () => {
  it('keeps the history as given (integer ids as strings), and defaults to none', () => {
    expect(parseProgram(base).history).toEqual([]);
    const program = parseProgram({
      ...base,
      history: [
        { mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2026-03-12' },
        { mentee: 7, mentor: 'gone', date: '2025-11-02' },
      ],
    });
    expect(program.history).toStrictEqual([
      { mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2026-03-12' },
      { mentee: '7', mentor: 'gone', date: '2025-11-02' },
    ]);
    expect(Object.isFrozen(program.history[0])).toBe(true);
  });

  it('takes asOf as given, else the startDate, else the latest history date; none without any', () => {
    const history = [
      { mentee: 'bo', mentor: 'ana', date: '2025-11-02' },
      { mentee: 'bo', mentor: 'raj', date: '2026-03-12' },
      { mentee: 'bo', mentor: 'ana', date: '2026-01-20' },
    ];
    expect(parseProgram({ ...base, history }).asOf).toBe('2026-03-12');
    expect(parseProgram({ ...base, history, startDate: '2026-04-01' }).asOf).toBe('2026-04-01');
    expect(parseProgram({ ...base, history, startDate: '2026-04-01', asOf: '2026-05-01' }).asOf).toBe('2026-05-01');
    expect(parseProgram({ ...base, asOf: '2026-05-01' }).asOf).toBe('2026-05-01');
    expect(parseProgram(base)).not.toHaveProperty('asOf');
    // startDate alone is not kept, and sets no asOf without a history.
    expect(parseProgram({ ...base, startDate: '2026-04-01' })).not.toHaveProperty('asOf');
  });

  it('the parsed programme parses to an equal programme again', () => {
    const program = parseProgram({
      ...base,
      rules: { repeatPairs: 'forbidden', repeatWindowDays: 30 },
      history: [{ mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2026-03-12' }],
    });
    expect(parseProgram(program)).toStrictEqual(program);
    expect(program.rules.repeatPairs).toBe('forbidden');
    expect(program.rules.repeatWindowDays).toBe(30);
    expect(parseProgram(base).rules).toMatchObject({ repeatPairs: 'avoided', repeatWindowDays: 365 });
  });

  it('rejects a malformed or impossible date, naming the entry and the value', () => {
    for (const date of ['2026-3-12', '12/03/2026', '2026-02-30', '2026-03-12T10:00:00Z', 20260312, '']) {
      const error = parseError({ ...base, history: [{ mentee: 'bo', mentor: 'ana', date }] });
      expect(error.issues.map((i) => i.path)).toEqual([['history', 0, 'date']]);
      expect(error.issues[0]?.message).toContain('history[0].date must be');
      expect(error.issues[0]?.message).toContain(`got ${JSON.stringify(date)}`);
    }
  });

  it('rejects a missing date or id, an unknown field, a pair of one person, a bad asOf', () => {
    const error = parseError({
      ...base,
      asOf: '2026-13-01',
      history: [
        { mentee: 'bo', mentor: 'ana' },
        { mentor: 'ana', date: '2026-03-12' },
        { mentee: 'bo', mentor: 'ana', date: '2026-03-12', when: 'March' },
        { mentee: 'bo', mentor: 'bo', date: '2026-03-12' },
      ],
    });
    expect(error.issues.map((i) => i.message)).toEqual([
      'history[0].date is required (a string)',
      'history[1].mentee is required (a string or an integer)',
      'history[2] has unknown field "when"',
      'asOf must be a date written YYYY-MM-DD, got "2026-13-01"',
      'history[3]: "bo" cannot be both the mentor and the mentee of one pair',
    ]);
  });

  it('rejects a bad repeatPairs or repeatWindowDays', () => {
    const error = parseError({ ...base, rules: { repeatPairs: 'never', repeatWindowDays: -1 } });
    expect(error.issues.map((i) => i.message)).toEqual([
      'rules.repeatPairs must be one of "allowed", "avoided", "forbidden", got "never"',
      'rules.repeatWindowDays must be ≥ 0, got -1',
    ]);
    expect(parseError({ ...base, rules: { repeatWindowDays: 1.5 } }).issues[0]?.path).toEqual([
      'rules',
      'repeatWindowDays',
    ]);
  });
});

describe('programWarnings: unknownHistoryId', () => {
  it('names each entry field the programme lacks (a topic in micro mode only), in entry order', () => {
    const program = parseProgram({
      ...base,
      history: [
        { mentee: 'bo', mentor: 'ana', topic: 'pricing', date: '2026-03-12' },
        { mentee: 'gone', mentor: 'left', date: '2025-11-02' },
        { mentee: 'bo', mentor: 'raj', topic: 'tax', date: '2026-01-20' },
      ],
    });
    const warnings = programWarnings(program);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['unknownHistoryId', ['history', 1, 'mentee']],
      ['unknownHistoryId', ['history', 1, 'mentor']],
      ['unknownHistoryId', ['history', 2, 'topic']],
    ]);
    expect(warnings[1]?.message).toBe(
      'history[1].mentor: the programme has no mentor "left", so this pair of 2025-11-02 never counts as a repeat (someone who left, or a typo)',
    );
    // matchProgram returns them too.
    expect(matchProgram(program).warnings).toEqual(warnings);
  });

  it('says nothing of a classic entry topic, nor of a history of known people', () => {
    const program = parseProgram({
      mode: 'classic',
      topics: [{ id: 'sales' }],
      mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
      mentees: [{ id: 'bo', goals: [{ topic: 'sales' }] }],
      history: [{ mentee: 'bo', mentor: 'ana', topic: 'old-topic', date: '2026-03-12' }],
    });
    expect(programWarnings(program)).toEqual([]);
  });
});
