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
import { requestProblems, responseProblems } from './helpers/openapiValidate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const microText = readFileSync(new URL('../examples/data/micro.json', import.meta.url), 'utf8');
const BUILTINS = new Set(builtinModules);

/** Bundles `entry` (or `contents`, importing from the root) for a neutral platform (no Node built-ins resolvable), as ESM. */
function bundle(entry: string, contents?: string): Promise<BuildResult<{ write: false; metafile: true }>> {
  return build({
    ...(contents === undefined
      ? { entryPoints: [`${root}${entry}`] }
      : { stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: entry } }),
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

/** Every request and answer of the workers below, checked against examples/openapi.json at the end. */
const exchanges: { method: 'post' | 'options'; request: string | null; status: number; body: unknown }[] = [];

/** A handler configured as a deployment would: one origin allowed, a small body, an expired time. */
/** A handler configured as a deployment would: one origin allowed, a small body limit. */
const CONFIGURED = `import { createHandler } from './examples/serverless.ts';
export default {
  fetch: createHandler({ allowedOrigins: ['https://app.example.org'], maxBodyBytes: 2000 }),
};`;

describe('examples/serverless.ts in workerd (Cloudflare Workers)', () => {
  let worker: Miniflare | undefined;
  let configured: Miniflare | undefined;
  let expired: Miniflare | undefined;
  let script = '';

  beforeAll(async () => {
    const { metafile, outputFiles } = await bundle('examples/serverless.ts');
    expect(nodeModules(metafile)).toEqual([]);
    script = outputFiles[0]?.text ?? '';
    const other = (await bundle('configured.ts', CONFIGURED)).outputFiles[0]?.text ?? '';
    const expiredScript = (
      await bundle(
        'expired.ts',
        `import { createHandler } from './examples/serverless.ts';
export default { fetch: createHandler({ timeLimitMs: 0 }) };`,
      )
    ).outputFiles[0]?.text;
    try {
      const { Miniflare } = await import('miniflare');
      worker = new Miniflare({ modules: true, script, compatibilityDate: '2025-01-01' });
      await worker.ready;
      configured = new Miniflare({ modules: true, script: other, compatibilityDate: '2025-01-01' });
      await configured.ready;
      expired = new Miniflare({ modules: true, script: expiredScript ?? '', compatibilityDate: '2025-01-01' });
      await expired.ready;
    } catch (error) {
      console.warn(`serverless.test.ts: workerd cannot start here, the runtime checks are skipped: ${error}`);
      for (const w of [worker, configured, expired]) await w?.dispose().catch(() => undefined);
      worker = undefined;
    }
  });
  afterAll(async () => {
    for (const w of [worker, configured, expired]) await w?.dispose();
  });

  /** Sends `init` to `on` (default: the default handler) and records the exchange; the answer's body is read. */
  async function send(
    init: { method: string; body?: string; headers?: Record<string, string> },
    query = '',
    on: Miniflare | undefined = worker,
  ): Promise<{ status: number; headers: Headers; text: string }> {
    const response = await (on as Miniflare).dispatchFetch(`http://localhost/match${query}`, init);
    const text = await response.text();
    const method = init.method.toLowerCase();
    if (method === 'post' || method === 'options') {
      exchanges.push({
        method,
        request: init.body ?? null,
        status: response.status,
        body: text === '' ? null : JSON.parse(text),
      });
    }
    return { status: response.status, headers: response.headers, text };
  }

  const post = async (body: string, query = '') => {
    const { status, headers, text } = await send(
      { method: 'POST', body, headers: { 'content-type': 'application/json' } },
      query,
    );
    return { status, headers, text: async () => text, json: async () => JSON.parse(text) as unknown };
  };

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
      code: 'INVALID_INPUT',
      error: expected?.message.replace(/^parseProgram:/, 'matchProgramAsync:'),
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
    const { code, error } = (await response.json()) as { code: string; error: string };
    expect(code).toBe('INVALID_JSON');
    expect(error).toMatch(/^the body is not valid JSON: /);
  });

  it('a GET: 405, allowing POST', async (ctx) => {
    if (worker === undefined) return ctx.skip();
    const response = await (worker as Miniflare).dispatchFetch('http://localhost/match');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    expect(((await response.json()) as { code: string }).code).toBe('METHOD_NOT_ALLOWED');
  });

  it('a CORS preflight (OPTIONS): 204 with the CORS headers; any origin by default', async (ctx) => {
    if (worker === undefined) return ctx.skip();
    const preflight = {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
    };
    const response = await send(preflight);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type');
  });

  it('allowed origins are configurable: the origin echoed, another refused with 403', async (ctx) => {
    if (configured === undefined) return ctx.skip();
    const from = (origin: string) => ({ method: 'OPTIONS', headers: { origin } });
    const allowed = await send(from('https://app.example.org'), '', configured);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(allowed.headers.get('vary')).toBe('Origin');
    const refused = await send(from('https://evil.example.com'), '', configured);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED', issues: [] });
    const small = JSON.stringify({ mode: 'micro', topics: [], mentors: [], mentees: [] });
    const posted = await send(
      { method: 'POST', body: small, headers: { origin: 'https://app.example.org' } },
      '',
      configured,
    );
    expect(posted.status).toBe(200);
    expect(posted.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
  });

  it('a body over maxBodyBytes: 413 before it is parsed (even when it is not JSON)', async (ctx) => {
    if (configured === undefined) return ctx.skip();
    const response = await send({ method: 'POST', body: `{${'x'.repeat(3000)}` }, '', configured);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toMatchObject({ code: 'BODY_TOO_LARGE', issues: [] });
  });

  it('a programme over a size limit: 413 TOO_LARGE naming the limit', async (ctx) => {
    if (worker === undefined) return ctx.skip();
    const mentors = Array.from({ length: 100_001 }, (_, k) => ({ id: k, skills: [] }));
    const response = await post(JSON.stringify({ mode: 'classic', topics: [], mentors, mentees: [] }));
    expect(response.status).toBe(413);
    const body = (await response.json()) as { code: string; issues: { message: string }[] };
    expect(body.code).toBe('TOO_LARGE');
    expect(body.issues[0]?.message).toContain('limits.maxMentors (100000)');
  });

  it('the time limit run out: 503 TIME_LIMIT as JSON, with Retry-After', async (ctx) => {
    if (expired === undefined) return ctx.skip();
    const response = await send(
      { method: 'POST', body: microText, headers: { 'content-type': 'application/json' } },
      '',
      expired,
    );
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(JSON.parse(response.text)).toMatchObject({ code: 'TIME_LIMIT', issues: [] });
  });

  it('every request and answer above is what examples/openapi.json describes', (ctx) => {
    if (worker === undefined) return ctx.skip();
    expect(exchanges.length).toBeGreaterThanOrEqual(10);
    const statuses = new Set(exchanges.map((e) => e.status));
    for (const status of [200, 204, 400, 403, 413, 422, 503])
      expect(statuses.has(status), `status ${status}`).toBe(true);
    for (const { method, request, status, body } of exchanges) {
      expect(responseProblems(method, status, body), `${method} → ${status}`).toEqual([]);
      // Every request that got a matching was a valid programme by the schema too.
      if (status === 200 && request !== null) expect(requestProblems(JSON.parse(request))).toEqual([]);
    }
  });
});
