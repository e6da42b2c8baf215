/**
 * CSV as the CLI writes it (RFC 4180), safe to open in a spreadsheet: text cells that a spreadsheet
 * would read as a formula are neutralised (OWASP, "CSV Injection"), and a byte order mark can lead
 * the file so that spreadsheets read it as UTF-8.
 *
 * Only text cells are neutralised: ids, names, topics, reasons, whatever the programme file or the
 * library put in words. Numbers and booleans that the CLI writes as figures (scores, ranks, the
 * locked flag) are data and are written as they are, so a spreadsheet still sums them; none of them
 * is negative today, and one that were would still be a number, not a formula.
 */

/** A cell: text is neutralised and quoted as needed; numbers and booleans are written as they are. */
export type CsvCell = string | number | boolean | undefined;

/** The UTF-8 byte order mark (U+FEFF), as `--bom` writes it before the CSV. */
export const BOM = '\uFEFF';

/** The first characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA = /^[=+\-@\t\r]/;
/** What makes RFC 4180 quote a field. */
const SPECIAL = /[",\r\n]/;

/**
 * One CSV field. Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * `'` (so `=HYPERLINK("…")` shows as text, never runs); then any field holding a comma, a quote or
 * a line break is quoted, its quotes doubled. `undefined` is an empty field.
 *
 * @param value - The cell.
 * @returns The field as it goes between commas.
 * For instance (internal to the CLI, so not run as a package example):
 * csvCell('=SUM(1)'); // "'=SUM(1)"
 * csvCell('Doe, Jane'); // '"Doe, Jane"'
 * csvCell(-0.5); // '-0.5' (a number the CLI writes is not neutralised)
 */
export function csvCell(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA.test(value) ? `'${value}` : value;
  return SPECIAL.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV text: fields joined by commas, lines ending with `\n`, the byte order mark first when
 * `bom` is true.
 *
 * @param rows - The header and the data rows.
 * @param bom - Whether to start with {@link BOM}.
 * @returns The CSV text, ending with a newline.
 */
export function csvText(rows: readonly (readonly CsvCell[])[], bom: boolean): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\n');
  return `${bom ? BOM : ''}${body}\n`;
}
