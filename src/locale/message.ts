/**
 * Messages as data and their rendering: a message is a `code` and its `params`; a catalog maps each
 * code to a template in a small subset of ICU MessageFormat, which is plain data (JSON-safe):
 *
 * - `{name}`: a parameter (a number is formatted for the locale, a message rendered, a list joined);
 * - `{name, percent}` (a share in [0, 1] as a percentage), `{name, fixed}` (two decimals);
 * - `{name, list}` (a conjunction; English keeps `A, B, C`), `{name, and}` (English `A and B and C`),
 *   `{name, items}` (`A, B, C`), `{name, join}` (`A; B`);
 * - `{name, plural, =0 {…} one {…} other {…}}`, `#` standing for the number in a branch;
 * - `{name, select, key {…} other {…}}`.
 *
 * English is written with fixed formats (no `Intl`), so that its bytes do not depend on the runtime's
 * locale data; every other locale formats numbers and lists with `Intl` for its tag. A code missing
 * from a catalog falls back to the English template, message by message. O(template length) per
 * message once parsed (templates are parsed once and cached).
 */
import { EN } from './en.js';

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

/** Renders messages and formats figures for one locale. Internal. */
export interface Translator {
  readonly locale: string;
  readonly english: boolean;
  text(message: Message): string;
  /** A number with at most two decimals. */
  num(x: number): string;
  /** A share in [0, 1] as a percentage with at most two decimals. */
  pct(x: number): string;
  /** A number with exactly `digits` decimals. */
  fixed(x: number, digits?: number): string;
  /** A conjunction: `A, B and C`. */
  list(items: readonly string[]): string;
}

type Node =
  | string
  | { readonly hash: true }
  | { readonly name: string; readonly type: string }
  | { readonly name: string; readonly type: 'plural' | 'select'; readonly branches: Readonly<Record<string, Node[]>> };

const parsed = new Map<string, Node[]>();

/** The template's nodes, parsed once. Throws on a malformed template (a catalog bug). */
export function parseTemplate(template: string): Node[] {
  let nodes = parsed.get(template);
  if (nodes === undefined) {
    const state = { at: 0 };
    nodes = parseNodes(template, state, false);
    if (state.at < template.length) throw new Error(`unbalanced "}" in message template ${JSON.stringify(template)}`);
    parsed.set(template, nodes);
  }
  return nodes;
}

function parseNodes(s: string, state: { at: number }, inBranch: boolean): Node[] {
  const out: Node[] = [];
  let text = '';
  while (state.at < s.length) {
    const c = s[state.at] as string;
    if (c === '}') break;
    if (c === '#' && inBranch) {
      if (text !== '') out.push(text);
      text = '';
      out.push({ hash: true });
      state.at++;
    } else if (c === '{') {
      if (text !== '') out.push(text);
      text = '';
      state.at++;
      out.push(parseArgument(s, state, inBranch));
    } else {
      text += c;
      state.at++;
    }
  }
  if (text !== '') out.push(text);
  return out;
}

function parseArgument(s: string, state: { at: number }, inPlural: boolean): Node {
  const head = /^\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?(?:,\s*)?/.exec(s.slice(state.at));
  if (head === null) throw new Error(`bad argument in message template ${JSON.stringify(s)}`);
  state.at += head[0].length;
  const name = head[1] as string;
  const type = head[2] ?? '';
  if (type === 'plural' || type === 'select') {
    const branches: Record<string, Node[]> = {};
    for (;;) {
      const key = /^\s*(=?[\w-]+)\s*\{/.exec(s.slice(state.at));
      if (key === null) break;
      state.at += key[0].length;
      branches[key[1] as string] = parseNodes(s, state, inPlural || type === 'plural');
      if (s[state.at] !== '}') throw new Error(`unclosed branch in message template ${JSON.stringify(s)}`);
      state.at++;
    }
    closeArgument(s, state);
    return { name, type, branches };
  }
  closeArgument(s, state);
  return { name, type };
}

function closeArgument(s: string, state: { at: number }): void {
  while (s[state.at] === ' ') state.at++;
  if (s[state.at] !== '}') throw new Error(`unclosed argument in message template ${JSON.stringify(s)}`);
  state.at++;
}

/** The parameter names a template uses, sorted (for checking catalogs against each other). */
export function templateParams(template: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (typeof node === 'string' || 'hash' in node) continue;
      names.add(node.name);
      if ('branches' in node) for (const branch of Object.values(node.branches)) walk(branch);
    }
  };
  walk(parseTemplate(template));
  return [...names].sort();
}

