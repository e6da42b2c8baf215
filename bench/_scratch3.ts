import { linearSumAssignment } from '../src/index.js';
import { mulberry32 } from '../test/helpers/random.js';

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes) {
  const rng = mulberry32(1);
  const data = new Float64Array(n * n);
  for (let k = 0; k < data.length; k++) data[k] = rng();
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    const r = linearSumAssignment({ rows: n, cols: n, data });
    console.log(n, rep, (performance.now() - t0).toFixed(0), r.total);
  }
}
