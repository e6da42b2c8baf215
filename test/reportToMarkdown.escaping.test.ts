/**
 * The report's Markdown escaping (`md`, used by `reportToMarkdown` and the CLI's `diff`): a name or
 * an id makes no markup wherever it lands (a paragraph, a list item, a table cell, a heading): no
 * heading, list, quote, code block, thematic break, HTML or link, and no control or bidirectional
 * character reaches a terminal. Checked on the text, and by parsing the Markdown as GitHub does
 * (GFM, with the `marked` parser) and looking at what it made. Then the renderers given something that is not a report.
 */
import { marked as parser } from 'marked';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, programReport, reportToHtml, reportToMarkdown } from '../src/index.js';
import { md } from '../src/report/format.js';

/** Names that try to make markup, or to send a terminal a command. */
const HOSTILE = [
  '# Heading',
  '###### Six',
  '#',
  '\tindented code',
  '    indented code',
  '  # indented heading',
  '> quote',
  '- item',
  '+ item',
  '* item',
  '1. one',
  '123456789) many',
  '---',
  '- - -',
  '***',
  '___',
  '```js',
  '~~~',
  '<script>alert(1)</script>',
  '<!-- comment -->',
  'http://evil.example/x',
  'HTTPS://evil.example',
  'ftp://evil.example',
  'see www.evil.example now',
  '[link](http://evil.example)',
  '![image](x.png)',
  'a | b',
  '**bold** _em_ ~~strike~~ `code`',
  '&amp; &#60;',
  'line\n# second line heading',
  'row\n| forged | row |',
  'clear\u001b[2J screen',
  'right\u202eto left',
  '\u2066isolate\u2069\u200e\u200f\u061c\u0085\u007f',
];

/** The control and bidirectional characters that must not come out as they are (line feeds aside). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what must not come out
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('md: what it writes', () => {
  it.each([
    ['# Heading', '\\# Heading'],
    ['#hashtag', '#hashtag'],
    ['- item', '\\- item'],
    ['-1.5', '-1.5'],
    ['---', '\\---'],
    ['+ item', '\\+ item'],
    ['1. one', '1\\. one'],
    ['2) two', '2\\) two'],
    ['1.5 days', '1.5 days'],
    ['> quote', '\\> quote'],
    ['    code', '&#32;   code'],
    ['\tcode', '\\tcode'],
    ['http://x.example', 'http\\://x.example'],
    ['go to www.x.example', 'go to www\\.x.example'],
    ['a\r\nb', 'a b'],
    ['esc\u001b[2J', 'esc\\u{1b}\\[2J'],
    ['bidi\u202e', 'bidi\\u{202e}'],
    ['del\u007f c1\u009b', 'del\\u{7f} c1\\u{9b}'],
    ['Ana Lima', 'Ana Lima'],
  ])('md(%j) is %j', (text, escaped) => {
    expect(md(text)).toBe(escaped);
  });

  it('leaves no control or bidirectional character, and no line break', () => {
    for (const name of HOSTILE) {
      expect(md(name)).not.toMatch(UNSAFE);
      expect(md(name)).not.toContain('\n');
    }
  });
});

/** A parsed token of `marked`, as far as these tests look at it. */
interface Token {
  readonly type: string;
  readonly [key: string]: unknown;
}

interface Marked {
  lexer(src: string, options?: { gfm?: boolean }): Token[];
}

const marked: Marked = parser as unknown as Marked;

/** Every token in `tokens`, nested ones too (inline tokens, list items, table cells). */
function allTokens(value: unknown, out: Token[] = []): Token[] {
  if (Array.isArray(value)) {
    for (const item of value) allTokens(item, out);
  } else if (typeof value === 'object' && value !== null) {
    if (typeof (value as { type?: unknown }).type === 'string') out.push(value as Token);
    for (const [key, child] of Object.entries(value)) if (key !== 'raw' && key !== 'text') allTokens(child, out);
  }
  return out;
}

/** Types of token that a name must never make. */
const MARKUP = ['heading', 'list', 'list_item', 'blockquote', 'code', 'codespan', 'hr', 'html', 'link', 'image'];
const made = (markdown: string) =>
  allTokens(marked.lexer(markdown, { gfm: true }) ?? []).filter((t) => MARKUP.includes(t.type));

