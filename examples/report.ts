/**
 * The report a programme starts from: the bundled micro sample (examples/data/micro.json), matched,
 * then reported: demand against supply per topic, champions, readiness and the matching. Prints the
 * Markdown report; given a path, also writes the HTML page there (examples/report.png is a
 * screenshot of it). Run: `npx tsx examples/report.ts [report.html]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { matchProgram, programReport, reportToHtml, reportToMarkdown } from '../src/index.js';

const json = readFileSync(new URL('./data/micro.json', import.meta.url), 'utf8');
const report = programReport(json, matchProgram(json));
console.log(reportToMarkdown(report));
const path = process.argv[2];
if (path !== undefined) writeFileSync(path, reportToHtml(report));
