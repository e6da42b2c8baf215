// Size ceilings of the two library entries, each bundled with everything it imports, minified and
// gzipped. Why: `mentormatch/solvers` exists for users who want only a fast solver (serverless
// functions, browsers) and pay for every kilobyte on cold start; a stray import of a domain module
// or a dependency (zod, ml-matrix) into solve/ would pass every test and silently multiply the
// bundle, so the build fails instead. The root entry carries zod/mini (the full zod bundle is about
// 90 KB gzipped): its ceiling catches an accidental import of full `zod` or of a Node-only module.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entries = [
  { name: 'mentormatch/solvers', file: 'dist/solvers.js', limit: 8 * 1024 },
  { name: 'mentormatch', file: 'dist/index.js', limit: 48 * 1024 },
];
let failed = false;
for (const { name, file, limit } of entries) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const code = result.outputFiles[0].contents;
  const gzipped = gzipSync(code, { level: 9 }).length;
  console.log(`${name}: ${code.length} B minified, ${gzipped} B gzipped (limit ${limit} B)`);
  if (gzipped >= limit) {
    console.error(`${name} is over its size limit`);
    failed = true;
  }
}
if (failed) process.exit(1);