describe('md, parsed as GFM: a name makes no markup wherever it lands', () => {
  it.each(HOSTILE)('%j as a paragraph, a list item, a table cell and a heading', (name) => {
    // A paragraph: nothing but text.
    expect(made(md(name))).toEqual([]);
    // Both kinds of list item: one list of one item.
    for (const marker of ['-', '1.']) {
      const tokens = made(`${marker} ${md(name)}`);
      expect(tokens.map((t) => t.type)).toEqual(['list', 'list_item']);
    }
    // A table cell: two columns, one row, the cell whole.
    const [table] = marked.lexer(`| a | b |\n| --- | --- |\n| ${md(name)} | x |\n`, { gfm: true }) ?? [];
    expect(table?.type).toBe('table');
    expect(((table?.rows ?? []) as unknown[][]).map((row) => row.length)).toEqual([2]);
    expect(made(`| a | b |\n| --- | --- |\n| ${md(name)} | x |\n`)).toEqual([]);
    // A heading: one heading, of level 2.
    const heading = made(`## ${md(name)}`);
    expect(heading.map((t) => [t.type, t.depth])).toEqual([['heading', 2]]);
  });
});

describe('reportToMarkdown: hostile names in a whole report', () => {
  const report = programReport({
    name: '# Title\u001b[2J',
    mode: 'micro',
    topics: [
      { id: 'pricing', name: '# Pricing' },
      { id: 'seo', name: '\tSEO www.evil.example' },
      { id: 'legal', name: '1. Legal\n- forged' },
    ],
    mentors: [
      { id: 'ana', name: '> Ana http://evil.example', skills: [{ topic: 'pricing', level: 4 }] },
      { id: 'ben', name: '- Ben\u202e', skills: [{ topic: 'seo', level: 5 }] },
    ],
    mentees: [
      { id: 'cy', requests: [{ topic: 'pricing', level: 3 }] },
      { id: '    di', requests: [{ topic: 'seo', level: 3 }] },
      { id: 'ed', requests: [{ topic: 'legal', level: 3 }] },
    ],
  });
  const text = reportToMarkdown(report);

  it('writes no control or bidirectional character, and the escapes in their place', () => {
    expect(text).not.toMatch(UNSAFE);
    expect(text.split('\n')[0]).toBe('# Programme report: \\# Title\\u{1b}\\[2J');
    expect(text).toContain('\\# Pricing');
    expect(text).toContain('\\tSEO www\\.evil.example');
    expect(text).toContain('1\\. Legal - forged');
  });

  it('as GFM: only its own headings and lists, no link, code or quote', () => {
    const tokens = allTokens(marked.lexer(text, { gfm: true }) ?? []);
    const types = new Set(tokens.map((t) => t.type));
    for (const type of ['blockquote', 'code', 'codespan', 'hr', 'html', 'link', 'image'])
      expect(types.has(type)).toBe(false);
    const headings = tokens.filter((t) => t.type === 'heading').map((t) => t.text as string);
    expect(headings[0]).toBe('Programme report: \\# Title\\u{1b}\\[2J');
    // Every other heading is one the report writes, none made of a name.
    for (const heading of headings.slice(1)) expect(heading).not.toMatch(/Pricing|SEO|Legal|Ana|Ben|forged/);
    // Lists hold items the report writes, each whole on its line: none nested in another.
    for (const list of tokens.filter((t) => t.type === 'list_item')) {
      expect(allTokens(list.tokens).some((t) => t.type === 'list')).toBe(false);
    }
  });
});

describe('reportToMarkdown and reportToHtml given something that is not a report', () => {
  it.each([
    [
      {},
      'report.mode is required ("micro" or "classic"); report.topics is required (an array); report.hot is required (an array) (and 4 more)',
    ],
    [{ mode: 'micro', topics: 'all' }, 'report.topics must be an array, got "all"; report.hot is required (an array)'],
    [null, 'report must be a report of programReport, got null'],
    [[], 'report must be a report of programReport, got an array of length 0'],
  ])('%j: an InvalidInputError that names what is missing or wrong', (input, message) => {
    for (const [name, render] of [
      ['reportToMarkdown', reportToMarkdown],
      ['reportToHtml', reportToHtml],
    ] as const) {
      let error: unknown;
      try {
        render(input as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).message.startsWith(`${name}: ${message}`)).toBe(true);
    }
  });

  it('every problem has its path', () => {
    try {
      reportToMarkdown({} as never);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).issues.map((issue) => issue.path.join('.'))).toEqual([
        'report.mode',
        'report.topics',
        'report.hot',
        'report.uncovered',
        'report.champions',
        'report.readiness',
        'report.warnings',
      ]);
    }
  });
});
