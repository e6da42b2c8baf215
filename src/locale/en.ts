/**
 * The English catalog: every sentence the library writes, by message code. The other catalogs
 * (`mentormatch/locales/it`) have the same codes with the same parameters; docs/messages.md lists
 * the codes with their parameters. Syntax: see `message.ts`.
 */
import type { Catalog } from './types.js';

const messages = {
  // Criteria, by name (`Explanation.criteria[].label`).
  'criterion.expertise': 'Topic expertise',
  'criterion.willingness': 'Willing to mentor the topic',
  'criterion.goals': 'Goals alignment',
  'criterion.seniority': 'Seniority fit',
  'criterion.language': 'Shared language',
  'criterion.timeZone': 'Working hours overlap',
  'criterion.department': 'Connects departments',
  'criterion.preference': "Mentee's preference",
  'criterion.values': 'Shared values and interests',
  'criterion.custom': 'Custom preferences',

  // A criterion's value in words (`Explanation.criteria[].code`).
  'detail.noGoals': 'the mentee has no goals: neutral',
  'detail.expertise.asked': '{levels, join} (level {asked} asked): {value, percent}',
  'detail.expertise.offered': '{levels, join}: {value, percent} of proficiency (level {offer}) on the goals',
  'level.none': 'no level on {topic} or a related topic',
  'level.direct': 'level {level} on {topic}',
  'level.related': 'level {level} on the related topic {related}, credited {credit} on {topic}',
  'detail.goals': "covers {value, percent} of the mentee's weighted goals (levels out of {scale})",
  'detail.willingness.offers': 'offers to mentor on this',
  'detail.willingness.notOffered': 'has not offered to mentor on this',
  'detail.willingness.related': 'offers this or a closely related topic ({value, percent})',
  'detail.seniority.missing': 'a grade is missing: neutral',
  'detail.seniority.above':
    'mentor {gap, plural, one {# grade} other {# grades}} above the mentee (ideal: {ideal} above)',
  'detail.seniority.below': 'mentor {gap} below the mentee (ideal: {ideal} above)',
  'ideal.range': '{min} to {max}',
  'ideal.atLeast': '{min} or more',
  'detail.language.missing': 'languages not given: neutral',
  'detail.language.shared': 'both speak {languages, list}',
  'detail.language.none': 'no language in common',
  'detail.timeZone.missing': 'a time zone is missing: neutral',
  'detail.timeZone.gap': '{gap} h apart: {overlap} of {workday} working hours overlap',
  'detail.department.missing': 'a department is missing: neutral',
  'detail.department.different': 'different departments ({mentor} and {mentee})',
  'detail.department.same': 'same department ({department})',
  'detail.preference.none': 'the mentee ranked no mentor: neutral',
  'detail.preference.unlisted': "not among the mentee's {choices} choices",
  'detail.preference.rank': "the mentee's choice number {rank} of {choices}",
  'detail.values.missing': 'values not given: neutral',
  'detail.values.shared': "shares {values, list} ({shared} of the mentee's {total})",
  'detail.values.none': 'no value or interest in common',
  'detail.custom.meets': 'meets {met, join}',
  'detail.custom.misses': 'misses {missed, join}',
  'detail.custom.both': 'meets {met, join}; misses {missed, join}',
  'custom.rule': '{name} ({effect, select, prefer {prefer} other {avoid}} when {condition})',
  'condition.all': '{parts, and}',
  'condition.equals': "the {side}'s {attribute} is {value}",
  'condition.in': "the {side}'s {attribute} is one of {values, items}",
  'condition.has': 'the {side} has a {attribute}',
  'condition.same': 'both have the same {attribute}',

  // Hard rules that forbid a pair (`Explanation.rules[].code`).
  'rule.self': 'a person cannot mentor themself',
  'rule.excluded': 'the mentee excluded this mentor',
  'rule.forbiddenPair': 'the programme forbids this pair (rules.forbiddenPairs)',
  'rule.reportingLine':
    "the {manager, select, mentor {mentor is the mentee's} other {mentee is the mentor's}} manager (reporting line)",
  'rule.sameDepartment': 'same department ({department}), which the rules forbid',
  'rule.seniorityGap': 'grade gap {gap} is outside the window {min} to {max} (rules.seniorityGap)',
  'rule.sharedLanguage': 'no language in common (rules.sharedLanguage)',
  'rule.maxTimeZoneGap': '{gap} h apart, more than the {limit} h allowed (rules.maxTimeZoneGap)',
  'rule.levelRequired': 'level {level} on {topic}, below the level {asked} asked (rules.levelRequired)',
  'rule.custom':
    'custom rule "{name}" {effect, select, forbid {forbids pairs where} other {requires that}} {condition}',

  // An explanation's one-line summary.
  'explain.part': '{label}: {detail}',
  'explain.summary': '{score, fixed}: {parts, join}',
  'explain.summaryPriority': '{score, fixed} × priority {priority} = {weighted}: {parts, join}',
  'explain.forbidden': 'forbidden: {rules, join}',

  // Why a unit of demand is unmatched (`Unmatched.code`; the reason is `unmatched.<code>`).
  'unit.mentee': 'mentee {mentee}',
  'unit.request': "{mentee}'s request on {topic}",
  'names.all': '{names, list}',
  'names.more': '{names, items} and {more} more',
  'unmatched.noExpert': 'no mentor masters {topic} at level {level} or above: recruit one, or lower the level asked',
  'unmatched.ruledOut':
    '{cause, select, noMentors {the programme has no mentors} other {hard rules rule out every mentor for {unit}: {rules, items}}}',
  'unmatched.rule': '{rule} ({mentors, plural, one {# mentor} other {# mentors}})',
  'unmatched.sameMentee': 'the only mentors allowed ({mentors}) already mentor {mentee} on other requests',
  'unmatched.mentorsFull':
    '{candidates, plural, =1 {the only mentor who could take {unit} is full} other {all # mentors who could take {unit} are full}}: {mentors}; {went}',
  'unmatched.noPlaces': 'none of them has any place (capacity 0)',
  'unmatched.placesWent': "{mentor}'s places went to {takers}",
  'unmatched.hoursBudget': 'the mentors with places left lack the {hours} h {unit} needs{meetings}: {mentors}',
  'unmatched.meetings': ' ({sessions, plural, one {# session} other {# sessions}} of {minutes} min)',
  'unmatched.objective':
    'the objective left {unit} out although {mentors} had room: the pair would not raise the objective',
  'unmatched.quota':
    '{quota} blocked {unit}: {kind, select, perMentor {its mentors with room ({mentors}) have their most mentees with {attribute} {value}} other {{share, select, min {one more pair outside it would take its share below the minimum} max {one more of its pairs would take its share above the maximum} other {its pairs are all made}}}}{also}',
  'unmatched.quotaAlso': '; {quota} blocks {mentors}',
  'mentor.load': '{mentor} ({load}/{capacity})',
  'mentor.hours': '{mentor} ({given} of {budget} h given)',
  'mentor.score': '{mentor} (score {score, fixed})',

  // What a rematch changed (`RemovedPair.code`, `AddedPair.code`).
  'unit.person': '{mentee}',
  'removed.menteeLeft': '{mentee} left the programme',
  'removed.mentorLeft': '{mentor} left the programme',
  'removed.excluded': '{mentee} and {mentor} are no longer to be paired',
  'removed.noLongerAllowed':
    '{cause, select, locked {the request is now locked to {mentor}} other {a hard rule now forbids the pair: {rules, join}}}',
  'removed.capacityReduced': '{mentor} has fewer places now and keeps its best-scoring pairs',
  'added.newMentee': '{mentee} joined the programme',
  'added.replacement': '{unit} lost its mentor {mentor}',
  'added.waitingList': '{unit} was waiting for a mentor',

  // The report (`reportToMarkdown`, `reportToHtml`); `mode` is the programme's. A message with `|`
  // holds the cells of a table's head, or the two entries of a legend.
  'report.title': 'Programme report',
  'report.titleNamed': 'Programme report: {name}',
  'report.asks':
    '{n, plural, one {# {mode, select, micro {request} other {goal}}} other {# {mode, select, micro {requests} other {goals}}}}',
  'report.units':
    '{n, plural, one {# {mode, select, micro {request} other {mentee}}} other {# {mode, select, micro {requests} other {mentees}}}}',
  'report.summary':
    '{mode, select, micro {Micro} other {Classic}} mentoring · {mentors, plural, one {# mentor} other {# mentors}}, {mentees, plural, one {# mentee} other {# mentees}} · {asks} on {asked} of {topics} topics',
  'report.readiness': 'Readiness',
  'report.figureHead': 'Figure|Value',
  'report.ratio': 'Mentors : mentees',
  'report.places': 'Places (sum of capacities) for {units}',
  'report.placesValue': '{capacity} ({ratio} per {mode, select, micro {request} other {mentee}})',
  'report.meanCapacity': 'Mean capacity of a mentor',
  'report.noCandidate': '{mode, select, micro {Requests} other {Mentees}} with no allowed mentor',
  'report.noCandidateValue': '{count} (no expert: {noExpert}, ruled out: {ruledOut})',
  'report.expected': 'Expected match rate (largest matching{exact, select, yes {} other {, an upper bound}})',
  'report.expectedValue': '{rate} ({matched} of {demand})',
  'report.hot':
    '{topic}: {asks}, coverage {coverage}, {needed, plural, =0 {enough mentors} one {# more mentor needed} other {# more mentors needed}}',
  'report.moreTopics':
    '{hidden, plural, one {# more topic} other {# more topics}} with {mode, select, micro {requests} other {goals}} not shown',
  'report.topicsWithout':
    '{without, plural, one {# topic} other {# topics}} without {mode, select, micro {requests} other {goals}}',
  'report.warnings': 'Warnings',
  'report.warningsNote': 'Allowed by the programme format, but most likely a mistake:',
  'report.hotTopics': 'Hot topics',
  'report.noHot': 'No topic has {mode, select, micro {requests} other {goals}} yet.',
  'report.uncovered': 'Uncovered topics',
  'report.uncoveredNote':
    'Topics where no mentor reaches any level asked (a skill on a subtopic counts only in part on the topic): recruit, or lower the level.',
  'report.none': 'None.',
  'report.subtopics':
    '{topic}: {mentors, plural, one {# mentor} other {# mentors}} at level {level} or more on its subtopics ({subtopics, items}); ask for one of those, or see the topic area below.',
  'report.demand': 'Demand and supply per topic',
  'report.demandNote':
    "Priority: mean per {mode, select, micro {request} other {goal}}. Able: mentors at a level asked. Suppliers: able and willing. Places: the suppliers' capacity shared between the topics they supply. Coverage: places per unit of demand. Needed: mentors to recruit for a coverage of 100%.",
  'report.chart': 'The {n} most demanded topics: demand against places',
  'report.legend': 'Demand ({mode, select, micro {requests} other {goals}})|Places (shared capacity)',
  'report.topicHead': 'Topic|Requests|Mentees|Priority|Levels 1·2·3·4·5|Able|Willing|Suppliers|Places|Coverage|Needed',
  'report.meetings': 'Meetings: demand and supply in sessions and hours',
  'report.meetingsNote':
    "Sessions and hours asked per topic, against the hours budgets of the mentors who supply it (a mentor counts under every topic they supply); budget sessions are the meetings those budgets hold at the topic's mean meeting length.",
  'report.meetingsHead': 'Topic|Sessions asked|Hours asked|Suppliers|Budget hours|Budget sessions',
  'report.meetingsCycle': 'Cycle: {weeks, plural, one {# week} other {# weeks}}, from {start}.',
  'report.meetingsCycleWeeks': 'Cycle: {weeks, plural, one {# week} other {# weeks}}.',
  'report.meetingsTotals':
    "Asked: {sessions, plural, one {# session} other {# sessions}} ({hours} h); the mentors' hours budgets: {budget}.",
  'report.hoursValue': '{hours} h',
  'report.noLimit': 'no limit',
  'report.areas': 'Topic areas',
  'report.areasNote': 'Each area is a topic with all its subtopics; every person counted once.',
  'report.areaHead': 'Area|Subtopics',
  'report.champions': 'Champions',
  'report.noChampions': 'No mentor supplies any {mode, select, micro {request} other {goal}} yet.',
  'report.championsNote':
    'Share: the demand that falls to the mentor when each {mode, select, micro {request} other {goal}} is shared evenly between the mentors able and willing to take it. Sole: {mode, select, micro {requests} other {goals}} no one else can take.',
  'report.championHead': '#|Mentor|Share|Capacity|{mode, select, micro {Requests} other {Goals}}|Sole|Main topics',
  'report.matching': 'Matching',
  'report.matchingText':
    'Objective {objective}: {matched} of {units} matched ({rate}); expected before matching: {expected}.',
  'report.blocking': ' Blocking pairs (a mentee and a mentor who would both rather be paired together): {n}.',
  'report.scores': 'Scores',
  'report.pairs': 'Pairs',
  'report.scoreFrom': 'Score from',
  'report.scoreHead': 'Pairs|Mean|Min|Q1|Median|Q3|Max',
  'report.load': 'Mentor load',
  'report.mentors': 'Mentors',
  'report.loadText': 'Places used: {used}; {mean} pairs per mentor on average; {idle} idle, {full} full.',
  'report.unmatched': 'Unmatched, by reason',
  'report.reasonHead': 'Reason|Code|Count',
  'report.quotas': 'Quotas',
  'report.quotaHead': 'Quota|Kind|Pairs|Min|Max|At its bound',
  'report.atBound': '{at, select, true {yes} other {no}}',
  'report.allMatched': 'Everyone is matched.',
  'report.rates': 'Match rate per topic, lowest first',
  'report.rateHead': 'Topic|Demand|Matched|Rate',
  'report.notShown': '{n, plural, one {# more topic} other {# more topics}} not shown.',
  'report.reason.noExpert': 'no mentor at the level asked',
  'report.reason.ruledOut': 'hard rules rule out every mentor',
  'report.reason.sameMentee': 'only mentors already with this mentee',
  'report.reason.mentorsFull': 'every allowed mentor is full',
  'report.reason.hoursBudget': 'hours budgets used up',
  'report.reason.objective': 'left out by the objective',
  'report.reason.quota': 'blocked by a quota',
  'report.cardRatioNote': '{mentors} mentors, {mentees} mentees',
  'report.cardPlaces': 'Places per {mode, select, micro {request} other {mentee}}',
  'report.cardPlacesNote': '{capacity} places for {units}',
  'report.cardNone': 'No allowed mentor',
  'report.cardNoneNote': '{noExpert} no expert, {ruledOut} ruled out',
  'report.cardExpected': 'Expected match rate',
  'report.cardExpectedNote': '{matched} of {demand}{exact, select, yes {} other {, upper bound}}',
  'report.cardMatched': 'Matched',
  'report.cardMatchedNote': '{matched} of {demand}, objective {objective}',
  'report.cardMean': 'Mean score',
  'report.cardMeanNote': 'median {median}, lowest {lowest}',
  'report.footer': 'Made with mentormatch. Every figure is defined in the documentation of programReport.',
  // What a valid programme allows but most likely did not mean (`ProgramWarning.code`).
  'warning.unknownAttribute':
    '{field}: {side, select, both {neither mentors nor mentees have the attribute {attribute} (rule {rule})} other {no {side} has the attribute {attribute} (rule {rule}); {side}s have {count, plural, =0 {no attributes} other {{known, items}{more, plural, =0 {} other { (and # more)}}}}}}',
  'warning.unknownHistoryId':
    '{field}: the programme has no {kind} {id}, so this pair of {date} never counts as a repeat (someone who left, or a typo)',
  'warning.rulesOutEveryPair':
    '{field}: custom rule {rule} {effect, select, require {requires that {condition}, which no (mentee, mentor) pair meets} other {forbids pairs where {condition}, which every (mentee, mentor) pair meets}}: it rules out every pair',

  // Validation issues (`InputIssue.code`; the message is `issue.<code>`). `field` is the issue's
  // path in words (`mentors[3].skills[0].level`, `issue.programme` for the root); ids are quoted.
  'issue.programme': 'the programme',
  'issue.more': ' (and {count} more)',
  'type.string': 'a string',
  'type.number': 'a number',
  'type.integer': 'an integer',
  'type.boolean': 'a boolean',
  'type.object': 'an object',
  'type.array': 'an array',
  'type.record': 'a record',
  'type.integerFrom0': 'an integer ≥ 0',
  'type.integerFrom1': 'an integer ≥ 1',
  'type.finiteFrom1': 'a finite number ≥ 1',
  'type.en': "'en'",
  'type.catalog': 'a catalog',
  'type.matching': 'a matching: an object with a matches array',
  'type.infinity': 'Infinity',
  'type.typedArray': 'a typed array',
  'type.msFrom0': 'a number ≥ 0 (ms)',
  'type.function': 'a function',
  'type.abortSignal': 'an AbortSignal',
  'type.threads': 'helper threads (size, send, receive)',
  'type.capacityPerColumn': 'one capacity per column',
  'type.report': 'a report of programReport',
  'type.mode': '"micro" or "classic"',
  'type.result': 'a result of matchProgram (with matches and unmatched)',
  'type.comparable': 'a matching (a result of matchProgram, with matches and summary)',
  'type.pairs': 'an array of pairs',
  'type.summary': 'an object (the summary of matchProgram)',
  'type.pair': 'a pair (mentee, mentor, score)',
  'type.finite': 'a finite number',
  'type.null': 'null',
  'type.nonEmptyString': 'a non-empty string',
  'type.matches': 'an array of matches',
  'value.array': 'an array of length {length}',
  'value.object': 'an object ({kind})',
  'value.function': 'a function',
  'value.symbol': 'a symbol',
  'weight.department': 'department: rules.sameDepartment is "allowed"',
  'weight.custom': 'custom: no "prefer" or "avoid" custom rule',
  'weight.repeat': 'repeat: on only with a history and rules.repeatPairs "avoided"',
  'weight.novelty': 'novelty: the programme has no history',
  'weight.rotation': 'rotation: the programme has no history',
  'issue.required': '{field} is required ({expected, or})',
  'issue.invalid_type': '{field} must be {expected, or}{got, select, no {} other {, got {found}}}',
  'issue.too_small':
    '{origin, select, string {{field} must not be empty} other {{field} must be {inclusive, select, true {≥} other {>}} {minimum, raw}, got {found}}}',
  'issue.too_big':
    '{origin, select, string {{field} is longer than {maximum, raw} characters} magnitude {{field} must be a finite number of at most {maximum, raw} in magnitude, got {found}} other {{field} must be {inclusive, select, true {≤} other {<}} {maximum, raw}, got {found}}}',
  'issue.not_multiple_of': '{field} must be a multiple of {divisor, raw}, got {found}',
  'issue.invalid_value': '{field} must be one of {values, items}, got {found}',
  'issue.invalid_format':
    '{format, select, date {{field} must be a date written YYYY-MM-DD, got {found}} other {{field} is invalid, got {found}}}',
  'issue.unrecognized_keys': '{field} has unknown {count, plural, one {field} other {fields}} {keys, items}',
  'issue.invalid': '{field} is invalid, got {found}',
  'issue.unknown_change': '{field} is not a change ({changes, items})',
  'issue.not_in_programme': '{field} {found} is not a {kind} of the programme',
  'issue.not_json':
    '{field} is not valid JSON: {reason}{comments, select, true { (if it has comments or trailing commas: JSON allows neither; remove them, or read the file with the mentormatch CLI, which accepts them)} other {}}',
  'issue.too_large':
    "{limit, select, maxInputBytes {the programme's JSON text, in UTF-8 bytes (at least),} maxMentors {the number of mentors} maxMentees {the number of mentees} maxRequests {the number of requests} other {the number of pairs the hard rules allow (at least, of {rows, raw} demand rows × {mentors, raw} mentors)}} is {found, raw}, more than limits.{limit} ({max, raw}); to accept it, raise the limit: {option} (CLI: {flag} {found, raw})",
  'issue.invalid_time_zone':
    '{field} is not a time zone: write an IANA name such as "Europe/Rome", or an offset in hours, got {found}',
  'issue.time_zone_offset':
    '{field}: {zone} is {offset, raw} hours from UTC on {date}, not a multiple of 0.25 between -12 and 14',
  'issue.reserved_attribute': '{field}: {name} cannot be an attribute name',
  'issue.duplicate_id': '{field}: duplicate {kind, select, rule {rule name} other {{kind} id}} {id}',
  'issue.duplicate_entry': '{field}: {kind} {id}{found} is {list, select, requests {requested} other {listed}} twice',
  'issue.unknown_reference': '{field}: unknown {departing, select, true {or departing } other {}}{kind} {id}{found}',
  'issue.self_reference':
    '{field}: {kind, select, topic {a topic cannot be its own parent} pair {{id} cannot be both the mentor and the mentee of one pair} other {{id} is the {kind} themself}}',
  'issue.taxonomy_cycle': '{field}: the taxonomy has a cycle through {id}',
  'issue.wrong_mode':
    '{field}: {what, select, hoursBudget {hours budgets are for micro mode; a classic programme limits mentors by capacity} weeklyMinutes {weekly minutes are for micro mode; a classic programme limits mentors by capacity} requests {requests are for micro mode; a classic programme takes goals} goals {goals are for classic mode; a micro programme takes requests} other {a classic programme pairs whole mentees: leave the topic out}}',
  'issue.min_above_max': '{field}: min ({min, raw}) is above max ({max, raw})',
  'issue.empty_rule': '{field}: a custom rule needs a mentor condition, a mentee condition or `same`',
  'issue.topic_required': '{field}: mentee {mentee} has {requests, raw} requests: name the topic',
  'issue.unknown_request': '{field}: mentee {mentee} has no request on {topic}{found}',
  'issue.locked_twice': '{field}: {mode, select, micro {this request} other {this mentee}} is locked twice',
  'issue.locked_and_forbidden': '{field}: this pair is both locked and forbidden',
  'issue.locked_but_excluded': '{field}: mentee {mentee} excludes mentor {mentor}',
  'issue.history_self_pair': '{field}: {id} cannot be both the mentor and the mentee of one pair',
  'issue.meetings_mismatch':
    '{field}: {hours, raw} hours disagree with {sessions, raw} sessions of {sessionMinutes, raw} minutes ({derived, raw} hours): give hours or sessionMinutes, or make them agree',
  'issue.cycle_required': "{field}: weeklyMinutes needs the programme's cycle (cycle.weeks) to become an hours budget",
  'issue.quota_invalid':
    '{field}: {problem, select, perMentorFields {perMentor needs attribute and max} perMentorExtra {perMentor takes no mentee, crossDepartment or min} pairsCondition {pairs needs mentee or crossDepartment, not both} pairsExtra {pairs takes no attribute or count} pairsBound {pairs needs min, max, minShare or maxShare} shareMix {a share goes alone: no min, max or other share} other {weight needs soft: true}}',
  'issue.cycle_start_mismatch':
    '{field}: the cycle starts on {start} but startDate is {startDate}: give one of them, or the same day',
  'issue.no_positive_weight':
    '{field}: every criterion weight is 0 (merged over the {mode} defaults), so every pair would score 0: give at least one criterion a positive weight',
  'issue.no_weight_applies':
    '{field}: no criterion with a positive weight applies ({criteria, join}), so every pair would score 0: give a positive weight to another criterion',

  // The other arguments of the domain functions: matchings, reports, locked pairs, table indices.
  'issue.mode_mismatch':
    "{field} is {found}, {against, select, programme {the programme's {mode}} other {before.mode {mode}: only matchings of the same mode compare}}",
  'issue.matched_twice':
    "{field}: {mode, select, micro {{mentee}'s request on {topic}} other {mentee {mentee}}} is matched twice (also at matches[{first, raw}])",
  'issue.locked_pair_conflict':
    "{field} ({mentee} with {mentor}): {cause, select, rule {a hard rule forbids this pair: {rules}} capacity {the locked pairs exceed {mentor}'s capacity} hoursBudget {the locked pairs exceed {mentor}'s hours budget} other {two requests of {mentee} are locked to the same mentor (rules.repeatMentor is off)}}",
  'issue.quota_unsupported':
    '{field}: not solved exactly {cause, select, objective {under stable} hoursBudget {while hours budgets bind} hoursBudgetMinimum {while hours budgets bind: no matching found reaches its minimum, though none is proven impossible} crossing {together with another quota over the same mentees or pairs} countMentees {counting mentees with rules.repeatMentor: count requests} share {for a share except hard under total} other {across departments except hard under total}}',
  'issue.quota_infeasible':
    '{field}: {cause, select, locked {the locked pairs exceed max {max, raw}} share {no matching reaches this share} together {its minimum cannot be met together with the minimums of the other quotas} other {{min, raw} pairs needed, at most {most, raw} possible}}',
  'issue.out_of_range':
    '{field} {maximum, plural, =-1 {has no valid value: the table has no {of, select, rows {rows} other {mentor columns}}} other {must be {kind, select, integer {an integer from {minimum, raw} to {maximum, raw}} other {in [{minimum, raw}, {maximum, raw}]}}}}, got {found}',

  // The solvers' inputs (`mentormatch/solvers`: matrices, preference lists, their options).
  'issue.invalid_list':
    '{field} must be an array {item, select, index {of {per} indices (numbers)} capacity {with one capacity per {per}} id {with one integer id per {per}} preferences {with one preference list per {per}} receiver {with one receiver index (or -1) per {per}} other {with one integer per {per}}}, got {found}',
  'issue.wrong_length':
    '{field} has {length, raw} entries but {of, select, matrix {the matrix has} proposers {there are} indices {indices has} indptr {rows + 1 is} other {options.{of} has}} {count, raw}{per, select, none {} other { {per}s}}',
  'issue.invalid_index':
    '{field} must be {unmatched, select, true {-1 or } other {}}{kind, select, row {a row index} column {a column index} proposer {a proposer index} receiver {a receiver index} other {an integer}}{max, plural, =-1 {{empty, select, matrix {, but the matrix has no {kind}s} other {, but {empty} is empty}}} other { from 0 to {max, raw}}}, got {found}',
  'issue.invalid_indptr':
    '{problem, select, first {{field} must be 0, got {found}} decreasing {{field} is {found}, below indptr[{before, raw}] = {previous, raw} (must not decrease)} other {{field} must equal indices.length = {count, raw}, got {found}}}',
  'issue.bad_entry':
    '{sparse, select, true {data[{index, raw}] (entry [{row, raw}][{col, raw}])} other {entry [{row, raw}][{col, raw}]}} {problem, select, type {is not a number, got {found}} nan {is NaN} infinity {is Infinity; when maximising, forbidden pairs are -Infinity{sparse, select, true { (or absent)} other {}}} negativeInfinity {is -Infinity; when minimising, forbidden pairs are Infinity{sparse, select, true { (or absent)} other {}}} other {is {found}, too large in magnitude: at most {limit} here, so that sums stay finite}}',
  'issue.invalid_row':
    '{problem, select, type {row {row, raw} is not an array, got {found}} other {row {row, raw} has {length, raw} entries but row 0 has {count, raw} (ragged matrix)}}',
  'issue.invalid_matrix':
    '{problem, select, data {a DenseMatrix needs a Float64Array data, got {found}} length {DenseMatrix data has length {length, raw} but rows × cols is {rows} × {cols}} other {expected nested arrays, a DenseMatrix or an ml-matrix Matrix, got {found}}}',
  'issue.too_many_entries':
    '{kind, select, pairs {{rows, raw} proposers × {cols, raw} receivers make more than {max, raw} pairs} cap {a {rows, raw}×{cols, raw} matrix has more than {max, raw} entries} sparse {the sparse matrix stores {found, raw} entries, more than options.maxEntries ({max, raw}); to accept it, raise the limit: {option}} other {a {rows, raw}×{cols, raw} matrix has {found, raw} entries, more than options.maxEntries ({max, raw}); to accept it, raise the limit: {option}}}',
  'issue.proposer_optimal_only': "{field} is supported with optimal: 'proposer' only",
  'issue.over_capacity':
    '{field} is {receiver, raw}, but receiver {receiver, raw} already holds its capacity of {capacity, raw} proposer(s)',

  // History: pairs of earlier cycles (`rules.repeatPairs`, the `repeat` criterion).
  'criterion.repeat': 'New pairing',
  'detail.repeat.new': 'not paired together in the last {days} days',
  'detail.repeat.paired': '{paired}, within the last {days} days (rules.repeatPairs)',
  'rule.repeatPair': '{paired}, within the last {days} days, which the rules forbid (rules.repeatPairs)',
  'repeat.paired': 'paired on {date}',
  'repeat.pairedOn': 'paired on {topic} on {date}',
  'criterion.novelty': 'New connection',
  'criterion.rotation': 'Mentor rotation',
  'detail.novelty.pairedBefore': 'paired before ({paired})',
  'detail.novelty.departments': 'new to each other, but {mentee} and {mentor} have worked together before',
  'detail.novelty.new': 'never paired before, nor their departments',
  'detail.novelty.newPeople': 'never paired before',
  'detail.rotation':
    '{load, plural, one {# pair} other {# pairs}} in the last {days} days; the busiest mentor had {max}',
} as const;

/** A message code: a key of every catalog. */
export type MessageCode = keyof typeof messages;

/**
 * The English catalog: the default `locale`, and the fallback of every other catalog, message by
 * message. Start a catalog of your own from it: keep the codes and the `{parameters}`, translate the
 * words (see docs/messages.md for the syntax and the codes).
 *
 * @example
 * ```ts
 * import { type Catalog, en, matchProgram } from 'mentormatch';
 *
 * // A partial catalog: the codes it leaves out stay in English.
 * const pirate: Catalog = { locale: 'en', messages: { 'detail.noGoals': 'no treasure sought: neutral' } };
 * const result = matchProgram(
 *   {
 *     mode: 'classic',
 *     topics: [{ id: 'sales' }],
 *     mentors: [{ id: 'ana', skills: [{ topic: 'sales', level: 4 }] }],
 *     mentees: [{ id: 'bo' }],
 *   },
 *   { locale: pirate },
 * );
 * console.log(result.matches[0]?.explanation.criteria[0]?.detail); // no treasure sought: neutral
 * console.log(en.messages['detail.noGoals']); // the mentee has no goals: neutral
 * ```
 */
export const EN = { locale: 'en', messages } as const satisfies Catalog;
