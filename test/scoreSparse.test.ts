/**
 * The score table keeps only the pairs the hard rules allow (compressed rows) and builds each row's
 * candidates from indexes (micro mode: the mentors at the level asked). Checked on random
 * programmes of both modes (fast-check, fixed seed):
 *
 * - a row's allowed columns are exactly those no rule of `ruledOut(row)` names (every mentor marked
 *   by every rule: an oracle that reads no index);
 * - an allowed pair's score is `explain(r, c).score`, and the sum of its contributions within 1e-12;
 * - `score(r, c)` is the dense `scores` entry of every pair, `mentorAllowedScores()` the dense
 *   `mentorScores()` at the allowed pairs, with and without the mentor side computed in the pass;
 * - bit for bit, the dense matrices are those of the dense implementation this one replaced (its
 *   body and its hard rules are copied below as `referenceScores`, every mentor marked by every rule
 *   on every row), with custom rules, time zones, languages, seniority windows, histories under
 *   each `repeatPairs`, and `levelRequired` on and off;
 * - with more than 32 values and languages (two words a person), also the `language` and `values`
 *   criteria's values against the people's own lists (the reference reads the criteria's values).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { type Program, parseProgram, type ScoreTable } from '../src/index.js';
import { idIndex } from '../src/model/idIndex.js';
import { firstTopic, indexProgram } from '../src/model/indexProgram.js';
import { indexTopics } from '../src/model/indexTopics.js';
import type { CriterionDef, ScoringContext } from '../src/score/context.js';
import { preference } from '../src/score/criteria/choices.js';
import { CRITERION_DEFS } from '../src/score/criteria/index.js';
import { zoneGap } from '../src/score/criteria/people.js';
import { type CompiledRule, compileRules } from '../src/score/customRules.js';
import { forEachRepeat, pastPairs, recentPairs } from '../src/score/history.js';
import { scoreTable } from '../src/score/scoreProgram.js';
import { drain } from '../src/solve/internal/clock.js';
import { fcOptions } from './helpers/fastCheck.js';
import { type ProgramJson, programArbitrary } from './helpers/programArbitrary.js';

// ---------------------------------------------------------------------------------------------
// The reference: the dense implementation as it was (a rows × mentors matrix, every hard rule
// marking every mentor on every row), with its rules and the custom rules' condition.
// ---------------------------------------------------------------------------------------------

interface RefContext extends ScoringContext {
  readonly holds: Uint8Array;
}

type Mark = (ctx: RefContext, r: number, blocked: Uint8Array) => void;

function refRuleHolds(compiled: CompiledRule, e: number, out: Uint8Array): void {
  const { mentorOk, menteeOk, mentorSame, menteeSame } = compiled;
  if (menteeOk[e] === 0) {
    out.fill(0);
    return;
  }
  const target = menteeSame === null ? -1 : (menteeSame[e] as number);
  for (let m = 0; m < out.length; m++) {
    let holds = mentorOk[m] as number;
    if (mentorSame !== null) holds &= target >= 0 && mentorSame[m] === target ? 1 : 0;
    out[m] = holds;
  }
}

/** The hard rules' marks, in their order, as they were. */
function refRules(ctx: RefContext): Mark[] {
  const { rules, mode } = ctx.ix.program;
  const menteeOf = (c: RefContext, r: number) => c.ix.program.mentees[c.ix.rows[r]?.mentee as number];
  const list: Mark[] = [
    (c, r, blocked) => {
      const m = c.ix.mentorIndex.get(c.ix.rows[r]?.menteeId ?? '');
      if (m !== undefined) blocked[m] = 1;
    },
    (c, r, blocked) => {
      for (const id of menteeOf(c, r)?.exclude ?? []) blocked[c.ix.mentorIndex.get(id) as number] = 1;
    },
    (c, r, blocked) => {
      const row = c.ix.rows[r];
      for (const pair of c.ix.program.rules.forbiddenPairs) {
        if (pair.mentee !== row?.menteeId) continue;
        if (pair.topic !== undefined && row.topic !== undefined && pair.topic !== row.topic) continue;
        blocked[c.ix.mentorIndex.get(pair.mentor) as number] = 1;
      }
    },
  ];
  if (rules.reportingLine === 'forbidden')
    list.push((c, r, blocked) => {
      const { menteeManager, reportsStart, reports, rows } = c.ix;
      const e = rows[r]?.mentee as number;
      const manager = menteeManager[e] as number;
      if (manager >= 0) blocked[manager] = 1;
      for (let k = reportsStart[e] as number; k < (reportsStart[e + 1] as number); k++)
        blocked[reports[k] as number] = 1;
    });
  if (rules.sameDepartment === 'forbidden')
    list.push((c, r, blocked) => {
      const mine = c.ix.menteeDept[c.ix.rows[r]?.mentee as number] as number;
      if (mine < 0) return;
      for (let m = 0; m < blocked.length; m++) if (c.ix.mentorDept[m] === mine) blocked[m] = 1;
    });
  if (rules.seniorityGap !== null)
    list.push((c, r, blocked) => {
      const { ix } = c;
      const gap = ix.program.rules.seniorityGap;
      const mine = ix.menteeGrade[ix.rows[r]?.mentee as number] as number;
      const min = gap?.min ?? Number.NEGATIVE_INFINITY;
      const max = gap?.max ?? Number.POSITIVE_INFINITY;
      for (let m = 0; m < blocked.length; m++) {
        const d = (ix.mentorGrade[m] as number) - mine;
        if (d < min || d > max) blocked[m] = 1;
      }
    });
  if (rules.sharedLanguage)
    list.push((c, r, blocked) => {
      const { ix } = c;
      const W = ix.langWords;
      const e = ix.rows[r]?.mentee as number;
      let mine = 0;
      for (let w = 0; w < W; w++) mine |= ix.menteeLangs[e * W + w] as number;
      if (mine === 0) return;
      for (let m = 0; m < blocked.length; m++) {
        let theirs = 0;
        let shared = 0;
        for (let w = 0; w < W; w++) {
          const a = ix.mentorLangs[m * W + w] as number;
          theirs |= a;
          shared |= a & (ix.menteeLangs[e * W + w] as number);
        }
        if (theirs !== 0 && shared === 0) blocked[m] = 1;
      }
    });
  if (rules.maxTimeZoneGap !== null)
    list.push((c, r, blocked) => {
      const { ix, zoneRow } = c;
      const { zones, mentorZoneId } = ix;
      const limit = ix.program.rules.maxTimeZoneGap ?? Number.POSITIVE_INFINITY;
      const mine = ix.menteeZone[ix.rows[r]?.mentee as number] as number;
      if (Number.isNaN(mine)) return;
      zoneRow[0] = 0;
      for (let z = 1; z < zones.length; z++) zoneRow[z] = zoneGap(mine, zones[z] as number) > limit ? 1 : 0;
      for (let m = 0; m < blocked.length; m++) if (zoneRow[mentorZoneId[m] as number] !== 0) blocked[m] = 1;
    });
  if (mode === 'micro' && rules.levelRequired)
    list.push((c, r, blocked) => {
      const { ix } = c;
      const base = firstTopic(ix, r) * ix.numMentors;
      const asked = ix.rows[r]?.level ?? 0;
      for (let m = 0; m < blocked.length; m++) if ((ix.direct[base + m] as number) < asked) blocked[m] = 1;
    });
  if (rules.repeatPairs === 'forbidden' && ctx.recent.size > 0)
    list.push((c, r, blocked) => {
      forEachRepeat(c.ix, c.recent, r, (m) => {
        blocked[m] = 1;
      });
    });
  for (const compiled of ctx.custom) {
    const { effect } = compiled.rule;
    if (effect !== 'require' && effect !== 'forbid') continue;
    const wanted = effect === 'forbid' ? 1 : 0;
    list.push((c, r, blocked) => {
      refRuleHolds(compiled, c.ix.rows[r]?.mentee as number, c.holds);
      for (let m = 0; m < blocked.length; m++) if (c.holds[m] === wanted) blocked[m] = 1;
    });
  }
  return list;
}

