/**
 * `programFromTables`: a programme from spreadsheet rows (mentors, mentees, topics), as HR systems
 * export them. One pass over the rows, linear in the number of cells; every problem is collected
 * with the file, line and column it is on, so that a spreadsheet can be fixed in one go.
 */
import { type InputIssue, InvalidInputError } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { type Locale, type MessageParams, msg, translator } from '../locale/message.js';
import {
  type Attributes,
  attributesOf,
  type Cells,
  goalsOf,
  INTEGER,
  type Mentee,
  type Mentor,
  person,
  requestsOf,
  skillsOf,
  type Topic,
  toNumber,
  words,
} from './internal/tableCells.js';
import { type Field, type TableName, tableColumns } from './internal/tableColumns.js';
import { type TableCode, tableText } from './internal/tableMessages.js';
import { invalidInput, issue } from './issues.js';
import type { ProgramInput, ProgramShape } from './schema.js';

const FN = 'programFromTables';
/** Most issues listed in one error (as `parseProgram`). */
const MAX_ISSUES = 50;

/** One spreadsheet row: the cell under each header (an empty cell is as good as no cell). */
export type TableRow = Readonly<Record<string, string>>;

/** The tables of a programme: one row per mentor, per mentee and (optionally) per topic. */
export interface ProgramTables {
  readonly mentors: readonly TableRow[];
  readonly mentees: readonly TableRow[];
  readonly topics?: readonly TableRow[] | undefined;
}

/** The names of the tables, as {@link ProgramTables} has them. */
export type { TableName };

/** How {@link programFromTables} reads the tables, and what it says in its messages. */
export interface ProgramFromTablesOptions {
  /** The programme's mode: `micro` (mentees write requests) or `classic` (mentees write goals). */
  readonly mode: 'micro' | 'classic';
  /** The programme's name. */
  readonly name?: string | undefined;
  /** The day the cycle starts (`YYYY-MM-DD`), on which time zone names are resolved. */
  readonly startDate?: string | undefined;
  /**
   * The cycle's length in weeks: the programme's `cycle.weeks`, which turns the mentors'
   * `weekly_minutes` into hours budgets (`weeklyMinutes × weeks / 60`).
   */
  readonly cycleWeeks?: number | undefined;
  /** The tables' file names, for messages (default: `mentors`, `mentees`, `topics`). */
  readonly files?: Readonly<Partial<Record<TableName, string>>> | undefined;
  /** The line of each table's first row (default 2: the header is line 1). */
  readonly firstLine?: number | undefined;
  /**
   * The line of every row, per table, when rows do not follow one line each (a cell holding a line
   * break, blank lines skipped); a table without it counts from `firstLine`.
   */
  readonly lines?: Readonly<Partial<Record<TableName, readonly number[]>>> | undefined;
  /**
   * The language of the messages: `'en'` (the default) or a catalog such as
   * `mentormatch/locales/it` (its `table.*` messages; a code it lacks falls back to English).
   */
  readonly locale?: Locale | undefined;
}

/** A reference to a person of the other table, checked once both are read. */
interface Reference {
  readonly cells: Cells;
  readonly field: Field;
  readonly ids: readonly string[];
  /** The table the ids are from. */
  readonly other: TableName;
}

