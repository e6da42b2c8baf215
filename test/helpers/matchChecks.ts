/**
 * Checks of a `matchProgram` result on its own, against the independent model of
 * test/helpers/matchBruteForce.ts: the matches map back to demand rows and mentors, the matching is
 * feasible (allowed pairs, capacities, budgets, distinct mentors, locks kept), every field agrees
 * with the score table, the summary's figures recount, and every unmatched unit's reason is true:
 *
 * - `noExpert` (micro): `rules.levelRequired` is on and every mentor's own level on the topic is
 *   below the level asked (so every pair is forbidden);
 * - `ruledOut`: every pair of the row is forbidden, and the rules listed are exactly those the
 *   explanations give, each with the number of mentors it forbids;
 * - `sameMentee`: some mentor is allowed, and every allowed one already has another request of the
 *   mentee;
 * - `mentorsFull`: every allowed mentor not already serving the mentee (the candidates) is at
 *   capacity; `placesTakenBy` are the mentees of the first-listed (best-scoring) candidate with any
 *   place (capacity above 0), in id order (mentee id, then topic);
 * - `hoursBudget`: some candidate has a place, and every candidate with a place lacks the hours;
 * - `objective`: the mentors listed are exactly the candidates with a place and the hours. When the
 *   result is exact, the objective could not have left the row out with a pair that raises it: for
 *   `total` every such mentor scores 0, and for `coverage` and `fair` the code cannot occur (one more
 *   pair would be a larger matching).
 *
 * Every list of mentors a reason gives is in the order the library promises: best score first,
 * ties by mentor id (code-unit order, never input position). The summary's `greedy` figures are
 * those of first come, first served recomputed in test/helpers/matchIdOrder.ts: the locked pairs,
 * then each row in id order (mentee id, then topic) taking the best-scoring mentor (ties: the
 * lowest id) with a place, the hours and no other request of the mentee. The proof fields hold together: `boundOn` is one of the
 * objective's figures, `gap` is 0 exactly when `exact`, `bound` is at least the figure reached (equal
 * when exact, and then about the objective's last figure), `gap` is `(bound − reached) / bound`;
 * `stable` has none of them. Without an hours budget that applies (classic mode, or no mentor with
 * one), every result is exact after 0 search nodes.
 */

import type { MatchResult, Program, ScoreTable } from '../../src/index.js';
import { LISTED } from '../../src/match/reasons.js';
import {
  compareFigure,
  type Figures,
  figuresOf,
  HOURS_SLACK,
  LEVELS,
  type MatchProblem,
  scoreAt,
  violations,
} from './matchBruteForce.js';
import { byId, greedyAssignment, rowsInIdOrder } from './matchIdOrder.js';

/** Whether sums `a` and `b` agree to rounding (they are added in different orders). */
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

/** Problems with summary figures `s` against the recounted `f` (`what` names them in messages). */
function figureProblems(what: string, rows: number, s: MatchResult['summary']['greedy'], f: Figures): string[] {
  const out: string[] = [];
  if (s.demand !== rows) out.push(`${what}.demand ${s.demand}, ${rows} rows`);
  if (s.matched !== f.matched) out.push(`${what}.matched ${s.matched}, counted ${f.matched}`);
  if (s.matchedShare !== (rows === 0 ? 0 : f.matched / rows)) out.push(`${what}.matchedShare ${s.matchedShare}`);
  if (!near(s.totalScore, f.totalScore)) out.push(`${what}.totalScore ${s.totalScore}, counted ${f.totalScore}`);
  if (!near(s.weightedMatched, f.weightedMatched))
    out.push(`${what}.weightedMatched ${s.weightedMatched}, counted ${f.weightedMatched}`);
  if (!near(s.weightedTotal, f.weightedTotal))
    out.push(`${what}.weightedTotal ${s.weightedTotal}, counted ${f.weightedTotal}`);
  if (s.lowestScore !== (f.matched === 0 ? null : f.lowestScore))
    out.push(`${what}.lowestScore ${s.lowestScore}, counted ${f.lowestScore}`);
  const mean = f.matched === 0 ? null : f.totalScore / f.matched;
  if (mean === null ? s.meanScore !== null : !near(s.meanScore ?? Number.NaN, mean))
    out.push(`${what}.meanScore ${s.meanScore}`);
  return out;
}

