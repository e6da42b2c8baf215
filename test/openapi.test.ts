/**
 * examples/openapi.json, the OpenAPI 3.1 description of examples/serverless.ts, is what
 * test/helpers/openapiDocument.ts builds (`programJsonSchema` embedded):
 * `UPDATE_OPENAPI=1 npx vitest run test/openapi.test.ts` rewrites it. Its schemas compile, and the
 * requests and responses of test/serverless.test.ts are validated against it there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { programJsonSchema } from '../src/schema.js';
import { openapiDocument } from './helpers/openapiDocument.js';
import { requestProblems, responseProblems } from './helpers/openapiValidate.js';

const file = new URL('../examples/openapi.json', import.meta.url);
const text = `${JSON.stringify(openapiDocument(), null, 2)}\n`;
if (process.env.UPDATE_OPENAPI === '1') writeFileSync(file, text);

describe('examples/openapi.json', () => {
  it('is the generated document (UPDATE_OPENAPI=1 rewrites it; then `npx biome format --write` it)', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(text));
  });

  it('is OpenAPI 3.1 and embeds programJsonSchema as the request body', () => {
    const document = JSON.parse(text) as { openapi: string; components: { schemas: { Programme: unknown } } };
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.schemas.Programme).toEqual(JSON.parse(JSON.stringify(programJsonSchema)));
  });

  it('tells a valid programme from an invalid one, and a described answer from another', () => {
    const programme = { mode: 'micro', topics: [{ id: 'seo' }], mentors: [], mentees: [] };
    expect(requestProblems(programme)).toEqual([]);
    expect(requestProblems({ ...programme, mode: 'macro' })).not.toEqual([]);
    expect(
      responseProblems('post', 422, { code: 'INVALID_INPUT', error: 'x', issues: [{ path: [0], message: 'y' }] }),
    ).toEqual([]);
    expect(responseProblems('post', 422, { code: 'INVALID_INPUT', error: 'x' })).not.toEqual([]);
    expect(responseProblems('post', 418, {})).toEqual(['status 418 is not described for POST']);
    expect(responseProblems('options', 204, null)).toEqual([]);
  });
});
