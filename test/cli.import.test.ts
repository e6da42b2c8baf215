/**
 * Spreadsheet exports in: the CSV reader (RFC 4180 quoting, line breaks in fields, a byte order
 * mark, CRLF, ragged rows, `;`), `mentormatch import`, and `match`, `report` and `suggest` reading
 * the same CSV files through `--mentors` and `--mentees`. Everything runs in process (`run` with
 * captured streams and files in memory); the fixtures in test/fixtures/hr are read once from disk.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/cli/csvRead.js';
import { CLI_EN } from '../src/cli/messages/en.js';
import { matchProgram, parseProgram } from '../src/index.js';
import { render, translator } from '../src/locale/message.js';
import { it as italian } from '../src/locales/it.js';
import { runCliWithFiles } from './helpers/cliRun.js';
import { parseCsv } from './helpers/csv.js';
import { englishFragments } from './helpers/englishFragments.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`fixtures/hr/${name}`, import.meta.url)), 'utf8');
const HR: Readonly<Record<string, string>> = {
  'mentors.csv': fixture('mentors.csv'),
  'mentees.csv': fixture('mentees.csv'),
  'topics.csv': fixture('topics.csv'),
};
const TABLES = ['--mentors', 'mentors.csv', '--mentees', 'mentees.csv', '--topics', 'topics.csv', '--mode', 'micro'];

/** Runs the CLI in this process on files held in memory (by default the HR tables), keeping what it writes. */
const mentormatch = (args: readonly string[], inputs: Readonly<Record<string, string>> = HR) =>
  runCliWithFiles(args, inputs);

describe('readCsv', () => {
  it('reads quoted fields: separators, doubled quotes and line breaks inside, each record with its first line', () => {
    const table = readCsv('id,name,notes\n1,"Doe, Jane","said ""hi""\nthen left"\n2,Bo,\n');
    expect(table.problems).toEqual([]);
    expect(table.header).toEqual(['id', 'name', 'notes']);
    expect(table.records).toEqual([
      { line: 2, cells: { id: '1', name: 'Doe, Jane', notes: 'said "hi"\nthen left' } },
      { line: 4, cells: { id: '2', name: 'Bo', notes: '' } },
    ]);
  });

  it('drops a byte order mark, reads CRLF (inside a field as LF), skips blank lines and a missing last newline', () => {
    const table = readCsv('\uFEFFid,notes\r\n\r\n1,"a\r\nb"\r\n2,x');
    expect(table.header).toEqual(['id', 'notes']);
    expect(table.records).toEqual([
      { line: 3, cells: { id: '1', notes: 'a\nb' } },
      { line: 5, cells: { id: '2', notes: 'x' } },
    ]);
    expect(table.problems).toEqual([]);
  });

  it('reads ; as the separator when asked, commas then being text', () => {
    const table = readCsv('id;hours;name\n1;1,5;"a;b"\n', ';');
    expect(table.records).toEqual([{ line: 2, cells: { id: '1', hours: '1,5', name: 'a;b' } }]);
  });

  it('reports ragged rows, text after a closing quote and an open quote, each at its line', () => {
    const table = readCsv('id,name\n1\n2,b,c\n3,"x"y\n4,"open\nend\n');
    expect(table.problems.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 2, message: '1 field where the header has 2' },
      { line: 3, message: '3 fields where the header has 2' },
      { line: 4, message: 'text after the closing quote of "x"' },
      { line: 5, message: 'a quoted field is never closed (a " is missing)' },
    ]);
    expect(table.records[2]?.cells).toEqual({ id: '3', name: 'xy' });
  });

  it('suggests --separator ";" when a ; file is read with commas, and reports empty and repeated headers', () => {
    expect(readCsv('id;name\n1;Ana\n').problems).toEqual([]);
    const problems = (text: string) => readCsv(text).problems.map(({ line, message }) => ({ line, message }));
    expect(problems('id,name\n1;Ana\n')).toEqual([
      { line: 2, message: '1 field where the header has 2 (try --separator ";")' },
    ]);
    expect(problems('id,,id\n')).toEqual([
      { line: 1, message: 'column 2 has no name' },
      { line: 1, message: 'column "id" is repeated' },
    ]);
    expect(problems('')).toEqual([{ line: 1, message: 'the file is empty: the first line should name the columns' }]);
  });
});

