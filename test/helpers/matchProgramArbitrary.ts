/**
 * fast-check generators of programmes for the `matchProgram` tests, built on
 * test/helpers/programArbitrary.ts (which stays as it is) with what matching needs on top:
 *
 * - a bound on the demand rows (`maxRows`: micro requests are cut, in mentee order, beyond it;
 *   forbidden pairs naming a request cut are dropped);
 * - request hours either uniform (one length for every request, or every one left to the default,
 *   the case where hours budgets are exact capacities) or mixed (each request 0.5 to 4 h, a knapsack);
 * - tighter capacities (0..3 on four mentors in five) and more varied hours budgets (0..10 h, or
 *   none, or the base generator's); with `budgets: 'tight'`, every mentor gets a budget of 1 to
 *   6 h and a capacity of 1 to 4 or the default, so that the hours, not the places, bind;
 * - request priorities from the base generator (0.5, 1, 2, 3 or the default 1);
 * - valid locked pairs: drawn (row, mentor) pairs kept when the pair is allowed and the mentor still
 *   has the place, the hours and (micro, without `rules.repeatMentor`) no other request of the
 *   mentee, each lock checked against the locks before it, as `matchProgram` checks them.
 *
 * Classic mentors never get an hours budget: a classic programme with one is an `InvalidInputError`
 * (classic mentees take no hours).
 */
import fc from 'fast-check';
import { parseProgram, scoreProgram } from '../../src/index.js';
import {
  type MenteeJson,
  type PairJson,
  type ProgramArbitraryOptions,
  type ProgramJson,
  programArbitrary,
} from './programArbitrary.js';

/** Options of {@link matchProgramArbitrary}. */
export interface MatchArbitraryOptions extends ProgramArbitraryOptions {
  /** Most demand rows (default 12). */
  readonly maxRows?: number;
  /** Request hours: one length for all, each its own, or either (default `any`). */
  readonly hours?: 'uniform' | 'mixed' | 'any';
  /** Most locked pairs drawn (default 3; fewer are kept when they do not fit). */
  readonly maxLocks?: number;
  /** Hours budgets as drawn (0..10 h, often none), or tight ones on every mentor (default `drawn`). */
  readonly budgets?: 'drawn' | 'tight';
}

/** Hours a request may take. */
const LENGTHS = [0.5, 1, 2, 3, 4] as const;
/** Hours budgets drawn on top of the base generator's (0, 2, 10). */
const BUDGETS = [0, 1, 2, 3, 4, 6, 10] as const;
/** Hours budgets of `budgets: 'tight'`. */
const TIGHT_BUDGETS = [1, 2, 2.5, 3, 4, 5, 6] as const;
/** Slots of per-mentor and per-row material drawn (more than any programme here uses). */
const SLOTS = 40;

const extras = (maxLocks: number) =>
  fc.record({
    uniform: fc.boolean(),
    length: fc.option(fc.constantFrom(...LENGTHS), { nil: undefined }),
    lengths: fc.array(fc.constantFrom(...LENGTHS), { minLength: SLOTS, maxLength: SLOTS }),
    capacities: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), {
      minLength: SLOTS,
      maxLength: SLOTS,
    }),
    budgets: fc.array(fc.option(fc.option(fc.constantFrom(...BUDGETS), { nil: undefined }), { nil: null }), {
      minLength: SLOTS,
      maxLength: SLOTS,
    }),
    locks: fc.array(fc.record({ row: fc.nat(), mentor: fc.nat() }), { maxLength: maxLocks }),
    tight: fc.array(fc.constantFrom(...TIGHT_BUDGETS), { minLength: SLOTS, maxLength: SLOTS }),
  });

type Extras = ReturnType<typeof extras> extends fc.Arbitrary<infer T> ? T : never;

/** Programme inputs for matching; see the file comment. */
export function matchProgramArbitrary(options: MatchArbitraryOptions = {}): fc.Arbitrary<ProgramJson> {
  const maxRows = options.maxRows ?? 12;
  const hours = options.hours ?? 'any';
  return fc
    .tuple(
      programArbitrary({ ...options, maxMentees: options.maxMentees ?? Math.min(5, maxRows) }),
      extras(options.maxLocks ?? 3),
    )
    .map(([input, extra]) => {
      const uniform = hours === 'any' ? extra.uniform : hours === 'uniform';
      const shaped = reshape(input, extra, uniform, maxRows);
      return withLocks(options.budgets === 'tight' ? tighten(shaped, extra) : shaped, extra.locks);
    });
}

