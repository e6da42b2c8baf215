/** The value as an array-like of unknowns (arrays and typed arrays other than DataView), or null. */
export function arrayLike(value: unknown): ArrayLike<unknown> | null {
  if (Array.isArray(value)) return value;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return value as unknown as ArrayLike<unknown>;
  return null;
}
