/** The result of `matchProgram`: plain data, safe to serialise as JSON. */

import type { MentormatchError } from '../errors.js';
import type { Locale, MessageParams } from '../locale/message.js';
import type { ProgramLimits } from '../model/limits.js';
import type { Mode, Objective } from '../model/program.js';
import type { ProgramInput } from '../model/schema.js';
import type { Explanation } from '../score/scoreProgram.js';
import type { Threads } from '../score/threads.js';
import type { ProgressCallback } from '../solve/internal/clock.js';

/** Options of `matchProgram` and `rematch`. */
export interface MatchOptions {
  /** Overrides the programme's objective. */
  readonly objective?: Objective;
  /**
   * When mentors' hours budgets bind, the most branch-and-bound nodes the exact search may explore
   * before it stops and returns the best matching found with its bound and gap (an integer ≥ 0;
   * 0: no search, the bound and the heuristics only). A count, not a time, so the result is the
   * same on every machine. Default: 2,000 nodes, or fewer for large programmes (see the README).
   * A programme whose allowed pairs split into independent parts (`total`, `coverage`) spends them
   * part by part, in order, each part taking what the ones before it left.
   */
  readonly maxNodes?: number;
  /**
   * The language of the sentences (explanations, reasons): `'en'` (default) or a catalog, such as
   * `it` from `mentormatch/locales/it`, or one of your own (codes it leaves out stay in English).
   */
  readonly locale?: Locale;
  /**
   * The most milliseconds the call may take (a number ≥ 0; default: no limit), checked against the
   * clock inside its long loops: when it runs out the call throws a {@link MentormatchError} of
   * code `TIME_LIMIT`, except a search under binding hours budgets that holds a complete matching
   * and a bound: it returns that matching with `summary.exact: false` and its gap. A result
   * returned within the limit is the one the call gives without it, unless the hours-budget search
   * was stopped (then it depends on the machine's speed).
   */
  readonly timeLimitMs?: number;
  /**
   * Told of progress: `done` of `total` units of `phase` are done: rows while scoring
   * (`'score'`), and `1, 1` at the end of each phase (`'parse'`, `'score'`, `'solve'`, `'explain'`).
   */
  readonly onProgress?: ProgressCallback;
  /**
   * Size limits, checked before the programme is parsed or scored (over one:
   * {@link InvalidInputError} of code `TOO_LARGE`); defaults: `DEFAULT_LIMITS`, about 1 GiB at most.
   */
  readonly limits?: ProgramLimits;
  /**
   * Helper threads that score the programme's pairs with the calling thread, each a share of the
   * rows (in Node: `workerThreads()` of `mentormatch/node`). The result is the same with or without
   * them, bit for bit; a programme under about 17 million candidate pairs is scored on the calling
   * thread alone.
   */
  readonly threads?: Threads;
  /**
   * The most blocking pairs `summary.blocking` lists (an integer ≥ 0, or `Infinity` for every one;
   * default `DEFAULT_BLOCKING_LISTED`, 1,000): the first by mentee id, then topic, then mentor id
   * (code units), so that the people's order in the input changes only the order they are listed
   * in (the input's). `summary.blockingPairs` counts them all either way. A large programme can have millions (the
   * micro programme of 100,000 requests × 10,000 mentors has 2.9 million, 185 MB of JSON).
   */
  readonly maxBlockingListed?: number;
}

/** Options of the async forms (`matchProgramAsync`, `rematchAsync`). */
export interface MatchAsyncOptions extends MatchOptions {
  /**
   * Aborts the call: it gives the event loop a turn between its phases, and throws a
   * {@link MentormatchError} of code `ABORTED` (its `cause` the signal's reason) at the first one
   * after the abort.
   */
  readonly signal?: AbortSignal;
}

/** One proposed pair. */
export interface Match {
  readonly mentee: string;
  readonly mentor: string;
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  /** The pair's score in [0, 1]. */
  readonly score: number;
  /** The request's priority (classic mode: 1): the pair counts `priority × score` in the objective. */
  readonly priority: number;
  /** Whether the pair was decided beforehand (`rules.lockedPairs`). */
  readonly locked: boolean;
  /** Why the pair scores what it scores. */
  readonly explanation: Explanation;
}

