/**
 * `programJsonSchema` is a precomputed object (so that zod's JSON Schema generator stays out of the
 * bundle): it equals, key order included, what `z.toJSONSchema` makes of the zod schema with the
 * field descriptions, so it cannot drift from what `parseProgram` reads; every property at every
 * depth has a description; and the programme format of the README and of docs/programme-format.md
 * parses.
 *
 * `UPDATE_SCHEMA=1 npx vitest run test/programJsonSchema.test.ts` rewrites the generated file.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stripJsonc } from '../src/cli/jsonc.js';
import { parseProgram } from '../src/index.js';
import { programJsonSchema } from '../src/schema.js';
import {
  buildProgramJsonSchema,
  GENERATED_FILE,
  generatedModule,
  REGENERATE,
} from './helpers/programJsonSchemaSource.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every `properties` entry under `node`, at every depth, with its path (keywords that hold schemas only). */
function properties(node: unknown, path = ''): [string, unknown][] {
  if (node === null || typeof node !== 'object') return [];
  const schema = node as Record<string, unknown>;
  const found: [string, unknown][] = [];
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
    const at = path === '' ? key : `${path}.${key}`;
    found.push([at, child], ...properties(child, at));
  }
  for (const keyword of ['items', 'additionalProperties', 'not', 'propertyNames'])
    found.push(...properties(schema[keyword], `${path}[${keyword}]`));
  for (const keyword of ['anyOf', 'oneOf', 'allOf', 'prefixItems'])
    for (const option of (schema[keyword] ?? []) as unknown[]) found.push(...properties(option, path));
  for (const [name, def] of Object.entries((schema.$defs ?? {}) as Record<string, unknown>))
    found.push(...properties(def, `$defs.${name}`));
  return found;
}

describe('programJsonSchema', () => {
  it('equals the schema generated from the zod schema and the field descriptions, key order included', () => {
    const generated = buildProgramJsonSchema();
    if (process.env.UPDATE_SCHEMA === '1') {
      const file = join(root, GENERATED_FILE);
      writeFileSync(file, generatedModule(generated));
      execFileSync(process.execPath, [
        join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome'),
        'format',
        '--write',
        file,
      ]);
      return;
    }
    expect(
      JSON.stringify(programJsonSchema, null, 2),
      `${GENERATED_FILE} is out of date; regenerate it with: ${REGENERATE}`,
    ).toBe(JSON.stringify(generated, null, 2));
  });

  it('describes every property at every depth', () => {
    const found = properties(programJsonSchema);
    expect(found.length).toBeGreaterThan(80);
    const undescribed = found
      .filter(([, schema]) => {
        const description = (schema as { description?: unknown }).description;
        return typeof description !== 'string' || description.trim() === '';
      })
      .map(([path]) => path);
    expect(undescribed).toEqual([]);
    const props = programJsonSchema.properties as Record<string, Record<string, unknown>>;
    const mentor = (props.mentors?.items ?? {}) as { properties: Record<string, Record<string, unknown>> };
    expect(mentor.properties.hoursBudget?.description).toMatch(/hours.*default: no limit/i);
    expect(mentor.properties.capacity?.description).toMatch(/default 5 \(micro\) or 2 \(classic\)/);
  });
});

// The README's short example and the full one of docs/programme-format.md.
for (const [page, heading] of [
  ['README.md', '## The programme format'],
  ['docs/programme-format.md', '# The programme format'],
] as const) {
  describe(`${page}: the programme format`, () => {
    const text = readFileSync(join(root, page), 'utf8');
    const section = text.slice(text.indexOf(heading));
    const block = /```jsonc\n([\s\S]*?)```/.exec(section)?.[1];

    it('is JSONC that parseProgram takes', () => {
      expect(block).toBeDefined();
      const stripped = stripJsonc(block ?? '');
      expect(stripped.error).toBeUndefined();
      const program = parseProgram(JSON.parse(stripped.text ?? '') as unknown);
      expect(program.mode).toBe('micro');
      expect(program.mentors.map((m) => m.id)).toEqual(['m-ana', 'm-joe']);
    });
  });
}
