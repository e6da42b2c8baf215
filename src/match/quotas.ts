/**
 * `rules.quotas` on a prepared programme: compiled to the numbers of `solveQuotas` (the free rows'
 * values and set, the caps left after the locked pairs), refused where they cannot be solved
 * exactly (`quota_unsupported`), and a hard minimum out of reach or locked pairs beyond a maximum
 * reported (`quota_infeasible`), each issue naming the quota's path. Exact: one `perMentor` quota and
 * one `pairs` quota on a mentee condition, under `total`, `coverage` or `fair`, when no hours budget
 * binds; a soft quota under `total`. While budgets bind, those two kinds when hard, with a bound.
 */
import { type InputIssue, InvalidInputError } from '../errors.js';
import { issue } from '../model/issues.js';
import type { Objective, Person, Program, Quota } from '../model/program.js';
import { meets } from '../score/customRules.js';
import type { ScoreTable } from '../score/scoreProgram.js';
import type { PairCount, QuotaLimits } from '../solve/internal/matching/quotaLimits.js';
import { freeProblem, type Prepared } from './prepare.js';

/** The quotas compiled, with what the check of the solution needs. */
export interface CompiledQuotas {
  readonly limits: QuotaLimits;
  /** Per counted set of `limits`: its `pairs` quota's index in `rules.quotas`. */
  readonly setQuota: readonly number[];
  /** The `crossDepartment` or share quota's index in `rules.quotas` (-1: none), its hard minimum over the free rows. */
  readonly pairs: number;
  readonly min: number;
  /** That quota's count or share over the free pairs, or null. */
  readonly cross: PairCount | null;
  /** Whether that quota is a share. */
  readonly share: boolean;
}

/** A person's value of `attribute` (`department` or a free attribute), or undefined. */
export function attributeValue(person: Person, attribute: string): unknown {
  return attribute === 'department' ? person.department : person.attributes[attribute];
}

/**
 * Whether the `pairs` quota counts mentee `e` with mentor `j`: the mentee meets its condition, or
 * (`crossDepartment`) both have a department and they differ.
 */
export function counts(program: Program, quota: Quota, e: number, j: number): boolean {
  const mentee = program.mentees[e] as Person;
  const c = quota.mentee;
  if (c === undefined) {
    const other = program.mentors[j]?.department;
    return mentee.department !== undefined && other !== undefined && mentee.department !== other;
  }
  if (c.attribute !== 'department') return meets(mentee, c);
  const v = mentee.department;
  return v !== undefined && (c.equals === undefined || c.equals === v) && (c.in === undefined || c.in.includes(v));
}

/**
 * The count of quota `q` (`rules.quotas[k]`) that mentee `e` with mentor `j` falls in (`pairs`: one
 * for all pairs; `perMentor`: one per mentor and value), and whether the quota counts them.
 */
export function quotaKey(program: Program, q: Quota, k: number, e: number, j: number): [string, boolean] {
  if (q.kind === 'pairs') return [`${k}`, counts(program, q, e, j)];
  const v = attributeValue(program.mentees[e] as Person, q.attribute as string);
  return [`${k}/${j}/${JSON.stringify(v)}`, v !== undefined];
}

/** A change to a matching: row `r` with mentor `j` added (`d` = 1) or taken away (-1); none when `r` or `j` < 0. */
export type PairChange = readonly [r: number, j: number, d: number];

/** The hard quotas' counts on a matching, kept pair by pair. */
export interface QuotaTally {
  /** Applies a change to the counts. */
  readonly add: (r: number, j: number, d: number) => void;
  /**
   * The hard quotas (bit k: `rules.quotas[k]`; a programme holds at most two) that `changes` would
   * break: each moves a count past its bound (a per-mentor cap or a `max` up, a `min` down, a
   * share past `minShare` or `maxShare`). 0: none.
   */
  readonly breaks: (changes: readonly PairChange[]) => number;
}

/**
 * A tally of `program`'s hard quotas on the pairs `assigned` holds (a mentor per row of `table`), or
 * null without hard quotas. It counts as the quota flow does: each request (micro) or mentee
 * (classic) once; a mentee's requests go to distinct mentors whenever `count` is `mentees`.
 */