/** Why a unit of demand was left unmatched; an admin can act on each. */
export type UnmatchedCode =
  /** Micro: no mentor masters the topic at the level asked. */
  | 'noExpert'
  /** Hard rules rule out every mentor (see `rules`). */
  | 'ruledOut'
  /** The only mentors allowed already mentor this mentee's other requests. */
  | 'sameMentee'
  /** Every mentor allowed is at capacity (see `mentors` and `placesTakenBy`). */
  | 'mentorsFull'
  /** Every mentor allowed with room left lacks the hours the request needs. */
  | 'hoursBudget'
  /** A mentor had room, but the objective left the pair out (see `mentors`). */
  | 'objective'
  /** A hard quota of `rules.quotas` blocked every pair left (its path in `params.quota`). */
  | 'quota';

/** A unit of demand left unmatched, with the reason. */
export interface Unmatched {
  readonly mentee: string;
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  readonly code: UnmatchedCode;
  /**
   * The reason's parameters (the catalog's message `unmatched.<code>` renders them; see
   * docs/messages.md): the unit, the topic and level, the rules, the mentors named…
   */
  readonly params: MessageParams;
  /** The reason in words, in the locale asked for. */
  readonly reason: string;
  /** The mentors the reason is about (the candidates that were full, or had room). */
  readonly mentors: readonly string[];
  /** The rules that ruled mentors out, with how many each (most first). */
  readonly rules: readonly { readonly rule: string; readonly mentors: number }[];
  /** For `mentorsFull`: who took the places of the best-scoring candidate. */
  readonly placesTakenBy: readonly string[];
}

/** The figures of one matching. */
export interface MatchFigures {
  /** Units of demand: requests (micro) or mentees (classic). */
  readonly demand: number;
  readonly matched: number;
  /** `matched / demand` (0 when there is no demand). */
  readonly matchedShare: number;
  readonly totalScore: number;
  /** Σ priority over the matched units (classic mode: the number matched): what `coverage` maximises. */
  readonly weightedMatched: number;
  /** Σ priority × score over the pairs: what `total` maximises. */
  readonly weightedTotal: number;
  /** Mean and lowest score of the pairs; `null` when there are none. */
  readonly meanScore: number | null;
  readonly lowestScore: number | null;
  /**
   * How many blocking pairs the matching has: a mentee (request) and a mentor, allowed together,
   * who would both rather be paired than keep what they have (see `MatchSummary.blocking`).
   */
  readonly blockingPairs: number;
}

/** A mentee (request, in micro mode) and a mentor who would both rather be paired together. */
export interface BlockingPair {
  readonly mentee: string;
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  readonly mentor: string;
}

/** Load of one mentor. */
export interface MentorLoad {
  readonly mentor: string;
  readonly load: number;
  readonly capacity: number;
  /** Hours given, when the mentor has an hours budget. */
  readonly hours?: number;
  readonly hoursBudget?: number;
}

/**
 * The figure that `summary.bound` and `summary.gap` are about: the objective's first figure not
 * proven best (`weightedTotal` for `total`; `weightedMatched`, then `weightedTotal`, for
 * `coverage`; `matched`, then `lowestScore`, then `weightedTotal`, for `fair`), or its last one
 * when all are.
 */
export type BoundFigure = 'weightedTotal' | 'weightedMatched' | 'matched' | 'lowestScore';