/**
 * Builds a programme from spreadsheet rows: one row per mentor, per mentee and, optionally, per
 * topic (`id`, `name`, `parent`). The result is a programme input, ready for `parseProgram` or
 * `matchProgram` (which check what no single cell shows, such as cycles among topics).
 *
 * Headers are read case-insensitively, spaces and dashes counting as underscores (`Manager ID`,
 * `manager-id`, `manager_id` and `managerId` are one column). The columns:
 * - both tables: `id` (required; or `employee_id`), `name` (or `full_name`), `email`, `department`, `manager_id`, `grade` (an
 *   integer), `languages` (or `language`: `en;fr`), `time_zone` (an offset in hours, or an IANA name such as
 *   `Europe/Rome`), `values` (`curiosity;rigour`), `preferences` (ids of the other side, most
 *   preferred first: `m-1;m-7`);
 * - mentors: `skills` (`pricing:5;negotiation:3`, levels 1 to 5), `offers` (`pricing;negotiation`),
 *   `capacity` (an integer), `hours_budget` (hours, micro mode), `weekly_minutes` (minutes a week,
 *   micro mode: with the `cycleWeeks` option, an hours budget of `weekly_minutes × weeks / 60`);
 * - mentees: `requests` (micro mode: `topic:level`, optionally `:hours` and then `:priority`, e.g.
 *   `pricing:3;negotiation:2:1.5;budgeting:2::3` for 1.5 hours on negotiation, priority 3 on
 *   budgeting), `goals` (classic mode: `finance;leadership:2`, a weight after the colon), `exclude`
 *   (mentor ids never to propose).
 *
 * Any other column of the people's tables becomes an attribute, under its header as written:
 * `true` and `false` (any case) become booleans, plain decimals (`12`, `-0.5`, not `007`) numbers,
 * anything else stays text. `email` is kept as the attribute `email` (the programme format has no
 * email field). Other columns of the topics table are ignored. Lists are separated by `;` (words
 * and ids also by `,`); numbers may have a decimal comma (`1,5`). Empty cells are absent values;
 * rows with every cell empty are skipped.
 *
 * Topics come from the topics table, in its order, then every topic id used but not listed (as a
 * skill, offer, request, goal or parent), in order of first use: a programme needs no topics table.
 *
 * @param tables - the rows of each table. Never modified.
 * @param options - the mode, and optionally the programme's name and start date, the file names and
 *   lines used in messages, and their `locale` (`'en'`, the default, or a catalog such as
 *   `mentormatch/locales/it`: `mentees.csv:14, colonna skills: "pricing:x" non rispetta il formato
 *   argomento:livello`).
 * @returns the programme input (ids as written, empty values left out).
 * @throws {@link index!InvalidInputError} listing every problem found (up to 50), each with its path
 *   (`['mentees', 12, 'skills']`: table, row index, column as written) and a message naming the
 *   file, line and column (`mentees.csv:14 column skills: "pricing:x" is not topic:level`); with
 *   the same codes and params in every locale. A `locale` that is neither `'en'` nor a catalog is
 *   an error too (`options.locale`).
 *
 * @example
 * ```ts
 * import { matchProgram } from 'mentormatch';
 * import { programFromTables } from 'mentormatch/tables';
 *
 * const program = programFromTables(
 *   {
 *     mentors: [{ ID: '1', Name: 'Ana', Skills: 'pricing:5;negotiation:3', Site: 'Lyon' }],
 *     mentees: [{ ID: '2', Name: 'Bo', Requests: 'pricing:3:1.5' }],
 *   },
 *   { mode: 'micro' },
 * );
 * console.log(program.topics, program.mentors[0]?.attributes); // [ { id: 'pricing' }, { id: 'negotiation' } ] { Site: 'Lyon' }
 * console.log(matchProgram(program).summary.matched); // 1
 * ```
 */
