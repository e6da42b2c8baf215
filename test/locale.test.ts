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
import {
  type Catalog,
  en,
  InvalidInputError,
  matchProgram,
  programReport,
  rematch,
  reportToHtml,
  reportToMarkdown,
  suggest,
  suggestAll,
} from '../src/index.js';
import { parseTemplate, templateParams, translator } from '../src/locale/message.js';
import { it } from '../src/locales/it.js';
import { runCli } from './helpers/cliRun.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const samples = Object.fromEntries(
  ['micro', 'classic'].map((name) => [name, readFileSync(join(root, 'examples', 'data', `${name}.json`), 'utf8')]),
) as { micro: string; classic: string };
const CATALOGS: readonly Catalog[] = [en, it];
const scratch = mkdtempSync(join(tmpdir(), 'mentormatch-locale-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The codes where `other` and `en` differ: missing, extra, or with other parameters. */
function mismatches(other: Catalog): string[] {
  const out: string[] = [];
  for (const [code, template] of Object.entries(en.messages)) {
    const theirs = other.messages[code];
    if (theirs === undefined) out.push(`${code}: missing`);
    else if (templateParams(theirs).join() !== templateParams(template).join())
      out.push(`${code}: {${templateParams(theirs)}} instead of {${templateParams(template)}}`);
  }
  for (const code of Object.keys(other.messages)) if (!(code in en.messages)) out.push(`${code}: not an English code`);
  return out;
}

describe('the catalogs', () => {
  test('every code of the English catalog has an Italian message with the same parameters, and no other', () => {
    expect(it.locale).toBe('it');
    expect(mismatches(it)).toEqual([]);
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
    const types = new Set(['', 'percent', 'fixed', 'list', 'and', 'items', 'join', 'plural', 'select']);
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
  test('docs/messages.md lists every code of the English catalog', () => {
    expect(Object.keys(en.messages).filter((code) => !listed.has(code))).toEqual([]);
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

/** The English catalog's sentences as fragments: the literal text between parameters, of two words or more. */
function englishFragments(): string[] {
  const fragments = new Set<string>();
  const italianText = Object.values(it.messages).join('\n');
  const walk = (nodes: ReturnType<typeof parseTemplate>): void => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        for (const piece of node.split(/[|#:;()]/)) {
          const text = piece.trim().replace(/^[,.\s]+|[,.\s]+$/g, '');
          // Two words of three letters or more; not a term both languages use (`rules.levelRequired`).
          if (/[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(text) && !italianText.includes(text)) fragments.add(text);
        }
      } else if (node !== 0) for (const branch of Object.values(node[2] ?? {})) walk(branch);
    }
  };
  for (const template of Object.values(en.messages)) walk(parseTemplate(template));
  return [...fragments];
}

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