/** Summary of a matching, and of a first-come-first-served one for comparison. */
export interface MatchSummary extends MatchFigures {
  readonly mentorLoad: readonly MentorLoad[];
  /**
   * The same programme matched greedily, first come, first served: each request in turn (mentees
   * in id order, then their requests by topic), the best mentor left with a place and the hours
   * whom no hard quota bars (a per-mentor cap or a `max` reached, a share the pair would pass). A
   * quota's `min` is not sought: the baseline meets it only if the requests met in turn do.
   */
  readonly greedy: MatchFigures;
  /**
   * The matching's blocking pairs, by demand row then mentor: the first `maxBlockingListed` of them
   * by ids (default 1,000; `blockingPairs` counts them all). Preferences: a mentee ranks its
   * `preferences` first, then every allowed mentor by score; a mentor ranks its `preferences` (mentee
   * ids) first, then by score. A mentor would take a mentee when it has a place and the hours left,
   * or holds a mentee it ranks lower that is not locked (in micro mode, one holding another request
   * of the same mentee would take this one only in its place), and the hard quotas allow the
   * exchange (with a place but at a cap or a maximum, only in place of the mentee it ranks lowest).
   * The `stable` objective has none; the others show what optimising scores costs in stability.
   */
  readonly blocking: readonly BlockingPair[];
  /**
   * Whether the result is proven optimal for the objective: true exactly when `gap` is 0. Without
   * binding hours budgets it always is; with budgets (a knapsack constraint per mentor, NP-hard)
   * it is when the search closed the gap. For `stable`: whether the result is proven stable and
   * the best stable matching for every mentee.
   */
  readonly exact: boolean;
  /**
   * A proven upper bound on `boundOn`, the figure the objective ranks by: no matching that respects
   * the programme's rules, capacities and budgets (and the objective's earlier figures) reaches
   * above it. `null` for `stable`, which optimises no figure.
   */
  readonly bound: number | null;
  /** The figure `bound` is about; `null` for `stable`. */
  readonly boundOn: BoundFigure | null;
  /**
   * How far the result may be from the optimum: `(bound − achieved) / bound` on `boundOn` (0 when
   * `bound` is 0), 0 exactly when the result is proven optimal; `null` for `stable`.
   */
  readonly gap: number | null;
  /** Branch-and-bound nodes explored (0 when hours budgets did not bind). */
  readonly nodes: number;
  /** How many pairs the hard rules allowed, and how many of them the search ran on. */
  readonly pairs: PairCounts;
}

/**
 * The pairs behind a result. At scale the search runs on a subset and prices the rest: `total`
 * without hours budgets binding (classic mode, or micro mode with `repeatMentor`) above 4 million
 * pairs is solved on each request's best pairs, then every other pair is priced against the
 * optimum's duals and the pairs that could improve it are added, until none could (column
 * generation), so the result is still the exact optimum over every allowed pair; under binding
 * hours budgets above 4 million pairs the search keeps each request's best 64 pairs (and each
 * mentor's best requests) while the bound prices every pair.
 */
export interface PairCounts {
  /** The allowed pairs, each scored (the forbidden ones are never scored). */
  readonly scored: number;
  /** The pairs the search ran on (locked pairs and the pairs their locks rule out excluded). */
  readonly searched: number;
  /** The other free pairs, each priced against the duals (or prices) that prove the result. */
  readonly priced: number;
}

/** Something in the programme that is allowed but most likely a mistake. */
export interface ProgramWarning {
  /**
   * A stable code: `unknownAttribute` (a custom rule names an attribute no one has),
   * `rulesOutEveryPair`, `unknownHistoryId` (a history entry names someone or a topic the programme lacks).
   */
  readonly code: WarningCode;
  /** Where in the programme, as in the issues of an `InvalidInputError`. */
  readonly path: readonly (string | number)[];
  /**
   * The data the message is made of (`warning.<code>` in docs/messages.md): `unknownAttribute`:
   * `side` (`mentor`, `mentee`, or `both` for `same` on neither side), `attribute`, `rule`, and the
   * attribute names that side has (`known`, at most 10; `count` in all); `rulesOutEveryPair`:
   * `rule`, `effect` and the rule's `condition` (a message).
   */
  readonly params: MessageParams;
  /** The warning in words, starting with its path (in the call's locale). */
  readonly message: string;
}

/** The codes of {@link ProgramWarning}. */
export type WarningCode = 'unknownAttribute' | 'rulesOutEveryPair' | 'unknownHistoryId';

/** The result of `matchProgram`. */
export interface MatchResult {
  readonly mode: Mode;
  readonly objective: Objective;
  /** The pairs, in demand order (mentee order, then request order). */
  readonly matches: readonly Match[];
  readonly unmatched: readonly Unmatched[];
  readonly summary: MatchSummary;
  /** What in the programme is allowed but looks like a mistake (empty when nothing does). */
  readonly warnings: readonly ProgramWarning[];
}