function refInForce(ctx: ScoringContext, defs: readonly CriterionDef[]): { def: CriterionDef; share: number }[] {
  const { weights } = ctx.ix.program;
  const active = defs.filter((def) => weights[def.name] > 0 && def.active(ctx));
  const largest = active.reduce((x, def) => Math.max(x, weights[def.name]), 0);
  const sum = active.reduce((s, def) => s + weights[def.name] / largest, 0);
  return active.map((def) => ({ def, share: weights[def.name] / largest / sum }));
}

const OTHER_DEFS = CRITERION_DEFS.filter((def) => def !== preference);

/**
 * The dense scores and mentor-side scores of the implementation this one replaced (the criteria are
 * the library's own, which now write the value of `allowed[i]` at `values[i]`).
 */
function referenceScores(program: Program, withMentorSide: boolean): { scores: Float64Array; side: Float64Array } {
  const ix = drain(indexProgram(program));
  const custom = compileRules(ix);
  const ctx: RefContext = {
    ix,
    custom,
    soft: custom.filter((c) => c.rule.effect === 'prefer' || c.rule.effect === 'avoid'),
    recent: recentPairs(ix),
    past: pastPairs(ix),
    zoneRow: new Float64Array(ix.zones.length),
    // Seniority from the two grades, pair by pair (the library reads it by grade: the same values).
    grades: null,
    holds: new Uint8Array(ix.numMentors),
  };
  const criteria = refInForce(ctx, CRITERION_DEFS);
  const rules = refRules(ctx);
  const rows = ix.rows.length;
  const cols = ix.numMentors;
  const data = new Float64Array(rows * cols);
  const values = new Float64Array(cols);
  const blocked = new Uint8Array(cols);
  const hasPreference = criteria.some(({ def }) => def === preference);
  const others = withMentorSide && hasPreference ? refInForce(ctx, OTHER_DEFS) : null;
  const otherShare = new Map((others ?? []).map(({ def, share }) => [def, share] as const));
  const side = others === null ? null : new Float64Array(rows * cols);
  const allowed = new Int32Array(cols);
  for (let r = 0; r < rows; r++) {
    const score = data.subarray(r * cols, r * cols + cols);
    const own = side === null ? null : side.subarray(r * cols, r * cols + cols);
    blocked.fill(0);
    for (const mark of rules) mark(ctx, r, blocked);
    let k = 0;
    for (let m = 0; m < cols; m++) {
      if (blocked[m] === 0) allowed[k++] = m;
      else score[m] = Number.NEGATIVE_INFINITY;
    }
    if (own !== null) own.set(score);
    if (k === 0) continue;
    for (const { def, share } of criteria) {
      def.fill(ctx, r, values, allowed, k);
      const other = own === null ? undefined : otherShare.get(def);
      if (own !== null && other !== undefined) {
        for (let i = 0; i < k; i++) {
          const m = allowed[i] as number;
          const v = values[i] as number;
          score[m] = (score[m] as number) + share * v;
          own[m] = (own[m] as number) + other * v;
        }
      } else {
        for (let i = 0; i < k; i++) {
          const m = allowed[i] as number;
          score[m] = (score[m] as number) + share * (values[i] as number);
        }
      }
    }
    for (let i = 0; i < k; i++) {
      const m = allowed[i] as number;
      score[m] = Math.min(1, score[m] as number);
      if (own !== null) own[m] = Math.min(1, own[m] as number);
    }
  }
  if (side !== null) return { scores: data, side };
  if (!hasPreference) return { scores: data, side: data };
  // The mentor side afterwards, as `mentorScores()` computed it: the other criteria on the finite pairs.
  const byOthers = refInForce(ctx, OTHER_DEFS);
  const later = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    let k = 0;
    for (let m = 0; m < cols; m++) {
      if (data[base + m] === Number.NEGATIVE_INFINITY) later[base + m] = Number.NEGATIVE_INFINITY;
      else allowed[k++] = m;
    }
    if (k === 0) continue;
    for (const { def, share } of byOthers) {
      def.fill(ctx, r, values, allowed, k);
      for (let i = 0; i < k; i++) {
        const m = allowed[i] as number;
        later[base + m] = (later[base + m] as number) + share * (values[i] as number);
      }
    }
    for (let i = 0; i < k; i++) {
      const m = allowed[i] as number;
      later[base + m] = Math.min(1, later[base + m] as number);
    }
  }
  return { scores: data, side: later };
}

