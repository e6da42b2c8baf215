import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', solvers: 'src/solvers.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // One shared chunk for both entries in both formats, so that `mentormatch` and
  // `mentormatch/solvers` hand out the very same error classes (`instanceof` works across them).
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
});
