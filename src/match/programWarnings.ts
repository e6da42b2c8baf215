/**
 * `programWarnings`: what in a valid programme is allowed but most likely a mistake. Read from the
 * custom rules compiled as the scorer compiles them (src/score/customRules.ts), so a warning says
 * exactly what the scores will do.
 *
 * Time O((mentors + mentees) × (custom rules + attributes per person)): a hard rule rules out every
 * pair exactly when no mentor and mentee both meet it (`require`) or every one of each meets it
 * (`forbid`), which the compiled per-person columns answer without visiting pairs.
 */

import { type Message, msg, type Translator, translator } from '../locale/message.js';
import { compareIds } from '../model/compareIds.js';
import type { IndexedProgram } from '../model/indexProgram.js';
import { formatPath } from '../model/issues.js';
import type { Condition, Person, Program } from '../model/program.js';
import { type CompiledRule, compileRules, conditionMessage } from '../score/customRules.js';
import type { ProgramWarning, WarningCode } from './types.js';

/** Attribute names listed, at most, in an `unknownAttribute` message. */
const NAMES_SHOWN = 10;

/** Every attribute name of `people`, in id order. */
function attributeNames(people: readonly Person[]): string[] {
  const names = new Set<string>();
  for (const person of people) for (const name of Object.keys(person.attributes)) names.add(name);
  return [...names].sort(compareIds);
}

/** The attribute names a side has, as the params of an `unknownAttribute` warning. */
function known(names: readonly string[]): { known: string[]; count: number } {
  return { known: names.slice(0, NAMES_SHOWN), count: names.length };
}

/**
 * The warning as a message of the catalogs (`warning.<code>`): its params with the names quoted,
 * the path as `field`, and `more`, the attribute names not shown.
 */
export function warningMessage(w: Pick<ProgramWarning, 'code' | 'path' | 'params'>): Message {
  const p = w.params as { attribute?: string; rule?: string; known?: string[]; count?: number; id?: string };
  return msg(`warning.${w.code}`, {
    ...w.params,
    field: formatPath(w.path),
    ...(p.rule === undefined ? {} : { rule: JSON.stringify(p.rule) }),
    ...(p.attribute === undefined ? {} : { attribute: JSON.stringify(p.attribute) }),
    ...(p.id === undefined ? {} : { id: JSON.stringify(p.id) }),
    ...(p.known === undefined ? {} : { known: p.known.map((n) => JSON.stringify(n)) }),
    more: (p.count ?? 0) - (p.known?.length ?? 0),
  });
}

/** The warning with its message in `t`'s words. */
export function renderWarning(t: Translator, w: ProgramWarning): ProgramWarning {
  return { ...w, message: t.text(warningMessage(w)) };
}

const ENGLISH = translator(undefined);

/**
 * Whether some (mentee, mentor) pair passes the hard rule: for `require`, a pair where its
 * condition holds; for `forbid`, a pair where it does not. `same` values share one id space.
 */
function allowsSomePair({ rule, mentorOk, menteeOk, mentorSame, menteeSame }: CompiledRule): boolean {
  if (rule.effect === 'forbid') {
    if (!mentorOk.every((ok) => ok === 1) || !menteeOk.every((ok) => ok === 1)) return true;
    if (mentorSame === null || menteeSame === null) return false;
    // The condition holds for every pair only if everyone has one and the same value.
    const value = menteeSame[0] as number;
    return value < 0 || !menteeSame.every((v) => v === value) || !mentorSame.every((v) => v === value);
  }
  if (mentorSame === null || menteeSame === null) return mentorOk.includes(1) && menteeOk.includes(1);
  const offered = new Set<number>();
  mentorSame.forEach((v, m) => {
    if (v >= 0 && mentorOk[m] === 1) offered.add(v);
  });
  return menteeSame.some((v, e) => v >= 0 && menteeOk[e] === 1 && offered.has(v));
}

