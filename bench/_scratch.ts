import { linearSumAssignment as lsa } from 'linear-sum-assignment';
import munkres from 'munkres';
import { linearSumAssignment } from '../src/index.js';
import { mulberry32 } from '../test/helpers/random.js';

const I = Infinity;
// munkres with Infinity, feasible
console.log(
  munkres([
    [I, 1, I],
    [2, I, I],
    [I, I, 3],
  ]),
);
// rectangular
console.log(
  munkres([
    [1, 2, 3, 0],
    [0, 5, 6, 7],
  ]),
  munkres([
    [1, 2],
    [3, 0],
    [0, 5],
  ]),
);
console.log(
  lsa(
    [
      [I, 1, I],
      [2, I, I],
      [I, I, 3],
    ],
    { maximaze: false },
  ).gain,
);
console.log(
  lsa(
    [
      [I, 1, I],
      [2, I, I],
      [I, I, I],
    ],
    { maximaze: false },
  ).gain,
);
const t = Date.now();
try {
  console.log(
    'munkres infeasible',
    munkres([
      [I, 1, I],
      [2, I, I],
      [I, I, I],
    ]),
  );
} catch (e) {
  console.log('err', e);
}
console.log(Date.now() - t);
for (const n of [1000, 2000]) {
  const rng = mulberry32(1);
  const data = new Float64Array(n * n);
  for (let k = 0; k < data.length; k++) data[k] = rng();
  let t0 = performance.now();
  const r = linearSumAssignment({ rows: n, cols: n, data });
  console.log('ours', n, performance.now() - t0, r.total);
  if (n > 2000) continue;
  const nested = Array.from({ length: n }, (_, i) => Array.from(data.subarray(i * n, (i + 1) * n)));
  t0 = performance.now();
  const p = munkres(nested);
  console.log(
    'munkres',
    n,
    performance.now() - t0,
    p.reduce((s, [i, j]) => s + nested[i]![j]!, 0),
  );
  t0 = performance.now();
  const q = lsa(nested, { maximaze: false });
  console.log('lsa', n, performance.now() - t0, q.gain);
}
