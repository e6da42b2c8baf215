/**
 * `programReport`'s figures against brute counts: straight loops over the parsed programme, request
 * by request and mentor by mentor (nothing from src/report/), on fast-check programmes of both modes
 * and on seeded sample programmes. The expected match rate is checked against the exhaustive search
 * of test/helpers/matchBruteForce.ts (equal when the report says it is exact, an upper bound
 * otherwise), the readiness reasons against `matchProgram`'s, and the matching figures against
 * counts over the result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import {
  type MatchResult,
  matchProgram,
  type Program,
  type ProgramReport,
  parseProgram,
  programReport,
  scoreProgram,
  type TopicFigures,
} from '../src/index.js';
import { fcOptions } from './helpers/fastCheck.js';
import {
  BRUTE_FORCE_MAX_COLS,
  BRUTE_FORCE_MAX_ROWS,
  bruteForceMatch,
  matchProblem,
} from './helpers/matchBruteForce.js';
import { matchProgramArbitrary } from './helpers/matchProgramArbitrary.js';
import { programArbitrary } from './helpers/programArbitrary.js';

/** One request (micro) or goal (classic, level 3, weight = its share of the mentee's goals). */
interface Unit {
  readonly topic: string;
  readonly mentee: string;
  readonly level: number;
  readonly weight: number;
  readonly priority: number;
}

function unitsOf(program: Program): Unit[] {
  const out: Unit[] = [];
  for (const e of program.mentees) {
    if (program.mode === 'micro') {
      for (const r of e.requests)
        out.push({ topic: r.topic, mentee: e.id, level: r.level, weight: 1, priority: r.priority });
    } else {
      let total = 0;
      for (const g of e.goals) total += g.weight;
      for (const g of e.goals)
        out.push({ topic: g.topic, mentee: e.id, level: 3, weight: g.weight / total, priority: g.weight / total });
    }
  }
  return out;
}

const levelOf = (program: Program, m: number, topic: string) =>
  program.mentors[m]?.skills.find((s) => s.topic === topic)?.level ?? 0;
const offersIt = (program: Program, m: number, topic: string) => program.mentors[m]?.offers.includes(topic) ?? false;
const parentMaps = new WeakMap<Program, ReadonlyMap<string, string | undefined>>();
/** The level compared with the level asked: own level under micro's `levelRequired`, else with taxonomy credit. */
function reachOf(program: Program, m: number, topic: string): number {
  if (program.mode === 'micro' && program.rules.levelRequired) return levelOf(program, m, topic);
  let parents = parentMaps.get(program);
  if (parents === undefined) {
    parents = new Map(program.topics.map((t) => [t.id, t.parent] as const));
    parentMaps.set(program, parents);
  }
  const parentOf = (id: string) => parents.get(id);
  let best = 0;
  for (const s of program.mentors[m]?.skills ?? []) {
    const sibling = parentOf(topic) !== undefined && parentOf(topic) === parentOf(s.topic);
    const credit =
      s.topic === topic ? 1 : parentOf(topic) === s.topic || parentOf(s.topic) === topic ? 0.5 : sibling ? 0.3 : 0;
    best = Math.max(best, credit * s.level);
  }
  return best;
}
const able = (program: Program, m: number, u: Unit) => reachOf(program, m, u.topic) >= u.level;
const supplies = (program: Program, m: number, u: Unit) => able(program, m, u) && offersIt(program, m, u.topic);

/** Whether topic `id` lies in the area of `root` (is it, or has it as an ancestor). */
function inArea(program: Program, root: string, id: string): boolean {
  for (let t: string | undefined = id; t !== undefined; t = program.topics.find((x) => x.id === t)?.parent)
    if (t === root) return true;
  return false;
}

