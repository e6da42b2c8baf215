/**
 * Reads and validates a hospitals/residents instance for `stableMatching` and `blockingPairs`: both
 * sides' preference lists and the receivers' capacities. Every bad entry is reported with its path
 * and value (up to a limit). The lists are checked in place, not copied: the kernels read the
 * caller's arrays (never writing them), so that no array the size of the lists is allocated. On
 * request, one side's lists are also laid out as one bit per pair, "ranks": the same pass then
 * finds repeats in them and builds the kernels' starting state.
 */
import { type InputIssue, InvalidInputError } from '../../../errors.js';
import { describeValue } from '../../../internal/describeValue.js';
import { arrayLike } from '../arrayLike.js';
import {
  DUPLICATE_ENTRY,
  fail,
  INVALID_INDEX,
  INVALID_LIST,
  INVALID_TYPE,
  solverIssue,
  TOO_MANY_ENTRIES,
  WRONG_LENGTH,
} from '../issue.js';
import { optionsRecord } from '../resolveOptions.js';

/** Most issues listed in one error. */
const MAX_ISSUES = 10;

/** Most proposer–receiver pairs: the kernels keep one bit per pair, at most 1 GiB. */
const MAX_PAIRS = 2 ** 33;

/** One side's preference lists, best first: valid indices of the other side, no repeats. */
export type Lists = ReadonlyArray<ArrayLike<number>>;

/** A validated instance. */
export interface Preferences {
  /** Each proposer's ranked receivers. */
  readonly proposers: Lists;
  /** Each receiver's ranked proposers. */
  readonly receivers: Lists;
  /** Each receiver's capacity, at most the number of proposers (so `Infinity` fits). */
  readonly capacity: Int32Array;
  /**
   * When asked for, one bit per pair set when the agent of the side asked for ranks the other: row
   * `i` of that side in words `i * w` to `i * w + w - 1`, `w = ceil(other side / 32)`, bit `j & 31`
   * of word `i * w + (j >>> 5)` for member `j` of the other side. Empty otherwise.
   */
  readonly ranks: Uint32Array;
}

/**
 * Validates `options.proposerPrefs`, `options.receiverPrefs` and `options.capacities` (default 1 per
 * receiver).
 *
 * @param ranks - the side whose lists to lay out as {@link Preferences.ranks}, if any.
 * @throws {@link InvalidInputError} naming every bad list, entry, repeat and capacity by its path.
 */
export function readPreferences(fn: string, options: unknown, ranks: 'proposers' | 'receivers' | null): Preferences {
  const record = optionsRecord(fn, options);
  const issues: InputIssue[] = [];
  const proposerPrefs = outerList(record, 'proposerPrefs', 'proposer', issues);
  const receiverPrefs = outerList(record, 'receiverPrefs', 'receiver', issues);
  if (proposerPrefs === null || receiverPrefs === null) throw new InvalidInputError(fn, issues);
  const p = proposerPrefs.length;
  const r = receiverPrefs.length;
  if (p * r > MAX_PAIRS) {
    fail(fn, ['options'], TOO_MANY_ENTRIES, { kind: 'pairs', rows: p, cols: r, max: MAX_PAIRS });
  }
  const bits = new Uint32Array(
    ranks === 'proposers' ? p * ((r + 31) >>> 5) : ranks === 'receivers' ? r * ((p + 31) >>> 5) : 0,
  );
  const [proposerBits, receiverBits] = ranks === 'proposers' ? [bits, null] : [null, ranks === null ? null : bits];
  checkLists(proposerPrefs, 'proposerPrefs', 'receiver', r, 'receiverPrefs', proposerBits, issues);
  checkLists(receiverPrefs, 'receiverPrefs', 'proposer', p, 'proposerPrefs', receiverBits, issues);
  const capacity = readCapacities(record.capacities, r, p, issues);
  if (issues.length > 0) throw new InvalidInputError(fn, issues.slice(0, MAX_ISSUES));
  return { proposers: proposerPrefs as Lists, receivers: receiverPrefs as Lists, capacity, ranks: bits };
}

