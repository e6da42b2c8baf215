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
 *   place (capacity above 0);
 * - `hoursBudget`: some candidate has a place, and every candidate with a place lacks the hours;
 * - `objective`: the mentors listed are exactly the candidates with a place and the hours. When the
 *   result is exact, the objective could not have left the row out with a pair that raises it: for
 *   `total` every such mentor scores 0, and for `coverage` and `fair` the code cannot occur (one more
 *   pair would be a larger matching).
 */

import type { MatchResult, Program, ScoreTable } from '../../src/index.js';
import { LISTED } from '../../src/match/reasons.js';
import { figuresOf, HOURS_SLACK, type MatchProblem, scoreAt, violations } from './matchBruteForce.js';

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

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && new Set(a).size === a.length && b.every((x) => a.includes(x));

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
  if (s.demand !== rows) out.push(`summary.demand ${s.demand}, ${rows} rows`);
  if (s.matched !== f.size) out.push(`summary.matched ${s.matched}, counted ${f.size}`);
  if (s.matchedShare !== (rows === 0 ? 0 : f.size / rows)) out.push(`summary.matchedShare ${s.matchedShare}`);
  if (Math.abs(s.totalScore - f.total) > 1e-12) out.push(`summary.totalScore ${s.totalScore}, counted ${f.total}`);
  if (s.lowestScore !== (f.size === 0 ? null : f.lowest)) out.push(`summary.lowestScore ${s.lowestScore}`);
  const mean = f.size === 0 ? null : f.total / f.size;
  if (mean === null ? s.meanScore !== null : Math.abs((s.meanScore ?? Number.NaN) - mean) > 1e-12)
    out.push(`summary.meanScore ${s.meanScore}`);
  if (s.greedy.demand !== rows || s.greedy.matched > rows) out.push(`summary.greedy ${JSON.stringify(s.greedy)}`);
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
    // `mentors` lists the best-scoring LISTED of the mentors the reason is about (ties: lower index).
    const listed = (list: readonly number[]) => {
      const expected = [...list]
        .sort((a, b) => scoreAt(problem, r, b) - scoreAt(problem, r, a) || a - b)
        .slice(0, LISTED)
        .map((j) => ids[j] as string);
      if (!sameSet([...u.mentors], expected))
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
        const expected = [...counts].map(([rule, mentors]) => ({ rule, mentors }));
        const got = u.rules.map((x) => ({ rule: x.rule, mentors: x.mentors }));
        const key = (x: { rule: string; mentors: number }) => `${x.rule}:${x.mentors}`;
        if (!sameSet(got.map(key), expected.map(key)))
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
          // placesTakenBy: the mentees of the first-listed candidate that has places at all.
          const top = ids.indexOf(u.mentors.find((id) => (problem.capacity[ids.indexOf(id)] ?? 0) > 0) ?? '');
          const takers: string[] = [];
          assigned.forEach((j, q) => {
            if (top >= 0 && j === top) takers.push(table.rows[q]!.menteeId);
          });
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
