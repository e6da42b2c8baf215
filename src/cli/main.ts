#!/usr/bin/env node
/**
 * `mentormatch`, the command-line tool: a Node-only entry of its own (`dist/cli.js`), so that the
 * library's entries stay free of Node built-ins. Everything but the process is in `run`.
 */
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readBounded } from './io.js';
import { run } from './run.js';

// `mentormatch match big.json | head`: a closed pipe ends the output, not with an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/**
 * A file (standard input for `-`) as UTF-8, read in chunks and never more than `maxBytes + 1`
 * bytes of it (`mentormatch match /dev/zero` stops there). A byte order mark is kept, as
 * `readFileSync` keeps it: the commands deal with it.
 */
function readFile(path: string, maxBytes: number): string {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  try {
    const bytes = readBounded((buffer) => readSync(fd, buffer, 0, buffer.length, null), maxBytes);
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile,
  writeFile: (path, text) => writeFileSync(path, text),
  interactive: process.stderr.isTTY === true,
  now: () => performance.now(),
  env: process.env,
});