/** Problems with the summary's proof fields (see the file comment); `f` are the result's figures. */
export function proofProblems(result: MatchResult, f: Figures): string[] {
  const out: string[] = [];
  const { exact, bound, boundOn, gap, nodes } = result.summary;
  if (typeof exact !== 'boolean') out.push(`summary.exact ${exact}`);
  if (!Number.isSafeInteger(nodes) || nodes < 0) out.push(`summary.nodes ${nodes}`);
  if (result.objective === 'stable') {
    if (bound !== null || boundOn !== null || gap !== null)
      out.push(`stable: bound ${bound}, boundOn ${boundOn}, gap ${gap}, expected null`);
    return out;
  }
  const levels = LEVELS[result.objective];
  if (boundOn === null || !levels.includes(boundOn))
    return [...out, `summary.boundOn ${boundOn} for ${result.objective}`];
  if (bound === null || !Number.isFinite(bound)) return [...out, `summary.bound ${bound}`];
  if (gap === null || !Number.isFinite(gap) || gap < 0) return [...out, `summary.gap ${gap}`];
  if (exact !== (gap === 0)) out.push(`summary.exact ${exact} with gap ${gap}`);
  if (boundOn === 'lowestScore' && f.matched === 0) return out;
  const reached = f[boundOn];
  const c = compareFigure(boundOn, bound, reached);
  if (c < 0) out.push(`summary.bound ${bound} on ${boundOn} is below the ${reached} reached`);
  if (exact) {
    if (boundOn !== levels[levels.length - 1]) out.push(`exact, but boundOn is ${boundOn}`);
    if (c !== 0) out.push(`exact, but summary.bound ${bound} is not the ${reached} reached on ${boundOn}`);
  } else if (bound !== 0 && Math.abs(gap - (bound - reached) / Math.abs(bound)) > 1e-9) {
    out.push(`summary.gap ${gap}, (bound − reached) / bound is ${(bound - reached) / Math.abs(bound)}`);
  }
  return out;
}

/** The matching as a mentor column per demand row (-1 = unmatched); throws on an unknown pair. */
export function assignedOf(result: MatchResult, table: ScoreTable): Int32Array {
  const assigned = new Int32Array(table.rows.length).fill(-1);
  for (const m of result.matches) {
    const r = table.rows.findIndex((row) => row.menteeId === m.mentee && row.topic === m.topic);
    const j = table.mentorIds.indexOf(m.mentor);
    if (r < 0 || j < 0) throw new Error(`match ${m.mentee}/${m.topic}→${m.mentor} names no row or mentor`);
    if (assigned[r] !== -1) throw new Error(`row ${r} (${m.mentee}/${m.topic}) is matched twice`);
    assigned[r] = j;
  }
  return assigned;
}

