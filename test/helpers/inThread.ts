/** Helper threads for tests, run in the calling thread (the tasks of `matchProgram`'s helpers). */
import { runHelperTask } from '../../src/match/helperTasks.js';
import type { Threads } from '../../src/score/threads.js';

/** Helpers run in this thread: each task is run when sent, its reply queued; `misbehave` may drop or spoil replies. */
export function inThread(
  size: number,
  misbehave?: (k: number, n: number, reply: unknown) => unknown,
  minPairs = 0,
): Threads & { sent: number; kinds: string[] } {
  const queues: unknown[][] = Array.from({ length: size }, () => []);
  const counts = new Int32Array(size);
  const threads = {
    size,
    minPairs,
    sent: 0,
    kinds: [] as string[],
    send(k: number, task: unknown) {
      threads.sent++;
      threads.kinds.push((task as { kind: string }).kind);
      // Through a structured clone, as a worker receives it (shared buffers stay shared).
      const answer = runHelperTask(structuredClone(task));
      if (answer === null) return;
      const { reply } = answer;
      const n = counts[k] as number;
      counts[k] = n + 1;
      const out = misbehave === undefined ? reply : misbehave(k, n, reply);
      if (out !== undefined) (queues[k] as unknown[]).push(structuredClone(out));
    },
    receive(k: number) {
      return (queues[k] as unknown[]).shift() ?? { gone: true };
    },
  };
  return threads;
}
