/**
 * A serverless matching endpoint: a standard `Request → Response` handler, as Cloudflare Workers,
 * Deno, Bun, Vercel and Netlify edge functions take it. POST a programme as JSON; get its matching.
 * It uses no Node built-ins, so it bundles for any edge runtime (test/serverless.test.ts runs the
 * bundle in workerd, the runtime of Cloudflare Workers).
 *
 * - `POST /` with the programme as the body (`?objective=fair` to override its objective):
 *   200 with the `MatchResult` as JSON.
 * - A body that is not JSON: 400 `{ error }`. An invalid programme: 422 `{ error, issues }`, every
 *   problem with its path. Any method but POST: 405.
 *
 * Run: `npx tsx examples/serverless.ts` (posts a small programme to the handler and prints the reply).
 */
import { InvalidInputError, matchProgram, parseProgram } from '../src/index.js';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** Matches the programme posted as JSON. */
export async function handleMatch(request: Request): Promise<Response> {
  if (request.method !== 'POST') {
    return json(405, { error: `use POST with a programme as JSON, not ${request.method}` }, { allow: 'POST' });
  }
  let programme: unknown;
  try {
    programme = await request.json();
  } catch (error) {
    return json(400, { error: `the body is not valid JSON: ${error instanceof Error ? error.message : error}` });
  }
  const objective = new URL(request.url).searchParams.get('objective');
  try {
    // An unknown objective is an InvalidInputError too (its path: options.objective).
    const options = objective === null ? undefined : ({ objective } as Parameters<typeof matchProgram>[1]);
    // The body's shape is unknown: parseProgram validates it (every problem with its path).
    return json(200, matchProgram(parseProgram(programme), options));
  } catch (error) {
    if (error instanceof InvalidInputError) return json(422, { error: error.message, issues: error.issues });
    throw error;
  }
}

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
      const { issues } = (await invalid.json()) as { issues: { message: string }[] };
      console.log(
        invalid.status,
        issues.map((issue) => issue.message),
      ); // 422 [ 'mentors[0].skills[0].topic: unknown topic "pricng"' ]
    })
    .catch((error: unknown) => {
      console.error(error);
      (globalThis as { process?: { exitCode?: number } }).process!.exitCode = 1;
    });
}