/** Everything wrong with `result`, in words (empty when all holds). */
export function resultProblems(
  program: Program,
  table: ScoreTable,
  problem: MatchProblem,
  result: MatchResult,
): string[] {
  const out: string[] = [];
  let assigned: Int32Array;
  try {
    assigned = assignedOf(result, table);
  } catch (error) {
    return [(error as Error).message];
  }
  out.push(...violations(problem, assigned));
  const { rows, cols } = problem;
  const ids = table.mentorIds;
  // Matches: in demand order, fields from the table.
  let previous = -1;
  for (const m of result.matches) {
    const r = table.rows.findIndex((row) => row.menteeId === m.mentee && row.topic === m.topic);
    const j = ids.indexOf(m.mentor);
    if (r <= previous) out.push(`matches out of demand order at ${m.mentee}/${m.topic}`);
    previous = r;
    if (!Object.is(m.score, scoreAt(problem, r, j)))
      out.push(`match of row ${r}: score ${m.score}, table ${scoreAt(problem, r, j)}`);
    if (m.locked !== (problem.locked[r] === j)) out.push(`match of row ${r}: locked is ${m.locked}`);
    if (m.priority !== problem.priority[r])
      out.push(`match of row ${r}: priority ${m.priority}, ${problem.priority[r]}`);
    if (!Object.is(m.explanation.score, m.score) || m.explanation.forbidden)
      out.push(`match of row ${r}: explanation ${m.explanation.summary}`);
    if ((program.mode === 'micro') !== (m.topic !== undefined)) out.push(`match of row ${r}: topic ${m.topic}`);
  }
  // Loads after the matching.
  const load = new Array<number>(cols).fill(0);
  const given = new Array<number>(cols).fill(0);
  assigned.forEach((j, r) => {
    if (j < 0) return;
    load[j]!++;
    given[j]! += problem.hours[r]!;
  });
  // Summary.
  const f = figuresOf(problem, assigned);
  const s = result.summary;
  out.push(...figureProblems('summary', rows, s, f));
  out.push(...figureProblems('summary.greedy', rows, s.greedy, figuresOf(problem, greedyAssignment(problem, table))));
  out.push(...proofProblems(result, f));
  // Without an hours budget that applies, the flow optimum is exact and no search runs.
  if (
    (program.mode === 'classic' || program.mentors.every((m) => m.hoursBudget === undefined)) &&
    !(s.exact && s.nodes === 0)
  )
    out.push(`no hours budget applies, but exact is ${s.exact} after ${s.nodes} nodes`);
  if (s.mentorLoad.length !== cols) out.push(`summary.mentorLoad has ${s.mentorLoad.length} entries`);
  s.mentorLoad.forEach((ml, j) => {
    const mentor = program.mentors[j];
    if (ml.mentor !== ids[j] || ml.load !== load[j] || ml.capacity !== mentor?.capacity)
      out.push(`summary.mentorLoad[${j}] ${JSON.stringify(ml)}, load ${load[j]}`);
    if (ml.hoursBudget !== mentor?.hoursBudget) out.push(`summary.mentorLoad[${j}].hoursBudget ${ml.hoursBudget}`);
    if (mentor?.hoursBudget !== undefined && Math.abs((ml.hours ?? Number.NaN) - given[j]!) > HOURS_SLACK)
      out.push(`summary.mentorLoad[${j}].hours ${ml.hours}, given ${given[j]}`);
  });
  out.push(...reasonProblems(program, table, problem, result, assigned, load, given));
  return out;
}

