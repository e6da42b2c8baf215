/**
 * Checks requests and responses of examples/serverless.ts against examples/openapi.json, with Ajv
 * (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

interface OpenApi {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
}

let loaded: { document: OpenApi; ajv: Ajv2020 } | undefined;
/** The document, read once (on first use: the test that writes it may run first). */
function load(): { document: OpenApi; ajv: Ajv2020 } {
  if (loaded === undefined) {
    const document = JSON.parse(
      readFileSync(new URL('../../examples/openapi.json', import.meta.url), 'utf8'),
    ) as OpenApi;
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema(document, 'openapi.json');
    loaded = { document, ajv };
  }
  return loaded;
}

const cache = new Map<string, ValidateFunction>();
function validator(ref: unknown): ValidateFunction {
  const key = JSON.stringify(ref);
  let found = cache.get(key);
  if (found === undefined) {
    const $ref = `openapi.json${(ref as { $ref: string }).$ref}`;
    found = load().ajv.compile({ $ref });
    cache.set(key, found);
  }
  return found;
}

/** The problems of `value` against `schema` (a `$ref` into the document), as text; empty when valid. */
function problems(schema: unknown, value: unknown): string[] {
  const validate = validator(schema);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The problems of a POST body against the request schema. */
export function requestProblems(body: unknown): string[] {
  return problems({ $ref: '#/components/schemas/Programme' }, body);
}

/**
 * The problems of an answer: its status must be described for `method`, and its JSON body (when
 * the status has content) must match the schema.
 */
export function responseProblems(method: 'post' | 'options', status: number, body: unknown): string[] {
  const response = load().document.paths['/']?.[method]?.responses[String(status)];
  if (response === undefined) return [`status ${status} is not described for ${method.toUpperCase()}`];
  const schema = response.content?.['application/json']?.schema;
  if (schema === undefined) return body === null || body === '' ? [] : ['a body where none is described'];
  return problems(schema, body);
}
