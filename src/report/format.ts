/**
 * Fixed number formats for the renderers: the same bytes on every platform and locale (no
 * `toLocaleString`), and the document model both renderers serialise. Internal.
 */

/** `x` with at most `digits` decimals, trailing zeros dropped: 3, 2.5, 0.33; `–` for null. */
export function num(x: number | null, digits = 1): string {
  if (x === null || !Number.isFinite(x)) return '–';
  const fixed = x.toFixed(digits);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** `x` as a whole percentage: 61%; `–` for null. */
export function pct(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '–' : `${(100 * x).toFixed(0)}%`;
}

/** `n` and the word, plural unless `n` is 1: `3 requests`. */
export function count(n: number, word: string): string {
  return `${num(n)} ${word}${n === 1 ? '' : 's'}`;
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
 * Escapes Markdown inline text: a backslash before each mark that could start markup inside a
 * table cell (emphasis, code, links, HTML, entities, strike-through, the cell separator); line
 * breaks become spaces. Shared by the report's Markdown and the CLI's `diff`.
 */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|&~]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}
