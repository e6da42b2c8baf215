/**
 * A serverless matching endpoint fit for production: a standard `Request → Response` handler, as
 * Cloudflare Workers, Deno, Bun, Vercel and Netlify edge functions take it. POST a programme as
 * JSON; get its matching. It uses no Node built-ins, so it bundles for any edge runtime
 * (test/serverless.test.ts runs the bundle in workerd, the runtime of Cloudflare Workers).
 * examples/openapi.json describes it (OpenAPI 3.1, the programme's JSON Schema embedded).
 *
 * - `POST /` with the programme as the body (`?objective=fair` to override its objective):
 *   200 with the `MatchResult` as JSON.
 * - `OPTIONS` (a browser's CORS preflight): 204 with the CORS headers when the `Origin` is
 *   allowed (`allowedOrigins`), else 403. Every answer to an allowed origin carries
 *   `Access-Control-Allow-Origin`.
 * - Every error is JSON `{ code, error, issues }`: a body over `maxBodyBytes` (by its
 *   `Content-Length`, or counted as it is read, before anything is parsed): 413 `BODY_TOO_LARGE`; a
 *   programme over the size limits: 413 `TOO_LARGE`; a body that is not JSON: 400
 *   `INVALID_JSON`; an invalid programme or option: 422 `INVALID_INPUT`, every problem with its
 *   path; the matching not done within `timeLimitMs`: 503 `TIME_LIMIT`; the request aborted by
 *   the client: 503 `ABORTED`; another method: 405 `METHOD_NOT_ALLOWED`; a disallowed origin: 403
 *   `ORIGIN_NOT_ALLOWED`; anything else: 500 `INTERNAL` (no detail leaked).
 *
 * Run: `npx tsx examples/serverless.ts` (posts a small programme to the handler and prints the reply).
 */
import { InvalidInputError, MentormatchError, matchProgramAsync, type ProgramLimits } from '../src/index.js';

/** Options of {@link createHandler}. */
export interface HandlerOptions {
  /** Origins allowed by CORS (`https://app.example.org`), or `'*'` for any; default `'*'`. */
  readonly allowedOrigins?: readonly string[] | '*';
  /** The largest body accepted, in bytes; default 4 MiB. */
  readonly maxBodyBytes?: number;
  /** The most milliseconds a matching may take; default 10,000 (then 503 `TIME_LIMIT`). */
  readonly timeLimitMs?: number;
  /** Size limits of the programme (`matchProgram`'s `limits`); default the library's. */
  readonly limits?: ProgramLimits;
}

/** The JSON body of every error answer. */
export interface ErrorBody {
  readonly code: string;
  readonly error: string;
  readonly issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[];
}

const MiB = 1024 * 1024;

/** The HTTP status of each library error code. */
const STATUS: Readonly<Record<string, number>> = {
  INVALID_INPUT: 422,
  INFEASIBLE: 422,
  TOO_LARGE: 413,
  TIME_LIMIT: 503,
  ABORTED: 503,
};

