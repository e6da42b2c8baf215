/**
 * Localisation: the catalogs agree (every code in every shipped catalog, with the same parameters),
 * the sentences are rendered from the codes and params the results carry, the Italian output of
 * the bundled samples (library, report and CLI) holds no English sentence of the catalog, every code
 * a result carries is documented in docs/messages.md, and the Italian demo and report are
 * snapshotted. The Italian HTML report is opened in headless Chromium (skipped with a notice when
 * `/usr/bin/chromium` is absent, as in reportToHtml.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it as test } from 'vitest';
import { HELP, HELP_TOPICS, helpText } from '../src/cli/help.js';
import { CLI_EN } from '../src/cli/messages/en.js';
import { CLI_IT } from '../src/cli/messages/it.js';
import {
  type Catalog,
  en,
  InvalidInputError,
  matchProgram,
  parseProgram,
  programReport,
  rematch,
  reportToHtml,
  reportToMarkdown,
  suggest,
  suggestAll,
} from '../src/index.js';
import { num, parseTemplate, templateParams, translator } from '../src/locale/message.js';
import { it } from '../src/locales/it.js';
import { TABLES_EN } from '../src/model/internal/tableMessages.js';
import { runCli } from './helpers/cliRun.js';
import { englishFragments, englishWords } from './helpers/englishFragments.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const samples = Object.fromEntries(
  ['micro', 'classic'].map((name) => [name, readFileSync(join(root, 'examples', 'data', `${name}.json`), 'utf8')]),
) as { micro: string; classic: string };
// The library's catalogs, the English of `programFromTables`, then the command line's own (src/cli/messages/).
const CATALOGS: readonly Catalog[] = [en, it, TABLES_EN, CLI_EN, CLI_IT];
/** The English of every code the Italian catalog has: the root catalog's and the tables'. */
const EN_ALL: Catalog = { locale: 'en', messages: { ...en.messages, ...TABLES_EN.messages } };
const scratch = mkdtempSync(join(tmpdir(), 'mentormatch-locale-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The codes where `other` and `english` differ: missing, extra, or with other parameters. */
function mismatches(other: Catalog, english: Catalog = EN_ALL): string[] {
  const out: string[] = [];
  for (const [code, template] of Object.entries(english.messages as Record<string, string>)) {
    const theirs = other.messages[code];
    if (theirs === undefined) out.push(`${code}: missing`);
    else if (templateParams(theirs).join() !== templateParams(template).join())
      out.push(`${code}: {${templateParams(theirs)}} instead of {${templateParams(template)}}`);
  }
  for (const code of Object.keys(other.messages))
    if (!(code in english.messages)) out.push(`${code}: not an English code`);
  return out;
}

describe('English figures (num)', () => {
  test('drop the zeros after the point, then a point left alone, as the pattern /\\.?0+$/ does; an exponent is kept whole', () => {
    const byPattern = (x: number, digits: number): string => {
      const fixed = x.toFixed(digits);
      const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
      return trimmed === '-0' ? '0' : trimmed;
    };
    const xs = [0, -0, 1, -1, 0.5, 2.5, 10, 100, 1000.001, 0.004, -0.004, 0.005, 1 / 3, -2 / 3, 99.999, 1e20, 123.45];
    for (let k = 0; k < 2000; k++) xs.push(((k * 7919) % 10007) / 97 - 50, (k % 13) * 10 ** ((k % 9) - 4));
    const wrong: string[] = [];
    for (const x of xs)
      for (const digits of [0, 1, 2, 3])
        if (num(x, digits) !== byPattern(x, digits)) wrong.push(`${x} to ${digits}: ${num(x, digits)}`);
    expect(wrong).toEqual([]);
    expect([num(0.5), num(2), num(-0.001), num(1.5e30), num(1e21)]).toEqual(['0.5', '2', '0', '1.5e+30', '1e+21']);
  });
});

describe('the catalogs', () => {
  test('every code of the English catalog has an Italian message with the same parameters, and no other', () => {
    expect(it.locale).toBe('it');
    expect(mismatches(it)).toEqual([]);
  });

  test("the command line's messages: every English code in Italian with the same parameters, none in the library's catalogs", () => {
    expect(CLI_IT.locale).toBe('it');
    expect(mismatches(CLI_IT, CLI_EN)).toEqual([]);
    expect(Object.keys(CLI_EN.messages).length).toBeGreaterThan(10);
    expect(Object.keys(CLI_EN.messages).every((code) => code.startsWith('cli.'))).toBe(true);
    expect([...Object.keys(en.messages), ...Object.keys(it.messages)].filter((c) => c.startsWith('cli.'))).toEqual([]);
  });

  test("the tables' messages (`table.*`) are out of the root catalog, and in Italian with the same parameters", () => {
    expect(Object.keys(TABLES_EN.messages).every((code) => code.startsWith('table.'))).toBe(true);
    expect(Object.keys(en.messages).filter((code) => code.startsWith('table.'))).toEqual([]);
    const tables = Object.fromEntries(Object.entries(it.messages).filter(([code]) => code.startsWith('table.')));
    expect(mismatches({ locale: 'it', messages: tables }, TABLES_EN)).toEqual([]);
  });

  test('the check fails on a missing message, an extra or missing placeholder, and an unknown code', () => {
    const broken: Catalog = {
      locale: 'it',
      messages: {
        ...it.messages,
        'detail.noGoals': undefined,
        'detail.goals': 'copre il {value, percent} (livelli su {scale}, {extra})',
        'rule.levelRequired': 'livello {level} su {topic}',
        'detail.nonexistent': 'x',
      },
    };
    expect(mismatches(broken)).toEqual([
      'detail.noGoals: missing',
      'detail.goals: {extra,scale,value} instead of {scale,value}',
      'rule.levelRequired: {level,topic} instead of {asked,level,topic}',
      'detail.nonexistent: not an English code',
    ]);
  });

  test('every template parses back to its text: balanced braces, known argument types', () => {
    const types = new Set(['', 'percent', 'fixed', 'raw', 'list', 'and', 'items', 'or', 'join', 'plural', 'select']);
    for (const catalog of CATALOGS)
      for (const [code, template] of Object.entries(catalog.messages)) {
        const bad: string[] = [];
        const walk = (nodes: ReturnType<typeof parseTemplate>): void => {
          for (const node of nodes)
            if (typeof node === 'string') {
              // A brace left over as text: an unbalanced template.
              if (/[{}]/.test(node)) bad.push(node);
            } else if (node !== 0) {
              if (!types.has(node[1])) bad.push(node[1]);
              for (const branch of Object.values(node[2] ?? {})) walk(branch);
            }
        };
        walk(parseTemplate(template as string));
        expect(bad, `${catalog.locale} ${code}`).toEqual([]);
      }
  });

  test('plurals, selects and Intl figures in Italian: 0,85, 96%, "A, B e C"', () => {
    const t = translator(it);
    expect(t.text({ code: 'detail.preference.unlisted', params: { choices: 1 } })).toBe(
      'non è la scelta indicata dal mentee',
    );
    expect(t.text({ code: 'detail.preference.unlisted', params: { choices: 3 } })).toBe(
      'non è tra le 3 scelte del mentee',
    );
    expect(t.text({ code: 'detail.language.shared', params: { languages: ['it', 'en', 'fr'] } })).toBe(
      'parlano entrambi it, en e fr',
    );
    expect(t.text({ code: 'detail.willingness.related', params: { value: 0.96 } })).toBe(
      'disponibile su questo argomento o su uno strettamente affine (96%)',
    );
    expect(t.text({ code: 'mentor.score', params: { mentor: 'ana', score: 0.85 } })).toBe('ana (punteggio 0,85)');
    expect(t.text({ code: 'unmatched.rule', params: { rule: 'excluded', mentors: 1 } })).toBe('excluded (1 mentor)');
    const en2 = translator('en');
    expect(en2.text({ code: 'unmatched.rule', params: { rule: 'excluded', mentors: 1 } })).toBe('excluded (1 mentor)');
    expect(en2.text({ code: 'unmatched.rule', params: { rule: 'excluded', mentors: 2 } })).toBe('excluded (2 mentors)');
  });
});

describe('results carry codes and params, and the sentences are rendered from them', () => {
  const result = matchProgram(samples.micro);
  const italian = matchProgram(samples.micro, { locale: it });

  test('the Italian result is the English one but for the words', () => {
    const strip = (r: typeof result) =>
      JSON.stringify(r, (key, value) =>
        ['summary', 'label', 'detail', 'message', 'reason'].includes(key) && typeof value === 'string' ? '' : value,
      );
    expect(strip(italian)).toBe(strip(result));
  });

  test('every explanation part, rule and unmatched entry renders from its code and params', () => {
    const t = translator(it);
    for (const m of italian.matches)
      for (const c of m.explanation.criteria) expect(c.detail).toBe(t.text({ code: c.code, params: c.params }));
    for (const u of italian.unmatched) expect(u.reason).toBe(t.text({ code: `unmatched.${u.code}`, params: u.params }));
    const forbidden = suggestAll(samples.micro, 1, { locale: it })
      .flatMap((s) => s.requests.flatMap((r) => r.mentors))
      .flatMap((s) => s.explanation.rules);
    for (const rule of forbidden) expect(rule.message).toBe(t.text(rule));
  });

  test('a partial catalog falls back to English, message by message', () => {
    const mine: Catalog = { locale: 'de', messages: { 'detail.willingness.offers': 'bietet das Thema an' } };
    const mixed = matchProgram(samples.micro, { locale: mine });
    const details = mixed.matches.flatMap((m) => m.explanation.criteria.map((c) => c.detail));
    expect(details).toContain('bietet das Thema an');
    expect(details).toContain('languages not given: neutral');
    // Its figures follow its tag: German decimals.
    expect(mixed.matches[0]?.explanation.summary).toMatch(/^0,\d\d/);
  });

  test('a locale that is neither "en" nor a catalog is refused, naming the option', () => {
    for (const call of [
      () => matchProgram(samples.micro, { locale: 'it' as 'en' }),
      () => suggest(samples.micro, 'e-001', 2, { locale: 'fr' as 'en' }),
      () => reportToMarkdown(programReport(samples.micro), { locale: { locale: 'it' } as unknown as Catalog }),
    ]) {
      let caught: unknown;
      try {
        call();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidInputError);
      expect((caught as InvalidInputError).issues[0]?.path).toEqual(['options', 'locale']);
    }
  });
});

/** Every message code in `value` (nested messages in params included), and the unmatched and change reasons'. */
function codesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) codesIn(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // A message, an explanation part or a rule (unmatched entries and changes are named by the caller).
    if (typeof o.code === 'string' && typeof o.params === 'object' && !('reason' in o)) out.add(o.code);
    for (const v of Object.values(o)) codesIn(v, out);
  }
  return out;
}

