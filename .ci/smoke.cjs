// Requires the built CommonJS entries, as a user's `require` would, and solves a small problem.
const assert = require('node:assert/strict');
const root = require('mentormatch');
const solvers = require('mentormatch/solvers');
const { it } = require('mentormatch/locales/it');
const node = require('mentormatch/node');

for (const [name, entry] of [
  ['mentormatch', root],
  ['mentormatch/solvers', solvers],
]) {
  const { rowToCol, total } = entry.linearSumAssignment([
    [4, 1, 3],
    [2, 0, 5],
    [3, 2, 2],
  ]);
  assert.deepEqual([...rowToCol], [1, 0, 2], name);
  assert.equal(total, 5, name);
  assert.throws(() => entry.linearSumAssignment([[Number.NaN]]), entry.InvalidInputError, name);
}
assert.throws(() => solvers.linearSumAssignment([[Number.NaN]]), root.InvalidInputError);
// mentormatch/locales/it: a catalog the root entry renders its sentences with.
const program = {
  mode: 'micro',
  topics: [{ id: 'pricing' }],
  mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 5 }] }],
  mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
};
assert.match(root.matchProgram(program, { locale: it }).matches[0].explanation.summary, /livello 5 su pricing/);
// mentormatch/node: helper threads (the built worker next to it) give the result of one thread.
const threaded = {
  mode: 'classic',
  topics: [{ id: 'sales' }, { id: 'pricing' }],
  mentors: Array.from({ length: 30 }, (_, i) => ({
    id: `m${i}`,
    skills: [{ topic: i % 2 ? 'sales' : 'pricing', level: 1 + (i % 5) }],
    capacity: 1 + (i % 3),
  })),
  mentees: Array.from({ length: 90 }, (_, i) => ({ id: `e${i}`, goals: [{ topic: i % 3 ? 'sales' : 'pricing' }] })),
};
const workers = node.workerThreads({ size: 2, minPairs: 0 });
// The helpers' replies, to see they did their shares and the first one the audits (a failed one is made up for on this thread).
const replies = [];
const threads = { ...workers, receive: (k, waitMs) => replies[replies.push(workers.receive(k, waitMs)) - 1] };
for (const objective of ['total', 'coverage', 'fair', 'stable'])
  assert.equal(
    JSON.stringify(root.matchProgram(threaded, { objective, threads })),
    JSON.stringify(root.matchProgram(threaded, { objective })),
    objective,
  );
assert.equal(
  replies.filter((reply) => reply?.ok === true).length,
  4 * (2 * 2 + 1),
  JSON.stringify(replies.filter(Boolean)),
);
threads
  .close()
  .then(() =>
    console.log('CJS smoke test passed: mentormatch, mentormatch/solvers, mentormatch/locales/it, mentormatch/node'),
  );
