/** Prints a `matchProgram` result as Markdown tables an HR admin can read. */
import type { MatchResult } from '../../src/index.js';

/** Pairs shown before "… and N more". */
const SHOWN = 12;

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(2));

/** Prints the pairs, the unmatched and the summary of `result` under `title`. */
export function printResult(title: string, result: MatchResult): void {
  const { matches, unmatched, summary } = result;
  console.log(`## ${title}\n`);
  console.log(
    `Objective: ${result.objective}. ${summary.matched} of ${summary.demand} ${result.mode === 'micro' ? 'requests' : 'mentees'} matched.\n`,
  );
  console.log(`| mentee | ${result.mode === 'micro' ? 'topic | ' : ''}mentor | score | top reasons |`);
  console.log(`|---|${result.mode === 'micro' ? '---|' : ''}---|---:|---|`);
  for (const m of matches.slice(0, SHOWN)) {
    const reasons = [...m.explanation.criteria]
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, 2)
      .map((c) => c.detail)
      .join('; ');
    const topic = result.mode === 'micro' ? `${m.topic} | ` : '';
    console.log(
      `| ${m.mentee} | ${topic}${m.mentor}${m.locked ? ' (locked)' : ''} | ${m.score.toFixed(2)} | ${reasons} |`,
    );
  }
  if (matches.length > SHOWN) console.log(`\n… and ${matches.length - SHOWN} more pairs.`);

  console.log('\nUnmatched, by reason:\n');
  console.log('| reason | count | example |');
  console.log('|---|---:|---|');
  const byCode = new Map<string, typeof unmatched>();
  for (const u of unmatched) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  for (const [code, list] of [...byCode].sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  )) {
    console.log(`| ${code} | ${list.length} | ${list[0]?.reason} |`);
  }
  if (unmatched.length === 0) console.log('| – | 0 | everyone is matched |');

  const { greedy } = summary;
  console.log('\nOptimised against first come, first served:\n');
  console.log('| | optimised | first come, first served |');
  console.log('|---|---:|---:|');
  console.log(
    `| matched | ${summary.matched} (${pct(summary.matchedShare)}) | ${greedy.matched} (${pct(greedy.matchedShare)}) |`,
  );
  console.log(`| total score | ${summary.totalScore.toFixed(2)} | ${greedy.totalScore.toFixed(2)} |`);
  console.log(`| weighted by priority | ${summary.weightedTotal.toFixed(2)} | ${greedy.weightedTotal.toFixed(2)} |`);
  console.log(`| mean score | ${fixed(summary.meanScore)} | ${fixed(greedy.meanScore)} |`);
  console.log(`| lowest score | ${fixed(summary.lowestScore)} | ${fixed(greedy.lowestScore)} |`);
  console.log(`| blocking pairs | ${summary.blockingPairs} | ${greedy.blockingPairs} |`);
  const busy = summary.mentorLoad.filter((l) => l.load > 0).length;
  const full = summary.mentorLoad.filter((l) => l.capacity > 0 && l.load >= l.capacity).length;
  console.log(`\nMentors: ${busy} of ${summary.mentorLoad.length} mentor someone, ${full} are at capacity.`);
  // What is proven: optimal, or how close (hours budgets make the problem NP-hard).
  if (summary.gap === null)
    console.log(summary.exact ? 'Stable, and the best stable matching for every mentee.\n' : '');
  else if (summary.exact) console.log('Proven optimal for the objective.\n');
  else {
    console.log(
      `Hours budgets bind: every budget holds, and ${summary.boundOn} is within ${(100 * summary.gap).toFixed(2)}% of the best possible (at most ${summary.bound?.toFixed(3)}).\n`,
    );
  }
}
