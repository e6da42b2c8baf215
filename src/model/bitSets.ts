/** Sets of words (languages, values) as bit masks, for the scoring loops. Internal. */
import type { Person } from './program.js';

/** Both sides' sets over one numbering of the words: `words` 32-bit words per person. */
export interface BitSets {
  readonly words: number;
  /** Person `k`'s set is `masks[k * words]` to `masks[k * words + words - 1]`. */
  readonly mentors: Uint32Array;
  readonly mentees: Uint32Array;
}

/**
 * Numbers the distinct words `pick` gives for every mentor and mentee (bit `b` of a set is word
 * `b >>> 5`, bit `b & 31`) and returns each person's set as a mask.
 */
export function bitSets(
  mentors: readonly Person[],
  mentees: readonly Person[],
  pick: (person: Person) => readonly string[],
): BitSets {
  const ids = new Map<string, number>();
  for (const person of [...mentors, ...mentees]) for (const w of pick(person)) if (!ids.has(w)) ids.set(w, ids.size);
  const words = Math.max(1, Math.ceil(ids.size / 32));
  const masks = (people: readonly Person[]) => {
    const out = new Uint32Array(people.length * words);
    people.forEach((person, k) => {
      for (const w of pick(person)) {
        const bit = ids.get(w) as number;
        const at = k * words + (bit >>> 5);
        out[at] = ((out[at] as number) | (1 << (bit & 31))) >>> 0;
      }
    });
    return out;
  };
  return { words, mentors: masks(mentors), mentees: masks(mentees) };
}

/** The number of bits set in the 32-bit word `x`. */
export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
