/**
 * The command line's English messages: the tables of `mentormatch match` and `mentormatch suggest`
 * (`--format table`); a message with `|` holds a table's head. Only the command writes them, so they
 * live here and not in the library's catalogs (`en` in the root entry, which every application
 * ships); same syntax and rendering (src/locale/message.ts), listed in docs/messages.md ("Command
 * line"). The fallback of every other language of the command, message by message.
 */
import type { Catalog } from '../../locale/types.js';

const messages = {
  'cli.progress.read': 'read {source} ({size})',
  'cli.progress.readTables': 'read {size}: {mentors} mentors, {mentees} mentees, {topics} topics',
  'cli.progress.matching': 'matching {mentees} mentees, {mentors} mentors',
  'cli.progress.matched': 'matched {matched} of {demand} {mode, select, micro {requests} other {mentees}}',
  'cli.progress.matchedAll': 'matched',
  'cli.progress.reportingOn': 'reporting on {mentees} mentees, {mentors} mentors',
  'cli.progress.reporting': 'reporting',
  'cli.progress.reported': 'reported',
  'cli.progress.shortlisting': 'shortlisting {k} mentors for {mentee}',
  'cli.progress.shortlisted': 'shortlisted',
  'cli.progress.wrote': 'wrote {file}',
  'cli.progress.took': '{text} in {ms} ms',
  'cli.progress.phase': '{phase, select, score {scoring} other {{phase}}}',
  'cli.pairsHead':
    '{mode, select, micro {mentee|topic|mentor|score|top reason} other {mentee|mentor|score|top reason}}',
  'cli.unmatchedHead': '{mode, select, micro {mentee|topic|why|reason} other {mentee|why|reason}}',
  'cli.locked': '{mentor} (locked)',
  'cli.unmatched': 'Unmatched: {count} of {demand} {mode, select, micro {requests} other {mentees}}',
  'cli.figures':
    '{matched} of {demand} {mode, select, micro {requests} other {mentees}} matched ({share}), total score {total}{weighted, select, no {, } other { ({weighted} weighted by priority), }}mean {mean}, lowest {lowest}, {blocking, plural, one {# blocking pair} other {# blocking pairs}}',
  'cli.objective': 'Objective {objective}: {figures}.',
  'cli.greedy': 'First come, first served: {figures}.',
  'cli.mentors': 'Mentors: {busy} of {total} mentor someone, {full} at capacity.',
  'cli.stable': 'Stable, and the best stable matching for every mentee.',
  'cli.mayBeUnstable': 'Hours budgets bind: every budget holds, but the matching may not be stable.',
  'cli.optimal': 'Proven optimal for the objective.',
  'cli.gap':
    'Hours budgets bind: every budget holds; {figure, select, weightedTotal {the total score weighted by priority} weightedMatched {the priority of the requests matched} matched {the number matched} other {the lowest score}} is within {gap}% of the best possible (at most {bound}, after {nodes} search nodes).',
  'cli.mentorsFor': 'Mentors for {mentee}',
  'cli.mentorsForRequest': "Mentors for {mentee}'s request on {topic}",
  'cli.decided': '{title} (decided by a locked pair)',
  'cli.suggestHead': '#|mentor|score|top reasons',
  'cli.emptyPlaces':
    '({missing, plural, one {# place} other {# places}} empty: fewer allowed mentors with room than {k})',
  'cli.asksNothing': '{mentee} asks for nothing.',
  'cli.csv.unclosed': 'a quoted field is never closed (a " is missing)',
  'cli.csv.afterQuote': 'text after the closing quote of {field}',
  'cli.csv.empty': 'the file is empty: the first line should name the columns',
  'cli.csv.noName': 'column {column, raw} has no name',
  'cli.csv.repeated': 'column {name} is repeated',
  'cli.csv.fields':
    '{count, plural, one {# field} other {# fields}} where the header has {header, raw}{hint, select, yes { (try --separator ";")} other {}}',
  'cli.tables': 'the programme in {files, items} and {last}',
  'cli.invalidProgramme':
    '{source} is not a valid programme, {count, plural, one {# problem} other {# problems}}{capped, select, yes { (the first 50)} other {}}:',
  'cli.json.at': '{source} is not valid JSON: line {line, raw}, column {column, raw}: {text}',
  'cli.json.control': 'a line break or control character inside a string',
  'cli.json.escape': 'a bad escape sequence in a string',
  'cli.json.unclosedString': 'a string that never ends',
  'cli.json.unclosedComment': 'a comment that never ends',
  'cli.json.expected':
    'expected {what, select, name {a property name in double quotes} colon {{tokens, or} after a property name} member {{tokens, or} after a property value} element {{tokens, or} after an array element} value {a value} other {the end of the file after the value}}, found {found, select, end {the end of the file} other {{found}}}',
  'cli.cannotRead':
    'cannot read {source}: {reason, select, ENOENT {no such file} EISDIR {it is a directory} EACCES {permission denied} other {{detail}}}',
  'cli.bytes': '{mib, plural, =-1 {{bytes, raw} bytes} other {{bytes, raw} bytes ({mib, raw} MiB)}}',
  'cli.tooLarge':
    '{source} is larger than {limit}, the limit of --max-input-bytes (default {fallback, raw} MiB); {raise, select, yes {raise it with --max-input-bytes <bytes>, up to {max}} other {that is the highest limit}}',
  'cli.stdin': 'standard input',
} as const;

/** A code of the command line's messages. */
export type CliCode = keyof typeof messages;

/** A code of the command line's messages without its `cli.` prefix. */
export type CliName = CliCode extends `cli.${infer Name}` ? Name : never;

/** The command line's messages in English. */
export const CLI_EN = { locale: 'en', messages } as const satisfies Catalog;
