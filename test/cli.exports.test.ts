/**
 * What the CLI hands to HR tools and takes from people's editors: CSV that is safe to open in a
 * spreadsheet (formulas neutralised, RFC 4180 quoting, an optional byte order mark, one sheet with a
 * `kind` column and names beside ids), `report --format json`, `suggest --format csv`, and
 * programme files with comments and trailing commas (JSONC). Everything runs in process (`run` with
 * captured streams and files in memory), the same code as the `mentormatch` process.
 */
import { describe, expect, it } from 'vitest';
import { BOM, csvCell } from '../src/cli/csv.js';
import { stripJsonc } from '../src/cli/jsonc.js';
import { jsonSyntaxError } from '../src/cli/jsonSyntax.js';
import { CLI_EN } from '../src/cli/messages/en.js';
import { matchProgram, programReport, suggest } from '../src/index.js';
import { render, translator } from '../src/locale/message.js';
import { runCliWithFiles as mentormatch } from './helpers/cliRun.js';
import { parseCsv } from './helpers/csv.js';
import { englishFragments } from './helpers/englishFragments.js';

const HYPERLINK = '=HYPERLINK("http://x")';
const TAB_NAME = '\tTab Leading';
const TRICKY_NAME = 'Doe, "Jo"\nJunior';

/**
 * A micro programme whose ids and names are hostile: formulas, signs, a tab-leading name, a name
 * with a comma, quotes and a line break. The pricing mentor takes one of two pricing requests, so
 * one request is left unmatched.
 */
const HOSTILE = JSON.stringify({
  mode: 'micro',
  topics: [{ id: 'pricing' }, { id: 'seo' }],
  mentors: [
    { id: HYPERLINK, name: TAB_NAME, skills: [{ topic: 'pricing', level: 5 }], capacity: 1 },
    { id: '@SUM(1)', name: TRICKY_NAME, skills: [{ topic: 'seo', level: 5 }], capacity: 1 },
  ],
  mentees: [
    { id: '+1', name: '=1+1', requests: [{ topic: 'pricing', level: 3 }] },
    { id: '-1', name: '-2, minus', requests: [{ topic: 'seo', level: 3 }] },
    { id: 'plain', requests: [{ topic: 'pricing', level: 3 }] },
  ],
});

const NAMES: Readonly<Record<string, string>> = {
  [HYPERLINK]: TAB_NAME,
  '@SUM(1)': TRICKY_NAME,
  '+1': '=1+1',
  '-1': '-2, minus',
};
/** What a text cell holding `value` reads as in the CSV: a leading `'` before a formula character. */
const shown = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
const FORMULA_START = /^[=+\-@\t\r]/;

describe('csvCell: OWASP neutralisation, then RFC 4180 quoting', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['@SUM(1)', "'@SUM(1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
    ['Doe, "Jo"\nJunior', '"Doe, ""Jo""\nJunior"'],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('the text %j is written %j', (value, field) => {
    expect(csvCell(value)).toBe(field);
  });

  it('numbers and booleans the CLI writes are figures, not neutralised; undefined is empty', () => {
    expect([csvCell(-0.5), csvCell(0.25), csvCell(3), csvCell(true), csvCell(undefined)]).toEqual([
      '-0.5',
      '0.25',
      '3',
      'true',
      '',
    ]);
  });
});

