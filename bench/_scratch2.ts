import { writeFileSync } from 'node:fs';
import { linearSumAssignment } from '../src/index.js';
import { mulberry32 } from '../test/helpers/random.js';

for (const n of [500, 1000, 1500, 2000]) {
  const rng = mulberry32(1);
  const data = new Float64Array(n * n);
  for (let k = 0; k < data.length; k++) data[k] = rng();
  writeFileSync(`/tmp/m${n}.bin`, data);
  const r = linearSumAssignment({ rows: n, cols: n, data });
  const r2 = linearSumAssignment(Array.from({ length: n }, (_, i) => data.subarray(i * n, (i + 1) * n)));
  console.log(n, r.total, r2.total);
}
