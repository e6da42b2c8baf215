/**
 * Rendering for the reports: a markdown table with padded columns, laid out exactly as
 * `biome format` lays out markdown tables, so that a written report passes `biome check` and reads
 * well in a terminal; and the number formats every suite uses.
 */

/** Column alignment. */
export type Align = 'left' | 'right';

function width(text: string): number {
  return [...text].length;
}

/** Renders `header` and `body` (rows of cells) with one alignment per column. */
export function markdownTable(
  header: readonly string[],
  body: readonly (readonly string[])[],
  align: readonly Align[],
): string {
  const widths = header.map((title, k) => Math.max(3, width(title), ...body.map((row) => width(row[k] ?? ''))));
  const line = (cells: readonly string[]) =>
    `| ${widths
      .map((w, k) => {
        const cell = cells[k] ?? '';
        const fill = ' '.repeat(w - width(cell));
        return align[k] === 'right' ? fill + cell : cell + fill;
      })
      .join(' | ')} |`;
  const rule = `| ${widths.map((w, k) => (align[k] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** Milliseconds with three significant digits or so. */
export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

/**
 * Bytes in MiB: no decimals from 10 MiB in magnitude, else `digits` of them; `n/a` for `null` (a
 * reading that is not available on this platform).
 */
export function mib(bytes: number | null, digits = 2): string {
  if (bytes === null) return 'n/a';
  const value = bytes / 2 ** 20;
  return Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(digits);
}