describe('match --format csv on hostile ids and names', () => {
  const result = matchProgram(HOSTILE);
  const out = mentormatch(['match', 'hostile.json', '--format', 'csv'], { 'hostile.json': HOSTILE });
  const rows = parseCsv(out.stdout);

  it('exits 0, with nothing on stderr and no byte order mark on stdout by default', () => {
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.startsWith(BOM)).toBe(false);
    expect(out.stdout.startsWith('kind,')).toBe(true);
  });

  it('one sheet: the header, a "pair" line per pair, then an "unmatched" line per request left', () => {
    expect(rows[0]).toEqual([
      'kind',
      'mentee',
      'mentee name',
      'mentee email',
      'topic',
      'mentor',
      'mentor name',
      'mentor email',
      'score',
      'locked',
      'unmatched',
      'reason',
    ]);
    expect(result.matches).toHaveLength(2);
    expect(result.unmatched).toHaveLength(1);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['pair', 'pair', 'unmatched']);
  });

  it('ids and names come back neutralised, beside each other, and the quoted ones whole', () => {
    result.matches.forEach((m, k) => {
      const [, mentee, menteeName, menteeEmail, topic, mentor, mentorName, mentorEmail, score, locked, code, reason] =
        rows[k + 1] ?? [];
      expect([mentee, menteeName, menteeEmail, topic, mentor, mentorName, mentorEmail, locked, code, reason]).toEqual([
        shown(m.mentee),
        shown(NAMES[m.mentee] ?? ''),
        '',
        m.topic,
        shown(m.mentor),
        shown(NAMES[m.mentor] ?? ''),
        '',
        String(m.locked),
        '',
        shown(m.explanation.summary),
      ]);
      expect(Number(score)).toBeCloseTo(m.score, 6);
    });
    const u = result.unmatched[0];
    expect(rows[3]).toEqual([
      'unmatched',
      shown(u?.mentee ?? ''),
      shown(NAMES[u?.mentee ?? ''] ?? ''),
      '',
      u?.topic,
      '',
      '',
      '',
      '',
      '',
      u?.code,
      u?.reason,
    ]);
    // The pairs are the pricing mentor with one of its two mentees, and the seo mentor with "-1".
    expect(out.stdout).toContain(`"'=HYPERLINK(""http://x"")",'\tTab Leading,,`);
    expect(out.stdout).toContain(`'-1,"'-2, minus",,seo,'@SUM(1),"Doe, ""Jo""\nJunior",,`);
  });

  it('no cell of text starts with a formula character', () => {
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
  });

  it('a classic programme has no topic column, and names are empty where the programme has none', () => {
    const classic = JSON.stringify({
      mode: 'classic',
      topics: [{ id: 'pricing' }],
      mentors: [{ id: 'ana', name: 'Ana', skills: [{ topic: 'pricing', level: 5 }] }],
      mentees: [{ id: 'cy', goals: [{ topic: 'pricing' }] }],
    });
    const csv = parseCsv(mentormatch(['match', 'c.json', '--format', 'csv'], { 'c.json': classic }).stdout);
    expect(csv[0]?.slice(0, 8)).toEqual([
      'kind',
      'mentee',
      'mentee name',
      'mentee email',
      'mentor',
      'mentor name',
      'mentor email',
      'score',
    ]);
    expect(csv[1]?.slice(0, 7)).toEqual(['pair', 'cy', '', '', 'ana', 'Ana', '']);
  });

  it('names of people with integer ids (read as their decimal strings) are found too', () => {
    const numeric = JSON.stringify({
      mode: 'classic',
      topics: [{ id: 'pricing' }],
      mentors: [{ id: 101, name: 'Ana', skills: [{ topic: 'pricing', level: 5 }] }],
      mentees: [{ id: 201, name: 'Cy', goals: [{ topic: 'pricing' }] }],
    });
    const csv = parseCsv(mentormatch(['match', 'n.json', '--format', 'csv'], { 'n.json': numeric }).stdout);
    expect(csv[1]?.slice(0, 7)).toEqual(['pair', '201', 'Cy', '', '101', 'Ana', '']);
  });
});

describe('the byte order mark', () => {
  const inputs = { 'p.json': HOSTILE };

  it('--bom puts it first on standard output; without it, none', () => {
    const withBom = mentormatch(['match', 'p.json', '--format', 'csv', '--bom'], inputs);
    const without = mentormatch(['match', 'p.json', '--format', 'csv'], inputs);
    expect(withBom.code).toBe(0);
    expect(withBom.stdout).toBe(`${BOM}${without.stdout}`);
    expect(withBom.stdout.codePointAt(0)).toBe(0xfeff);
  });

  it('on by default in a .csv file, off with --no-bom and in a file of another name', () => {
    const stdout = mentormatch(['match', 'p.json', '--format', 'csv'], inputs).stdout;
    const csv = mentormatch(['match', 'p.json', '--format', 'csv', '-o', 'pairs.CSV'], inputs);
    expect(csv).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(csv.files.get('pairs.CSV')).toBe(`${BOM}${stdout}`);
    const noBom = mentormatch(['match', 'p.json', '--format', 'csv', '-o', 'pairs.csv', '--no-bom'], inputs);
    expect(noBom.files.get('pairs.csv')).toBe(stdout);
    expect(mentormatch(['match', 'p.json', '--format', 'csv', '-o', 'pairs.txt'], inputs).files.get('pairs.txt')).toBe(
      stdout,
    );
  });

  it('never in JSON, even in a .csv file; --bom with another format, or with --no-bom, is a usage error', () => {
    const json = mentormatch(['match', 'p.json', '--format', 'json', '-o', 'odd.csv'], inputs);
    expect(json.files.get('odd.csv')?.startsWith('{')).toBe(true);
    const bomJson = mentormatch(['match', 'p.json', '--format', 'json', '--bom'], inputs);
    expect(bomJson.code).toBe(2);
    expect(bomJson.stderr).toContain('mentormatch match: --bom applies to --format csv only');
    const both = mentormatch(['suggest', 'p.json', '--mentee', '+1', '--format', 'csv', '--bom', '--no-bom'], inputs);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('mentormatch suggest: --bom and --no-bom exclude each other');
  });
});

