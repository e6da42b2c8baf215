/**
 * The solvers' validation issues as data: each has a `code` and `params`, as the domain's do
 * (src/model/issues.ts), and an English `message` written here from them by a table of the solvers'
 * own codes, so that `mentormatch/solvers` does not carry the catalogs. The catalogs hold the same
 * codes (`issue.<code>` in src/locale/en.ts and src/locales/it.ts): rendered through them, a
 * solver's issue reads the same in English (test/solverIssues.test.ts checks it on every code and
 * branch) and in the caller's words in another locale. `field` is the issue's path as code writes
 * it (`options.capacities[2]`), or the param `field` when the path alone does not name it.
 */
import { type InputIssue, InvalidInputError, type IssueCode, type IssueParamValue } from '../../errors.js';

/** An issue's params. */
export type Params = { readonly [name: string]: IssueParamValue };

/** The words of the types an `expected` param names. */
const TYPES: { readonly [name: string]: string } = {
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  object: 'an object',
  array: 'an array',
  typedArray: 'a typed array',
  integerFrom0: 'an integer ≥ 0',
  finiteFrom1: 'a finite number ≥ 1',
  msFrom0: 'a number ≥ 0 (ms)',
  infinity: 'Infinity',
  function: 'a function',
  abortSignal: 'an AbortSignal',
  capacityPerColumn: 'one capacity per column',
};

const LIST_ITEMS: { readonly [name: string]: string } = {
  capacity: 'capacity',
  id: 'integer id',
  preferences: 'preference list',
  receiver: 'receiver index (or -1)',
};

const INDEX_KINDS: { readonly [name: string]: string } = {
  row: 'a row index',
  column: 'a column index',
  proposer: 'a proposer index',
  receiver: 'a receiver index',
};

const LENGTH_OF: { readonly [name: string]: string } = {
  matrix: 'the matrix has',
  proposers: 'there are',
  indices: 'indices has',
  indptr: 'rows + 1 is',
};

/** `A or B`, `A, B or C`: the types expected, in words. */
function or(types: IssueParamValue | undefined): string {
  const words = (types as readonly string[]).map((t) => TYPES[t] ?? t);
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** `options.capacities[2]` for `['options', 'capacities', 2]`. */
function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}

/**
 * A code the solvers use with its English message, as the English catalog renders it. One constant
 * per code, so that a bundle holds the messages of the solvers it ships only.
 */
export type Kind = readonly [code: IssueCode, text: (field: string, p: Params) => string];

export const INVALID_TYPE: Kind = ['invalid_type', (f, p) => `${f} must be ${or(p.expected)}, got ${p.found}`];

export const REQUIRED: Kind = ['required', (f, p) => `${f} is required (${or(p.expected)})`];

export const INVALID_VALUE: Kind = [
  'invalid_value',
  (f, p) =>
    `${f} must be one of ${(p.values as readonly string[]).map((v) => JSON.stringify(v)).join(', ')}, got ${p.found}`,
];

export const TOO_BIG: Kind = [
  'too_big',
  (f, p) => `${f} must be a finite number of at most ${p.maximum} in magnitude, got ${p.found}`,
];

export const DUPLICATE_ENTRY: Kind = ['duplicate_entry', (f, p) => `${f}: ${p.kind} ${p.found} is listed twice`];

export const INVALID_LIST: Kind = [
  'invalid_list',
  (f, p) =>
    `${f} must be an array ${p.item === 'index' ? `of ${p.per} indices (numbers)` : `with one ${LIST_ITEMS[p.item as string] ?? 'integer'} per ${p.per}`}, got ${p.found}`,
];

export const WRONG_LENGTH: Kind = [
  'wrong_length',
  (f, p) =>
    `${f} has ${p.length} entries but ${LENGTH_OF[p.of as string] ?? `options.${p.of} has`} ${p.count}${p.per === 'none' ? '' : ` ${p.per}s`}`,
];

