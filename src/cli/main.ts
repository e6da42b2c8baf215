#!/usr/bin/env node
/**
 * `mentormatch`, the command-line tool: a Node-only entry of its own (`dist/cli.js`), so that the
 * library's entries stay free of Node built-ins. Everything but the process is in `run`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { run } from './run.js';

// `mentormatch match big.json | head`: a closed pipe ends the output, not with an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  interactive: process.stderr.isTTY === true,
  now: () => performance.now(),
});
