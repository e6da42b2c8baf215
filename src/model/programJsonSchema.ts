/** The JSON Schema of the programme input, generated from its zod schema. */
import * as z from 'zod/mini';
import { deepFreeze } from './deepFreeze.js';
import { programSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of the programme input that {@link parseProgram} takes,
 * generated from the same zod schema, for editors, forms and other languages. It checks shapes
 * only; references between ids are checked by `parseProgram`.
 *
 * @example
 * ```ts
 * import { programJsonSchema } from 'mentormatch';
 *
 * console.log(programJsonSchema.type, Object.keys(programJsonSchema.properties ?? {}).length); // object 8
 * ```
 */
export const programJsonSchema: Readonly<
  { type?: unknown; properties?: Readonly<Record<string, unknown>> } & Record<string, unknown>
> = /* @__PURE__ */ deepFreeze(z.toJSONSchema(programSchema) as Record<string, unknown>);
