import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    // Vitest's default is one worker less than the CPUs: one on the 2-CPU machines CI runs on, where
    // the suite took 530 s and takes 330–370 s on two. No test checks a wall-clock time (the time limits
    // are tested on a clock that moves at each read), so files running side by side change no result.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