/** Problems with `result.unmatched` (see the file comment). */
function reasonProblems(
  program: Program,
  table: ScoreTable,
  problem: MatchProblem,
  result: MatchResult,
  assigned: Int32Array,
  load: readonly number[],
  given: readonly number[],
): string[] {
  const out: string[] = [];
  const { rows, cols } = problem;
  const ids = table.mentorIds;
  const unmatchedRows: number[] = [];
  for (let r = 0; r < rows; r++) if (assigned[r] === -1) unmatchedRows.push(r);
  if (result.unmatched.length !== unmatchedRows.length)
    return [`${result.unmatched.length} reasons for ${unmatchedRows.length} unmatched rows`];
  result.unmatched.forEach((u, k) => {
    const r = unmatchedRows[k] as number;
    const row = table.rows[r]!;
    const at = `unmatched ${u.mentee}/${u.topic ?? '-'} (${u.code})`;
    const bad = (what: string) => out.push(`${at}: ${what}`);
    if (u.mentee !== row.menteeId || u.topic !== row.topic) {
      bad(`expected row ${r} (${row.menteeId}/${row.topic})`);
      return;
    }
    if (typeof u.reason !== 'string' || u.reason.length === 0) bad('empty reason');
    const allowed: number[] = [];
    for (let j = 0; j < cols; j++) if (scoreAt(problem, r, j) > Number.NEGATIVE_INFINITY) allowed.push(j);
    const serving = (j: number) => {
      for (let q = 0; q < rows; q++)
        if (q !== r && assigned[q] === j && problem.group[q] === problem.group[r]) return true;
      return false;
    };
    const candidates = allowed.filter((j) => !serving(j));
    const roomy = candidates.filter((j) => load[j]! < problem.capacity[j]!);
    const fits = roomy.filter((j) => given[j]! + problem.hours[r]! <= problem.budget[j]! + HOURS_SLACK);
    // `mentors` lists the best-scoring LISTED of the mentors the reason is about, best first
    // (ties: by id).
    const listed = (list: readonly number[]) => {
      const expected = [...list]
        .sort((a, b) => scoreAt(problem, r, b) - scoreAt(problem, r, a) || byId(ids[a]!, ids[b]!))
        .slice(0, LISTED)
        .map((j) => ids[j] as string);
      if (JSON.stringify(u.mentors) !== JSON.stringify(expected))
        bad(`mentors ${JSON.stringify(u.mentors)}, expected ${JSON.stringify(expected)}`);
    };
    const levelBlocksAll =
      program.mode === 'micro' &&
      program.rules.levelRequired &&
      cols > 0 &&
      program.mentors.every((m) => (m.skills.find((sk) => sk.topic === row.topic)?.level ?? 0) < (row.level ?? 0));
    switch (u.code) {
      case 'noExpert':
        if (!levelBlocksAll) bad('some mentor masters the topic at the level asked');
        if (allowed.length > 0) bad('some pair is allowed');
        listed([]);
        break;
      case 'ruledOut': {
        if (allowed.length > 0) bad(`mentors ${allowed.join(', ')} are allowed`);
        if (levelBlocksAll) bad('levelRequired alone rules out every mentor: noExpert');
        const counts = new Map<string, number>();
        for (let j = 0; j < cols; j++)
          for (const x of table.explain(r, j).rules) counts.set(x.rule, (counts.get(x.rule) ?? 0) + 1);
        // Most mentors first, ties by rule name.
        const expected = [...counts]
          .map(([rule, mentors]) => ({ rule, mentors }))
          .sort((a, b) => b.mentors - a.mentors || byId(a.rule, b.rule));
        const got = u.rules.map((x) => ({ rule: x.rule, mentors: x.mentors }));
        if (JSON.stringify(got) !== JSON.stringify(expected))
          bad(`rules ${JSON.stringify(got)}, explanations give ${JSON.stringify(expected)}`);
        for (const x of got) if (!u.reason.includes(x.rule)) bad(`reason does not name ${x.rule}`);
        listed([]);
        break;
      }
      case 'sameMentee':
        if (allowed.length === 0) bad('no mentor is allowed at all');
        if (candidates.length > 0) bad(`mentors ${candidates.join(', ')} are allowed and not serving the mentee`);
        listed(allowed);
        break;
      case 'mentorsFull': {
        if (candidates.length === 0) bad('no candidate');
        if (roomy.length > 0) bad(`mentors ${roomy.map((j) => ids[j]).join(', ')} have places left`);
        listed(candidates);
        const first = ids.indexOf(u.mentors[0] ?? '');
        if (first >= 0) {
          const best = Math.max(...candidates.map((j) => scoreAt(problem, r, j)));
          if (scoreAt(problem, r, first) !== best) bad(`first mentor ${ids[first]} is not the best-scoring candidate`);
          // placesTakenBy: the mentees of the first-listed candidate that has places at all, in id
          // order (mentee, then topic).
          const top = ids.indexOf(u.mentors.find((id) => (problem.capacity[ids.indexOf(id)] ?? 0) > 0) ?? '');
          const takers = rowsInIdOrder(table)
            .filter((q) => top >= 0 && assigned[q] === top)
            .map((q) => table.rows[q]!.menteeId);
          if (JSON.stringify(u.placesTakenBy) !== JSON.stringify(takers))
            bad(`placesTakenBy ${JSON.stringify(u.placesTakenBy)}, ${ids[top]} has ${JSON.stringify(takers)}`);
        }
        break;
      }
      case 'hoursBudget':
        if (roomy.length === 0) bad('no candidate has a place');
        if (fits.length > 0) bad(`mentors ${fits.map((j) => ids[j]).join(', ')} have a place and the hours`);
        listed(roomy);
        break;
      case 'objective':
        if (fits.length === 0) bad('no candidate had a place and the hours');
        listed(fits);
        if (result.summary.exact) {
          if (result.objective !== 'total') bad(`a ${result.objective} optimum cannot leave a free pair out`);
          for (const j of fits)
            if (scoreAt(problem, r, j) > 0) bad(`${ids[j]} (score ${scoreAt(problem, r, j)}) would raise the total`);
        }
        break;
      default:
        bad('unknown code');
    }
    if (u.code !== 'mentorsFull' && u.placesTakenBy.length > 0) bad('placesTakenBy is not empty');
    if (u.code !== 'ruledOut' && u.code !== 'noExpert' && u.rules.length > 0) bad('rules is not empty');
  });
  return out;
}
