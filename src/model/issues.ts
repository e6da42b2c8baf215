/**
 * Validation issues as data: each has a `code` and `params` (src/errors.ts, `IssueCode`), and its
 * `message` is rendered from them through the catalogs (`issue.<code>` in src/locale/en.ts), in
 * English by default or in the caller's locale. The params are plain data (ids as given, the value
 * found as `describeValue` shows it); the rendering quotes ids and translates the words of the
 * value found, the types expected and the field (`the programme` for the root).
 */
import { type InputIssue, InvalidInputError, type IssueCode, type IssueParamValue } from '../errors.js';
import { type Locale, type Message, msg, type ParamValue, type Translator, translator } from '../locale/message.js';

type Path = readonly (string | number)[];
type Params = { readonly [name: string]: IssueParamValue };

/** Records one issue: its path, code and params. */
export type Report = (path: (string | number)[], code: IssueCode, params?: Params) => void;

/** `mentors[3].skills[0].level` for `['mentors', 3, 'skills', 0, 'level']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? 'the programme' : text;
}

/** Params shown in quotes, as JSON strings: ids and names as given. */
const QUOTED = new Set(['id', 'mentee', 'mentor', 'topic', 'zone', 'name']);
/** Params that are lists shown in quotes. */
const QUOTED_LISTS = new Set(['keys', 'values']);

/** The words of a value as `describeValue` shows it (`an array of length 3`), as a message. */
function found(text: string): ParamValue {
  const array = /^an array of length (\d+)$/.exec(text);
  if (array !== null) return msg('value.array', { length: Number(array[1]) });
  const object = /^an object \((.*)\)$/.exec(text);
  if (object !== null) return msg('value.object', { kind: object[1] as string });
  if (text === 'a function' || text === 'a symbol') return msg(`value.${text.slice(2)}`);
  return text;
}

/** The issue as a message of the catalogs: `issue.<code>` with its params ready to render. */
export function issueMessage(path: Path, code: IssueCode, params: Params): Message {
  const out: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'boolean') out[name] = String(value);
    else if (typeof value === 'number') out[name] = value;
    else if (typeof value === 'string')
      out[name] = QUOTED.has(name) ? JSON.stringify(value) : name === 'found' ? found(value) : value;
    else if (name === 'expected') out[name] = value.map((type) => msg(`type.${type}`));
    else if (name === 'criteria') out[name] = value.map((criterion) => msg(`weight.${criterion}`));
    else out[name] = QUOTED_LISTS.has(name) ? value.map((v) => JSON.stringify(v)) : value;
  }
  if (typeof params.expected === 'string') out.expected = [msg(`type.${params.expected}`)];
  out.got = params.found === undefined ? 'no' : 'yes';
  if (code === 'too_large') out.option = `{ limits: { ${String(params.limit)}: ${String(params.found)} } }`;
  if (params.field === undefined) out.field = path.length === 0 ? msg('issue.programme') : formatPath(path);
  return msg(`issue.${code}`, out);
}

const ENGLISH = translator(undefined);

/** An issue with its English message. */
export function issue(path: Path, code: IssueCode, params: Params = {}): InputIssue {
  const message = ENGLISH.text(issueMessage(path, code, params));
  return { path: [...path], code, params: Object.freeze({ ...params }), message };
}

/** The issue's message in `t`'s words. */
export function renderIssue(t: Translator, { path, code, params, message }: InputIssue): string {
  return code === undefined ? message : t.text(issueMessage(path, code, params ?? {}));
}

/**
 * An {@link InvalidInputError} under `fn`'s name with the issues' messages (and its own) in `t`'s
 * words, English by default.
 */
export function invalidInput(
  fn: string,
  issues: readonly InputIssue[],
  code: 'INVALID_INPUT' | 'TOO_LARGE' = 'INVALID_INPUT',
  t: Translator = ENGLISH,
): InvalidInputError {
  if (t.english) return new InvalidInputError(fn, issues, code);
  const error = new InvalidInputError(
    fn,
    issues.map((i) => ({ ...i, message: renderIssue(t, i) })),
    code,
  );
  // The error's own message in the locale too: its first three issues, and how many more.
  const shown = error.issues.slice(0, 3).map((i) => i.message);
  const more = issues.length > 3 ? t.text(msg('issue.more', { count: issues.length - 3 })) : '';
  error.message = `${fn}: ${shown.join('; ')}${more}`;
  return error;
}

/**
 * `error` again under `fn`'s name, its messages in `t`'s words (English by default); any other
 * error as it is.
 */
export function rethrowIn(fn: string, error: unknown, t: Translator = ENGLISH): never {
  if (error instanceof InvalidInputError)
    throw invalidInput(fn, error.issues, error.code === 'TOO_LARGE' ? 'TOO_LARGE' : 'INVALID_INPUT', t);
  throw error;
}

/** The translator of a `locale` option when it is one (`'en'`, a catalog), else English. */
export function localeOf(options: unknown): Translator {
  const locale = (options as { locale?: unknown } | null | undefined)?.locale;
  const catalog = locale as { locale?: unknown; messages?: unknown } | null | undefined;
  const valid =
    typeof catalog?.locale === 'string' && typeof catalog.messages === 'object' && catalog.messages !== null;
  return valid ? translator(locale as Locale) : ENGLISH;
}

/**
 * The message of `issue` in the words of `locale` (`'en'`, the default, or a catalog such as
 * `mentormatch/locales/it`), rendered from its `code` and `params` as the functions that take a
 * `locale` render theirs: for the issues of the functions that take none (the solvers of
 * `mentormatch/solvers`, `compareMatchings`, `historyFromResult`). An issue without a code (one an
 * application made) keeps its message; a `locale` that is neither `'en'` nor a catalog is English.
 *
 * @param issue - an issue of an {@link InvalidInputError}.
 * @param locale - `'en'` or a catalog; English by default.
 * @returns the message, in English exactly `issue.message`.
 *
 * @example
 * ```ts
 * import { formatIssue, InvalidInputError } from 'mentormatch';
 * import { it } from 'mentormatch/locales/it';
 * import { linearSumAssignment } from 'mentormatch/solvers';
 *
 * try {
 *   linearSumAssignment([[1, Number.NaN]]);
 * } catch (error) {
 *   if (error instanceof InvalidInputError) {
 *     const [issue] = error.issues;
 *     if (issue !== undefined) {
 *       console.log(issue.code, issue.message); // bad_entry entry [0][1] is NaN
 *       console.log(formatIssue(issue, it)); // elemento [0][1]: vale NaN
 *     }
 *   }
 * }
 * ```
 */
export function formatIssue(issue: InputIssue, locale?: Locale): string {
  return renderIssue(localeOf({ locale }), issue);
}
