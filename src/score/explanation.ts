/** What an explanation holds: each criterion's part in a score, and the hard rules that forbid a pair. */
import type { MessageParams } from '../locale/message.js';
import type { Criterion } from '../model/program.js';

/** One criterion's part in a score. */
export interface CriterionContribution {
  readonly criterion: Criterion;
  /** Its name for an HR admin. */
  readonly label: string;
  /** Its value for this pair, in [0, 1]. */
  readonly value: number;
  /** Its share of the score: its weight divided by the sum of the weights in force. */
  readonly weight: number;
  /** `value × weight`; the contributions add up to the score. */
  readonly contribution: number;
  /** The value in words: the catalog's message for `code` with `params`. */
  readonly detail: string;
  /** The detail's message code (`detail.*`, see docs/messages.md), for rendering it in other words. */
  readonly code: string;
  /** The detail's parameters: levels, shares, topic names, ids… */
  readonly params: MessageParams;
}

/** A hard rule that forbids a pair: its name, its message code and parameters, and the message in words. */
export interface BrokenRule {
  readonly rule: string;
  /** The message code (`rule.*`, see docs/messages.md). */
  readonly code: string;
  readonly params: MessageParams;
  readonly message: string;
}

/** Why a pair scores what it scores, or why it is forbidden. */
export interface Explanation {
  /** The pair's score, as in the table (`-Infinity` when forbidden). */
  readonly score: number;
  /** The request's priority (classic mode: 1). */
  readonly priority: number;
  /** `priority × score`: what the pair adds to the `total` objective (`-Infinity` when forbidden). */
  readonly weightedScore: number;
  readonly forbidden: boolean;
  /** Every hard rule that forbids the pair (empty when allowed). */
  readonly rules: readonly BrokenRule[];
  /** Each criterion in force, in a fixed order (empty when forbidden). */
  readonly criteria: readonly CriterionContribution[];
  /** One line: the score and its largest contributions, or the rules. */
  readonly summary: string;
}
