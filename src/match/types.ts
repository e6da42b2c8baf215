/** The result of `matchProgram`: plain data, safe to serialise as JSON. */
import type { Mode, Objective } from '../model/program.js';
import type { ProgramInput } from '../model/schema.js';
import type { Explanation } from '../score/scoreProgram.js';

/** Options of `matchProgram`. */
export interface MatchOptions {
  /** Overrides the programme's objective. */
  readonly objective?: Objective;
}

/** One proposed pair. */
export interface Match {
  readonly mentee: string;
  readonly mentor: string;
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  /** The pair's score in [0, 1]. */
  readonly score: number;
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
  | 'objective';

/** A unit of demand left unmatched, with the reason. */
export interface Unmatched {
  readonly mentee: string;
  /** Micro mode: the request's topic. */
  readonly topic?: string;
  readonly code: UnmatchedCode;
  /** The reason in words. */
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

/** Summary of a matching, and of a first-come-first-served one for comparison. */
export interface MatchSummary extends MatchFigures {
  readonly mentorLoad: readonly MentorLoad[];
  /** The same programme matched greedily in input order, each taking the best mentor left. */
  readonly greedy: MatchFigures;
  /**
   * The matching's blocking pairs, by demand row then mentor. Preferences: a mentee ranks its
   * `preferences` first, then every allowed mentor by score; a mentor ranks its `preferences` (mentee
   * ids) first, then by score. A mentor would take a mentee when it has a place and the hours left,
   * or holds a mentee it ranks lower that is not locked (in micro mode, one holding another request
   * of the same mentee would take this one only in its place). The `stable` objective has none; the
   * others show what optimising scores costs in stability.
   */
  readonly blocking: readonly BlockingPair[];
  /**
   * Whether the result is proven optimal for the objective. False only when mentors' hours budgets
   * meet requests of different lengths (a knapsack constraint): the result then respects every
   * budget but is the best found by tightening capacities, not a proven optimum.
   */
  readonly exact: boolean;
}

/** The result of `matchProgram`. */
export interface MatchResult {
  readonly mode: Mode;
  readonly objective: Objective;
  /** The pairs, in demand order (mentee order, then request order). */
  readonly matches: readonly Match[];
  readonly unmatched: readonly Unmatched[];
  readonly summary: MatchSummary;
}

/** Options of `suggest` and `suggestAll`. */
export interface SuggestOptions {
  /**
   * How many people a mentor may be proposed to per free place (a number ≥ 1); default 1: never
   * more proposals than places.
   */
  readonly exposure?: number;
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
  /** The reason in words. */
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
  /** The reason in words. */
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