/** A handler with `options`: `(request) => Promise<Response>`. */
export function createHandler(options: HandlerOptions = {}): (request: Request) => Promise<Response> {
  const allowed = options.allowedOrigins ?? '*';
  const maxBodyBytes = options.maxBodyBytes ?? 4 * MiB;
  const timeLimitMs = options.timeLimitMs ?? 10_000;

  return async (request) => {
    const origin = request.headers.get('origin');
    const originAllowed = origin === null || allowed === '*' || allowed.includes(origin);
    const cors: Record<string, string> =
      origin === null || !originAllowed
        ? {}
        : { 'access-control-allow-origin': allowed === '*' ? '*' : origin, vary: 'Origin' };
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...cors, ...headers },
      });
    const fail = (status: number, code: string, error: string, headers: Record<string, string> = {}) =>
      json(status, { code, error, issues: [] } satisfies ErrorBody, headers);

    if (!originAllowed) return fail(403, 'ORIGIN_NOT_ALLOWED', `the origin ${origin} is not allowed`);
    if (request.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          'access-control-allow-methods': 'POST, OPTIONS',
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '86400',
        },
      });
    }
    if (request.method !== 'POST') {
      return fail(405, 'METHOD_NOT_ALLOWED', `use POST with a programme as JSON, not ${request.method}`, {
        allow: 'POST, OPTIONS',
      });
    }
    const text = await readBody(request, maxBodyBytes);
    if (text === null) {
      return fail(413, 'BODY_TOO_LARGE', `the body is larger than ${maxBodyBytes} bytes, the limit of this endpoint`);
    }
    let programme: unknown;
    try {
      programme = JSON.parse(text);
    } catch (error) {
      return fail(400, 'INVALID_JSON', `the body is not valid JSON: ${error instanceof Error ? error.message : error}`);
    }
    const objective = new URL(request.url).searchParams.get('objective');
    try {
      // An unknown objective is an InvalidInputError too (its path: options.objective). The body's
      // shape is unknown: matchProgramAsync validates it (every problem with its path).
      const result = await matchProgramAsync(programme as Parameters<typeof matchProgramAsync>[0], {
        ...(objective === null ? {} : { objective: objective as 'total' }),
        ...(options.limits === undefined ? {} : { limits: options.limits }),
        timeLimitMs,
        signal: request.signal,
      });
      return json(200, result);
    } catch (error) {
      if (error instanceof MentormatchError) {
        const issues = error instanceof InvalidInputError ? error.issues : [];
        const retry: Record<string, string> = error.code === 'TIME_LIMIT' ? { 'retry-after': '60' } : {};
        return json(STATUS[error.code] ?? 500, { code: error.code, error: error.message, issues }, retry);
      }
      return fail(500, 'INTERNAL', 'internal error');
    }
  };
}

/**
 * The body as text, or null when it is over `max` bytes: refused by its `Content-Length` before
 * it is read, else counted as it streams in (a body without a length cannot fill memory either).
 */
async function readBody(request: Request, max: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > max) return null;
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** The handler with the default options. */
export const handleMatch = createHandler();

/** The Workers module form: `export default { fetch }`. */
export default { fetch: handleMatch } satisfies { fetch(request: Request): Promise<Response> };

// Run directly (`npx tsx examples/serverless.ts`): post a small programme to the handler.
const argv = (globalThis as { process?: { argv?: readonly string[] } }).process?.argv;
if (argv?.[1]?.endsWith('serverless.ts')) {
  const programme = {
    mode: 'micro',
    topics: [{ id: 'pricing' }, { id: 'seo' }],
    mentors: [
      { id: 'ana', skills: [{ topic: 'pricing', level: 5 }], capacity: 1 },
      { id: 'ben', skills: [{ topic: 'seo', level: 4 }], capacity: 1 },
    ],
    mentees: [
      {
        id: 'cy',
        requests: [
          { topic: 'pricing', level: 3 },
          { topic: 'seo', level: 2 },
        ],
      },
    ],
  };
  const post = (body: string) => handleMatch(new Request('https://example.org/match', { method: 'POST', body }));
  post(JSON.stringify(programme))
    .then(async (ok) => {
      const result = (await ok.json()) as { matches: { mentee: string; topic: string; mentor: string }[] };
      console.log(
        ok.status,
        result.matches.map((m) => `${m.mentee}/${m.topic}→${m.mentor}`),
      ); // 200 [ 'cy/pricing→ana', 'cy/seo→ben' ]
      const typo = { ...programme, mentors: [{ id: 'ana', skills: [{ topic: 'pricng', level: 5 }] }] };
      const invalid = await post(JSON.stringify(typo));
      const { code, issues } = (await invalid.json()) as ErrorBody;
      console.log(
        invalid.status,
        code,
        issues.map((issue) => issue.message),
      ); // 422 INVALID_INPUT [ 'mentors[0].skills[0].topic: unknown topic "pricng"' ]
      const preflight = await handleMatch(
        new Request('https://example.org/match', { method: 'OPTIONS', headers: { origin: 'https://app.example.org' } }),
      );
      console.log(preflight.status, preflight.headers.get('access-control-allow-methods')); // 204 POST, OPTIONS
    })
    .catch((error: unknown) => {
      console.error(error);
      (globalThis as { process?: { exitCode?: number } }).process!.exitCode = 1;
    });
}
