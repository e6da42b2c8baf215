/** Reading the process's memory from /proc (Linux), for the memory probes run in child processes. */
import { readFileSync, writeFileSync } from 'node:fs';

/** A `kB` field of /proc/self/status in bytes, or `undefined` off Linux. */
export function procStatus(field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return match === null ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}

/** Resets the peak-RSS mark; `false` where that is not possible. */
export function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
