// Requires the built CommonJS entries, as a user's `require` would, and solves a small problem.
const assert = require('node:assert/strict');
const root = require('mentormatch');
const solvers = require('mentormatch/solvers');
const { it } = require('mentormatch/locales/it');

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
console.log('CJS smoke test passed: mentormatch, mentormatch/solvers, mentormatch/locales/it');
