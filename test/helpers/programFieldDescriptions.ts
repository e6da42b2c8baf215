/**
 * What every field of the programme format means, for the person who writes the file (an HR
 * admin, in an editor that shows the JSON Schema's descriptions): units, allowed values and the
 * default when the field is left out. The one source of the descriptions in `programJsonSchema`
 * (see `programJsonSchemaSource.ts`); worded after the TSDoc of `src/model/schema.ts` and
 * `src/model/program.ts` and the README's "The programme format".
 *
 * Keys are field paths in the programme: `mentors[].capacity` is the `capacity` of every mentor.
 * The person fields, the pairs and the custom rule conditions appear in several places and are
 * written once each, below. Defaults are read from `src/model/defaults.ts`, so they cannot drift.
 */
import {
  DEFAULT_CAPACITY,
  DEFAULT_REQUEST_HOURS,
  DEFAULT_RULES,
  DEFAULT_SESSION_MINUTES,
  DEFAULT_SESSIONS,
  DEFAULT_WEIGHTS,
  OFFER_LEVEL,
} from '../../src/model/defaults.js';
import type { Criterion } from '../../src/model/program.js';

const ID = 'a string of 1 to 200 characters or a whole number (7 and "7" are the same id)';

/** The fields that mentors and mentees share, under `prefix` (`mentors[]` or `mentees[]`). */
function personFields(prefix: string, who: 'mentor' | 'mentee'): Record<string, string> {
  return {
    [`${prefix}.id`]: `The ${who}'s id, unique among the ${who}s: ${ID}. A person may be both a mentor and a mentee (on different topics); they are never paired with themself.`,
    [`${prefix}.name`]: `The ${who}'s name, shown in results and reports; default: the id.`,
    [`${prefix}.languages`]:
      'Languages spoken, e.g. ["en", "fr"], compared case-insensitively. With rules.sharedLanguage, a mentor and a mentee who both give languages must share one; default: none given.',
    [`${prefix}.timeZone`]:
      'Time zone: an offset from UTC in hours (a multiple of 0.25 between -12 and 14, e.g. 1 or 5.5), or an IANA name such as "Europe/Rome", resolved to its offset on the programme\'s startDate (daylight saving time included); default: none (the time zone criterion is then neutral).',
    [`${prefix}.department`]:
      "Department, compared with the other side's under rules.sameDepartment and the department criterion; default: none.",
    [`${prefix}.managerId`]:
      'The id of this person\'s manager (a mentor or mentee of the programme, or someone outside it). Under rules.reportingLine "forbidden", a manager never mentors their direct report; default: none.',
    [`${prefix}.grade`]:
      'Seniority grade, a whole number: higher is more senior. Read by rules.seniorityGap and the seniority criterion; default: none.',
    [`${prefix}.attributes`]:
      'Free attributes for custom rules, each a string, number or boolean, e.g. { "site": "Lyon", "certified": true }; default: none.',
    [`${prefix}.values`]:
      'Values or interests, free words compared case-insensitively (classic mode: the values criterion); default: none.',
  };
}

/** The fields of a (mentee, mentor) pair, under `prefix`. */
function pairFields(prefix: string, what: string): Record<string, string> {
  return {
    [`${prefix}.mentee`]: `The mentee's id (${what}).`,
    [`${prefix}.mentor`]: `The mentor's id (${what}).`,
    [`${prefix}.topic`]:
      "Micro mode: the topic of the mentee's request this pair is about; without it, every request of the mentee (a locked pair must name it when the mentee has several requests). Classic mode: leave it out.",
  };
}

/** The fields of a condition on one side's attribute, under `prefix`. */
function conditionFields(prefix: string, who: 'mentor' | 'mentee'): Record<string, string> {
  return {
    [prefix]: `A condition on the ${who}'s attributes. With neither equals nor in, it holds when the ${who} has the attribute.`,
    [`${prefix}.attribute`]: `The name of the ${who}'s attribute (a key of attributes).`,
    [`${prefix}.equals`]: 'The condition holds when the attribute has this value (a string, number or boolean).',
    [`${prefix}.in`]: 'The condition holds when the attribute has one of these values (strings, numbers or booleans).',
  };
}

