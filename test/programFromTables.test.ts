/**
 * `programFromTables`: spreadsheet rows to a programme input. The column vocabulary (headers in any
 * case, spaces and dashes as underscores), topics created from the ids used, unknown columns kept
 * as attributes, every problem reported with its file, line and column, and the input untouched.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, matchProgram, parseProgram } from '../src/index.js';
import { it as italian } from '../src/locales/it.js';
import { TABLES_EN } from '../src/model/internal/tableMessages.js';
import { type ProgramTables, programFromTables, type TableRow } from '../src/tables.js';
import { englishFragments } from './helpers/englishFragments.js';

/** The error `programFromTables` throws (fails the test when it returns). */
function tablesError(tables: ProgramTables, options: Parameters<typeof programFromTables>[1]): InvalidInputError {
  try {
    programFromTables(tables, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('programFromTables accepted the tables');
}

const MENTORS: readonly TableRow[] = [
  {
    'Employee ID': '101',
    'Full Name': 'Moreau, Claire',
    'E-mail': 'claire@example.com',
    Department: 'Finance',
    'manager-id': '',
    GRADE: '9',
    Languages: 'en; fr',
    'Time Zone': 'Europe/Paris',
    capacity: '3',
    hoursBudget: '7,5',
    Skills: 'pricing:5; negotiation:3',
    Offers: 'pricing',
    Preferences: '202;201',
    Site: 'Paris',
    'Certified Coach': 'TRUE',
    'Cost centre': '007',
    Rating: '4.5',
  },
  { 'Employee ID': '102', 'Full Name': 'Daniel Osei', 'Time Zone': '-5', Skills: 'budgeting:4', Site: '' },
];
const MENTEES: readonly TableRow[] = [
  {
    id: '201',
    name: 'Hugo',
    manager_id: '102',
    time_zone: '+5.5',
    requests: 'pricing:3;budgeting:2:1.5;negotiation:2::3',
    exclude: '102',
    values: 'curiosity, rigour',
  },
  { id: '202', name: 'Emily', requests: 'budgeting:3', preferences: '102;101' },
];

describe('programFromTables: the vocabulary', () => {
  const program = programFromTables(
    { mentors: MENTORS, mentees: MENTEES },
    { mode: 'micro', name: 'Spring', startDate: '2025-03-03' },
  );

  it('reads every known column, whatever its case, spaces, dashes or underscores', () => {
    expect(program.mentors[0]).toEqual({
      id: '101',
      name: 'Moreau, Claire',
      department: 'Finance',
      grade: 9,
      languages: ['en', 'fr'],
      timeZone: 'Europe/Paris',
      attributes: {
        email: 'claire@example.com',
        Site: 'Paris',
        'Certified Coach': true,
        'Cost centre': '007',
        Rating: 4.5,
      },
      skills: [
        { topic: 'pricing', level: 5 },
        { topic: 'negotiation', level: 3 },
      ],
      offers: ['pricing'],
      capacity: 3,
      hoursBudget: 7.5,
      preferences: ['202', '201'],
    });
    expect(program.mentees[0]).toEqual({
      id: '201',
      name: 'Hugo',
      managerId: '102',
      timeZone: 5.5,
      values: ['curiosity', 'rigour'],
      requests: [
        { topic: 'pricing', level: 3 },
        { topic: 'budgeting', level: 2, hours: 1.5 },
        { topic: 'negotiation', level: 2, priority: 3 },
      ],
      exclude: ['102'],
    });
  });

  it('leaves empty cells out, and gives the name, mode and start date', () => {
    expect(program.mentors[1]).toEqual({
      id: '102',
      name: 'Daniel Osei',
      timeZone: -5,
      skills: [{ topic: 'budgeting', level: 4 }],
    });
    expect(program.name).toBe('Spring');
    expect(program.mode).toBe('micro');
    expect(program.startDate).toBe('2025-03-03');
  });

  it('makes a programme that parseProgram accepts and matchProgram matches', () => {
    const parsed = parseProgram(program);
    expect(parsed.mentees[0]?.timeZone).toBe(5.5);
    expect(parsed.mentors[0]?.timeZone).toBe(1); // Paris in March, before summer time
    expect(matchProgram(program).summary.matched).toBeGreaterThan(0);
  });

  it('reads goals with weights in classic mode', () => {
    const classic = programFromTables(
      {
        mentors: [{ id: 'm', skills: 'finance:4;leadership:5' }],
        mentees: [{ id: 'e', goals: 'finance; leadership:2.5' }],
      },
      { mode: 'classic' },
    );
    expect(classic.mentees[0]?.goals).toEqual([{ topic: 'finance' }, { topic: 'leadership', weight: 2.5 }]);
    expect(matchProgram(classic).summary.matched).toBe(1);
  });

  it('skips rows whose every cell is empty', () => {
    const one = programFromTables(
      {
        mentors: [
          { id: 'm', skills: '' },
          { id: ' ', skills: '' },
        ],
        mentees: [],
      },
      { mode: 'micro' },
    );
    expect(one.mentors).toEqual([{ id: 'm', skills: [] }]);
  });
});

describe('programFromTables: topics', () => {
  it('lists the topics table first, then every topic used but not listed, in order of first use', () => {
    const program = programFromTables(
      {
        topics: [
          { id: 'pricing', Name: 'Pricing', parent: 'finance', description: 'ignored' },
          { id: 'sql', Name: '', parent: '' },
        ],
        mentors: [{ id: 'm', skills: 'excel:4;pricing:5', offers: 'excel;coaching' }],
        mentees: [{ id: 'e', requests: 'sql:2;budgeting:1' }],
      },
      { mode: 'micro' },
    );
    expect(program.topics).toEqual([
      { id: 'pricing', name: 'Pricing', parent: 'finance' },
      { id: 'sql' },
      { id: 'finance' },
      { id: 'excel' },
      { id: 'coaching' },
      { id: 'budgeting' },
    ]);
  });

  it('needs no topics table', () => {
    const program = programFromTables({ mentors: [], mentees: [{ id: 'e', goals: 'a;b:2;a:3' }] }, { mode: 'classic' });
    expect(program.topics).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});

describe('programFromTables: problems', () => {
  const files = { mentors: 'mentors.csv', mentees: 'mentees.csv', topics: 'topics.csv' };

  it('reports every problem, each with its path and its file, line and column', () => {
    const error = tablesError(
      {
        topics: [{ id: 'a' }, { id: 'a', parent: 'b' }],
        mentors: [
          { id: '1', skills: 'pricing:x;a:9;b', grade: 'senior', capacity: '-1', hours_budget: 'lots' },
          { id: '1', skills: 'a:3,b:2', exclude: '' },
          { id: '', skills: 'a:2' },
        ],
        mentees: [
          { id: '7', requests: 'a:3:0;b:2:1:none;c;d:2:1:1:1', preferences: '1;9', goals: 'a' },
          { id: '8', requests: 'a:3', exclude: '2' },
        ],
      },
      { mode: 'micro', files },
    );
    expect(error.message.startsWith('programFromTables: ')).toBe(true);
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'topics.csv:3 column id: "a" is already the id of line 2',
      'mentors.csv:1 column exclude: mentors have no exclude column (it is for mentees)',
      'mentors.csv:2 column grade: "senior" is not a whole number',
      'mentors.csv:2 column skills: "pricing:x" is not topic:level',
      'mentors.csv:2 column skills: "a:9": the level must be from 1 (basics) to 5 (expert)',
      'mentors.csv:2 column skills: "b" is not topic:level',
      'mentors.csv:2 column capacity: "-1" is not a whole number ≥ 0',
      'mentors.csv:2 column hours_budget: "lots" is not a number of hours ≥ 0',
      'mentors.csv:3 column id: "1" is already the id of line 2',
      'mentors.csv:3 column skills: "a:3,b:2" is not topic:level (separate items with ;)',
      'mentors.csv:4 column id: empty: every mentor needs an id',
      'mentees.csv:2 column requests: "a:3:0": the hours "0" is not a number > 0',
      'mentees.csv:2 column requests: "b:2:1:none": the priority "none" is not a number > 0',
      'mentees.csv:2 column requests: "c" is not topic:level[:hours[:priority]]',
      'mentees.csv:2 column requests: "d:2:1:1:1" is not topic:level[:hours[:priority]]',
      'mentees.csv:2 column goals: goals are for classic mode; a micro programme takes requests',
      'mentees.csv:2 column preferences: no mentor "9" in mentors.csv',
      'mentees.csv:3 column exclude: no mentor "2" in mentors.csv',
    ]);
    expect(error.issues[3]?.path).toEqual(['mentors', 0, 'skills']);
    expect(error.issues[1]?.path).toEqual(['mentors', 'exclude']);
  });

  it('counts lines from firstLine, or takes each row line from lines', () => {
    const tables = {
      mentors: [
        { id: 'm', skills: '' },
        { id: 'n', grade: 'x' },
      ],
      mentees: [],
    };
    expect(tablesError(tables, { mode: 'micro', firstLine: 10 }).issues[0]?.message).toBe(
      'mentors:11 column grade: "x" is not a whole number',
    );
    expect(tablesError(tables, { mode: 'micro', lines: { mentors: [2, 5] } }).issues[0]?.message).toBe(
      'mentors:5 column grade: "x" is not a whole number',
    );
  });

  it('reports a missing id column, two headers for one column, and the wrong mode', () => {
    const error = tablesError(
      {
        mentors: [{ name: 'Ana', skills: 'a:3', Time_Zone: '1', 'time zone': '2', hours_budget: '3' }],
        mentees: [{ id: 'e', requests: 'a:2', skills: 'a:1' }],
      },
      { mode: 'classic', files },
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'mentors.csv:1 column time zone: means the same as column Time_Zone',
      'mentors.csv:1: no id column (the columns are name, skills, Time_Zone, time zone, hours_budget)',
      'mentors.csv:2 column hours_budget: hours budgets are for micro mode; a classic programme limits mentors by capacity',
      'mentees.csv:1 column skills: mentees have no skills column (it is for mentors)',
      'mentees.csv:2 column requests: requests are for micro mode; a classic programme takes goals',
    ]);
  });

  it('refuses "__proto__" as an attribute name', () => {
    const row = JSON.parse('{"id": "e", "__proto__": "x"}') as TableRow;
    expect(tablesError({ mentors: [], mentees: [row] }, { mode: 'micro' }).issues).toEqual([
      {
        path: ['mentees', '__proto__'],
        code: 'reserved_attribute',
        params: { file: 'mentees', line: 1, column: '__proto__', name: '__proto__' },
        message: 'mentees:1 column __proto__: "__proto__" cannot be an attribute name',
      },
    ]);
  });

  it('lists at most 50 problems', () => {
    const mentors = Array.from({ length: 60 }, (_, k) => ({ id: `m${k}`, grade: 'x' }));
    expect(tablesError({ mentors, mentees: [] }, { mode: 'micro' }).issues).toHaveLength(50);
  });
});

describe('programFromTables: problems in the locale', () => {
  const files = { mentors: 'mentors.csv', mentees: 'mentees.csv', topics: 'topics.csv' };
  // Between them, the two calls make every message of the tables (checked below).
  const CALLS: readonly (readonly [ProgramTables, 'micro' | 'classic'])[] = [
    [
      {
        topics: [{ id: 'a' }, { id: 'a', parent: 'b' }, { id: '', parent: 'a' }],
        mentors: [
          { id: '1', skills: 'pricing:x;a:9;b', grade: 'senior', capacity: '-1', hours_budget: 'lots', exclude: '' },
          { id: '1', skills: 'a:3,b:2', weekly_minutes: '-5' },
        ],
        mentees: [
          { id: '7', requests: 'a:3:0;b:2:1:none;c', preferences: '1;9', goals: 'a', 'Manager-ID': '', managerId: '' },
          JSON.parse('{"id": "8", "__proto__": "x"}') as TableRow,
        ],
      },
      'micro',
    ],
    [
      {
        mentors: [{ name: 'Ana', hours_budget: '3', weekly_minutes: '60' }],
        mentees: [{ id: 'e', requests: 'a:2', goals: 'a:1:2;b:0' }],
      },
      'classic',
    ],
  ];
  const fragments = englishFragments();

  it('carries the same codes, params and paths in Italian, every message without English', () => {
    for (const [tables, mode] of CALLS) {
      const english = tablesError(tables, { mode, files });
      const error = tablesError(tables, { mode, files, locale: italian });
      const data = (e: InvalidInputError) => e.issues.map(({ path, code, params }) => ({ path, code, params }));
      expect(data(error)).toEqual(data(english));
      expect(error.issues.length).toBeGreaterThan(3);
      for (const [k, issue] of error.issues.entries()) {
        expect(issue.message).not.toBe(english.issues[k]?.message);
        expect(
          fragments.filter((f) => issue.message.includes(f)),
          issue.message,
        ).toEqual([]);
        // The file and line lead the message in every language.
        const { file, line } = issue.params ?? {};
        expect(issue.message.startsWith(`${String(file)}:${String(line)}`)).toBe(true);
      }
      expect(error.message).toBe(
        `programFromTables: ${error.issues
          .slice(0, 3)
          .map((i) => i.message)
          .join('; ')} (e altri ${error.issues.length - 3})`,
      );
    }
  });

  it('uses every message of the tables, and each is in the Italian catalog with the same parameters', () => {
    const used = new Set<string>();
    const spy = {
      locale: 'xx',
      messages: new Proxy({} as Record<string, string>, {
        get: (_, code) => {
          used.add(String(code));
          return undefined;
        },
      }),
    };
    for (const [tables, mode] of CALLS) tablesError(tables, { mode, files, locale: spy });
    expect([...used].filter((code) => code.startsWith('table.')).sort()).toEqual(
      Object.keys(TABLES_EN.messages).sort(),
    );
    for (const code of Object.keys(TABLES_EN.messages)) expect(Object.hasOwn(italian.messages, code), code).toBe(true);
  });

  it("falls back to English message by message, and refuses a locale that is neither 'en' nor a catalog", () => {
    const tables = { mentors: [{ id: 'm', grade: 'x', capacity: 'y' }], mentees: [] };
    const de = { locale: 'de', messages: { 'table.whole': '{found} ist keine ganze Zahl' } };
    expect(tablesError(tables, { mode: 'micro', locale: de }).issues.map((i) => i.message)).toEqual([
      'mentors:2 column grade: "x" ist keine ganze Zahl',
      'mentors:2 column capacity: "y" is not a whole number ≥ 0',
    ]);
    expect(tablesError(tables, { mode: 'micro', locale: 'en' }).issues[0]?.message).toBe(
      'mentors:2 column grade: "x" is not a whole number',
    );
    const bad = tablesError(tables, { mode: 'micro', locale: 'it' as never });
    expect(bad.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['options', 'locale'], code: 'invalid_type' },
    ]);
  });
});

describe('programFromTables: the input', () => {
  it('is never modified', () => {
    const tables = { mentors: MENTORS, mentees: MENTEES, topics: [{ id: 'pricing', parent: 'finance' }] };
    const before = structuredClone(tables);
    const frozen = Object.freeze({
      mentors: Object.freeze(tables.mentors.map((row) => Object.freeze({ ...row }))),
      mentees: Object.freeze(tables.mentees.map((row) => Object.freeze({ ...row }))),
      topics: Object.freeze(tables.topics.map((row) => Object.freeze({ ...row }))),
    });
    const options = Object.freeze({ mode: 'micro' as const, files: Object.freeze({ mentors: 'a.csv' }) });
    const program = programFromTables(frozen, options);
    expect(tables).toEqual(before);
    expect(frozen).toEqual(before);
    program.mentors[0]?.skills.push({ topic: 'x', level: 1 });
    expect(programFromTables(frozen, options).mentors[0]?.skills).toHaveLength(2);
  });
});