// ---------------------------------------------------------------------------------------------
// Programmes: the random ones of every feature, with a history under each `repeatPairs`.
// ---------------------------------------------------------------------------------------------

const REPEAT_PAIRS = ['allowed', 'avoided', 'forbidden'] as const;
const DATES = ['2025-01-10', '2025-06-01', '2026-02-28', '2026-03-12'] as const;

/** `input` with a history of pairs of its own people (some on a topic), `asOf` and a `repeatPairs`. */
const withHistory = (input: ProgramJson): fc.Arbitrary<ProgramJson> =>
  fc
    .record({
      entries: fc.array(
        fc.record({ e: fc.nat(), m: fc.nat(), t: fc.option(fc.nat()), d: fc.nat({ max: DATES.length - 1 }) }),
        { maxLength: 8 },
      ),
      repeatPairs: fc.constantFrom(...REPEAT_PAIRS),
      window: fc.option(fc.constantFrom(30, 365, 1000)),
    })
    .map(({ entries, repeatPairs, window }) => {
      const { mentors, mentees, topics } = input;
      if (mentors.length === 0 || mentees.length === 0) return input;
      const history = entries
        .map(({ e, m, t, d }) => ({
          mentee: (mentees[e % mentees.length] as { id: string }).id,
          mentor: (mentors[m % mentors.length] as { id: string }).id,
          date: DATES[d] as string,
          ...(t === null || topics.length === 0 ? {} : { topic: (topics[t % topics.length] as { id: string }).id }),
        }))
        .filter((pair) => pair.mentee !== pair.mentor);
      return {
        ...input,
        history,
        asOf: '2026-03-12',
        rules: { ...input.rules, repeatPairs, ...(window === null ? {} : { repeatWindowDays: window }) },
      };
    });

