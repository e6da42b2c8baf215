/**
 * scipy.optimize.linear_sum_assignment through `python3`, the reference column of the assignment
 * suites (lsap, capacitated). The exact matrix
 * the JavaScript solvers get is written as raw float64 to a temporary file and read with
 * numpy.fromfile, so every ratio compares the same instance; scipy_lsa.py times the call alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { endianness, tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate, type Instance } from './instance.js';
import type { Outcome } from './outcome.js';
import { rootPath } from './paths.js';
import type { RunPlan } from './timing.js';

/** Whether scipy can be used, and its versions. */
export type ScipyProbe =
  | { readonly available: true; readonly scipy: string; readonly numpy: string; readonly python: string }
  | { readonly available: false; readonly reason: string };

/** Samples in ms and the checked outcome of one instance. */
export interface ScipyRun {
  readonly samples: number[];
  readonly outcome: Outcome;
}

const SCRIPT = rootPath('bench/harness/scipy_lsa.py');
const MAX_OUTPUT = 1 << 28;

/** Runs `python3 -c 'import scipy'` and reports the versions, or why it failed. */
export function probeScipy(): ScipyProbe {
  if (endianness() !== 'LE') return { available: false, reason: 'scipy_lsa.py reads little-endian float64' };
  const code =
    'import json, platform, numpy, scipy; print(json.dumps([scipy.__version__, numpy.__version__, platform.python_version()]))';
  const child = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
  if (child.error !== undefined) return { available: false, reason: child.error.message };
  if (child.status !== 0) {
    const lines = child.stderr.trim().split('\n');
    return { available: false, reason: lines[lines.length - 1] ?? `exit code ${child.status}` };
  }
  const [scipy, numpy, python] = JSON.parse(child.stdout) as [string, string, string];
  return { available: true, scipy, numpy, python };
}

/** The header line that says which scipy ran, or why none did. */
export function scipyLine(scipy: ScipyProbe | undefined): string {
  if (scipy === undefined) return 'scipy: not selected';
  if (scipy.available) return `Python ${scipy.python}, scipy ${scipy.scipy}, numpy ${scipy.numpy}`;
  return `scipy: **skipped**, \`python3 -c 'import scipy'\` failed (${scipy.reason})`;
}

interface ScipyAnswer {
  samples: number[];
  status: 'solved' | 'infeasible';
  rowToCol?: number[];
  total?: number;
}

/** A scratch directory for matrix files, removed by `dispose`. */
export function scratchDir(): { path: string; dispose(): void } {
  const path = mkdtempSync(join(tmpdir(), 'mentormatch-bench-'));
  return { path, dispose: () => rmSync(path, { recursive: true, force: true }) };
}

/** Times scipy on `instance` by `plan`; `dir` holds the temporary matrix file. */
export function runScipy(instance: Instance, plan: RunPlan, dir: string): ScipyRun {
  const { rows, cols, data } = instance.matrix;
  const file = join(dir, 'matrix.f64');
  writeFileSync(file, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  const args = [
    SCRIPT,
    file,
    String(rows),
    String(cols),
    String(plan.runs),
    plan.warmup ? '1' : '0',
    String(plan.capMs),
  ];
  const child = spawnSync('python3', args, { encoding: 'utf8', maxBuffer: MAX_OUTPUT });
  rmSync(file, { force: true });
  if (child.error !== undefined) throw child.error;
  if (child.status !== 0) throw new Error(`bench: scipy_lsa.py failed: ${child.stderr.trim()}`);
  const answer = JSON.parse(child.stdout) as ScipyAnswer;
  if (answer.status === 'infeasible' || answer.rowToCol === undefined) {
    return { samples: answer.samples, outcome: { kind: 'infeasible' } };
  }
  return { samples: answer.samples, outcome: evaluate(instance, answer.rowToCol, answer.total) };
}
