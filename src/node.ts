/**
 * `mentormatch/node`: what only Node offers, kept out of the other entries (which run in browsers
 * and edge runtimes too): helper threads on `worker_threads`.
 *
 * @module
 */

import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Threads } from './score/threads.js';
import { checkOption } from './solve/internal/clock.js';

export type { Threads } from './score/threads.js';

/** Options of {@link workerThreads}. */
export interface WorkerThreadsOptions {
  /**
   * How many helper threads, an integer ≥ 0. Default: one less than the machine's CPUs
   * (`os.availableParallelism()`), the calling thread being the last one.
   */
  readonly size?: number;
  /** The fewest candidate pairs worth sharing out ({@link Threads.minPairs}); default 2²⁴. */
  readonly minPairs?: number;
}

/** Helper threads of {@link workerThreads}: a {@link Threads} to pass to the calls, and its end. */
export interface WorkerThreads extends Threads {
  /** Stops the helpers; pass the threads to no call after. They never keep the process alive. */
  close(): Promise<void>;
}

/**
 * Helper threads on Node's `worker_threads` for the calls' `threads` option: with them,
 * `matchProgram` scores a large programme's pairs on several cores (the rows shared out, the
 * result the same bit for bit). Make them once and pass them to every call; `close()` them at the
 * end. Below about 17 million candidate pairs the calling thread scores alone (handing out the
 * shares would cost more).
 *
 * @example
 * ```ts
 * import { matchProgram } from 'mentormatch';
 * import { workerThreads } from 'mentormatch/node';
 *
 * const program = {
 *   mode: 'classic' as const,
 *   topics: [{ id: 'sales' }],
 *   mentors: Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, skills: [{ topic: 'sales', level: 1 + (i % 5) }], capacity: 2 })),
 *   mentees: Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, goals: [{ topic: 'sales' }] })),
 * };
 * // One helper; `minPairs: 0` shares out even this small programme (by default, from about 17 million pairs).
 * const threads = workerThreads({ size: 1, minPairs: 0 });
 * const shared = matchProgram(program, { threads });
 * console.log(JSON.stringify(shared) === JSON.stringify(matchProgram(program))); // true
 * void threads.close();
 * ```
 */
export function workerThreads(options?: WorkerThreadsOptions): WorkerThreads {
  const size = options?.size ?? Math.max(0, availableParallelism() - 1);
  checkOption('workerThreads', 'size', size, Number.isInteger(size) && size >= 0, ['integerFrom0']);
  const minPairs = options?.minPairs;
  checkOption('workerThreads', 'minPairs', minPairs, typeof minPairs === 'number' && minPairs >= 0, ['number']);
  // The worker next to this file, built alike (.js, .cjs; .ts when run from the sources, via tsx).
  const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
  const ext = here.slice(here.lastIndexOf('.'));
  const script = new URL(`./node/worker${ext}`, here);
  // Each worker starts from a few lines that load the worker module (from the sources, the tests,
  // through tsx, a dev dependency) and, should it fail to load or the thread end, answer
  // `{ gone: true }`: a calling thread blocked on a reply cannot hear the worker's `error` event.
  // The lines read alike as a script and as a module (no `require`): a worker inherits the calling
  // process's options, and under `node --input-type=module` its code is a module, where a
  // `require` threw before anything could answer, and the calling thread waited for ever.
  const load =
    ext === '.ts'
      ? `import('tsx/esm/api').then((api) => api.tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(here)}))`
      : `import(${JSON.stringify(script.href)})`;
  const source = `let data;
const gone = (error) => {
  if (data === undefined) return;
  try { data.port.postMessage({ gone: true, error: String(error) }); } catch {}
  Atomics.add(data.flag, 0, 1);
  Atomics.notify(data.flag, 0);
};
process.on('exit', () => gone('the helper thread ended'));
import('node:worker_threads').then((threads) => { data = threads.workerData; return ${load}; }).catch(gone);`;
  const helpers = Array.from({ length: size }, () => {
    const { port1, port2 } = new MessageChannel();
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(source, { eval: true, workerData: { port: port2, flag }, transferList: [port2] });
    const helper = { worker, port: port1 as MessagePort, flag, seen: 0, gone: false };
    // A helper that fails or stops: its shares go back to the calling thread.
    worker.on('error', () => {
      helper.gone = true;
    });
    worker.unref();
    port1.unref();
    return helper;
  });
  const at = (k: number) => {
    const helper = helpers[k];
    if (helper === undefined) throw new RangeError(`workerThreads: no helper ${k}`);
    return helper;
  };
  return {
    size,
    ...(minPairs === undefined ? {} : { minPairs }),
    send: (k, task) => at(k).worker.postMessage(task),
    receive: (k, waitMs) => {
      const helper = at(k);
      if (Atomics.load(helper.flag, 0) === helper.seen && waitMs > 0) Atomics.wait(helper.flag, 0, helper.seen, waitMs);
      if (helper.gone) return { gone: true };
      const got = receiveMessageOnPort(helper.port);
      if (got !== undefined) {
        helper.seen++;
        // Gone once, gone for good: its later shares too are done on the calling thread.
        if ((got.message as { gone?: unknown }).gone === true) helper.gone = true;
        return got.message;
      }
      // A worker no longer running has thread id -1, before its `exit` event can be told.
      return helper.gone || helper.worker.threadId === -1 ? { gone: true } : undefined;
    },
    alive: (k) => {
      const helper = at(k);
      return !helper.gone && helper.worker.threadId !== -1;
    },
    close: async () => {
      await Promise.all(helpers.map((h) => h.worker.terminate()));
    },
  };
}
