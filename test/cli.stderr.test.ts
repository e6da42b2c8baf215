/**
 * Standard error carries values quoted from the input (ids, topics, attribute names, file names):
 * none of them may send the terminal a control sequence or reorder the line. Every message the CLI
 * writes there shows control and bidirectional characters as escapes (`\u{1b}`, `\u{202e}`), as its
 * tables do, and keeps its own line breaks.
 */
import { describe, expect, it } from 'vitest';
import { runCli as cli } from './helpers/cliRun.js';

const ESC = '\u001b';
const RLO = '\u202e';
const BIDI = new Set([
  0x61c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);

/** The characters of `text` that must never reach a terminal as they are (line feeds aside). */
function raw(text: string): string[] {
  return [...text].filter((c) => {
    const n = c.codePointAt(0) ?? 0;
    return (n < 0x20 && n !== 0x0a) || (n >= 0x7f && n <= 0x9f) || BIDI.has(n);
  });
}

const programme = (topic: string, attribute: string) =>
  JSON.stringify({
    mode: 'micro',
    topics: [{ id: 'pricing' }],
    mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 4 }] }],
    mentees: [{ id: 'cy', requests: [{ topic, level: 3 }] }],
    rules: { custom: [{ name: 'same-site', effect: 'prefer', same: attribute }] },
  });

describe('standard error shows control and bidirectional characters as escapes', () => {
  it('an invalid programme: the problem quoting a hostile topic id', () => {
    const hostile = `x${ESC}[2J${RLO}gnicirp`;
    const { code, stderr } = cli(['match', 'p.json'], { 'p.json': programme(hostile, 'site') });
    expect(code).toBe(1);
    // The id is quoted as JSON (ESC already as \u001b); the override needs the escape.
    expect(stderr).toContain('[2J\\u{202e}gnicirp');
    expect(raw(stderr)).toEqual([]);
    // The message keeps its own lines: a header, then one line per problem.
    expect(stderr.trimEnd().split('\n').length).toBeGreaterThanOrEqual(2);
  });

  it('a warning quoting a hostile attribute name', () => {
    const { code, stderr } = cli(['match', 'p.json'], { 'p.json': programme('pricing', `si${ESC}]0;pwned${RLO}te`) });
    expect(code).toBe(0);
    expect(stderr).toContain('warning');
    // The attribute is quoted as JSON (ESC already as \u001b); the override needs the escape.
    expect(stderr).toContain('pwned\\u{202e}te');
    expect(raw(stderr)).toEqual([]);
  });

  it('a usage error quoting a hostile command or file name', () => {
    const command = cli([`ma${RLO}tch`]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('\\u{202e}');
    expect(raw(command.stderr)).toEqual([]);
    const file = cli(['match', `missing${ESC}[31m.json`]);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('\\u{1b}[31m');
    expect(raw(file.stderr)).toEqual([]);
  });
});
