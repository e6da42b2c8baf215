/**
 * The columns of the tables that `programFromTables` reads: what each header means, which table
 * takes which column, and the problems of a header row.
 */
import type { InputIssue, IssueCode, IssueParamValue } from '../../errors.js';
import type { MessageParams } from '../../locale/message.js';
import type { TableCode } from './tableMessages.js';

/** The names of the tables. */
export type TableName = 'mentors' | 'mentees' | 'topics';

/** What the columns mean; a header is compared lower-cased and without spaces, dashes and underscores. */
export const COLUMNS = new Map(
  Object.entries({
    id: 'id',
    employeeid: 'id',
    name: 'name',
    fullname: 'name',
    email: 'email',
    department: 'department',
    managerid: 'managerId',
    grade: 'grade',
    language: 'languages',
    languages: 'languages',
    timezone: 'timeZone',
    values: 'values',
    capacity: 'capacity',
    hoursbudget: 'hoursBudget',
    weeklyminutes: 'weeklyMinutes',
    skills: 'skills',
    offers: 'offers',
    preferences: 'preferences',
    exclude: 'exclude',
    requests: 'requests',
    goals: 'goals',
    parent: 'parent',
  } as const),
);
/** A column of the vocabulary. */
export type Field = NonNullable<ReturnType<typeof COLUMNS.get>>;

const PERSON: readonly Field[] = [
  'id',
  'name',
  'email',
  'department',
  'managerId',
  'grade',
  'languages',
  'timeZone',
  'values',
];
const ALLOWED: Readonly<Record<TableName, readonly Field[]>> = {
  mentors: [...PERSON, 'capacity', 'hoursBudget', 'weeklyMinutes', 'skills', 'offers', 'preferences'],
  mentees: [...PERSON, 'requests', 'goals', 'preferences', 'exclude'],
  topics: ['id', 'name', 'parent'],
};

/** Which header holds each field, and which headers are attributes. */
export interface Columns {
  readonly fields: ReadonlyMap<Field, string>;
  readonly attributes: readonly string[];
}

/** The columns of a table (every header of its rows, in order of first appearance), checked. */
export function tableColumns(
  table: TableName,
  rows: readonly Readonly<Record<string, string>>[],
  file: string,
  line: number,
  issues: InputIssue[],
  say: (code: TableCode, params: MessageParams) => string,
): Columns {
  const headers = new Set<string>();
  for (const row of rows) for (const header of Object.keys(row)) headers.add(header);
  const fields = new Map<Field, string>();
  const attributes: string[] = [];
  const report = (
    header: string,
    code: IssueCode,
    params: { [name: string]: IssueParamValue },
    message: TableCode,
    text: MessageParams,
  ) => {
    const where = { file, line, column: header };
    issues.push({
      path: [table, header],
      code,
      params: { ...where, ...params },
      message: say('table.at', { ...where, text: say(message, text) }),
    });
  };
  for (const header of headers) {
    const field = COLUMNS.get(
      header
        .trim()
        .toLowerCase()
        .replaceAll(/[\s_-]+/g, ''),
    );
    if (field === undefined) {
      if (table === 'topics') continue;
      if (header === '__proto__')
        report(header, 'reserved_attribute', { name: header }, 'table.reserved', { name: JSON.stringify(header) });
      else attributes.push(header);
    } else if (!ALLOWED[table].includes(field)) {
      if (table !== 'topics')
        report(header, 'unrecognized_keys', { keys: [header], count: 1, field }, 'table.otherTable', {
          table,
          field,
          other: table === 'mentors' ? 'mentees' : 'mentors',
        });
    } else {
      const before = fields.get(field);
      if (before === undefined) fields.set(field, header);
      else
        report(header, 'duplicate_entry', { kind: 'column', id: field, first: before }, 'table.sameColumn', {
          first: before,
        });
    }
  }
  if (rows.length > 0 && !fields.has('id')) {
    issues.push({
      path: [table],
      code: 'required',
      params: { file, line, column: 'id' },
      message: say('table.atFile', { file, line, text: say('table.noIdColumn', { columns: [...headers] }) }),
    });
  }
  return { fields, attributes };
}
