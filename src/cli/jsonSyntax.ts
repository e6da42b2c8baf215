/**
 * Where a JSON text breaks, and why, in the same words on every Node version (V8's messages differ
 * between versions and do not always give the position). Called only once `JSON.parse` has failed:
 * a recursive-descent scan of the grammar of RFC 8259 that stops at the first error.
 */

import { type MessageParams, translator } from '../locale/message.js';
import { cliText } from './locale.js';
import type { CliCode } from './messages/en.js';

/**
 * The first syntax error of a JSON text: `line`, `column` (from 1) and what is wrong, as a message
 * of the command's catalogs (`cli.json.*`: `code`, `params`) and in English words.
 */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly code: CliCode;
  readonly params: MessageParams;
  readonly message: string;
}

/** A syntax error at `line` and `column`: `code` with `params`, and its English message. */
export function syntaxProblem(
  line: number,
  column: number,
  code: CliCode,
  params: MessageParams = {},
): JsonSyntaxError {
  return { line, column, code, params, message: cliText(translator('en'), code, params) };
}

/** Where the scan stopped, and why. */
class Stop extends Error {
  constructor(
    readonly code: CliCode,
    readonly params: MessageParams,
  ) {
    super(code);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** The first syntax error of `text`, or undefined if it is valid JSON (or nested too deep to scan). */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (code: CliCode, params: MessageParams = {}): never => {
    throw new Stop(code, params);
  };
  /** What is at `i`, and what was expected there: `tokens` (`','`, `'}'`), else `what` in words. */
  const expected = (what: string, tokens: readonly string[] = []): never =>
    fail('cli.json.expected', {
      what,
      tokens: tokens.map((token) => `'${token}'`),
      found: i >= text.length ? 'end' : JSON.stringify(text[i]),
    });
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') fail('cli.json.control');
      if (c === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u' && /^[\da-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== '' && ESCAPES.includes(next)) i += 2;
        else fail('cli.json.escape');
      } else i++;
    }
    fail('cli.json.unclosedString');
  };
  const value = () => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') expected('name');
        string();
        space();
        if (text[i] !== ':') expected('colon', [':']);
        i++;
        value();
        space();
        if (text[i] === '}') {
          i++;
          return;
        }
        if (text[i] !== ',') expected('member', [',', '}']);
        i++;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ']') {
          i++;
          return;
        }
        if (text[i] !== ',') expected('element', [',', ']']);
        i++;
      }
    }
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    expected('value');
  };
  try {
    value();
    space();
    if (i < text.length) expected('end');
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) return undefined;
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    return syntaxProblem(line, i - before.lastIndexOf('\n'), error.code, error.params);
  }
}
