/**
 * The generator of `src/model/programJsonSchema.generated.ts`: the JSON Schema of the programme
 * input, built with zod's `z.toJSONSchema` from the zod schema (`src/model/schema.ts`), with every
 * property described from `PROGRAM_FIELD_DESCRIPTIONS`. It lives here, not in the library, so that
 * zod's JSON Schema generator (about 21 KB minified) stays out of the package's bundle; the library
 * ships the generated object, and `test/programJsonSchema.test.ts` checks that it is up to date.
 *
 * The descriptions are set by property path after generation rather than as zod metadata: zod
 * metadata belongs to a schema instance, and the programme schema reuses its instances (an id, a
 * level, the fields mentors and mentees share, a pair in `forbiddenPairs` and `lockedPairs`), so
 * one instance would carry one description in every place it is used.
 */
import * as z from 'zod/mini';
import { programSchema, timeZoneSchema } from '../../src/model/schema.js';
import { PROGRAM_FIELD_DESCRIPTIONS } from './programFieldDescriptions.js';

/** The generated file, from the repository's root. */
export const GENERATED_FILE = 'src/model/programJsonSchema.generated.ts';
/** The command that rewrites {@link GENERATED_FILE}. */
export const REGENERATE = 'UPDATE_SCHEMA=1 npx vitest run test/programJsonSchema.test.ts';

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The JSON Schema of the input side (ids as strings or integers, time zones as offsets or names), undescribed. */
function zodJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(programSchema, {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== timeZoneSchema) return;
      // One schema rather than `anyOf`: the number keywords apply to numbers only.
      const number = jsonSchema.anyOf?.find((option) => typeof option === 'object' && option.type === 'number');
      delete jsonSchema.anyOf;
      Object.assign(jsonSchema, { ...(typeof number === 'object' ? number : {}), type: ['number', 'string'] });
    },
  });
  // A JSON copy: plain data, no object shared between two places of the tree.
  return JSON.parse(JSON.stringify(schema)) as JsonObject;
}

/**
 * Sets the description of every property under `node` (at programme path `path`), placing it first
 * among the property's keywords; records each path in `seen`. Descends into properties, array items
 * and `anyOf` options (a nullable object).
 */
function describe(node: JsonObject, path: string, seen: Set<string>): void {
  const { properties, items, anyOf } = node;
  if (isObject(properties)) {
    for (const [key, child] of Object.entries(properties)) {
      const at = path === '' ? key : `${path}.${key}`;
      const description = PROGRAM_FIELD_DESCRIPTIONS[at];
      if (description === undefined || description.trim() === '')
        throw new Error(`programJsonSchema: no description for ${at} in test/helpers/programFieldDescriptions.ts`);
      if (!isObject(child)) throw new Error(`programJsonSchema: ${at} is not a schema object`);
      seen.add(at);
      const described: JsonObject = { description, ...child };
      properties[key] = described;
      describe(described, at, seen);
    }
  }
  if (isObject(items)) describe(items, `${path}[]`, seen);
  if (Array.isArray(anyOf)) for (const option of anyOf) if (isObject(option)) describe(option, path, seen);
}

/**
 * The JSON Schema of the programme input with every property described, as `programJsonSchema`
 * ships it.
 *
 * @throws Error when a property has no description, or a description names no property.
 */
export function buildProgramJsonSchema(): JsonObject {
  const schema = zodJsonSchema();
  const seen = new Set<string>();
  describe(schema, '', seen);
  const unused = Object.keys(PROGRAM_FIELD_DESCRIPTIONS).filter((path) => !seen.has(path));
  if (unused.length > 0) throw new Error(`programJsonSchema: descriptions of no property: ${unused.join(', ')}`);
  return schema;
}

/** The text of {@link GENERATED_FILE} holding `schema` (before formatting). */
export function generatedModule(schema: JsonObject): string {
  return `/**
 * The JSON Schema of the programme input, with a description of every field: the data of
 * \`programJsonSchema\`. Generated from the zod schema (\`src/model/schema.ts\`) and the field
 * descriptions (\`test/helpers/programFieldDescriptions.ts\`) by \`test/helpers/programJsonSchemaSource.ts\`;
 * do not edit, regenerate with \`${REGENERATE}\`.
 */
export const PROGRAM_JSON_SCHEMA = ${JSON.stringify(schema, null, 2)};
`;
}
