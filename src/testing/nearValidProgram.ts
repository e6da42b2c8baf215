/**
 * Programme inputs one mutation away from valid, for fuzzing an integration: each is a valid
 * programme from {@link programArbitrary} with exactly one thing broken, and the path where
 * `parseProgram` reports it. The mutations are what HR exports and hand edits get wrong: a misspelt
 * mode, a level out of range or written as a string, a negative capacity, a misspelt field, a
 * request on a topic that does not exist, two mentors with one id, a time-zone offset out of range.
 */
import fc from 'fast-check';
import { type ProgramArbitraryOptions, type ProgramJson, programArbitrary } from './programArbitrary.js';

/** A near-valid programme: the input, what was broken, and the path of the issue it causes. */
export interface NearValidProgram {
  /** The programme input with one mutation (a new object; the valid one is not kept). */
  readonly input: unknown;
  /** What was broken, e.g. `'level out of range'`. */
  readonly mutation: string;
  /** The path `parseProgram` reports for it, as in `InvalidInputError.issues[k].path`. */
  readonly path: readonly (string | number)[];
}

/** A JSON value we may write into. */
type Json = Record<string, unknown>;

interface Mutation {
  readonly name: string;
  /** The path the mutation would break in `program`, or null when it cannot apply. */
  readonly where: (program: ProgramJson, pick: number) => (string | number)[] | null;
  /** Breaks `target` (the object at the path minus its last step, or the object itself). */
  readonly apply: (program: Json, path: readonly (string | number)[]) => void;
}

/** The object holding the last step of `path` (its parent). */
function parentOf(program: Json, path: readonly (string | number)[]): Json {
  let at: unknown = program;
  for (const step of path.slice(0, -1)) at = (at as Record<string | number, unknown>)[step];
  return at as Json;
}

/** Sets the value at `path`. */
function setAt(value: unknown) {
  return (program: Json, path: readonly (string | number)[]): void => {
    parentOf(program, path)[path[path.length - 1] as string] = value;
  };
}

/** A mentor with a skill, chosen by `pick`, as [mentor, skill] indices. */
function skilled(program: ProgramJson, pick: number): [number, number] | null {
  const withSkills = program.mentors.flatMap((m, i) => (m.skills.length > 0 ? [i] : []));
  if (withSkills.length === 0) return null;
  const i = withSkills[pick % withSkills.length] as number;
  return [i, pick % (program.mentors[i]?.skills.length ?? 1)];
}

/** A micro request, chosen by `pick`, as [mentee, request] indices. */
function request(program: ProgramJson, pick: number): [number, number] | null {
  const asking = program.mentees.flatMap((e, i) => ((e.requests?.length ?? 0) > 0 ? [i] : []));
  if (program.mode !== 'micro' || asking.length === 0) return null;
  const i = asking[pick % asking.length] as number;
  return [i, pick % (program.mentees[i]?.requests?.length ?? 1)];
}

const MUTATIONS: readonly Mutation[] = [
  { name: 'misspelt mode', where: () => ['mode'], apply: setAt('mikro') },
  {
    name: 'level out of range',
    where: (p, k) => {
      const at = skilled(p, k);
      return at === null ? null : ['mentors', at[0], 'skills', at[1], 'level'];
    },
    apply: setAt(9),
  },
  {
    name: 'level written as a string',
    where: (p, k) => {
      const at = request(p, k);
      return at === null ? null : ['mentees', at[0], 'requests', at[1], 'level'];
    },
    apply: setAt('3'),
  },
  {
    name: 'negative capacity',
    where: (p, k) => (p.mentors.length === 0 ? null : ['mentors', k % p.mentors.length, 'capacity']),
    apply: setAt(-1),
  },
  {
    name: 'misspelt field',
    where: (p, k) => (p.mentors.length === 0 ? null : ['mentors', k % p.mentors.length]),
    apply: (program, path) => {
      (parentOf(program, [...path, 'capcity']) as Json).capcity = 2;
    },
  },
  {
    name: 'unknown topic',
    where: (p, k) => {
      const at = request(p, k);
      return at === null ? null : ['mentees', at[0], 'requests', at[1], 'topic'];
    },
    apply: setAt('no-such-topic'),
  },
  {
    name: 'duplicate mentor id',
    where: (p, k) => (p.mentors.length < 2 ? null : ['mentors', 1 + (k % (p.mentors.length - 1)), 'id']),
    apply: (program, path) => {
      const first = (program.mentors as Json[])[0] as Json;
      setAt(first.id)(program, path);
    },
  },
  {
    name: 'time-zone offset out of range',
    where: (p, k) => (p.mentors.length === 0 ? null : ['mentors', k % p.mentors.length, 'timeZone']),
    apply: setAt(20),
  },
];

/**
 * Programme inputs one mutation away from valid, each with the path of the issue `parseProgram`
 * reports for it (see the file comment for the mutations). `options` are those of
 * {@link programArbitrary}.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { InvalidInputError, parseProgram } from 'mentormatch';
 * import { nearValidProgramArbitrary } from 'mentormatch/testing';
 *
 * fc.assert(
 *   fc.property(nearValidProgramArbitrary(), ({ input, path }) => {
 *     try {
 *       parseProgram(input);
 *       return false;
 *     } catch (error) {
 *       const paths = (error as InvalidInputError).issues.map((issue) => issue.path.join('.'));
 *       return error instanceof InvalidInputError && paths.includes(path.join('.'));
 *     }
 *   }),
 *   { seed: 1, numRuns: 50 },
 * );
 * console.log('every mutation is caught at its path'); // every mutation is caught at its path
 * ```
 */
export function nearValidProgramArbitrary(options: ProgramArbitraryOptions = {}): fc.Arbitrary<NearValidProgram> {
  return fc
    .record({ program: programArbitrary(options), mutation: fc.nat(MUTATIONS.length - 1), pick: fc.nat(1000) })
    .map(({ program, mutation, pick }): NearValidProgram => {
      // The first mutation from the one drawn that applies ('misspelt mode' always does).
      for (let k = 0; k < MUTATIONS.length; k++) {
        const m = MUTATIONS[(mutation + k) % MUTATIONS.length] as Mutation;
        const path = m.where(program, pick);
        if (path === null) continue;
        const input = structuredClone(program) as unknown as Json;
        m.apply(input, path);
        return { input, mutation: m.name, path };
      }
      throw new Error('nearValidProgramArbitrary: no mutation applies');
    });
}
