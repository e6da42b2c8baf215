/**
 * Stable matching for the hospitals/residents problem (many-to-one, incomplete lists) by deferred
 * acceptance from either side.
 * [Reference]: D. Gale and L. S. Shapley, "College admissions and the stability of marriage", Amer.
 * Math. Monthly 69 (1962) 9–15; D. Gusfield and R. W. Irving, "The Stable Marriage Problem: Structure
 * and Algorithms", MIT Press (1989), §1.6 (hospitals/residents, resident- and hospital-oriented
 * algorithms). O(P + R + L) time for P proposers, R receivers and L list entries, plus one bit per
 * pair (P·R / 8 bytes) in place of rank tables. The kernels live in `internal/stable/`.
 */
import { type InputIssue, InvalidInputError } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { fail, INVALID_VALUE, PROPOSER_OPTIMAL_ONLY } from './internal/issue.js';
import { readGroups } from './internal/readGroups.js';
import { optionsRecord } from './internal/resolveOptions.js';
import { proposersPropose, receiversPropose } from './internal/stable/deferredAcceptance.js';
import { groupedProposersPropose } from './internal/stable/groupedProposersPropose.js';
import { type Preferences, readPreferences } from './internal/stable/readPreferences.js';

const FN = 'stableMatching';

/** Preference lists and capacities of a hospitals/residents instance, in index space. */
export interface StablePreferences {
  /**
   * Per proposer (a mentee, or one request of a mentee): the receivers it accepts, as receiver
   * indices, best first. A receiver left out is unacceptable. Arrays or typed arrays.
   */
  readonly proposerPrefs: ReadonlyArray<ArrayLike<number>>;
  /** Per receiver (a mentor): the proposers it accepts, as proposer indices, best first. */
  readonly receiverPrefs: ReadonlyArray<ArrayLike<number>>;
  /**
   * Per receiver: the most proposers it takes, an integer ≥ 0 or `Infinity` for no limit; default 1
   * for every receiver.
   */
  readonly capacities?: ArrayLike<number>;
}

/** Options of {@link stableMatching}: the instance, and which side's optimum to return. */
export interface StableMatchingOptions extends StablePreferences {
  /**
   * `'proposer'` (default): the proposer-optimal stable matching, where every proposer gets its best
   * partner over all stable matchings; `'receiver'`: the receiver-optimal one.
   */
  readonly optimal?: 'proposer' | 'receiver';
  /**
   * Per proposer, a group id (an integer): a receiver takes at most one proposer of each group (one
   * mentee's several requests never go to the same mentor). A receiver then chooses the best
   * proposer of each group, then its best `capacity` of those, and the result is the proposer-optimal
   * stable matching under that choice. Only with `optimal: 'proposer'`. Default: no groups.
   */
  readonly groups?: ArrayLike<number>;
}

/** The result of {@link stableMatching}. */
export interface StableMatching {
  /** Each proposer's receiver, `-1` when unmatched. */
  readonly proposerTo: Int32Array;
  /** Each receiver's proposers, in the receiver's order of preference (views of one buffer). */
  readonly receiverTo: Int32Array[];
}

