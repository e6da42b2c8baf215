/**
 * The report of `programReport`: plain data, safe to serialise as JSON. Every figure is defined
 * here, once, for the HR admin who reads it; the renderers only lay the figures out.
 *
 * Vocabulary used throughout:
 * - a **request** is one unit of demand on a topic: a topic request of a mentee (micro mode), or
 *   one development goal of a mentee (classic mode). A classic goal asks no level: it is taken as
 *   asking level 3 ("proficient"), the level from which a mentor offers a topic by default and
 *   from which the expertise criterion credits them in full.
 * - a mentor is **able** for a request when their level on the request's topic, as scoring reads
 *   it, reaches the level asked: their effective level, taxonomy credit included (the best of their
 *   own level, half their level on the parent or a child topic, 0.3 × their level on a sibling),
 *   except in micro mode with `rules.levelRequired`, where it is their own level, the level that
 *   rule checks; so there a request that no mentor is able for is one that `matchProgram` leaves
 *   unmatched with the reason `noExpert`. Credit alone never reaches level 3 (half of 5 is 2.5),
 *   so no classic goal is supplied through credit alone.
 * - a mentor is **willing** on a topic when they offer it (`offers`, by default every skill at
 *   level 3 or more); offering a related topic does not count here.
 * - a mentor **supplies** a request when they are both able for it and willing on its topic.
 */

import type { Locale } from '../locale/message.js';
import type { ProgramWarning, UnmatchedCode } from '../match/types.js';
import type { ProgramLimits } from '../model/limits.js';
import type { Mode, Objective } from '../model/program.js';

/** Demand and supply on a topic, or on a topic area (a topic with all its subtopics). */
export interface TopicFigures {
  /** Requests on the topic (micro: topic requests; classic: goals). */
  readonly requests: number;
  /** Distinct mentees behind those requests. */
  readonly mentees: number;
  /**
   * Places the requests need: micro, one per request (`demand = requests`); classic, each goal's
   * share of its mentee's goal weights (a mentee's goals add up to 1: one mentor for the mentee).
   */
  readonly demand: number;
  /** Sum of the requests' priorities (micro: the request's `priority`; classic: the goal's share). */
  readonly prioritySum: number;
  /** `prioritySum / requests`; `null` without requests. */
  readonly priorityMean: number | null;
  /** Requests by level asked: entry `k` counts level `k + 1` (classic goals all count as level 3). */
  readonly levels: readonly number[];
  /** Highest level asked; 0 without requests. */
  readonly highestLevel: number;
  /** Mentors able for at least one of the requests. */
  readonly ableMentors: number;
  /**
   * Mentors at each level, whatever is asked: entry `k` counts mentors whose own level (without
   * taxonomy credit) is `k + 1` or more.
   */
  readonly mentorsByLevel: readonly number[];
  /** Mentors willing on the topic (an area: on at least one of its topics). */
  readonly willingMentors: number;
  /** Mentors who supply at least one of the requests (able for it and willing on its topic). */
  readonly suppliers: number;
  /**
   * Sum of the suppliers' capacities. An upper bound: a mentor who supplies several topics counts
   * in full under each of them (in an area, once).
   */
  readonly capacity: number;
  /**
   * The suppliers' capacity shared out between topics: each mentor's capacity is split across the
   * topics they supply, in proportion to the demand they can take on each; the topic receives its
   * parts. Added over all topics, it never exceeds the programme's total capacity. An estimate,
   * not a promise: the matching may divide a mentor otherwise.
   */
  readonly sharedCapacity: number;
  /** `sharedCapacity / demand` (1 = just enough, above 1 = surplus, not capped); `null` without demand. */
  readonly coverage: number | null;
  /** Requests no mentor is able for (micro, with `rules.levelRequired`: the `noExpert` ones). */
  readonly unservable: number;
  /** Demand of the requests that no mentor supplies (no mentor both able for it and willing). */
  readonly unsupplied: number;
  /**
   * More mentors to recruit so that coverage reaches 1: recruits willing on the topic, at its
   * `highestLevel`, each bringing c̄ places (`Readiness.recruitCapacity`, the mentors' mean capacity):
   * `⌈max(demand − sharedCapacity, unsupplied) / c̄⌉`, 0 without demand. For an area, the sum of
   * its topics' figures (a surplus on one topic does not make up for a gap on another).
   */
  readonly mentorsNeeded: number;
}

