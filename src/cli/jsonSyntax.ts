/**
 * Where a JSON text breaks, and why, in the same words on every Node version (V8's messages differ
 * between versions and do not always give the position). Called only once `JSON.parse` has failed:
 * a recursive-descent scan of the grammar of RFC 8259 that stops at the first error.
 */

/** The first syntax error of a JSON text: `line`, `column` (from 1) and what is wrong. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** The first syntax error of `text`, or undefined if it is valid JSON (or nested too deep to scan). */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (message: string): never => {
    throw new SyntaxError(message);
  };
  const describe = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
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
      if (c < ' ') fail('a line break or control character inside a string');
      if (c === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u' && /^[\da-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== '' && ESCAPES.includes(next)) i += 2;
        else fail('a bad escape sequence in a string');
      } else i++;
    }
    fail('a string that never ends');
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
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        string();
        space();
        if (text[i] !== ':') fail(`expected ':' after a property name, found ${describe()}`);
        i++;
        value();
        space();
        if (text[i] === '}') {
          i++;
          return;
        }
        if (text[i] !== ',') fail(`expected ',' or '}' after a property value, found ${describe()}`);
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
        if (text[i] !== ',') fail(`expected ',' or ']' after an array element, found ${describe()}`);
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
    fail(`expected a value, found ${describe()}`);
  };
  try {
    value();
    space();
    if (i < text.length) fail(`expected the end of the file after the value, found ${describe()}`);
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxError)) return undefined;
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    return { line, column: i - before.lastIndexOf('\n'), message: error.message };
  }
}
