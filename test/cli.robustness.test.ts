/**
 * The CLI safe to embed (issue "Safe to embed in a serverless function"): inputs read up to
 * `--max-input-bytes` and no further (`match /dev/zero` used to abort with `std::bad_alloc` after
 * 20 s), exit code 3 when not one unit of demand can be matched, no sentence of the help cut short,
 * and tables that pass no control or bidirectional character through to the terminal. Most tests
 * run the CLI in process with an in-memory `Io`; the endless input also runs as a child process on
 * `/dev/zero`, the CLI bundled as tsup bundles it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputTooLargeError } from '../src/cli/command.js';
import { HELP } from '../src/cli/help.js';
import { MAX_INPUT_BYTES, readBounded } from '../src/cli/io.js';
import { matchProgram } from '../src/index.js';
import { noSuchFile, runCli } from './helpers/cliRun.js';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** An endless reader, as `/dev/zero` is: every call fills the whole buffer; counts what it gave. */
function endless(): { read: (buffer: Uint8Array) => number; given: () => number } {
  let given = 0;
  return {
    read(buffer) {
      buffer.fill(0x20);
      given += buffer.length;
      return buffer.length;
    },
    given: () => given,
  };
}

/** The text of a reader read with `readBounded`, as the CLI's own `readFile` decodes it. */
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/**
 * Runs the CLI in process on in-memory files: `files[path]` is the text of `path` (`-` for
 * standard input); the path `endless` is an endless input read through `readBounded`, as the real
 * `readFile` reads. Records every limit asked for.
 */
function inProcess(args: readonly string[], files: Readonly<Record<string, string>> = {}, limits: number[] = []): Run {
  return runCli(args, files, {
    onRead: (_path, maxBytes) => limits.push(maxBytes),
    readMissing: (path, maxBytes) =>
      path === 'endless' ? decode(readBounded(endless().read, maxBytes)) : noSuchFile(path),
  });
}

/** A valid micro programme: one request, two mentors able for it. */
const SMALL = {
  mode: 'micro',
  topics: [{ id: 'pricing' }, { id: 'seo' }],
  mentors: [
    { id: 'ana', skills: [{ topic: 'pricing', level: 4 }] },
    { id: 'ben', skills: [{ topic: 'pricing', level: 5 }] },
  ],
  mentees: [{ id: 'cy', requests: [{ topic: 'pricing', level: 3 }] }],
};

const tooLarge = (command: string, source: string, limit: string) =>
  `mentormatch ${command}: ${source} is larger than ${limit}, the limit of --max-input-bytes (default 256 MiB); raise it with --max-input-bytes <bytes>, up to 524288000 bytes (500 MiB)\n`;

