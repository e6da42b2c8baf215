/**
 * JSON with comments (JSONC), as people write programme files by hand: `//` and `/* *\/` comments
 * and trailing commas before `]` or `}`, outside strings. They are blanked out rather than removed,
 * so that every other character keeps its line and column and a syntax error found afterwards (see
 * `jsonSyntaxError`) points into the file as written. One pass, O(n).
 */
import { type JsonSyntaxError, syntaxProblem } from './jsonSyntax.js';

/** The JSON text of a JSONC text, or where a comment that never ends starts. */
export type StrippedJsonc =
  | { readonly text: string; readonly error?: undefined }
  | { readonly text?: undefined; readonly error: JsonSyntaxError };

/** `text` with every character but line breaks turned into a space. */
const blank = (text: string) => text.replace(/[^\r\n]/g, ' ');

/** Line and column (from 1) of offset `i` in `text`. */
function position(text: string, i: number): { line: number; column: number } {
  const before = text.slice(0, i);
  return { line: before.split('\n').length, column: i - before.lastIndexOf('\n') };
}

/**
 * `text` with its comments and trailing commas blanked out (each character replaced by a space, line
 * breaks kept), so that `JSON.parse` takes it and positions stay those of `text`. Strings are copied
 * as they are, escapes included, so a `//` or `,]` inside a string survives. A `/*` that never
 * closes is an error at the comment's start.
 *
 * @param text - A JSON text, possibly with comments and trailing commas.
 * @returns The JSON text, or the error of a comment that never ends.
 * For instance (internal to the CLI, so not run as a package example):
 * stripJsonc('{"url": "http://x", // a link\n "n": [1, 2,],}').text;
 * // '{"url": "http://x",          \n "n": [1, 2 ] }'
 */
export function stripJsonc(text: string): StrippedJsonc {
  const out: string[] = [];
  /** The index in `out` of a comma not yet followed by anything but space and comments. */
  let comma = -1;
  /** The last character outside comments and space: a comma after `[`, `{` or `,` is not trailing. */
  let last = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      const start = i;
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i = Math.min(i + 1, text.length);
      out.push(text.slice(start, i));
      comma = -1;
      last = c;
    } else if (c === '/' && text[i + 1] === '/') {
      let end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      out.push(blank(text.slice(i, end)));
      i = end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) {
        const { line, column } = position(text, i);
        return { error: syntaxProblem(line, column, 'cli.json.unclosedComment') };
      }
      out.push(blank(text.slice(i, end + 2)));
      i = end + 2;
    } else if (c === ',') {
      comma = last === '' || '[{,'.includes(last) ? -1 : out.length;
      last = c;
      out.push(c);
      i++;
    } else if (c === ']' || c === '}') {
      if (comma >= 0) out[comma] = ' ';
      comma = -1;
      last = c;
      out.push(c);
      i++;
    } else {
      // A run of anything else (space, literals, numbers, a lone '/' that JSON.parse will reject).
      let end = i + 1;
      while (end < text.length && !'"/,]}'.includes(text[end] as string)) end++;
      const run = text.slice(i, end);
      const trimmed = run.trimEnd();
      if (trimmed !== '') {
        comma = -1;
        last = trimmed.at(-1) as string;
      }
      out.push(run);
      i = end;
    }
  }
  return { text: out.join('') };
}