const anyProgram = programArbitrary({ minMentors: 1, minMentees: 1, maxMentors: 7, maxMentees: 6 }).chain((input) =>
  fc.oneof(fc.constant(input), withHistory(input)),
);

/** Same bits: `Object.is` on every entry (so -0 and 0 differ, NaN equals NaN). */
function expectSameBits(actual: Float64Array, expected: Float64Array, what: string): void {
  expect(actual.length, what).toBe(expected.length);
  for (let i = 0; i < expected.length; i++)
    if (!Object.is(actual[i], expected[i])) expect(actual[i], `${what}[${i}]`).toBe(expected[i]);
}

/** Every check of the file's comment on one table, against the dense reference. */
function checkTable(program: Program, withMentorSide: boolean): void {
  const table: ScoreTable = scoreTable(program, withMentorSide);
  const ref = referenceScores(program, withMentorSide);
  const rows = table.rows.length;
  const cols = table.mentorIds.length;
  const { start, cols: allowedCols, scores: allowedScores } = table.allowed;
  expect(start.length).toBe(rows + 1);
  expect(allowedScores.length).toBe(allowedCols.length);
  const side = table.mentorAllowedScores();
  expect(side.length).toBe(allowedCols.length);
  for (let r = 0; r < rows; r++) {
    const out = new Set(table.ruledOut(r).flatMap(({ cols: c }) => c));
    const expected: number[] = [];
    for (let c = 0; c < cols; c++) if (!out.has(c)) expected.push(c);
    expect([...allowedCols.subarray(start[r], start[r + 1])], `row ${r}`).toEqual(expected);
    for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
      const c = allowedCols[e] as number;
      const ex = table.explain(r, c);
      expect(ex.forbidden).toBe(false);
      expect(Object.is(ex.score, allowedScores[e])).toBe(true);
      const total = ex.criteria.reduce((s, p) => s + p.contribution, 0);
      expect(Math.abs(total - (allowedScores[e] as number))).toBeLessThanOrEqual(1e-12);
    }
  }
  // The dense views, built from the pairs, against the reference and against the look-ups.
  const dense = table.scores;
  expect(table.scores).toBe(dense);
  expect([dense.rows, dense.cols]).toEqual([rows, cols]);
  expectSameBits(dense.data, ref.scores, 'scores');
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) expect(Object.is(table.score(r, c), dense.data[r * cols + c])).toBe(true);
  const mentorDense = table.mentorScores();
  expect(table.mentorScores()).toBe(mentorDense);
  expectSameBits(mentorDense.data, ref.side, 'mentorScores');
  for (let r = 0; r < rows; r++)
    for (let e = start[r] as number; e < (start[r + 1] as number); e++)
      expect(Object.is(side[e], mentorDense.data[r * cols + (allowedCols[e] as number)])).toBe(true);
}

