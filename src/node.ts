/**
 * `mentormatch/node`: what only Node offers, kept out of the other entries (which run in browsers
 * and edge runtimes too): helper threads on `worker_threads`.
 *
 * @module
 */

import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { describeValue } from './internal/describeValue.js';
import type { Threads } from './score/threads.js';
import { checkOption } from './solve/internal/clock.js';
import { fail, INVALID_TYPE, INVALID_VALUE } from './solve/internal/issue.js';

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
  /**
   * Each helper's memory limits, as `worker_threads` takes them (each a finite number ≥ 1, in MB;
   * default: Node's). A helper that runs out of them stops, and the calling thread does its work:
   * the same result, later.
   */
  readonly resourceLimits?: HelperLimits;
}

/**
 * A helper's memory limits ({@link WorkerThreadsOptions.resourceLimits}), in MB: those of Node's
 * `Worker` option `resourceLimits`, passed on as they are.
 */
export interface HelperLimits {
  /** The most its main heap (long-lived objects) may hold. */
  readonly maxOldGenerationSizeMb?: number;
  /** The most its heap of new objects may hold. */
  readonly maxYoungGenerationSizeMb?: number;
  /** The room for its generated code. */
  readonly codeRangeSizeMb?: number;
  /** Its thread's stack (Node's default: 4). */
  readonly stackSizeMb?: number;
}

const LIMITS = ['maxOldGenerationSizeMb', 'maxYoungGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'] as const;

/** Checks {@link WorkerThreadsOptions.resourceLimits}: absent, or an object of known limits, each a finite number ≥ 1. */
function checkLimits(limits: unknown): void {
  if (limits === undefined) return;
  const ok = limits !== null && typeof limits === 'object' && !Array.isArray(limits);
  checkOption(FN, 'resourceLimits', limits, ok, ['object']);
  for (const [key, value] of Object.entries(limits as object)) {
    if (!(LIMITS as readonly string[]).includes(key))
      fail(FN, ['options', 'resourceLimits'], INVALID_VALUE, { values: LIMITS, found: JSON.stringify(key) });
    if (!(typeof value === 'number' && Number.isFinite(value) && value >= 1))
      fail(FN, ['options', 'resourceLimits', key], INVALID_TYPE, {
        expected: ['finiteFrom1'],
        found: describeValue(value),
      });
  }
}

const FN = 'workerThreads';

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
  checkOption(FN, 'size', size, Number.isInteger(size) && size >= 0, ['integerFrom0']);
  const minPairs = options?.minPairs;
  checkOption(FN, 'minPairs', minPairs, typeof minPairs === 'number' && minPairs >= 0, ['number']);
  const resourceLimits = options?.resourceLimits;
  checkLimits(resourceLimits);
  // The worker next to this file, built alike (.js, .cjs; .ts when run from the sources, via tsx).
  const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
  const ext = here.slice(here.lastIndexOf('.'));
  const script = new URL(`./node/worker${ext}`, here);
  // Each helper starts from a few lines that load the worker module (from the sources, the tests,
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
  // Each helper's channel: tasks one way, replies the other, read here without the event loop;
  // its flag: [replies sent, gone (1 once it stopped), its sign of life (added to as it works)],
  // which the calling thread waits on.
  const helpers = Array.from({ length: size }, () => {
    const { port1, port2 } = new MessageChannel();
    port1.unref();
    const flag = new Int32Array(new SharedArrayBuffer(12));
    return { port: port1 as MessagePort, far: port2 as MessagePort, flag, seen: 0, gone: false };
  });
  // The helpers are started by a thread of their own that does nothing else, so that it hears
  // when one stops, whatever stops it: out of memory, a helper ends without running another line
  // of its own (its `exit` handlers neither), and the calling thread, blocked on its reply,
  // cannot hear its `error` event. The watcher marks it gone in its flag and wakes the waiter.
  const watcher =
    size === 0
      ? null
      : new Worker(WATCHER, {
          eval: true,
          workerData: { source, resourceLimits, helpers: helpers.map(({ far, flag }) => ({ port: far, flag })) },
          transferList: helpers.map((h) => h.far),
        });
  // A watcher that fails: every helper gone (it marks them so itself when it can; this, once the
  // calling thread's event loop runs).
  watcher?.on('error', () => {
    for (const helper of helpers) helper.gone = true;
  });
  watcher?.unref();
  const at = (k: number) => {
    const helper = helpers[k];
    if (helper === undefined) throw new RangeError(`workerThreads: no helper ${k}`);
    return helper;
  };
  const stopped = (helper: (typeof helpers)[number]) => helper.gone || Atomics.load(helper.flag, 1) !== 0;
  return {
    size,
    ...(minPairs === undefined ? {} : { minPairs }),
    send: (k, task) => at(k).port.postMessage(task),
    receive: (k, waitMs) => {
      const helper = at(k);
      if (Atomics.load(helper.flag, 0) === helper.seen && !stopped(helper) && waitMs > 0)
        Atomics.wait(helper.flag, 0, helper.seen, waitMs);
      if (helper.gone) return { gone: true };
      // Its replies first: one sent before it stopped still counts.
      const got = receiveMessageOnPort(helper.port);
      if (got !== undefined) {
        helper.seen++;
        // Gone once, gone for good: its later shares too are done on the calling thread.
        if ((got.message as { gone?: unknown }).gone === true) helper.gone = true;
        return got.message;
      }
      if (!stopped(helper)) return undefined;
      helper.gone = true;
      return { gone: true };
    },
    alive: (k) => !stopped(at(k)),
    beat: (k) => Atomics.load(at(k).flag, 2),
    drop: (k) => {
      const helper = at(k);
      helper.gone = true;
      // Stopped by the watcher, which started it (and then marks it gone in its flag).
      watcher?.postMessage({ end: k });
    },
    close: async () => {
      for (const helper of helpers) helper.gone = true;
      await watcher?.terminate();
    },
  };
}

/**
 * The watcher thread of {@link workerThreads}: starts each helper (its `source`, with its port and
 * flag) and marks it gone when it stops; all of them, should the watcher itself end. A script and
 * a module alike (see the helpers' source).
 */
const WATCHER = `let data;
const mark = (flag) => {
  Atomics.store(flag, 1, 1);
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
};
const all = () => {
  if (data !== undefined) for (const helper of data.helpers) mark(helper.flag);
};
process.on('exit', all);
import('node:worker_threads').then(({ Worker, workerData, parentPort }) => {
  data = workerData;
  const limits = data.resourceLimits === undefined ? {} : { resourceLimits: data.resourceLimits };
  const workers = data.helpers.map(({ port, flag }) => {
    const worker = new Worker(data.source, { eval: true, workerData: { port, flag }, transferList: [port], ...limits });
    worker.on('error', () => mark(flag));
    worker.on('exit', () => mark(flag));
    return worker;
  });
  // A helper the calling thread lets go (no sign of life while it waited for it): stopped here.
  // (The port does not keep this thread alive: it ends with its helpers, as before.)
  parentPort.on('message', (message) => {
    const k = message?.end;
    if (Number.isInteger(k) && workers[k] !== undefined) void workers[k].terminate();
  });
  parentPort.unref();
}).catch(all);`;
