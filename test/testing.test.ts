/**
 * `mentormatch/testing`: its generators give what they promise (valid programmes that parse, at the
 * sizes asked; near-valid ones rejected exactly at the path they name, every mutation in use), and
 * fast-check stays out of the other entries.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, parseProgram } from '../src/index.js';
import { nearValidProgramArbitrary, programArbitrary, sampleProgramArbitrary } from '../src/testing.js';
import { FC_SEED } from './helpers/fastCheck.js';

describe('mentormatch/testing', () => {
  it('programArbitrary: every programme parses, within the sizes asked', () => {
    fc.assert(
      fc.property(programArbitrary({ maxMentors: 3, maxMentees: 4 }), (input) => {
        const program = parseProgram(input);
        expect(program.mentors.length).toBeLessThanOrEqual(3);
        expect(program.mentees.length).toBeLessThanOrEqual(4);
      }),
      { seed: FC_SEED, numRuns: 300 },
    );
  });

  it('sampleProgramArbitrary: realistic programmes of the size asked, both modes, that parse', () => {
    const modes = new Set<string>();
    fc.assert(
      fc.property(sampleProgramArbitrary({ mentors: 4, mentees: 6 }), (input) => {
        const program = parseProgram(input);
        modes.add(program.mode);
        expect(program.mentors).toHaveLength(4);
        expect(program.mentees).toHaveLength(6);
      }),
      { seed: FC_SEED, numRuns: 20 },
    );
    expect([...modes].sort()).toEqual(['classic', 'micro']);
  });

  it('nearValidProgramArbitrary: each input is rejected, with an issue at the path it names; every mutation occurs', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(nearValidProgramArbitrary(), ({ input, mutation, path }) => {
        seen.add(mutation);
        let error: unknown;
        try {
          parseProgram(input);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(InvalidInputError);
        const paths = (error as InvalidInputError).issues.map((issue) => JSON.stringify(issue.path));
        expect(paths, mutation).toContain(JSON.stringify(path));
      }),
      { seed: FC_SEED, numRuns: 400 },
    );
    expect(seen.size).toBe(8);
  });

  it('fast-check is bundled by no other entry', async () => {
    for (const entry of ['index.ts', 'solvers.ts']) {
      const result = await build({
        entryPoints: [fileURLToPath(new URL(`../src/${entry}`, import.meta.url))],
        bundle: true,
        write: false,
        metafile: true,
        format: 'esm',
        platform: 'neutral',
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.length).toBeGreaterThan(10);
      expect(inputs.filter((path) => path.includes('fast-check') || path.includes('src/testing'))).toEqual([]);
    }
  });
});
