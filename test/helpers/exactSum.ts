/**
 * Exact arithmetic on doubles for tests: every finite double is an integer multiple of 2^-1074, so
 * sums of doubles are held exactly as BigInt counts of 2^-1074, whatever their magnitudes.
 */

const view = new DataView(new ArrayBuffer(8));

/** `x × 2^1074` exactly, for a finite double `x`. */
export function exactUnits(x: number): bigint {
  if (!Number.isFinite(x)) throw new Error(`exactUnits: ${x} is not finite`);
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const exponent = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exponent !== 0) mantissa |= 1n << 52n;
  const units = mantissa << BigInt(Math.max(exponent, 1) - 1);
  return hi >>> 31 === 1 ? -units : units;
}

/** The exact sum of finite doubles, in units of 2^-1074. */
export function exactSum(values: Iterable<number>): bigint {
  let sum = 0n;
  for (const x of values) sum += exactUnits(x);
  return sum;
}

/** `Number.MAX_VALUE` in units of 2^-1074. */
export const MAX_UNITS = exactUnits(Number.MAX_VALUE);

/** Absolute value of a BigInt. */
export function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}
