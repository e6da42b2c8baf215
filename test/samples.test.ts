/**
 * The committed sample programmes (examples/data/*.json): they parse, they are exactly what
 * `npm run samples` writes (so they cannot drift from the generator), and they score sensibly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLES, sampleJson } from '../examples/data/samples.js';
import { sampleProgram } from '../src/cli/sample/sampleProgram.js';
import { InvalidInputError, matchProgram, parseProgram, scoreProgram } from '../src/index.js';

const names = Object.keys(SAMPLES) as (keyof typeof SAMPLES)[];
const read = (name: string) => readFileSync(new URL(`../examples/data/${name}.json`, import.meta.url), 'utf8');

describe.each(names)('examples/data/%s.json', (name) => {
  const options = SAMPLES[name];
  const text = read(name);

  it('parses, in the mode and with the sizes it was generated for', () => {
    const program = parseProgram(text);
    expect(program.mode).toBe(options.mode);
    expect(program.mentors).toHaveLength(options.mentors);
    expect(program.mentees).toHaveLength(options.mentees);
  });

  it('is what sampleProgram generates from its options, byte for byte (else run `npm run samples`)', () => {
    expect(JSON.parse(text)).toEqual(sampleProgram(options));
    expect(
      text === sampleJson(options),
      `examples/data/${name}.json differs from what \`npm run samples\` writes`,
    ).toBe(true);
  });

  it('scores every pair in [0, 1] or -Infinity, and explain() agrees with the table', () => {
    const table = scoreProgram(parseProgram(text));
    const { rows, cols, data } = table.scores;
    expect(rows).toBe(table.rows.length);
    expect(cols).toBe(options.mentors);
    let forbidden = 0;
    let stranded = 0;
    for (let r = 0; r < rows; r++) {
      let allowed = 0;
      for (let c = 0; c < cols; c++) {
        const score = data[r * cols + c] as number;
        if (score === Number.NEGATIVE_INFINITY) forbidden++;
        else {
          allowed++;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
        // Every fifth pair: the explanation says forbidden exactly where the table does.
        if ((r * cols + c) % 5 === 0) {
          const why = table.explain(r, c);
          expect(why.forbidden).toBe(score === Number.NEGATIVE_INFINITY);
          if (!why.forbidden) expect(why.criteria.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(score, 9);
        }
      }
      if (allowed === 0) stranded++;
    }
    // Some pairs are forbidden, not all; most units of demand have at least one allowed mentor.
    expect(forbidden).toBeGreaterThan(0);
    expect(forbidden).toBeLessThan(rows * cols);
    expect(stranded).toBeLessThan(0.15 * rows);
  });

  it('locks a pair that the hard rules allow', () => {
    const program = parseProgram(text);
    const table = scoreProgram(program);
    expect(program.rules.lockedPairs).toHaveLength(1);
    const [locked] = program.rules.lockedPairs;
    const row = table.rows.findIndex((x) => x.menteeId === locked?.mentee && x.topic === locked?.topic);
    const col = table.mentorIds.indexOf(locked?.mentor ?? '');
    expect(row).toBeGreaterThanOrEqual(0);
    expect(col).toBeGreaterThanOrEqual(0);
    expect(table.explain(row, col).rules).toEqual([]);
    expect(Number.isFinite(table.scores.data[row * table.scores.cols + col])).toBe(true);
  });
});

describe('the bundled micro sample under its hours budgets (the README quotes these figures)', () => {
  const text = read('micro');

  it('total: every budget kept, ranking above first come, first served, within 0.05% of the proven bound', () => {
    const { summary } = matchProgram(text);
    expect(summary.boundOn).toBe('weightedTotal');
    expect(summary.bound).not.toBeNull();
    expect(summary.gap).not.toBeNull();
    expect(summary.gap as number).toBeLessThanOrEqual(0.0005);
    expect(summary.weightedTotal).toBeGreaterThan(summary.greedy.weightedTotal);
    for (const load of summary.mentorLoad) {
      if (load.hoursBudget !== undefined) expect(load.hours as number).toBeLessThanOrEqual(load.hoursBudget + 1e-9);
    }
  });

  it('coverage: the priority matched within 0.05% of the proven bound', () => {
    const { summary } = matchProgram(text, { objective: 'coverage' });
    expect(summary.boundOn === 'weightedMatched' || summary.boundOn === 'weightedTotal').toBe(true);
    expect(summary.gap as number).toBeLessThanOrEqual(0.0005);
  });
});

describe('sampleProgram on options out of range', () => {
  it('throws InvalidInputError listing every option out of range, with its name as the path', () => {
    let thrown: unknown;
    try {
      sampleProgram({ mode: 'micro', mentors: 0, mentees: 0, topics: 5, seed: 1 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidInputError);
    const { issues, message } = thrown as InvalidInputError;
    expect(issues.map((i) => i.path)).toEqual([['mentors'], ['mentees'], ['topics']]);
    expect(message).toBe(
      'sampleProgram: mentors must be ≥ 1, got 0; mentees must be ≥ 1, got 0; topics must be > 12, got 5',
    );
  });
});
