/**
 * Every example in `examples/`, every TypeScript block of README.md and of docs/*.md, and every TSDoc
 * `@example` in `src/` is run, so that none can rot:
 * Markdown blocks import from 'mentormatch', which is pointed at the sources here, and each line they
 * print must match the comment beside its `console.log`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'mentormatch-readme-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const resolvePackage = createRequire(import.meta.url).resolve;

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

// The README and the docs/ pages it links to: every TypeScript block, by the same rules.
const markdownFiles = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

const markdownBlocks = markdownFiles.map((markdown) => {
  const text = readFileSync(join(root, markdown), 'utf8');
  return { markdown, blocks: [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '') };
});

describe('Markdown pages', () => {
  it('the README and docs/ have TypeScript examples', () => {
    expect(markdownBlocks.find((page) => page.markdown === 'README.md')?.blocks.length).toBeGreaterThan(0);
    expect(
      markdownBlocks.filter((page) => page.markdown.startsWith('docs/') && page.blocks.length > 0).length,
    ).toBeGreaterThan(0);
  });
});

for (const { markdown, blocks } of markdownBlocks.filter((page) => page.blocks.length > 0)) {
  describe(markdown, () => {
    const prefix = markdown.replaceAll(/[^A-Za-z0-9]+/g, '-');
    blocks.forEach((block, index) => {
      it(`block ${index + 1} runs`, () => {
        const source = block
          .replaceAll(/from 'mentormatch\/solvers'/g, `from '${join(root, 'src', 'solvers.ts')}'`)
          .replaceAll(
            /from 'mentormatch\/(testing|tables|schema|locales\/it|node)'/g,
            (_, sub: string) => `from '${join(root, 'src', `${sub}.ts`)}'`,
          )
          .replaceAll(/from 'mentormatch'/g, `from '${join(root, 'src', 'index.ts')}'`)
          // The scratch file lives outside the project: other packages (fast-check) by resolved path.
          .replaceAll(/from '([^'./][^']*)'/g, (_, pkg: string) => `from '${resolvePackage(pkg)}'`);
        const file = join(scratch, `${prefix}-block-${index + 1}.ts`);
        writeFileSync(file, source);
        // Each `console.log(...); // shown` line must print what its comment shows.
        const shown = [...block.matchAll(/console\.log\(.*\);\s*\/\/ (.*)$/gm)].map((match) => match[1] ?? '');
        const printed = run(file).trimEnd().split('\n');
        const squash = (line: string): string => line.replaceAll(/\s+/g, '');
        expect(printed.map(squash)).toEqual(shown.map(squash));
      });
    });
  });
}

describe('TSDoc examples in src/', () => {
  // Every `@example` block of the sources, run in one process: imports hoisted and merged (all from
  // the root entry, which holds everything), each body in its own block scope after a marker line,
  // and each `console.log(...); // shown` line checked as for the README.
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort();
  const examples = files.flatMap((name) => {
    const text = readFileSync(join(root, 'src', name), 'utf8');
    return [...text.matchAll(/@example\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)].map((match, k) => ({
      name: `${name} #${k + 1}`,
      code: (match[1] ?? '').replaceAll(/^\s*\* ?/gm, ''),
    }));
  });
  it('has examples', () => expect(examples.length).toBeGreaterThan(20));
  it('every example runs and prints what its comments show', () => {
    const names = new Set<string>();
    // Names imported from the subpath entries, by entry ('testing', 'tables').
    const subpathNames = new Map<string, Set<string>>();
    const others = new Set<string>();
    const bodies = examples.map(({ code }, k) => {
      const body = code
        .replaceAll(
          /^import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'mentormatch(?:\/(solvers|testing|tables|schema|locales\/it|node))?';\n?/gm,
          (_, list: string, entry: string | undefined) => {
            const sub = entry === undefined || entry === 'solvers' ? null : entry;
            if (sub !== null && !subpathNames.has(sub)) subpathNames.set(sub, new Set());
            const into = sub === null ? names : (subpathNames.get(sub) as Set<string>);
            for (const item of list.split(',')) if (item.trim() !== '') into.add(item.trim());
            return '';
          },
        )
        .replaceAll(/^import [^;]*;\n?/gm, (statement: string) => {
          // The scratch file lives outside the project: bare package names become resolved paths.
          others.add(statement.trim().replace(/'([^'./][^']*)'/, (_, pkg: string) => `'${resolvePackage(pkg)}'`));
          return '';
        });
      return `console.log(${JSON.stringify(`@@example ${k}`)});\n{\n${body}\n}`;
    });
    const imports = [
      `import { ${[...names].sort().join(', ')} } from '${join(root, 'src', 'index.ts')}';`,
      ...[...subpathNames].map(
        ([sub, set]) => `import { ${[...set].sort().join(', ')} } from '${join(root, 'src', `${sub}.ts`)}';`,
      ),
      ...others,
    ];
    const source = `${imports.join('\n')}\n${bodies.join('\n')}\n`;
    const file = join(scratch, 'tsdoc-examples.ts');
    writeFileSync(file, source);
    const printed = run(file).trimEnd().split('\n');
    const squash = (line: string): string => line.replaceAll(/\s+/g, '');
    const wrong: { name: string; printed: string[]; shown: string[] }[] = [];
    examples.forEach(({ name, code }, k) => {
      const from = printed.indexOf(`@@example ${k}`);
      const to = k + 1 < examples.length ? printed.indexOf(`@@example ${k + 1}`) : printed.length;
      const shown = [...code.matchAll(/console\.log\(.*\);\s*\/\/ (.*)$/gm)].map((match) => squash(match[1] ?? ''));
      const lines = printed.slice(from + 1, to).map(squash);
      if (from < 0 || JSON.stringify(lines) !== JSON.stringify(shown)) wrong.push({ name, printed: lines, shown });
    });
    expect(wrong).toEqual([]);
  });
});
