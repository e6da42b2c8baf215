/**
 * The renderers: `reportToMarkdown` and `reportToHtml` on hand-made and sample programmes: their
 * structure, the escaping of hostile names (a mentor called `<script>`), determinism, no external
 * asset in the page; and the page opened in headless Chromium (Debian's `chromium`, offline), which
 * must render it without a console error or a failed load. Without `/usr/bin/chromium` that test is
 * skipped with a notice.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidInputError, matchProgram, programReport, reportToHtml, reportToMarkdown } from '../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const micro = readFileSync(new URL('../examples/data/micro.json', import.meta.url), 'utf8');
const classic = readFileSync(new URL('../examples/data/classic.json', import.meta.url), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'mentormatch-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const HOSTILE = '<script>alert("x")</script> & | *bold* [link](javascript:x)';
const hostile = {
  name: '<b>Spring</b>',
  mode: 'micro' as const,
  topics: [{ id: 'pricing', name: '<img src=x onerror=alert(1)>' }, { id: 'seo' }],
  mentors: [
    { id: 'ana', name: HOSTILE, skills: [{ topic: 'pricing', level: 4 }] },
    { id: 'ben', skills: [{ topic: 'seo', level: 2 }] },
  ],
  mentees: [
    {
      id: 'bo',
      requests: [
        { topic: 'pricing', level: 3 },
        { topic: 'seo', level: 4 },
      ],
    },
  ],
};

describe('reportToMarkdown', () => {
  const report = programReport(micro, matchProgram(micro));
  const text = reportToMarkdown(report);

  it('has every section, with tables of the right width', () => {
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Programme report: Acme micro-mentoring, spring cycle',
      '## Readiness',
      '## Hot topics',
      '## Uncovered topics',
      '## Demand and supply per topic',
      '## Topic areas',
      '## Champions',
      '## Matching',
      '### Scores',
      '### Mentor load',
      '### Unmatched, by reason',
      '### Match rate per topic, lowest first',
    ]);
    // Every row of a table has as many cells as its header.
    const lines = text.split('\n');
    let width = -1;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        width = -1;
        continue;
      }
      const cells = line.replaceAll('\\|', '').split('|').length;
      if (width < 0) width = cells;
      expect(cells, line).toBe(width);
    }
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain(`| Mentors : mentees | 1 : ${(150 / 40).toFixed(1)} |`);
  });

  it('escapes names so that they can neither break a table nor inject markup', () => {
    const md = reportToMarkdown(programReport(hostile));
    expect(md).toContain('# Programme report: \\<b\\>Spring\\</b\\>');
    expect(md).toContain('\\<script\\>alert("x")\\</script\\> \\& \\| \\*bold\\* \\[link\\](javascript:x) (ana)');
    expect(md).not.toMatch(/[^\\]<script/);
  });

  it('is deterministic and leaves the matching out of a report without one', () => {
    expect(reportToMarkdown(programReport(micro, matchProgram(micro)))).toBe(text);
    const before = reportToMarkdown(programReport(classic));
    expect(before).not.toContain('## Matching');
    expect(before).toContain('\nClassic mentoring · 40 mentors, 120 mentees · ');
  });
});

describe('reportToHtml', () => {
  const report = programReport(micro, matchProgram(micro));
  const page = reportToHtml(report);

  it('is one self-contained page: inline style and SVG, no script, nothing fetched', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).toContain('<title>Programme report: Acme micro-mentoring, spring cycle</title>');
    expect(page.match(/<svg /g)).toHaveLength(3);
    expect(page.match(/<section>/g)).toHaveLength(6);
    for (const banned of ['http', 'src=', 'href=', 'url(', '@import', '<link', '<script', '<img', '<iframe'])
      expect(page, banned).not.toContain(banned);
  });

  it('escapes every text from the programme', () => {
    const html = reportToHtml(programReport(hostile));
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; | *bold*');
    expect(html).toContain('<title>Programme report: &#60;b&#62;Spring&#60;/b&#62;</title>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    const titled = reportToHtml(programReport(hostile), { title: 'A & B' });
    expect(titled).toContain('<title>A &#38; B</title>');
    expect(titled).toContain('<p class="sub">&#60;b&#62;Spring&#60;/b&#62; · Micro mentoring');
  });

  it('is deterministic, and renders reports without matching, demand or mentors', () => {
    expect(reportToHtml(programReport(micro, matchProgram(micro)))).toBe(page);
    const empty = reportToHtml(programReport({ mode: 'classic', topics: [{ id: 't' }], mentors: [], mentees: [] }));
    expect(empty).toContain('No topic has goals yet.');
    expect(empty).not.toContain('NaN');
    expect(reportToHtml(programReport(classic))).not.toContain('<h2>Matching</h2>');
  });

  it('rejects a title that is not a string', () => {
    expect(() => reportToHtml(report, { title: 3 as never })).toThrow(InvalidInputError);
    expect(() => reportToHtml(report, { title: 3 as never })).toThrow(/^reportToHtml: options.title must be a string/);
  });

  it('opens in headless Chromium without errors', (context) => {
    if (!existsSync(CHROMIUM)) {
      console.log(`reportToHtml: ${CHROMIUM} not found, the headless Chromium check is skipped`);
      context.skip();
      return;
    }
    const file = join(scratch, 'report.html');
    writeFileSync(file, page);
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--enable-logging=stderr', '--v=0'];
    const run = spawnSync(CHROMIUM, [...flags, '--dump-dom', `file://${file}`], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    // Chromium logs console messages (CONSOLE), script errors (Uncaught) and failed loads (net::ERR).
    const problems = run.stderr.split('\n').filter((l) => /CONSOLE|Uncaught|net::ERR|Failed to load|Refused/.test(l));
    expect(problems).toEqual([]);
    expect(run.stdout).toContain('<h1>Programme report: Acme micro-mentoring, spring cycle</h1>');
    expect(run.stdout.match(/<svg /g)).toHaveLength(3);
    // And it paints: a screenshot is a PNG.
    const png = join(scratch, 'report.png');
    execFileSync(
      CHROMIUM,
      [...flags.slice(0, 3), '--hide-scrollbars', `--screenshot=${png}`, '--window-size=1200,1600', `file://${file}`],
      {
        stdio: 'ignore',
        timeout: 60_000,
      },
    );
    expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 120_000);
});
