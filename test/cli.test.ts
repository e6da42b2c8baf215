/**
 * The `mentormatch` command end to end: src/cli/main.ts bundled once with esbuild (as tsup bundles
 * it for dist/cli.js), then run as a child process on the sample programmes and on broken files.
 * Each test checks the exit code, what goes to standard output (results) and what goes to standard
 * error (messages), and results against the library's own functions. The many ways to get the
 * command line wrong run in process (`run` with captured streams, the same code but the process
 * wiring), which keeps this file fast; a few of them also run as a child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES } from '../examples/data/samples.js';
import { version } from '../package.json';
import { HELP } from '../src/cli/help.js';
import { matchProgram, parseProgram, programReport, reportToHtml, reportToMarkdown, suggest } from '../src/index.js';
import { programJsonSchema } from '../src/schema.js';
import { runCli } from './helpers/cliRun.js';
import { parseCsv } from './helpers/csv.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mentormatch-cli-'));
const cli = join(scratch, 'cli.mjs');
const micro = join(root, 'examples', 'data', 'micro.json');
const classic = join(root, 'examples', 'data', 'classic.json');
const microText = readFileSync(micro, 'utf8');
const classicText = readFileSync(classic, 'utf8');

beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: cli,
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI with `args` (and `input` on standard input) in the scratch directory. */
function mentormatch(args: readonly string[], input?: string): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], {
    cwd: scratch,
    encoding: 'utf8',
    input: input ?? '',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: status, stdout, stderr };
}

/** Runs the CLI in this process, as `mentormatch` would in the scratch directory. */
function inProcess(args: readonly string[], input?: string): Run {
  return runCli(
    args,
    { '-': input ?? '' },
    {
      readMissing: (path) => readFileSync(resolve(scratch, path), 'utf8'),
      writeFile: (path, text) => writeFileSync(resolve(scratch, path), text),
    },
  );
}

/** Writes `content` to a file of the scratch directory; returns its path. */
function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** A valid micro programme to break in one place or another. */
const SMALL = {
  mode: 'micro',
  topics: [{ id: 'pricing' }, { id: 'seo' }],
  mentors: [
    { id: 'ana', skills: [{ topic: 'pricing', level: 4 }] },
    { id: 'ben', skills: [{ topic: 'seo', level: 5 }] },
  ],
  mentees: [{ id: 'cy', requests: [{ topic: 'pricing', level: 3 }] }],
};

const usageOf = (help: string) => help.slice(0, help.indexOf('\n\n'));

