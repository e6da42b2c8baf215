/** Prints a `matchProgram` result as Markdown tables an HR admin can read, in English or Italian. */
import type { MatchResult } from '../../src/index.js';
import { WORDS, type Words } from './words.js';

/** Pairs shown before "… and N more". */
const SHOWN = 12;

/** Prints the pairs, the unmatched and the summary of `result` under `title`, in the words of `w`. */
export function printResult(title: string, result: MatchResult, w: Words = WORDS.en): void {
  const { matches, unmatched, summary } = result;
  const { pct, fixed } = w;
  console.log(`## ${title}\n`);
  console.log(`${w.objective(result.objective, summary.matched, summary.demand, result.mode === 'micro')}\n`);
  console.log(`| ${w.head(result.mode === 'micro')} |`);
  console.log(`|---|${result.mode === 'micro' ? '---|' : ''}---|---:|---|`);
  for (const m of matches.slice(0, SHOWN)) {
    const reasons = [...m.explanation.criteria]
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, 2)
      .map((c) => c.detail)
      .join('; ');
    const topic = result.mode === 'micro' ? `${m.topic} | ` : '';
    console.log(`| ${m.mentee} | ${topic}${m.mentor}${m.locked ? w.locked : ''} | ${fixed(m.score)} | ${reasons} |`);
  }
  if (matches.length > SHOWN) console.log(`\n${w.more(matches.length - SHOWN)}`);

  console.log(`\n${w.unmatched}\n`);
  console.log(`| ${w.unmatchedHead} |`);
  console.log('|---|---:|---|');
  const byCode = new Map<string, typeof unmatched>();
  for (const u of unmatched) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  for (const [code, list] of [...byCode].sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  )) {
    console.log(`| ${code} | ${list.length} | ${list[0]?.reason} |`);
  }
  if (unmatched.length === 0) console.log(`| – | 0 | ${w.everyone} |`);

  const { greedy } = summary;
  const [matched, total, weighted, mean, lowest, blocking] = w.rows;
  console.log(`\n${w.against}\n`);
  console.log(`| ${w.againstHead} |`);
  console.log('|---|---:|---:|');
  console.log(
    `| ${matched} | ${summary.matched} (${pct(summary.matchedShare)}) | ${greedy.matched} (${pct(greedy.matchedShare)}) |`,
  );
  console.log(`| ${total} | ${fixed(summary.totalScore)} | ${fixed(greedy.totalScore)} |`);
  console.log(`| ${weighted} | ${fixed(summary.weightedTotal)} | ${fixed(greedy.weightedTotal)} |`);
  console.log(`| ${mean} | ${fixed(summary.meanScore)} | ${fixed(greedy.meanScore)} |`);
  console.log(`| ${lowest} | ${fixed(summary.lowestScore)} | ${fixed(greedy.lowestScore)} |`);
  console.log(`| ${blocking} | ${summary.blockingPairs} | ${greedy.blockingPairs} |`);
  const busy = summary.mentorLoad.filter((l) => l.load > 0).length;
  const full = summary.mentorLoad.filter((l) => l.capacity > 0 && l.load >= l.capacity).length;
  console.log(`\n${w.mentors(busy, summary.mentorLoad.length, full)}`);
  // What is proven: optimal, or how close (hours budgets make the problem NP-hard).
  if (summary.gap === null) console.log(summary.exact ? `${w.stable}\n` : '');
  else if (summary.exact) console.log(`${w.optimal}\n`);
  else console.log(`${w.bound(String(summary.boundOn), summary.gap, summary.bound ?? 0)}\n`);
}