export const INVALID_INDEX: Kind = [
  'invalid_index',
  (f, p) =>
    `${f} must be ${p.unmatched === true ? '-1 or ' : ''}${INDEX_KINDS[p.kind as string] ?? 'an integer'}${
      p.max !== -1
        ? ` from 0 to ${p.max}`
        : p.empty === 'matrix'
          ? `, but the matrix has no ${p.kind}s`
          : `, but ${p.empty} is empty`
    }, got ${p.found}`,
];

export const INVALID_INDPTR: Kind = [
  'invalid_indptr',
  (f, p) =>
    p.problem === 'first'
      ? `${f} must be 0, got ${p.found}`
      : p.problem === 'decreasing'
        ? `${f} is ${p.found}, below indptr[${p.before}] = ${p.previous} (must not decrease)`
        : `${f} must equal indices.length = ${p.count}, got ${p.found}`,
];

export const BAD_ENTRY: Kind = [
  'bad_entry',
  (_, p) => {
    const sparse = p.sparse === true;
    const at = `${sparse ? `data[${p.index}] (entry [${p.row}][${p.col}])` : `entry [${p.row}][${p.col}]`}`;
    const absent = sparse ? ' (or absent)' : '';
    switch (p.problem) {
      case 'type':
        return `${at} is not a number, got ${p.found}`;
      case 'nan':
        return `${at} is NaN`;
      case 'infinity':
        return `${at} is Infinity; when maximising, forbidden pairs are -Infinity${absent}`;
      case 'negativeInfinity':
        return `${at} is -Infinity; when minimising, forbidden pairs are Infinity${absent}`;
      default:
        return `${at} is ${p.found}, too large in magnitude: at most ${p.limit} here, so that sums stay finite`;
    }
  },
];

export const INVALID_ROW: Kind = [
  'invalid_row',
  (_, p) =>
    p.problem === 'type'
      ? `row ${p.row} is not an array, got ${p.found}`
      : `row ${p.row} has ${p.length} entries but row 0 has ${p.count} (ragged matrix)`,
];

export const INVALID_MATRIX: Kind = [
  'invalid_matrix',
  (_, p) =>
    p.problem === 'data'
      ? `a DenseMatrix needs a Float64Array data, got ${p.found}`
      : p.problem === 'length'
        ? `DenseMatrix data has length ${p.length} but rows × cols is ${p.rows} × ${p.cols}`
        : `expected nested arrays, a DenseMatrix or an ml-matrix Matrix, got ${p.found}`,
];

export const TOO_MANY_ENTRIES: Kind = [
  'too_many_entries',
  (_, p) =>
    p.kind === 'pairs'
      ? `${p.rows} proposers × ${p.cols} receivers make more than ${p.max} pairs`
      : p.kind === 'cap'
        ? `a ${p.rows}×${p.cols} matrix has more than ${p.max} entries`
        : `${p.kind === 'sparse' ? 'the sparse matrix stores' : `a ${p.rows}×${p.cols} matrix has`} ${p.found} entries, more than options.maxEntries (${p.max}); to accept it, raise the limit: ${p.option}`,
];

export const PROPOSER_OPTIMAL_ONLY: Kind = [
  'proposer_optimal_only',
  (f) => `${f} is supported with optimal: 'proposer' only`,
];

export const OVER_CAPACITY: Kind = [
  'over_capacity',
  (f, p) => `${f} is ${p.receiver}, but receiver ${p.receiver} already holds its capacity of ${p.capacity} proposer(s)`,
];

/** An issue of a solver: its path, code and params, and its English message. */
export function solverIssue(path: (string | number)[], [code, text]: Kind, params: Params): InputIssue {
  const field = (params.field as string | undefined) ?? formatPath(path);
  return { path, code, params: Object.freeze(params), message: text(field, params) };
}

/** Throws an {@link InvalidInputError} of `fn` with the one issue. */
export function fail(
  fn: string,
  path: (string | number)[],
  kind: Kind,
  params: Params,
  errorCode?: 'TOO_LARGE',
): never {
  throw new InvalidInputError(fn, [solverIssue(path, kind, params)], errorCode);
}
