/**
 * The blocking pairs of any many-to-one matching under a hospitals/residents instance: the pairs
 * that would both rather be matched together, which stability rules out (Gale and Shapley 1962;
 * Gusfield and Irving 1989, §1.6). One pass over the receivers' lists sets a bit per pair the
 * receiver would take; one pass over each proposer's list, down to its partner, reads them:
 * O(P + R + L + B log B) for L list entries and B blocking pairs, plus P·R bits.
 */
import { type InputIssue, InvalidInputError } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { arrayLike } from './internal/arrayLike.js';
import { fail, INVALID_INDEX, INVALID_LIST, OVER_CAPACITY, solverIssue, WRONG_LENGTH } from './internal/issue.js';
import { type Preferences, readPreferences } from './internal/stable/readPreferences.js';
import type { StablePreferences } from './stableMatching.js';

const FN = 'blockingPairs';

/** The result of {@link blockingPairs}: pairs as two parallel arrays, sorted by proposer, then receiver. */
export interface BlockingPairs {
  /** Proposer of each blocking pair. */
  readonly proposers: Int32Array;
  /** Receiver of each blocking pair. */
  readonly receivers: Int32Array;
}

/**
 * Lists every blocking pair of a matching: a proposer `p` and a receiver `r` that rank each other,
 * where `p` is unmatched or ranks `r` above its receiver, and `r` has a free place or ranks `p` above
 * one of the proposers it holds. A matching is stable exactly when it has none; on the result of a
 * solver that maximises a total (`linearSumAssignment`, `capacitatedAssignment`) the list shows what
 * that total costs in stability.
 *
 * Any matching within the capacities is accepted, including pairs that are not mutually acceptable
 * (a score-maximising solver may make them): to whoever does not rank the other, such a partner is
 * worse than none, so a receiver holding a proposer it does not rank counts as having a free place,
 * and a proposer matched to a receiver it does not rank would take any receiver that accepts it.
 * Such a pair is not itself reported (it is not a pair that blocks, but one that either side would
 * leave). Preferences and capacities are read as by {@link stableMatching}.
 *
 * O(P + R + L + B log B) time for P proposers, R receivers, L list entries and B blocking pairs.
 * Deterministic; the input is never modified.
 *
 * @param proposerTo - each proposer's receiver, `-1` when unmatched: `rowToCol` of
 *   `linearSumAssignment`, `proposerTo` of `stableMatching`, or built from any other solver's pairs.
 * @param options - `proposerPrefs`, `receiverPrefs` and `capacities` (default 1 each).
 * @returns the blocking pairs as `{ proposers, receivers }`, sorted by proposer, then receiver.
 * @throws {@link InvalidInputError} for bad preferences or capacities (as `stableMatching`), a
 *   `proposerTo` of the wrong length, an entry that is neither -1 nor a receiver index (path `[p]`),
 *   or a receiver given more proposers than its capacity (path `[p]` of the first one too many).
 * @example
 * ```ts
 * import { blockingPairs, linearSumAssignment } from 'mentormatch';
 *
 * // Both mentees and both mentors rank mentee 0 and mentor 0 first, but the scores pair them crosswise.
 * const prefs = { proposerPrefs: [[0, 1], [0, 1]], receiverPrefs: [[0, 1], [0, 1]] };
 * const { rowToCol } = linearSumAssignment([[1, 5], [5, 1]], { maximize: true });
 * const { proposers, receivers } = blockingPairs(rowToCol, prefs);
 * console.log([...proposers], [...receivers]); // [0] [0]
 * ```
 */
export function blockingPairs(proposerTo: ArrayLike<number>, options: StablePreferences): BlockingPairs {
  const prefs = readPreferences(FN, options, null);
  const to = readMatching(proposerTo, prefs);
  const takes = receiverTakes(prefs, to);
  const words = (to.length + 31) >>> 5;
  const proposers: number[] = [];
  const receivers: number[] = [];
  const mine: number[] = [];
  for (let p = 0; p < to.length; p++) {
    const current = to[p] as number;
    const list = prefs.proposers[p] as ArrayLike<number>;
    const bit = 1 << (p & 31);
    // Only receivers that p ranks above its own (all it ranks when its own is none, or unranked).
    for (let k = 0; k < list.length; k++) {
      const r = list[k] as number;
      if (r === current) break;
      if (((takes[r * words + (p >>> 5)] as number) & bit) !== 0) mine.push(r);
    }
    if (mine.length === 0) continue;
    mine.sort((a, b) => a - b);
    for (const r of mine) {
      proposers.push(p);
      receivers.push(r);
    }
    mine.length = 0;
  }
  return { proposers: Int32Array.from(proposers), receivers: Int32Array.from(receivers) };
}

/**
 * One bit per receiver and proposer: whether the receiver would take the proposer, ranking it and
 * either having a free place, holding someone it does not rank, or ranking it above its worst held
 * proposer. Rows of `ceil(P / 32)` words, one per receiver.
 */
function receiverTakes({ receivers, capacity }: Preferences, to: Int32Array): Uint32Array {
  const n = to.length;
  const words = (n + 31) >>> 5;
  const held = new Int32Array(capacity.length);
  for (const r of to) if (r >= 0) held[r] = (held[r] as number) + 1;
  const takes = new Uint32Array(receivers.length * words);
  for (let r = 0; r < receivers.length; r++) {
    const list = receivers[r] as ArrayLike<number>;
    let ranked = 0;
    let worst = -1;
    for (let k = 0; k < list.length; k++) {
      if (to[list[k] as number] !== r) continue;
      ranked++;
      worst = k;
    }
    const open = (held[r] as number) < (capacity[r] as number) || ranked < (held[r] as number);
    const bar = open ? list.length : worst;
    const row = r * words;
    for (let k = 0; k < bar; k++) {
      const p = list[k] as number;
      takes[row + (p >>> 5)] = (takes[row + (p >>> 5)] as number) | (1 << (p & 31));
    }
  }
  return takes;
}

/** Validates `proposerTo` against the instance: one entry per proposer, each -1 or a receiver within capacity. */
function readMatching(value: unknown, prefs: Preferences): Int32Array {
  const n = prefs.proposers.length;
  const { capacity } = prefs;
  const m = capacity.length;
  const view = arrayLike(value);
  if (view === null || view.length !== n) {
    const field = 'proposerTo';
    if (view === null)
      fail(FN, [], INVALID_LIST, { field, item: 'receiver', per: 'proposer', found: describeValue(value) });
    fail(FN, [], WRONG_LENGTH, { field, length: view.length, of: 'proposerPrefs', count: n, per: 'proposer' });
  }
  const to = new Int32Array(n);
  const held = new Int32Array(m);
  const issues: InputIssue[] = [];
  for (let p = 0; p < n && issues.length < 10; p++) {
    const r = view[p];
    if (typeof r !== 'number' || !Number.isInteger(r) || r < -1 || r >= m) {
      issues.push(
        solverIssue([p], INVALID_INDEX, {
          field: `proposerTo[${p}]`,
          unmatched: true,
          kind: 'receiver',
          max: m - 1,
          empty: 'options.receiverPrefs',
          found: describeValue(r),
        }),
      );
    } else if (r >= 0 && held[r] === capacity[r]) {
      const params = { field: `proposerTo[${p}]`, receiver: r, capacity: capacity[r] as number };
      issues.push(solverIssue([p], OVER_CAPACITY, params));
    } else {
      to[p] = r;
      if (r >= 0) held[r] = (held[r] as number) + 1;
    }
  }
  if (issues.length > 0) throw new InvalidInputError(FN, issues);
  return to;
}
