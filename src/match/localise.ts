/**
 * The `locale` option of the matching functions: read once, then the result's sentences rendered
 * again from their codes and params in that locale (English results are returned as they are).
 */

import { InvalidInputError } from '../errors.js';
import { describeValue } from '../internal/describeValue.js';
import { type Catalog, type Locale, type MessageParams, type Translator, translator } from '../locale/message.js';
import { invalidInput, issue, rethrowIn } from '../model/issues.js';
import { renderExplanation } from '../score/renderExplanation.js';
import type { Explanation } from '../score/scoreProgram.js';
import type { Steps } from '../solve/internal/clock.js';
import { renderWarning } from './programWarnings.js';
import type { ProgramWarning } from './types.js';

/** The translator of `options.locale`, checked; errors under `fn`'s name. */
export function readLocale(fn: string, options: unknown): Translator {
  const locale = (options as { locale?: unknown } | null | undefined)?.locale;
  return translator(checkLocale(fn, locale, ['options', 'locale']));
}

/** `locale` if it is `'en'`, undefined or a catalog; else an {@link InvalidInputError} under `fn`. */
export function checkLocale(fn: string, locale: unknown, path: readonly (string | number)[]): Locale | undefined {
  const catalog = locale as Partial<Catalog> | null;
  if (
    locale === undefined ||
    locale === 'en' ||
    (typeof catalog?.locale === 'string' && typeof catalog.messages === 'object' && catalog.messages !== null)
  )
    return locale as Locale | undefined;
  throw invalidInput(fn, [issue(path, 'invalid_type', { expected: ['en', 'catalog'], found: describeValue(locale) })]);
}

/**
 * `steps` with their {@link InvalidInputError} (a locked pair the rules, capacities or hours budgets
 * cannot hold, a change or a previous pair of `rematch`) under `fn`'s name in `t`'s words: each
 * issue rendered again from its code and params. Any other error as it is.
 */
export function* inLocale<R>(fn: string, steps: Steps<R>, t: Translator): Steps<R> {
  if (t.english) return yield* steps;
  try {
    return yield* steps;
  } catch (error) {
    return rethrowIn(fn, error, t);
  }
}

/**
 * `result` (of `matchProgram`, `rematch`, `suggest`) with its sentences in `t`'s words: each
 * explanation rendered again from its criteria and rules, and each entry with a `reason` (unmatched,
 * added, removed) from its `code` and `params`, the message named after the list it sits in
 * (`unmatched.<code>`, `added.<code>`, `removed.<code>`). A new object; English results are returned
 * as they are. O(size of the result).
 */
export function localise<R>(result: R, t: Translator): R {
  if (t.english) return result;
  const walk = (value: unknown, list: string): unknown => {
    if (Array.isArray(value)) return value.map((x) => walk(x, list));
    if (value === null || typeof value !== 'object') return value;
    const o = value as Record<string, unknown>;
    if ('forbidden' in o && 'criteria' in o) return renderExplanation(o as unknown as Explanation, t);
    const out: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(o)) out[key] = key === 'params' ? x : walk(x, key);
    if (list === 'warnings' && typeof o.message === 'string' && 'params' in o)
      return renderWarning(t, o as unknown as ProgramWarning);
    if (typeof o.reason === 'string')
      out.reason = t.text({ code: `${list}.${String(o.code)}`, params: o.params as MessageParams });
    return out;
  };
  return walk(result, '') as R;
}
