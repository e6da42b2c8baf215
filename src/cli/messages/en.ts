/**
 * The command line's English messages: the tables of `mentormatch match` and `mentormatch suggest`
 * (`--format table`); a message with `|` holds a table's head. Only the command writes them, so they
 * live here and not in the library's catalogs (`en` in the root entry, which every application
 * ships); same syntax and rendering (src/locale/message.ts), listed in docs/messages.md ("Command
 * line"). The fallback of every other language of the command, message by message.
 */
import type { Catalog } from '../../locale/types.js';
import { HELP_EN } from './helpEn.js';

const messages = {
  ...HELP_EN,
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
    'cannot read {source}: {reason, select, ENOENT {no such file} EISDIR {it is a directory} EACCES {permission denied} ENOTDIR {a part of the path is not a directory} other {{detail}}}',
  'cli.bytes': '{mib, plural, =-1 {{bytes, raw} bytes} other {{bytes, raw} bytes ({mib, raw} MiB)}}',
  'cli.tooLarge':
    '{source} is larger than {limit}, the limit of --max-input-bytes (default {fallback, raw} MiB); {raise, select, yes {raise it with --max-input-bytes <bytes>, up to {max}} other {that is the highest limit}}',
  'cli.stdin': 'standard input',
  'cli.cannotWrite':
    'cannot write {file}: {reason, select, ENOENT {no such directory} EISDIR {it is a directory} EACCES {permission denied} ENOTDIR {a part of the path is not a directory} ENOSPC {no space left on the device} EROFS {the file system is read-only} other {{detail}}}',
  'cli.invalidJson': '{source} is not valid JSON: {detail}',
  'cli.noMentee': 'no mentee {mentee} in {source}',
  'cli.infeasible':
    'no solution satisfies the hard requirements: not one of the {demand, plural, one {# {mode, select, micro {request} other {mentee}}} other {# {mode, select, micro {requests} other {mentees}}}} can be matched (exit code 3)',
  'cli.warning': 'warning: {text}',
  'cli.bug': 'unexpected error, please report it with the input that caused it:',
  'cli.usage.more': "Run '{command} --help' for more.",
  'cli.usage.unknownCommand': 'unknown command {name}; the commands are {commands, items}',
  'cli.usage.unknownOption': 'unknown option {option}',
  'cli.usage.missingValue': 'missing the value of {option}',
  'cli.usage.noValue': 'option {option} does not take an argument',
  'cli.usage.ambiguous':
    'option {option} argument is ambiguous: its value is missing, or starts with a dash (write it {example})',
  'cli.usage.commandLine': '{detail}',
  'cli.usage.oneOf': '{option} must be one of {allowed, items}, got {value}',
  'cli.usage.integer': '{option} must be an integer from {min, raw} to {max, raw}, got {value}',
  'cli.usage.atLeast': '{option} must be a number ≥ {min, raw}, got {value}',
  'cli.usage.missingOption': 'missing {option}',
  'cli.usage.missingProgramme':
    'missing the programme file (a path, or - for standard input), or --mentors and --mentees',
  'cli.usage.unexpected': 'unexpected argument {value}',
  'cli.usage.fileAndTables': 'give a programme file or --mentors and --mentees, not both (got {value} too)',
  'cli.usage.bomBoth': '--bom and --no-bom exclude each other',
  'cli.usage.bomCsv': '--bom applies to --format csv only',
  'cli.usage.startDate': '--start-date must be a date written YYYY-MM-DD, got {value}',
  'cli.usage.separator': '--separator must be one character (such as ; or tab), got {value}',
  'cli.usage.cycleWeeks': '--cycle-weeks goes with --meetings (a sample without meetings has no cycle)',
  'cli.diff.missingFiles': 'missing the two files to compare, before and after (programmes or saved results)',
  'cli.diff.twoStdin': 'only one of the two files can be standard input',
  'cli.diff.objectiveSaved': '--objective applies to programmes, and both files are saved results',
  'cli.diff.cannotCompare': 'cannot compare the two matchings:',
  'cli.diff.sides': 'Before: {before}\nAfter:  {after}',
  'cli.diff.origin':
    '{source} ({saved, select, yes {saved result} other {matched here}}{objective, select, none {} other {, objective {objective}}})',
  'cli.diff.title': '{table, select, moved {Moved} added {Added} other {Removed}}',
  'cli.diff.pairsHead': '{micro, select, yes {mentee|topic|mentor|score} other {mentee|mentor|score}}',
  'cli.diff.movedHead':
    '{micro, select, yes {mentee|topic|from|to|score before|score after} other {mentee|from|to|score before|score after}}',
  'cli.diff.kept':
    '{kept, plural, one {# pair kept} other {# pairs kept}}{rescored, plural, =0 {} other { ({rescored} with another score)}}{changed, select, no {, no pair changed} other {}}.',
  'cli.diff.figuresHead': 'figure|before|after|change',
  'cli.diff.figure':
    '{figure, select, matched {matched} weightedTotal {total score, weighted by priority} totalScore {total score} meanScore {mean score} lowestScore {lowest score} other {blocking pairs}}',
  'cli.diff.mdTitle': 'What changed',
  'cli.diff.mdSides': 'Before: {before}. After: {after}. {kept}',
  'cli.diff.mdFigures': 'Figures',
} as const;

/** A code of the command line's messages. */
export type CliCode = keyof typeof messages;

/** A code of the command line's messages without its `cli.` prefix. */
export type CliName = CliCode extends `cli.${infer Name}` ? Name : never;

/** The command line's messages in English. */
export const CLI_EN = { locale: 'en', messages } as const satisfies Catalog;
