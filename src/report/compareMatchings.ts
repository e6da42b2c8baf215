/**
 * `compareMatchings`: what changed between two matchings, for "what if" questions (other weights,
 * another objective, a rematch). Requests are keyed by mentee and topic (micro) or by mentee
 * (classic); a request matched on both sides is kept (same mentor) or moved (another mentor), one
 * matched on one side only is added or removed. Time O(n log n) for n pairs, from the sorts.
 */
import { type InputIssue, InvalidInputError } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import type { MatchResult } from '../match/types.js';
import { compareIds } from '../model/compareIds.js';
import { issue } from '../model/issues.js';

const FN = 'compareMatchings';
/** Most issues listed in one error. */
const MAX_ISSUES = 20;

/** A pair that only one of the two matchings has, with its score there. */
export interface ComparedPair {
  readonly mentee: string;
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  readonly mentor: string;
  readonly score: number;
}

/** A pair both matchings have, with its score in each (they differ when the scoring changed). */
export interface KeptPair {
  readonly mentee: string;
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  readonly mentor: string;
  readonly scoreBefore: number;
  readonly scoreAfter: number;
}

/** A request (micro) or mentee (classic) matched in both, to another mentor after. */
export interface MovedRequest {
  readonly mentee: string;
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  /** The mentor before, and the pair's score then. */
  readonly from: string;
  readonly scoreBefore: number;
  /** The mentor after, and the pair's score now. */
  readonly to: string;
  readonly scoreAfter: number;
}

/** One figure before and after, and `after − before`. */
export interface FigureChange {
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}

/** A figure that is `null` without pairs (mean, lowest score); the delta is `null` when either side is. */
export interface NullableFigureChange {
  readonly before: number | null;
  readonly after: number | null;
  readonly delta: number | null;
}

/** The figures of two matchings side by side, as their summaries give them. */
export interface ComparedFigures {
  /** Units of demand matched (requests in micro mode, mentees in classic mode). */
  readonly matched: FigureChange;
  /** Σ priority × score over the pairs (`summary.weightedTotal`): what the `total` objective maximises. */
  readonly weightedTotal: FigureChange;
  /** Σ score over the pairs (`summary.totalScore`); left out unless both summaries have it. */
  readonly totalScore?: FigureChange;
  readonly meanScore: NullableFigureChange;
  readonly lowestScore: NullableFigureChange;
  readonly blockingPairs: FigureChange;
}

/** What `compareMatchings` returns. Every list is sorted by mentee, then topic, then mentor (code units). */
export interface MatchingComparison {
  /** Pairs in both matchings. */
  readonly kept: readonly KeptPair[];
  /** Pairs after whose request was unmatched before. */
  readonly added: readonly ComparedPair[];
  /** Pairs before whose request is unmatched after. */
  readonly removed: readonly ComparedPair[];
  /** Requests matched in both, to different mentors (never also listed as added and removed). */
  readonly moved: readonly MovedRequest[];
  readonly figures: ComparedFigures;
}

/** A matching as read: its pairs by request, and its figures. */
interface ReadMatching {
  readonly mode: unknown;
  readonly pairs: Map<string, ComparedPair>;
  readonly figures: ReadFigures;
}

/** The figures of a matching's summary, checked. */
interface ReadFigures {
  readonly matched: number;
  readonly weightedTotal: number;
  readonly totalScore?: number;
  readonly meanScore: number | null;
  readonly lowestScore: number | null;
  readonly blockingPairs: number;
}

type FigureName = 'matched' | 'weightedTotal' | 'meanScore' | 'lowestScore' | 'blockingPairs';
const FIGURES: readonly (readonly [FigureName, boolean])[] = [
  ['matched', false],
  ['weightedTotal', false],
  ['meanScore', true],
  ['lowestScore', true],
  ['blockingPairs', false],
];

