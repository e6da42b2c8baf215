/**
 * Paths of the benchmarks, from the package root. The root is found by walking up from this module
 * to the folder holding `bench/run.mjs`, so that it is the same whether the module runs from its
 * source under tsx or bundled into `bench/<suite>/.main.compiled.mjs` by bench/run.mjs (where
 * `import.meta.url` is the bundle's, not this file's).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'bench', 'run.mjs')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`bench: no package root above ${from}`);
  }
}

/** The package root. */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path under the package root, given as `/`-separated segments (e.g. `bench/harness/probe.ts`). */
export function rootPath(relative: string): string {
  return join(ROOT, ...relative.split('/'));
}
