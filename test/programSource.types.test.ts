/**
 * The programme entry points are typed: `npm test` compiles this file (`tsc`), so each
 * `@ts-expect-error` below must still be an error (a misspelt mode, an unknown field, a level as a
 * string), and the valid inputs (a literal, an `as const` literal, a parsed programme, JSON text)
 * must compile. At run time, the same bad inputs are rejected with the path of the problem. The
 * TypeScript examples of the README and of docs/*.md are compiled against the sources too.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  InvalidInputError,
  matchProgram,
  type ProgramInput,
  type ProgramSource,
  parseProgram,
  programReport,
  rematch,
  suggest,
  suggestAll,
} from '../src/index.js';

const valid = {
  mode: 'micro',
  topics: [{ id: 'pricing' }],
  mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: 5 }] }],
  mentees: [{ id: 'bo', requests: [{ topic: 'pricing', level: 3 }] }],
} as const;

/** Calls that must not compile; run only to check the run-time errors. */
const misspelt = {
  // @ts-expect-error 'mikro' is not a mode
  mode: () => matchProgram({ mode: 'mikro', topics: [], mentors: [], mentees: [] }),
  // @ts-expect-error `capcity` is not a mentor field
  field: () => matchProgram({ ...valid, mentors: [{ id: 'ana', skills: [], capcity: 2 }] }),
  level: () =>
    // @ts-expect-error a level is a number
    matchProgram({ ...valid, mentors: [{ id: 'ana', skills: [{ topic: 'pricing', level: '5' }] }] }),
  // @ts-expect-error unknown data goes through parseProgram first
  unknownData: () => suggestAll(JSON.parse('{}') as unknown, 1),
};

describe('typed programme input', () => {
  it('accepts a literal, an as-const literal, a parsed programme and JSON text', () => {
    const literal: ProgramInput = { mode: 'micro', topics: [], mentors: [], mentees: [] };
    expect(matchProgram(literal).summary.matched).toBe(0);
    expect(matchProgram(valid).summary.matched).toBe(1);
    expect(matchProgram(parseProgram(valid)).summary.matched).toBe(1);
    expect(matchProgram(JSON.stringify(valid)).summary.matched).toBe(1);
    expect(suggest(valid, 'bo', 1).requests[0]?.mentors[0]?.mentor).toBe('ana');
    expect(programReport(valid).warnings).toEqual([]);
    expect(rematch(valid, matchProgram(valid), {}).changes.kept).toBe(1);
    // Integer ids and time-zone names are input the schema takes: they compile too.
    const fromExport: ProgramInput = {
      mode: 'micro',
      topics: [{ id: 7 }],
      mentors: [{ id: 1, skills: [{ topic: 7, level: 5 }], timeZone: 'Europe/Rome' }],
      mentees: [{ id: 2, requests: [{ topic: 7, level: 3 }], timeZone: 1 }],
      startDate: '2026-01-15',
    };
    expect(matchProgram(fromExport).matches.map((m) => `${m.mentee}→${m.mentor}`)).toEqual(['2→1']);
    expectTypeOf(matchProgram).parameter(0).toEqualTypeOf<ProgramSource>();
    expectTypeOf(programReport).parameter(0).toEqualTypeOf<ProgramSource>();
  });

  it('the inputs that do not compile are rejected at run time, with the path', () => {
    const path = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        if (error instanceof InvalidInputError) return error.issues.map((issue) => issue.path.join('.'));
      }
      return null;
    };
    expect(path(misspelt.mode)).toEqual(['mode']);
    expect(path(misspelt.field)?.[0]).toMatch(/^mentors\.0/);
    expect(path(misspelt.level)).toEqual(['mentors.0.skills.0.level']);
    expect(path(misspelt.unknownData)).not.toBeNull();
  });
});

describe('the TypeScript examples of the README and docs/ compile', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const scratch = mkdtempSync(join(root, 'test', '.readme-types-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('every ts block type-checks against the sources', () => {
    // The README's blocks and those of the docs/ pages it links to.
    const pages = [
      'README.md',
      ...readdirSync(join(root, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => `docs/${name}`),
    ];
    const blocks = pages.flatMap((page) =>
      [...readFileSync(join(root, page), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => ({
        name: `${page.replaceAll(/[^A-Za-z0-9]+/g, '-')}-block`,
        block: match[1] ?? '',
      })),
    );
    expect(blocks.length).toBeGreaterThan(0);
    const files = blocks.map(({ name, block }, k) => {
      const file = join(scratch, `${name}-${k + 1}.ts`);
      const source = block
        .replaceAll(/from 'mentormatch\/solvers'/g, `from '${join(root, 'src', 'solvers.js')}'`)
        .replaceAll(
          /from 'mentormatch\/(testing|tables|schema|locales\/it|node)'/g,
          (_, sub: string) => `from '${join(root, 'src', `${sub}.js`)}'`,
        )
        .replaceAll(/from 'mentormatch'/g, `from '${join(root, 'src', 'index.js')}'`);
      // Each block is a module of its own (its names do not clash with the other blocks').
      writeFileSync(file, `${source}\nexport {};\n`);
      return file;
    });
    const config = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => undefined,
      },
    );
    if (config === undefined) throw new Error('tsconfig.json could not be read');
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName.startsWith(scratch))
      .map(
        (d) => `${d.file?.fileName.slice(scratch.length + 1)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
      );
    expect(errors).toEqual([]);
  }, 120_000);
});
