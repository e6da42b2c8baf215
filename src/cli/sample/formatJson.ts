/**
 * JSON laid out as `biome format` lays it out (objects expanded, arrays of scalars on one line when
 * they fit), so that a generated programme passes `biome check` as it is and regenerates byte for
 * byte (examples/data/*.json, `mentormatch sample`).
 */

/** Line width of the formatter (biome.json). */
const LINE_WIDTH = 120;

/**
 * JSON with a two-space indent and a final newline, as biome formats it: an object of scalars (a
 * skill, a request, a pair) on one line when it fits, and an array on one line when its items all
 * go on one line and it fits; other objects expanded.
 */
export function formatJson(value: unknown): string {
  return `${layout(value, '', 0)}\n`;
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object';
/** An object of scalars, or a scalar: what may go on one line. */
const isFlat = (v: unknown) => isScalar(v) || (!Array.isArray(v) && Object.values(v as object).every(isScalar));

/** `value` on one line. */
function inline(value: unknown): string {
  if (isScalar(value)) return JSON.stringify(value);
  const entries = Object.entries(value as object);
  return entries.length === 0
    ? '{}'
    : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
}

/** `value` at `indent`, with `taken` characters of its line used by what comes before and after it. */
function layout(value: unknown, indent: string, taken: number): string {
  if (isScalar(value)) return JSON.stringify(value);
  if (isFlat(value) && taken + inline(value).length <= LINE_WIDTH) return inline(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isFlat)) {
      const flat = `[${value.map(inline).join(', ')}]`;
      if (taken + flat.length <= LINE_WIDTH) return flat;
      // biome fills long arrays of numbers line by line; the samples have none.
      if (value.some((v) => typeof v === 'number')) throw new RangeError('formatJson: a long array of numbers');
    }
    const items = value.map((v, k) => inner + layout(v, inner, inner.length + (k < value.length - 1 ? 1 : 0)));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as object);
  if (entries.length === 0) return '{}';
  const items = entries.map(([key, v], k) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return head + layout(v, inner, head.length + (k < entries.length - 1 ? 1 : 0));
  });
  return `{\n${items.join(',\n')}\n${indent}}`;
}
