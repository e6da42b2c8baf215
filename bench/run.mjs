/**
 * The one entry of the benchmarks: `node bench/run.mjs SUITE [ARGS...]` runs bench/SUITE/main.ts
 * with `--expose-gc`, passing the arguments on (the npm scripts `bench` and `bench:SUITE` call it;
 * `index` is the old name of `lsap`). See bench/README.md for the suites and their options.
 *
 * The suites that load a CommonJS package (lsap: munkres-js; matching; stable) run as compiled
 * JavaScript, the form in which users run the package: SUITE/main.ts and the sources it imports
 * are bundled with esbuild (npm packages stay external) into bench/SUITE/.main.compiled.mjs, then
 * run with node. Why not tsx for those: under tsx's loader, once a CommonJS package has been loaded
 * (munkres-js is one), our solver ran 20–25% slower than the same code compiled (euclid 500×500:
 * 27 ms against 22 ms, same process layout otherwise), while the ESM peer munkres lost about 5%.
 * Compiled, with the same imports, both run at their tsx-free speed. The capacitated and scoring
 * suites load no CommonJS package and run under tsx, as their published figures were measured.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** How each suite runs. */
const SUITES = {
  lsap: 'compiled',
  capacitated: 'tsx',
  scoring: 'tsx',
  matching: 'compiled',
  stable: 'compiled',
  abort: 'compiled',
  sparse: 'compiled',
  scale: 'compiled',
};
const ALIASES = { index: 'lsap' };

const [given, ...args] = process.argv.slice(2);
const suite = ALIASES[given] ?? given;
if (suite === undefined || !Object.hasOwn(SUITES, suite)) {
  process.stderr.write(`usage: node bench/run.mjs SUITE [ARGS...], SUITE one of ${Object.keys(SUITES).join(', ')}\n`);
  process.exit(2);
}
const entry = fileURLToPath(new URL(`./${suite}/main.ts`, import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, MENTORMATCH_BENCH_RUN: suite };
let command;
if (SUITES[suite] === 'compiled') {
  const outfile = fileURLToPath(new URL(`./${suite}/.main.compiled.mjs`, import.meta.url));
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
  command = ['--expose-gc', outfile, ...args];
} else {
  command = ['--expose-gc', '--import', 'tsx', entry, ...args];
}
const child = spawnSync(process.execPath, command, { stdio: 'inherit', cwd: root, env });
process.exit(child.status ?? 1);