/**
 * Finds a stable matching of the hospitals/residents problem: each proposer gets at most one
 * receiver, each receiver at most its capacity of proposers, and no proposer and receiver would both
 * rather be matched together (a proposer ranking the receiver above its partner or being unmatched,
 * a receiver having a free place or ranking the proposer above one it holds).
 *
 * A pair is acceptable only when each ranks the other: a proposer that ranks a receiver that does not
 * rank it back is never matched to it (and the other way round), so lists need not agree. By the
 * rural hospitals theorem every stable matching matches the same proposers and fills each receiver
 * to the same count; the two optima differ only in who goes where. Reporting a false list never
 * gets a proposer a better partner in the proposer-optimal matching (it is strategy-proof for
 * proposers, not for receivers).
 *
 * Deferred acceptance (Gale–Shapley) from the chosen side, O(P + R + L) time for P proposers, R
 * receivers and L entries in all lists. Memory: O(P + R) plus one bit per proposer–receiver pair
 * (2.5 MB for 20,000 × 1,000; more than 2^33 pairs are refused); the lists are read where they are,
 * not copied. With `groups`: O(P + R + L·c) time for the largest capacity c, and memory O(P + R + L)
 * (the bits are not used; each proposer list entry gets its rank in the receiver's list).
 * Deterministic; the input is never modified.
 *
 * @param options - `proposerPrefs`, `receiverPrefs`, `capacities` (default 1 each), `optimal`
 *   (default `'proposer'`) and `groups` (default none).
 * @returns `{ proposerTo, receiverTo }`.
 * @throws {@link InvalidInputError} when a list is not an array or typed array of numbers (a
 *   `BigInt64Array` is refused), an entry is not an index of the other side, a list ranks someone
 *   twice, a capacity is negative or fractional, `capacities` has the wrong length, there are more than 2^33 proposer–receiver pairs, or `optimal` is neither
 *   `'proposer'` nor `'receiver'`; `issues` gives paths such as `['options', 'proposerPrefs', 2, 0]`
 *   and `['options', 'capacities', 3]`.
 * @example
 * ```ts
 * import { stableMatching } from 'mentormatch';
 *
 * // Three mentees rank two mentors; mentor 0 takes two mentees, mentor 1 one.
 * const { proposerTo, receiverTo } = stableMatching({
 *   proposerPrefs: [[0, 1], [0, 1], [0]],
 *   receiverPrefs: [[2, 0, 1], [1, 0]],
 *   capacities: [2, 1],
 * });
 * console.log([...proposerTo], receiverTo.map((list) => [...list])); // [0, 1, 0] [[2, 0], [1]]
 * ```
 */
export function stableMatching(options: StableMatchingOptions): StableMatching {
  const record = optionsRecord(FN, options);
  const optimal = record.optimal ?? 'proposer';
  if (optimal !== 'proposer' && optimal !== 'receiver') {
    const found = describeValue(optimal);
    fail(FN, ['options', 'optimal'], INVALID_VALUE, { values: ['proposer', 'receiver'], found });
  }
  const grouped = record.groups !== undefined;
  if (grouped && optimal === 'receiver') {
    fail(FN, ['options', 'groups'], PROPOSER_OPTIMAL_ONLY, {});
  }
  // The answering side's lists are laid out as bits while they are validated (not with groups).
  const prefs = readPreferences(FN, options, grouped ? null : optimal === 'proposer' ? 'receivers' : 'proposers');
  let proposerTo: Int32Array;
  if (grouped) {
    const issues: InputIssue[] = [];
    const groups = readGroups(record, prefs.proposers.length, 'proposers', 'proposer', issues);
    if (groups === null || issues.length > 0) throw new InvalidInputError(FN, issues);
    proposerTo = groupedProposersPropose(prefs, groups);
  } else {
    proposerTo = optimal === 'proposer' ? proposersPropose(prefs) : receiversPropose(prefs);
  }
  return { proposerTo, receiverTo: receiverLists(prefs, proposerTo) };
}

/**
 * Each receiver's proposers under `proposerTo`, read along its own list (so in its order) until all
 * are found.
 */
function receiverLists({ receivers }: Preferences, proposerTo: Int32Array): Int32Array[] {
  const held = new Int32Array(receivers.length);
  let matched = 0;
  for (const r of proposerTo) {
    if (r < 0) continue;
    held[r] = (held[r] as number) + 1;
    matched++;
  }
  const all = new Int32Array(matched);
  const receiverTo: Int32Array[] = [];
  let n = 0;
  for (let r = 0; r < receivers.length; r++) {
    const from = n;
    const end = from + (held[r] as number);
    const list = receivers[r] as ArrayLike<number>;
    for (let k = 0; n < end && k < list.length; k++) {
      const p = list[k] as number;
      if (proposerTo[p] === r) all[n++] = p;
    }
    receiverTo.push(all.subarray(from, n));
  }
  return receiverTo;
}
