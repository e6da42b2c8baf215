/** Compares two ids by UTF-16 code unit, the same on every runtime (never by locale or ICU build). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
