/**
 * Classic mentoring: the bundled sample programme (examples/data/classic.json), one mentor per
 * mentee, matched for the highest total score, then fairly (the lowest score as high as possible).
 * Run: `npx tsx examples/classic.ts`.
 */
import { readFileSync } from 'node:fs';
import { matchProgram } from '../src/index.js';
import { printResult } from './lib/printResult.js';

const json = readFileSync(new URL('./data/classic.json', import.meta.url), 'utf8');
printResult('Classic mentoring: growth over months', matchProgram(json));
printResult('Classic mentoring, objective "fair"', matchProgram(json, { objective: 'fair' }));
