/**
 * `mentormatch/schema`: the JSON Schema of the programme format, every field described, for editors
 * and API descriptions (OpenAPI). In an entry of its own: it is data (about 4 KB gzipped) that a
 * function matching programmes does not need, and the root entry stays small.
 */
export { programJsonSchema } from './model/programJsonSchema.js';