export function quotaTally(program: Program, table: ScoreTable, assigned: Int32Array): QuotaTally | null {
  const quotas = program.rules.quotas;
  if (quotas.every((q) => q.soft)) return null;
  const held = new Map<string, number>();
  let all = 0;
  const key = (q: Quota, k: number, r: number, j: number) =>
    quotaKey(program, q, k, table.rows[r]?.mentee as number, j);
  const add = (r: number, j: number, d: number) => {
    all += d;
    quotas.forEach((q, k) => {
      const [at, on] = key(q, k, r, j);
      if (on) held.set(at, (held.get(at) ?? 0) + d);
    });
  };
  // Per change, each quota's count at its pair, less s × all pairs for a share s.
  const measures = (changes: readonly PairChange[]) =>
    changes.map(([r, j]) =>
      quotas.map((q, k) => (held.get(key(q, k, r, j)[0]) ?? 0) - (q.minShare ?? q.maxShare ?? 0) * all),
    );
  // The bounds of each measure (a soft quota has none).
  const I = Number.POSITIVE_INFINITY;
  const bounds = quotas.map((q) =>
    q.soft ? [-I, I] : [q.minShare === undefined ? (q.min ?? -I) : 0, q.maxShare === undefined ? (q.max ?? I) : 0],
  );
  assigned.forEach((j, r) => {
    if (j >= 0) add(r, j, 1);
  });
  const breaks = (given: readonly PairChange[]) => {
    const changes = given.filter(([r, j]) => r >= 0 && j >= 0);
    const tol = 1e-9 * Math.max(1, all);
    const was = measures(changes);
    for (const [r, j, d] of changes) add(r, j, d);
    const now = measures(changes);
    for (const [r, j, d] of changes) add(r, j, -d);
    let out = 0;
    now.forEach((m, i) => {
      m.forEach((v, k) => {
        const w = was[i]?.[k] as number;
        const [lo, hi] = bounds[k] as number[];
        if ((v > w + tol && v > (hi as number) + tol) || (v < w - tol && v < (lo as number) - tol)) out |= 1 << k;
      });
    });
    return out;
  };
  return { add, breaks };
}

/**
 * The quotas of `prepared` as numbers, or null when there are none; throws `quota_unsupported` for
 * a configuration not solved (`binds`: some hours budget binds, which only hard quotas go with)
 * and `quota_infeasible` for locked pairs beyond a hard maximum. A count of pairs marks the pairs
 * of `given` (the free rows' pattern the solvers read; `freeProblem`'s when absent), one mark per
 * pair.
 */
