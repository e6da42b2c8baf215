/**
 * `mentormatch/testing`: fast-check generators of programmes, for users' own property tests (an HR
 * product fuzzing its integration). fast-check is an optional peer dependency, needed only by this
 * entry; the other entries never load it.
 */
export { type NearValidProgram, nearValidProgramArbitrary } from './testing/nearValidProgram.js';
export { type ProgramArbitraryOptions, programArbitrary } from './testing/programArbitrary.js';
export { type SampleProgramArbitraryOptions, sampleProgramArbitrary } from './testing/sampleProgramArbitrary.js';
