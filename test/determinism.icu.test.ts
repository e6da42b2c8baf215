/**
 * Output bytes do not depend on the runtime's locale data: ids and names are compared by code unit,
 * numbers formatted without `Intl`. The bundled samples are matched, suggested and reported in this
 * process with the locale-aware comparisons stubbed to give the opposite order, and in child
 * processes under other locales (`LANG`/`LC_ALL` = `C`, `tr_TR.UTF-8`, `de_DE.UTF-8` and a `TZ`),
 * and every output must be byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { matchProgram, programReport, reportToHtml, reportToMarkdown, suggestAll } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const samples = ['micro', 'classic'].map((name) =>
  readFileSync(join(root, 'examples', 'data', `${name}.json`), 'utf8'),
);

/** Every output of the samples, as one string. */
function outputs(): string {
  return samples
    .map((text) => {
      const result = matchProgram(text);
      const report = programReport(text, result);
      return [
        JSON.stringify(result),
        JSON.stringify(suggestAll(text, 3)),
        reportToMarkdown(report),
        reportToHtml(report),
      ].join('\n');
    })
    .join('\n');
}

const original = {
  localeCompare: String.prototype.localeCompare,
  Collator: Intl.Collator,
  toLocaleString: Number.prototype.toLocaleString,
};

afterEach(() => {
  String.prototype.localeCompare = original.localeCompare;
  Intl.Collator = original.Collator;
  Number.prototype.toLocaleString = original.toLocaleString;
});

describe('output independent of locale data', () => {
  it('in process: locale-aware comparison reversed and number formatting changed, the same bytes', () => {
    const reference = outputs();
    String.prototype.localeCompare = function (this: string, that: string) {
      return -original.localeCompare.call(this, that);
    };
    Intl.Collator = (() => ({
      compare: (a: string, b: string) => -original.localeCompare.call(a, b),
    })) as unknown as typeof Intl.Collator;
    Number.prototype.toLocaleString = function (this: number) {
      return `<${String(this)}>`;
    };
    expect(outputs()).toBe(reference);
  });

  it('in child processes under other locales and time zones, the same bytes', () => {
    const script = [
      `import { readFileSync } from 'node:fs';`,
      `import { matchProgram, programReport, reportToMarkdown, suggestAll } from ${JSON.stringify(join(root, 'src', 'index.ts'))};`,
      `for (const name of ['micro', 'classic']) {`,
      `  const text = readFileSync(${JSON.stringify(join(root, 'examples', 'data'))} + '/' + name + '.json', 'utf8');`,
      `  const result = matchProgram(text);`,
      `  process.stdout.write(JSON.stringify(result) + JSON.stringify(suggestAll(text, 3)) + reportToMarkdown(programReport(text, result)));`,
      `}`,
    ].join('\n');
    const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const run = (env: Record<string, string>) =>
      execFileSync(process.execPath, [tsx, '--eval', script], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...env },
        maxBuffer: 256 * 1024 * 1024,
        timeout: 120_000,
      });
    const reference = run({ LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', TZ: 'UTC' });
    expect(reference.length).toBeGreaterThan(1000);
    for (const env of [
      { LANG: 'C', LC_ALL: 'C', TZ: 'UTC' },
      { LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', TZ: 'Asia/Kolkata' },
      { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', TZ: 'America/New_York' },
    ]) {
      expect(run(env), JSON.stringify(env)).toBe(reference);
    }
  }, 300_000);
});
