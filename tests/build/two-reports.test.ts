/**
 * A second report costs only files under content/: the real content plus the test fixture — a real
 * newspaper article of 2017 (tests/fixtures/README.md), imported with `npm run import` and reviewed —
 * builds into its own pages, anchors, timeline, grid, figure and PDF; the home report's pages stay exactly
 * as they are; the expert both quote is listed with both reports and both titles; nothing of one report
 * appears in the other's pages. A second folder with the same id fails the build (the other faults that
 * cross reports are proven in-process, tests/unit/checks.test.ts).
 *
 * The site with both reports is the build tests/build/site-url.test.ts reads too (one build, with a public
 * address: tests/helpers/build.ts `siteWithFixture`); the site without the fixture is built here with the
 * same address, so the two differ only by the second report.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerLines, sourceLines } from '../../src/model/checks/verbatim.ts';
import { loadParsed, loadSite } from '../helpers/content.ts';
import { comparableText } from '../../src/lib/text/typography.ts';
import { printSheetOf } from '../../src/integrations/pdf/print-fonts.ts';
import { contentWithFixture, copyContent, fixturesDir } from '../helpers/content.ts';
import { astroBuild, PUBLIC_URL, siteWithFixture, type BuildResult } from '../helpers/build.ts';

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

const files = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(root, f)).isFile());
const text = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const FX = 'jiaju-shuangshiyi-2017';
/** Whether a page has a piece of text, failing with the piece only (not the whole page). */
const has = (html: string, piece: string) => expect(html.includes(piece), piece).toBe(true);

