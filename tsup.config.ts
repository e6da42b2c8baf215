import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      solvers: 'src/solvers.ts',
      testing: 'src/testing.ts',
      tables: 'src/tables.ts',
      schema: 'src/schema.ts',
      'locales/it': 'src/locales/it.ts',
      // Node only: helper threads, and the worker each runs (next to it, in both module systems).
      node: 'src/node.ts',
      'node/worker': 'src/node/worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // One shared chunk for both entries in both formats, so that `mentormatch` and
    // `mentormatch/solvers` hand out the very same error classes (`instanceof` works across them).
    splitting: true,
    treeshake: true,
    // Everything in dist/ but the CLI, which the second build writes at the same time.
    clean: ['!cli.js'],
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    // Only `mentormatch/node` imports Node's modules (.ci/size.mjs checks the other entries hold none).
    external: [/^node:/],
  },
  {
    // The `mentormatch` command: Node only, one self-contained ESM file (the library bundled from
    // src/, so it shares no chunk with the entries above), executable thanks to its shebang.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    splitting: false,
    treeshake: true,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
  },
]);
