/** Freezes an object graph of plain objects and arrays, and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * {@link deepFreeze}, with every `-0` held in the graph's objects and arrays (those not frozen
 * yet) made 0 first: a parsed programme then comes back from its JSON text unchanged (JSON writes
 * `-0` as 0), which is how helper threads receive it.
 */
export function deepFreezeZeroed<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(value);
    for (const key of keys) if (Object.is(record[key], -0)) record[key] = 0;
    Object.freeze(value);
    for (const key of keys) deepFreezeZeroed(record[key]);
  }
  return value;
}