describe('the site with a second report, a real article', () => {
  let plain: BuildResult;
  let both: BuildResult;
  let bothDir = '';
  const read = (p: string) => readFileSync(join(both.out, p), 'utf8');
  const page = () => read(`reports/${FX}/index.html`);
  const fixtureSource = readFileSync(join(fixturesDir, `reports/${FX}/source.txt`), 'utf8');

  beforeAll(() => {
    both = siteWithFixture();
    bothDir = both.content;
  });
  beforeAll(() => {
    const dir = copyContent();
    scratch.push(dir);
    plain = astroBuild({ content: dir, env: { SITE_URL: PUBLIC_URL } });
  });

  it('builds, printing both reports', () => {
    expect(plain.status, plain.output).toBe(0);
    expect(both.status, both.output).toBe(0);
    for (const r of loadSite(bothDir).reports)
      expect(existsSync(join(both.out, r.paths.pdf)), r.paths.pdf).toBe(true);
    expect(existsSync(join(both.out, `reports/${FX}/${FX}.pdf`))).toBe(true);
  });

  it('leaves the home report’s pages and files exactly as they are without it', () => {
    // Everything but the site-wide pages (the reports index, the 404 and expert pages list every report;
    // the sitemap lists every page: tests/build/site-url.test.ts checks it against the pages built; the
    // feed has an entry per report: tests/build/feed.test.ts), the search index (one for every report:
    // tests/e2e/search.spec.ts searches this site),
    // the preview cards' intermediate pages (turned into PNGs by the build with Chromium) and the print
    // font's names in each page's print sheet: the print font is one subset for the whole site, so its
    // file names (content hashes) change with the characters a new report brings. The sheet's rules must
    // not. The plain build runs without Chromium, so it has no reserved heights (measured in Chromium,
    // src/integrations/chromium/lazy-heights.ts): they are left out of the comparison, and the second build must
    // have them.
    const heights = /<style data-lazy-heights>.*?<\/style>/;
    expect(read('index.html')).toMatch(heights);
    const fontFile = /\/fonts\/[\w-]+\.[\w-]+\.woff2/g;
    const home = files(plain.out).filter(
      (f) =>
        !/^(reports|experts|og|pagefind)\//.test(f) &&
        /\.(html|csv|json|css|js|xml|txt)$/.test(f) &&
        f !== '404.html' &&
        f !== 'rss.xml' &&
        !/^sitemap-/.test(f),
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

  it('serves the article at /reports/<id>/, every line of its source verbatim and in order', () => {
    const html = page();
    const shown = [...html.matchAll(/<(p|h2) id="[^"]*"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
      comparableText(text(m[2]!)),
    );
    const data = loadParsed(bothDir).reports.find((r) => r.id === FX)!.entry.data;
    const header = headerLines(fixtureSource, data);
    const lines = sourceLines(fixtureSource)
      .map(comparableText)
      .filter((l) => !header.has(l));
    expect(lines).toHaveLength(18); // 16 paragraphs and 2 headings; the headline is the page's h1
    let from = 0;
    for (const line of lines) {
      const at = shown.indexOf(line, from);
      expect(at, line.slice(0, 30)).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    has(text(html), '“双十一”成转型关键节点　家居企业战备升级');
    // The stray spaces and half-width marks of the copy are gone from the page, the words are not.
    has(text(html), '企业拿销量换市场的做法也屡见不鲜。');
    has(text(html), '四个季度营业额分别为7.63亿元、5.80亿元、8.12亿元、9.97亿元。');
  });

  it('dates what the article dates as it does: 据正文推定, 年份据文章日期, 据原文列举顺序', () => {
    const html = text(page());
    has(html, '2017年11月（据正文推定）');
    has(html, '2017年11月（年份据文章日期）');
    has(html, '2016年第一季度（据原文列举顺序）');
    const csv = read(`reports/${FX}/data/fig-luolai-quarterly.csv`);
    expect(csv).toContain(',2016-Q4,季度,据原文列举顺序,9.97,亿元,9.97,RMB_100m,');
  });

  it('gives it its own anchors, timeline, grid, figure, downloads, share pages and PDF', () => {
    const html = page();
    expect(html).toMatch(
      /<style data-lazy-heights>@media screen\{[^<]*\[id="overview"\]\{contain-intrinsic-block-size:auto \d+px\}/,
    );
    for (const id of [
      'overview',
      'yu-jie-shuangshiyi-jiasu-zhuanxing-p2',
      'opinion-zhu-changling-1',
      'opinion-cao-lei-1-p2',
      'event-2017-11-zest-home',
      'expert-zhu-changling',
      'fig-luolai-quarterly',
      'timeline',
      'experts',
      'cite',
    ])
      has(html, `id="${id}"`);
    expect(html.match(/<li class="event/g)).toHaveLength(5);
    expect(html.match(/<tr id="expert-/g)).toHaveLength(2);
    // No perspectives: the grid links each expert's opinions.
    expect(html).toMatch(/<a href="#opinion-zhu-changling-1"[^>]*>“欲借“双十一”加速转型”中的观点<\/a>/);
    expect(html.includes('name="view"'), 'name="view"').toBe(false);
    expect(html).toMatch(/<svg class="chart-svg"/);
    // A newspaper article's claims are the article's (its `noun`), not a report's.
    has(html, '文章：9.97亿元');
    has(html, '（文章说法）');
    expect(html.includes('报告说法'), '报告说法').toBe(false);
    has(html, `href="/reports/${FX}/data/fig-luolai-quarterly.csv"`);
    expect(read(`reports/${FX}/s/fig-luolai-quarterly/index.html`)).toContain(
      `data-share-target="/reports/${FX}/#fig-luolai-quarterly"`,
    );
    expect(existsSync(join(both.out, `reports/${FX}/og/fig-luolai-quarterly.png`))).toBe(true);
    has(html, 'value="linshi"');
    const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', join(both.out, `reports/${FX}/${FX}.pdf`), '-'], {
      encoding: 'utf8',
    });
    expect(comparableText(pdf)).toContain(comparableText('这也是企业愿意拿销量换市场的原因'));
  });

  it('cites a newspaper article as one, without the author it does not name', () => {
    const html = page();
    // At the site's public address ([N/OL]); without one, [N] and no access date (tests/unit/citation.test.ts,
    // from the fixture's report.yaml, as the page computes it).
    has(
      html,
      `“双十一”成转型关键节点　家居企业战备升级[N/OL]. 中国经营报, 2017-11[引用日期]. ${PUBLIC_URL}reports/${FX}/.`,
    );
    has(html, `@article{${FX}-2017,`);
    has(html, 'journaltitle = {中国经营报}');
    expect(html).not.toMatch(/@article\{[^}]*author =/);
  });

  it('says in its footer what was changed from its source, and nothing that was not', () => {
    const footer = (f: string) =>
      text(/<footer class="site-footer[^"]*">([\s\S]*?)<\/footer>/.exec(read(f))![1]!);
    const own = footer(`reports/${FX}/index.html`);
    has(own, '原文的标题移到了页首');
    has(own, '半角的分号改为全角');
    has(own, '句末的半角句点改为“。”');
    has(own, '删去了多余的空格');
    has(own, 'GitHub 仓库 zzc1024/WeiShangFurniture 中的转载');
    expect(own).not.toMatch(/署名行|配图未收录|原文如此|网址做成了链接|直引号/);
    const home = footer('index.html');
    has(home, '署名行（出品、撰写、审稿、配图）移到了页首');
    has(home, '配图未收录');
  });

  it('lists the expert both quote with both reports and the title each gives', () => {
    const html = read('experts/cao-lei/index.html');
    has(html, `href="/reports/${FX}/#opinion-cao-lei-1"`);
    has(html, 'href="/#opinion-cao-lei-1"');
    has(text(html), '《“双十一”成转型关键节点　家居企业战备升级》');
    has(text(html), '《微信京东十年“联姻”落幕》');
    has(text(html), '在2份报告中共有2条观点');
    has(text(html), '本文介绍为：中国电子商务研究中心主任曹磊');
    has(text(html), '本文介绍为：网经社电子商务研究中心主任曹磊');
    // One page, two opinions with the same file name: their anchors differ.
    has(html, 'id="opinion-cao-lei-1"');
    has(html, `id="${FX}-opinion-cao-lei-1"`);
    // …and so do their paragraphs: no id twice on the page.
    has(html, `id="${FX}-opinion-cao-lei-1-p2"`);
    has(html, `href="#${FX}-opinion-cao-lei-1-p2"`);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(existsSync(join(both.out, 'experts/zhu-changling/index.html'))).toBe(true);
  });

  it('lists the reports, newest first, and links the list from each report', () => {
    const index = text(read('reports/index.html'));
    expect(index.indexOf('微信京东十年“联姻”落幕')).toBeLessThan(index.indexOf('成转型关键节点'));
    expect(read('index.html')).toContain('href="/reports/"');
    has(page(), 'href="/reports/"');
  });

  it('gives each report in the list its publisher, writers, date with basis, kind, experts and PDF', () => {
    const html = read('reports/index.html');
    const items = html.split('<li class="report-list__item').slice(1);
    const reports = loadSite(bothDir).reports;
    expect(items).toHaveLength(reports.length);
    const kinds: Record<string, string> = {
      report: '研究报告',
      'newspaper-article': '报纸文章',
      'web-article': '网络文章',
      column: '专栏文章',
    };
    reports.forEach((r, i) => {
      const item = items[i]!;
      const fact = (term: string) =>
        new RegExp(`<dt[^>]*>${term}</dt><dd[^>]*>(.*?)</dd>`).exec(item)?.[1]?.replace(/<[^>]+>/g, '');
      expect(item, r.id).toContain(`href="${r.paths.page}"`);
      expect(fact('发布者'), r.id).toBe(r.data.publisher);
      for (const c of r.data.credits) expect(fact(c.role), r.id).toBe(c.author ? c.name : undefined);
      const p = r.data.published;
      expect(fact('发布'), r.id).toBe(p ? r.publishedText : '日期不详');
      // The machine-readable date no finer than the source: a year, month or day as it is; else its year.
      const datetime = ['year', 'month', 'day'].includes(p?.precision ?? '') ? p!.date : p?.date.slice(0, 4);
      if (p) expect(item, r.id).toContain(`<time datetime="${datetime}"`);
      expect(fact('类型'), r.id).toBe(r.data.kind ? kinds[r.data.kind] : '不详');
      const experts = new Set(r.opinions.map((o) => o.data.expert)).size;
      expect(fact('专家'), r.id).toBe(experts ? `${experts}位` : '无');
      expect(item, r.id).toContain(`href="${r.paths.pdf}" type="application/pdf"`);
      expect(existsSync(join(both.out, r.paths.pdf)), r.paths.pdf).toBe(true);
    });
    // The fixture as its report.yaml says: 中国经营报's newspaper article of November 2017 (inferred from its
    // text), no writer credited, two experts.
    const fixture = text(items[reports.findIndex((r) => r.id === FX)]!);
    has(fixture, '发布者中国经营报发布2017年11月（据正文推定）类型报纸文章专家2位下载PDF');
  });

  it('shows nothing of one report in the other’s pages', () => {
    const fixture = files(both.out).filter(
      (f) => f.startsWith(`reports/${FX}/`) && /\.(html|csv|json)$/.test(f),
    );
    for (const f of fixture)
      expect(text(read(f)), f).not.toMatch(/京东|腾讯|微信|wechat-jd|fig-stake|cooperation-history/);
    const home = files(both.out).filter(
      (f) => !/^(reports|experts)\//.test(f) && /\.(html|csv|json)$/.test(f) && f !== '404.html',
    );
    for (const f of home) expect(read(f), f).not.toMatch(/林氏木业|罗莱|jiaju/);
  });
});

describe('a build fails on faults across reports, naming file and field', () => {
  it('a second folder with the same report id (folder names compared without case)', () => {
    const dir = contentWithFixture();
    const upper = FX.toUpperCase();
    cpSync(join(dir, `reports/${FX}`), join(dir, `reports/${upper}`), { recursive: true });
    scratch.push(dir);
    const r = astroBuild({ content: dir });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      new RegExp(
        `reports/(${upper}|${FX})/report\\.yaml → id: "${FX}" is already the id of content/reports/(${FX}|${upper})/`,
      ),
    );
  });
});
