/**
 * A helper thread of {@link workerThreads}: runs the tasks it is sent (the scoring's, and the
 * baseline's while the calling thread solves) and answers each on its port, then counts the answer
 * in the shared flag the calling thread waits on.
 */

import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { runHelperTask } from '../match/helperTasks.js';

const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };

parentPort?.on('message', (task: unknown) => {
  const answer = runHelperTask(task);
  if (answer === null) return;
  port.postMessage(answer.reply, answer.transfer);
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
});
