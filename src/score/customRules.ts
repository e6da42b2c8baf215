/**
 * Custom rules on attributes, compiled to index space: per rule, whether each mentor and each
 * mentee meets its own condition, and for `same`, an id per distinct attribute value.
 */
import { type Message, msg, translator } from '../locale/message.js';
import type { IndexedProgram } from '../model/indexProgram.js';
import type { AttributeValue, Condition, CustomRule, Person, Program } from '../model/program.js';

/** A custom rule ready for scoring loops. */
export interface CompiledRule {
  readonly rule: CustomRule;
  /** 1 when the mentor meets the rule's mentor condition (or it has none). */
  readonly mentorOk: Uint8Array;
  /** 1 when the mentee meets the rule's mentee condition (or it has none). */
  readonly menteeOk: Uint8Array;
  /** With `same`: the id of each person's value of that attribute, -1 when absent; else null. */
  readonly mentorSame: Int32Array | null;
  readonly menteeSame: Int32Array | null;
}

/** Whether `person` meets `condition`: the attribute is present and equals / is in the values given. */
export function meets(person: Person, condition: Condition | undefined): boolean {
  if (condition === undefined) return true;
  if (!Object.hasOwn(person.attributes, condition.attribute)) return false;
  const value = person.attributes[condition.attribute] as AttributeValue;
  if (condition.equals !== undefined && value !== condition.equals) return false;
  if (condition.in !== undefined && !condition.in.includes(value)) return false;
  return true;
}

/** The compiled rules of each programme compiled (a parsed programme is frozen: they never change). */
const compiledRules = new WeakMap<Program, readonly CompiledRule[]>();

/**
 * Compiles every custom rule of the programme, once per programme: the scoring and
 * `programWarnings` of one `matchProgram` call share them.
 */
export function compileRules(ix: IndexedProgram): readonly CompiledRule[] {
  const known = compiledRules.get(ix.program);
  if (known !== undefined) return known;
  const compiled = compile(ix.program);
  compiledRules.set(ix.program, compiled);
  return compiled;
}

/** {@link compileRules} without the cache. */
function compile(program: Program): readonly CompiledRule[] {
  const { mentors, mentees } = program;
  return program.rules.custom.map((rule) => {
    let mentorSame: Int32Array | null = null;
    let menteeSame: Int32Array | null = null;
    const { same } = rule;
    if (same !== undefined) {
      // Keyed by the value itself (a string, a finite number or a boolean: a Map tells them apart
      // as their JSON text did, -0 and 0 alike), not by a text made per person.
      const ids = new Map<AttributeValue, number>();
      const idOf = (person: Person) => {
        if (!Object.hasOwn(person.attributes, same)) return -1;
        const key = person.attributes[same] as AttributeValue;
        let k = ids.get(key);
        if (k === undefined) {
          k = ids.size;
          ids.set(key, k);
        }
        return k;
      };
      mentorSame = new Int32Array(mentors.length);
      for (let m = 0; m < mentors.length; m++) mentorSame[m] = idOf(mentors[m] as Person);
      menteeSame = new Int32Array(mentees.length);
      for (let e = 0; e < mentees.length; e++) menteeSame[e] = idOf(mentees[e] as Person);
    }
    return {
      rule,
      mentorOk: meeting(mentors, rule.mentor),
      menteeOk: meeting(mentees, rule.mentee),
      mentorSame,
      menteeSame,
    };
  });
}

/** 1 for each of `people` that {@link meets} `condition`, else 0 (a loop: `Uint8Array.from` with a function was slower). */
function meeting(people: readonly Person[], condition: Condition | undefined): Uint8Array {
  const ok = new Uint8Array(people.length);
  for (let k = 0; k < people.length; k++) ok[k] = meets(people[k] as Person, condition) ? 1 : 0;
  return ok;
}

/** 1 where the rule's condition holds for mentee `e` and mentor `m`, else 0. */
export function ruleHolds(compiled: CompiledRule, e: number, m: number): number {
  const { known, mentorOk, same, target } = menteeRule(compiled, e);
  return holdsWith(known, mentorOk, same, target, m);
}

/**
 * 1 where a rule read as a {@link MenteeRule} (its fields passed one by one, read once per mentee)
 * holds with mentor `m`, else 0: the one definition every loop over mentors calls.
 */
export function holdsWith(known: number, mentorOk: Uint8Array, same: Int32Array, target: number, m: number): number {
  return known & (mentorOk[m] as number) & +(same[m] === target);
}

/**
 * A rule as the loops over one mentee's mentors read it: it holds with mentor `m` where `known &
 * mentorOk[m] & +(same[m] === target)` is 1 ({@link holdsWith}). Arrays and numbers, read once per mentee (read through
 * the rule at every mentor, and a pass per rule, they made classic 50,000 × 5,000's scoring 7 %
 * slower, with two soft rules); and without a branch on the mentor (whether a mentor meets a
 * condition is a coin toss to the processor, asked for every candidate pair).
 */
export interface MenteeRule {
  /** 1 when mentee `e` meets the rule's own part (and, with `same`, has the attribute), else 0. */
  readonly known: number;
  /** 1 for each mentor that meets the rule's mentor condition (or it has none). */
  readonly mentorOk: Uint8Array;
  /** With `same`, each mentor's value id, else zeros (met by every mentor, as `target` is 0). */
  readonly same: Int32Array;
  readonly target: number;
}

/** Rule `compiled` as mentee `e`'s loops read it (see {@link MenteeRule}). */
export function menteeRule(compiled: CompiledRule, e: number): MenteeRule {
  const { mentorOk, mentorSame, menteeSame } = compiled;
  const target = menteeSame === null ? 0 : (menteeSame[e] as number);
  return {
    known: +(compiled.menteeOk[e] !== 0) & +(target >= 0),
    mentorOk,
    same: mentorSame ?? zeroIds(mentorOk.length),
    target,
  };
}

/** {@link menteeRule}'s zeros, kept for the next rule of as many mentors. */
let zeros = new Int32Array(0);
function zeroIds(n: number): Int32Array {
  if (zeros.length !== n) zeros = new Int32Array(n);
  return zeros;
}

/** The rule's condition, in English words. */
export function describeCondition(rule: CustomRule): string {
  return translator('en').text(conditionMessage(rule));
}

/** The rule's condition as a message (`condition.all` of `condition.*` parts). */
export function conditionMessage(rule: CustomRule): Message {
  const parts: Message[] = [];
  const side = (who: 'mentor' | 'mentee', c: Condition | undefined) => {
    if (c === undefined) return;
    const head = { side: who, attribute: c.attribute };
    if (c.equals !== undefined) parts.push(msg('condition.equals', { ...head, value: JSON.stringify(c.equals) }));
    else if (c.in !== undefined)
      parts.push(msg('condition.in', { ...head, values: c.in.map((v) => JSON.stringify(v)) }));
    else parts.push(msg('condition.has', head));
  };
  side('mentor', rule.mentor);
  side('mentee', rule.mentee);
  if (rule.same !== undefined) parts.push(msg('condition.same', { attribute: rule.same }));
  // A copy at its length (an explanation holds one per soft rule; grown by `push`, it keeps room for 16 more).
  return msg('condition.all', { parts: parts.slice() });
}
