/** The types of messages and catalogs, apart so that a catalog can name them without the renderer. */

/** A value a message takes: text, a number, another message, or a list of either. */
export type ParamValue = string | number | Message | readonly (string | Message)[];

/** The parameters of a message, by name. */
export type MessageParams = { readonly [name: string]: ParamValue };

/** A sentence as data: its code (a key of the catalogs) and its parameters. */
export interface Message {
  readonly code: string;
  readonly params: MessageParams;
}

/**
 * A language: its BCP 47 tag (for `Intl` and the HTML report's `lang`) and a template per message
 * code. A code left out falls back to English.
 */
export interface Catalog {
  readonly locale: string;
  readonly messages: { readonly [code: string]: string | undefined };
}

/** The `locale` option: `'en'` (the default), or a catalog such as `it` from `mentormatch/locales/it`. */
export type Locale = 'en' | Catalog;
