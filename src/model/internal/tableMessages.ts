/**
 * The English messages of `programFromTables` (`table.*`): only `mentormatch/tables` and the command
 * line write them, so they live here and not in the root entry's catalog. Another catalog gives its
 * own under the same codes (`mentormatch/locales/it` does); a code it lacks falls back to these,
 * message by message. Listed in docs/messages.md ("Tables").
 */
import { type Locale, type MessageParams, render, type Translator } from '../../locale/message.js';

const messages = {
  'table.at': '{file}:{line, raw} column {column}: {text}',
  'table.atFile': '{file}:{line, raw}: {text}',
  'table.idEmpty': 'empty: every {kind} needs an id',
  'table.idTaken': '{id} is already the id of line {first, raw}',
  'table.noIdColumn': 'no id column (the columns are {columns, items})',
  'table.otherTable': '{table} have no {field} column (it is for {other})',
  'table.sameColumn': 'means the same as column {first}',
  'table.reserved': '{name} cannot be an attribute name',
  'table.whole': '{found} is not a whole number',
  'table.count': '{found} is not a whole number ≥ 0',
  'table.amount': '{found} is not a number of {unit, select, hours {hours} other {minutes}} ≥ 0',
  'table.wrongMode':
    '{what, select, hoursBudget {hours budgets are for micro mode; a classic programme limits mentors by capacity} weeklyMinutes {weekly minutes are for micro mode; a classic programme limits mentors by capacity} requests {requests are for micro mode; a classic programme takes goals} other {goals are for classic mode; a micro programme takes requests}}',
  'table.format':
    '{found} is not {format, select, goal {topic or topic:weight} request {topic:level[:hours[:priority]]} other {topic:level}}{comma, select, yes { (separate items with ;)} other {}}',
  'table.level': '{item}: the level must be from 1 (basics) to 5 (expert)',
  'table.positive': '{item}: the {what} {found} is not a number > 0',
  'table.unknown': 'no {kind} {id} in {in}',
} as const;

/** A code of the tables' messages. */
export type TableCode = keyof typeof messages;

/** The English messages of `programFromTables`, as a catalog. */
export const TABLES_EN = { locale: 'en', messages } as const;

/**
 * The message `code` in `locale`'s words (its catalog's template, else the English one), figures
 * formatted by `t`, the translator of the same locale.
 */
export function tableText(t: Translator, locale: Locale, code: TableCode, params: MessageParams): string {
  const own = locale === 'en' ? undefined : locale.messages[code];
  return render(t, own ?? messages[code], params);
}
