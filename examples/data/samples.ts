/**
 * The committed sample programmes (examples/data/*.json): their options, and their bytes, laid out
 * as `biome format` lays out JSON (see formatJson), so that the files pass `npm run lint` and
 * regenerate byte for byte. `mentormatch sample` writes the same bytes for the same options.
 */
import { formatJson } from '../../src/cli/sample/formatJson.js';
import { type SampleOptions, sampleProgram } from '../../src/cli/sample/sampleProgram.js';

/** Each sample file's name (without `.json`) and the options that generate it. */
export const SAMPLES: Readonly<Record<'micro' | 'classic', SampleOptions>> = {
  micro: { mode: 'micro', mentors: 40, mentees: 150, seed: 1 },
  classic: { mode: 'classic', mentors: 40, mentees: 120, seed: 2 },
};

/** The sample's file content. */
export function sampleJson(options: SampleOptions): string {
  return formatJson(sampleProgram(options));
}