describe('--max-input-bytes: no input is read past the limit', () => {
  it('readBounded stops an endless reader just past the limit, holding no more than that', () => {
    const reader = endless();
    expect(() => readBounded(reader.read, 100_000)).toThrow(InputTooLargeError);
    expect(reader.given()).toBe(100_001);
    const short = [new TextEncoder().encode('{"a": 1}')];
    const bytes = readBounded((buffer) => {
      const chunk = short.shift();
      if (chunk === undefined) return 0;
      buffer.set(chunk);
      return chunk.length;
    }, 8);
    expect(decode(bytes)).toBe('{"a": 1}');
  });

  it('match, report, suggest and diff refuse an endless programme with exit code 1, naming the limit', () => {
    for (const [command, ...rest] of [['match'], ['report'], ['suggest', '--mentee', 'cy']] as const) {
      expect(inProcess([command, 'endless', ...rest, '--max-input-bytes', '1024'])).toEqual({
        code: 1,
        stdout: '',
        stderr: tooLarge(command, 'endless', '1024 bytes'),
      });
    }
    const files = { 'small.json': JSON.stringify(SMALL) };
    expect(inProcess(['diff', 'small.json', 'endless', '--max-input-bytes', '1048576'], files)).toEqual({
      code: 1,
      stdout: '',
      stderr: tooLarge('diff', 'endless', '1048576 bytes (1 MiB)'),
    });
  });

  it('standard input, CSV tables and saved results are held to the limit too, even by an Io that reads it all', () => {
    const big = `${' '.repeat(2000)}${JSON.stringify(SMALL)}`;
    expect(inProcess(['match', '-', '--max-input-bytes', '1000'], { '-': big })).toEqual({
      code: 1,
      stdout: '',
      stderr: tooLarge('match', 'standard input', '1000 bytes'),
    });
    // Multi-byte characters count as their UTF-8 bytes: 400 × "é" is 800 bytes.
    expect(inProcess(['match', '-', '--max-input-bytes', '799'], { '-': `"${'é'.repeat(400)}"` }).stderr).toBe(
      tooLarge('match', 'standard input', '799 bytes'),
    );
    const csv = {
      'mentors.csv': `id,skills\n${'ana,pricing:4\n'.repeat(100)}`,
      'mentees.csv': 'id,requests\ncy,pricing:3\n',
    };
    const tables = ['--mentors', 'mentors.csv', '--mentees', 'mentees.csv', '--mode', 'micro'];
    expect(inProcess(['import', ...tables, '--max-input-bytes', '1000'], csv)).toEqual({
      code: 1,
      stdout: '',
      stderr: tooLarge('import', 'mentors.csv', '1000 bytes'),
    });
    const endlessMentees = ['--mentors', 'mentees.csv', '--mentees', 'endless', '--mode', 'micro'];
    expect(inProcess(['match', ...endlessMentees, '--max-input-bytes', '1000'], csv).stderr).toBe(
      tooLarge('match', 'endless', '1000 bytes'),
    );
    const saved = `${JSON.stringify(matchProgram(SMALL as never), null, 2)}\n`;
    const files = { 'small.json': JSON.stringify(SMALL), 'saved.json': saved };
    expect(
      inProcess(['diff', 'saved.json', 'small.json', '--max-input-bytes', String(saved.length - 1)], files),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr: tooLarge('diff', 'saved.json', `${saved.length - 1} bytes`),
    });
    expect(inProcess(['diff', 'saved.json', 'small.json', '--max-input-bytes', String(saved.length)], files).code).toBe(
      0,
    );
  });

  it('the default is 256 MiB, and every input is read with it', () => {
    const limits: number[] = [];
    const files = { 'small.json': JSON.stringify(SMALL) };
    expect(inProcess(['match', 'small.json'], files, limits).code).toBe(0);
    expect(inProcess(['diff', 'small.json', 'small.json'], files, limits).code).toBe(0);
    expect(limits).toEqual([MAX_INPUT_BYTES.fallback, MAX_INPUT_BYTES.fallback, MAX_INPUT_BYTES.fallback]);
    expect(MAX_INPUT_BYTES.fallback).toBe(256 * 1024 * 1024);
    for (const help of [HELP.match, HELP.report, HELP.suggest, HELP.diff, HELP.import]) {
      expect(help).toMatch(/--max-input-bytes <n>\s+Read at most <n> bytes of each/);
      expect(help).toContain('(default 268435456, 256 MiB; at most 524288000, 500 MiB)');
    }
  });

  it('a bad --max-input-bytes is a usage error, exit code 2, before anything is read', () => {
    for (const value of ['0', '-1', '1.5', 'lots', '524288001']) {
      const limits: number[] = [];
      const run = inProcess(['match', 'endless', `--max-input-bytes=${value}`], {}, limits);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `mentormatch match: --max-input-bytes must be an integer from 1 to 524288000, got ${JSON.stringify(value)}`,
      );
      expect(limits).toEqual([]);
    }
  });

  describe('as a child process', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const scratch = mkdtempSync(join(tmpdir(), 'mentormatch-robust-'));
    const cli = join(scratch, 'cli.mjs');
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
    const mentormatch = (args: readonly string[], input = ''): Run => {
      const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], {
        cwd: scratch,
        encoding: 'utf8',
        input,
        timeout: 30_000,
      });
      return { code: status, stdout, stderr };
    };

    it.runIf(existsSync('/dev/zero'))('match /dev/zero fails at once with exit code 1, not out of memory', () => {
      const started = performance.now();
      expect(mentormatch(['match', '/dev/zero', '--max-input-bytes', '4194304'])).toEqual({
        code: 1,
        stdout: '',
        stderr: tooLarge('match', '/dev/zero', '4194304 bytes (4 MiB)'),
      });
      expect(performance.now() - started).toBeLessThan(10_000);
    });

    it('standard input is read up to the limit too, and within it as before', () => {
      const text = JSON.stringify(SMALL);
      expect(mentormatch(['match', '-', '--max-input-bytes', String(text.length - 1)], text).stderr).toBe(
        tooLarge('match', 'standard input', `${text.length - 1} bytes`),
      );
      const ok = mentormatch(['match', '-', '--format', 'json', '--max-input-bytes', String(text.length)], text);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toBe(`${JSON.stringify(matchProgram(text), null, 2)}\n`);
    });
  });
});

