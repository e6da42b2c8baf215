/**
 * Micro mentoring: the bundled sample programme (examples/data/micro.json), one mentor per topic
 * request, matched for the highest total score. Run: `npx tsx examples/micro.ts`.
 */
import { readFileSync } from 'node:fs';
import { matchProgram } from '../src/index.js';
import { printResult } from './lib/printResult.js';

const json = readFileSync(new URL('./data/micro.json', import.meta.url), 'utf8');
printResult('Micro mentoring: one precise request, one expert', matchProgram(json));
