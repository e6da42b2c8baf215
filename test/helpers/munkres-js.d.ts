/** Types for munkres-js 1.2 (CommonJS, untyped): `module.exports` is the solving function. */
declare module 'munkres-js' {
  interface MunkresOptions {
    /** Value that pads a rectangular matrix to a square one; default 0. */
    readonly padValue?: number;
  }
  /**
   * Minimum-cost assignment by the Munkres (Hungarian) method. Returns the assigned `[row, column]`
   * pairs; a rectangular matrix is padded to a square one first. Never modifies `costMatrix`.
   */
  function computeMunkres(
    costMatrix: ReadonlyArray<ReadonlyArray<number>>,
    options?: MunkresOptions,
  ): Array<[row: number, column: number]>;
  export default computeMunkres;
}