describe('every code in the results is documented', () => {
  const docs = readFileSync(join(root, 'docs', 'messages.md'), 'utf8');
  // A table row whose first cell is the code (cells padded by the formatter or not).
  const listed = new Set([...docs.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]));
  test("docs/messages.md lists every code of the English catalog, of the tables' and of the command line's", () => {
    const codes = [...Object.keys(en.messages), ...Object.keys(TABLES_EN.messages), ...Object.keys(CLI_EN.messages)];
    expect(codes.filter((code) => !listed.has(code))).toEqual([]);
  });

  test('every code the bundled samples produce is an English code listed in docs/messages.md', () => {
    const codes = new Set<string>();
    for (const text of [samples.micro, samples.classic]) {
      const result = matchProgram(text, { locale: it });
      for (const m of result.matches) {
        for (const c of m.explanation.criteria) codesIn(c, codes).add(`criterion.${c.criterion}`);
        for (const r of m.explanation.rules) codesIn(r, codes);
      }
      for (const u of result.unmatched) {
        codes.add(`unmatched.${u.code}`);
        codesIn(u.params, codes);
      }
      for (const s of suggestAll(text, 3, { locale: it }))
        for (const r of s.requests) for (const m of r.mentors) codesIn(m.explanation, codes);
      const gone = result.matches[0]?.mentor as string;
      const after = rematch(text, result, { removeMentors: [gone] }, { locale: it });
      for (const p of after.changes.removed) codesIn(p.params, codes).add(`removed.${p.code}`);
      for (const p of after.changes.added) codesIn(p.params, codes).add(`added.${p.code}`);
    }
    expect(codes.size).toBeGreaterThan(40);
    const unknown = [...codes].filter((code) => !(code in en.messages) || !listed.has(code));
    expect(unknown).toEqual([]);
  });
});