describe('readCsv in a locale', () => {
  const BAD = ['id,name\n1\n2,b,c\n3,"x"y\n4,"open\nend\n', 'id,name\n1;Ana\n', 'id,,id\n', ''];

  it('carries a code and params for every problem, the same in Italian, whose words hold no English', () => {
    const fragments = englishFragments();
    const codes = new Set<string>();
    for (const text of BAD) {
      const english = readCsv(text).problems;
      const inItalian = readCsv(text, ',', translator(italian)).problems;
      expect(english.length).toBeGreaterThan(0);
      expect(inItalian.map(({ line, code, params }) => ({ line, code, params }))).toEqual(
        english.map(({ line, code, params }) => ({ line, code, params })),
      );
      for (const [k, problem] of inItalian.entries()) {
        codes.add(problem.code);
        // Each message is its code's template of the command's catalog, rendered from the params.
        expect(english[k]?.message).toBe(render(translator('en'), CLI_EN.messages[problem.code], problem.params));
        expect(problem.message).not.toBe(english[k]?.message);
        expect(
          fragments.filter((f) => problem.message.includes(f)),
          problem.message,
        ).toEqual([]);
      }
    }
    expect([...codes].sort()).toEqual(
      Object.keys(CLI_EN.messages)
        .filter((c) => c.startsWith('cli.csv.'))
        .sort(),
    );
  });

  it('mentormatch import --locale it writes the problems of the files in Italian', () => {
    const inputs = { 'mentors.csv': 'id,name\n1\n', 'mentees.csv': 'id,,id\n' };
    const args = ['import', '--mentors', 'mentors.csv', '--mentees', 'mentees.csv', '--mode', 'micro'];
    const lines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(lines(mentormatch([...args, '--locale', 'it'], inputs).stderr)).toEqual([
      "  mentors.csv:2: 1 campo, ma l'intestazione ne ha 2",
      '  mentees.csv:1: la colonna 2 non ha nome',
      '  mentees.csv:1: la colonna "id" è ripetuta',
    ]);
    expect(lines(mentormatch(args, inputs).stderr)).toEqual([
      '  mentors.csv:2: 1 field where the header has 2',
      '  mentees.csv:1: column 2 has no name',
      '  mentees.csv:1: column "id" is repeated',
    ]);
  });
});