/** The brute figures of the topics `scope` (a topic alone, or an area). */
function bruteFigures(program: Program, scope: readonly string[]): TopicFigures {
  const units = unitsOf(program);
  const mentors = program.mentors;
  const cap = mentors.reduce((s, m) => s + m.capacity, 0);
  const recruit = mentors.length > 0 && cap > 0 ? cap / mentors.length : program.mode === 'micro' ? 5 : 2;
  // Each mentor's supplied demand over every topic, for the shared capacity.
  const suppliedAll = mentors.map((_, m) =>
    units.filter((u) => supplies(program, m, u)).reduce((s, u) => s + u.weight, 0),
  );
  const perTopic = scope.map((topic) => {
    const mine = units.filter((u) => u.topic === topic);
    const demand = mine.reduce((s, u) => s + u.weight, 0);
    let shared = 0;
    mentors.forEach((mentor, m) => {
      const d = mine.filter((u) => supplies(program, m, u)).reduce((s, u) => s + u.weight, 0);
      if (d > 0) shared += (mentor.capacity * d) / (suppliedAll[m] as number);
    });
    const unservable = mine.filter((u) => !mentors.some((_, m) => able(program, m, u))).length;
    const unsupplied = mine
      .filter((u) => !mentors.some((_, m) => supplies(program, m, u)))
      .reduce((s, u) => s + u.weight, 0);
    const gap = Math.max(demand - shared, unsupplied);
    const needed = demand > 0 && gap > 1e-9 ? Math.ceil(gap / recruit - 1e-9) : 0;
    return { shared, unservable, unsupplied, needed };
  });
  const mine = units.filter((u) => scope.includes(u.topic));
  const demand = mine.reduce((s, u) => s + u.weight, 0);
  const prioritySum = mine.reduce((s, u) => s + u.priority, 0);
  const levels = [1, 2, 3, 4, 5].map((l) => mine.filter((u) => u.level === l).length);
  const who = (test: (m: number) => boolean) => mentors.filter((_, m) => test(m));
  const supplying = who((m) => mine.some((u) => supplies(program, m, u)));
  const shared = perTopic.reduce((s, p) => s + p.shared, 0);
  return {
    requests: mine.length,
    mentees: new Set(mine.map((u) => u.mentee)).size,
    demand,
    prioritySum,
    priorityMean: mine.length > 0 ? prioritySum / mine.length : null,
    levels,
    highestLevel: mine.reduce((x, u) => Math.max(x, u.level), 0),
    ableMentors: who((m) => mine.some((u) => able(program, m, u))).length,
    mentorsByLevel: [1, 2, 3, 4, 5].map((l) => who((m) => scope.some((t) => levelOf(program, m, t) >= l)).length),
    willingMentors: who((m) => scope.some((t) => offersIt(program, m, t))).length,
    suppliers: supplying.length,
    capacity: supplying.reduce((s, m) => s + m.capacity, 0),
    sharedCapacity: shared,
    coverage: demand > 0 ? shared / demand : null,
    unservable: perTopic.reduce((s, p) => s + p.unservable, 0),
    unsupplied: perTopic.reduce((s, p) => s + p.unsupplied, 0),
    mentorsNeeded: perTopic.reduce((s, p) => s + p.needed, 0),
  };
}

/** Expects `actual` to equal `expected`, numbers within floating-point noise. */
function expectClose(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    expect(Math.abs(actual - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
      1e-9 * Math.max(1, Math.abs(expected)),
    );
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object');
    const a = actual as Record<string, unknown>;
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expectClose(a[k], v, `${path}.${k}`);
  } else expect(actual, path).toEqual(expected);
}

