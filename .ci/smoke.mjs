// Imports the built ESM entries, as a user's `import` would, and solves a small problem with each.
import assert from 'node:assert/strict';
import * as root from 'mentormatch';
import * as solvers from 'mentormatch/solvers';

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
console.log('ESM smoke test passed: mentormatch, mentormatch/solvers');