describe('sparse score table', () => {
  it('matches the dense reference and its own oracles on random programmes of both modes (fast-check)', () => {
    fc.assert(
      fc.property(anyProgram, fc.boolean(), (input, withMentorSide) => {
        checkTable(parseProgram(input), withMentorSide);
      }),
      fcOptions(400),
    );
  });

  it('matches the dense reference on sample programmes with histories, levelRequired on and off', () => {
    for (const mode of ['micro', 'classic'] as const)
      for (const seed of [1, 2, 3])
        for (const repeatPairs of REPEAT_PAIRS)
          for (const levelRequired of [true, false]) {
            const input = sampleProgram({ mode, mentors: 25, mentees: 30, seed, history: 3 });
            const rules = { ...input.rules, repeatPairs, levelRequired };
            const program = parseProgram({ ...input, rules });
            checkTable(program, seed % 2 === 0);
          }
  });

  it('matches the dense reference with and without the coded levels (more distinct levels than codes), both modes, every topic criterion weighed, five soft rules', () => {
    for (const mode of ['micro', 'classic'] as const) {
      const input = sampleProgram({ mode, mentors: 300, mentees: 40, seed: 4 });
      // Expertise, willingness and goals all in force (micro's defaults leave goals out, classic's expertise).
      const weights = { ...input.weights, expertise: 0.3, willingness: 0.2, goals: 0.25 };
      // Five soft rules: a pair's custom value is a count over five (thirds and halves round alike).
      const soft = [
        { name: 'site', effect: 'prefer', same: 'site' },
        { name: 'remote', effect: 'avoid', mentor: { attribute: 'remote', equals: true } },
        { name: 'contractor', effect: 'avoid', mentor: { attribute: 'employment', equals: 'contractor' } },
        {
          name: 'on-site-for-new',
          effect: 'prefer',
          mentee: { attribute: 'newJoiner', equals: true },
          mentor: { attribute: 'remote', equals: false },
        },
        { name: 'employee', effect: 'prefer', mentor: { attribute: 'employment', equals: 'employee' } },
      ];
      const rules = { ...input.rules, custom: [...(input.rules?.custom ?? []), ...soft] };
      const program = parseProgram({ ...input, weights: { ...weights, custom: 0.2 }, rules });
      // Levels no parsed programme has (not whole numbers): more pairs than the codes hold, so the
      // scoring reads the levels themselves.
      const uncoded: Program = {
        ...program,
        mentors: program.mentors.map((mentor, m) => ({
          ...mentor,
          skills: mentor.skills.map((skill) => ({ ...skill, level: skill.level - m / 1000 })),
        })),
      };
      expect(indexTopics(uncoded, idIndex(uncoded.topics)).levelCode).toBeNull();
      expect(indexTopics(program, idIndex(program.topics)).levelCode).not.toBeNull();
      checkTable(uncoded, mode === 'micro');
      checkTable(program, mode === 'micro');
    }
  });

  it('matches the dense reference with more than 32 values and languages (two words a person), both modes', () => {
    for (const mode of ['micro', 'classic'] as const) {
      const input = sampleProgram({ mode, mentors: 200, mentees: 40, seed: 5 });
      const program = parseProgram({ ...input, weights: { ...input.weights, values: 0.3, language: 0.2 } });
      // 40 more values and languages, spread so that people share some of each (and some none).
      const extra = (k: number, prefix: string) => [`${prefix}${k % 40}`, `${prefix}${(k * 7 + 3) % 40}`];
      const wide: Program = {
        ...program,
        mentors: program.mentors.map((mentor, m) => ({
          ...mentor,
          values: m % 9 === 0 ? [] : [...mentor.values, ...extra(m, 'v')],
          languages: [...mentor.languages, ...extra(m, 'x')],
        })),
        mentees: program.mentees.map((mentee, e) => ({
          ...mentee,
          values: e % 7 === 0 ? [] : [...mentee.values, ...extra(3 * e + 1, 'v')],
          languages: [...mentee.languages, ...extra(5 * e, 'x')],
        })),
      };
      const ix = drain(indexProgram(wide));
      expect(ix.valueWords).toBeGreaterThan(1);
      expect(ix.langWords).toBeGreaterThan(1);
      checkTable(wide, mode === 'micro');
      // The two criteria's values from the people's own lists (the reference reads the criteria's
      // own values: here, words made from the lists): 0.5 when a side names none; language 1 when
      // a language is shared, else 0; values the share of the mentee's values the mentor holds.
      const table = scoreTable(wide, false);
      const { start, cols } = table.allowed;
      let checked = 0;
      for (let r = 0; r < table.rows.length; r++) {
        const mentee = wide.mentees[table.rows[r]?.mentee as number] as Program['mentees'][number];
        for (let e = start[r] as number; e < (start[r + 1] as number); e++) {
          const mentor = wide.mentors[cols[e] as number] as Program['mentors'][number];
          const value = (criterion: string) =>
            table.explain(r, cols[e] as number).criteria.find((c) => c.criterion === criterion)?.value;
          const language =
            mentee.languages.length === 0 || mentor.languages.length === 0
              ? 0.5
              : mentee.languages.some((l) => mentor.languages.includes(l))
                ? 1
                : 0;
          const values =
            mentee.values.length === 0 || mentor.values.length === 0
              ? 0.5
              : mentee.values.filter((v) => mentor.values.includes(v)).length / mentee.values.length;
          expect(value('language')).toBe(language);
          expect(value('values')).toBe(values);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(1000);
    }
  });

  it('matches the dense reference where the pairs outgrow their first room several times (classic, 200 mentees × 60 mentors)', () => {
    for (const seed of [1, 2])
      checkTable(parseProgram(sampleProgram({ mode: 'classic', mentors: 60, mentees: 200, seed })), seed === 1);
  });
});
