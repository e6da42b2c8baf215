/**
 * The one runner of the Python test oracles (scipy_oracle.py, scipy_csr_oracle.py,
 * transport_oracle.py, match_oracle.py): a probe of python3 that runs nothing at import, and one python3 process per
 * batch, the batch on stdin, the answers back as one JSON array, checked for number.
 */
import { spawn, spawnSync } from 'node:child_process';
import { basename } from 'node:path';

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

/** One batch for an oracle script. */
export interface OracleRun {
  /** The script's path. */
  readonly script: string;
  /** What goes to its stdin: JSON text or raw bytes (float64 values). */
  readonly input: string | Uint8Array;
  /** How many answers must come back, and what they answer (`instances`, `problems`), for messages. */
  readonly asked: number;
  readonly noun: string;
  /** Milliseconds before the process is killed (synchronous runs only). */
  readonly timeout?: number;
}

const MAX_OUTPUT = 256 * 1024 * 1024;

function answers<T>(run: OracleRun, stdout: string): T[] {
  const parsed = JSON.parse(stdout) as T[];
  if (parsed.length !== run.asked) {
    throw new Error(`${basename(run.script)} answered ${parsed.length} of ${run.asked} ${run.noun}`);
  }
  return parsed;
}

function failure(run: OracleRun, status: number | null, stderr: string): Error {
  return new Error(`${basename(run.script)} exited with ${status}: ${stderr}`);
}

/** Runs the script on one batch in a single python3 process; its answers, in order. */
export function runOracle<T>(run: OracleRun): T[] {
  const child = spawnSync('python3', [run.script], {
    input: run.input,
    encoding: 'utf8',
    maxBuffer: MAX_OUTPUT,
    ...(run.timeout === undefined ? {} : { timeout: run.timeout }),
  });
  if (child.error !== undefined) throw child.error;
  if (child.status !== 0) throw failure(run, child.status, child.stderr);
  return answers<T>(run, child.stdout);
}

/** The same in the background: the tests go on with their own work while the oracle solves. */
export function runOracleAsync<T>(run: OracleRun): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [run.script], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) {
        reject(failure(run, status, Buffer.concat(err).toString('utf8')));
        return;
      }
      try {
        resolve(answers<T>(run, Buffer.concat(out).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
    child.stdin.end(run.input);
  });
}
