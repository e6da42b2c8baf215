/**
 * The JSON Schema of the programme input: precomputed from its zod schema (see
 * `programJsonSchema.generated.ts`), so that zod's JSON Schema generator stays out of the bundle.
 */
import { deepFreeze } from './deepFreeze.js';
import { PROGRAM_JSON_SCHEMA } from './programJsonSchema.generated.js';

/**
 * The JSON Schema (draft 2020-12) of the programme input that {@link index!parseProgram} takes,
 * generated from the same zod schema, for editors, forms and other languages. Every property
 * carries a `description` (what it means, its unit and its default) that editors show on hover.
 * It checks shapes only; references between ids are checked by `parseProgram`. It shows what may
 * be written: an id is a string or an integer, a `timeZone` an offset in hours or an IANA name
 * (whether the name exists is checked by `parseProgram`), and a programme may name its schema in
 * `$schema`. The object is deeply frozen.
 *
 * @example
 * ```ts
 * import { programJsonSchema } from 'mentormatch/schema';
 *
 * console.log(programJsonSchema.type, Object.keys(programJsonSchema.properties ?? {}).length); // object 13
 * const mode = (programJsonSchema.properties?.mode ?? {}) as { enum?: string[] };
 * console.log(mode.enum); // [ 'micro', 'classic' ]
 * ```
 */
export const programJsonSchema: Readonly<
  { type?: unknown; properties?: Readonly<Record<string, unknown>> } & Record<string, unknown>
> = /* @__PURE__ */ deepFreeze(PROGRAM_JSON_SCHEMA);