describe('Italian output holds no English sentence of the catalog', () => {
  const fragments = englishFragments();
  const english = (text: string) => fragments.filter((f) => text.includes(f));

  test('the scan finds English: the English outputs hold many of its fragments', () => {
    expect(fragments.length).toBeGreaterThan(100);
    const result = matchProgram(samples.micro);
    expect(english(JSON.stringify(result)).length).toBeGreaterThan(10);
    expect(english(reportToMarkdown(programReport(samples.micro, result))).length).toBeGreaterThan(10);
  });

  for (const name of ['micro', 'classic'] as const) {
    test(`the ${name} sample: match, suggest, rematch, Markdown and HTML reports`, () => {
      const text = samples[name];
      const result = matchProgram(text, { locale: it });
      const sentences = [
        ...result.matches.flatMap((m) => [
          m.explanation.summary,
          ...m.explanation.criteria.flatMap((c) => [c.label, c.detail]),
        ]),
        ...result.unmatched.map((u) => u.reason),
        ...suggestAll(text, 3, { locale: it }).flatMap((s) =>
          s.requests.flatMap((r) => r.mentors.map((m) => m.explanation.summary)),
        ),
        ...rematch(
          text,
          result,
          { removeMentors: [result.matches[0]?.mentor as string] },
          { locale: it },
        ).changes.added.map((a) => a.reason),
      ];
      expect(english(sentences.join('\n'))).toEqual([]);
      const report = programReport(text, matchProgram(text));
      expect(english(reportToMarkdown(report, { locale: it }))).toEqual([]);
      const html = reportToHtml(report, { locale: it });
      expect(html).toContain('<html lang="it">');
      expect(english(html)).toEqual([]);
    });
  }

  test('the CLI with --locale it, and with LANG=it_IT.UTF-8: match, suggest, report', () => {
    const files: Record<string, string> = { 'micro.json': samples.micro };
    const outputs: string[] = [];
    for (const [args, env] of [
      [['match', 'micro.json', '--locale', 'it', '--format', 'json'], {}],
      [['match', 'micro.json'], { LANG: 'it_IT.UTF-8' }],
      [['suggest', 'micro.json', '--mentee', 'e-001', '--locale', 'it'], {}],
      [['report', 'micro.json', '--html', 'out.html'], { LC_ALL: 'it_IT.UTF-8', LANG: 'en_US.UTF-8' }],
    ] as const) {
      const { code, stdout } = runCli(args, files, {
        env,
        writeFile: (path, text) => {
          files[path] = text;
        },
      });
      expect(code, args.join(' ')).toBe(0);
      outputs.push(stdout);
    }
    outputs.push(files['out.html'] ?? '');
    expect(outputs.every((o) => o.length > 0)).toBe(true);
    expect(files['out.html']).toContain('<html lang="it">');
    expect(english(outputs.join('\n'))).toEqual([]);
    // The same commands without a locale speak English.
    const { stdout } = runCli(['match', 'micro.json'], files, { env: { LANG: 'C' } });
    expect(english(stdout).length).toBeGreaterThan(0);
  });

  test('the CLI refuses a --locale it has no catalog for, on every command', () => {
    for (const command of ['match', 'schema', 'sample']) {
      const args = [command, ...(command === 'match' ? ['micro.json'] : []), '--locale', 'xx'];
      const { code, stderr } = runCli(args, { 'micro.json': samples.micro });
      expect(code).toBe(2);
      expect(stderr).toContain('--locale must be one of en, it, got "xx"');
    }
  });
});

