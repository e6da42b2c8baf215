/**
 * The language of a command's sentences (explanations, reasons, the report, its own tables):
 * `--locale`, else the environment's `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set), else
 * English. A tag such as `it_IT.UTF-8` or `it-IT` picks `it`; a language without a catalog falls
 * back to English. The library's catalogs hold the library's sentences; the command's own messages
 * (`cli.*`) are in src/cli/messages/, one file per language.
 */
import { type Catalog, type Locale, type MessageParams, render, type Translator } from '../locale/message.js';
import { it } from '../locales/it.js';
import { UsageError } from './command.js';
import { CLI_EN, type CliCode } from './messages/en.js';
import { CLI_IT } from './messages/it.js';

/** The catalogs the CLI ships, by language. */
const LOCALES: Readonly<Record<string, Locale>> = { en: 'en', it };

/** The command's own messages (src/cli/messages/), by the tag of the library's catalog. */
const CLI_MESSAGES: Readonly<Record<string, Catalog>> = { en: CLI_EN, it: CLI_IT };

/**
 * A message of the command's own (`cli.*`) in `t`'s language, its figures formatted by `t`; English
 * for a code its language lacks.
 */
export function cliText(t: Translator, code: CliCode, params: MessageParams = {}): string {
  return render(t, CLI_MESSAGES[t.locale]?.messages[code] ?? CLI_EN.messages[code], params);
}

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
      throw new UsageError(command, 'cli.usage.oneOf', {
        option: '--locale',
        allowed: Object.keys(LOCALES),
        value: JSON.stringify(value),
      });
    return locale;
  }
  const tag = [env?.LC_ALL, env?.LC_MESSAGES, env?.LANG].find((x) => x !== undefined && x !== '') ?? 'en';
  return LOCALES[language(tag)] ?? 'en';
}
