/**
 * `npm run samples`: writes the sample programmes examples/data/micro.json and classic.json (same
 * bytes on every run), then checks that each parses and scores, and prints a few figures about it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseProgram, scoreProgram } from '../../src/index.js';
import { SAMPLES, sampleJson } from './samples.js';

for (const [name, options] of Object.entries(SAMPLES)) {
  const json = sampleJson(options);
  const file = `examples/data/${name}.json`;
  writeFileSync(fileURLToPath(new URL(`./${name}.json`, import.meta.url)), json);
  const program = parseProgram(json);
  const { rows, mentorIds, scores } = scoreProgram(program);
  const { cols, data } = scores;
  let forbidden = 0;
  let stranded = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = data.subarray(r * cols, (r + 1) * cols);
    const blocked = row.filter((x) => x === Number.NEGATIVE_INFINITY).length;
    forbidden += blocked;
    if (blocked === cols) stranded++;
  }
  const locked = program.rules.lockedPairs[0];
  const row = rows.findIndex((x) => x.menteeId === locked?.mentee && (x.topic ?? '') === (locked?.topic ?? ''));
  const lockedScore = data[row * cols + mentorIds.indexOf(locked?.mentor ?? '')];
  if (lockedScore === undefined || !Number.isFinite(lockedScore))
    throw new Error(`samples: the locked pair of ${file} is not allowed (score ${lockedScore})`);
  const unit = program.mode === 'micro' ? 'requests' : 'mentees';
  console.log(
    `wrote ${file}: ${program.mentors.length} mentors, ${program.mentees.length} mentees, ${rows.length} ${unit}, ` +
      `${program.topics.length} topics, ${json.length} bytes; ${((100 * forbidden) / data.length).toFixed(1)}% of pairs ` +
      `forbidden, ${stranded} ${unit} without an allowed mentor, locked pair scores ${lockedScore.toFixed(3)}`,
  );
}