describe('the command line in Italian: usage errors, help, diff, writes', () => {
  const fragments = englishFragments();
  /** The English in `text`: sentences of the catalogs, and English words no Italian message holds. */
  const english = (text: string) => [...fragments.filter((f) => text.includes(f)), ...englishWords(text)];
  const saved = runCli(['match', 'micro.json', '--format', 'json'], { 'micro.json': samples.micro }).stdout;
  const infeasible = {
    mode: 'micro',
    topics: [{ id: 't' }],
    mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }] }],
    mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3 }] }],
    rules: {
      custom: [{ name: 'solo-certificati', effect: 'require', mentor: { attribute: 'certified', equals: true } }],
    },
  };
  const files: Record<string, string> = {
    'p.json': samples.micro,
    'saved.json': saved,
    'other.json': saved,
    'broken.json': JSON.stringify({ matches: [{ mentee: 7 }], summary: {} }),
    'none.json': JSON.stringify(infeasible),
    'm.csv': 'id,skills\nm-1,t:3\n',
    'e.csv': 'id,requests\ne-1,t:2\n',
  };
  const tables = ['--mentors', 'm.csv', '--mentees', 'e.csv', '--mode', 'micro'];
  /** Command lines that fail with exit code 2, on every command and at the top. */
  const USAGE: readonly (readonly string[])[] = [
    ['frobnicate'],
    ['--frobnicate'],
    ['help', 'frobnicate'],
    ['match'],
    ['match', 'p.json', '--frobnicate'],
    ['match', 'p.json', '-x'],
    ['match', 'p.json', '--format', 'xml'],
    ['match', 'p.json', '--objective', 'best'],
    ['match', 'p.json', '--out'],
    ['match', 'p.json', '--bom=yes'],
    ['match', 'p.json', '--out', '--bom'],
    ['match', 'p.json', 'other.json'],
    ['match', 'p.json', '--bom'],
    ['match', 'p.json', '--format', 'csv', '--bom', '--no-bom'],
    ['match', 'p.json', '--max-pairs', 'many'],
    ['match', 'p.json', '--max-input-bytes', '0'],
    ['match', 'p.json', ...tables],
    ['match', '--mentors', 'm.csv', '--mode', 'micro'],
    ['match', ...tables, '--start-date', '1/3/2026'],
    ['match', ...tables, '--separator', ';;'],
    ['match', ...tables, '--cycle-weeks', '0'],
    ['report'],
    ['report', 'p.json', '--format', 'html'],
    ['report', 'p.json', '--objective', 'best'],
    ['suggest', 'p.json'],
    ['suggest', 'p.json', '--mentee', 'e-001', '-k', '0'],
    ['suggest', 'p.json', '--mentee', 'e-001', '--exposure', 'lots'],
    ['diff'],
    ['diff', 'p.json'],
    ['diff', 'p.json', 'p.json', 'p.json'],
    ['diff', '-', '-'],
    ['diff', 'p.json', 'p.json', '--format', 'html'],
    ['diff', 'saved.json', 'other.json', '--objective', 'fair'],
    ['import'],
    ['import', 'extra', ...tables],
    ['import', '--mentors', 'm.csv', '--mentees', 'e.csv', '--mode', 'mini'],
    ['schema', 'extra'],
    ['schema', '--frobnicate'],
    ['sample'],
    ['sample', '--mode', 'mini', '--mentors', '3', '--mentees', '3'],
    ['sample', '--mode', 'micro', '--mentors', '2.5', '--mentees', '3'],
    ['sample', '--mode', 'micro', '--mentors', '3', '--mentees', '3', '--cycle-weeks', '3'],
  ];
  /** Every command's way of writing a file, `--out` (or `--html`) in a folder that is not there. */
  const WRITES: readonly (readonly string[])[] = [
    ['match', 'p.json', '--out'],
    ['report', 'p.json', '--out'],
    ['report', 'p.json', '--html'],
    ['suggest', 'p.json', '--mentee', 'e-001', '--out'],
    ['diff', 'p.json', 'saved.json', '--out'],
    ['import', ...tables, '--out'],
    ['schema', '--out'],
    ['sample', '--mode', 'micro', '--mentors', '3', '--mentees', '3', '--out'],
  ];
  const italian = { LANG: 'it_IT.UTF-8' };

  test('the scan finds English: a sentence out of no catalog, the English help, errors and failed writes', () => {
    expect(english('cannot write out.json: no such directory')).not.toEqual([]);
    expect(english('the file is missing')).not.toEqual([]);
    expect(english("impossibile scrivere out.json: la cartella non esiste; opzione '--no-bom' sconosciuta")).toEqual(
      [],
    );
    for (const topic of HELP_TOPICS) expect(english(HELP[topic]).length, topic).toBeGreaterThan(5);
    for (const args of USAGE)
      expect(english(runCli(args, files, { env: { LANG: 'C' } }).stderr), args.join(' ')).not.toEqual([]);
  });

  test('usage errors on every command: exit code 2, the message and the usage in Italian', () => {
    for (const args of USAGE) {
      for (const run of [runCli([...args, '--locale', 'it'], files), runCli(args, files, { env: italian })]) {
        const shown = `${args.join(' ')}\n${run.stderr}`;
        expect(run.code, shown).toBe(2);
        expect(run.stdout, shown).toBe('');
        expect(run.stderr, shown).toMatch(/\n\nUso: mentormatch /);
        expect(run.stderr, shown).toMatch(/\nPer la guida completa: 'mentormatch( \w+)? --help'\.\n$/);
        expect(english(run.stderr), shown).toEqual([]);
      }
    }
    // --locale given before the command, and a --locale with no catalog (in the environment's language).
    expect(runCli(['--locale', 'it', 'match'], files).stderr).toMatch(
      /^mentormatch match: manca il file del programma/,
    );
    expect(runCli(['sample', '--locale', 'xx'], files, { env: italian }).stderr).toMatch(
      /^mentormatch sample: --locale deve essere en o it, non "xx"\n/,
    );
  });

  test('--help of every command, and help <command>, in Italian', () => {
    for (const topic of HELP_TOPICS) {
      const runs =
        topic === 'main'
          ? [
              runCli(['--help', '--locale', 'it']),
              runCli(['--locale', 'it', '--help']),
              runCli(['help'], {}, { env: italian }),
            ]
          : [
              runCli([topic, '--help', '--locale', 'it']),
              runCli([topic, '-h'], {}, { env: { LC_ALL: 'it_IT.UTF-8', LANG: 'en_US.UTF-8' } }),
              runCli(['help', topic, '--locale', 'it']),
            ];
      for (const run of runs) {
        expect(run.code, topic).toBe(0);
        expect(run.stdout, topic).toBe(helpText(translator(it), topic));
        expect(run.stdout.startsWith(`Uso: mentormatch ${topic === 'main' ? '<comando>' : topic}`), topic).toBe(true);
        expect(english(run.stdout), topic).toEqual([]);
        // Wrapped as the English is: no line past 100 columns but the usage and the examples.
        const long = run.stdout.split('\n').filter((l) => l.length > 100 && !/^(?:Uso: | +mentormatch )/.test(l));
        expect(long, topic).toEqual([]);
      }
    }
    // No command at all: the main help, on standard error.
    expect(runCli([], {}, { env: italian })).toEqual({ code: 2, stdout: '', stderr: helpText(translator(it), 'main') });
  });

  test('diff: two saved results that cannot be compared, in Italian', () => {
    const run = runCli(['diff', 'broken.json', 'saved.json', '--locale', 'it'], files);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^mentormatch diff: impossibile confrontare i due abbinamenti:\n {2}broken\.json: /);
    expect(english(run.stderr), run.stderr).toEqual([]);
    expect(english(runCli(['diff', 'broken.json', 'saved.json'], files).stderr)).not.toEqual([]);
  });

  test('diff: its tables and Markdown in Italian, figures written the Italian way', () => {
    for (const format of ['table', 'markdown']) {
      for (const [first, second] of [
        ['saved.json', 'p.json'],
        ['p.json', 'classic.json'],
      ]) {
        const args = ['diff', first as string, second as string, '--objective', 'fair', '--format', format];
        const inputs = { ...files, 'classic.json': samples.classic };
        const run = runCli([...args, '--locale', 'it'], { ...inputs, 'p.json': samples.micro });
        if (second === 'classic.json') {
          // A micro and a classic matching cannot be compared: the error, in Italian.
          expect(run.code).toBe(1);
          expect(run.stderr).toMatch(/^mentormatch diff: impossibile confrontare i due abbinamenti:\n/);
          expect(english(run.stderr), run.stderr).toEqual([]);
          continue;
        }
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toMatch(
          format === 'table' ? /^Prima: saved\.json \(risultato salvato/ : /^# Che cosa è cambiato\n/,
        );
        expect(run.stdout).toMatch(/punteggio medio +\| 0,\d\d|punteggio medio +0,\d\d/);
        expect(english(run.stdout), run.stdout).toEqual([]);
        expect(english(runCli(args, inputs).stdout).length).toBeGreaterThan(3);
      }
    }
  });

  test('a failed --out write, in words for each reason the system gives, on every command', () => {
    const missing = join(scratch, 'no-such-folder', 'out.txt');
    for (const args of WRITES) {
      // A real write, into a folder that does not exist.
      const run = runCli([...args, missing, '--locale', 'it'], files, {
        writeFile: (path, text) => writeFileSync(path, text),
      });
      const shown = `${args.join(' ')}\n${run.stderr}`;
      expect(run.code, shown).toBe(1);
      expect(run.stderr, shown).toBe(
        `mentormatch ${args[0]}: impossibile scrivere ${missing}: la cartella non esiste\n`,
      );
    }
    const reasons = ['ENOENT', 'EISDIR', 'EACCES', 'EPERM', 'ENOTDIR', 'ENOSPC', 'EROFS'];
    for (const code of reasons) {
      const fail = () => {
        throw Object.assign(new Error(`${code}: the system's words`), { code });
      };
      const run = runCli(['schema', '--out', 'x.json'], {}, { env: italian, writeFile: fail });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^mentormatch schema: impossibile scrivere x\.json: /);
      expect(english(run.stderr), run.stderr).toEqual([]);
      expect(english(runCli(['schema', '--out', 'x.json'], {}, { writeFile: fail }).stderr)).not.toEqual([]);
    }
  });

  test('the line of exit code 3 and the warnings, in Italian', () => {
    for (const command of ['match', 'report']) {
      const run = runCli([command, 'none.json', '--locale', 'it'], files);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain(`mentormatch ${command}: avviso: rules.custom[0]`);
      expect(run.stderr).toContain(
        `mentormatch ${command}: nessuna soluzione rispetta i requisiti obbligatori: l'unica richiesta non può essere abbinata (codice di uscita 3)\n`,
      );
      expect(english(run.stderr), run.stderr).toEqual([]);
    }
    const suggest = runCli(['suggest', 'p.json', '--mentee', 'nobody', '--locale', 'it'], files);
    expect(suggest).toEqual({
      code: 1,
      stdout: '',
      stderr: 'mentormatch suggest: il mentee "nobody" non esiste in p.json\n',
    });
  });
});

