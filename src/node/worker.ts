/**
 * A helper thread of {@link workerThreads}: runs the scoring tasks it is sent and answers each on
 * its port, then counts the answer in the shared flag the calling thread waits on.
 */

import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { runScoringTask } from '../score/threads.js';

const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };

parentPort?.on('message', (task: unknown) => {
  const answer = runScoringTask(task);
  if (answer === null) return;
  port.postMessage(answer.reply, answer.transfer);
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
});