export function programFromTables(tables: ProgramTables, options: ProgramFromTablesOptions): ProgramInput {
  const locale = localeOption(options);
  const t = translator(locale);
  const say = (code: TableCode, params: MessageParams): string => tableText(t, locale, code, params);
  const issues: InputIssue[] = [];
  const files: Record<TableName, string> = {
    mentors: options.files?.mentors ?? 'mentors',
    mentees: options.files?.mentees ?? 'mentees',
    topics: options.files?.topics ?? 'topics',
  };
  const firstLine = options.firstLine ?? 2;
  const lineOf = (table: TableName, k: number): number => options.lines?.[table]?.[k] ?? firstLine + k;
  const topics = new Map<string, Topic>();
  const references: Reference[] = [];
  const ids: Record<TableName, Map<string, number>> = { mentors: new Map(), mentees: new Map(), topics: new Map() };
  /** The tables with an id column (references to a table without one are not checked). */
  const identified = new Set<TableName>();

  /** Reads one table: its columns, then each non-empty row through `read`. */
  const readTable = <T>(
    table: TableName,
    rows: readonly TableRow[],
    read: (cells: Cells, attributes: Attributes | undefined) => T,
  ): T[] => {
    const columns = tableColumns(table, rows, files[table], Math.max(1, firstLine - 1), issues, say);
    const out: T[] = [];
    if (columns.fields.has('id')) identified.add(table);
    rows.forEach((row, k) => {
      if (Object.values(row).every((cell) => cell.trim() === '')) return;
      const line = lineOf(table, k);
      const cells: Cells = {
        get(field) {
          const header = columns.fields.get(field);
          const cell = header !== undefined && Object.hasOwn(row, header) ? row[header]?.trim() : undefined;
          return cell === '' ? undefined : cell;
        },
        report(field, code, params, message, text) {
          const header = columns.fields.get(field) ?? field;
          const where = { file: files[table], line, column: header };
          issues.push({
            path: [table, k, header],
            code,
            params: { ...where, ...params },
            message: say('table.at', { ...where, text: say(message, text) }),
          });
        },
      };
      const id = cells.get('id');
      if (id === undefined) {
        if (columns.fields.has('id'))
          cells.report('id', 'required', { kind: table.slice(0, -1) }, 'table.idEmpty', { kind: table.slice(0, -1) });
      } else {
        const before = ids[table].get(id);
        if (before !== undefined)
          cells.report('id', 'duplicate_id', { id, first: before }, 'table.idTaken', {
            id: JSON.stringify(id),
            first: before,
          });
        else ids[table].set(id, line);
      }
      out.push(read(cells, table === 'topics' ? undefined : attributesOf(row, columns.attributes)));
    });
    return out;
  };
  const useTopic = (id: string): void => {
    if (!topics.has(id)) topics.set(id, { id });
  };

  const listed = readTable('topics', tables.topics ?? [], (cells) => {
    const topic: Topic = { id: cells.get('id') ?? '' };
    const name = cells.get('name');
    if (name !== undefined) topic.name = name;
    const parent = cells.get('parent');
    if (parent !== undefined) topic.parent = parent;
    if (topic.id !== '' && !topics.has(topic.id)) topics.set(topic.id, topic);
    return topic;
  });
  for (const topic of listed) if (topic.parent !== undefined) useTopic(topic.parent);

  const mentors = readTable('mentors', tables.mentors, (cells, attributes) => {
    const mentor: Mentor = { ...person(cells, attributes), skills: [] };
    const skills = cells.get('skills');
    if (skills !== undefined) mentor.skills = skillsOf(skills, cells);
    const offers = cells.get('offers');
    if (offers !== undefined) mentor.offers = words(offers);
    const capacity = cells.get('capacity');
    if (capacity !== undefined) {
      const n = Number(capacity);
      if (INTEGER.test(capacity) && n >= 0) mentor.capacity = n;
      else
        cells.report('capacity', 'invalid_type', { expected: 'integerFrom0', found: capacity }, 'table.count', {
          found: JSON.stringify(capacity),
        });
    }
    for (const field of ['hoursBudget', 'weeklyMinutes'] as const) {
      const cell = cells.get(field);
      if (cell === undefined) continue;
      const n = toNumber(cell);
      if (options.mode === 'classic')
        cells.report(field, 'wrong_mode', { what: field }, 'table.wrongMode', { what: field });
      else if (n >= 0) mentor[field] = n;
      else
        cells.report(field, 'invalid_type', { expected: 'number', minimum: 0, found: cell }, 'table.amount', {
          found: JSON.stringify(cell),
          unit: field === 'hoursBudget' ? 'hours' : 'minutes',
        });
    }
    const preferences = cells.get('preferences');
    if (preferences !== undefined) {
      mentor.preferences = words(preferences);
      references.push({ cells, field: 'preferences', ids: mentor.preferences, other: 'mentees' });
    }
    for (const skill of mentor.skills) useTopic(skill.topic);
    for (const topic of mentor.offers ?? []) useTopic(topic);
    return mentor;
  });

  const mentees = readTable('mentees', tables.mentees, (cells, attributes) => {
    const mentee: Mentee = person(cells, attributes);
    const requests = cells.get('requests');
    if (requests !== undefined) {
      if (options.mode === 'classic')
        cells.report('requests', 'wrong_mode', { what: 'requests' }, 'table.wrongMode', { what: 'requests' });
      else mentee.requests = requestsOf(requests, cells);
    }
    const goals = cells.get('goals');
    if (goals !== undefined) {
      if (options.mode === 'micro')
        cells.report('goals', 'wrong_mode', { what: 'goals' }, 'table.wrongMode', { what: 'goals' });
      else mentee.goals = goalsOf(goals, cells);
    }
    for (const field of ['preferences', 'exclude'] as const) {
      const cell = cells.get(field);
      if (cell === undefined) continue;
      mentee[field] = words(cell);
      references.push({ cells, field, ids: mentee[field], other: 'mentors' });
    }
    for (const request of mentee.requests ?? []) useTopic(request.topic);
    for (const goal of mentee.goals ?? []) useTopic(goal.topic);
    return mentee;
  });

  for (const { cells, field, ids: list, other } of references) {
    if (!identified.has(other)) continue;
    for (const id of list) {
      if (!ids[other].has(id))
        cells.report(field, 'unknown_reference', { kind: other.slice(0, -1), id, in: files[other] }, 'table.unknown', {
          kind: other.slice(0, -1),
          id: JSON.stringify(id),
          in: files[other],
        });
    }
  }
  if (issues.length > 0) {
    const error = new InvalidInputError(FN, issues.slice(0, MAX_ISSUES));
    // The messages are in the locale already; so is the error's own (its first three, how many more).
    if (!t.english) {
      const more = error.issues.length > 3 ? t.text(msg('issue.more', { count: error.issues.length - 3 })) : '';
      error.message = `${FN}: ${error.issues
        .slice(0, 3)
        .map((i) => i.message)
        .join('; ')}${more}`;
    }
    throw error;
  }

  const program: ProgramShape = { mode: options.mode, topics: [...topics.values()], mentors, mentees };
  return {
    ...(options.name === undefined ? {} : { name: options.name }),
    ...program,
    ...(options.startDate === undefined ? {} : { startDate: options.startDate }),
    ...(options.cycleWeeks === undefined ? {} : { cycle: { weeks: options.cycleWeeks } }),
  };
}

/** The `locale` option: `'en'`, undefined (English) or a catalog; else an error. */
function localeOption(options: unknown): Locale {
  const locale = (options as { locale?: unknown } | null | undefined)?.locale;
  const catalog = locale as { locale?: unknown; messages?: unknown } | null | undefined;
  if (locale === undefined || locale === 'en') return 'en';
  if (typeof catalog?.locale === 'string' && typeof catalog.messages === 'object' && catalog.messages !== null)
    return locale as Locale;
  throw invalidInput(FN, [
    issue(['options', 'locale'], 'invalid_type', { expected: ['en', 'catalog'], found: describeValue(locale) }),
  ]);
}