describe('snapshots of the Italian demo and report', () => {
  test('npm run demo -- --locale it', async () => {
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const demo = execFileSync(tsx, [join(root, 'examples', 'demo.ts'), '--locale', 'it'], { encoding: 'utf8' });
    expect(demo).toContain('## Micro-mentoring (examples/data/micro.json)');
    await expect(demo).toMatchFileSnapshot('__snapshots__/demo.it.txt');
  }, 60_000);

  test('the micro sample reported in Italian (Markdown)', async () => {
    const report = programReport(samples.micro, matchProgram(samples.micro));
    await expect(reportToMarkdown(report, { locale: it })).toMatchFileSnapshot('__snapshots__/report.micro.it.txt');
  });
});

describe('the Italian HTML report in headless Chromium', () => {
  const CHROMIUM = '/usr/bin/chromium';
  test('renders without a console error or a failed load, lang="it"', () => {
    if (!existsSync(CHROMIUM)) {
      console.log(`locale: ${CHROMIUM} not found, the headless Chromium check of the Italian report is skipped`);
      return;
    }
    const page = reportToHtml(programReport(samples.micro, matchProgram(samples.micro)), { locale: it });
    const file = join(scratch, 'report.it.html');
    writeFileSync(file, page);
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--enable-logging=stderr', '--v=0'];
    const result = spawnSync(CHROMIUM, [...flags, '--dump-dom', `file://${file}`], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const problems = result.stderr
      .split('\n')
      .filter((l) => /CONSOLE|Uncaught|net::ERR|Failed to load|Refused/.test(l));
    expect(problems).toEqual([]);
    expect(result.stdout).toContain('<html lang="it">');
    expect(result.stdout).toContain('<h1>Report del programma: Acme micro-mentoring, spring cycle</h1>');
    expect(result.stdout.match(/<svg /g)).toHaveLength(3);
  }, 120_000);
});

describe('validation issues: codes, params, and messages in the locale', () => {
  const docs = readFileSync(join(root, 'docs', 'messages.md'), 'utf8');
  // The codes of the "Validation issues" table: `code` in the first cell of its rows.
  const section = docs.slice(
    docs.indexOf('## Validation issues'),
    docs.indexOf('\n## ', docs.indexOf('## Validation issues') + 5),
  );
  const documented = new Set([...section.matchAll(/^\|\s*`([a-z_]+)`\s*\|/gm)].map((m) => m[1]));
  const fragments = englishFragments();
  const english = (text: string) => fragments.filter((f) => text.includes(f));

  const base = {
    mode: 'micro',
    topics: [{ id: 't' }, { id: 'u', parent: 't' }],
    mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }] }],
    mentees: [
      {
        id: 'bo',
        requests: [
          { topic: 't', level: 3 },
          { topic: 'u', level: 2 },
        ],
      },
    ],
  };
  const classic = { ...base, mode: 'classic', mentees: [{ id: 'bo', goals: [{ topic: 't' }] }] };
  const zero = { expertise: 0, willingness: 0, goals: 0, seniority: 0, language: 0, timeZone: 0 };
  /** Bad programmes (and options) that make, between them, every code `parseProgram` reports. */
  const BAD: readonly (readonly [unknown, object?])[] = [
    [{ ...base, mode: undefined, topics: 'x', extra: 1 }], // required, invalid_type, unrecognized_keys
    [{ ...base, mode: 'mixed' }], // invalid_value
    [{ ...base, topics: [{ id: '' }, { id: 'x'.repeat(201) }], startDate: '2026-13-45' }], // too_small, too_big (strings), invalid_format
    [{ ...base, mentors: [{ id: 'ana', skills: [{ topic: 't', level: 9 }], capacity: -1, timeZone: 0.3 }] }], // too_big, too_small, not_multiple_of
    [
      {
        ...base,
        mentors: [{ id: 1.5, timeZone: 'Europe/Rom', attributes: JSON.parse('{"__proto__": 1}') }], // required, …
      },
    ],
    [{ ...base, startDate: '1800-01-01', mentors: [{ id: 'ana', skills: [], timeZone: 'Europe/Rome' }] }], // time_zone_offset
    ['{"mode": "micro", // comment\n}'], // not_json
    [base, { limits: { maxMentors: 0 } }], // too_large
    [base, { limits: { maxPairs: -1 } }], // invalid_type of a limit
    [base, { limits: [] }], // invalid_type of the limits
    [
      {
        ...base,
        topics: [
          { id: 't' },
          { id: 't' },
          { id: 'u', parent: 'u' },
          { id: 'v', parent: 'w' },
          { id: 'w', parent: 'v' },
          { id: 'z', parent: 'nope' },
        ],
        mentors: [
          {
            id: 'ana',
            skills: [
              { topic: 't', level: 4 },
              { topic: 't', level: 3 },
            ],
            offers: ['x', 't', 't'],
            preferences: ['ana', 'ghost', 'bo', 'bo'],
          },
          { id: 'ana', skills: [] },
        ],
        mentees: [
          {
            id: 'bo',
            requests: [
              { topic: 't', level: 3 },
              { topic: 't', level: 2 },
            ],
            goals: [{ topic: 't' }],
            exclude: ['bo', 'ghost', 'ana', 'ana'],
          },
          { id: 'bo', requests: [] },
        ],
        rules: {
          seniorityGap: { min: 3, max: 1 },
          custom: [
            { name: 'r', effect: 'prefer' },
            { name: 'r', effect: 'require', same: 'site' },
          ],
          forbiddenPairs: [
            { mentee: 'bo', mentor: 'ana', topic: 't' },
            { mentee: 'nobody', mentor: 'nemo' },
            { mentee: 'ana', mentor: 'ana' },
          ],
          lockedPairs: [
            { mentee: 'bo', mentor: 'ana' },
            { mentee: 'bo', mentor: 'ana', topic: 't' },
            { mentee: 'bo', mentor: 'ana', topic: 't' },
            { mentee: 'bo', mentor: 'ana', topic: 'u' },
          ],
        },
      },
    ],
    [
      {
        ...classic,
        mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }], hoursBudget: 3 }],
        mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3 }], goals: [{ topic: 't' }], exclude: ['ana'] }],
        rules: { lockedPairs: [{ mentee: 'bo', mentor: 'ana', topic: 't' }] },
      },
    ],
    [{ ...base, weights: { ...zero, preference: 0, department: 0, values: 0, custom: 0, repeat: 0 } }], // no_positive_weight
    [{ ...base, history: [{ mentee: 'x', mentor: 'x', date: '2026-01-01' }] }], // history_self_pair
    [
      {
        ...base,
        startDate: '2026-01-05',
        cycle: { start: '2026-01-12', weeks: 8 },
        mentees: [{ id: 'bo', requests: [{ topic: 't', level: 3, hours: 3, sessionMinutes: 60 }] }],
      },
    ], // cycle_start_mismatch, meetings_mismatch
    [{ ...base, mentors: [{ id: 'ana', skills: [{ topic: 't', level: 4 }], weeklyMinutes: 60 }] }], // cycle_required
    [{ ...classic, cycle: { weeks: 8 }, mentors: [{ id: 'ana', skills: [], weeklyMinutes: 60 }] }], // wrong_mode
    [
      {
        ...base,
        weights: { ...zero, preference: 0, values: 0, department: 1, custom: 1 },
        rules: { sameDepartment: 'allowed' },
      },
    ], // no_weight_applies
  ];
  const PROGRAMME_CODES = [
    'required',
    'invalid_type',
    'too_small',
    'too_big',
    'not_multiple_of',
    'invalid_value',
    'invalid_format',
    'unrecognized_keys',
    'not_json',
    'too_large',
    'invalid_time_zone',
    'time_zone_offset',
    'reserved_attribute',
    'duplicate_id',
    'duplicate_entry',
    'unknown_reference',
    'self_reference',
    'taxonomy_cycle',
    'wrong_mode',
    'min_above_max',
    'empty_rule',
    'topic_required',
    'unknown_request',
    'locked_twice',
    'locked_and_forbidden',
    'locked_but_excluded',
    'no_positive_weight',
    'no_weight_applies',
    'history_self_pair',
    'meetings_mismatch',
    'cycle_required',
    'cycle_start_mismatch',
  ];
  const parsed = (input: unknown, options: object | undefined, locale: Catalog | 'en') => {
    try {
      parseProgram(input, (typeof options === 'object' ? { ...options, locale } : (options ?? { locale })) as never);
    } catch (error) {
      if (error instanceof InvalidInputError) return error;
      throw error;
    }
    throw new Error(`parsed: ${JSON.stringify(input)}`);
  };

  test('the bad programmes make every code of the programme, each documented in docs/messages.md', () => {
    const codes = new Set(BAD.flatMap(([input, options]) => parsed(input, options, 'en').issues.map((i) => i.code)));
    expect([...PROGRAMME_CODES].filter((c) => !codes.has(c as never))).toEqual([]);
    expect([...codes].filter((c) => !documented.has(c))).toEqual([]);
    expect(PROGRAMME_CODES.filter((c) => !documented.has(c))).toEqual([]);
  });

  test('in Italian: the same codes, params and paths, and no message holds an English sentence', () => {
    for (const [input, options] of BAD) {
      const inEnglish = parsed(input, options, 'en');
      const inItalian = parsed(input, options, it);
      const data = (e: InvalidInputError) => e.issues.map(({ path, code, params }) => ({ path, code, params }));
      expect(data(inItalian)).toEqual(data(inEnglish));
      expect(inItalian.code).toBe(inEnglish.code);
      const t = translator(it);
      for (const i of inItalian.issues)
        expect(i.message).not.toBe(inEnglish.issues[inItalian.issues.indexOf(i)]?.message);
      expect(english(inItalian.issues.map((i) => i.message).join('\n'))).toEqual([]);
      expect(english(inItalian.message)).toEqual([]);
      expect(inItalian.message).toMatch(/^parseProgram: /);
      expect(t.locale).toBe('it');
    }
  });

  test('the error message lists three issues and counts the rest in the locale', () => {
    const [input, options] = BAD[10] as [unknown, object?];
    const error = parsed(input, options, it);
    expect(error.issues.length).toBeGreaterThan(3);
    expect(error.message).toMatch(new RegExp(`\\(e altri ${error.issues.length - 3}\\)$`));
    expect(parsed(input, options, 'en').message).toMatch(new RegExp(`\\(and ${error.issues.length - 3} more\\)$`));
  });

  test('the other entry points take the locale for the programme and their options', () => {
    const bad = { ...base, mentors: [{ id: 'ana', skills: [{ topic: 'nope', level: 4 }] }] };
    for (const call of [
      () => matchProgram(bad as never, { locale: it }),
      () => suggest(bad as never, 'bo', 2, { locale: it }),
      () => suggestAll(bad as never, 2, { locale: it }),
      () => rematch(bad as never, { matches: [] } as never, {}, { locale: it }),
      () => suggest(base as never, 'nobody', 2, { locale: it }),
      () => suggest(base as never, 'bo', 0, { locale: it }),
      () => matchProgram(base as never, { locale: it, objective: 'best' as never }),
      () => matchProgram(base as never, { locale: it, limits: { maxMentors: -1 } }),
    ]) {
      let caught: unknown;
      try {
        call();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidInputError);
      const { issues, message } = caught as InvalidInputError;
      expect(documented.has(issues[0]?.code as string)).toBe(true);
      expect(english(message)).toEqual([]);
      expect(message).toMatch(/(argomento "nope" inesistente|non è un mentee|deve essere)/);
    }
  });

  test('every code an issue may carry (IssueCode) is documented', () => {
    const source = readFileSync(join(root, 'src', 'errors.ts'), 'utf8');
    const union = source.slice(
      source.indexOf('export type IssueCode'),
      source.indexOf(';', source.indexOf('export type IssueCode')),
    );
    const codes = [...union.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(30);
    expect(codes.filter((c) => !documented.has(c))).toEqual([]);
  });

  test('programme warnings carry params and speak the locale, in results and in reports', () => {
    const warned = {
      ...base,
      rules: { custom: [{ name: 'certified', effect: 'require', mentor: { attribute: 'certifed', equals: true } }] },
    };
    const result = matchProgram(warned as never, { locale: it });
    expect(result.warnings.map((w) => w.code)).toEqual(['unknownAttribute', 'rulesOutEveryPair']);
    expect(result.warnings[0]?.params).toMatchObject({ side: 'mentor', attribute: 'certifed', rule: 'certified' });
    expect(result.warnings[0]?.message).toBe(
      'rules.custom[0].mentor.attribute: nessun mentor ha l\'attributo "certifed" (regola "certified"); i mentor non hanno attributi',
    );
    const report = programReport(warned as never);
    expect(report.warnings[1]?.message).toMatch(/^rules\.custom\[0\]: custom rule "certified" requires that/);
    const markdown = reportToMarkdown(report, { locale: it });
    expect(markdown).toContain('esclude quindi ogni coppia');
    expect(english(markdown)).toEqual([]);
    // programReport's own locale: its warnings, and its validation errors.
    const italian = programReport(warned as never, undefined, { locale: it });
    expect(italian.warnings.map((w) => w.message)).toEqual(result.warnings.map((w) => w.message));
    expect(italian.warnings.map((w) => w.code)).toEqual(report.warnings.map((w) => w.code));
    const refused = invalidOf(() => programReport(warned as never, undefined, { locale: it, champions: -1 }));
    expect(refused.issues[0]?.path).toEqual(['options', 'champions']);
    expect(english(refused.message)).toEqual([]);
    const bad = invalidOf(() => programReport({ ...warned, mentors: 'x' } as never, undefined, { locale: it }));
    expect(bad.issues[0]?.code).toBe('invalid_type');
    expect(english(bad.message)).toEqual([]);
    expect(() => programReport(warned as never, undefined, { locale: 'fr' as never })).toThrow(/options\.locale/);
  });
});

/** The InvalidInputError `run` throws. */
function invalidOf(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}