describe('mentormatch import', () => {
  it('runs on fixtures as spreadsheets export them: a BOM, CRLF line ends, quotes and line breaks in cells', () => {
    expect(HR['mentors.csv']?.startsWith('\uFEFFEmployee ID,')).toBe(true);
    expect(HR['mentees.csv']?.split('\n').every((line) => line === '' || line.endsWith('\r'))).toBe(true);
    expect(HR['mentees.csv']).toContain('"Quarter close in March:\r\nno sessions that month"');
  });

  it('writes the programme as JSON (2-space indent, final newline) that parseProgram accepts', () => {
    const { code, stdout, stderr, files } = mentormatch([
      'import',
      ...TABLES,
      '--name',
      'Spring cycle',
      '--start-date',
      '2025-03-03',
      '--out',
      'programme.json',
    ]);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    const text = files.get('programme.json') ?? '';
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
    const program = parseProgram(json);
    expect(program.name).toBe('Spring cycle');
    expect(program.mentors).toHaveLength(8);
    expect(program.mentees).toHaveLength(12);
    // Listed topics first, then those only used (excel, public speaking).
    expect(program.topics.map((t) => t.id)).toEqual([
      'finance',
      'pricing',
      'budgeting',
      'negotiation',
      'leadership',
      'people-management',
      'data-analysis',
      'sql',
      'public-speaking',
      'excel',
    ]);
    const claire = program.mentors[0];
    expect(claire?.name).toBe('Moreau, Claire');
    expect(claire?.attributes).toEqual({
      email: 'claire.moreau@example.com',
      Site: 'Paris',
      'Certified Coach': true,
    });
    expect(claire?.timeZone).toBe(1); // Europe/Paris on 2025-03-03
    expect(program.mentors[2]?.name).toBe('Ana "Nana" Souza');
    const fatima = program.mentees.find((e) => e.id === '204');
    expect(fatima?.attributes.Notes).toBe('Quarter close in March:\nno sessions that month');
    expect(program.mentees.find((e) => e.id === '206')?.requests[0]).toMatchObject({ hours: 2, priority: 2 });
  });

  it('writes to standard output without --out, the same programme', () => {
    const out = mentormatch(['import', ...TABLES]);
    expect(out.code).toBe(0);
    expect(parseProgram(out.stdout).mentees).toHaveLength(12);
  });

  it('reads ; separated files', () => {
    const inputs = {
      'a.csv': 'id;skills;hours budget\n1;pricing:4;2,5\n',
      'b.csv': 'id;requests\n2;"pricing:3:1,5"\n',
    };
    const out = mentormatch(
      ['import', '--mentors', 'a.csv', '--mentees', 'b.csv', '--mode', 'micro', '--separator', ';'],
      inputs,
    );
    expect(out.stderr).toBe('');
    const program = parseProgram(out.stdout);
    expect(program.mentors[0]?.hoursBudget).toBe(2.5);
    expect(program.mentees[0]?.requests[0]?.hours).toBe(1.5);
  });

  it('lists every problem of every file with its file, line and column, and writes nothing', () => {
    const inputs = {
      'mentors.csv': 'id,name,skills\n1,"Ana\nLopez",pricing:x\n2,Bo\n',
      'mentees.csv': 'id,requests\n3,pricing:9\n',
    };
    const args = [
      'import',
      '--mentors',
      'mentors.csv',
      '--mentees',
      'mentees.csv',
      '--mode',
      'micro',
      '--out',
      'p.json',
    ];
    const ragged = mentormatch(args, inputs);
    expect(ragged.code).toBe(1);
    expect(ragged.stderr).toBe(
      'mentormatch import: the programme in mentors.csv and mentees.csv is not a valid programme, 1 problem:\n' +
        '  mentors.csv:4: 2 fields where the header has 3\n',
    );
    const cells = mentormatch(args, { ...inputs, 'mentors.csv': 'id,name,skills\n1,"Ana\nLopez",pricing:x\n2,Bo,\n' });
    expect(cells.stderr).toBe(
      'mentormatch import: the programme in mentors.csv and mentees.csv is not a valid programme, 2 problems:\n' +
        '  mentors.csv:2 column skills: "pricing:x" is not topic:level\n' +
        '  mentees.csv:2 column requests: "pricing:9": the level must be from 1 (basics) to 5 (expert)\n',
    );
    expect(cells.files.size).toBe(0);
  });

  it('writes the problems of the cells and of the programme in the --locale, the same ones as in English', () => {
    const inputs = {
      'mentors.csv': 'id,name,skills,grade,exclude\n1,"Ana\nLopez",pricing:x,senior,\n1,Bo,"a:3,b:2",,\n',
      'mentees.csv': 'id,requests,preferences\n3,pricing:9;a:2:0,9\n',
    };
    const fragments = englishFragments();
    const tables = ['--mentors', 'mentors.csv', '--mentees', 'mentees.csv', '--mode', 'micro'];
    // The problems, one a line after the first (which names the command), without what is data.
    const problems = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('  '));
    for (const command of ['import', 'match', 'report', 'suggest']) {
      const extra = command === 'suggest' ? ['--mentee', '3'] : [];
      const english = problems(mentormatch([command, ...tables, ...extra], inputs).stderr);
      const italian = mentormatch([command, ...tables, ...extra, '--locale', 'it'], inputs);
      expect(italian.code).toBe(1);
      const lines = problems(italian.stderr);
      expect(italian.stderr.split('\n')[0]).toBe(
        `mentormatch ${command}: le tabelle mentors.csv e mentees.csv: il programma non è valido (8 problemi):`,
      );
      expect(lines).toHaveLength(english.length);
      expect(lines.length).toBe(8);
      for (const [k, line] of lines.entries()) {
        expect(line).not.toBe(english[k]);
        // The same file and line first.
        expect(line.split(/[ ,]/, 3)[2]).toBe(english[k]?.split(/[ ,]/, 3)[2]);
        expect(
          fragments.filter((f) => line.includes(f)),
          line,
        ).toEqual([]);
      }
    }
    // A problem of the programme itself (a topic cycle), at its row, in Italian too.
    const cycle = mentormatch(['import', ...tables, '--topics', 'topics.csv', '--locale', 'it'], {
      'mentors.csv': 'id,skills\n1,a:3\n',
      'mentees.csv': 'id,requests\n2,a:2\n',
      'topics.csv': 'id,parent\na,b\nb,a\n',
    });
    const [line] = problems(cycle.stderr);
    expect(cycle.stderr.split('\n')[0]).toBe(
      'mentormatch import: le tabelle mentors.csv, mentees.csv e topics.csv: il programma non è valido (2 problemi):',
    );
    expect(line).toMatch(/^ {2}topics\.csv:\d: /);
    expect(fragments.filter((f) => line?.includes(f))).toEqual([]);
  });

  it('heads the problems of a programme file in --locale (either form), in English without it', () => {
    const inputs = { 'p.json': JSON.stringify({ mode: 'micro', topics: [], mentors: [], mentees: [], extra: 1 }) };
    const head = (args: readonly string[]) => mentormatch(args, inputs).stderr.split('\n')[0];
    expect(head(['match', 'p.json', '--locale', 'it'])).toBe(
      'mentormatch match: p.json: il programma non è valido (1 problema):',
    );
    expect(head(['report', '--locale=it', 'p.json'])).toBe(
      'mentormatch report: p.json: il programma non è valido (1 problema):',
    );
    expect(head(['match', 'p.json'])).toBe('mentormatch match: p.json is not a valid programme, 1 problem:');
    const stdin = (args: readonly string[]) => mentormatch(args, { '-': inputs['p.json'] }).stderr.split('\n')[0];
    expect(stdin(['match', '-', '--locale', 'it'])).toBe(
      'mentormatch match: lo standard input: il programma non è valido (1 problema):',
    );
    expect(stdin(['match', '-'])).toBe('mentormatch match: standard input is not a valid programme, 1 problem:');
  });

  it('says in --locale that a file cannot be read or is too large, as in English', () => {
    const fragments = englishFragments();
    const big = { ...HR, 'mentors.csv': `id\n${'m\n'.repeat(40)}` };
    const cases = [
      {
        args: ['match', 'nope.json'],
        english: 'mentormatch match: cannot read nope.json: no such file\n',
        italian: 'mentormatch match: impossibile leggere nope.json: il file non esiste\n',
      },
      {
        args: ['import', ...TABLES, '--max-input-bytes', '50'],
        english:
          'mentormatch import: mentors.csv is larger than 50 bytes, the limit of --max-input-bytes (default 256 MiB); raise it with --max-input-bytes <bytes>, up to 524288000 bytes (500 MiB)\n',
        italian:
          'mentormatch import: mentors.csv supera 50 byte, il limite di --max-input-bytes (predefinito: 256 MiB); si può alzare con --max-input-bytes <byte>, fino a 524288000 byte (500 MiB)\n',
      },
    ];
    for (const { args, english, italian } of cases) {
      expect(mentormatch(args, big).stderr).toBe(english);
      const out = mentormatch([...args, '--locale', 'it'], big);
      expect(out.code).toBe(1);
      expect(out.stderr).toBe(italian);
      expect(fragments.filter((f) => out.stderr.includes(f))).toEqual([]);
    }
  });

  it("reports the programme's own problems at the line of the row", () => {
    const inputs = {
      'mentors.csv': 'id,skills,offers\n1,a:4,a;a\n',
      'mentees.csv': 'id,requests,time zone\n\n2,a:3,Europe/Rom\n',
    };
    const out = mentormatch(
      ['import', '--mentors', 'mentors.csv', '--mentees', 'mentees.csv', '--mode', 'micro'],
      inputs,
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('  mentors.csv:2: mentors[0].offers');
    expect(out.stderr).toContain('  mentees.csv:3: mentees[0].timeZone');
  });

  it.each([
    [['import', '--mentees', 'mentees.csv', '--mode', 'micro'], 'missing --mentors'],
    [['import', '--mentors', 'mentors.csv', '--mentees', 'mentees.csv'], 'missing --mode'],
    [['import', ...TABLES.slice(0, 6), '--mode', 'mini'], '--mode must be one of micro, classic, got "mini"'],
    [['import', ...TABLES, '--separator', ';;'], '--separator must be one character (such as ; or tab), got ";;"'],
    [
      ['import', ...TABLES, '--start-date', '3/3/2025'],
      '--start-date must be a date written YYYY-MM-DD, got "3/3/2025"',
    ],
    [['import', ...TABLES, 'extra.csv'], 'unexpected argument "extra.csv"'],
    [
      ['match', 'programme.json', ...TABLES],
      'give a programme file or --mentors and --mentees, not both (got "programme.json" too)',
    ],
    [['match', '--mentors', 'mentors.csv', '--mode', 'micro'], 'missing --mentees'],
    [['report', '--mentors', 'a.csv', '--mentees', 'b.csv'], 'missing --mode'],
    [['match'], 'missing the programme file (a path, or - for standard input), or --mentors and --mentees'],
  ])('%j is a usage error', (args, message) => {
    const out = mentormatch(args);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`mentormatch ${args[0]}: ${message}\n`);
  });

  it('says which file cannot be read', () => {
    const out = mentormatch(['import', '--mentors', 'nope.csv', '--mentees', 'mentees.csv', '--mode', 'micro']);
    expect(out).toMatchObject({ code: 1, stderr: 'mentormatch import: cannot read nope.csv: no such file\n' });
  });

  it('is listed in the help', () => {
    expect(mentormatch(['--help']).stdout).toContain('\n  import   A programme from spreadsheet exports');
    expect(mentormatch(['import', '--help']).stdout.startsWith('Usage: mentormatch import --mentors')).toBe(true);
  });
});