/**
 * The warnings of a parsed programme: what it allows but most likely did not mean. Each has a
 * stable `code`, the `path` to the field in the programme (as in the issues of an
 * `InvalidInputError`) and a `message` that starts with that path.
 *
 * - `unknownAttribute`: a custom rule's condition names an attribute that no person on that side
 *   has (`mentor.attribute` on no mentor, `mentee.attribute` on no mentee, `same` on no mentor or
 *   no mentee; a side with nobody on it is not checked). Path: that field, e.g.
 *   `['rules', 'custom', 2, 'mentor', 'attribute']`. A typo, most often: the message lists the
 *   attributes that side has.
 * - `rulesOutEveryPair`: a `require` or `forbid` rule that, on its own, rules out every
 *   (mentee, mentor) pair of the programme (when it has at least one of each): nobody can be
 *   matched. Path: `['rules', 'custom', k]`.
 * - `unknownHistoryId`: a `history` entry names a mentee, a mentor or (micro mode) a topic the
 *   programme does not have, so `rules.repeatPairs` never applies it. Allowed, as people leave
 *   between cycles; a typo otherwise. Path: that field, e.g. `['history', 3, 'mentor']`.
 *
 * `matchProgram` and `rematch` return these in `warnings`, and `programReport` in its report.
 *
 * Time O((mentors + mentees) × (custom rules + attributes per person) + history), never per pair.
 *
 * @param program - a programme returned by {@link parseProgram}.
 * @returns the history's warnings in entry order, then the custom rules' by rule, in the order of
 *   the rule's fields; empty when none.
 *
 * @example
 * ```ts
 * import { parseProgram, programWarnings } from 'mentormatch';
 *
 * const program = parseProgram({
 *   mode: 'micro',
 *   topics: [{ id: 'pricing' }],
 *   mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 4 }], attributes: { site: 'Lyon' } }],
 *   mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
 *   rules: { custom: [{ name: 'certified', effect: 'require', mentor: { attribute: 'certifed', equals: true } }] },
 * });
 * const warnings = programWarnings(program);
 * console.log(warnings.map((w) => w.code)); // [ 'unknownAttribute', 'rulesOutEveryPair' ]
 * console.log(warnings[0]?.message); // rules.custom[0].mentor.attribute: no mentor has the attribute "certifed" (rule "certified"); mentors have "site"
 * ```
 */
export function programWarnings(program: Program): ProgramWarning[] {
  const { mentors, mentees, rules } = program;
  const warnings: ProgramWarning[] = [];
  const warn = (code: WarningCode, path: (string | number)[], params: ProgramWarning['params']) =>
    warnings.push(renderWarning(ENGLISH, { code, path, params, message: '' }));
  historyWarnings(program, warn);
  if (rules.custom.length === 0) return warnings;
  const names = { mentor: attributeNames(mentors), mentee: attributeNames(mentees) };
  const sides = [
    { side: 'mentor', people: 'mentors', names: names.mentor, count: mentors.length },
    { side: 'mentee', people: 'mentees', names: names.mentee, count: mentees.length },
  ] as const;
  // compileRules reads nothing of the indexed programme but the programme itself: the topic and
  // people indexes, which would cost more than all the rest, are not built.
  const compiled = compileRules({ program } as Pick<IndexedProgram, 'program'> as IndexedProgram);
  compiled.forEach((c, k) => {
    const { rule } = c;
    const path = ['rules', 'custom', k];
    for (const { side, names: have, count } of sides) {
      const condition: Condition | undefined = rule[side];
      if (condition === undefined || count === 0 || have.includes(condition.attribute)) continue;
      warn('unknownAttribute', [...path, side, 'attribute'], {
        side,
        attribute: condition.attribute,
        rule: rule.name,
        ...known(have),
      });
    }
    const { same } = rule;
    const [one, two] = sides.filter((s) => same !== undefined && s.count > 0 && !s.names.includes(same));
    if (one !== undefined)
      warn(
        'unknownAttribute',
        [...path, 'same'],
        two === undefined
          ? { side: one.side, attribute: same as string, rule: rule.name, ...known(one.names) }
          : { side: 'both', attribute: same as string, rule: rule.name },
      );
    const hard = rule.effect === 'require' || rule.effect === 'forbid';
    if (!hard || mentors.length === 0 || mentees.length === 0 || allowsSomePair(c)) return;
    warn('rulesOutEveryPair', path, { rule: rule.name, effect: rule.effect, condition: conditionMessage(rule) });
  });
  return warnings;
}

/** `unknownHistoryId`: the history entries whose mentee, mentor or (micro) topic the programme lacks. */
function historyWarnings(
  program: Program,
  warn: (code: WarningCode, path: (string | number)[], params: ProgramWarning['params']) => void,
): void {
  if (program.history.length === 0) return;
  const ids = {
    mentee: new Set(program.mentees.map((e) => e.id)),
    mentor: new Set(program.mentors.map((m) => m.id)),
    topic: new Set(program.topics.map((t) => t.id)),
  };
  program.history.forEach((entry, k) => {
    for (const field of ['mentee', 'mentor', 'topic'] as const) {
      const id = entry[field];
      if (id === undefined || ids[field].has(id) || (field === 'topic' && program.mode === 'classic')) continue;
      warn('unknownHistoryId', ['history', k, field], { kind: field, id, date: entry.date });
    }
  });
}
