/**
 * The English of `--help`, for the CLI and for each command (`cli.help.<command>`), and of the parts
 * they share (`cli.help.exitCodes`, `cli.help.limits`…), which src/cli/help.ts puts in their places
 * (`{exitCodes}`); the first paragraph of a command's help is its usage. Part of the command line's
 * English catalog (src/cli/messages/en.ts).
 */
export const HELP_EN = {
  'cli.help.exitCodes': `Exit codes:
  0  done
  1  bad input: a file that cannot be read, invalid JSON, an invalid programme (every problem
     is listed with its path, e.g. "mentors[3].skills[0].topic: unknown topic \\"pricng\\""),
     or an input larger than --max-input-bytes (default 256 MiB)
  2  bad command line: unknown command or option, missing or bad value
  3  no solution satisfies the hard requirements: the programme has demand, yet not one request
     (micro) or mentee (classic) can be matched, every one of them left without a mentor by
     levels, rules, exclusions, capacities or hours budgets (match, and report when it matches;
     the result is written all the same, and a line on standard error says so)
A valid programme that most likely holds a mistake (a custom rule that names an attribute no one
has, or rules out every pair) is still matched: each warning is one line on standard error
("mentormatch match: warning: rules.custom[0].same: ...") and the exit code stays 0, unless not
one unit of demand can be matched (3).`,
  'cli.help.limits': `  --max-mentors <n>   Refuse a programme of more than <n> mentors (default 100000)
  --max-mentees <n>   ... of more than <n> mentees (default 1000000)
  --max-requests <n>  ... of more than <n> topic requests in all (default 1000000)
  --max-pairs <n>     ... of more than <n> pairs the hard rules allow (default 20000000, about
                      1 GB of memory); a programme over a limit fails with exit code 1, before
                      it is scored (the pairs: as soon as scoring counts more)`,
  'cli.help.input': `The programme file may hold comments (// and /* */) and trailing commas (JSONC).`,
  'cli.help.maxInput': `  --max-input-bytes <n>
                      Read at most <n> bytes of each input (a file, standard input, a CSV
                      table): a larger one is refused with exit code 1 before it fills memory
                      (default 268435456, 256 MiB; at most 524288000, 500 MiB)`,
  'cli.help.textCells': `In tables and Markdown, names and ids are written so that none can send a terminal a
command, reorder a line or forge a row: a control character (ESC, DEL, C1) or a bidirectional
control (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C) shows as an escape such as
{esc} or {rlo}, and a line break or a tab as \\n, \\r or \\t (a space in Markdown).`,
  'cli.help.markdownCells': `{textCells}
In Markdown, a name makes no markup either: what would start a heading, a list, a quote or a code
block, or make a link (http://, https://, www.), is escaped with a backslash.`,
  'cli.help.tableOptions': `  --mentors <file>    Mentors as CSV, one row per mentor (with --mentees: instead of a programme
                      file; see 'mentormatch import --help' for the columns)
  --mentees <file>    Mentees as CSV, one row per mentee
  --topics <file>     Topics as CSV (id, name, parent); optional: topics used are created
  --mode <mode>       micro or classic (required with --mentors and --mentees)
  --separator <c>     The CSV field separator: one character, such as ; or tab (default ,)
  --start-date <date> The day the cycle starts (YYYY-MM-DD): time zone names are resolved on it
                      (default: today)
  --cycle-weeks <n>   The cycle's length in weeks, 1 to 520: turns the mentors' weekly_minutes
                      into hours budgets (weekly_minutes × weeks / 60)
{maxInput}`,
  'cli.help.bom': `  --bom               Start the CSV with a UTF-8 byte order mark, for spreadsheets (default:
                      on when --out names a .csv file, off on standard output)
  --no-bom            No byte order mark, even in a .csv file`,
  'cli.help.csvCells': `In CSV, a cell of text (an id, a name, a reason) that starts with =, +, -, @, a tab or a
carriage return gets a leading ' so that spreadsheets show it as text and never run it as a
formula; figures (scores, ranks) are written as numbers.`,
  'cli.help.main': `Usage: mentormatch <command> [options]

The matching engine behind mentoring programmes: optimal, explainable mentor–mentee matching.

Commands:
  match    Match a programme: the pairs with scores and reasons, the unmatched with why
  report   Demand and supply per topic, champions, readiness and the matching (Markdown, HTML)
  suggest  The best mentors for one mentee, with scores and reasons
  diff     What changed between two matchings: pairs kept, added, removed, moved; figures
  import   A programme from spreadsheet exports: mentors, mentees and topics as CSV
  schema   Print the JSON Schema of the programme format
  sample   Generate a realistic sample programme to try things on

Options:
  -h, --help     Show this help; \`mentormatch <command> --help\` shows the help of a command
  -v, --version  Show the version
  --locale <tag> Every command: the language of the explanations, reasons and reports, en or it
                 (default: from LC_ALL, LC_MESSAGES or LANG; English for other languages)

Try it:
  mentormatch sample --mode micro --mentors 40 --mentees 150 > programme.json
  mentormatch match programme.json

{exitCodes}
`,
  'cli.help.match': `Usage: mentormatch match <programme.json> [--objective total|coverage|fair|stable] [--format table|json|csv] [--out file] [--bom|--no-bom]
       mentormatch match --mentors mentors.csv --mentees mentees.csv [--topics topics.csv] --mode micro|classic [--separator ';'] [options]

Matches a programme (a JSON file, or - for standard input): every pair with its score and the
reason that weighs most, everyone left unmatched with why, and how the matching compares with
first come, first served.

{input}

Options:
{tableOptions}
  --objective <name>  total: the highest total score; coverage: as many pairs as possible, then
                      the highest total; fair: as many pairs as possible, then the highest lowest
                      score, then the highest total; stable: no mentee and mentor would both rather
                      be paired together (default: the programme's "objective", else total)
  --format <name>     table (default): aligned columns, then the unmatched and a summary
                      json: the full result of matchProgram, every score explained
                      csv: one sheet for spreadsheets, its first column "kind": a "pair" line
                      per pair, then an "unmatched" line per unit of demand left unmatched;
                      names and e-mails (an "email" attribute) beside ids, empty where none
  -o, --out <file>    Write the result to <file> instead of standard output
  --max-blocking <n>  With --format json: list at most <n> blocking pairs in summary.blocking,
                      or all of them with "all" (default 1000; summary.blockingPairs counts
                      them all)
{bom}
{limits}
  --verbose           Progress on standard error (shown anyway when it is a terminal)
  -h, --help          Show this help

{csvCells}

{textCells}

Examples:
  mentormatch match programme.json
  mentormatch match programme.json --objective fair --format csv --out pairs.csv

{exitCodes}
`,
  'cli.help.report': `Usage: mentormatch report <programme.json> [--format markdown|json] [--html report.html] [--out report.md]
       mentormatch report --mentors mentors.csv --mentees mentees.csv [--topics topics.csv] --mode micro|classic [--separator ';'] [options]

Reports on a programme (a JSON file, or - for standard input), as Markdown: demand against supply
per topic, the hot and the uncovered topics, the champions, readiness, and the matching (score
distribution, mentors' load, the unmatched by reason).

{input}

Options:
{tableOptions}
  --html <file>       Also write the report as a standalone HTML page to <file>
  --title <text>      The HTML page's title (default: "Programme report: <programme name>")
  --objective <name>  The objective of the matching reported on: total, coverage, fair or stable
  --no-match          Report before matching: no matching section (faster on large programmes)
  --format <name>     markdown (default), or json: the report object of programReport, as data
  -o, --out <file>    Write the Markdown (or JSON) to <file> instead of standard output
{limits}
  --verbose           Progress on standard error (shown anyway when it is a terminal)
  -h, --help          Show this help

{markdownCells}

Examples:
  mentormatch report programme.json > report.md
  mentormatch report programme.json --html report.html --out report.md
  mentormatch report programme.json --format json --out report.json

{exitCodes}
`,
  'cli.help.suggest': `Usage: mentormatch suggest <programme.json> --mentee <id> [-k 5] [--format table|json|csv] [--bom|--no-bom]
       mentormatch suggest --mentors mentors.csv --mentees mentees.csv [--topics topics.csv] --mode micro|classic [--separator ';'] --mentee <id> [options]

The k best mentors for one mentee, for each topic request (micro) or for the mentee (classic), best
first, with scores and the reasons that weigh most. Shortlists respect every mentor's free places
across the whole cohort: a mentor is never proposed to more people than it can take.

{input}

Options:
{tableOptions}
  --mentee <id>       The mentee (required)
  -k <n>              Mentors per shortlist, 1 to 1000 (default 5)
  --exposure <x>      People a mentor may be proposed to per free place, a number ≥ 1 (default 1)
  --format <name>     table (default), json (the shortlists, every score explained), or csv: a
                      line per suggested mentor (mentee and name, topic in micro mode, rank,
                      mentor and name, score)
  -o, --out <file>    Write the shortlists to <file> instead of standard output
{bom}
{limits}
  --verbose           Progress on standard error (shown anyway when it is a terminal)
  -h, --help          Show this help

{csvCells}

{textCells}

Examples:
  mentormatch suggest programme.json --mentee e-002 -k 3
  mentormatch suggest programme.json --mentee e-002 --format csv --out shortlist.csv

{exitCodes}
`,
  'cli.help.import': `Usage: mentormatch import --mentors mentors.csv --mentees mentees.csv [--topics topics.csv] --mode micro|classic [--separator ';'] [--name N] [--start-date YYYY-MM-DD] [--cycle-weeks N] [--out programme.json]

Builds a programme from spreadsheet exports, one row per person (CSV, RFC 4180: quoted fields may
hold commas, quotes and line breaks; CRLF or LF; a UTF-8 byte order mark is fine), and writes it as
JSON, ready for 'mentormatch match' (which also takes the same options directly). Every problem is
listed with its file, line and column ("mentees.csv:14 column skills: "pricing:x" is not
topic:level"); nothing is written then.

Columns (headers in any case; spaces, dashes and underscores alike: "Manager ID" is manager_id):
  both      id (required; or employee_id), name (or full_name), email, department, manager_id, grade (an integer),
            languages (en;fr), time_zone (hours from UTC, or a name such as Europe/Rome),
            values (curiosity;rigour), preferences (ids of the other side, best first: m-1;m-7)
  mentors   skills (pricing:5;negotiation:3, levels 1 to 5), offers (pricing;negotiation),
            capacity (an integer), hours_budget (hours, micro mode), weekly_minutes (minutes a
            week, micro mode, with --cycle-weeks)
  mentees   requests (micro: topic:level[:hours[:priority]], e.g. pricing:3;negotiation:2:1.5),
            goals (classic: finance;leadership:2, a weight after the colon), exclude (mentor ids)
  topics    id, name, parent (other columns are ignored)
Any other column of the people's files becomes an attribute for custom rules, under its header:
true and false become booleans, plain decimals (12, not 007) numbers. Empty cells are absent
values. Topics used but not listed (or no topics file at all) are created from their ids.

Options:
  --mentors <file>        Mentors as CSV (required)
  --mentees <file>        Mentees as CSV (required)
  --topics <file>         Topics as CSV (optional)
  --mode <mode>           micro: mentees write requests; classic: mentees write goals (required)
  --separator <c>         The CSV field separator: one character, such as ; or tab (default ,)
  --name <text>           The programme's name
  --start-date <date>     The day the cycle starts (YYYY-MM-DD): time zone names are resolved on it
  --cycle-weeks <n>       The cycle's length in weeks, 1 to 520: turns the mentors' weekly_minutes
                          into hours budgets (weekly_minutes × weeks / 60)
  --max-input-bytes <n>   Read at most <n> bytes of each CSV file: a larger one is refused with
                          exit code 1 (default 268435456, 256 MiB; at most 524288000, 500 MiB)
  -o, --out <file>        Write the programme to <file> instead of standard output
  --verbose               Progress on standard error (shown anyway when it is a terminal)
  -h, --help              Show this help

Examples:
  mentormatch import --mentors mentors.csv --mentees mentees.csv --topics topics.csv --mode micro --out programme.json
  mentormatch match --mentors mentors.csv --mentees mentees.csv --mode micro --format csv --out pairs.csv

{exitCodes}
`,
  'cli.help.diff': `Usage: mentormatch diff <before.json> <after.json> [--objective total|coverage|fair|stable] [--format table|json|markdown] [--out file]

Compares two matchings of a programme, for "what if" questions (other weights, another objective,
people joining or leaving): the pairs kept, added and removed, the requests (or mentees) moved to
another mentor with their scores before and after, and the figures side by side with their
changes: matched, total score (weighted by priority, and plain), mean and lowest score, blocking
pairs. Each file (or - for standard input, for one of them) is either a programme, matched here,
or a result saved with \`mentormatch match --format json\` (told apart by its "matches" and
"summary").

{input}

Options:
  --objective <name>  The objective the programmes are matched with: total, coverage, fair or
                      stable (default: each programme's "objective", else total); a saved result
                      keeps its own
  --format <name>     table (default): the moved, added and removed pairs, then the figures
                      json: the comparison object of compareMatchings (every kept pair too)
                      markdown: the same as the table, for an issue or a wiki page
  -o, --out <file>    Write the comparison to <file> instead of standard output
{maxInput}
  -h, --help          Show this help

{markdownCells}

Examples:
  mentormatch diff programme.json programme-new-weights.json
  mentormatch match programme.json --format json --out before.json
  mentormatch diff before.json programme.json --objective fair --format markdown

{exitCodes}
`,
  'cli.help.schema': `Usage: mentormatch schema [--out file]

Prints the JSON Schema (draft 2020-12) of the programme format, for editors, forms and validators
in other languages. It checks shapes only; \`mentormatch match\` also checks references between ids.

Options:
  -o, --out <file>  Write the schema to <file> instead of standard output
  -h, --help        Show this help
`,
  'cli.help.sample': `Usage: mentormatch sample --mode micro|classic --mentors <n> --mentees <n> [--seed <s>] [--topics <n>] [--meetings [--cycle-weeks <n>]] [--history <n>] [--quotas] [--out file]

Generates a realistic programme to try things on: a company of eight sites and eleven departments,
a taxonomy of twelve topic areas, mentors with 5 to 20 skills (experts scarce), demand crowding onto
a few hot topics, reporting lines, preferences and exclusions, and rules that use every feature.
The same options give the same file, byte for byte.

Options:
  --mode <mode>     micro: one mentor per topic request; classic: one mentor per mentee (required)
  --mentors <n>     How many mentors, 1 to 100000 (required)
  --mentees <n>     How many mentees, 1 to 100000 (required)
  --seed <s>        Seed of the generator, an integer from 0 to 4294967295 (default 1)
  --topics <n>      Topics, topic areas included, 13 to 100000 (default: the 98 hand-written ones)
  --meetings        State meetings: a cycle (6 weeks in micro, 26 in classic, from 2026-03-02),
                    sessions and session lengths on most requests and goals, minutes a week on
                    every micro mentor (without it, no meetings: the file is as it always was)
  --cycle-weeks <n> With --meetings: the cycle's length in weeks, 1 to 520
  --history <n>     Earlier cycles to draw a history for, 0 to 120: months (micro) or yearly
                    cohorts (classic), the experts best known drawn most often (default 0: none)
  --quotas          Add quotas: at most 1 (classic) or 2 (micro) mentees of one department per
                    mentor, at least half of the new joiners (classic) or remote mentees' requests
                    (micro) matched; micro mentors then have no hours budget
  -o, --out <file>  Write the programme to <file> instead of standard output
  -h, --help        Show this help

Examples:
  mentormatch sample --mode micro --mentors 40 --mentees 150 --seed 1 > micro.json
  mentormatch sample --mode classic --mentors 1000 --mentees 5000 --topics 200 --out big.json
  mentormatch sample --mode micro --mentors 40 --mentees 150 --meetings > meetings.json
  mentormatch sample --mode micro --mentors 40 --mentees 150 --history 12 > with-history.json
  mentormatch sample --mode classic --mentors 40 --mentees 70 --quotas > quotas.json
`,
} as const;