function outerList(
  record: Readonly<Record<string, unknown>>,
  name: string,
  who: string,
  issues: InputIssue[],
): readonly unknown[] | null {
  const value = record[name];
  if (Array.isArray(value)) return value;
  issues.push(
    solverIssue(['options', name], INVALID_LIST, { item: 'preferences', per: who, found: describeValue(value) }),
  );
  return null;
}

/**
 * Checks that each list of one side is an array (or typed array, not a BigInt one) of distinct indices of the other
 * side's `n` members. Repeats are found with `bits` (one row per list, left set) when given, else
 * with a scratch array of which list last ranked each member.
 */
function checkLists(
  lists: readonly unknown[],
  name: string,
  what: string,
  n: number,
  other: string,
  bits: Uint32Array | null,
  issues: InputIssue[],
): void {
  const words = (n + 31) >>> 5;
  const seenIn = new Int32Array(bits === null ? n : 0).fill(-1);
  for (let i = 0; i < lists.length && issues.length < MAX_ISSUES; i++) {
    const view = arrayLike(lists[i]);
    if (view === null || view instanceof BigInt64Array || view instanceof BigUint64Array) {
      // A BigInt typed array holds bigints, not the numbers the kernels read.
      const got = view === null ? describeValue(lists[i]) : `a ${view.constructor.name}`;
      issues.push(solverIssue(['options', name, i], INVALID_LIST, { item: 'index', per: what, found: got }));
      continue;
    }
    const row = i * words;
    for (let k = 0; k < view.length; k++) {
      const x = view[k] as number;
      let issue: InputIssue;
      if (typeof x !== 'number' || x >>> 0 !== x || x >= n) {
        const found = describeValue(view[k]);
        const params = { kind: what, max: n - 1, empty: `options.${other}`, found };
        issue = solverIssue(['options', name, i, k], INVALID_INDEX, params);
      } else if (bits === null ? seenIn[x] !== i : ((bits[row + (x >>> 5)] as number) & (1 << (x & 31))) === 0) {
        if (bits === null) seenIn[x] = i;
        else bits[row + (x >>> 5)] = (bits[row + (x >>> 5)] as number) | (1 << (x & 31));
        continue;
      } else {
        issue = solverIssue(['options', name, i, k], DUPLICATE_ENTRY, { kind: what, found: String(x), list: name });
      }
      issues.push(issue);
      if (issues.length >= MAX_ISSUES) break;
    }
  }
}

/** Reads `capacities`: integers ≥ 0 or `Infinity`, one per receiver, clamped to `most`; default 1. */
function readCapacities(value: unknown, r: number, most: number, issues: InputIssue[]): Int32Array {
  const capacity = new Int32Array(r);
  if (value === undefined) return capacity.fill(Math.min(1, most));
  const list = arrayLike(value);
  if (list === null || list.length !== r) {
    const path = ['options', 'capacities'];
    issues.push(
      list === null
        ? solverIssue(path, INVALID_LIST, { item: 'capacity', per: 'receiver', found: describeValue(value) })
        : solverIssue(path, WRONG_LENGTH, { length: list.length, of: 'receiverPrefs', count: r, per: 'receiver' }),
    );
    return capacity;
  }
  for (let k = 0; k < r; k++) {
    const x = list[k];
    if (typeof x === 'number' && (x === Number.POSITIVE_INFINITY || (Number.isInteger(x) && x >= 0))) {
      capacity[k] = Math.min(x, most);
    } else if (issues.length < MAX_ISSUES) {
      const found = describeValue(x);
      issues.push(
        solverIssue(['options', 'capacities', k], INVALID_TYPE, { expected: ['integerFrom0', 'infinity'], found }),
      );
    }
  }
  return capacity;
}