/**
 * Compares two matchings of a programme: the pairs kept, added and removed, the requests moved to
 * another mentor, and the figures (matched, weighted and plain total, mean and lowest score,
 * blocking pairs) before and after with their differences. The order of the pairs in the inputs
 * does not matter.
 *
 * @param before - a result of `matchProgram` or `rematch` (or any object with `matches` of
 *   `{ mentee, topic?, mentor, score }`, the topic in micro mode, and a `summary` with `matched`,
 *   `weightedTotal`, `meanScore`, `lowestScore`, `blockingPairs` and optionally `totalScore`).
 * @param after - the matching to compare it with, of the same shape.
 * @returns the changes, each list sorted by mentee, then topic, then mentor (code-unit order), and
 *   the figures side by side with `delta = after − before`.
 * @throws {@link InvalidInputError} when either input is not such a matching, when a request is
 *   matched twice in one, or when their `mode`s differ; each issue names the field
 *   (`before.matches[2].mentor`, `after.summary.weightedTotal`, `after.mode`).
 *
 * @example
 * ```ts
 * import { compareMatchings, matchProgram } from 'mentormatch';
 *
 * const program = {
 *   mode: 'classic',
 *   topics: [{ id: 'sales' }],
 *   mentors: [
 *     { id: 'ana', skills: [{ topic: 'sales', level: 5 }], capacity: 1 },
 *     { id: 'ben', skills: [{ topic: 'sales', level: 3 }], capacity: 1 },
 *   ],
 *   mentees: [{ id: 'cy', goals: [{ topic: 'sales' }], preferences: ['ben'] }],
 * } as const;
 * // What if mentees' preferences weighed more?
 * const before = matchProgram({ ...program, weights: { preference: 0 } });
 * const after = matchProgram({ ...program, weights: { preference: 1 } });
 * const diff = compareMatchings(before, after);
 * console.log(diff.moved.map((m) => `${m.mentee}: ${m.from} → ${m.to}`)); // [ 'cy: ana → ben' ]
 * console.log(diff.figures.matched); // { before: 1, after: 1, delta: 0 }
 * ```
 */
export function compareMatchings(before: MatchResult, after: MatchResult): MatchingComparison {
  const issues: InputIssue[] = [];
  const a = readMatching(before, 'before', issues);
  const b = readMatching(after, 'after', issues);
  if (a !== undefined && b !== undefined && a.mode !== undefined && b.mode !== undefined && a.mode !== b.mode) {
    const params = { found: describeValue(b.mode), mode: describeValue(a.mode), against: 'before' };
    issues.push(issue(['after', 'mode'], 'mode_mismatch', params));
  }
  if (a === undefined || b === undefined || issues.length > 0)
    throw new InvalidInputError(FN, issues.slice(0, MAX_ISSUES));

  const kept: KeptPair[] = [];
  const added: ComparedPair[] = [];
  const removed: ComparedPair[] = [];
  const moved: MovedRequest[] = [];
  for (const [key, p] of a.pairs) {
    const q = b.pairs.get(key);
    if (q === undefined) removed.push(p);
    else if (q.mentor === p.mentor)
      kept.push({ ...request(p), mentor: p.mentor, scoreBefore: p.score, scoreAfter: q.score });
    else moved.push({ ...request(p), from: p.mentor, scoreBefore: p.score, to: q.mentor, scoreAfter: q.score });
  }
  for (const [key, q] of b.pairs) if (!a.pairs.has(key)) added.push(q);

  const [was, now] = [a.figures, b.figures];
  const figures: ComparedFigures = {
    matched: change(was.matched, now.matched),
    weightedTotal: change(was.weightedTotal, now.weightedTotal),
    ...(was.totalScore === undefined || now.totalScore === undefined
      ? {}
      : { totalScore: change(was.totalScore, now.totalScore) }),
    meanScore: change(was.meanScore, now.meanScore),
    lowestScore: change(was.lowestScore, now.lowestScore),
    blockingPairs: change(was.blockingPairs, now.blockingPairs),
  };
  return {
    kept: kept.sort(byPair),
    added: added.sort(byPair),
    removed: removed.sort(byPair),
    moved: moved.sort((x, y) => byRequest(x, y) || compareIds(x.from, y.from)),
    figures,
  };
}

/** The request of a pair: its mentee, and its topic when it has one. */
function request(p: { readonly mentee: string; readonly topic?: string }): { mentee: string; topic?: string } {
  return p.topic === undefined ? { mentee: p.mentee } : { mentee: p.mentee, topic: p.topic };
}