describe('match, report and suggest on the CSV files', () => {
  const imported = mentormatch(['import', ...TABLES, '--out', 'programme.json']).files.get('programme.json') ?? '';

  it('match --mentors … gives what match gives on the imported programme', () => {
    const direct = mentormatch(['match', ...TABLES, '--format', 'json']);
    expect(direct.code).toBe(0);
    const viaFile = mentormatch(['match', 'programme.json', '--format', 'json'], { 'programme.json': imported });
    expect(direct.stdout).toBe(viaFile.stdout);
    expect(JSON.parse(direct.stdout)).toEqual(JSON.parse(JSON.stringify(matchProgram(imported))));
  });

  it('round trip: import, then match --format csv, names beside ids', () => {
    const { files } = mentormatch(['import', ...TABLES, '--out', 'programme.json']);
    const out = mentormatch(['match', 'programme.json', '--format', 'csv'], {
      'programme.json': files.get('programme.json') ?? '',
    });
    expect(out.code).toBe(0);
    const rows = parseCsv(out.stdout);
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
    const result = matchProgram(files.get('programme.json') ?? '');
    const pairs = rows.filter((row) => row[0] === 'pair');
    expect(pairs).toHaveLength(result.matches.length);
    expect(pairs.some((row) => row[6] === 'Moreau, Claire' || row[6] === 'Ana "Nana" Souza')).toBe(true);
    // The e-mail column of the mentors' sheet comes back beside each name.
    expect(pairs.some((row) => row[6] === 'Moreau, Claire' && row[7] === 'claire.moreau@example.com')).toBe(true);
    expect(pairs.every((row) => /@example\.com$/.test(row[3] ?? '') && /@example\.com$/.test(row[7] ?? ''))).toBe(true);
    expect(mentormatch(['match', ...TABLES, '--format', 'csv']).stdout).toBe(out.stdout);
  });

  it('--start-date resolves time zone names on that day, as in the imported programme', () => {
    const dated = ['--start-date', '2025-07-01'];
    const programme = mentormatch(['import', ...TABLES, ...dated]).stdout;
    expect(JSON.parse(programme)).toMatchObject({ startDate: '2025-07-01' });
    const viaFile = mentormatch(['match', 'programme.json', '--format', 'csv'], { 'programme.json': programme });
    expect(mentormatch(['match', ...TABLES, ...dated, '--format', 'csv']).stdout).toBe(viaFile.stdout);
  });

  it('report and suggest take the same options', () => {
    const report = mentormatch(['report', ...TABLES, '--no-match']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Pricing');
    const suggest = mentormatch(['suggest', ...TABLES, '--mentee', '201', '-k', '2', '--format', 'json']);
    expect(suggest.code).toBe(0);
    expect(JSON.parse(suggest.stdout)).toMatchObject({ mentee: '201' });
  });
});