/** One topic of the taxonomy with its figures. */
export interface TopicReport extends TopicFigures {
  readonly id: string;
  readonly name: string;
  /** The parent topic's id; absent for a top-level topic. */
  readonly parent?: string;
  /** 0 for a top-level topic, 1 for its subtopics, and so on. */
  readonly depth: number;
  /** Ids of the direct subtopics, in programme order. */
  readonly subtopics: readonly string[];
  /**
   * For a topic with subtopics: the figures of the whole area, the topic itself and every subtopic
   * at any depth, each mentor and mentee counted once. Absent for a topic without subtopics.
   */
  readonly area?: TopicFigures;
  /**
   * For a topic with subtopics and requests of its own: the mentors whose own level on one of its
   * subtopics (at any depth) reaches the lowest level asked on the topic itself. Taxonomy credit
   * gives such a mentor only part of that level on the topic (see `ableMentors`), so a broad topic
   * can be uncovered while its subtopics are well supplied: asking for a subtopic finds them.
   */
  readonly ableOnSubtopics?: number;
}

/** A topic's part in a champion's share. */
export interface ChampionTopic {
  readonly topic: string;
  /** Part of the champion's share coming from this topic. */
  readonly share: number;
  /** Requests on this topic the champion supplies. */
  readonly requests: number;
}

/** A mentor who covers scarce demand. */
export interface Champion {
  readonly mentor: string;
  readonly name: string;
  readonly capacity: number;
  /**
   * The demand that falls to the mentor when every request is shared evenly between the mentors
   * who supply it: the sum, over the requests they supply, of `demand of the request / number of
   * its suppliers`. High for mentors who cover much demand that few others can take.
   */
  readonly share: number;
  /** Requests the mentor supplies. */
  readonly requests: number;
  /** Requests the mentor alone supplies. */
  readonly sole: number;
  /** The topics that make up most of the share (up to 3, largest first). */
  readonly topics: readonly ChampionTopic[];
}

/** Whether the programme can start: people, places and the match rate to expect. */
export interface Readiness {
  readonly mentors: number;
  readonly mentees: number;
  /** `mentees / mentors` (the ratio 1 : x); `null` without mentors. */
  readonly menteesPerMentor: number | null;
  /** Units to match: topic requests (micro) or mentees, one mentor each (classic). */
  readonly demand: number;
  /** Sum of the mentors' capacities. */
  readonly capacity: number;
  /** Mean capacity of a mentor; `null` without mentors. */
  readonly meanCapacity: number | null;
  /**
   * Capacity assumed for each recruit in {@link TopicFigures.mentorsNeeded}: `meanCapacity`, or the
   * mode's default capacity (5 micro, 2 classic) when there are no mentors or none has a place.
   */
  readonly recruitCapacity: number;
  /** `capacity / demand`; `null` without demand. */
  readonly capacityRatio: number | null;
  /** Units that the hard rules leave without any allowed mentor, as `matchProgram` reasons them... */
  readonly noCandidate: number;
  /** ...of which `noExpert` (micro: no mentor at the level asked)... */
  readonly noExpert: number;
  /** ...and `ruledOut` (the other hard rules). */
  readonly ruledOut: number;
  /**
   * The most units any matching can cover: the largest matching over the pairs the hard rules
   * allow, keeping the locked pairs, the capacities and (micro) one mentor per request of a mentee.
   * Hours budgets are read as places for the shortest request left, so with requests of different
   * lengths this is an upper bound (see `exact`).
   */
  readonly expectedMatched: number;
  /** `expectedMatched / demand`, the match rate to expect before matching; `null` without demand. */
  readonly expectedMatchRate: number | null;
  /** False when hours budgets meet requests of different lengths: `expectedMatched` is then an upper bound. */
  readonly exact: boolean;
}

