/**
 * Custom rules on attributes, compiled to index space: per rule, whether each mentor and each
 * mentee meets its own condition, and for `same`, an id per distinct attribute value.
 */
import { type Message, msg, translator } from '../locale/message.js';
import type { IndexedProgram } from '../model/indexProgram.js';
import type { AttributeValue, Condition, CustomRule, Person } from '../model/program.js';

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

/** Compiles every custom rule of the programme. */
export function compileRules(ix: IndexedProgram): CompiledRule[] {
  const { mentors, mentees } = ix.program;
  return ix.program.rules.custom.map((rule) => {
    let mentorSame: Int32Array | null = null;
    let menteeSame: Int32Array | null = null;
    const { same } = rule;
    if (same !== undefined) {
      const ids = new Map<string, number>();
      const idOf = (person: Person) => {
        if (!Object.hasOwn(person.attributes, same)) return -1;
        const key = JSON.stringify(person.attributes[same]);
        let k = ids.get(key);
        if (k === undefined) {
          k = ids.size;
          ids.set(key, k);
        }
        return k;
      };
      mentorSame = Int32Array.from(mentors, idOf);
      menteeSame = Int32Array.from(mentees, idOf);
    }
    return {
      rule,
      mentorOk: Uint8Array.from(mentors, (m) => (meets(m, rule.mentor) ? 1 : 0)),
      menteeOk: Uint8Array.from(mentees, (e) => (meets(e, rule.mentee) ? 1 : 0)),
      mentorSame,
      menteeSame,
    };
  });
}

/** 1 where the rule's condition holds for mentee `e` and mentor `m`, else 0. */
export function ruleHolds(compiled: CompiledRule, e: number, m: number): number {
  const { ok, target } = menteeSide(compiled, e);
  return holdsAt(compiled, ok, target, m);
}

/**
 * {@link ruleHolds} without a branch on the mentor (whether a mentor meets a condition is a coin
 * toss to the processor, asked for every candidate pair): `menteeOk` 1 where mentee `e` meets the
 * rule's own part (`menteeOk[e]`), `target` its value for `same` (`menteeSame[e]`, -1 without).
 */
export function holdsAt(compiled: CompiledRule, menteeOk: number, target: number, m: number): number {
  const { mentorOk, mentorSame } = compiled;
  const same = mentorSame === null ? 1 : +(target >= 0) & +(mentorSame[m] === target);
  return menteeOk & +(mentorOk[m] !== 0) & same;
}

/** Mentee `e`'s `menteeOk` (0 or 1) and `target` for {@link holdsAt}. */
export function menteeSide(compiled: CompiledRule, e: number): { ok: number; target: number } {
  return {
    ok: +(compiled.menteeOk[e] !== 0),
    target: compiled.mentorSame === null ? -1 : ((compiled.menteeSame as Int32Array)[e] as number),
  };
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
