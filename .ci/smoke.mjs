// Imports the built ESM entries, as a user's `import` would, and solves a small problem with each;
// then runs the built CLI as npm installs it (`bin`: executed through its shebang).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as root from 'mentormatch';
import { it } from 'mentormatch/locales/it';
import * as node from 'mentormatch/node';
import { programJsonSchema } from 'mentormatch/schema';
import * as solvers from 'mentormatch/solvers';
import * as tables from 'mentormatch/tables';
import * as testing from 'mentormatch/testing';

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
// One class across both entries: an error thrown through one is an instance of the other's class.
assert.throws(() => solvers.linearSumAssignment([[Number.NaN]]), root.InvalidInputError);
// mentormatch/testing: its generators give programmes that the root entry parses.
for (const input of fc.sample(testing.programArbitrary(), { seed: 1, numRuns: 20 })) root.parseProgram(input);
// mentormatch/tables: rows to a programme the root entry matches.
const fromRows = tables.programFromTables(
  { mentors: [{ id: 'ana', skills: 'pricing:5' }], mentees: [{ id: 'bo', requests: 'pricing:3' }] },
  { mode: 'micro' },
);
assert.equal(root.matchProgram(fromRows).summary.matched, 1);
// mentormatch/locales/it: a catalog the root entry renders its sentences with.
assert.match(root.matchProgram(fromRows, { locale: it }).matches[0].explanation.summary, /livello 5 su pricing/);
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
await workers.close();
console.log(
  'ESM smoke test passed: mentormatch, mentormatch/solvers, mentormatch/testing, mentormatch/tables, mentormatch/locales/it, mentormatch/node',
);

const { bin } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const cli = fileURLToPath(new URL(`../${bin.mentormatch}`, import.meta.url));
assert.deepEqual(JSON.parse(execFileSync(cli, ['schema'], { encoding: 'utf8' })), programJsonSchema);
const sample = execFileSync(cli, ['sample', '--mode', 'classic', '--mentors', '3', '--mentees', '4'], {
  encoding: 'utf8',
});
const matched = JSON.parse(execFileSync(cli, ['match', '-', '--format', 'json'], { input: sample, encoding: 'utf8' }));
assert.deepEqual(matched, JSON.parse(JSON.stringify(root.matchProgram(sample))));
console.log('CLI smoke test passed: dist/cli.js schema, sample, match');
