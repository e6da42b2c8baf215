/** The tests use the generators that `mentormatch/testing` gives users. */
export * from '../../src/testing/programArbitrary.js';