/** Checks every topic, the hot and uncovered lists and the champions' shares against brute counts. */
function checkTopics(program: Program, report: ProgramReport): void {
  for (const t of program.topics) {
    const got = report.topics.find((x) => x.id === t.id);
    const {
      id: _,
      name: __,
      parent: ___,
      depth: ____,
      subtopics,
      area,
      ableOnSubtopics,
      ...own
    } = got as NonNullable<typeof got>;
    expectClose(own, bruteFigures(program, [t.id]), t.id);
    const area_ = program.topics.filter((s) => inArea(program, t.id, s.id)).map((s) => s.id);
    expect(subtopics).toEqual(program.topics.filter((s) => s.parent === t.id).map((s) => s.id));
    if (subtopics.length === 0) expect(area).toBeUndefined();
    else expectClose(area, bruteFigures(program, area_), `${t.id} (area)`);
    // Mentors whose own level on a strict subtopic reaches the lowest level asked on the topic.
    const asked = unitsOf(program)
      .filter((u) => u.topic === t.id)
      .map((u) => u.level);
    const below = area_.filter((id) => id !== t.id);
    const expected =
      subtopics.length === 0 || asked.length === 0
        ? undefined
        : program.mentors.filter((_m, m) => below.some((id) => levelOf(program, m, id) >= Math.min(...asked))).length;
    expect(ableOnSubtopics, `${t.id} ableOnSubtopics`).toBe(expected);
  }
  const units = unitsOf(program);
  const demandOf = (id: string) => units.filter((u) => u.topic === id).reduce((s, u) => s + u.weight, 0);
  const withDemand = program.topics.filter((t) => demandOf(t.id) > 0).map((t) => t.id);
  const byDemand = [...withDemand].sort((a, b) => demandOf(b) - demandOf(a) || (a < b ? -1 : 1));
  // Demands are sums of shares in classic mode: compare the sets where ties may round apart.
  expect(new Set(report.hot)).toEqual(new Set(program.mode === 'micro' ? byDemand.slice(0, 5) : report.hot));
  expect(report.hot.length).toBe(Math.min(5, withDemand.length));
  const uncovered = withDemand.filter(
    (id) => !units.some((u) => u.topic === id && program.mentors.some((_, m) => able(program, m, u))),
  );
  expect([...report.uncovered].sort()).toEqual(uncovered.sort());
  // Champions: every unit's demand shared evenly between its suppliers.
  const share = new Map<string, number>();
  const sole = new Map<string, number>();
  for (const u of units) {
    const who = program.mentors.filter((_, m) => supplies(program, m, u));
    for (const m of who) {
      share.set(m.id, (share.get(m.id) ?? 0) + u.weight / who.length);
      if (who.length === 1) sole.set(m.id, (sole.get(m.id) ?? 0) + 1);
    }
  }
  const all = programReport(program, undefined, { champions: 1000 }).champions;
  expect(all.map((c) => c.mentor).sort()).toEqual([...share.keys()].sort());
  for (const c of all) {
    expectClose(c.share, share.get(c.mentor), c.mentor);
    expect(c.sole).toBe(sole.get(c.mentor) ?? 0);
  }
  for (let k = 1; k < all.length; k++) {
    const [a, b] = [all[k - 1], all[k]] as [(typeof all)[0], (typeof all)[0]];
    expect(a.share > b.share || (a.share === b.share && a.mentor < b.mentor)).toBe(true);
  }
  expect(report.champions).toEqual(all.slice(0, 10));
}

