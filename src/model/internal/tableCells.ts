/**
 * The cells of the tables that `programFromTables` reads: lists (`en;fr`), numbers (a decimal comma
 * accepted), skills, requests and goals, attributes. Each problem is reported through `Cells`.
 */
import type { IssueCode, IssueParamValue } from '../../errors.js';
import type { MessageParams } from '../../locale/message.js';
import type { ProgramShape } from '../schema.js';
import type { Field } from './tableColumns.js';
import type { TableCode } from './tableMessages.js';

export type Mentor = ProgramShape['mentors'][number];
export type Mentee = ProgramShape['mentees'][number];
export type Topic = ProgramShape['topics'][number];
/** What mentors and mentees share. */
export type Person = Omit<Mentee, 'requests' | 'goals' | 'preferences' | 'exclude'>;
export type Attributes = Record<string, string | number | boolean>;

/** Where a cell is, and how to report a problem with it. */
export interface Cells {
  /** The trimmed cell of `field`, or undefined when the column is absent or the cell empty. */
  get(field: Field): string | undefined;
  /**
   * Reports a problem with the cell of `field`: its code and params, and its message (`table.*` of
   * src/model/internal/tableMessages.ts, rendered in the call's locale with `text`'s params).
   */
  report(
    field: Field,
    code: IssueCode,
    params: { readonly [name: string]: IssueParamValue },
    message: TableCode,
    text: MessageParams,
  ): void;
}

export const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** An attribute cell read as a number: plain decimals only, so that `007` or `1e3` stay text. */
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** `text` as a number (a decimal comma accepted: `1,5`), or NaN. */
export function toNumber(text: string): number {
  const dotted = /^[+-]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  return NUMBER.test(dotted) ? Number(dotted) : Number.NaN;
}

/** The items of a list cell, separated by `;`, trimmed, empty ones dropped. */
export function items(text: string): string[] {
  return text
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The items of a list of words or ids: separated by `;` or `,`. */
export function words(text: string): string[] {
  return items(text.replaceAll(',', ';'));
}

/** The fields mentors and mentees share. */
export function person(cells: Cells, attributes: Attributes | undefined): Person {
  const out: Person = { id: cells.get('id') ?? '' };
  const name = cells.get('name');
  if (name !== undefined) out.name = name;
  const department = cells.get('department');
  if (department !== undefined) out.department = department;
  const manager = cells.get('managerId');
  if (manager !== undefined) out.managerId = manager;
  const grade = cells.get('grade');
  if (grade !== undefined) {
    if (INTEGER.test(grade) && Number.isSafeInteger(Number(grade))) out.grade = Number(grade);
    else
      cells.report('grade', 'invalid_type', { expected: 'integer', found: grade }, 'table.whole', {
        found: JSON.stringify(grade),
      });
  }
  const languages = cells.get('languages');
  if (languages !== undefined) out.languages = words(languages);
  const zone = cells.get('timeZone');
  if (zone !== undefined) {
    const offset = toNumber(zone.replace(/^\+/, ''));
    out.timeZone = Number.isNaN(offset) ? zone : offset;
  }
  const values = cells.get('values');
  if (values !== undefined) out.values = words(values);
  const email = cells.get('email');
  const all: Attributes = { ...(email === undefined ? {} : { email }), ...attributes };
  if (Object.keys(all).length > 0) out.attributes = all;
  return out;
}

/** The non-empty attribute cells of a row, converted. */
export function attributesOf(
  row: Readonly<Record<string, string>>,
  headers: readonly string[],
): Attributes | undefined {
  const out: Attributes = {};
  for (const header of headers) {
    const cell = Object.hasOwn(row, header) ? row[header]?.trim() : undefined;
    if (cell === undefined || cell === '') continue;
    const lower = cell.toLowerCase();
    out[header] = lower === 'true' ? true : lower === 'false' ? false : PLAIN_NUMBER.test(cell) ? Number(cell) : cell;
  }
  return out;
}

/** Splits `topic:a:b…` into its parts, or undefined when there are not `min` to `max` of them or no topic. */
function parts(item: string, min: number, max: number): string[] | undefined {
  const split = item.split(':').map((part) => part.trim());
  return split.length < min || split.length > max || split[0] === '' ? undefined : split;
}

/** The level of `item` (from 1 to 5), or undefined (reported) when `text` is none. */
function levelOf(
  text: string | undefined,
  item: string,
  cells: Cells,
  field: Field,
  shape: string,
): number | undefined {
  if (text === undefined || !INTEGER.test(text)) {
    cells.report(field, 'invalid_format', { format: shape, found: item }, 'table.format', {
      found: JSON.stringify(item),
      format: shape === 'topic:level' ? 'skill' : 'request',
      comma: item.includes(',') ? 'yes' : 'no',
    });
    return undefined;
  }
  const level = Number(text);
  if (level >= 1 && level <= 5) return level;
  const params = { item, minimum: 1, maximum: 5, found: text };
  cells.report(field, 'invalid_value', params, 'table.level', { item: JSON.stringify(item) });
  return undefined;
}

/** A positive number, or undefined (absent or reported). */
function positiveOf(
  text: string | undefined,
  what: string,
  item: string,
  cells: Cells,
  field: Field,
): number | undefined {
  if (text === undefined || text === '') return undefined;
  const n = toNumber(text);
  if (n > 0) return n;
  cells.report(field, 'too_small', { item, what, minimum: 0, inclusive: false, found: text }, 'table.positive', {
    item: JSON.stringify(item),
    what,
    found: JSON.stringify(text),
  });
  return undefined;
}

/** `pricing:5;negotiation:3` */
export function skillsOf(cell: string, cells: Cells): Mentor['skills'] {
  const out: Mentor['skills'] = [];
  for (const item of items(cell)) {
    const [topic, level] = parts(item, 2, 2) ?? [];
    const n = levelOf(level, item, cells, 'skills', 'topic:level');
    if (topic !== undefined && n !== undefined) out.push({ topic, level: n });
  }
  return out;
}

/** `pricing:3;negotiation:2:1.5;budgeting:2::3` (topic, level, hours, priority) */
export function requestsOf(cell: string, cells: Cells): NonNullable<Mentee['requests']> {
  const out: NonNullable<Mentee['requests']> = [];
  for (const item of items(cell)) {
    const [topic, level, hours, priority] = parts(item, 2, 4) ?? [];
    const n = levelOf(level, item, cells, 'requests', 'topic:level[:hours[:priority]]');
    if (topic === undefined || n === undefined) continue;
    const h = positiveOf(hours, 'hours', item, cells, 'requests');
    const p = positiveOf(priority, 'priority', item, cells, 'requests');
    out.push({
      topic,
      level: n,
      ...(h === undefined ? {} : { hours: h }),
      ...(p === undefined ? {} : { priority: p }),
    });
  }
  return out;
}

/** `finance;leadership:2` (topic, weight) */
export function goalsOf(cell: string, cells: Cells): NonNullable<Mentee['goals']> {
  const out: NonNullable<Mentee['goals']> = [];
  for (const item of items(cell)) {
    const split = parts(item, 1, 2);
    if (split === undefined) {
      cells.report('goals', 'invalid_format', { format: 'topic:weight', found: item }, 'table.format', {
        found: JSON.stringify(item),
        format: 'goal',
        comma: 'no',
      });
      continue;
    }
    const [topic = '', weight] = split;
    const w = positiveOf(weight, 'weight', item, cells, 'goals');
    if (weight === undefined || weight === '' || w !== undefined)
      out.push({ topic, ...(w === undefined ? {} : { weight: w }) });
  }
  return out;
}
