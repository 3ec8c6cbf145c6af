/**
 * A second report costs only files under content/: the real content plus the test fixture's made-up
 * report (tests/fixtures/) builds into its own pages, anchors, timeline, grid, figure and PDF; the home
 * report's pages stay exactly as they are; the shared expert's page lists both; nothing of one report
 * appears in the other's pages. And faults that cross reports fail the build, naming file and field.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceLines } from '../../src/model/checks/verbatim.ts';
import { comparableText } from '../../src/lib/text/typography.ts';
import { printSheetOf } from '../../src/lib/print-fonts.ts';
import { contentWithFixture, copyContent, fixturesDir, projectRoot } from '../helpers/content.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

function build(dir: string, chromium: boolean): { status: number | null; output: string; out: string } {
  scratch.push(dir);
  const out = join(dir, '.dist');
  const r = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: projectRoot,
    env: {
      ...process.env,
      REPORT_CONTENT_DIR: dir,
      ...(chromium ? {} : { REPORT_SKIP_CHROMIUM: '1' }),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, out };
}

const files = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(root, f)).isFile());
const text = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the site with a second report', () => {
  let plain: ReturnType<typeof build>;
  let both: ReturnType<typeof build>;
  const read = (p: string) => readFileSync(join(both.out, p), 'utf8');
  const fixtureSource = readFileSync(join(fixturesDir, 'reports/qinghe-xinghe/source.txt'), 'utf8');

  beforeAll(() => {
    plain = build(copyContent(), false);
    both = build(contentWithFixture(), true);
  });

  it('builds, printing both reports', () => {
    expect(plain.status, plain.output).toBe(0);
    expect(both.status, both.output).toBe(0);
    expect(existsSync(join(both.out, 'wechat-jd-report.pdf'))).toBe(true);
    expect(existsSync(join(both.out, 'reports/qinghe-xinghe/qinghe-xinghe.pdf'))).toBe(true);
  });

  it('leaves the home report’s pages and files exactly as they are without it', () => {
    // Everything but the site-wide pages (the reports index, the 404 and expert pages list every report),
    // the preview cards' intermediate pages (turned into PNGs by the build with Chromium) and the print
    // font's names in each page's print sheet: the print font is one subset for the whole site, so its
    // file names (content hashes) change with the characters a new report brings. The sheet's rules must
    // not. The plain build runs without Chromium, so it has no reserved heights (measured in Chromium,
    // src/integrations/lazy-heights.ts): they are left out of the comparison, and the second build must
    // have them.
    const heights = /<style data-lazy-heights>.*?<\/style>/;
    expect(read('index.html')).toMatch(heights);
    const fontFile = /\/fonts\/[\w-]+\.[\w-]+\.woff2/g;
    const home = files(plain.out).filter(
      (f) =>
        !/^(reports|experts|og)\//.test(f) && /\.(html|csv|json|css|js|xml|txt)$/.test(f) && f !== '404.html',
    );
    expect(home.length).toBeGreaterThan(20);
    for (const f of home)
      expect(read(f).replace(fontFile, 'FONT.woff2').replace(heights, ''), f).toBe(
        readFileSync(join(plain.out, f), 'utf8').replace(fontFile, 'FONT.woff2'),
      );
    const sheet = (root: string) =>
      printSheetOf(readFileSync(join(root, 'index.html'), 'utf8'))?.replace(fontFile, 'FONT.woff2');
    expect(sheet(both.out)).toContain('@font-face');
    expect(sheet(both.out)).toBe(sheet(plain.out));
  });

  it('serves the second report at /reports/<id>/, its article verbatim and in order', () => {
    const html = read('reports/qinghe-xinghe/index.html');
    const paragraphs = [...html.matchAll(/<(p|h2) id="[^"]*"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
      text(m[2]!),
    );
    const lines = sourceLines(fixtureSource).filter((l) => !l.includes(' | ') && l !== '五年合作回顾');
    expect(paragraphs.map(comparableText)).toEqual(expect.arrayContaining(lines.map(comparableText)));
    expect(html).toContain('<h1');
    expect(text(html)).toContain('五年合作回顾');
  });

  it('gives it its own anchors, timeline, grid, figure, downloads, share pages and PDF', () => {
    const html = read('reports/qinghe-xinghe/index.html');
    // Its blocks' reserved heights, measured on its own page.
    expect(html).toMatch(
      /<style data-lazy-heights>@media screen\{[^<]*\[id="history"\]\{contain-intrinsic-block-size:auto \d+px\}/,
    );
    for (const id of [
      'overview',
      'history-p2',
      'opinion-lin-zhiyuan-1',
      'event-2019-03-01-launch',
      'expert-lin-zhiyuan',
      'fig-share',
      'timeline',
      'experts',
      'cite',
    ])
      expect(html, id).toContain(`id="${id}"`);
    expect(html.match(/<li class="event/g)).toHaveLength(2);
    expect(html.match(/<tr id="expert-/g)).toHaveLength(2);
    expect(html).toMatch(/<svg class="chart-svg"/);
    expect(html).toContain('href="/reports/qinghe-xinghe/data/fig-share.csv"');
    expect(read('reports/qinghe-xinghe/data/fig-share.csv')).toContain('报告所述份额');
    expect(read('reports/qinghe-xinghe/s/fig-share/index.html')).toContain(
      'data-share-target="/reports/qinghe-xinghe/#fig-share"',
    );
    expect(existsSync(join(both.out, 'reports/qinghe-xinghe/og/fig-share.png'))).toBe(true);
    // Its own vocabularies: timeline categories and grid perspectives.
    expect(html).toContain('value="launch"');
    expect(html).toContain('data-perspective="retailer"');
    const pdf = execFileSync(
      'pdftotext',
      ['-enc', 'UTF-8', join(both.out, 'reports/qinghe-xinghe/qinghe-xinghe.pdf'), '-'],
      {
        encoding: 'utf8',
      },
    );
    expect(comparableText(pdf)).toContain(comparableText('这会促使青禾零售建设自己的渠道'));
  });

  it('lists a shared expert’s opinions from both reports on the expert’s page', () => {
    const html = read('experts/cao-lei/index.html');
    expect(html).toContain('href="/reports/qinghe-xinghe/#opinion-cao-lei-1"');
    expect(html).toContain('href="/#opinion-cao-lei-1"');
    expect(text(html)).toContain('《青禾星河五年合作结束》');
    expect(text(html)).toContain('《微信京东十年“联姻”落幕》');
    expect(text(html)).toContain('在2份报告中共有2条观点');
    // One page, two opinions with the same file name: their anchors differ.
    expect(html).toContain('id="opinion-cao-lei-1"');
    expect(html).toContain('id="qinghe-xinghe-opinion-cao-lei-1"');
    expect(existsSync(join(both.out, 'experts/lin-zhiyuan/index.html'))).toBe(true);
  });

  it('lists the reports, newest first, and links the list from each report', () => {
    const index = text(read('reports/index.html'));
    expect(index.indexOf('青禾星河五年合作结束')).toBeLessThan(index.indexOf('微信京东十年“联姻”落幕'));
    expect(read('index.html')).toContain('href="/reports/"');
    expect(read('reports/qinghe-xinghe/index.html')).toContain('href="/reports/"');
  });

  it('shows nothing of one report in the other’s pages', () => {
    const fixture = files(both.out).filter(
      (f) => f.startsWith('reports/qinghe-xinghe/') && /\.(html|csv|json)$/.test(f),
    );
    for (const f of fixture)
      expect(text(read(f)), f).not.toMatch(/京东|腾讯|微信|wechat-jd|fig-stake|cooperation-history/);
    const home = files(both.out).filter(
      (f) => !/^(reports|experts)\//.test(f) && /\.(html|csv|json)$/.test(f) && f !== '404.html',
    );
    for (const f of home) expect(read(f), f).not.toMatch(/青禾|星河|qinghe/);
  });
});

describe('a build fails on faults across reports, naming file and field', () => {
  it('a second folder with the same report id (folder names compared without case)', () => {
    const dir = contentWithFixture();
    cpSync(join(dir, 'reports/qinghe-xinghe'), join(dir, 'reports/QingHe-XingHe'), { recursive: true });
    const r = build(dir, false);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /reports\/(QingHe-XingHe|qinghe-xinghe)\/report\.yaml → id: "qinghe-xinghe" is already the id of content\/reports\/(qinghe-xinghe|QingHe-XingHe)\//,
    );
  });

  it('an opinion placed in another report’s section', () => {
    const dir = contentWithFixture();
    const file = join(dir, 'reports/qinghe-xinghe/sections/history.mdx');
    execFileSync('sed', [
      '-i',
      's|<Opinion id="lin-zhiyuan-1" />|<Opinion id="lin-zhiyuan-1" />\\n\\n<Opinion id="gao-pan-3" />|',
      file,
    ]);
    const r = build(dir, false);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /qinghe-xinghe\/sections\/history\.mdx → body \(block \d+\): <Opinion id="gao-pan-3" \/> is an opinion of report wechat-jd/,
    );
  });

  it('an event citing another report’s paragraph', () => {
    const dir = contentWithFixture();
    execFileSync('sed', [
      '-i',
      's|paragraph: history-p1|paragraph: cooperation-history-p2|',
      join(dir, 'reports/qinghe-xinghe/events/2019-03-01-launch.yaml'),
    ]);
    const r = build(dir, false);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /qinghe-xinghe\/events\/2019-03-01-launch\.yaml → report\.paragraph: "cooperation-history-p2" is a paragraph of report wechat-jd, not of qinghe-xinghe/,
    );
  });
});
