/**
 * CSV as spreadsheets and HR systems export it, read by hand (RFC 4180): quoted fields with doubled
 * quotes, commas and line breaks inside them, CRLF or LF line ends, a leading UTF-8 byte order mark,
 * and a separator other than the comma when asked (`;`, as spreadsheets write in much of Europe).
 * One pass over the text, linear in its length. Lines with nothing on them are skipped; a record
 * whose field count differs from the header's is reported with its line, as is a quote left open.
 */

import { type MessageParams, type Translator, translator } from '../locale/message.js';
import { cliText } from './locale.js';
import type { CliCode } from './messages/en.js';

/** One record: its cells by header, and the line of the file it starts on (1 is the first line). */
export interface CsvRecord {
  readonly line: number;
  /** Header → cell, for every header (a missing trailing cell of a short record is absent). */
  readonly cells: Readonly<Record<string, string>>;
}

/**
 * One problem of the file: the line it is on, and what is wrong, as data (`code`, a message of the
 * command's catalogs, `cli.csv.*`, and its `params`) and in words.
 */
export interface CsvProblem {
  readonly line: number;
  readonly code: CliCode;
  readonly params: MessageParams;
  readonly message: string;
}

/** Records a problem at `line`. */
type Report = (line: number, code: CliCode, params?: MessageParams) => void;

/** A CSV file read: its header (the first record), its records, and what is wrong with it. */
export interface CsvTable {
  readonly header: readonly string[];
  /** The line of the header. */
  readonly headerLine: number;
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

/** A record as fields, with the line it starts on. */
interface RawRecord {
  readonly line: number;
  readonly fields: string[];
}

/**
 * Splits `text` into records of fields. A quote opens a quoted field only at the start of a field;
 * elsewhere it is an ordinary character (as spreadsheets read `5" screen`).
 */
function splitRecords(text: string, separator: string, report: Report): RawRecord[] {
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let k = text.startsWith('\uFEFF') ? 1 : 0;
  /** Whether the current field is empty and was never quoted, i.e. the record may be a blank line. */
  let blank = true;
  /** Whether the next character starts a field. */
  let fieldStart = true;
  const endRecord = (): void => {
    fields.push(field);
    if (!(blank && fields.length === 1)) records.push({ line: start, fields });
    fields = [];
    field = '';
    blank = true;
    fieldStart = true;
  };
  while (k < text.length) {
    const c = text[k];
    if (c === '"' && fieldStart) {
      // A quoted field: up to the quote that is not doubled.
      const opened = line;
      blank = false;
      fieldStart = false;
      k++;
      let closed = false;
      while (k < text.length) {
        const d = text[k];
        if (d === '"') {
          if (text[k + 1] === '"') {
            field += '"';
            k += 2;
            continue;
          }
          closed = true;
          k++;
          break;
        }
        if (d === '\r' && text[k + 1] === '\n') k++; // a CRLF inside a field is kept as a LF
        if (text[k] === '\n') line++;
        field += text[k];
        k++;
      }
      if (!closed) {
        report(opened, 'cli.csv.unclosed');
        break;
      }
      const next = text[k];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
        report(line, 'cli.csv.afterQuote', { field: JSON.stringify(field) });
        // Keep what follows in the field, as a spreadsheet would.
        while (k < text.length && text[k] !== separator && text[k] !== '\n' && text[k] !== '\r') field += text[k++];
      }
      continue;
    }
    if (c === separator) {
      fields.push(field);
      field = '';
      blank = false;
      fieldStart = true;
      k++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      k += c === '\r' && text[k + 1] === '\n' ? 2 : 1;
      line++;
      start = line;
    } else {
      field += c;
      blank = false;
      fieldStart = false;
      k++;
    }
  }
  if (!blank || field !== '' || fields.length > 0) endRecord();
  return records;
}

/**
 * Reads a CSV text: the first record is the header (its names trimmed), every other one a record
 * keyed by the header. Empty header names are reported, and so are repeated ones.
 *
 * @param text - the file's content (a leading byte order mark is dropped).
 * @param separator - the field separator, one character (default `,`).
 * @param t - the language of the problems (default English).
 * @returns the header, the records with the line each starts on, and every problem found.
 */
export function readCsv(text: string, separator = ',', t: Translator = translator('en')): CsvTable {
  const problems: CsvProblem[] = [];
  const report: Report = (line, code, params = {}) =>
    problems.push({ line, code, params, message: cliText(t, code, params) });
  const [first, ...rest] = splitRecords(text, separator, report);
  if (first === undefined) {
    report(1, 'cli.csv.empty');
    return { header: [], headerLine: 1, records: [], problems };
  }
  const header = first.fields.map((name) => name.trim());
  const seen = new Set<string>();
  header.forEach((name, column) => {
    if (name === '') report(first.line, 'cli.csv.noName', { column: column + 1 });
    else if (seen.has(name)) report(first.line, 'cli.csv.repeated', { name: JSON.stringify(name) });
    seen.add(name);
  });
  const records = rest.map(({ line, fields }): CsvRecord => {
    if (fields.length !== header.length) {
      const hint = fields.length === 1 && separator !== ';' && (fields[0] ?? '').includes(';') ? 'yes' : 'no';
      report(line, 'cli.csv.fields', { count: fields.length, header: header.length, hint });
    }
    const cells: Record<string, string> = {};
    header.forEach((name, column) => {
      const cell = fields[column];
      if (cell !== undefined && name !== '')
        Object.defineProperty(cells, name, { value: cell, enumerable: true, writable: true, configurable: true });
    });
    return { line, cells };
  });
  problems.sort((a, b) => a.line - b.line);
  return { header, headerLine: first.line, records, problems };
}