/** A criterion weight's description: `what` says what the criterion rewards. */
const weight = (criterion: Criterion, what: string): string =>
  `Weight of the ${criterion} criterion (${what}) in a pair's score, a number ≥ 0 (weights need not add up to 1: the score divides by their sum); default ${DEFAULT_WEIGHTS.micro[criterion]} (micro) or ${DEFAULT_WEIGHTS.classic[criterion]} (classic).`;

/** A rule's default in each mode, as JSON. */
const ruleDefault = (rule: keyof (typeof DEFAULT_RULES)['micro']): string => {
  const [micro, classic] = [DEFAULT_RULES.micro[rule], DEFAULT_RULES.classic[rule]].map((v) => JSON.stringify(v));
  return micro === classic ? `default ${micro}` : `default ${micro} (micro) or ${classic} (classic)`;
};

/** Every field of the programme format, by path, with what it means. */
export const PROGRAM_FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze({
  $schema: 'The address of this JSON Schema, for editors; ignored by mentormatch.',
  name: 'The programme\'s name, e.g. "Acme spring cohort"; optional.',
  mode: '"micro": mentees make precise requests on topics, each matched with its own mentor. "classic": mentees have growth goals and get one mentor each.',
  topics: 'The topics that mentors master and mentees ask for, possibly in a taxonomy (a topic under a parent topic).',
  'topics[].id': `The topic's id, unique among the topics: ${ID}.`,
  'topics[].name': "The topic's name, shown in results and reports; default: the id.",
  'topics[].parent':
    'The id of the parent topic, for a taxonomy: a mentor earns partial credit on a parent, a child or a sibling of the topic asked; default: none (a top-level topic).',

  mentors: 'The mentors (the "champions" of micro mentoring).',
  ...personFields('mentors[]', 'mentor'),
  'mentors[].skills': 'What the mentor masters: a topic and a level for each.',
  'mentors[].skills[].topic': "The topic's id.",
  'mentors[].skills[].level':
    'Proficiency on the topic, a whole number: 1 basics, 2 practitioner, 3 proficient, 4 advanced, 5 expert.',
  'mentors[].offers': `The topic ids the mentor is willing to mentor on; default: every topic of their skills at level ${OFFER_LEVEL} or more.`,
  'mentors[].capacity': `Most requests (micro) or mentees (classic) the mentor takes at once, a whole number ≥ 0; default ${DEFAULT_CAPACITY.micro} (micro) or ${DEFAULT_CAPACITY.classic} (classic).`,
  'mentors[].hoursBudget':
    'Hours the mentor can give in the cycle, a number ≥ 0 (micro mode only; an error in classic mode); each request counts its hours against it; with weeklyMinutes too, the smaller budget holds; default: no limit.',
  'mentors[].weeklyMinutes':
    "Minutes a week the mentor can give, a number ≥ 0 (micro mode only; needs the programme's cycle): an hours budget of weeklyMinutes × cycle.weeks / 60; with hoursBudget too, the smaller holds; default: no limit.",
  'mentors[].preferences':
    'Mentee ids, most preferred first: the mentor\'s ranking under the "stable" objective; default: mentees ranked by score.',

  mentees: 'The mentees: with requests in micro mode, with goals in classic mode.',
  ...personFields('mentees[]', 'mentee'),
  'mentees[].requests': 'Micro mode: one or more precise requests, each matched with its own mentor.',
  'mentees[].requests[].topic': 'The id of the topic the mentee asks for help on.',
  'mentees[].requests[].level':
    'The level of help wanted, a whole number from 1 (basics) to 5 (expert): the mentor should master the topic at least at this level.',
  'mentees[].requests[].priority':
    'Weight of this request against all the others, a number > 0: a pair counts priority × score in the objective; default 1.',
  'mentees[].requests[].hours': `Expected hours of mentoring, a number > 0, counted against the mentor's hoursBudget; default sessions × sessionMinutes / 60 (${DEFAULT_REQUEST_HOURS} when neither is given). Given with sessionMinutes, it must equal sessions × sessionMinutes / 60.`,
  'mentees[].requests[].sessions': `Number of meetings the request needs, a whole number ≥ 1; default ${DEFAULT_SESSIONS.micro}.`,
  'mentees[].requests[].sessionMinutes': `Length of one meeting in minutes, a whole number ≥ 1; default ${DEFAULT_SESSION_MINUTES}.`,
  'mentees[].goals': "Classic mode: the mentee's development goals, instead of requests.",
  'mentees[].goals[].topic': 'The id of the topic the mentee wants to grow in.',
  'mentees[].goals[].weight': "Weight of this goal against the mentee's other goals, a number > 0; default 1.",
  'mentees[].goals[].sessions': `Meetings over the cycle for this goal, a whole number ≥ 1; the relationship takes the meetings of the mentee's goal asking the most hours; default ${DEFAULT_SESSIONS.classic}.`,
  'mentees[].goals[].sessionMinutes': `Length of one meeting in minutes, a whole number ≥ 1; default ${DEFAULT_SESSION_MINUTES}.`,
  'mentees[].preferences':
    'Mentor ids, most preferred first (the preference criterion, and the mentee\'s ranking under the "stable" objective); default: none.',
  'mentees[].exclude': 'Mentor ids never to be proposed to this mentee; default: none.',

  rules: 'The hard rules and matching switches; each one left out takes its default for the mode.',
  'rules.sameDepartment': `Pairs within one department: "allowed", "avoided" (allowed, but scored lower by the department criterion) or "forbidden"; ${ruleDefault('sameDepartment')}.`,
  'rules.reportingLine': `"forbidden": a manager never mentors their direct report (read from managerId); "allowed": they may; ${ruleDefault('reportingLine')}.`,
  'rules.seniorityGap':
    'The window of mentor grade − mentee grade a pair must fall in, e.g. { "min": 1, "max": 3 }; null or left out: no window (the seniority criterion then prefers 1 to 3 grades above).',
  'rules.seniorityGap.min':
    'The smallest allowed mentor grade − mentee grade, a whole number; default: no lower bound.',
  'rules.seniorityGap.max': 'The largest allowed mentor grade − mentee grade, a whole number; default: no upper bound.',
  'rules.sharedLanguage': `When true, a mentor and a mentee who both give languages must have one in common; ${ruleDefault('sharedLanguage')}.`,
  'rules.maxTimeZoneGap':
    'The largest time zone difference allowed between a mentor and a mentee, in hours (a number ≥ 0); null or left out: no limit.',
  'rules.levelRequired': `Micro mode: when true, the mentor's own level on the topic (without credit from related topics) must reach the level asked; ${ruleDefault('levelRequired')}.`,
  'rules.repeatMentor': `Micro mode: when true, one mentee's several requests may go to the same mentor; ${ruleDefault('repeatMentor')}.`,
  'rules.repeatPairs': `Pairs of the history made within rules.repeatWindowDays of asOf (same mentee and mentor, and in micro mode the same topic when the history entry names one): "allowed", "avoided" (allowed, but scored lower by the repeat criterion) or "forbidden" (never made again within the window); ${ruleDefault('repeatPairs')}.`,
  'rules.repeatWindowDays': `How many days back from asOf a pair of the history counts as recent, a whole number ≥ 0 (a pair exactly that many days old still counts); ${ruleDefault('repeatWindowDays')}.`,
  'rules.custom':
    "Custom rules on the people's attributes: hard (require, forbid) or soft (prefer, avoid); default: none.",
  'rules.custom[].name': "The rule's name, unique among the custom rules, shown in explanations (custom:<name>).",
  'rules.custom[].effect':
    '"require" and "forbid" are hard (a pair must meet the condition, or must not); "prefer" and "avoid" are soft and feed the custom criterion of the score.',
  ...conditionFields('rules.custom[].mentor', 'mentor'),
  ...conditionFields('rules.custom[].mentee', 'mentee'),
  'rules.custom[].same':
    'An attribute both the mentor and the mentee must have, with the same value (e.g. "site"). The rule\'s condition is the conjunction of mentor, mentee and same; it needs at least one of them.',
  'rules.forbiddenPairs': 'Pairs never to be made; default: none.',
  ...pairFields('rules.forbiddenPairs[]', 'a pair never to be made'),
  'rules.lockedPairs': 'Pairs that must be made, e.g. agreed before the matching; default: none.',
  ...pairFields('rules.lockedPairs[]', 'a pair that must be made'),
  'rules.quotas':
    'Quotas on the matching: per mentor, at most max mentees sharing a value of an attribute; or a min and max on the pairs whose mentee meets a condition, or that cross departments; default: none.',
  'rules.quotas[].kind':
    '"perMentor": each mentor takes at most max mentees (or requests) with one value of attribute; "pairs": at least min and at most max pairs of a kind.',
  'rules.quotas[].attribute':
    'perMentor: the mentee attribute whose values are capped, "department" or a key of attributes (e.g. "site"); mentees without it are not counted.',
  'rules.quotas[].count': 'perMentor: what is counted, "mentees" or "requests" (micro mode); default "mentees".',
  ...conditionFields('rules.quotas[].mentee', 'mentee'),
  'rules.quotas[].crossDepartment':
    'pairs: true to count the pairs of a mentor and a mentee of different departments (instead of a mentee condition).',
  'rules.quotas[].min': 'pairs: the fewest pairs of the kind, a whole number ≥ 0; default: no minimum.',
  'rules.quotas[].max':
    'The most pairs: per mentor and attribute value (perMentor), or in all (pairs), a whole number ≥ 0; default: no maximum (pairs).',
  'rules.quotas[].minShare':
    'pairs: the least share of all pairs (a number from 0 to 1) that the pairs of the kind must make, e.g. 0.3; alone (no min, max or maxShare); objective "total".',
  'rules.quotas[].maxShare':
    'pairs: the most share of all pairs (a number from 0 to 1) that the pairs of the kind may make; alone (no min, max or minShare); objective "total".',
  'rules.quotas[].soft':
    'When true, the quota is a penalty of weight per pair beyond its bounds instead of a limit (objective "total" only); default false.',
  'rules.quotas[].weight':
    'Soft quotas: the penalty per pair beyond the bounds, in score points (a number > 0); default 1.',

  weights: "Criterion weights of a pair's score, merged over the mode's defaults: give only those to change.",
  'weights.expertise': weight('expertise', 'how well the mentor masters the topic or goals'),
  'weights.willingness': weight('willingness', 'whether the mentor offers the topic'),
  'weights.goals': weight('goals', "how much of the mentee's goals the mentor covers"),
  'weights.seniority': weight('seniority', 'the grade gap'),
  'weights.language': weight('language', 'a language in common'),
  'weights.timeZone': weight('timeZone', 'overlap of working hours'),
  'weights.department': weight('department', 'pairs across departments'),
  'weights.preference': weight('preference', "the mentee's ranking of the mentor"),
  'weights.values': weight('values', 'shared values and interests'),
  'weights.custom': weight('custom', 'soft custom rules met'),
  'weights.novelty': weight(
    'novelty',
    'new connections: 0 for two people paired before in the history, 0.5 when only their departments have worked together, else 1; off without a history',
  ),
  'weights.rotation': weight(
    'rotation',
    "1 − the mentor's pairs of the history within rules.repeatWindowDays over the busiest mentor's, so that load spreads over cycles; off without a history",
  ),
  'weights.repeat': weight(
    'repeat',
    'pairs not made within rules.repeatWindowDays, under rules.repeatPairs "avoided"; off without a history',
  ),

  objective:
    'What the matching optimises: "total" (the highest sum of priority × score), "coverage" (as many requests matched as possible, higher priorities first), "fair" (as many pairs as possible, then the highest lowest score) or "stable" (no mentee and mentor would both rather be paired together); default "total".',
  startDate:
    'The day the cycle starts, "YYYY-MM-DD": the date on which IANA time zone names are turned into offsets; default: cycle.start, else the day the programme is read.',
  cycle:
    "The mentoring cycle: its first day and its length in weeks, which turns mentors' weeklyMinutes into hours budgets; default: none.",
  'cycle.start':
    'The first day of the cycle, "YYYY-MM-DD"; default: startDate, which it must equal when both are given.',
  'cycle.weeks': 'Length of the cycle in weeks, a whole number ≥ 1.',
  history:
    "Pairs made in earlier cycles, read by rules.repeatPairs: a previous result's matches with their date (historyFromResult). Their people may have left the programme: unknown ids are allowed, and listed in the warnings; default: none.",
  'history[].mentee': "The mentee's id in that cycle.",
  'history[].mentor': "The mentor's id in that cycle.",
  'history[].topic':
    'Micro mode: the topic of the request the pair was about; without it, the pair repeats on every topic. Classic mode: ignored.',
  'history[].date': 'The day of the pairing, "YYYY-MM-DD".',
  asOf: 'The day from which rules.repeatWindowDays counts back, "YYYY-MM-DD"; default: startDate, else the latest date of the history.',
});
