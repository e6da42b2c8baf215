/**
 * `mentormatch`: the matching engine behind mentoring programmes. The root entry holds everything
 * of `mentormatch/solvers` (the numeric solvers, matrices and errors) and the domain layers.
 *
 * @module
 */

export { EN as en, type MessageCode } from './locale/en.js';
export type { Catalog, Locale, Message, MessageParams, ParamValue } from './locale/message.js';
export { rematchAsync, suggestAllAsync } from './match/asyncForms.js';
export { historyFromResult, type ResultPairs } from './match/historyFromResult.js';
export { DEFAULT_BLOCKING_LISTED, matchProgram } from './match/matchProgram.js';
export { matchProgramAsync } from './match/matchProgramAsync.js';
export { programWarnings } from './match/programWarnings.js';
export { rematch } from './match/rematch.js';
export { suggest, suggestAll } from './match/suggest.js';
export type {
  AddedCode,
  AddedPair,
  BlockingPair,
  BoundFigure,
  Match,
  MatchAsyncOptions,
  MatchFigures,
  MatchOptions,
  MatchResult,
  MatchSummary,
  MenteeInput,
  MentorInput,
  MentorLoad,
  PairCounts,
  ProgramChanges,
  ProgramWarning,
  RematchResult,
  RemovedCode,
  RemovedPair,
  RequestSuggestions,
  Suggestion,
  Suggestions,
  SuggestOptions,
  Unmatched,
  UnmatchedCode,
  WarningCode,
} from './match/types.js';
export { DEFAULT_SESSION_MINUTES, DEFAULT_SESSIONS, DEFAULT_WEIGHTS } from './model/defaults.js';
export type { DemandRow } from './model/indexProgram.js';
export { formatIssue } from './model/issues.js';
export { DEFAULT_LIMITS, type ProgramLimits } from './model/limits.js';
export { type ParseOptions, parseProgram } from './model/parseProgram.js';
export type {
  AttributeValue,
  Condition,
  Criterion,
  CustomRule,
  Cycle,
  Goal,
  HistoryEntry,
  Mentee,
  Mentor,
  Mode,
  Objective,
  Pair,
  Person,
  Program,
  Quota,
  Request,
  Rules,
  Skill,
  Topic,
} from './model/program.js';
export { OBJECTIVES } from './model/program.js';
export type { ProgramSource, ReadonlyDeep } from './model/readProgram.js';
export type { ProgramInput } from './model/schema.js';
export {
  type ComparedFigures,
  type ComparedPair,
  compareMatchings,
  type FigureChange,
  type KeptPair,
  type MatchingComparison,
  type MovedRequest,
  type NullableFigureChange,
} from './report/compareMatchings.js';
export { programReport } from './report/programReport.js';
export { programReportAsync } from './report/programReportAsync.js';
export { type ReportToHtmlOptions, reportToHtml } from './report/reportToHtml.js';
export { reportToMarkdown } from './report/reportToMarkdown.js';
export type {
  Champion,
  ChampionTopic,
  LoadDistribution,
  MatchingReport,
  MeetingsReport,
  ProgramReport,
  ProgramReportOptions,
  QuotaFigure,
  Readiness,
  ScoreDistribution,
  TopicFigures,
  TopicMatchRate,
  TopicMeetings,
  TopicReport,
} from './report/types.js';
export {
  type BrokenRule,
  type CriterionContribution,
  type Explanation,
  type ScoreTable,
  scoreProgram,
} from './score/scoreProgram.js';
export type { Threads } from './score/threads.js';
export type { ProgressCallback } from './solve/internal/clock.js';
export * from './solvers.js';
