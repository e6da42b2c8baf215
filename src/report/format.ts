/**
 * The renderers' number formats (English: fixed, the same bytes on every platform and runtime
 * locale, no `toLocaleString`; another locale: its catalog's `Intl` formats), the document model
 * both renderers serialise, the Markdown escaping and the check of a report given to a renderer.
 * Internal.
 */

import type { InputIssue } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import type { MessageParams, Translator } from '../locale/message.js';
import { invalidInput, issue, localeOf } from '../model/issues.js';

/** The renderers' number formats in one locale: the fixed English ones, or `Intl`'s for the others. */
export interface Figures {
  /** `x` with at most `digits` decimals (default 1); `–` for null. */
  num(x: number | null, digits?: number): string;
  /** `x` as a whole percentage; `–` for null. */
  pct(x: number | null): string;
  /** `x` with exactly `digits` decimals. */
  fixed(x: number, digits: number): string;
}

/** The report's message `report.<code>` in the locale, with the report's `mode` among its params. */
export type Say = (code: string, params?: MessageParams) => string;

/** The number formats of `t`'s locale. */
export function figures(t: Translator): Figures {
  const or = (f: (x: number) => string) => (x: number | null) => (x === null || !Number.isFinite(x) ? '–' : f(x));
  return {
    num: (x, digits = 1) => or((y) => t.num(y, digits))(x),
    pct: or((x) => t.pct(x, 0)),
    fixed: t.fixed,
  };
}

/** A table cell: text, or a share shown as a coloured badge in HTML (red < 50%, amber < 100%). */
export type Cell = string | { readonly share: number | null };

/** What a document holds, in order. */
export type Block =
  | { readonly kind: 'text'; readonly text: string; readonly note?: boolean }
  | { readonly kind: 'list'; readonly items: readonly string[]; readonly tags?: boolean }
  /** Rows of cells; the first column and the `text` ones are text (left-aligned), the others figures. */
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly (readonly Cell[])[];
      readonly text?: readonly number[];
    }
  /** A histogram: a chart in HTML, a one-row table in Markdown; nothing when it has no bins. */
  | {
      readonly kind: 'columns';
      readonly title: string;
      readonly labels: readonly string[];
      readonly counts: readonly number[];
      readonly axis: string;
    }
  /** Paired bars per item (demand against places): a chart in HTML, left out of Markdown (the table holds the figures). */
  | {
      readonly kind: 'bars';
      readonly title: string;
      readonly legend: readonly [string, string];
      readonly items: readonly {
        readonly label: string;
        readonly a: number;
        readonly b: number;
        readonly note: string;
      }[];
    };

/** A titled part of a section (parts sit side by side in HTML). */
export interface Part {
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** A section: a title (or none), its blocks, then its parts. */
export interface Section {
  readonly title?: string;
  readonly blocks: readonly Block[];
  readonly parts?: readonly Part[];
}

/**
 * Characters that must never reach a terminal or a rendered page as they are: the C0 and C1 control
 * characters and DEL (`\p{Cc}`: an ESC starts a sequence that can clear the screen or recolour
 * it, a line break forges a table row), the bidirectional controls (U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069: an override reverses the text after it) and the line and paragraph
 * separators U+2028 and U+2029.
 */
const UNPRINTABLE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every control character, DEL and bidirectional control written as an escape that
 * shows it, so that a name in a table on a terminal can neither send the terminal a command nor
 * reorder the line nor start a new row: a line feed, a carriage return and a tab become `\n`, `\r`
 * and `\t`, any other such character `\u{hex}` (ESC is `\u{1b}`, U+202E is `\u{202e}`). Every
 * other character is left as it is. Shared by the Markdown of the report and the CLI's tables.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => SHORT_ESCAPES[c] ?? `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/**
 * Escapes text for Markdown, wherever it lands (a table cell, a list item, a paragraph, a
 * heading), so that a name can neither break a table nor make markup:
 * - line breaks become spaces; other control and bidirectional characters are shown as escapes
 *   (see {@link printable});
 * - a backslash goes before each mark that could start inline markup (emphasis, code, links, HTML,
 *   entities, strike-through, the cell separator `|`);
 * - autolinks cannot form: `http://`, `https://`, `ftp://` become `http\://`…, and `www.`
 *   becomes `www\.`;
 * - at the start, what would open a block is escaped: a heading (`# `), a quote (`>`), a list item
 *   (`- `, `+ `, `* `, `1. `, `1) `), a thematic break (`---`), and a leading space (an indented
 *   code block, after four) is written `&#32;` (a leading tab is already `\t`).
 * Backslash escapes and `&#32;` render as the characters they stand for. Shared by the report's
 * Markdown and the CLI's `diff`.
 */
export function md(text: string): string {
  const inline = text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|&~]/g, (c) => `\\${c}`)
    .replace(/(https?|ftp)(:\/\/)/gi, '$1\\$2')
    .replace(/(www)\./gi, '$1\\.');
  return printable(inline)
    .replace(/^ /, '&#32;')
    .replace(/^(#{1,6})(?=[ \t]|$)/, '\\$1')
    .replace(/^([-+])(?=[ \t]|$|-)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}

/** The problems of a value given as a report: what a renderer cannot do without. */
function reportProblems(report: unknown): InputIssue[] {
  if (typeof report !== 'object' || report === null || Array.isArray(report)) {
    return [issue(['report'], 'invalid_type', { expected: 'report', found: describeValue(report) })];
  }
  const r = report as Record<string, unknown>;
  const object = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
  const fields: readonly [string, (x: unknown) => boolean, string, boolean][] = [
    ['mode', (x) => x === 'micro' || x === 'classic', 'mode', true],
    ['topics', Array.isArray, 'array', true],
    ['hot', Array.isArray, 'array', true],
    ['uncovered', Array.isArray, 'array', true],
    ['champions', Array.isArray, 'array', true],
    ['readiness', object, 'object', true],
    ['warnings', Array.isArray, 'array', true],
    ['name', (x) => typeof x === 'string', 'string', false],
    ['matching', object, 'object', false],
  ];
  const issues: InputIssue[] = [];
  for (const [key, ok, expected, required] of fields) {
    const value = r[key];
    if (ok(value) || (value === undefined && !required)) continue;
    issues.push(
      value === undefined
        ? issue(['report', key], 'required', { expected })
        : issue(['report', key], 'invalid_type', { expected, found: describeValue(value) }),
    );
  }
  return issues;
}

/**
 * Throws an {@link InvalidInputError} from `fn` when `report` is not a report of `programReport`
 * (not an object, or a field missing or of another type, checked at the top level): every problem
 * with its path (`report.topics is required (an array)`), in the locale of `options`, instead of
 * a `TypeError` further in.
 */
export function checkReport(fn: string, report: unknown, options: unknown): void {
  const issues = reportProblems(report);
  if (issues.length > 0) throw invalidInput(fn, issues, 'INVALID_INPUT', localeOf(options));
}