describe('exit code 3: a programme with demand of which not one unit can be matched', () => {
  /** Every pair ruled out by a hard rule: no mentor is certified. */
  const FORBIDDEN = {
    ...SMALL,
    rules: {
      custom: [{ name: 'certified-only', effect: 'require', mentor: { attribute: 'certified', equals: true } }],
    },
  };
  const files = { 'forbidden.json': JSON.stringify(FORBIDDEN), 'small.json': JSON.stringify(SMALL) };
  const line = (command: string) =>
    `mentormatch ${command}: no solution satisfies the hard requirements: not one of the 1 request can be matched (exit code 3)\n`;

  it('match: exit code 3, the result printed all the same, and a line on stderr that says why', () => {
    const table = inProcess(['match', 'forbidden.json'], files);
    expect(table.code).toBe(3);
    expect(table.stdout).toContain('Unmatched: 1 of 1 requests\n');
    expect(table.stderr.endsWith(line('match'))).toBe(true);
    const json = inProcess(['match', 'forbidden.json', '--format', 'json'], files);
    expect(json.code).toBe(3);
    expect(json.stdout).toBe(`${JSON.stringify(matchProgram(files['forbidden.json']), null, 2)}\n`);
    expect(JSON.parse(json.stdout).unmatched.map((u: { code: string }) => u.code)).toEqual(['ruledOut']);
  });

  it('classic mode and micro mode without a mentor able for anything: exit code 3', () => {
    const classic = {
      mode: 'classic',
      topics: [{ id: 'finance' }],
      mentors: [{ id: 'ana', capacity: 0, skills: [{ topic: 'finance', level: 5 }] }],
      mentees: [
        { id: 'cy', goals: [{ topic: 'finance' }] },
        { id: 'di', goals: [{ topic: 'finance' }] },
      ],
    };
    const run = inProcess(['match', 'classic.json'], { 'classic.json': JSON.stringify(classic) });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('not one of the 2 mentees can be matched (exit code 3)\n');
    const noExpert = { ...SMALL, mentees: [{ id: 'cy', requests: [{ topic: 'seo', level: 3 }] }] };
    expect(inProcess(['match', 'n.json'], { 'n.json': JSON.stringify(noExpert) }).code).toBe(3);
  });

  it('report: exit code 3 when it matches, 0 with --no-match; the report written all the same', () => {
    const matched = inProcess(['report', 'forbidden.json'], files);
    expect(matched.code).toBe(3);
    expect(matched.stdout).toContain('# Programme report');
    expect(matched.stderr.endsWith(line('report'))).toBe(true);
    const before = inProcess(['report', 'forbidden.json', '--no-match'], files);
    expect(before.code).toBe(0);
    expect(before.stderr).not.toContain('exit code 3');
  });

  it('an empty-demand programme, and one where something is matched, exit with 0', () => {
    const empty = { ...SMALL, mentees: [] };
    const run = inProcess(['match', 'empty.json'], { 'empty.json': JSON.stringify(empty) });
    expect(run).toEqual({ code: 0, stdout: expect.stringContaining('0 of 0 requests matched'), stderr: '' });
    const partly = { ...SMALL, mentees: [...SMALL.mentees, { id: 'di', requests: [{ topic: 'seo', level: 3 }] }] };
    expect(inProcess(['match', 'partly.json'], { 'partly.json': JSON.stringify(partly) }).code).toBe(0);
    expect(inProcess(['report', 'empty.json'], { 'empty.json': JSON.stringify(empty) }).code).toBe(0);
  });

  it('the help says when exit code 3 is returned', () => {
    expect(HELP.main).toContain(
      '  3  no solution satisfies the hard requirements: the programme has demand, yet not one request\n',
    );
    expect(HELP.match).toContain('(match, and report when it matches;');
  });
});

