/**
 * Runs a benchmark as compiled JavaScript, the form in which users run the package: bundles
 * `bench/<name>.ts` and the sources it imports with esbuild (npm packages stay external) into
 * `bench/.<name>.compiled.mjs`, next to the source so that its `import.meta.url` paths still
 * resolve, then runs that file with `node --expose-gc`, passing the arguments on.
 *
 * Why not tsx: under tsx's loader, once a CommonJS package has been loaded (munkres-js is one), our
 * solver ran 20–25% slower than the same code compiled (euclid 500×500: 27 ms against 22 ms, same
 * process layout otherwise), while the ESM peer munkres lost about 5%. Compiled, with the same
 * imports, both run at their tsx-free speed. `npm run bench`, `bench:matching` and `bench:stable`
 * run this way; `bench:capacitated` and `bench:scoring` time child processes that still run tsx
 * (they load no CommonJS package).
 *
 * usage: node bench/run.mjs NAME [ARGS...]   (e.g. `node bench/run.mjs index --quick`)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const [name, ...args] = process.argv.slice(2);
if (name === undefined || !/^[A-Za-z]+$/.test(name)) {
  process.stderr.write('usage: node bench/run.mjs NAME [ARGS...]\n');
  process.exit(2);
}
const entry = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
const outfile = fileURLToPath(new URL(`./.${name}.compiled.mjs`, import.meta.url));
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const child = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' });
process.exit(child.status ?? 1);
