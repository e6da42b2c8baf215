/**
 * A markdown table with padded columns, laid out exactly as `biome format` lays out markdown tables,
 * so that a written report passes `biome check` and reads well in a terminal.
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