/** Rows cut to `maxRows`, hours, capacities and budgets redrawn. */
function reshape(input: ProgramJson, extra: Extras, uniform: boolean, maxRows: number): ProgramJson {
  let left = maxRows;
  let slot = 0;
  const mentees: MenteeJson[] = input.mentees.slice(0, input.mode === 'classic' ? maxRows : undefined).map((e) => {
    if (input.mode !== 'micro') return e;
    const requests = (e.requests ?? []).slice(0, Math.max(0, left)).map((q) => {
      const { hours: _, ...rest } = q;
      const h = uniform ? extra.length : extra.lengths[slot++ % SLOTS];
      return h === undefined ? rest : { ...rest, hours: h };
    });
    left -= requests.length;
    return { ...e, requests };
  });
  const mentors = input.mentors.map((m, k) => {
    const capacity = extra.capacities[k];
    const drawn = extra.budgets[k];
    const budget = input.mode === 'classic' ? undefined : drawn === null ? m.hoursBudget : drawn;
    const { hoursBudget: _, ...rest } = m;
    return {
      ...rest,
      ...(capacity !== undefined ? { capacity } : m.capacity !== undefined ? { capacity: m.capacity } : {}),
      ...(budget !== undefined ? { hoursBudget: budget } : {}),
    };
  });
  const out: ProgramJson = { ...input, mentors, mentees };
  const forbidden = input.rules?.forbiddenPairs?.filter((p) => {
    const e = mentees.find((x) => x.id === p.mentee);
    if (e === undefined) return false;
    return p.topic === undefined || (e.requests ?? []).some((q) => q.topic === p.topic);
  });
  if (input.rules !== undefined) {
    const { forbiddenPairs: _, ...rules } = input.rules;
    out.rules = forbidden !== undefined && forbidden.length > 0 ? { ...rules, forbiddenPairs: forbidden } : rules;
  }
  return out;
}

/** Every mentor a tight budget, and a capacity of 1 to 4 (or the default). */
function tighten(input: ProgramJson, extra: Extras): ProgramJson {
  const mentors = input.mentors.map((m, k) => {
    const capacity = extra.capacities[k];
    const { capacity: _, hoursBudget: __, ...rest } = m;
    return {
      ...rest,
      ...(capacity === undefined ? {} : { capacity: capacity + 1 }),
      hoursBudget: extra.tight[k % SLOTS] as number,
    };
  });
  return { ...input, mentors };
}

/** Adds the drawn locks that fit, in order (see the file comment). */
export function withLocks(input: ProgramJson, draws: readonly { row: number; mentor: number }[]): ProgramJson {
  if (draws.length === 0) return input;
  const program = parseProgram(input);
  const table = scoreProgram(program);
  const rows = table.rows.length;
  const cols = table.mentorIds.length;
  if (rows === 0 || cols === 0) return input;
  const capacity = program.mentors.map((m) => m.capacity);
  const hoursLeft = program.mentors.map((m) => m.hoursBudget ?? Number.POSITIVE_INFINITY);
  const lockedRow = new Array<number>(rows).fill(-1);
  const distinct = program.mode === 'micro' && !program.rules.repeatMentor;
  const locks: PairJson[] = [];
  for (const { row: r0, mentor: j0 } of draws) {
    const r = r0 % rows;
    const j = j0 % cols;
    const row = table.rows[r]!;
    if (lockedRow[r] !== -1 || table.scores.data[r * cols + j] === Number.NEGATIVE_INFINITY) continue;
    if (capacity[j]! <= 0 || row.hours > hoursLeft[j]!) continue;
    if (distinct && table.rows.some((x, q) => x.mentee === row.mentee && lockedRow[q] === j)) continue;
    lockedRow[r] = j;
    capacity[j]!--;
    hoursLeft[j]! -= row.hours;
    locks.push({
      mentee: row.menteeId,
      mentor: table.mentorIds[j]!,
      ...(row.topic === undefined ? {} : { topic: row.topic }),
    });
  }
  if (locks.length === 0) return input;
  return { ...input, rules: { ...(input.rules ?? {}), lockedPairs: locks } };
}

/** Small micro programmes whose hours budgets bind: up to 10 requests × 4 mentors, locks sometimes. */
export const SMALL_BUDGETED: MatchArbitraryOptions = {
  mode: 'micro',
  hours: 'mixed',
  budgets: 'tight',
  minMentors: 1,
  maxMentors: 4,
  minMentees: 3,
  maxMentees: 8,
  maxRows: 10,
  maxLocks: 2,
};

/** Larger ones, for the HiGHS checks: up to 40 requests × 6 to 10 mentors. */
export const LARGE_BUDGETED: MatchArbitraryOptions = {
  mode: 'micro',
  hours: 'mixed',
  budgets: 'tight',
  minMentors: 6,
  maxMentors: 10,
  minMentees: 12,
  maxMentees: 20,
  maxRows: 40,
  maxLocks: 4,
};
