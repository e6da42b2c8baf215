// The imports of src/, read with madge (type-only imports included): no import cycle, and every
// layer imports only the layers below it, as docs/architecture.md draws them. Why: a cycle, even of
// types, means two modules that cannot be read or moved apart; an upward import (solve/ reaching
// into model/, say) would also pull the domain layers and zod into the `mentormatch/solvers`
// bundle, which .ci/size.mjs would only catch once it grew past its ceiling.

import { fileURLToPath } from 'node:url';
import madge from 'madge';

const root = fileURLToPath(new URL('..', import.meta.url));

// What each part of src/ may import besides itself: a folder by its name, a top-level file by its
// file name. Entries not listed (index.ts, tables.ts, schema.ts, testing.ts) may import any part.
const BASE = ['errors.ts', 'internal'];
const ALLOWED = {
  'errors.ts': [],
  internal: [],
  solve: BASE,
  // The programme's validation renders its issues' messages from the catalogs (locale imports only
  // errors and internal, so no cycle).
  model: [...BASE, 'locale'],
  // The message catalogs and their renderer: plain data, below every layer that writes sentences.
  locale: BASE,
  locales: [...BASE, 'locale'],
  score: [...BASE, 'locale', 'model', 'solve'],
  match: [...BASE, 'locale', 'model', 'solve', 'score'],
  report: [...BASE, 'locale', 'model', 'solve', 'score', 'match'],
  cli: [...BASE, 'locale', 'locales', 'model', 'solve', 'score', 'match', 'report'],
  // The helper thread of `mentormatch/node`: the scoring tasks, and the baseline (match/helperTasks.ts).
  node: [...BASE, 'score', 'match'],
  testing: [...BASE, 'locale', 'model', 'solve', 'score', 'match', 'report', 'cli'],
  'solvers.ts': [...BASE, 'solve'],
};

const partOf = (file) => file.split('/')[0];

const result = await madge(`${root}src`, {
  fileExtensions: ['ts'],
  tsConfig: `${root}tsconfig.json`,
  detectiveOptions: { ts: { skipTypeImports: false } },
});
const problems = [];
for (const cycle of result.circular()) problems.push(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
for (const [file, imports] of Object.entries(result.obj())) {
  const allowed = ALLOWED[partOf(file)];
  if (allowed === undefined) continue;
  for (const target of imports) {
    if (target.startsWith('../')) continue; // outside src/: package.json, read by the CLI for its version
    const part = partOf(target);
    if (part !== partOf(file) && !allowed.includes(part)) problems.push(`layering: ${file} imports ${target}`);
  }
}
const { skipped } = result.warnings();
for (const file of skipped) problems.push(`not resolved: ${file}`);
if (problems.length > 0) {
  console.error(`src imports: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `src imports: ${Object.keys(result.obj()).length} modules, no cycle, every layer imports only those below it`,
);