/** English figures as the library always wrote them: `0.85`, `96%`, lists joined with `, `. */
const englishNum = (x: number): string => String(Math.round(x * 100) / 100);

/** The English catalog, as any catalog: the fallback of every message. */
const ENGLISH: Catalog = EN;

const translators = new WeakMap<Catalog, Translator>();

/** The translator of `locale` (English when undefined), created once per catalog. */
export function translator(locale: Locale | undefined): Translator {
  const catalog = locale === undefined || locale === 'en' ? EN : locale;
  let t = translators.get(catalog);
  if (t === undefined) {
    t = catalog.locale === 'en' && catalog === EN ? english() : intl(catalog);
    translators.set(catalog, t);
  }
  return t;
}

function english(): Translator {
  const t: Translator = {
    locale: 'en',
    english: true,
    text: (m) => render(t, EN, m),
    num: englishNum,
    pct: (x) => `${englishNum(x * 100)}%`,
    fixed: (x, digits = 2) => x.toFixed(digits),
    list: (items) => items.join(', '),
  };
  return t;
}

function intl(catalog: Catalog): Translator {
  const tag = catalog.locale;
  const num = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  const fixed = new Map<number, Intl.NumberFormat>();
  const list = new Intl.ListFormat(tag, { type: 'conjunction' });
  const t: Translator = {
    locale: tag,
    english: false,
    text: (m) => render(t, catalog, m),
    num: (x) => num.format(x),
    pct: (x) => pct.format(x),
    fixed: (x, digits = 2) => {
      let f = fixed.get(digits);
      if (f === undefined) {
        f = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
        fixed.set(digits, f);
      }
      return f.format(x);
    },
    list: (items) => list.format(items),
  };
  return t;
}

const plurals = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in `tag`: English's `one` is exactly 1, as it always was. */
function category(tag: string, n: number): string {
  if (tag === 'en') return n === 1 ? 'one' : 'other';
  let rules = plurals.get(tag);
  if (rules === undefined) {
    rules = new Intl.PluralRules(tag);
    plurals.set(tag, rules);
  }
  return rules.select(n);
}

function render(t: Translator, catalog: Catalog, m: Message): string {
  const template = catalog.messages[m.code] ?? ENGLISH.messages[m.code];
  if (template === undefined) throw new Error(`no message for code ${JSON.stringify(m.code)}`);
  return renderNodes(t, parseTemplate(template), m.params, undefined);
}

function renderNodes(t: Translator, nodes: readonly Node[], params: MessageParams, hash: number | undefined): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if ('hash' in node) out += hash === undefined ? '#' : t.num(hash);
    else if ('branches' in node) {
      const value = params[node.name];
      const key = typeof value === 'number' || typeof value === 'string' ? String(value) : '';
      let branch = node.branches[`=${key}`];
      if (branch === undefined && node.type === 'plural' && typeof value === 'number')
        branch = node.branches[category(t.locale, value)];
      if (branch === undefined && node.type === 'select') branch = node.branches[key];
      out += renderNodes(t, branch ?? node.branches.other ?? [], params, typeof value === 'number' ? value : hash);
    } else out += formatValue(t, params[node.name], node.type);
  }
  return out;
}

function formatValue(t: Translator, value: ParamValue | undefined, type: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return type === 'percent' ? t.pct(value) : type === 'fixed' ? t.fixed(value) : t.num(value);
  if (!Array.isArray(value)) return t.text(value as Message);
  const items = (value as readonly (string | Message)[]).map((v) => (typeof v === 'string' ? v : t.text(v)));
  if (type === 'join') return items.join('; ');
  if (type === 'items') return items.join(', ');
  if (type === 'and') return t.english ? items.join(' and ') : t.list(items);
  return t.list(items);
}