function change(before: number, after: number): FigureChange;
function change(before: number | null, after: number | null): NullableFigureChange;
function change(before: number | null, after: number | null): NullableFigureChange {
  return { before, after, delta: before === null || after === null ? null : after - before };
}

/** By mentee, then topic (none first), in code-unit order. */
function byRequest(x: { mentee: string; topic?: string }, y: { mentee: string; topic?: string }): number {
  if (x.mentee !== y.mentee) return compareIds(x.mentee, y.mentee);
  if (x.topic === y.topic) return 0;
  if (x.topic === undefined) return -1;
  if (y.topic === undefined) return 1;
  return compareIds(x.topic, y.topic);
}

function byPair(x: { mentee: string; topic?: string; mentor: string }, y: typeof x): number {
  return byRequest(x, y) || compareIds(x.mentor, y.mentor);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `side` read and checked; every problem goes to `issues` (then the result is undefined or partial). */
function readMatching(value: unknown, side: 'before' | 'after', issues: InputIssue[]): ReadMatching | undefined {
  const problem: Problem = (path, expected, got) => {
    issues.push(issue([side, ...path], 'invalid_type', { expected, found: describeValue(got) }));
  };
  if (!isObject(value)) {
    problem([], ['comparable'], value);
    return undefined;
  }
  const { matches, summary } = value;
  if (!Array.isArray(matches)) problem(['matches'], ['pairs'], matches);
  if (!isObject(summary)) problem(['summary'], ['summary'], summary);
  if (!Array.isArray(matches) || !isObject(summary)) return undefined;

  const pairs = new Map<string, ComparedPair>();
  const where = new Map<string, number>();
  matches.forEach((m: unknown, k) => {
    const pair = readPair(m, (path, what, got) => problem(['matches', k, ...path], what, got));
    if (pair === undefined) return;
    const key = JSON.stringify([pair.mentee, pair.topic ?? null]);
    const first = where.get(key);
    if (first !== undefined) {
      const request = pair.topic === undefined ? { mode: 'classic' } : { mode: 'micro', topic: pair.topic };
      issues.push(issue([side, 'matches', k], 'matched_twice', { mentee: pair.mentee, ...request, first }));
      return;
    }
    where.set(key, k);
    pairs.set(key, pair);
  });

  const figures: Record<string, number | null> = {};
  for (const [name, nullable] of FIGURES) {
    const x = summary[name];
    if ((typeof x === 'number' && Number.isFinite(x)) || (nullable && x === null)) figures[name] = x;
    else problem(['summary', name], nullable ? ['finite', 'null'] : ['finite'], x);
  }
  const { totalScore } = summary;
  if (totalScore !== undefined && (typeof totalScore !== 'number' || !Number.isFinite(totalScore)))
    problem(['summary', 'totalScore'], ['finite'], totalScore);
  else if (totalScore !== undefined) figures.totalScore = totalScore;
  return { mode: value.mode, pairs, figures: figures as unknown as ReadFigures };
}

/** Reports the value at `path` as not of the `expected` types (type names of `invalid_type`). */
type Problem = (path: readonly (string | number)[], expected: string[], got: unknown) => void;

/** One pair of `matches`, or undefined after reporting what is wrong with it. */
function readPair(m: unknown, problem: Problem): ComparedPair | undefined {
  if (!isObject(m)) {
    problem([], ['pair'], m);
    return undefined;
  }
  const { mentee, mentor, topic, score } = m;
  if (typeof mentee !== 'string') problem(['mentee'], ['string'], mentee);
  if (typeof mentor !== 'string') problem(['mentor'], ['string'], mentor);
  if (topic !== undefined && typeof topic !== 'string') problem(['topic'], ['string'], topic);
  if (typeof score !== 'number' || !Number.isFinite(score)) problem(['score'], ['finite'], score);
  if (typeof mentee !== 'string' || typeof mentor !== 'string' || typeof score !== 'number' || !Number.isFinite(score))
    return undefined;
  if (topic !== undefined && typeof topic !== 'string') return undefined;
  return topic === undefined ? { mentee, mentor, score } : { mentee, topic, mentor, score };
}
