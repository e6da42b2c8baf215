/**
 * fast-check settings shared by the property tests: one fixed seed, printed once, so that any
 * failure can be replayed (`fc.assert(..., { seed, path })` with the values fast-check reports).
 */
import fc from 'fast-check';

/** The fixed seed of every property test in the suite. */
export const FC_SEED = 20_261_126;

/** Options for `fc.assert`: the fixed seed and a number of runs. */
export function fcOptions(numRuns: number): fc.Parameters<unknown> {
  return { seed: FC_SEED, numRuns };
}

/** A matrix entry drawn from a mix of classes: small integers (ties), negatives, floats, and (when
 * `forbidden` is given) forbidden entries. */
export function entry(forbidden?: number): fc.Arbitrary<number> {
  const finite = fc.oneof(
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: -100, max: 100 }),
    fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
  );
  return forbidden === undefined
    ? finite
    : fc.oneof({ weight: 4, arbitrary: finite }, { weight: 1, arbitrary: fc.constant(forbidden) });
}

/** A `rows × cols` matrix of entries from `values`, shapes within the bounds. */
export function matrix(values: fc.Arbitrary<number>, maxRows = 7, maxCols = 7, minSide = 0): fc.Arbitrary<number[][]> {
  return fc
    .tuple(fc.integer({ min: minSide, max: maxRows }), fc.integer({ min: minSide, max: maxCols }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(values, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    );
}
