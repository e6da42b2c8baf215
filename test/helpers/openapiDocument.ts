/**
 * The OpenAPI 3.1 description of examples/serverless.ts, with the programme's JSON Schema
 * (`programJsonSchema`) embedded: the source of examples/openapi.json, which
 * `UPDATE_OPENAPI=1 npx vitest run test/openapi.test.ts` rewrites.
 */
import { programJsonSchema } from '../../src/schema.js';

const issue = {
  type: 'object',
  required: ['path', 'message'],
  additionalProperties: false,
  properties: {
    path: {
      type: 'array',
      items: { type: ['string', 'integer'] },
      description: 'Path from the input’s root to the bad value, e.g. ["mentors", 3, "skills", 0, "topic"].',
    },
    message: { type: 'string', description: 'What is wrong, showing the bad value.' },
    code: {
      type: 'string',
      description: 'A stable code of the problem (docs/messages.md, "Validation issues"), e.g. "unknown_reference".',
    },
    params: {
      type: 'object',
      description: 'The data the message is made of (the expected type, the value found, the id referred to…).',
    },
  },
};

const explanation = {
  type: 'object',
  required: ['score', 'priority', 'weightedScore', 'forbidden', 'rules', 'criteria', 'summary'],
  properties: {
    score: { type: 'number' },
    priority: { type: 'number' },
    weightedScore: { type: 'number' },
    forbidden: { type: 'boolean' },
    rules: { type: 'array', items: { type: 'object', required: ['rule', 'message'] } },
    criteria: {
      type: 'array',
      items: { type: 'object', required: ['criterion', 'label', 'value', 'weight', 'contribution', 'detail'] },
    },
    summary: { type: 'string' },
  },
};

const nullableNumber = { type: ['number', 'null'] };

const matchResult = {
  type: 'object',
  description: 'The result of `matchProgram`: the pairs with scores and explanations, the unmatched with reasons.',
  required: ['mode', 'objective', 'matches', 'unmatched', 'summary', 'warnings'],
  additionalProperties: false,
  properties: {
    mode: { enum: ['micro', 'classic'] },
    objective: { enum: ['total', 'coverage', 'fair', 'stable'] },
    matches: {
      type: 'array',
      items: {
        type: 'object',
        required: ['mentee', 'mentor', 'score', 'priority', 'locked', 'explanation'],
        additionalProperties: false,
        properties: {
          mentee: { type: 'string' },
          mentor: { type: 'string' },
          topic: { type: 'string' },
          score: { type: 'number' },
          priority: { type: 'number' },
          locked: { type: 'boolean' },
          explanation,
        },
      },
    },
    unmatched: {
      type: 'array',
      items: {
        type: 'object',
        required: ['mentee', 'code', 'reason'],
        properties: {
          mentee: { type: 'string' },
          topic: { type: 'string' },
          code: { type: 'string' },
          reason: { type: 'string' },
        },
      },
    },
    summary: {
      type: 'object',
      required: [
        'demand',
        'matched',
        'matchedShare',
        'totalScore',
        'weightedMatched',
        'weightedTotal',
        'meanScore',
        'lowestScore',
        'blockingPairs',
        'mentorLoad',
        'greedy',
        'exact',
        'bound',
        'boundOn',
        'gap',
        'nodes',
        'pairs',
        'blocking',
      ],
      properties: {
        demand: { type: 'integer', minimum: 0 },
        matched: { type: 'integer', minimum: 0 },
        matchedShare: { type: 'number', minimum: 0, maximum: 1 },
        totalScore: { type: 'number' },
        weightedMatched: { type: 'number' },
        weightedTotal: { type: 'number' },
        meanScore: nullableNumber,
        lowestScore: nullableNumber,
        blockingPairs: { type: 'integer', minimum: 0 },
        mentorLoad: { type: 'array', items: { type: 'object', required: ['mentor', 'load', 'capacity'] } },
        greedy: { type: 'object' },
        exact: { type: 'boolean', description: 'Whether the matching is proven optimal.' },
        bound: nullableNumber,
        boundOn: { enum: ['matched', 'weightedMatched', 'lowestScore', 'weightedTotal', null] },
        gap: { ...nullableNumber, minimum: 0 },
        nodes: { type: 'integer', minimum: 0 },
        pairs: {
          type: 'object',
          required: ['scored', 'searched', 'priced'],
          description:
            'The pairs the hard rules allowed (scored), those the search ran on, and the others, priced against the duals that prove the result.',
          properties: {
            scored: { type: 'integer', minimum: 0 },
            searched: { type: 'integer', minimum: 0 },
            priced: { type: 'integer', minimum: 0 },
          },
        },
        blocking: { type: 'array', items: { type: 'object', required: ['mentee', 'mentor'] } },
      },
    },
    warnings: {
      type: 'array',
      items: { type: 'object', required: ['code', 'path', 'message'] },
    },
  },
};

const error = {
  type: 'object',
  description: 'Every error answer.',
  required: ['code', 'error', 'issues'],
  additionalProperties: false,
  properties: {
    code: {
      enum: [
        'INVALID_JSON',
        'INVALID_INPUT',
        'INFEASIBLE',
        'TOO_LARGE',
        'BODY_TOO_LARGE',
        'TIME_LIMIT',
        'ABORTED',
        'METHOD_NOT_ALLOWED',
        'ORIGIN_NOT_ALLOWED',
        'INTERNAL',
      ],
      description: 'Machine-readable: the library’s error code, or the endpoint’s own.',
    },
    error: { type: 'string', description: 'What went wrong, in words.' },
    issues: { type: 'array', items: { $ref: '#/components/schemas/Issue' } },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The OpenAPI document of examples/serverless.ts. */
export function openapiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'mentormatch matching endpoint',
      version: '1.0.0',
      description:
        'examples/serverless.ts: POST a mentoring programme as JSON, get its matching. Errors are JSON `{ code, error, issues }`.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: {
      '/': {
        post: {
          operationId: 'matchProgram',
          summary: 'Match a programme',
          parameters: [
            {
              name: 'objective',
              in: 'query',
              required: false,
              description: 'Overrides the programme’s objective.',
              schema: { enum: ['total', 'coverage', 'fair', 'stable'] },
            },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Programme' } } },
          },
          responses: {
            '200': {
              description: 'The matching.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/MatchResult' } } },
            },
            '400': errorResponse('The body is not JSON (`INVALID_JSON`).'),
            '403': errorResponse('The `Origin` is not allowed (`ORIGIN_NOT_ALLOWED`).'),
            '405': errorResponse('Not POST or OPTIONS (`METHOD_NOT_ALLOWED`).'),
            '413': errorResponse(
              'The body is over the endpoint’s size limit (`BODY_TOO_LARGE`), or the programme over a size limit (`TOO_LARGE`, the issue names the limit).',
            ),
            '422': errorResponse('An invalid programme or option (`INVALID_INPUT`): every problem with its path.'),
            '500': errorResponse('An unexpected failure (`INTERNAL`).'),
            '503': errorResponse(
              'The matching took longer than the endpoint’s time limit (`TIME_LIMIT`, with `Retry-After`), or the client went away (`ABORTED`).',
            ),
          },
        },
        options: {
          operationId: 'preflight',
          summary: 'CORS preflight',
          responses: {
            '204': { description: 'The origin is allowed: the CORS headers.' },
            '403': errorResponse('The `Origin` is not allowed (`ORIGIN_NOT_ALLOWED`).'),
          },
        },
      },
    },
    components: {
      schemas: {
        Programme: programJsonSchema,
        MatchResult: matchResult,
        Error: error,
        Issue: issue,
      },
    },
  };
}