describe('--help: no sentence cut short', () => {
  it('the main help says what `mentormatch <command> --help` shows', () => {
    expect(HELP.main).toContain(
      '  -h, --help     Show this help; `mentormatch <command> --help` shows the help of a command\n',
    );
    expect(HELP.main).not.toMatch(/shows a command's\n/);
  });

  it("no line that ends a paragraph or an option's text ends on a word that needs another after it", () => {
    // A line ends its text when the next one is blank, starts another option, or the help ends.
    const dangling = /(?:'s|\b(?:a|an|the|of|and|or|with|than|shows))$/i;
    const cut: string[] = [];
    for (const [name, help] of Object.entries(HELP)) {
      const lines = help.split('\n');
      lines.forEach((line, k) => {
        const next = lines[k + 1];
        const ends = next === undefined || next.trim() === '' || /^\s+-/.test(next);
        if (ends && dangling.test(line.trimEnd())) cut.push(`${name}: ${line}`);
      });
    }
    expect(cut).toEqual([]);
  });
});

describe('tables pass no control or bidirectional character through, and no id forges a row', () => {
  /** Ids and names that try to clear the screen, reverse the text and add a row. */
  const HOSTILE = {
    mode: 'micro',
    topics: [{ id: 'pricing', name: 'Pricing\u001b[2J' }],
    mentors: [
      { id: 'ana\u001b[2J\u202eevil', skills: [{ topic: 'pricing', level: 4 }] },
      { id: 'ben\u2066x\u2069\u200f\u061c\u009b', skills: [{ topic: 'pricing', level: 5 }], capacity: 1 },
    ],
    mentees: [
      { id: 'cy\nzz  pricing  forged  1.00', requests: [{ topic: 'pricing', level: 3 }] },
      { id: 'di\r\t\u007f', requests: [{ topic: 'pricing', level: 3 }] },
    ],
  };
  const files = { 'hostile.json': JSON.stringify(HOSTILE), 'small.json': JSON.stringify(SMALL) };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what must not come out
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

  it('match: every control character shown as an escape, one line per pair', () => {
    const run = inProcess(['match', 'hostile.json'], files);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(UNSAFE);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toMatch(/^cy\\nzz {2}pricing {2}forged {2}1\.00 {2}pricing {2}(ana|ben)/);
    expect(lines[2]).toMatch(/^di\\r\\t\\u\{7f\}/);
    expect(lines[3]).toBe('');
    expect(run.stdout).toContain('ana\\u{1b}[2J\\u{202e}evil');
    expect(run.stdout).toContain('ben\\u{2066}x\\u{2069}\\u{200f}\\u{61c}\\u{9b}');
    expect(run.stdout).toContain('Pricing\\u{1b}[2J');
  });

  it('suggest: the titles and the cells', () => {
    const run = inProcess(['suggest', 'hostile.json', '--mentee', 'di\r\t\u007f'], files);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout.split('\n')[0]).toBe("Mentors for di\\r\\t\\u{7f}'s request on pricing");
    expect(run.stdout).toContain('ana\\u{1b}[2J\\u{202e}evil');
  });

  it('diff: the tables and the headings', () => {
    const run = inProcess(['diff', 'small.json', 'hostile.json'], files);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout).toContain('cy\\nzz  pricing  forged  1.00');
    const markdown = inProcess(['diff', 'small.json', 'hostile.json', '--format', 'markdown'], files);
    expect(markdown.stdout).not.toMatch(UNSAFE);
    expect(markdown.stdout).toContain('ana\\u{1b}\\[2J\\u{202e}evil');
  });

  it('report: the Markdown too', () => {
    const run = inProcess(['report', 'hostile.json'], files);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout).toContain('Pricing\\u{1b}\\[2J');
  });

  it('the help says how such characters are shown', () => {
    for (const help of [HELP.match, HELP.suggest, HELP.diff, HELP.report]) {
      expect(help).toContain('shows as an escape such as\n\\u{1b} or \\u{202e}');
    }
  });
});