describe('report --format json', () => {
  it('prints the report object of programReport as JSON', () => {
    const out = mentormatch(['report', 'p.json', '--format', 'json'], { 'p.json': HOSTILE });
    expect(out.code).toBe(0);
    const parsed: unknown = JSON.parse(out.stdout);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(programReport(HOSTILE, matchProgram(HOSTILE)))));
    // JSON is data: ids are written as they are.
    expect(out.stdout).toContain(JSON.stringify(HYPERLINK));
  });

  it('with --no-match, the report before matching; markdown stays the default; other formats are refused', () => {
    const out = mentormatch(['report', 'p.json', '--format', 'json', '--no-match'], { 'p.json': HOSTILE });
    expect(JSON.parse(out.stdout)).toEqual(JSON.parse(JSON.stringify(programReport(HOSTILE))));
    expect(mentormatch(['report', 'p.json'], { 'p.json': HOSTILE }).stdout).toMatch(/^#/);
    const bad = mentormatch(['report', 'p.json', '--format', 'csv'], { 'p.json': HOSTILE });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of markdown, json, got "csv"');
  });
});

describe('suggest --format csv', () => {
  it('a line per suggested mentor: mentee and name, topic, rank, mentor and name, score; neutralised', () => {
    // An id that starts with '-' is given as --mentee=-1 (parseArgs reads "--mentee -1" as two options).
    const expected = suggest(HOSTILE, '-1', 2);
    const out = mentormatch(['suggest', 'p.json', '--mentee=-1', '-k', '2', '--format', 'csv'], {
      'p.json': HOSTILE,
    });
    expect(out.code).toBe(0);
    expect(out.stdout.startsWith(BOM)).toBe(false);
    const rows = parseCsv(out.stdout);
    expect(rows[0]).toEqual([
      'mentee',
      'mentee name',
      'mentee email',
      'topic',
      'rank',
      'mentor',
      'mentor name',
      'mentor email',
      'score',
    ]);
    const lines = expected.requests.flatMap((r) =>
      r.mentors.map((s, k) => [r.topic, String(k + 1), shown(s.mentor), shown(NAMES[s.mentor] ?? ''), s.score]),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(1 + lines.length);
    lines.forEach(([topic, rank, mentor, name, score], k) => {
      const row = rows[k + 1] ?? [];
      expect(row.slice(0, 8)).toEqual(["'-1", "'-2, minus", '', topic, rank, mentor, name, '']);
      expect(Number(row[8])).toBeCloseTo(Number(score), 6);
    });
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
  });

  it('--out shortlist.csv starts with the byte order mark', () => {
    const out = mentormatch(['suggest', 'p.json', '--mentee', 'plain', '--format', 'csv', '-o', 'shortlist.csv'], {
      'p.json': HOSTILE,
    });
    expect(out.code).toBe(0);
    expect(out.files.get('shortlist.csv')?.startsWith(`${BOM}mentee,mentee name,mentee email,topic,rank,`)).toBe(true);
  });
});

describe('programme files with comments and trailing commas (JSONC)', () => {
  const JSONC = `// A programme written by hand
{
  "mode": "micro", /* micro: one mentor per request */
  "topics": [{ "id": "pricing" }, { "id": "seo", },],
  "mentors": [
    {
      "id": "ana",
      "name": "Ana // not a comment, /* nor this */",
      "skills": [{ "topic": "pricing", "level": 4 }], // trailing comma next
    },
  ],
  "mentees": [{ "id": "cy", "name": "C\\"y, // still a string", "requests": [{ "topic": "pricing", "level": 3 }] }],
}
`;

  it('is accepted, and a // or /* */ inside a string survives', () => {
    const out = mentormatch(['match', 'p.jsonc', '--format', 'csv'], { 'p.jsonc': JSONC });
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(parseCsv(out.stdout)[1]).toEqual([
      'pair',
      'cy',
      'C"y, // still a string',
      '',
      'pricing',
      'ana',
      'Ana // not a comment, /* nor this */',
      '',
      expect.any(String),
      'false',
      '',
      expect.any(String),
    ]);
  });

  it('stripJsonc blanks comments and trailing commas out, every other character in its place', () => {
    const stripped = stripJsonc(JSONC).text ?? '';
    expect(stripped).toHaveLength(JSONC.length);
    expect(stripped.split('\n').map((line) => line.length)).toEqual(JSONC.split('\n').map((line) => line.length));
    expect(JSON.parse(stripped).mentors[0].name).toBe('Ana // not a comment, /* nor this */');
    expect(stripJsonc('[1, 2 /* two */ , ]').text).toBe(`[1, 2${' '.repeat(13)}]`);
    expect(stripJsonc('{"a": "\\\\", // x\n}').text).toBe('{"a": "\\\\"      \n}');
  });

  it('a comma with nothing before it is not trailing: [,] and {,} stay errors', () => {
    for (const text of ['[,]', '{,}', '[1,,]']) {
      const stripped = stripJsonc(text).text ?? '';
      expect(() => JSON.parse(stripped), text).toThrow();
    }
  });

  it('a syntax error after comments is reported at its line and column in the file as written', () => {
    const broken = '/* a\n long comment */ {\n  "mode": "micro", // fine\n  "topics": [}\n';
    const out = mentormatch(['match', 'b.json'], { 'b.json': broken });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      'mentormatch match: b.json is not valid JSON: line 4, column 14: expected a value, found "}"\n',
    );
  });

  it('a comment that never ends is an error at its start', () => {
    const out = mentormatch(['match', 'b.json'], { 'b.json': '{\n  "mode": /* micro\n' });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      'mentormatch match: b.json is not valid JSON: line 2, column 11: a comment that never ends\n',
    );
  });
});

