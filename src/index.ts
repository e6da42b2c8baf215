/**
 * `mentormatch`: the matching engine behind mentoring programmes. The root entry holds everything
 * of `mentormatch/solvers` (the numeric solvers, matrices and errors) and the domain layers.
 *
 * @module
 */
export * from './solvers.js';