/** Five-number summary, mean and histogram of the matched pairs' scores. */
export interface ScoreDistribution {
  /** Number of pairs. */
  readonly count: number;
  /** All `null` when there are no pairs. Quartiles interpolate linearly between ranks (as d3.quantile). */
  readonly mean: number | null;
  readonly min: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly max: number | null;
  /** Pairs per score band: entry `k` counts scores in [k/10, (k+1)/10), the last band includes 1. */
  readonly histogram: readonly number[];
}

/** How the mentors are loaded after matching. */
export interface LoadDistribution {
  /** Mentors with no pair. */
  readonly idle: number;
  /** Mentors with a capacity above 0 and as many pairs as places. */
  readonly full: number;
  /** `Σ pairs / Σ capacities`; `null` when no mentor has a place. */
  readonly utilisation: number | null;
  /** Pairs per mentor, on average; `null` without mentors. */
  readonly meanLoad: number | null;
  /** Mentors by number of pairs: entry `k` counts mentors with `k` pairs. */
  readonly byLoad: readonly number[];
}

/** The match rate on one topic. */
export interface TopicMatchRate {
  readonly topic: string;
  /** As in {@link TopicFigures.demand}. */
  readonly demand: number;
  /** Demand met: micro, the topic's requests matched; classic, the goal shares of matched mentees. */
  readonly matched: number;
  /** `matched / demand`. */
  readonly matchRate: number;
}

/** The figures of a matching (`matchProgram`'s result). */
export interface MatchingReport {
  readonly objective: Objective;
  /** Units to match (as {@link Readiness.demand}) and units matched. */
  readonly demand: number;
  readonly matched: number;
  /** `matched / demand`; `null` without demand. */
  readonly matchRate: number | null;
  readonly scores: ScoreDistribution;
  readonly load: LoadDistribution;
  /** Units left unmatched, by reason code (every code, in a fixed order, zeros included). */
  readonly unmatched: Readonly<Record<UnmatchedCode, number>>;
  /**
   * The matching's blocking pairs (`summary.blockingPairs`): a mentee and a mentor who would both
   * rather be paired together; `null` when the result does not say.
   */
  readonly blockingPairs: number | null;
  /** Per topic with demand, in programme order. */
  readonly topics: readonly TopicMatchRate[];
  /** Per quota of `rules.quotas`, in order (empty without quotas). */
  readonly quotas: readonly QuotaFigure[];
}

/** What a matching makes of one quota. */
export interface QuotaFigure {
  /** Its path, `rules.quotas[i]`. */
  readonly quota: string;
  readonly kind: 'perMentor' | 'pairs';
  /** The pairs it counts: in all (`pairs`), or the most of one mentor and value (`perMentor`). */
  readonly count: number;
  readonly min: number | null;
  readonly max: number | null;
  /**
   * A share quota's figures, else null: `share` the part of all pairs its pairs make (0 to 1),
   * `minShare`, `maxShare` its bounds.
   */
  readonly share: number | null;
  readonly minShare: number | null;
  readonly maxShare: number | null;
  /**
   * Whether the quota bound the matching: `count` at `min` or `max`; for a share, one more pair
   * outside it would take the share below `minShare`, or one more of its pairs above `maxShare`.
   */
  readonly atBound: boolean;
}

