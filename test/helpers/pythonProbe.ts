/** Probes python3 for the oracles that run through it, without running anything at import. */
import { spawnSync } from 'node:child_process';

/** Whether `python3 -c code` runs (the imports an oracle needs), and if not, why. */
export function probePython(code: string): { readonly available: boolean; readonly reason: string } {
  const probe = spawnSync('python3', ['-c', code], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error !== undefined) return { available: false, reason: `python3 cannot be run (${probe.error.message})` };
  if (probe.status !== 0) {
    const last = probe.stderr.trim().split('\n').at(-1) ?? '';
    return { available: false, reason: `python3 -c 'import scipy' fails: ${last}` };
  }
  return { available: true, reason: '' };
}
