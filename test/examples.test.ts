/**
 * Every example in `examples/` and every TypeScript block of README.md is run, so that none can rot:
 * README blocks import from 'mentormatch', which is pointed at the sources here, and each line they
 * print must match the comment beside its `console.log`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'mentormatch-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(file: string): string {
  return execFileSync(process.execPath, [tsx, file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('examples/', () => {
  const files = readdirSync(join(root, 'examples')).filter((name) => name.endsWith('.ts'));
  it('has examples', () => expect(files.length).toBeGreaterThan(0));
  for (const name of files) {
    it(`${name} runs`, () => {
      expect(run(join(root, 'examples', name)).length).toBeGreaterThan(0);
    });
  }
});

describe('README.md', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  it('has TypeScript examples', () => expect(blocks.length).toBeGreaterThan(0));
  blocks.forEach((block, index) => {
    it(`block ${index + 1} runs`, () => {
      const source = block
        .replaceAll(/from 'mentormatch\/solvers'/g, `from '${join(root, 'src', 'solvers.ts')}'`)
        .replaceAll(/from 'mentormatch'/g, `from '${join(root, 'src', 'index.ts')}'`);
      const file = join(scratch, `block-${index + 1}.ts`);
      writeFileSync(file, source);
      // Each `console.log(...); // shown` line must print what its comment shows.
      const shown = [...block.matchAll(/console\.log\(.*\);\s*\/\/ (.*)$/gm)].map((match) => match[1] ?? '');
      const printed = run(file).trimEnd().split('\n');
      const squash = (line: string): string => line.replaceAll(/\s+/g, '');
      expect(printed.map(squash)).toEqual(shown.map(squash));
    });
  });
});
