/**
 * Messages as data and their rendering: a message is a `code` and its `params`; a catalog maps each
 * code to a template in a small subset of ICU MessageFormat, which is plain data (JSON-safe):
 *
 * - `{name}`: a parameter (a number is formatted for the locale, a message rendered, a list joined);
 * - `{name, percent}` (a share in [0, 1] as a percentage), `{name, fixed}` (two decimals);
 * - `{name, list}` (a conjunction; English keeps `A, B, C`), `{name, and}` (English `A and B and C`),
 *   `{name, items}` (`A, B, C`), `{name, join}` (`A; B`), `{name, or}` (a disjunction: `A, B or C`);
 * - `{name, raw}`: a number as JavaScript writes it (for a figure inside code: `{ maxMentors: 1200 }`);
 * - `{name, plural, =0 {…} one {…} other {…}}`, `#` standing for the number in a branch;
 * - `{name, select, key {…} other {…}}`.
 *
 * English is written with fixed formats (no `Intl`), so that its bytes do not depend on the runtime's
 * locale data; every other locale formats numbers and lists with `Intl` for its tag. A code missing
 * from a catalog falls back to the English template, message by message. O(template length) per
 * message once parsed (templates are parsed once and cached).
 */
import { EN } from './en.js';
import type { Catalog, Locale, Message, MessageParams } from './types.js';

export type { Catalog, Locale, Message, MessageParams, ParamValue } from './types.js';

/** Renders messages and formats figures for one locale. Internal. */
export interface Translator {
  readonly locale: string;
  readonly english: boolean;
  text(message: Message): string;
  /** A number with at most `digits` decimals (default 2). */
  num(x: number, digits?: number): string;
  /** A share in [0, 1] as a percentage with at most `digits` decimals (default 2). */
  pct(x: number, digits?: number): string;
  /** A number with exactly `digits` decimals (default 2). */
  fixed(x: number, digits?: number): string;
  /** A conjunction: `A, B and C`. */
  list(items: readonly string[]): string;
  /** A disjunction: `A, B or C`. */
  or(items: readonly string[]): string;
  /** The plural category of `n` (English: `one` for exactly 1, as the library always wrote it). */
  plural(n: number): string;
}

/** Text, `#` (0: the plural's number), or an argument: its name, its type and its branches. */
type Node = string | 0 | readonly [name: string, type: string, branches?: Readonly<Record<string, Node[]>>];

const parsed = new Map<string, Node[]>();