/** Options of `programReport`. */
export interface ProgramReportOptions {
  /** How many champions to list (default 10). */
  readonly champions?: number;
  /** How many hot topics to list (default 5). */
  readonly hotTopics?: number;
  /**
   * The most milliseconds the call may take (a number ≥ 0; default: no limit): when it runs out,
   * a `MentormatchError` of code `TIME_LIMIT` is thrown.
   */
  readonly timeLimitMs?: number;
  /**
   * Size limits, checked before the programme is parsed or scored (over one:
   * {@link InvalidInputError} of code `TOO_LARGE`); defaults: `DEFAULT_LIMITS`, about 1 GiB at most.
   */
  readonly limits?: ProgramLimits;
  /**
   * The language of the report's sentences (its `warnings`) and of its validation errors: `'en'`
   * (the default) or a catalog such as `it` from `mentormatch/locales/it`. The figures are data;
   * `reportToMarkdown` and `reportToHtml` take their own `locale` for the rendered report.
   */
  readonly locale?: Locale;
}

/**
 * Meetings on one topic: the sessions and hours its requests (micro) or goals (classic) ask, against
 * the hours budgets of the mentors who supply it.
 */
export interface TopicMeetings {
  readonly topic: string;
  /**
   * Sessions asked: the sum of the requests' (or goals') sessions, defaults filled in (2 per micro
   * request, 8 per classic goal). A micro request that gives only `hours` counts 2 sessions.
   */
  readonly sessions: number;
  /** Hours asked: the sum of the requests' hours (classic: each goal's sessions × sessionMinutes / 60). */
  readonly hours: number;
  /** Mentors who supply a request on the topic (as `TopicFigures.suppliers`). */
  readonly suppliers: number;
  /**
   * The sum of the suppliers' hours budgets (`hoursBudget`, or what `weeklyMinutes` give over the
   * cycle); `null` when one of them has no budget (no limit; always in classic mode). An upper
   * bound, as `capacity`: a mentor who supplies several topics counts in full under each.
   */
  readonly budgetHours: number | null;
  /**
   * The sessions those budgets hold at the topic's mean meeting length (`hours × 60 / sessions`
   * minutes): the sum over the suppliers of ⌊budget minutes / length⌋; `null` when `budgetHours` is,
   * or when the topic has no demand.
   */
  readonly budgetSessions: number | null;
}

/** The report's meetings: the cycle, the totals and each topic's {@link TopicMeetings}. */
export interface MeetingsReport {
  /** The programme's cycle, when it has one. */
  readonly cycle?: { readonly start?: string; readonly weeks: number };
  /**
   * Sessions asked in the programme: the micro requests' sum, or, classic, each mentee's
   * relationship once (the meetings of its goal asking the most hours, 8 × 60 minutes without goals).
   */
  readonly sessions: number;
  /** Hours asked, counted as `sessions`. */
  readonly hours: number;
  /** The sum of every mentor's hours budget; `null` when one has no budget (no limit). */
  readonly budgetHours: number | null;
  /** Every topic, in programme order. */
  readonly topics: readonly TopicMeetings[];
}

/** The report of a programme: demand and supply per topic, champions, readiness, and the matching. */
export interface ProgramReport {
  /** The programme's name, when it has one. */
  readonly name?: string;
  readonly mode: Mode;
  /** Every topic, in programme order. */
  readonly topics: readonly TopicReport[];
  /** The most demanded topics (highest demand first, then by id), only topics with demand. */
  readonly hot: readonly string[];
  /** Topics with demand that no mentor is able for (highest demand first, then by id). */
  readonly uncovered: readonly string[];
  /** Mentors by share, highest first (then by id); only mentors who supply some request. */
  readonly champions: readonly Champion[];
  readonly readiness: Readiness;
  /** What in the programme is allowed but looks like a mistake (see `programWarnings`); empty when nothing does. */
  readonly warnings: readonly ProgramWarning[];
  /**
   * Meetings: sessions and hours asked against the mentors' hours budgets, per topic. Present when
   * the programme states meetings: a `cycle`, `sessions` or `sessionMinutes` on a request or goal,
   * or `weeklyMinutes` on a mentor.
   */
  readonly meetings?: MeetingsReport;
  /** Present when a result of `matchProgram` is given. */
  readonly matching?: MatchingReport;
}