/** Checks the readiness counts and, with a result, the matching figures against brute counts. */
function checkReadiness(program: Program, report: ProgramReport, result: MatchResult): void {
  const table = scoreProgram(program);
  const rows = table.rows.length;
  const cols = table.mentorIds.length;
  let noCandidate = 0;
  let noExpert = 0;
  table.rows.forEach((row, r) => {
    let allowed = 0;
    for (let j = 0; j < cols; j++)
      if ((table.scores.data[r * cols + j] as number) > Number.NEGATIVE_INFINITY) allowed++;
    if (allowed > 0) return;
    noCandidate++;
    const micro = program.mode === 'micro' && program.rules.levelRequired && cols > 0;
    if (micro && program.mentors.every((_, m) => levelOf(program, m, row.topic as string) < (row.level as number)))
      noExpert++;
  });
  const r = report.readiness;
  const capacity = program.mentors.reduce((s, m) => s + m.capacity, 0);
  expect(r).toMatchObject({ mentors: program.mentors.length, mentees: program.mentees.length, demand: rows, capacity });
  expect(r).toMatchObject({ noCandidate, noExpert, ruledOut: noCandidate - noExpert });
  // The reasons before matching are the reasons matchProgram gives.
  expect(result.unmatched.filter((u) => u.code === 'noExpert').length).toBe(noExpert);
  expect(result.unmatched.filter((u) => u.code === 'ruledOut').length).toBe(noCandidate - noExpert);
  expect(r.expectedMatched).toBeGreaterThanOrEqual(result.summary.matched);
  if (rows <= BRUTE_FORCE_MAX_ROWS && cols <= BRUTE_FORCE_MAX_COLS) {
    // The most pairs: the first figure of `fair`.
    const best = bruteForceMatch(matchProblem(program, table), ['fair']).fair.figures.matched;
    if (r.exact) expect(r.expectedMatched).toBe(best);
    else expect(r.expectedMatched).toBeGreaterThanOrEqual(best);
  }
  const m = report.matching;
  if (m === undefined) throw new Error('no matching figures');
  const scores = result.matches.map((x) => x.score).sort((a, b) => a - b);
  const bands = Array.from(
    { length: 10 },
    (_, k) => scores.filter((s) => (k === 9 ? s >= 0.9 : s >= k / 10 && s < (k + 1) / 10)).length,
  );
  expect(m.scores.histogram).toEqual(bands);
  expect(m.scores.count).toBe(scores.length);
  if (scores.length > 0) {
    const n = scores.length;
    const median = n % 2 === 1 ? scores[(n - 1) / 2] : ((scores[n / 2 - 1] as number) + (scores[n / 2] as number)) / 2;
    expectClose([m.scores.min, m.scores.max, m.scores.median], [scores[0], scores[n - 1], median]);
    expectClose(m.scores.mean, scores.reduce((s, x) => s + x, 0) / n);
    expect(m.scores.q1).toBeLessThanOrEqual(m.scores.median as number);
    expect(m.scores.q3).toBeGreaterThanOrEqual(m.scores.median as number);
  } else expect(m.scores.mean).toBeNull();
  const load = program.mentors.map((mentor) => result.matches.filter((x) => x.mentor === mentor.id).length);
  expect(m.load.idle).toBe(load.filter((l) => l === 0).length);
  expect(m.load.full).toBe(
    program.mentors.filter((mentor, j) => mentor.capacity > 0 && load[j] === mentor.capacity).length,
  );
  expect(m.load.byLoad.reduce((s, c) => s + c, 0)).toBe(program.mentors.length);
  expect(m.load.byLoad).toEqual(m.load.byLoad.map((_, k) => load.filter((l) => l === k).length));
  for (const code of Object.keys(m.unmatched) as (keyof typeof m.unmatched)[])
    expect(m.unmatched[code]).toBe(result.unmatched.filter((u) => u.code === code).length);
  expect(m.matched + result.unmatched.length).toBe(rows);
}

describe('programReport against brute counts', () => {
  it('gives the brute figures per topic and per area, the hot and uncovered topics and the champions', () => {
    fc.assert(
      fc.property(programArbitrary(), (input) => {
        const program = parseProgram(input);
        checkTopics(program, programReport(program));
      }),
      fcOptions(300),
    );
  });

  it('gives readiness and the matching figures that brute counts and the exhaustive search give', () => {
    fc.assert(
      fc.property(matchProgramArbitrary({ maxRows: 7, maxMentors: 3 }), (input) => {
        const program = parseProgram(input);
        const result = matchProgram(program);
        checkReadiness(program, programReport(program, result), result);
      }),
      fcOptions(300),
    );
  });

  for (const [mode, seed] of [
    ['micro', 3],
    ['micro', 4],
    ['classic', 5],
  ] as const) {
    it(`gives the brute figures on the ${mode} sample programme of seed ${seed}`, () => {
      const program = parseProgram(sampleProgram({ mode, mentors: 30, mentees: 90, seed }));
      const result = matchProgram(program);
      const report = programReport(program, result);
      checkTopics(program, report);
      checkReadiness(program, report, result);
    });
  }
});
