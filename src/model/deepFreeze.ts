/**
 * Freezes an acyclic graph of plain objects and arrays (a parsed programme, a JSON Schema), each
 * object after what it holds, and returns it. Every `-0` held in the objects and arrays not frozen
 * yet is made 0 first: a parsed programme then comes back from its JSON text unchanged (JSON writes
 * `-0` as 0), which is how helper threads receive it. Arrays are walked by index (their keys as
 * strings would be one allocation per entry).
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    const record = value as Record<string | number, unknown>;
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) zeroed(record, i);
    else for (const key of Object.keys(value)) zeroed(record, key);
    Object.freeze(value);
  }
  return value;
}

/** Freezes `record[key]` ({@link deepFreeze}), or makes it 0 when it is -0. */
function zeroed(record: Record<string | number, unknown>, key: string | number): void {
  const v = record[key];
  if (typeof v === 'object') deepFreeze(v);
  else if (v === 0 && 1 / v < 0) record[key] = 0;
}
