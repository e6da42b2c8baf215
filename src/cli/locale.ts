/**
 * The language of a command's sentences (explanations, reasons, the report): `--locale`, else the
 * environment's `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set), else English. A tag such as
 * `it_IT.UTF-8` or `it-IT` picks `it`; a language without a catalog falls back to English.
 */
import type { Locale } from '../locale/message.js';
import { it } from '../locales/it.js';
import { UsageError } from './command.js';

/** The catalogs the CLI ships, by language. */
const LOCALES: Readonly<Record<string, Locale>> = { en: 'en', it };

/** The language of a tag: `it_IT.UTF-8` → `it`. */
const language = (tag: string) => tag.toLowerCase().split(/[-_.@]/)[0] ?? '';

/** The locale of `--locale` (checked) or of the environment. */
export function cliLocale(
  command: string,
  value: string | undefined,
  env: Readonly<Record<string, string | undefined>> | undefined,
): Locale {
  if (value !== undefined) {
    const locale = LOCALES[language(value)];
    if (locale === undefined)
      throw new UsageError(
        command,
        `--locale must be one of ${Object.keys(LOCALES).join(', ')}, got ${JSON.stringify(value)}`,
      );
    return locale;
  }
  const tag = [env?.LC_ALL, env?.LC_MESSAGES, env?.LANG].find((x) => x !== undefined && x !== '') ?? 'en';
  return LOCALES[language(tag)] ?? 'en';
}
