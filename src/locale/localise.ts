/**
 * The `locale` option of the matching functions: read once, then the result's sentences rendered
 * again from their codes and params in that locale (English results are returned as they are).
 */
import { InvalidInputError } from '../errors.js';
import type { MatchResult, RematchResult, Suggestions } from '../match/types.js';
import { renderExplanation } from '../score/renderExplanation.js';
import { describeValue } from '../solve/internal/describeValue.js';
import { type Catalog, type Locale, type Translator, translator } from './message.js';

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
  throw new InvalidInputError(fn, [
    { path, message: `${path.join('.')} must be 'en' or a catalog, got ${describeValue(locale)}` },
  ]);
}

/** `result` with its explanations and reasons in `t`'s words. */
export function localiseMatch<R extends MatchResult | RematchResult>(result: R, t: Translator): R {
  if (t.english) return result;
  const out = {
    ...result,
    matches: result.matches.map((m) => ({ ...m, explanation: renderExplanation(m.explanation, t) })),
    unmatched: result.unmatched.map((u) => ({
      ...u,
      reason: t.text({ code: `unmatched.${u.code}`, params: u.params }),
    })),
  };
  if (!('changes' in result)) return out;
  const { changes } = result;
  return {
    ...out,
    changes: {
      ...changes,
      added: changes.added.map((a) => ({ ...a, reason: t.text({ code: `added.${a.code}`, params: a.params }) })),
      removed: changes.removed.map((r) => ({ ...r, reason: t.text({ code: `removed.${r.code}`, params: r.params }) })),
    },
  };
}

/** Shortlists with their explanations in `t`'s words. */
export function localiseSuggestions(lists: Suggestions[], t: Translator): Suggestions[] {
  if (t.english) return lists;
  return lists.map((s) => ({
    ...s,
    requests: s.requests.map((r) => ({
      ...r,
      mentors: r.mentors.map((m) => ({ ...m, explanation: renderExplanation(m.explanation, t) })),
    })),
  }));
}