/** The template's nodes, parsed once. */
export function parseTemplate(template: string): Node[] {
  let nodes = parsed.get(template);
  if (nodes === undefined) {
    const tokens = template.match(/[{}#]|[^{}#]+/g) ?? [];
    let at = 0;
    const sequence = (plural: boolean): Node[] => {
      const out: Node[] = [];
      while (at < tokens.length && tokens[at] !== '}') {
        const token = tokens[at++] as string;
        out.push(token === '{' ? argument(plural) : token === '#' && plural ? 0 : token);
      }
      return out;
    };
    const argument = (plural: boolean): Node => {
      const [name = '', type = '', first = ''] = (tokens[at++] ?? '').split(',').map((x) => x.trim());
      at++;
      if (type !== 'plural' && type !== 'select') return [name, type];
      const branches: Record<string, Node[]> = {};
      for (let key = first; ; ) {
        branches[key] = sequence(plural || type === 'plural');
        at++; // the branch's `}`
        const next = tokens[at++]; // the argument's `}`, or the next key before its `{`
        if (next === '}' || next === undefined) break;
        key = next.trim();
        at++;
      }
      return [name, type, branches];
    };
    nodes = sequence(false);
    parsed.set(template, nodes);
  }
  return nodes;
}

/** The parameter names a template uses, sorted (for checking catalogs against each other). */
export function templateParams(template: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly Node[]): void => {
    for (const node of nodes)
      if (typeof node !== 'string' && node !== 0) {
        names.add(node[0]);
        for (const branch of Object.values(node[2] ?? {})) walk(branch);
      }
  };
  walk(parseTemplate(template));
  return [...names].sort();
}

/**
 * `x` with at most `digits` decimals, trailing zeros dropped, without `Intl`: 3, 2.5, 0.33 (English,
 * as the library always wrote its figures).
 */
export function num(x: number, digits = 2): string {
  // A whole number up to 2⁵³ is written as it is (what `toFixed` writes, its zeros dropped; -0 as 0).
  if (Number.isSafeInteger(x)) return String(x);
  const fixed = x.toFixed(digits);
  // The zeros after the point dropped, then the point if nothing follows it (by character codes:
  // a pattern cost more than the figure's other work, at one figure per criterion of every pair).
  // From 1e21 on, `toFixed` writes an exponent, whose zeros are the figure's own.
  let end = fixed.length;
  if (fixed.includes('.') && !fixed.includes('e')) {
    while (fixed.charCodeAt(end - 1) === ZERO) end--;
    if (fixed.charCodeAt(end - 1) === POINT) end--;
  }
  const trimmed = end === fixed.length ? fixed : fixed.slice(0, end);
  return trimmed === '-0' ? '0' : trimmed;
}

const ZERO = 48;
const POINT = 46;

/** The English catalog, as any catalog: the fallback of every message. */
const ENGLISH: Catalog = EN;

const translators = new WeakMap<Catalog, Translator>();

/**
 * The translator of `locale` (English when undefined), made once per catalog. English figures are
 * written as the library always wrote them (`0.85`, `96%`, lists joined with `, `), without `Intl`.
 */
export function translator(locale: Locale | undefined): Translator {
  const catalog = locale === undefined || locale === 'en' ? ENGLISH : locale;
  let t = translators.get(catalog);
  if (t === undefined) {
    const tag = catalog.locale;
    const english = catalog === ENGLISH;
    const formats = new Map<string, Intl.NumberFormat>();
    // Intl's figures, one formatter per style and digits; a negative number rounded to zero is 0.
    const format =
      (style: 'decimal' | 'percent', min: number) =>
      (x: number, digits = 2) => {
        const key = `${style}${min}${digits}`;
        let f = formats.get(key);
        if (f === undefined) {
          f = new Intl.NumberFormat(tag, {
            style,
            minimumFractionDigits: min && digits,
            maximumFractionDigits: digits,
          });
          formats.set(key, f);
        }
        const text = f.format(x);
        return /^-0\D?0*\D?$/.test(text) ? text.slice(1) : text;
      };
    const conjunction = english ? null : new Intl.ListFormat(tag, { type: 'conjunction' });
    const disjunction = english ? null : new Intl.ListFormat(tag, { type: 'disjunction' });
    const plurals = english ? null : new Intl.PluralRules(tag);
    const self: Translator = {
      locale: tag,
      english,
      text: (m) => render(self, catalog.messages[m.code] ?? ENGLISH.messages[m.code] ?? m.code, m.params),
      num: english ? num : format('decimal', 0),
      pct: english ? (x, digits) => `${num(x * 100, digits)}%` : format('percent', 0),
      fixed: english ? (x, digits = 2) => x.toFixed(digits) : format('decimal', 1),
      list: (items) => (conjunction === null ? items.join(', ') : conjunction.format(items)),
      or: (items) =>
        disjunction !== null
          ? disjunction.format(items)
          : items.length < 2
            ? items.join('')
            : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`,
      plural: (n) => (plurals === null ? (n === 1 ? 'one' : 'other') : plurals.select(n)),
    };
    t = self;
    translators.set(catalog, t);
  }
  return t;
}

/**
 * `template` rendered with `params` in `t`'s words: for a catalog of its own beside the library's
 * (the command line's, src/cli/messages/).
 */
export function render(t: Translator, template: string, params: MessageParams): string {
  const text = renderNodes(t, parseTemplate(template), params, 0);
  // Made flat (V8 joins the pieces of a string built with `+=` once a character is read): a message
  // kept in a result is then one string, not a tree of its pieces. At 44,000 explained pairs and
  // 56,000 unmatched reasons, the trees were 35 MB more for the garbage collector to copy and keep.
  text.charCodeAt(0);
  return text;
}

function argument(
  t: Translator,
  [name, type, branches]: Exclude<Node, string | 0>,
  params: MessageParams,
  hash: number,
) {
  const value = params[name];
  if (branches !== undefined) {
    const key = String(value);
    const branch =
      branches[`=${key}`] ??
      (type === 'plural' ? branches[t.plural(Number(value))] : branches[key]) ??
      branches.other ??
      [];
    return renderNodes(t, branch, params, typeof value === 'number' ? value : hash);
  }
  if (value === undefined || typeof value === 'string') return value ?? '';
  if (typeof value === 'number')
    return type === 'raw'
      ? String(value)
      : type === 'percent'
        ? t.pct(value)
        : type === 'fixed'
          ? t.fixed(value)
          : t.num(value);
  if (!Array.isArray(value)) return t.text(value as Message);
  const items = (value as readonly (string | Message)[]).map((v) => (typeof v === 'string' ? v : t.text(v)));
  if (type === 'join') return items.join('; ');
  if (type === 'or') return t.or(items);
  if (type === 'items') return items.join(', ');
  if (type === 'and' && t.english) return items.join(' and ');
  return t.list(items);
}

function renderNodes(t: Translator, nodes: readonly Node[], params: MessageParams, hash: number): string {
  // A loop, not `map` and `join`: a closure and an array per message cost more than its text, at
  // a message per criterion of every pair explained.
  let out = '';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    out += node === 0 ? t.num(hash) : typeof node === 'string' ? node : argument(t, node, params, hash);
  }
  return out;
}

/** A message: `code` with `params` (none by default). */
export const msg = (code: string, params: MessageParams = {}): Message => ({ code, params });