describe('mentormatch match', () => {
  it('--format json prints exactly what matchProgram returns, and nothing on stderr', () => {
    const run = mentormatch(['match', micro, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${JSON.stringify(matchProgram(microText), null, 2)}\n`);
  });

  it('--objective is passed on', () => {
    const fair = inProcess(['match', classic, '--objective', 'fair', '--format', 'json']);
    expect(fair.code).toBe(0);
    expect(fair.stdout).toBe(`${JSON.stringify(matchProgram(classicText, { objective: 'fair' }), null, 2)}\n`);
  });

  it('--max-blocking is passed on (a count, or all); a bad one is a usage error (exit 2)', () => {
    for (const [flag, listed] of [
      ['2', 2],
      ['all', Number.POSITIVE_INFINITY],
      ['0', 0],
    ] as const) {
      const run = inProcess(['match', micro, '--format', 'json', '--max-blocking', flag]);
      expect(run.code).toBe(0);
      const expected = matchProgram(microText, { maxBlockingListed: listed });
      expect(run.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    }
    // The sample has more than 2 blocking pairs, fewer than the default's 1,000: all listed.
    const all = matchProgram(microText);
    expect(all.summary.blockingPairs).toBeGreaterThan(2);
    expect(all.summary.blocking).toHaveLength(all.summary.blockingPairs);
    for (const bad of ['-1', '1.5', 'some']) {
      const run = inProcess(['match', micro, '--max-blocking', bad]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--max-blocking');
    }
  });

  it('the table (default) has a line per pair in aligned columns, the unmatched, and the summary', () => {
    const result = matchProgram(classicText);
    const run = mentormatch(['match', classic]);
    expect(run.code).toBe(0);
    const [pairs = '', unmatched = '', summary = ''] = run.stdout.trimEnd().split('\n\n');
    const lines = pairs.split('\n');
    expect(lines[0]).toMatch(/^mentee\s+mentor\s+score\s+top reason$/);
    expect(lines).toHaveLength(result.matches.length + 1);
    const scoreColumn = lines[0]?.indexOf('score');
    result.matches.forEach((m, k) => {
      const line = lines[k + 1] ?? '';
      expect(line.startsWith(m.mentee)).toBe(true);
      expect(line).toContain(m.mentor);
      expect(line.slice(scoreColumn, scoreColumn === undefined ? 0 : scoreColumn + 4)).toBe(m.score.toFixed(2));
    });
    expect(unmatched.split('\n')).toHaveLength(result.unmatched.length + 2);
    expect(unmatched).toContain(`Unmatched: ${result.unmatched.length} of 120 mentees`);
    expect(summary).toContain(`Objective total: ${result.summary.matched} of 120 mentees matched`);
    expect(summary).toContain('First come, first served:');
  });

  it('the micro table has a topic column and marks the locked pair', () => {
    const result = matchProgram(microText);
    const run = mentormatch(['match', micro, '--format', 'table']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^mentee\s+topic\s+mentor\s+score\s+top reason$/);
    const locked = result.matches.find((m) => m.locked);
    expect(locked).toBeDefined();
    expect(run.stdout).toMatch(
      new RegExp(`\\n${locked?.mentee}\\s+${locked?.topic}\\s+${locked?.mentor} \\(locked\\)`),
    );
    // The last line says what is proven, as the summary does.
    if (result.summary.exact) expect(run.stdout).toContain('Proven optimal for the objective.');
    else expect(run.stdout).toContain(`within ${(100 * (result.summary.gap ?? 0)).toFixed(2)}% of the best possible`);
  });

  it('--format csv: a line per pair, then per unmatched request, quoted where needed (RFC 4180)', () => {
    const result = matchProgram(microText);
    const program = parseProgram(microText);
    const name = (people: readonly { id: string; name: string }[], id: string) => {
      const person = people.find((p) => p.id === id);
      return person === undefined || person.name === person.id ? '' : person.name;
    };
    const run = mentormatch(['match', micro, '--format', 'csv']);
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout);
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
    expect(rows).toHaveLength(1 + result.matches.length + result.unmatched.length);
    result.matches.forEach((m, k) => {
      const [
        kind,
        mentee,
        menteeName,
        menteeEmail,
        topic,
        mentor,
        mentorName,
        mentorEmail,
        score,
        locked,
        code,
        reason,
      ] = rows[k + 1] ?? [];
      expect([
        kind,
        mentee,
        menteeName,
        menteeEmail,
        topic,
        mentor,
        mentorName,
        mentorEmail,
        locked,
        code,
        reason,
      ]).toEqual([
        'pair',
        m.mentee,
        name(program.mentees, m.mentee),
        '',
        m.topic,
        m.mentor,
        name(program.mentors, m.mentor),
        '',
        String(m.locked),
        '',
        m.explanation.summary,
      ]);
      expect(Number(score)).toBeCloseTo(m.score, 6);
    });
    result.unmatched.forEach((u, k) => {
      expect(rows[1 + result.matches.length + k]).toEqual([
        'unmatched',
        u.mentee,
        name(program.mentees, u.mentee),
        '',
        u.topic,
        '',
        '',
        '',
        '',
        '',
        u.code,
        u.reason,
      ]);
    });
    // Reasons hold commas, so some fields are quoted.
    expect(run.stdout).toMatch(/,"[^"\n]*,[^"\n]*"\n/);
  });

  it('--out writes the result to a file and nothing to stdout; - reads standard input', () => {
    const out = join(scratch, 'pairs.csv');
    const written = mentormatch(['match', '-', '--format', 'csv', '--out', out], classicText);
    expect(written).toEqual({ code: 0, stdout: '', stderr: '' });
    // A .csv file starts with a byte order mark (see cli.exports.test.ts); standard output does not.
    expect(readFileSync(out, 'utf8')).toBe(`\uFEFF${mentormatch(['match', classic, '--format', 'csv']).stdout}`);
  });

  it('--verbose shows progress on stderr; results stay on stdout', () => {
    const run = mentormatch(['match', micro, '--format', 'json', '--verbose']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^mentormatch match: read .*micro\.json \(\d+ KB\) in [\d.]+ ms\n/);
    expect(run.stderr).toContain('mentormatch match: matching 150 mentees, 40 mentors…\n');
    expect(run.stderr).toMatch(/mentormatch match: matched \d+ of 297 requests in [\d.]+ ms\n$/);
    expect(JSON.parse(run.stdout).mode).toBe('micro');
  });
});

describe('mentormatch on bad input: exit code 1, every problem on stderr, nothing on stdout', () => {
  it('a file that is not JSON: where the syntax breaks', () => {
    const broken = file('broken.json', '{\n  "mode": "micro",\n  "topics": [}\n');
    const run = mentormatch(['match', broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `mentormatch match: ${broken} is not valid JSON: line 3, column 14: expected a value, found "}"\n`,
    );
  });

  it('a schema error with two problems lists both, each with its path', () => {
    const bad = { ...SMALL, mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 9 }], capacity: -1 }] };
    const run = mentormatch(['match', file('schema.json', JSON.stringify(bad))]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `mentormatch match: ${join(scratch, 'schema.json')} is not a valid programme, 2 problems:\n` +
        '  mentors[0].skills[0].level: must be ≤ 5, got 9\n' +
        '  mentors[0].capacity: must be ≥ 0, got -1\n',
    );
  });

  it('an unknown mentor id, with its path', () => {
    const bad = { ...SMALL, mentees: [{ ...SMALL.mentees[0], preferences: ['zoe'] }] };
    const run = mentormatch(['match', file('unknown.json', JSON.stringify(bad))]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'is not a valid programme, 1 problem:\n  mentees[0].preferences[0]: unknown mentor "zoe"\n',
    );
  });

  it('a problem with the whole programme has no path', () => {
    const run = mentormatch(['match', '-'], '[1, 2]');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'mentormatch match: standard input is not a valid programme, 1 problem:\n  the programme must be an object, got an array of length 2\n',
    );
  });

  it('a missing file, and a directory', () => {
    expect(mentormatch(['match', 'nowhere.json'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'mentormatch match: cannot read nowhere.json: no such file\n',
    });
    expect(mentormatch(['report', '.']).stderr).toBe('mentormatch report: cannot read .: it is a directory\n');
  });

  it('suggest for a mentee the programme does not have', () => {
    const run = mentormatch(['suggest', micro, '--mentee', 'e-999']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`mentormatch suggest: no mentee "e-999" in ${micro}\n`);
  });
});

describe('warnings: one line each on stderr, the result as usual, exit code 0 (3 here, where nothing can be matched)', () => {
  /** SMALL with a rule on an attribute no mentor has, which then rules out every pair. */
  const WARNED = {
    ...SMALL,
    rules: {
      custom: [{ name: 'certified-only', effect: 'require', mentor: { attribute: 'certified', equals: true } }],
    },
  };
  const warnedText = JSON.stringify(WARNED);
  const lines = (command: string) =>
    [
      `mentormatch ${command}: warning: rules.custom[0].mentor.attribute: no mentor has the attribute "certified" (rule "certified-only"); mentors have no attributes\n`,
      `mentormatch ${command}: warning: rules.custom[0]: custom rule "certified-only" requires that the mentor's certified is true, which no (mentee, mentor) pair meets: it rules out every pair\n`,
    ].join('');
  /** The rule rules out every pair: with a matching, exit code 3 and a line that says why. */
  const infeasible = (command: string) =>
    `mentormatch ${command}: no solution satisfies the hard requirements: not one of the 1 request can be matched (exit code 3)\n`;

  it('match, in a child process: the warnings on stderr, the JSON result on stdout', () => {
    const run = mentormatch(['match', file('warned.json', warnedText), '--format', 'json']);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(lines('match') + infeasible('match'));
    expect(run.stdout).toBe(`${JSON.stringify(matchProgram(warnedText), null, 2)}\n`);
    expect(JSON.parse(run.stdout).warnings.map((w: { code: string }) => w.code)).toEqual([
      'unknownAttribute',
      'rulesOutEveryPair',
    ]);
  });

  it('match with --out and --verbose, report with and without the matching, and suggest warn too', () => {
    const path = file('warned.json', warnedText);
    const written = inProcess(['match', path, '--format', 'csv', '--out', 'warned.csv']);
    expect(written).toEqual({ code: 3, stdout: '', stderr: lines('match') + infeasible('match') });
    expect(inProcess(['match', path, '--verbose']).stderr).toContain(lines('match'));
    for (const [args, code] of [
      [['report', path], 3],
      [['report', path, '--no-match'], 0],
    ] as const) {
      const run = inProcess(args);
      expect(run.code).toBe(code);
      expect(run.stderr).toBe(lines('report') + (code === 3 ? infeasible('report') : ''));
      expect(run.stdout).toContain('## Warnings');
    }
    const suggested = inProcess(['suggest', path, '--mentee', 'cy', '--format', 'json']);
    expect(suggested.code).toBe(0);
    expect(suggested.stderr).toBe(lines('suggest'));
    expect(suggested.stdout).toBe(`${JSON.stringify(suggest(warnedText, 'cy', 5), null, 2)}\n`);
  });

  it('weights that leave every score at 0 are an error, exit code 1', () => {
    const zero = Object.fromEntries(Object.keys(parseProgram(SMALL).weights).map((c) => [c, 0]));
    const run = inProcess(['match', file('zero.json', JSON.stringify({ ...SMALL, weights: zero }))]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `mentormatch match: ${join(scratch, 'zero.json')} is not a valid programme, 1 problem:\n` +
        '  weights: every criterion weight is 0 (merged over the micro defaults), so every pair would score 0: give at least one criterion a positive weight\n',
    );
  });
});

describe('mentormatch on a bad command line: exit code 2 with the usage', () => {
  it.each([
    [
      ['frobnicate'],
      'mentormatch: unknown command "frobnicate"; the commands are match, report, suggest, diff, import, schema, sample',
    ],
    [['--frobnicate'], 'mentormatch: unknown option "--frobnicate"'],
    [
      ['help', 'frobnicate'],
      'mentormatch: unknown command "frobnicate"; the commands are match, report, suggest, diff, import, schema, sample',
    ],
  ])('%j', (args, message) => {
    const run = inProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(`${message}\n\n${usageOf(HELP.main)}\n`)).toBe(true);
  });

  it('an unknown command and an unknown option, in a child process', () => {
    const command = mentormatch(['frobnicate']);
    expect(command.code).toBe(2);
    expect(command.stdout).toBe('');
    expect(command.stderr).toContain(`mentormatch: unknown command "frobnicate"`);
    expect(command.stderr).toContain(`\n\n${usageOf(HELP.main)}\nRun 'mentormatch --help' for more.\n`);
    const run = mentormatch(['match', micro, '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `mentormatch match: unknown option '--frobnicate'\n\n${usageOf(HELP.match)}\nRun 'mentormatch match --help' for more.\n`,
    );
  });

  it('no command at all: the help, on stderr', () => {
    expect(mentormatch([])).toEqual({ code: 2, stdout: '', stderr: HELP.main });
  });

  it.each([
    [['match', micro, '--frobnicate'], "unknown option '--frobnicate'"],
    [['match', micro, '--format', 'xml'], '--format must be one of table, json, csv, got "xml"'],
    [['match', micro, '--objective', 'best'], '--objective must be one of total, coverage, fair, stable, got "best"'],
    [['match', micro, '--out'], 'missing the value of --out'],
    [['match'], 'missing the programme file (a path, or - for standard input)'],
    [['match', micro, classic], `unexpected argument ${JSON.stringify(classic)}`],
    [['suggest', micro], 'missing --mentee'],
    [['suggest', micro, '--mentee', 'e-001', '-k', '0'], '--k must be an integer from 1 to 1000, got "0"'],
    [['suggest', micro, '--mentee', 'e-001', '--exposure', 'lots'], '--exposure must be a number ≥ 1, got "lots"'],
    [['schema', 'extra'], 'unexpected argument "extra"'],
    [['sample', '--mentors', '3', '--mentees', '3'], 'missing --mode'],
    [
      ['sample', '--mode', 'mini', '--mentors', '3', '--mentees', '3'],
      '--mode must be one of micro, classic, got "mini"',
    ],
    [
      ['sample', '--mode', 'micro', '--mentors', '2.5', '--mentees', '3'],
      '--mentors must be an integer from 1 to 100000',
    ],
    [
      ['sample', '--mode', 'micro', '--mentors', '3', '--mentees', '3', '--topics', '12'],
      '--topics must be an integer from 13',
    ],
  ])('%j', (args, message) => {
    const command = args[0] as keyof typeof HELP;
    const run = inProcess(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`mentormatch ${command}: ${message}`);
    expect(run.stderr).toContain(`\n\n${usageOf(HELP[command])}\nRun 'mentormatch ${command} --help' for more.\n`);
  });
});

describe('--help and --version', () => {
  it.each(['match', 'report', 'suggest', 'schema', 'sample'] as const)('mentormatch %s --help', (command) => {
    expect(HELP[command].startsWith(`Usage: mentormatch ${command} `)).toBe(true);
    expect(mentormatch([command, '--help'])).toEqual({ code: 0, stdout: HELP[command], stderr: '' });
    expect(inProcess([command, '-h'])).toEqual({ code: 0, stdout: HELP[command], stderr: '' });
    expect(inProcess(['help', command])).toEqual({ code: 0, stdout: HELP[command], stderr: '' });
  });

  it('mentormatch --help lists every command', () => {
    const run = mentormatch(['--help']);
    expect(run).toEqual({ code: 0, stdout: HELP.main, stderr: '' });
    for (const command of ['match', 'report', 'suggest', 'schema', 'sample'])
      expect(run.stdout).toContain(`\n  ${command} `);
  });

  it('mentormatch --version prints the package version', () => {
    expect(mentormatch(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('mentormatch schema', () => {
  it('prints programJsonSchema as JSON', () => {
    const run = mentormatch(['schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(programJsonSchema);
  });
});

describe('mentormatch sample', () => {
  it('writes the committed sample programmes byte for byte from their options', () => {
    for (const [name, options] of Object.entries(SAMPLES)) {
      const args = [
        'sample',
        '--mode',
        options.mode,
        '--mentors',
        `${options.mentors}`,
        '--mentees',
        `${options.mentees}`,
      ];
      const run = mentormatch([...args, '--seed', `${options.seed}`]);
      expect(run.code).toBe(0);
      expect(run.stdout === readFileSync(join(root, 'examples', 'data', `${name}.json`), 'utf8')).toBe(true);
    }
  });

  it('is deterministic for a seed, differs across seeds, and parses', () => {
    const args = ['sample', '--mode', 'classic', '--mentors', '7', '--mentees', '12', '--topics', '20'];
    const first = mentormatch([...args, '--seed', '42']);
    expect(first.code).toBe(0);
    expect(mentormatch([...args, '--seed', '42']).stdout).toBe(first.stdout);
    expect(mentormatch([...args, '--seed', '43']).stdout).not.toBe(first.stdout);
    const program = parseProgram(first.stdout);
    expect([program.mode, program.mentors.length, program.mentees.length, program.topics.length]).toEqual([
      'classic',
      7,
      12,
      20,
    ]);
  });

  it('its output goes straight into match', () => {
    const programme = mentormatch(['sample', '--mode', 'micro', '--mentors', '5', '--mentees', '9', '--seed', '7']);
    const run = mentormatch(['match', '-', '--format', 'json'], programme.stdout);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(matchProgram(programme.stdout))));
  });
});

describe('mentormatch report', () => {
  it('prints the Markdown report with the matching; --html writes the page too', () => {
    const html = join(scratch, 'report.html');
    const run = mentormatch(['report', classic, '--html', html, '--title', 'Autumn cycle']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = programReport(classicText, matchProgram(classicText));
    expect(report.matching).toBeDefined();
    expect(run.stdout).toBe(reportToMarkdown(report));
    expect(readFileSync(html, 'utf8')).toBe(reportToHtml(report, { title: 'Autumn cycle' }));
  });

  it('--no-match reports before matching; --objective chooses the matching reported on', () => {
    expect(inProcess(['report', micro, '--no-match']).stdout).toBe(reportToMarkdown(programReport(microText)));
    const fair = programReport(microText, matchProgram(microText, { objective: 'fair' }));
    expect(inProcess(['report', micro, '--objective', 'fair']).stdout).toBe(reportToMarkdown(fair));
  });
});

describe('mentormatch suggest', () => {
  it('--format json prints what suggest returns', () => {
    const run = mentormatch(['suggest', classic, '--mentee', 'e-002', '-k', '3', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(suggest(classicText, 'e-002', 3), null, 2)}\n`);
  });

  it('the table: per request, the mentors best first with score and top reasons', () => {
    const expected = suggest(microText, 'e-004', 2);
    const run = mentormatch(['suggest', micro, '--mentee', 'e-004', '-k', '2']);
    expect(run.code).toBe(0);
    for (const request of expected.requests) {
      expect(run.stdout).toContain(`Mentors for e-004's request on ${request.topic}`);
      for (const [k, s] of request.mentors.entries()) {
        const reason = [...s.explanation.criteria].sort((a, b) => b.contribution - a.contribution)[0];
        expect(run.stdout).toMatch(
          new RegExp(`\\n${k + 1}\\s+${s.mentor}\\s+${s.score.toFixed(2)}\\s+${reason?.label}: `),
        );
      }
    }
  });
});
