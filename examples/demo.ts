/**
 * `npm run demo`: matches the two bundled sample programmes (a micro and a classic one, generated
 * by examples/data/generate.ts) and prints the pairs with their reasons, the unmatched with theirs,
 * and the gain over first come, first served.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { matchProgram } from '../src/index.js';
import { it } from '../src/locales/it.js';
import { printResult } from './lib/printResult.js';
import { WORDS } from './lib/words.js';

// `npm run demo -- --locale it`: the demo in Italian (the library's sentences from its Italian catalog).
const { values } = parseArgs({ options: { locale: { type: 'string', default: 'en' } } });
const italian = values.locale?.toLowerCase().startsWith('it') === true;

for (const [file, title, titolo] of [
  ['micro', 'Micro mentoring (examples/data/micro.json)', 'Micro-mentoring (examples/data/micro.json)'],
  ['classic', 'Classic mentoring (examples/data/classic.json)', 'Mentoring classico (examples/data/classic.json)'],
] as const) {
  const json = readFileSync(new URL(`./data/${file}.json`, import.meta.url), 'utf8');
  if (italian) printResult(titolo, matchProgram(json, { locale: it }), WORDS.it);
  else printResult(title, matchProgram(json));
}
if (italian)
  console.log(`Il vostro programma: scrivetelo in JSON (vedere il README, "The programme format"), poi
  import { matchProgram } from 'mentormatch';
  import { it } from 'mentormatch/locales/it';
  const result = matchProgram(JSON.parse(readFileSync('programme.json', 'utf8')), { locale: it });`);
else
  console.log(`Your own programme: write it as JSON (see the README, "The programme format"), then
  import { matchProgram } from 'mentormatch';
  const result = matchProgram(JSON.parse(readFileSync('programme.json', 'utf8')));`);
