/**
 * A helper thread of {@link workerThreads}: runs the tasks that come on its port (the scoring's,
 * and the baseline's while the calling thread solves) and answers each on the same port, then
 * counts the answer in the shared flag the calling thread waits on; as it works, it adds to the
 * flag's sign of life.
 */

import { type MessagePort, workerData } from 'node:worker_threads';
import { runHelperTask } from '../match/helperTasks.js';
import { beat, beatInto } from '../score/threads.js';

const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };
// Its sign of life, the flag's third word: read by the calling thread while it waits for a reply.
beatInto(flag, 2);

port.on('message', (task: unknown) => {
  beat();
  const answer = runHelperTask(task);
  if (answer === null) return;
  port.postMessage(answer.reply, answer.transfer);
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
});
