/**
 * The library on the edge: examples/serverless.ts, bundled as a user would bundle it for an edge
 * runtime (esbuild, platform neutral: no Node built-in can sneak in), runs in workerd, the runtime of
 * Cloudflare Workers (through miniflare), and answers exactly what `matchProgram` gives in Node.
 * Also: the library entries themselves bundle for a neutral platform without any Node built-in.
 */

import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { type BuildResult, build, type Metafile } from 'esbuild';
import type { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError, matchProgram, parseProgram } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const microText = readFileSync(new URL('../examples/data/micro.json', import.meta.url), 'utf8');
const BUILTINS = new Set(builtinModules);

/** Bundles `entry` for a neutral platform (no Node built-ins resolvable), as ESM. */
function bundle(entry: string): Promise<BuildResult<{ write: false; metafile: true }>> {
  return build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    target: 'es2022',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
}

/** Every module a bundle imports or includes that is a Node built-in. */
function nodeModules(metafile: Metafile): string[] {
  const isNode = (path: string) => path.startsWith('node:') || BUILTINS.has(path.split('/')[0] ?? path);
  const included = Object.keys(metafile.inputs).filter(isNode);
  const imported = Object.values(metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
  const external = Object.values(metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
  return [...included, ...imported.filter(isNode), ...external.filter(isNode)];
}

describe('the library entries bundle for a neutral platform, without Node built-ins', () => {
  it.each(['src/index.ts', 'src/solvers.ts'])('%s', async (entry) => {
    const { metafile, errors } = await bundle(entry);
    expect(errors).toEqual([]);
    expect(Object.keys(metafile.inputs).length).toBeGreaterThan(1);
    expect(nodeModules(metafile)).toEqual([]);
  });
});

describe('examples/serverless.ts in workerd (Cloudflare Workers)', () => {
  let worker: Miniflare | undefined;
  let script = '';

  beforeAll(async () => {
    const { metafile, outputFiles } = await bundle('examples/serverless.ts');
    expect(nodeModules(metafile)).toEqual([]);
    script = outputFiles[0]?.text ?? '';
    try {
      const { Miniflare } = await import('miniflare');
      worker = new Miniflare({ modules: true, script, compatibilityDate: '2025-01-01' });
      await worker.ready;
    } catch (error) {
      console.warn(`serverless.test.ts: workerd cannot start here, the runtime checks are skipped: ${error}`);
      await worker?.dispose().catch(() => undefined);
      worker = undefined;
    }
  });
  afterAll(() => worker?.dispose());

  const post = (body: string, query = '') =>
    (worker as Miniflare).dispatchFetch(`http://localhost/match${query}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });

  it('bundles without Node built-ins into a self-contained module', () => {
    expect(script).toContain('export');
    expect(script).not.toMatch(/\bfrom\s*["'](?:node:)?(?:fs|path|url|module|process)["']/);
  });

  it('a programme posted gets the matching, byte for byte what matchProgram gives in Node', async (ctx) => {
    if (worker === undefined) return ctx.skip();
    const response = await post(microText);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).toBe(JSON.stringify(matchProgram(microText)));
  });

  it('?objective= is passed on', async (ctx) => {
    if (worker === undefined) return ctx.skip();
    const response = await post(microText, '?objective=fair');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(matchProgram(microText, { objective: 'fair' }))));
  });

  it('an invalid programme: 422 with every issue and its path', async (ctx) => {
    if (worker === undefined) return ctx.skip();
    const broken = JSON.parse(microText) as { mentors: { skills: { level: number }[]; capacity?: number }[] };
    const [first] = broken.mentors;
    if (first === undefined || first.skills[0] === undefined) throw new Error('micro.json has no mentor skill');
    first.skills[0].level = 9;
    first.capacity = -1;
    let expected: InvalidInputError | undefined;
    try {
      parseProgram(broken);
    } catch (error) {
      if (error instanceof InvalidInputError) expected = error;
    }
    expect(expected?.issues).toHaveLength(2);
    const response = await post(JSON.stringify(broken));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: expected?.message,
      issues: JSON.parse(JSON.stringify(expected?.issues)),
    });
  });

  it('an unknown objective: 422 with its path', async (ctx) => {
    if (worker === undefined) return ctx.skip();
    const response = await post(microText, '?objective=best');
    expect(response.status).toBe(422);
    const { issues } = (await response.json()) as { issues: { path: unknown[] }[] };
    expect(issues.map((issue) => issue.path)).toEqual([['options', 'objective']]);
  });

  it('a body that is not JSON: 400', async (ctx) => {
    if (worker === undefined) return ctx.skip();
    const response = await post('{"mode": "micro",');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: string };
    expect(error).toMatch(/^the body is not valid JSON: /);
  });

  it('a GET: 405, allowing POST', async (ctx) => {
    if (worker === undefined) return ctx.skip();
    const response = await (worker as Miniflare).dispatchFetch('http://localhost/match');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    await response.arrayBuffer();
  });
});