/** Options of `suggest` and `suggestAll`. */
export interface SuggestOptions {
  /**
   * How many people a mentor may be proposed to per free place (a number ≥ 1); default 1: never
   * more proposals than places.
   */
  readonly exposure?: number;
  /**
   * The most milliseconds the call may take (a number ≥ 0; default: no limit), checked against the
   * clock inside its long loops: when it runs out the call throws a {@link MentormatchError} of
   * code `TIME_LIMIT`. A result returned within the limit is the one the call gives without it.
   */
  readonly timeLimitMs?: number;
  /**
   * Size limits, checked before the programme is parsed or scored (over one:
   * {@link InvalidInputError} of code `TOO_LARGE`); defaults: `DEFAULT_LIMITS`, about 1 GiB at most.
   */
  readonly limits?: ProgramLimits;
  /** The language of the explanations: `'en'` (default) or a catalog (see `MatchOptions.locale`). */
  readonly locale?: Locale;
}

/** One proposed mentor. */
export interface Suggestion {
  readonly mentor: string;
  /** The pair's score in [0, 1]. */
  readonly score: number;
  readonly explanation: Explanation;
}

/** The shortlist of one request (micro) or of the mentee (classic). */
export interface RequestSuggestions {
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  /** Whether the request is already decided by a locked pair (then `mentors` holds that mentor). */
  readonly locked: boolean;
  /** Best score first (ties: the programme's mentor order). */
  readonly mentors: readonly Suggestion[];
  /** Places of the shortlist left empty: fewer allowed mentors with room than `k`. */
  readonly missing: number;
}

/** The shortlists of one mentee. */
export interface Suggestions {
  readonly mentee: string;
  readonly k: number;
  /** One per request in micro mode, in request order; one in classic mode. */
  readonly requests: readonly RequestSuggestions[];
}

/** A mentee as the programme input takes it (see `parseProgram`). */
export type MenteeInput = ProgramInput['mentees'][number];
/** A mentor as the programme input takes it (see `parseProgram`). */
export type MentorInput = ProgramInput['mentors'][number];

/** What changed in a running programme, for `rematch`. Every field is optional. */
export interface ProgramChanges {
  /** New mentees, as in the programme input. */
  readonly addMentees?: readonly MenteeInput[];
  /** New mentors, as in the programme input. */
  readonly addMentors?: readonly MentorInput[];
  /** Ids of mentees who leave. */
  readonly removeMentees?: readonly string[];
  /** Ids of mentors who leave. */
  readonly removeMentors?: readonly string[];
  /** New capacities (down to 0), for mentors staying or joining. */
  readonly capacities?: readonly { readonly mentor: string; readonly capacity: number }[];
  /** "Not a good fit": the mentor joins the mentee's `exclude` list (a locked pair between them is dropped). */
  readonly exclusions?: readonly { readonly mentee: string; readonly mentor: string }[];
}

/** Why a previous pair is gone. */
export type RemovedCode =
  /** The mentee left. */
  | 'menteeLeft'
  /** The mentor left. */
  | 'mentorLeft'
  /** A new exclusion between them. */
  | 'excluded'
  /** The mentor's capacity went down: it keeps its best-scoring pairs (locked ones first). */
  | 'capacityReduced'
  /** A hard rule of the programme now forbids the pair, or the request is locked elsewhere. */
  | 'noLongerAllowed';

/** A previous pair that the rematch removed. */
export interface RemovedPair {
  readonly mentee: string;
  readonly mentor: string;
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  readonly code: RemovedCode;
  /** The reason's parameters (message `removed.<code>`, see docs/messages.md). */
  readonly params: MessageParams;
  /** The reason in words, in the locale asked for. */
  readonly reason: string;
}

/** Why a pair is new. */
export type AddedCode =
  /** The mentee joined in this round of changes. */
  | 'newMentee'
  /** The request (or mentee) was waiting, unmatched, in the previous matching. */
  | 'waitingList'
  /** The request's (or mentee's) previous pair was removed. */
  | 'replacement';

/** A pair the rematch added. */
export interface AddedPair {
  readonly mentee: string;
  readonly mentor: string;
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  readonly code: AddedCode;
  /** The reason's parameters (message `added.<code>`, see docs/messages.md). */
  readonly params: MessageParams;
  /** The reason in words, in the locale asked for. */
  readonly reason: string;
}

/** The result of `rematch`: the new matching, and what changed. */
export interface RematchResult extends MatchResult {
  readonly changes: {
    /** Previous pairs kept as they were. */
    readonly kept: number;
    readonly added: readonly AddedPair[];
    readonly removed: readonly RemovedPair[];
  };
}
