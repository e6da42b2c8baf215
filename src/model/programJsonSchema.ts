/** The JSON Schema of the programme input, generated from its zod schema. */
import * as z from 'zod/mini';
import { deepFreeze } from './deepFreeze.js';
import { programSchema, timeZoneSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of the programme input that {@link parseProgram} takes,
 * generated from the same zod schema, for editors, forms and other languages. It checks shapes
 * only; references between ids are checked by `parseProgram`. It shows what may be written: an id
 * is a string or an integer, a `timeZone` an offset in hours or an IANA name (whether the name
 * exists is checked by `parseProgram`), and a programme may name its schema in `$schema`.
 *
 * @example
 * ```ts
 * import { programJsonSchema } from 'mentormatch';
 *
 * console.log(programJsonSchema.type, Object.keys(programJsonSchema.properties ?? {}).length); // object 10
 * ```
 */
export const programJsonSchema: Readonly<
  { type?: unknown; properties?: Readonly<Record<string, unknown>> } & Record<string, unknown>
> = /* @__PURE__ */ deepFreeze(
  // The input side: ids are read as strings or integers, then turned into strings.
  z.toJSONSchema(programSchema, {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== timeZoneSchema) return;
      // One schema rather than `anyOf`: the number keywords apply to numbers only.
      const number = jsonSchema.anyOf?.find((option) => typeof option === 'object' && option.type === 'number');
      delete jsonSchema.anyOf;
      Object.assign(jsonSchema, { ...(typeof number === 'object' ? number : {}), type: ['number', 'string'] });
    },
  }) as Record<string, unknown>,
);