export function compileQuotas(
  prepared: Prepared,
  objective: Objective,
  binds: boolean,
  given?: { readonly pairs: { readonly start: Int32Array; readonly cols: Int32Array }; readonly rows: Int32Array },
): CompiledQuotas | null {
  const { program, table, locked } = prepared;
  const quotas = program.rules.quotas;
  if (quotas.length === 0) return null;
  const issues: InputIssue[] = [];
  const path = (k: number) => ['rules', 'quotas', k];
  const refuse = (k: number, cause: string) => issues.push(issue(path(k), 'quota_unsupported', { cause }));
  let perMentor = -1;
  let pairs = -1;
  // The `pairs` quotas on a mentee condition: each a counted set (a hub of the flow).
  const setQuota: number[] = [];
  quotas.forEach((q, k) => {
    const counted = q.crossDepartment === true || (q.minShare ?? q.maxShare) !== undefined;
    if (objective === 'stable') refuse(k, 'objective');
    else if (binds && q.soft === true) refuse(k, 'hoursBudget');
    else if (q.crossDepartment === true && (objective !== 'total' || q.soft === true)) refuse(k, 'pairCondition');
    else if ((q.minShare ?? q.maxShare) !== undefined && (objective !== 'total' || q.soft === true)) refuse(k, 'share');
    else if (q.kind === 'perMentor') {
      if (perMentor >= 0) refuse(k, 'crossing');
      else if ((q.count ?? 'mentees') === 'mentees' && program.mode === 'micro' && program.rules.repeatMentor)
        refuse(k, 'countMentees');
      perMentor = k;
    } else if (counted) {
      if (pairs >= 0) refuse(k, 'crossing');
      pairs = k;
    } else setQuota.push(k);
  });
  if (issues.length > 0) throw new InvalidInputError(prepared.fn, issues);
  // The solvers' rows (their table rows) and pattern.
  const solved = given ?? freeProblem(prepared, false);
  const free = solved.rows;
  const cols = table.mentorIds.length;
  const menteeOf = (r: number) => table.rows[r]?.mentee as number;
  // The capped attribute's values, numbered in order of first appearance.
  let valueRow: Int32Array | null = null;
  let values = 0;
  let valueCap = new Int32Array(0);
  let valueWeight = Number.POSITIVE_INFINITY;
  const cap = quotas[perMentor];
  if (cap !== undefined) {
    const ids = new Map<string, number>();
    const byMentee = Int32Array.from(program.mentees, (e) => {
      const v = attributeValue(e, cap.attribute as string);
      if (v === undefined) return -1;
      const key = JSON.stringify(v);
      if (!ids.has(key)) ids.set(key, ids.size);
      return ids.get(key) as number;
    });
    values = ids.size;
    valueCap = new Int32Array(cols * values).fill(cap.max as number);
    locked.forEach((j, r) => {
      const v = byMentee[menteeOf(r)] as number;
      if (j >= 0 && v >= 0) valueCap[j * values + v] = (valueCap[j * values + v] as number) - 1;
    });
    if (cap.soft === true) valueWeight = cap.weight ?? 1;
    else if (valueCap.some((c) => c < 0))
      issues.push(issue(path(perMentor), 'quota_infeasible', { cause: 'locked', max: cap.max as number }));
    for (let k = 0; k < valueCap.length; k++) valueCap[k] = Math.max(0, valueCap[k] as number);
    valueRow = Int32Array.from(free, (r) => byMentee[menteeOf(r)] as number);
  }
  // The counted sets: each row in at most one (sets that share a mentee cross: refused).
  const sets = setQuota.length;
  const setOf = new Int32Array(table.rows.length).fill(-1);
  const setMin = new Float64Array(sets);
  const setMax = new Float64Array(sets);
  const setWeight = new Float64Array(sets);
  setQuota.forEach((k, t) => {
    const q = quotas[k] as Quota;
    let lockedIn = 0;
    let shared = false;
    for (let r = 0; r < setOf.length; r++) {
      if (!counts(program, q, menteeOf(r), 0)) continue;
      if ((setOf[r] as number) >= 0) shared = true;
      else setOf[r] = t;
      if ((locked[r] as number) >= 0 && setOf[r] === t) lockedIn++;
    }
    if (shared) refuse(k, 'crossing');
    setMin[t] = Math.max(0, (q.min ?? 0) - lockedIn);
    let max = (q.max ?? Number.POSITIVE_INFINITY) - lockedIn;
    setWeight[t] = q.soft === true ? (q.weight ?? 1) : Number.POSITIVE_INFINITY;
    if (q.soft !== true && max < 0)
      issues.push(issue(path(k), 'quota_infeasible', { cause: 'locked', max: q.max as number }));
    max = Math.max(0, max);
    setMax[t] = max;
  });
  let min = 0;
  let cross: PairCount | null = null;
  const count = quotas[pairs];
  const share = count?.minShare ?? count?.maxShare;
  if (count !== undefined) {
    // Whether the quota counts row r with mentor j.
    const holds = (r: number, j: number) => (counts(program, count, menteeOf(r), j) ? 1 : 0);
    let lockedIn = 0;
    locked.forEach((j, r) => {
      if (j >= 0) lockedIn += holds(r, j);
    });
    min = Math.max(0, (count.min ?? 0) - lockedIn);
    let max = (count.max ?? Number.POSITIVE_INFINITY) - lockedIn;
    if (max < 0) issues.push(issue(path(pairs), 'quota_infeasible', { cause: 'locked', max: count.max as number }));
    max = Math.max(0, max);
    // A share s of all pairs: each pair adds holds − s, and the sum (locked pairs included) stays ≥ 0
    // (minShare) or ≤ 0 (maxShare).
    if (share !== undefined) {
      let fixed = 0;
      locked.forEach((j, r) => {
        if (j >= 0) fixed += holds(r, j) - share;
      });
      min = count.minShare === undefined ? Number.NEGATIVE_INFINITY : -fixed;
      max = count.maxShare === undefined ? Number.POSITIVE_INFINITY : -fixed;
    }
    const freePairs = solved.pairs;
    const marked = new Float64Array(freePairs.cols.length);
    for (let k = 0; k < free.length; k++) {
      for (let e = freePairs.start[k] as number; e < (freePairs.start[k + 1] as number); e++)
        marked[e] = holds(free[k] as number, freePairs.cols[e] as number) - (share ?? 0);
    }
    cross = { marked, min, max };
  }
  if (issues.length > 0) throw new InvalidInputError(prepared.fn, issues);
  const inSet = sets === 0 ? null : Int32Array.from(free, (r) => setOf[r] as number);
  return {
    limits: { rowValue: valueRow, valueCap, values, valueWeight, inSet, min: setMin, max: setMax, setWeight },
    setQuota,
    pairs,
    min,
    cross,
    share: share !== undefined,
  };
}

