/**
 * Types for munkres-js 1.2.2, which ships none: a CommonJS function that returns the optimal
 * `[row, column]` pairs of a cost matrix (rectangular matrices are padded with `padValue`, default 0).
 */
declare module 'munkres-js' {
  function computeMunkres(costs: number[][], options?: { padValue?: number }): [number, number][];
  export default computeMunkres;
}