describe('JSON syntax errors in --locale', () => {
  // Between them, every kind of syntax error the scan reports (checked below).
  const BROKEN = [
    '{"a": "x\ny"}',
    '{"a": "\\q"}',
    '{"a": "never',
    '{\n  "mode": /* micro\n',
    '{"a" 1}',
    '{"a": 1 "b": 2}',
    '[1 2]',
    '{x: 1}',
    '{"a": }',
    '{"a": 1} 2',
    '{"a": ',
  ];

  it('carry a code and params, the same line and column in Italian, in words without English', () => {
    const fragments = englishFragments();
    const codes = new Set<string>();
    for (const text of BROKEN) {
      const stripped = stripJsonc(text);
      const error = stripped.error ?? jsonSyntaxError(stripped.text ?? '');
      expect(error, text).toBeDefined();
      if (error === undefined) continue;
      codes.add(error.code);
      expect(error.message).toBe(render(translator('en'), CLI_EN.messages[error.code], error.params));
      const english = mentormatch(['match', 'b.json'], { 'b.json': text }).stderr;
      const italian = mentormatch(['match', 'b.json', '--locale', 'it'], { 'b.json': text }).stderr;
      expect(english).toBe(
        `mentormatch match: b.json is not valid JSON: line ${error.line}, column ${error.column}: ${error.message}\n`,
      );
      expect(
        italian.startsWith(
          `mentormatch match: b.json non è un JSON valido: riga ${error.line}, colonna ${error.column}: `,
        ),
      ).toBe(true);
      expect(
        fragments.filter((f) => italian.includes(f)),
        italian,
      ).toEqual([]);
    }
    expect([...codes].sort()).toEqual(
      Object.keys(CLI_EN.messages)
        .filter((code) => code.startsWith('cli.json.') && code !== 'cli.json.at')
        .sort(),
    );
  });

  it('in Italian: the tokens expected as a disjunction, the end of the file in words', () => {
    const italian = (text: string) => mentormatch(['match', 'b.json', '--locale', 'it'], { 'b.json': text }).stderr;
    expect(italian('[1 2]')).toBe(
      "mentormatch match: b.json non è un JSON valido: riga 1, colonna 4: atteso ',' o ']' dopo un elemento di un array, trovato \"2\"\n",
    );
    expect(italian('{"a": ')).toBe(
      'mentormatch match: b.json non è un JSON valido: riga 1, colonna 7: atteso un valore, trovato la fine del file\n',
    );
  });
});
