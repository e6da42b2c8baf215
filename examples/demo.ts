/**
 * `npm run demo`: matches the two bundled sample programmes (a micro and a classic one, generated
 * by examples/data/generate.ts) and prints the pairs with their reasons, the unmatched with theirs,
 * and the gain over first come, first served.
 */
import { readFileSync } from 'node:fs';
import { matchProgram } from '../src/index.js';
import { printResult } from './lib/printResult.js';

for (const [file, title] of [
  ['micro', 'Micro mentoring (examples/data/micro.json)'],
  ['classic', 'Classic mentoring (examples/data/classic.json)'],
] as const) {
  const json = readFileSync(new URL(`./data/${file}.json`, import.meta.url), 'utf8');
  printResult(title, matchProgram(json));
}
console.log(`Your own programme: write it as JSON (see the README, "The programme format"), then
  import { matchProgram } from 'mentormatch';
  const result = matchProgram(JSON.parse(readFileSync('programme.json', 'utf8')));`);
