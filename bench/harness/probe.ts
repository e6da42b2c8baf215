/**
 * The memory probe: a child process that measures one call in a fresh process, so nothing run
 * before can hide or inflate the numbers. The suite's probe module (e.g. bench/lsap/memory.ts)
 * exports `probeTarget(args)`, which builds the input (not measured) and returns the call. Around
 * the call: the growth of `arrayBuffers` and `heapUsed` (read before any collection, so transient
 * typed arrays still count), the peak RSS growth and, after a full collection with the result held,
 * what stays allocated. Peak RSS is read on Linux only: the high-water mark is reset just before
 * the call (`5` written to /proc/self/clear_refs) and VmHWM after it, minus VmRSS before it, is the
 * call's peak growth. (`process.resourceUsage().maxRSS` is no use here: Linux carries the parent's
 * high-water mark into a spawned child.) Prints {@link ProbeResult} as JSON.
 *
 * usage: node --expose-gc --import tsx bench/harness/probe.ts MODULE [ARGS...]
 * (MODULE relative to bench/, e.g. `lsap/memory.ts`; started by {@link runProbe} in memory.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ProbeResult, ProbeTarget } from './memory.js';
import { rootPath } from './paths.js';

/** A `kB` field of /proc/self/status in bytes, or `undefined` off Linux. */
function procStatus(field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'));
    return match === null ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}

/** Resets the peak-RSS mark; `false` where that is not possible. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function measure(target: ProbeTarget): ProbeResult {
  globalThis.gc?.();
  globalThis.gc?.();
  const canPeak = resetPeak();
  const rssBefore = procStatus('VmRSS');
  const before = process.memoryUsage();
  const result = target.call();
  const after = process.memoryUsage();
  const peak = procStatus('VmHWM');
  globalThis.gc?.();
  const held = process.memoryUsage();
  const facts = target.facts(result);
  return {
    arrayBuffers: after.arrayBuffers - before.arrayBuffers,
    heapUsed: after.heapUsed - before.heapUsed,
    retained: held.heapUsed + held.arrayBuffers - before.heapUsed - before.arrayBuffers,
    peakRss: canPeak && peak !== undefined && rssBefore !== undefined ? peak - rssBefore : null,
    facts,
  };
}

const [module, ...args] = process.argv.slice(2);
if (module === undefined || !/^[a-z]+\/[A-Za-z]+\.ts$/.test(module)) {
  throw new Error('usage: probe.ts MODULE [ARGS...], MODULE as suite/file.ts under bench/');
}
const loaded = (await import(pathToFileURL(rootPath(`bench/${module}`)).href)) as { probeTarget?: unknown };
if (typeof loaded.probeTarget !== 'function') throw new Error(`bench: ${module} exports no probeTarget`);
const target = (loaded.probeTarget as (args: readonly string[]) => ProbeTarget)(args);
console.log(JSON.stringify(measure(target)));
