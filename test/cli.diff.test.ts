/**
 * `mentormatch diff`, in process (`run` with captured streams and files in memory): two programmes,
 * a programme and a saved `match --format json` result, the JSON format against `compareMatchings`,
 * Markdown, and the usual exit codes for bad files and bad command lines.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HELP } from '../src/cli/help.js';
import { compareMatchings, matchProgram } from '../src/index.js';
import { runCli as mentormatch } from './helpers/cliRun.js';

/** Two mentors of one place each; cy prefers ben, the less senior one. */
const PROGRAMME = {
  mode: 'classic',
  topics: [{ id: 'sales' }],
  mentors: [
    { id: 'ana', skills: [{ topic: 'sales', level: 5 }], capacity: 1 },
    { id: 'ben', skills: [{ topic: 'sales', level: 3 }], capacity: 1 },
  ],
  mentees: [
    { id: 'cy', goals: [{ topic: 'sales' }], preferences: ['ben'] },
    { id: 'di', goals: [{ topic: 'sales' }] },
  ],
} as const;
const WITHOUT = { ...PROGRAMME, weights: { preference: 0 } };
const WITH = { ...PROGRAMME, weights: { preference: 1 } };
const FILES = { 'without.json': JSON.stringify(WITHOUT), 'with.json': JSON.stringify(WITH) };

const micro = readFileSync(fileURLToPath(new URL('../examples/data/micro.json', import.meta.url)), 'utf8');

