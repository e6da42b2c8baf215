/**
 * `programReport` on hand-made programmes, every figure worked out by hand in the comments: a micro
 * programme with a two-level taxonomy (an area and its figures), a request no mentor reaches, an
 * uncovered topic, a mentor of capacity 0, a mentor offering a topic they have no level on, and a
 * topic with supply but no demand; a classic programme (goal shares as demand, goals taken as
 * asking level 3); then the result's figures, the options, and every way the input is rejected.
 *
 * The micro programme scores on preferences alone, so the matching can be read off the lists: a
 * mentor ranked k-th of n scores 1 − (k − 1) / n, and a mentee without a list scores everyone 0.5.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, matchProgram, type ProgramReport, programReport, reportToMarkdown } from '../src/index.js';
import type { ProgramJson } from './helpers/programArbitrary.js';

const ONLY_PREFERENCE = {
  expertise: 0,
  willingness: 0,
  goals: 0,
  seniority: 0,
  language: 0,
  timeZone: 0,
  department: 0,
  preference: 1,
  values: 0,
  custom: 0,
};

// Own levels (offers): ana pricing 4, tax 2, finance 3 (offers pricing, finance: level ≥ 3 by
// default); ben pricing 2, seo 5 (offers seo); cy tax 3 (offers tax and pricing, explicitly, with no
// level on pricing); dee seo 3, brand 4 (offers seo, brand), capacity 0.
const MICRO: ProgramJson = {
  name: 'Hand-made',
  mode: 'micro',
  topics: [
    { id: 'finance', name: 'Finance' },
    { id: 'pricing', parent: 'finance' },
    { id: 'tax', parent: 'finance' },
    { id: 'seo' },
    { id: 'legal' },
    { id: 'brand' },
  ],
  mentors: [
    {
      id: 'ana',
      skills: [
        { topic: 'pricing', level: 4 },
        { topic: 'tax', level: 2 },
        { topic: 'finance', level: 3 },
      ],
      capacity: 2,
    },
    {
      id: 'ben',
      skills: [
        { topic: 'pricing', level: 2 },
        { topic: 'seo', level: 5 },
      ],
      capacity: 3,
    },
    { id: 'cy', skills: [{ topic: 'tax', level: 3 }], offers: ['tax', 'pricing'], capacity: 1 },
    {
      id: 'dee',
      skills: [
        { topic: 'seo', level: 3 },
        { topic: 'brand', level: 4 },
      ],
      capacity: 0,
    },
  ],
  mentees: [
    {
      id: 'e1',
      requests: [
        { topic: 'pricing', level: 3, priority: 2 },
        { topic: 'seo', level: 4 },
      ],
      preferences: ['ana', 'ben'],
    },
    {
      id: 'e2',
      requests: [
        { topic: 'pricing', level: 2 },
        { topic: 'tax', level: 3, priority: 3 },
      ],
      preferences: ['cy', 'ben', 'ana'],
    },
    {
      id: 'e3',
      requests: [
        { topic: 'pricing', level: 5 },
        { topic: 'finance', level: 2 },
      ],
    },
    {
      id: 'e4',
      requests: [
        { topic: 'seo', level: 2 },
        { topic: 'legal', level: 1 },
      ],
      preferences: ['dee', 'ben'],
    },
  ],
  weights: ONLY_PREFERENCE,
};

function topic(report: ProgramReport, id: string) {
  const found = report.topics.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no topic ${id}`);
  return found;
}

describe('programReport on a hand-made micro programme', () => {
  const report = programReport(MICRO);
  // Who supplies what, per (topic, level): pricing levels 1–4 ana only (cy offers it at level 0),
  // level 5 nobody; seo levels 1–3 ben and dee, 4–5 ben; tax 1–3 cy (ana has level 2 but does not
  // offer it); finance 1–3 ana; legal nobody.
  // Demand each mentor supplies: ana pricing 2 (levels 2, 3) + finance 1 = 3; ben seo 2; cy tax 1;
  // dee seo 1 (level 2). Capacity shared: pricing ana 2 × 2/3 = 4/3; finance ana 2 × 1/3 = 2/3;
  // seo ben 3 × 2/2 + dee 0 = 3; tax cy 1 × 1/1 = 1. Recruits bring the mean capacity 6 / 4 = 1.5.

  it('gives the demand figures of each topic', () => {
    const pricing = topic(report, 'pricing');
    // e1 level 3 priority 2, e2 level 2, e3 level 5: 3 requests of 3 mentees, priorities 2 + 1 + 1.
    expect(pricing).toMatchObject({ requests: 3, mentees: 3, demand: 3, prioritySum: 4, highestLevel: 5 });
    expect(pricing.priorityMean).toBeCloseTo(4 / 3, 12);
    expect(pricing.levels).toEqual([0, 1, 1, 0, 1]);
    expect(topic(report, 'seo')).toMatchObject({
      requests: 2,
      demand: 2,
      prioritySum: 2,
      priorityMean: 1,
      levels: [0, 1, 0, 1, 0],
    });
    expect(topic(report, 'tax')).toMatchObject({ requests: 1, prioritySum: 3, priorityMean: 3, highestLevel: 3 });
    // brand: supply (dee, level 4, offers it) without demand.
    expect(topic(report, 'brand')).toMatchObject({
      requests: 0,
      demand: 0,
      priorityMean: null,
      coverage: null,
      highestLevel: 0,
    });
  });

  it('gives the supply figures of each topic', () => {
    // pricing: able for some request (own level ≥ 2, the lowest asked): ana 4, ben 2. Willing: ana,
    // cy. Suppliers: ana (cy has no level). Levels: ≥1 ana, ben; ≥3 ana; ≥5 nobody. Level 5 asked
    // and beyond everyone: 1 unservable, 1 unsupplied. Coverage (4/3) / 3 = 4/9. Needed:
    // ⌈max(3 − 4/3, 1) / 1.5⌉ = ⌈1.11⌉ = 2.
    const pricing = topic(report, 'pricing');
    expect(pricing).toMatchObject({ ableMentors: 2, willingMentors: 2, suppliers: 1, capacity: 2 });
    expect(pricing).toMatchObject({ unservable: 1, unsupplied: 1, mentorsNeeded: 2 });
    expect(pricing.mentorsByLevel).toEqual([2, 2, 1, 1, 0]);
    expect(pricing.sharedCapacity).toBeCloseTo(4 / 3, 12);
    expect(pricing.coverage).toBeCloseTo(4 / 9, 12);
    // seo: ben and dee able (lowest asked 2), willing and supplying; capacity 3 + 0; coverage 3 / 2.
    expect(topic(report, 'seo')).toMatchObject({
      ableMentors: 2,
      suppliers: 2,
      capacity: 3,
      sharedCapacity: 3,
      coverage: 1.5,
      mentorsNeeded: 0,
    });
    expect(topic(report, 'seo').mentorsByLevel).toEqual([2, 2, 2, 1, 1]);
    // tax: level 3 asked; ana has 2, cy 3: one able; levels ≥1 ana, cy; ≥3 cy. Coverage 1 / 1.
    expect(topic(report, 'tax')).toMatchObject({
      ableMentors: 1,
      willingMentors: 1,
      suppliers: 1,
      coverage: 1,
      mentorsNeeded: 0,
    });
    expect(topic(report, 'tax').mentorsByLevel).toEqual([2, 2, 1, 0, 0]);
    // finance: ana alone; 2/3 of a place for 1 request; needed ⌈(1 − 2/3) / 1.5⌉ = 1.
    const finance = topic(report, 'finance');
    expect(finance).toMatchObject({ ableMentors: 1, suppliers: 1, capacity: 2, mentorsNeeded: 1 });
    expect(finance.coverage).toBeCloseTo(2 / 3, 12);
    // legal: nobody; needed ⌈1 / 1.5⌉ = 1.
    expect(topic(report, 'legal')).toMatchObject({
      ableMentors: 0,
      suppliers: 0,
      coverage: 0,
      unservable: 1,
      mentorsNeeded: 1,
    });
    // brand: dee at level 4 and willing, but nothing to supply.
    expect(topic(report, 'brand')).toMatchObject({ ableMentors: 0, willingMentors: 1, suppliers: 0, mentorsNeeded: 0 });
    expect(topic(report, 'brand').mentorsByLevel).toEqual([1, 1, 1, 1, 0]);
  });

  it('aggregates an area over the topic and its subtopics, each person once', () => {
    const finance = topic(report, 'finance');
    expect(finance.subtopics).toEqual(['pricing', 'tax']);
    expect(topic(report, 'pricing')).toMatchObject({ parent: 'finance', depth: 1, subtopics: [] });
    expect(topic(report, 'pricing').area).toBeUndefined();
    // finance 1 + pricing 3 + tax 1 requests, from e1, e2, e3; priorities 1 + 4 + 3.
    // Able: ana (finance), ben (pricing 2 for e2), cy (tax); willing and supplying: ana, cy (2 + 1
    // places). Best levels in the area: ana 4, ben 2, cy 3. Shared: 2/3 + 4/3 + 1 = 3; coverage 3/5;
    // needed 1 + 2 + 0.
    expect(finance.area).toEqual({
      requests: 5,
      mentees: 3,
      demand: 5,
      prioritySum: 8,
      priorityMean: 1.6,
      levels: [0, 2, 2, 0, 1],
      highestLevel: 5,
      ableMentors: 3,
      mentorsByLevel: [3, 3, 2, 1, 0],
      willingMentors: 2,
      suppliers: 2,
      capacity: 3,
      sharedCapacity: 3,
      coverage: 0.6,
      unservable: 1,
      unsupplied: 1,
      mentorsNeeded: 3,
    });
  });

  it('lists the hot topics, the uncovered ones and the champions', () => {
    // Demand: pricing 3, seo 2, then finance, legal, tax at 1 (by id).
    expect(report.hot).toEqual(['pricing', 'seo', 'finance', 'legal', 'tax']);
    expect(report.uncovered).toEqual(['legal']);
    // Shares: ana supplies pricing levels 2, 3 and finance, alone each time: 1 + 1 + 1 = 3, all
    // sole; ben seo level 4 alone (1) and level 2 with dee (1/2): 1.5; cy tax alone: 1; dee 1/2.
    expect(report.champions.map((c) => [c.mentor, c.share, c.requests, c.sole])).toEqual([
      ['ana', 3, 3, 3],
      ['ben', 1.5, 2, 1],
      ['cy', 1, 1, 1],
      ['dee', 0.5, 1, 0],
    ]);
    expect(report.champions[0]?.topics).toEqual([
      { topic: 'pricing', share: 2, requests: 2 },
      { topic: 'finance', share: 1, requests: 1 },
    ]);
  });

  it('gives readiness before matching', () => {
    // 8 requests; places 2 + 3 + 1 + 0 = 6. No mentor reaches e3's pricing level 5 nor e4's legal:
    // 2 noExpert. A largest matching: e1 pricing→ana, seo→ben; e2 pricing→ben, tax→cy; e3
    // finance→ana; e4 seo→ben (dee has no place): 6 of 8.
    expect(report.readiness).toEqual({
      mentors: 4,
      mentees: 4,
      menteesPerMentor: 1,
      demand: 8,
      capacity: 6,
      meanCapacity: 1.5,
      recruitCapacity: 1.5,
      capacityRatio: 0.75,
      noCandidate: 2,
      noExpert: 2,
      ruledOut: 0,
      expectedMatched: 6,
      expectedMatchRate: 0.75,
      exact: true,
    });
  });

  it('gives the figures of a matching', () => {
    // The pairs above, each at its best score: e1 pricing→ana 1, seo→ben 1/2; e2 pricing→ben 2/3
    // (ana is needed by e3), tax→cy 1; e3 finance→ana 1/2; e4 seo→ben 1/2.
    const matched = programReport(MICRO, matchProgram(MICRO));
    const m = matched.matching;
    expect(m).toMatchObject({ objective: 'total', demand: 8, matched: 6, matchRate: 0.75 });
    // Sorted: 1/2, 1/2, 1/2, 2/3, 1, 1. Mean 25/6 / 6 = 25/36. Type-7 quantiles: Q1 at rank 1.25 =
    // 1/2; median at 2.5 = (1/2 + 2/3) / 2 = 7/12; Q3 at 3.75 = 2/3 + 3/4 × 1/3 = 11/12.
    expect(m?.scores.count).toBe(6);
    expect(m?.scores.mean).toBeCloseTo(25 / 36, 12);
    expect(m?.scores.min).toBe(0.5);
    expect(m?.scores.q1).toBe(0.5);
    expect(m?.scores.median).toBeCloseTo(7 / 12, 12);
    expect(m?.scores.q3).toBeCloseTo(11 / 12, 12);
    expect(m?.scores.max).toBe(1);
    expect(m?.scores.histogram).toEqual([0, 0, 0, 0, 0, 3, 1, 0, 0, 2]);
    // Loads: ana 2/2, ben 3/3, cy 1/1, dee 0/0 (idle, and not "full" with no place).
    expect(m?.load).toEqual({ idle: 1, full: 3, utilisation: 1, meanLoad: 1.5, byLoad: [1, 1, 1, 1] });
    expect(m?.unmatched).toEqual({
      noExpert: 2,
      ruledOut: 0,
      sameMentee: 0,
      mentorsFull: 0,
      hoursBudget: 0,
      objective: 0,
      quota: 0,
    });
    expect(m?.topics).toEqual([
      { topic: 'finance', demand: 1, matched: 1, matchRate: 1 },
      { topic: 'pricing', demand: 3, matched: 2, matchRate: 2 / 3 },
      { topic: 'tax', demand: 1, matched: 1, matchRate: 1 },
      { topic: 'seo', demand: 2, matched: 2, matchRate: 1 },
      { topic: 'legal', demand: 1, matched: 0, matchRate: 0 },
    ]);
    // The report carries the summary's count of blocking pairs, and says it.
    const result = matchProgram(MICRO);
    expect(m?.blockingPairs).toBe(result.summary.blockingPairs);
    expect(reportToMarkdown(matched)).toContain(
      `Blocking pairs (a mentee and a mentor who would both rather be paired together): ${m?.blockingPairs}.`,
    );
    // The figures before matching do not depend on the result.
    expect({ ...matched, matching: undefined }).toEqual({ ...report, matching: undefined });
  });

  it('is the same for the parsed programme, its object and its JSON string', () => {
    const text = JSON.stringify(programReport(MICRO));
    expect(JSON.stringify(programReport(JSON.stringify(MICRO)))).toBe(text);
    expect(JSON.stringify(report)).toBe(text);
  });
});

describe('programReport on a hand-made classic programme', () => {
  // lead: m1 level 4 (offers it), capacity 2; code: m2 level 2, offers it, capacity 1.
  // a: goals lead (weight 3) and code (weight 1): shares 3/4 and 1/4; b: code alone (1); c: none.
  const input: ProgramJson = {
    mode: 'classic',
    topics: [{ id: 'lead' }, { id: 'code' }],
    mentors: [
      { id: 'm1', skills: [{ topic: 'lead', level: 4 }], capacity: 2 },
      { id: 'm2', skills: [{ topic: 'code', level: 2 }], offers: ['code'], capacity: 1 },
    ],
    mentees: [
      {
        id: 'a',
        goals: [
          { topic: 'lead', weight: 3 },
          { topic: 'code', weight: 1 },
        ],
      },
      { id: 'b', goals: [{ topic: 'code' }] },
      { id: 'c' },
    ],
  };
  const report = programReport(input, matchProgram(input));

  it('counts goal shares as demand, each goal asking level 3', () => {
    // lead: 3/4 of a place asked; m1 (level 4 ≥ 3) supplies it with 2 places: coverage 8/3.
    expect(topic(report, 'lead')).toMatchObject({
      requests: 1,
      demand: 0.75,
      prioritySum: 0.75,
      levels: [0, 0, 1, 0, 0],
    });
    expect(topic(report, 'lead')).toMatchObject({ ableMentors: 1, suppliers: 1, sharedCapacity: 2, mentorsNeeded: 0 });
    expect(topic(report, 'lead').coverage).toBeCloseTo(8 / 3, 12);
    // code: 1/4 + 1 = 5/4; m2 is willing but at level 2: uncovered; needed ⌈1.25 / 1.5⌉ = 1.
    expect(topic(report, 'code')).toMatchObject({ requests: 2, mentees: 2, demand: 1.25, priorityMean: 0.625 });
    expect(topic(report, 'code')).toMatchObject({
      ableMentors: 0,
      willingMentors: 1,
      suppliers: 0,
      unservable: 2,
      unsupplied: 1.25,
      mentorsNeeded: 1,
    });
    expect(report.uncovered).toEqual(['code']);
    expect(report.hot).toEqual(['code', 'lead']);
    expect(report.champions.map((c) => [c.mentor, c.share, c.sole])).toEqual([['m1', 0.75, 1]]);
  });

  it('matches mentees, one mentor each', () => {
    // 3 mentees (c, without goals, too), 3 places, no level rule in classic: all can be matched.
    expect(report.readiness).toMatchObject({
      demand: 3,
      capacity: 3,
      capacityRatio: 1,
      noCandidate: 0,
      expectedMatched: 3,
    });
    expect(report.matching).toMatchObject({ matched: 3, matchRate: 1 });
    expect(report.matching?.topics).toEqual([
      { topic: 'lead', demand: 0.75, matched: 0.75, matchRate: 1 },
      { topic: 'code', demand: 1.25, matched: 1.25, matchRate: 1 },
    ]);
  });
});

describe('programReport options and errors', () => {
  function invalid(run: () => unknown): InvalidInputError {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      return error as InvalidInputError;
    }
    throw new Error('expected an InvalidInputError');
  }

  it('lists as many champions and hot topics as asked', () => {
    const report = programReport(MICRO, undefined, { champions: 2, hotTopics: 1 });
    expect(report.champions.map((c) => c.mentor)).toEqual(['ana', 'ben']);
    expect(report.hot).toEqual(['pricing']);
    expect(programReport(MICRO, undefined, { champions: 0 }).champions).toEqual([]);
  });

  it('rejects an invalid programme under its own name, with every issue', () => {
    const error = invalid(() => programReport({ ...MICRO, topics: [{ id: 'seo' }] }));
    expect(error.message.startsWith('programReport: ')).toBe(true);
    expect(error.issues.length).toBeGreaterThan(1);
    expect(error.issues[0]?.path[0]).toBe('mentors');
  });

  it('rejects a result of another programme', () => {
    const classic = matchProgram({
      mode: 'classic',
      topics: [{ id: 't' }],
      mentors: [{ id: 'x', skills: [] }],
      mentees: [{ id: 'y' }],
    });
    const error = invalid(() => programReport(MICRO, classic));
    expect(error.message).toMatch(/^programReport: result\.mode is classic/);
    const result = matchProgram(MICRO);
    const renamed = { ...result, matches: result.matches.map((m, k) => (k === 1 ? { ...m, mentor: 'zoe' } : m)) };
    expect(invalid(() => programReport(MICRO, renamed)).issues).toEqual([
      {
        path: ['result', 'matches', 1, 'mentor'],
        code: 'unknown_reference',
        params: { kind: 'mentor', found: '"zoe"' },
        message: 'result.matches[1].mentor: unknown mentor "zoe"',
      },
    ]);
    expect(invalid(() => programReport(MICRO, {} as never)).issues[0]?.path).toEqual(['result']);
  });

  it('rejects bad options', () => {
    const error = invalid(() => programReport(MICRO, undefined, { champions: -1, hotTopics: 1.5 }));
    expect(error.issues.map((i) => i.path)).toEqual([
      ['options', 'champions'],
      ['options', 'hotTopics'],
    ]);
    expect(error.message).toBe(
      'programReport: options.champions must be an integer ≥ 0, got -1; options.hotTopics must be an integer ≥ 0, got 1.5',
    );
    expect(invalid(() => programReport(MICRO, undefined, 3 as never)).issues[0]?.path).toEqual(['options']);
  });
});
