// Size ceilings of what users bundle, minified and gzipped with everything it imports. Why: the
// solvers exist for users who want a fast exact solver in a serverless function or a browser and pay
// for every kilobyte on cold start; a stray import of a domain module or a dependency (zod,
// ml-matrix) into solve/ would pass every test and silently multiply the bundle, so the build fails
// instead.
// - One solver imported alone from `mentormatch/solvers` (what a tree-shaking bundler ships to a user
//   who needs only that solver): under 9 KB, but linearSumAssignment and capacitatedAssignment
//   under 11 KB (linearSumAssignment was under 10 KB until its time checks in column reduction and
//   the restart from zero duals, with the sparse validation shared with capacitatedAssignment: about
//   10.0 KB, and 10.3 KB after). It was 8 KB until
//   the solvers took `maxEntries` and `timeLimitMs` (the size guard and the clock checked in their
//   loops, about 0.7 KB gzipped): capacitatedAssignment alone went from 7.8 KB to 8.5 KB;
//   linearSumAssignment also reads compressed sparse rows with a sparse kernel of its own (about
//   3.3 KB); capacitatedAssignment reads them too (their validation and the flow kernel's sparse
//   costs: about 1.6 KB, from 8.5 KB to 10.1 KB).
// - The whole `mentormatch/solvers` entry: under 20 KB. It held one solver (4.9 KB) when the first
//   8 KB ceiling was set; it now holds four (linearSumAssignment, capacitatedAssignment,
//   stableMatching, blockingPairs), about 19 KB together with the sparse kernel and the clock. It
//   was 19 KB until capacitatedAssignment read compressed sparse rows (about 0.8 KB more here: the
//   validation is shared with linearSumAssignment). Its issues took codes and params (with the
//   English of their own codes, one constant per code so that each solver ships only its own):
//   about 0.8 KB, to 20.4 KB; linearSumAssignment alone 11.1 KB, capacitatedAssignment 11.2 KB.
//   The sparse kernel's search then kept its reached columns in a list instead of a heap (0.2 KB
//   less), and the time checks reached the matrix reading (64-row slices, one copy loop for every
//   kind of matrix: a little less again): the entry 19.7 KB, linearSumAssignment alone 10.7 KB,
//   capacitatedAssignment alone 11.0 KB. capacitatedAssignment alone is under 11.5 KB since the
//   clock decides once whether a search stops for time (the first read of the clock past its stop
//   point, with a slack that grows with the time kept: about 0.1 KB in every bundle with the clock),
//   which took it from 11,256 B to 11,352 B against an 11 KB ceiling.
// - The root entry carries zod/mini (the full zod bundle is about 90 KB gzipped), the domain layers
//   (model, scoring, matching, suggestions, rematch, what-if, report renderers), the English message
//   catalog every sentence is rendered from, the size and time limits with the async forms, the
//   sparse assignment kernel and the programme history: about 78 KB. Its ceiling catches an
//   accidental import of full `zod` or of a Node-only module. It was 64 KB until the English catalog
//   (about 3.4 KB, replacing the sentences written inline), the limits, clock and async forms
//   (about 2.5 KB) and the sparse kernel (about 3.3 KB) came in; then 72 KB until validation issues
//   became data (a code and params on every issue, their English templates in the catalog instead
//   of inline sentences: about 2.1 KB, the CLI's own messages moved out to its catalog), the
//   matching phase took turns for the async forms and the score table its allowed pairs (about
//   1.1 KB together), capacitatedAssignment read compressed sparse rows (about 0.8 KB) and the
//   programme history came in (its schema, the repeatPair rule, the repeat, novelty and rotation
//   criteria, their messages and historyFromResult: about 2.2 KB); what not every caller needs lives
//   in subpath entries this check does not count (`mentormatch/locales/it`, `mentormatch/schema`,
//   `mentormatch/tables`, `mentormatch/testing`). It was 80 KB (the entry at 79.7 KB) until quotas
//   came in (`rules.quotas`: their schema and checks, a general min-cost flow with the quota
//   network, the Lagrangian search for pairs across departments and for shares, the refusals, the
//   `quota` reason and the report's quota table, their English messages: about 4.4 KB, to 84.1 KB);
//   85 KB since. The check points of the time limit in the parse and the set-ups, with room made by
//   sharing helpers the domain had copied (`idIndex`, `hoursBudgets`): 84.2 KB.
//   It was 85 KB until quotas reached the configurations they had refused (about 3.3 KB, from
//   84.7 KB to 87.9 KB, then 89.0 KB with `fair`'s threshold search by Hopcroft and Karp's phases): hard quotas while hours budgets bind (the repair, fill and proof under
//   quotas, the local search's quota guard), several quotas on mentees (a hub each), soft quotas
//   under coverage and fair, a largest-flow algorithm for fair's threshold search, the fill of the
//   Lagrangian quota matching, quota-aware reasons, baseline and blocking audit, and a first bound
//   at once for the time-limited search; 90 KB until the programme went sparse end to end (about
//   1.8 KB, from 91.0 KB to 92.9 KB: candidates from a topic-and-level index with the rules marking
//   only them, the dense views built on demand, the consumers and solvers on the allowed pairs,
//   `maxPairs` counted while scoring, the large path's candidate subset with bounds priced on every
//   pair); 92 KB until exactness at scale (about 2.8 KB, from 93,030 B to 95,867 B: column generation
//   with its duals for total and coverage, the independent parts, `summary.pairs`, the typed error
//   of a dense view too large to allocate); 95 KB until work at scale (the row-price bound's heaps,
//   locked pairs masked in place, the local search's kept answers: to 97,079 B) and the mentors' side
//   of the scores on demand (its estimate from the score and the audit's near ties computed
//   together: about 0.8 KB, to 97,907 B); 97 KB until the speed-ups at scale (about 1.2 KB, from
//   98,423 B to 99,603 B: the person criteria and willingness with goals summed in one pass, the
//   local search's answers forgotten column by column, the independent parts' early stop, the
//   subset's cuts by score bounds; 36 s to 32 s at the largest benchmark sizes); 99 KB until the
//   scoring on helper threads (`options.threads`: the rows shared out, the shared table's layout and
//   close-up, the fallback for a helper that fails, the limit's error at the same row, the option's
//   check, the programme handed to the helpers before the calling thread indexes it; about 2.0 KB, from 99,598 B to 101,597 B; the thread code itself lives in the Node-only
//   `mentormatch/node`, not counted); 100 KB until the helper took part after the scoring (the
//   audits on the first helper, the matching's shared by blocks of rows and joined, the solve's
//   passes over every pair shared with it (the subsets' cuts, the first gathering, the pricing
//   rounds), their fallbacks: about 1.7 KB, from 101,730 B to 103,420 B; classic 50,000 × 5,000
//   with one helper 27 s to 17.5 s); 101 KB until the auction's warm start at scale (the prices
//   kept and moved with the multipliers, the rows checked again in rounds where a price fell) and
//   its dual bound's pass shared with the helper (about 0.9 KB, from 103,420 B to 104,311 B; micro
//   100,000 × 10,000's solve 21.8 s to 14.5–16 s); 102 KB until the calling thread's critical path
//   at scale was shortened (the row-price bound on the helper beside the final local search, the
//   first subset's gathering and sort shared, the dual bound over every pair only where it could be
//   the least, the blocking pairs ordered in typed arrays, the reasons' best mentors read off the
//   table: about 1.3 KB, from 104,307 B to 105,628 B; micro 100,000 × 10,000 with one helper
//   20.9–22.2 s to 16.4–17.3 s); 104 KB until less work on the calling thread at scale (the hours
//   budgets' places and the first-come-first-served start on the helper with their fallbacks, the
//   scoring's grade ids, topic run and criteria adding their own terms, the candidates' figures from
//   the last one's scores, the explanations' labels rendered once and rendered in place: about 1.5 KB, from 105,886 B to
//   107,403 B; micro 100,000 × 10,000 with one helper 17.2–17.6 s to 16.1–16.4 s); 105 KB until the
//   scoring's shares were balanced by chunks claimed from a shared counter, the auction's later
//   rounds checked by column, the rows' topics kept flat and the explanations' parts built in one
//   object (about 0.6 KB, from 107,328 B to 107,971 B; micro 100,000 × 10,000 with one helper
//   15.5–16.0 s to 14.3–14.7 s); 106 KB until the auction's passes over rows were shared with the
//   helper thread by claims (the claim board, the passes' kernels as functions of the shared state,
//   the helper's side: about 1.6 KB, from 107,972 B to 109,589 B; micro 100,000 × 10,000 with one
//   helper, alternating, 14.0–15.8 s to 13.9–14.6 s, its solve 8.1–8.7 s to 7.3–8.1 s), the local
//   search's pair screen and the matching explained while the helper computes its bound (about
//   0.7 KB more, to 110,248 B); 108 KB until the calling thread's work at scale was cut again (the
//   local search's trade bound per column and its answers kept when a column gains room, a trade's
//   pair read from the searched ones, the row-price bound's passes over the binding columns' items
//   only, the first quick bound under a time limit only, the reasons' scratch lists: about 0.7 KB,
//   from 110,248 B to 110,976 B; micro 100,000 × 10,000 with one helper, alternating, 13.8–14.5 s
//   to 12.6–12.7 s, its solve 7.9–8.4 s to 6.6–6.9 s); 109 KB until the passes over millions of
//   pairs counted instead of branching (the audit's first tests, the hard and custom rules, the
//   allowed list), the early first solve of the auction, the messages rendered in a loop, the
//   blocking pairs kept in input order when they already are, the Lagrangian candidates' fill and
//   repair (about 0.6 KB, from 110,982 B to 111,588 B; micro 100,000 × 10,000 with one helper,
//   alternating, median 12.7 s to 12.0 s, classic 50,000 × 5,000 22.1 s to 17.8 s); 110 KB until
//   the large path under a time limit held first come, first served and its bound before its
//   candidate subset (the subset's passes then stoppable, a helper's reply left behind set aside:
//   about 0.23 KB, from 112,636 B to 112,867 B; at micro 100,000 × 10,000 a stop in those passes
//   returns a matching where it was TIME_LIMIT); 111 KB until column generation's pricing passes
//   were shared with the helper by claims and the scoring listed each long row's best mentors for
//   the reasons (about 0.6 KB, from 113,204 B to 113,780 B; classic 50,000 × 5,000 with one
//   helper, alternating, median 18.0 s to 16.2 s); 112 KB until less work after the solve at scale
//   (the audits' near ties by the scoring's own row code, the unmatched reasons made ahead while
//   the helper computes its bound, the audit's parts joined only as far as the summary lists, the
//   listed pairs and the units put in order without ranking everything: about 0.7 KB, from
//   114,198 B to 114,870 B; micro 100,000 × 10,000 with one helper, alternating, median 11.1–11.4 s
//   to 10.7–11.0 s); 113 KB until the explanations' lists were copied at their length and the
//   row-price bound read each column's least kept item from one array (about 0.1 KB, from 115,678 B
//   to 115,759 B; micro 100,000 × 10,000's result 201 → 185 MiB of heap, the bound's first pass on
//   the helper 584–705 → 385–408 ms); 114 KB until the topic criteria read a byte per pair (coded
//   levels), the values and custom criteria added their shares in the pass that counts, and the
//   department, seniority, language and time-zone rules stamped the mentors they forbid from their
//   groups when asked about every mentor (about 1 KB, from 116,155 B to 117,188 B; scoring alone on
//   one thread, alternating in one process, classic 50,000 × 5,000 22.1 → 19.1 s with the coded
//   levels, 22.2 → 18.7 s more with three of the rules, 17.4 → 16.8 s more with the language rule
//   and the custom criterion; micro 100,000 × 10,000 5.8 → 4.6 s); 115 KB until the passes over
//   every pair at scale skipped the random accesses whose answer is already known (the subset's cut
//   counting each mentor's best bins only, the places' settled mentors, the row-price bound's
//   outranked items, first come, first served's shut mentors and the baseline's early stop: about
//   0.5 KB, from 117,512 B to 117,982 B; each pass 1 to 79 % faster on one thread in one process,
//   micro 100,000 × 10,000's peak RSS 1,702 → 1,611 MiB); 116 KB since.
//   The entry stays far below an accidental
//   import of full zod (about 90 KB on its own) or of a Node module, which this check catches; a
//   user who needs less imports `mentormatch/solvers` (20 KB).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const solvers = new URL('../dist/solvers.js', import.meta.url).pathname;
const checks = [
  {
    name: 'linearSumAssignment alone',
    contents: `export { linearSumAssignment } from ${JSON.stringify(solvers)};`,
    limit: 11 * 1024,
  },
  {
    name: 'capacitatedAssignment alone',
    contents: `export { capacitatedAssignment } from ${JSON.stringify(solvers)};`,
    limit: 11.5 * 1024,
  },
  {
    name: 'stableMatching alone',
    contents: `export { stableMatching } from ${JSON.stringify(solvers)};`,
    limit: 9 * 1024,
  },
  {
    name: 'blockingPairs alone',
    contents: `export { blockingPairs } from ${JSON.stringify(solvers)};`,
    limit: 9 * 1024,
  },
  { name: 'mentormatch/solvers (whole entry)', file: 'dist/solvers.js', limit: 20 * 1024 },
  { name: 'mentormatch (root entry)', file: 'dist/index.js', limit: 116 * 1024 },
];
let failed = false;
for (const { name, file, contents, limit } of checks) {
  const input =
    file === undefined ? { stdin: { contents, resolveDir: process.cwd(), loader: 'js' } } : { entryPoints: [file] };
  const result = await build({
    ...input,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    // The build's entries import some chunks bare (for their order only); under `sideEffects: false`
    // esbuild drops those imports, as a user's bundler does, and warned at each one.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  const code = result.outputFiles[0].contents;
  const gzipped = gzipSync(code, { level: 9 }).length;
  console.log(`${name}: ${code.length} B minified, ${gzipped} B gzipped (limit ${limit} B)`);
  if (gzipped >= limit) {
    console.error(`${name} is over its size limit`);
    failed = true;
  }
}
if (failed) process.exit(1);