/**
 * The error of hard `pairs` bounds that no matching found keeps while hours budgets bind (the
 * relaxation keeps them: none is proven impossible): the quotas of the sets in `short` (-1: the
 * count across departments).
 */
export function minimumNotFound(
  prepared: Prepared,
  compiled: CompiledQuotas,
  short: readonly number[],
): InvalidInputError {
  return new InvalidInputError(
    prepared.fn,
    short.map((t) =>
      issue(['rules', 'quotas', t < 0 ? compiled.pairs : (compiled.setQuota[t] as number)], 'quota_unsupported', {
        cause: 'hoursBudgetMinimum',
      }),
    ),
  );
}

/**
 * The error of a count quota (across departments, or a share) whose maximum the matching found
 * could not keep without taking a counted set below its minimum (none proven impossible).
 */
export function countNotKept(prepared: Prepared, compiled: CompiledQuotas): InvalidInputError {
  return new InvalidInputError(prepared.fn, [
    issue(['rules', 'quotas', compiled.pairs], 'quota_unsupported', { cause: 'crossing' }),
  ]);
}

/**
 * Throws `quota_infeasible` for each hard set minimum the flow's matching misses (`held`: the rows
 * of each set it holds; the flow meets every minimum that can be met together): with one minimum,
 * the most a matching reaches; with several, that they cannot all be met at once.
 */
export function checkSetMinimums(prepared: Prepared, compiled: CompiledQuotas, held: Int32Array): void {
  const { min, setWeight } = compiled.limits;
  const hard = compiled.setQuota.filter((_, t) => !Number.isFinite(setWeight[t] as number) && (min[t] as number) > 0);
  const issues: InputIssue[] = [];
  compiled.setQuota.forEach((k, t) => {
    if (Number.isFinite(setWeight[t] as number) || (held[t] as number) >= (min[t] as number)) return;
    const quota = prepared.program.rules.quotas[k] as Quota;
    const fixed = (quota.min ?? 0) - (min[t] as number);
    const params =
      hard.length > 1
        ? { cause: 'together' }
        : { cause: 'min', min: quota.min ?? 0, most: (held[t] as number) + fixed };
    issues.push(issue(['rules', 'quotas', k], 'quota_infeasible', params));
  });
  if (issues.length > 0) throw new InvalidInputError(prepared.fn, issues);
}

/**
 * Throws `quota_infeasible` when the matching holds fewer rows of the hard count quota (across
 * departments, or a share) than its min (`matched`: how many it holds), or `matched` is null (no
 * matching reaches its share).
 */
export function checkMinimum(prepared: Prepared, compiled: CompiledQuotas, matched: number | null): void {
  const path = ['rules', 'quotas', compiled.pairs];
  // Fewer than its max out of reach: only the sets' minimums force pairs in (`matched`: the fewest).
  if (compiled.pairs >= 0 && matched !== null && matched > (compiled.cross?.max ?? Number.POSITIVE_INFINITY) + 1e-9)
    throw new InvalidInputError(prepared.fn, [issue(path, 'quota_infeasible', { cause: 'together' })]);
  if (compiled.pairs < 0 || (matched !== null && matched >= compiled.min)) return;
  if (matched === null) throw new InvalidInputError(prepared.fn, [issue(path, 'quota_infeasible', { cause: 'share' })]);
  const quota = prepared.program.rules.quotas[compiled.pairs] as Quota;
  const fixed = (quota.min ?? 0) - compiled.min;
  throw new InvalidInputError(prepared.fn, [
    issue(path, 'quota_infeasible', {
      cause: 'min',
      min: quota.min ?? 0,
      most: matched + fixed,
    }),
  ]);
}
