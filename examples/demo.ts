/**
 * `npm run demo`: pairs five mentees with four mentors on a small affinity table, then solves a
 * large random instance to show the speed. A later release replaces this with a whole programme.
 */
import { denseMatrix, linearSumAssignment } from '../src/index.js';

const mentors = ['Ada (pricing)', 'Grace (negotiation)', 'Linus (tooling)', 'Barbara (leadership)'];
const mentees = ['Sam', 'Priya', 'Jonas', 'Mei', 'Tomás'];
const forbidden = Number.NEGATIVE_INFINITY; // e.g. Jonas reports to Grace: never pair them
// Affinity of each mentee (row) with each mentor (column), in [0, 1]; higher is better.
const affinity = [
  [0.92, 0.41, 0.3, 0.55],
  [0.88, 0.35, 0.62, 0.7],
  [0.2, forbidden, 0.81, 0.45],
  [0.5, 0.9, 0.15, 0.6],
  [0.45, 0.52, 0.78, 0.66],
];

const { rowToCol, total, size } = linearSumAssignment(affinity, { maximize: true });

console.log('Best pairing (highest total affinity, one mentee per mentor):\n');
console.log('| mentee | mentor | affinity |');
console.log('|---|---|---|');
mentees.forEach((mentee, i) => {
  const j = rowToCol[i] as number;
  const row = affinity[i] as number[];
  console.log(j < 0 ? `| ${mentee} | (unmatched) | |` : `| ${mentee} | ${mentors[j]} | ${row[j]?.toFixed(2)} |`);
});
console.log(`\n${size} pairs, total affinity ${total.toFixed(2)}.`);

// A large instance: 2000 × 2000 uniform random costs, built outside the timed region.
const n = 2000;
let seed = 42;
const random = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const costs = denseMatrix(n, n);
for (let k = 0; k < n * n; k++) costs.data[k] = random();
const start = performance.now();
const big = linearSumAssignment(costs);
const ms = performance.now() - start;
console.log(`\nA ${n}×${n} random instance: optimal total ${big.total.toFixed(4)} in ${ms.toFixed(0)} ms.`);
console.log('Try it on your own matrix: import { linearSumAssignment } from "mentormatch".');
