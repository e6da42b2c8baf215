/**
 * `indexTopics` against its definition, read off each mentor's skills and offers with no index:
 * `direct` is the mentor's level on the topic; `effective` the best of that level, half the level
 * on the topic's parent or on one of its children, and 0.3 × the level on a sibling; `willing` 1
 * for a topic offered, 0.5 for the parent or a child of one, else 0. Programmes of 1 to 300
 * mentors (the index builds them a block of mentors at a time: blocks cut anywhere), on a taxonomy
 * three levels deep with skills and offers at every level.
 */
import { describe, expect, it } from 'vitest';
import { type Program, parseProgram } from '../src/index.js';
import { idIndex } from '../src/model/idIndex.js';
import { indexTopics, LEVEL_CODES, PARENT_CHILD_CREDIT, SIBLING_CREDIT } from '../src/model/indexTopics.js';
import { mulberry32, randomInt } from './helpers/random.js';

/** A programme of `mentors` mentors over a three-level taxonomy (and a lone topic), drawn from `seed`. */
function drawn(mentors: number, seed: number): Program {
  const rng = mulberry32(seed);
  const topics: { id: string; parent?: string }[] = [{ id: 'alone' }];
  for (let a = 0; a < 3; a++) {
    topics.push({ id: `a${a}` });
    for (let b = 0; b < 4; b++) {
      topics.push({ id: `a${a}b${b}`, parent: `a${a}` });
      for (let c = 0; c < 3; c++) topics.push({ id: `a${a}b${b}c${c}`, parent: `a${a}b${b}` });
    }
  }
  const pick = () => (topics[randomInt(rng, 0, topics.length - 1)] as { id: string }).id;
  const people = Array.from({ length: mentors }, (_, m) => {
    const skills = new Map<string, number>();
    for (let k = randomInt(rng, 0, 6); k > 0; k--) skills.set(pick(), randomInt(rng, 1, 5));
    const offers = new Set<string>();
    for (let k = randomInt(rng, 0, 3); k > 0; k--) offers.add(pick());
    return {
      id: `m${m}`,
      skills: [...skills].map(([topic, level]) => ({ topic, level })),
      ...(rng() < 0.3 ? {} : { offers: [...offers] }),
    };
  });
  return parseProgram({
    mode: 'micro',
    topics,
    mentors: people,
    mentees: [{ id: 'x', requests: [{ topic: 'alone', level: 1 }] }],
  });
}

/** The three arrays by definition, topic-major. */
function byDefinition(program: Program) {
  const { topics, mentors } = program;
  const n = mentors.length;
  const direct = new Float64Array(topics.length * n);
  const effective = new Float64Array(topics.length * n);
  const willing = new Float64Array(topics.length * n);
  mentors.forEach((mentor, m) => {
    const level = (id: string | undefined) => mentor.skills.find((s) => s.topic === id)?.level ?? 0;
    topics.forEach((t, k) => {
      const parent = t.parent;
      const children = topics.filter((c) => c.parent === t.id).map((c) => c.id);
      const siblings = topics.filter((s) => parent !== undefined && s.parent === parent && s.id !== t.id);
      direct[k * n + m] = level(t.id);
      effective[k * n + m] = Math.max(
        level(t.id),
        PARENT_CHILD_CREDIT * level(parent),
        ...children.map((c) => PARENT_CHILD_CREDIT * level(c)),
        ...siblings.map((s) => SIBLING_CREDIT * level(s.id)),
      );
      const offered = (id: string | undefined) => id !== undefined && mentor.offers.includes(id);
      willing[k * n + m] = offered(t.id) ? 1 : offered(parent) || children.some(offered) ? PARENT_CHILD_CREDIT : 0;
    });
  });
  return { direct, effective, willing };
}

describe('indexTopics', () => {
  it('gives every mentor the levels and offers of its definition, whatever the number of mentors', () => {
    for (const [mentors, seed] of [
      [1, 1],
      [63, 2],
      [64, 3],
      [65, 4],
      [130, 5],
      [300, 6],
    ] as const) {
      const program = drawn(mentors, seed);
      const index = indexTopics(program, idIndex(program.topics));
      const want = byDefinition(program);
      expect(index.direct).toEqual(want.direct);
      expect(index.effective).toEqual(want.effective);
      expect(index.willing).toEqual(want.willing);
      // Each entry's code gives back its pair, and each pair has one code, the zeros 0.
      const { levelCode, codeEffective, codeWilling } = index;
      expect(levelCode).not.toBeNull();
      const codes = levelCode as Uint8Array;
      expect(codes).toHaveLength(want.effective.length);
      expect([codeEffective[0], codeWilling[0]]).toEqual([0, 0]);
      const seen = new Set<string>();
      for (let c = 0; c < codeEffective.length; c++) seen.add(`${codeEffective[c]} ${codeWilling[c]}`);
      expect(seen.size).toBe(codeEffective.length);
      for (let e = 0; e < codes.length; e++) {
        const c = codes[e] as number;
        if (codeEffective[c] !== want.effective[e] || codeWilling[c] !== want.willing[e])
          expect([codeEffective[c], codeWilling[c]], `entry ${e}`).toEqual([want.effective[e], want.willing[e]]);
      }
    }
  });

  it('codes at most 16 × 3 pairs for a parsed programme; past LEVEL_CODES distinct pairs, none', () => {
    // Every level on every kind of topic: the effective values are the levels, half and 0.3 of them.
    const program = drawn(300, 7);
    const index = indexTopics(program, idIndex(program.topics));
    expect(index.codeEffective.length).toBeGreaterThan(16);
    expect(index.codeEffective.length).toBeLessThanOrEqual(16 * 3);
    // Levels no parsed programme has (not whole numbers): a distinct pair per mentor.
    const many = (mentors: number): Program => ({
      ...program,
      mentors: Array.from({ length: mentors }, (_, m) => ({
        ...(program.mentors[0] as Program['mentors'][number]),
        id: `m${m}`,
        skills: [{ topic: 'alone', level: 1 + m / 1000 }],
        offers: [],
      })),
    });
    const fits = indexTopics(many(LEVEL_CODES - 1), idIndex(program.topics));
    expect(fits.codeEffective).toHaveLength(LEVEL_CODES);
    expect(fits.levelCode).not.toBeNull();
    const over = indexTopics(many(LEVEL_CODES), idIndex(program.topics));
    expect(over.levelCode).toBeNull();
    expect(Array.from(over.effective.subarray(0, LEVEL_CODES))).toEqual(
      Array.from({ length: LEVEL_CODES }, (_, m) => 1 + m / 1000),
    );
  });
});