describe('mentormatch diff', () => {
  it('two programmes: the moved mentees, then the figures, as a table', () => {
    const out = mentormatch(['diff', 'without.json', 'with.json'], FILES);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const [origin = '', moved = '', figures = ''] = out.stdout.trimEnd().split('\n\n');
    expect(origin).toBe(
      'Before: without.json (matched here, objective total)\nAfter:  with.json (matched here, objective total)',
    );
    const lines = moved.split('\n');
    expect(lines[0]).toBe('Moved: 2');
    expect(lines[1]).toMatch(/^mentee\s+from\s+to\s+score before\s+score after$/);
    expect(lines[2]).toMatch(/^cy\s+ana\s+ben\s+0\.71\s+0\.80$/);
    expect(lines[3]).toMatch(/^di\s+ben\s+ana\s+0\.56\s+0\.59$/);
    expect(lines).toHaveLength(4);
    expect(figures).toBe('0 pairs kept.');
    expect(out.stdout).toMatch(/\nmatched\s+2\s+2\s+0\n/);
    expect(out.stdout).toMatch(/\nblocking pairs\s+\d+\s+\d+\s+\S+\n$/);
  });

  it('identical programmes: every pair kept, no change', () => {
    const out = mentormatch(['diff', 'with.json', 'with.json'], FILES);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('2 pairs kept, no pair changed.');
    expect(out.stdout).not.toContain('Moved');
    expect(out.stdout).toMatch(/\nmean score\s+(\d\.\d\d)\s+\1\s+0\.00\n/);
  });

  it('--format json parses and equals compareMatchings of the two matchings', () => {
    const out = mentormatch(['diff', 'without.json', 'with.json', '--format', 'json'], FILES);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(compareMatchings(matchProgram(WITHOUT), matchProgram(WITH)));
  });

  it('a saved match --format json result and a programme', () => {
    const saved = mentormatch(['match', 'without.json', '--format', 'json'], FILES);
    expect(saved.code).toBe(0);
    const files = { ...FILES, 'before.json': saved.stdout };
    const out = mentormatch(['diff', 'before.json', 'with.json', '--format', 'json'], files);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(compareMatchings(matchProgram(WITHOUT), matchProgram(WITH)));
    const table = mentormatch(['diff', 'before.json', 'with.json'], files);
    expect(table.stdout).toContain('Before: before.json (saved result, objective total)');
  });

  it('--objective applies to the programmes; a saved result keeps its own', () => {
    const saved = mentormatch(['match', '-', '--format', 'json'], { '-': micro });
    const files = { 'micro.json': micro, 'saved.json': saved.stdout };
    const out = mentormatch(['diff', 'saved.json', 'micro.json', '--objective', 'fair', '--format', 'json'], files);
    expect(out.code).toBe(0);
    const expected = compareMatchings(matchProgram(micro), matchProgram(micro, { objective: 'fair' }));
    expect(JSON.parse(out.stdout)).toEqual(expected);
    // A micro programme: the pairs carry their topics.
    expect(expected.kept.every((p) => p.topic !== undefined)).toBe(true);
    const both = mentormatch(['diff', 'saved.json', 'saved.json', '--objective', 'fair'], files);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--objective applies to programmes, and both files are saved results');
  });

  it('--format markdown: a title, the figures table, then a table per kind of change', () => {
    const out = mentormatch(['diff', 'without.json', 'with.json', '--format', 'markdown'], FILES);
    expect(out.code).toBe(0);
    const text = out.stdout;
    expect(text.startsWith('# What changed\n\nBefore: without.json (matched here, objective total). ')).toBe(true);
    expect(text).toContain(
      '## Figures\n\n| figure | before | after | change |\n| --- | ---: | ---: | ---: |\n| matched | 2 | 2 | 0 |',
    );
    expect(text).toContain(
      '## Moved (2)\n\n| mentee | from | to | score before | score after |\n| --- | --- | --- | ---: | ---: |\n| cy | ana | ben | 0.71 | 0.80 |',
    );
    expect(text).not.toContain('## Added');
  });

  it('escapes ids in Markdown, so that none breaks a table', () => {
    const odd = JSON.stringify({
      ...PROGRAMME,
      mentees: [{ id: 'c|y*', goals: [{ topic: 'sales' }] }],
    });
    const out = mentormatch(['diff', 'odd.json', 'with.json', '--format', 'markdown'], { ...FILES, 'odd.json': odd });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('## Removed (1)');
    expect(out.stdout).toContain('| c\\|y\\* | ');
  });

  it('a file that cannot be read, is not JSON, or is not a valid programme: exit 1', () => {
    const missing = mentormatch(['diff', 'nope.json', 'with.json'], FILES);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('mentormatch diff: cannot read nope.json: no such file\n');

    const broken = mentormatch(['diff', 'with.json', 'broken.json'], { ...FILES, 'broken.json': '{"mode": ' });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^mentormatch diff: broken\.json is not valid JSON: line 1/);

    const invalid = mentormatch(['diff', 'with.json', 'bad.json'], { ...FILES, 'bad.json': '{"mode": "macro"}' });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^mentormatch diff: bad\.json is not a valid programme, \d+ problems?/);
  });

  it('a saved result with a bad pair: exit 1, naming the file and the field', () => {
    const saved = JSON.parse(mentormatch(['match', 'with.json', '--format', 'json'], FILES).stdout) as {
      matches: { mentor: unknown }[];
    };
    const first = saved.matches[0];
    if (first !== undefined) first.mentor = 42;
    const out = mentormatch(['diff', 'without.json', 'saved.json'], { ...FILES, 'saved.json': JSON.stringify(saved) });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      'mentormatch diff: cannot compare the two matchings:\n  saved.json: matches[0].mentor: must be a string, got 42\n',
    );
  });

  it('a bad command line: exit 2 with the usage', () => {
    const usage = HELP.diff.slice(0, HELP.diff.indexOf('\n\n'));
    const one = mentormatch(['diff', 'with.json'], FILES);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('missing the two files to compare');
    expect(one.stderr).toContain(usage);
    expect(mentormatch(['diff', 'a', 'b', 'c'], FILES).code).toBe(2);
    expect(mentormatch(['diff', '-', '-'], FILES).code).toBe(2);
    const format = mentormatch(['diff', 'without.json', 'with.json', '--format', 'csv'], FILES);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be one of table, json, markdown, got "csv"');
  });

  it('is listed in the help', () => {
    expect(HELP.main).toMatch(/\n {2}diff {5}What changed between two matchings/);
    const out = mentormatch(['diff', '--help'], {});
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(HELP.diff);
  });
});
