/**
 * Memory of one call, measured in a fresh child process (bench/harness/probe.ts) so that nothing
 * run before it in the benchmark's own process can hide or inflate the numbers. A suite's probe
 * module exports `probeTarget(args): ProbeTarget`; {@link runProbe} runs it and reads the result.
 */
import { spawnSync } from 'node:child_process';
import { ROOT, rootPath } from './paths.js';

/** What a suite's probe module hands the probe: the call to measure, its input already built. */
export interface ProbeTarget {
  /** The measured call; its result is held until the retained memory has been read. */
  call(): unknown;
  /** Figures of the input and the result that the report needs (sizes, pairs), all numbers. */
  facts(result: unknown): Record<string, number>;
}

/** What the probe prints, in bytes. */
export interface ProbeResult {
  /** Growth of `process.memoryUsage().arrayBuffers` around the call, before any collection. */
  readonly arrayBuffers: number;
  /** Growth of `heapUsed` around the call, before any collection. */
  readonly heapUsed: number;
  /** Heap and array buffers still in use after a full collection, the result held. */
  readonly retained: number;
  /** Peak RSS growth during the call; `null` where it cannot be read (off Linux). */
  readonly peakRss: number | null;
  readonly facts: Readonly<Record<string, number>>;
}

/**
 * Runs the probe on `module` (relative to bench/, e.g. `lsap/memory.ts`) with `args`, under tsx
 * with `--expose-gc`, in a fresh process.
 */
export function runProbe(module: string, args: readonly (string | number)[]): ProbeResult {
  const probe = rootPath('bench/harness/probe.ts');
  const command = ['--expose-gc', '--import', 'tsx', probe, module, ...args.map(String)];
  const child = spawnSync(process.execPath, command, { cwd: ROOT, encoding: 'utf8' });
  if (child.error !== undefined) throw child.error;
  if (child.status !== 0)
    throw new Error(`bench: memory probe ${module} ${args.join(' ')} failed: ${child.stderr.trim()}`);
  return JSON.parse(child.stdout) as ProbeResult;
}

/** A fact of a probe's result, which the probe module is known to report. */
export function fact(result: ProbeResult, name: string): number {
  const value = result.facts[name];
  if (value === undefined) throw new Error(`bench: the probe reported no ${name}`);
  return value;
}
