// Size ceiling of `mentormatch/solvers`: the entry bundled with everything it imports, minified and
// gzipped, must stay under 8 KB. Why: that subpath exists for users who want only a fast solver
// (serverless functions, browsers) and pay for every kilobyte on cold start; a stray import of a
// domain module or a dependency (zod, ml-matrix) into solve/ would pass every test and silently
// multiply the bundle, so the build fails instead.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const LIMIT = 8 * 1024;
const result = await build({
  entryPoints: ['dist/solvers.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const code = result.outputFiles[0].contents;
const gzipped = gzipSync(code, { level: 9 }).length;
console.log(`mentormatch/solvers: ${code.length} B minified, ${gzipped} B gzipped (limit ${LIMIT} B)`);
if (gzipped >= LIMIT) {
  console.error('mentormatch/solvers is over its size limit');
  process.exit(1);
}
