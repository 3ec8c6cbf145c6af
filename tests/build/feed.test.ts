/**
 * The feed of the reports (/rss.xml) on the site with two reports and a public address
 * (tests/helpers/build.ts `siteWithFixture`, the build tests/build/two-reports.test.ts reads): parsed with a
 * feed parser (feedsmith), every entry checked against the reports as the disk loader reads them
 * (src/model/disk.ts) — newest first, title, public address, publisher, writers as credited, kind, and the
 * date never finer than its source (no pubDate; dc:date at the date's precision; the Chinese date with its
 * basis in the text; a corrected report's dated corrections at the end of its text); every page's head and /reports/ link it; nginx with deploy/nginx/ sends it as
 * application/rss+xml in UTF-8, precompressed. Without a public address there is no feed and no link to
 * one (tests/dist/links.test.ts, on the committed content).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/model/build.ts';
import { PUBLIC_URL, siteWithFixture, type BuildResult } from '../helpers/build.ts';
import { loadSite, projectRoot } from '../helpers/content.ts';
import { correctionText } from '../../src/lib/corrections.ts';

const FX = 'jiaju-shuangshiyi-2017';
const KINDS: Record<string, string> = {
  report: '研究报告',
  'newspaper-article': '报纸文章',
  'web-article': '网络文章',
  column: '专栏文章',
};

let build: BuildResult;
let reports: ReportModel[] = [];
let xml = '';
const read = (p: string) => readFileSync(join(build.out, p), 'utf8');

beforeAll(() => {
  build = siteWithFixture();
  reports = loadSite(build.content).reports;
  xml = read('rss.xml');
});

/** The date a report's dc:date may give: the date itself at year, month or day; else only its year. */
const coarseDate = (date: string, precision: string) =>
  ['year', 'month', 'day'].includes(precision) ? date : date.slice(0, 4);

describe('the feed of the reports', () => {
  it('is well-formed RSS 2.0 of every report', () => {
    expect(build.status, build.output).toBe(0);
    const parsed = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.documentElement.nodeName).toBe('rss');
    expect(parsed.documentElement.getAttribute('version')).toBe('2.0');
    expect(reports.map((r) => r.id)).toContain(FX);
    expect(parseRssFeed(xml).items).toHaveLength(reports.length);
  });

  it('names its channel: the reports index, its own address, the language', () => {
    const feed = parseRssFeed(xml);
    expect(feed.link).toBe(`${PUBLIC_URL}reports/`);
    expect(feed.language).toBe('zh-CN');
    expect(feed.atom?.links).toEqual([
      { href: `${PUBLIC_URL}rss.xml`, rel: 'self', type: 'application/rss+xml' },
    ]);
  });

  it('lists the reports newest first, each as the report says: title, address, publisher, writers, kind', () => {
    const items = parseRssFeed(xml).items!;
    const dated = reports.filter((r) => r.data.published).map((r) => r.data.published!.date);
    expect(dated).toEqual([...dated].sort().reverse());
    reports.forEach((r, i) => {
      const item = items[i]!;
      const url = new URL(r.paths.page, PUBLIC_URL).href;
      expect(item.title, r.id).toBe(r.data.subtitle ? `${r.data.title}——${r.data.subtitle}` : r.data.title);
      expect(item.link, r.id).toBe(url);
      expect(item.guid, r.id).toEqual({ value: url, isPermaLink: true });
      const writers = r.data.credits.filter((c) => c.author);
      expect(item.dc?.creators, r.id).toEqual(writers.length ? writers.map((c) => c.name) : undefined);
      expect(item.dc?.publishers, r.id).toEqual(r.data.publisher ? [r.data.publisher] : undefined);
      const kind = r.data.kind && KINDS[r.data.kind];
      expect(item.categories, r.id).toEqual(kind ? [{ name: kind }] : undefined);
      const text = item.description!;
      if (r.data.publisher) expect(text, r.id).toContain(`发布者：${r.data.publisher}`);
      for (const c of writers) expect(text, r.id).toContain(`${c.role}：${c.name}`);
      if (kind) expect(text, r.id).toContain(`类型：${kind}`);
      expect(text, r.id).toContain(`。${r.description}`);
    });
  });

  it('ends a corrected report’s entry with its dated corrections, and says nothing of them otherwise', () => {
    const items = parseRssFeed(xml).items!;
    expect(reports.some((r) => r.corrections.length > 0)).toBe(true);
    expect(reports.some((r) => r.corrections.length === 0)).toBe(true);
    reports.forEach((r, i) => {
      const text = items[i]!.description!;
      if (!r.corrections.length) {
        expect(text.endsWith(r.description), r.id).toBe(true);
        expect(text, r.id).not.toContain('更正');
        return;
      }
      expect(
        text.endsWith(`${r.description}更正与更新：${r.corrections.map(correctionText).join('')}`),
        r.id,
      ).toBe(true);
      for (const c of r.corrections)
        expect(text, r.id).toContain(`${c.dateText}更正：${c.what}：${c.before} → ${c.after}。`);
    });
  });

  it('dates each report no finer than its source: no pubDate, dc:date at its precision, the basis in the text', () => {
    const items = parseRssFeed(xml).items!;
    expect(xml).not.toMatch(/<pubDate|<lastBuildDate/);
    reports.forEach((r, i) => {
      const item = items[i]!;
      const p = r.data.published;
      expect(item.pubDate, r.id).toBeUndefined();
      expect(item.dc?.dates, r.id).toEqual(p ? [coarseDate(p.date, p.precision)] : undefined);
      expect(item.description, r.id).toContain(`发布日期：${r.publishedText ?? '不详'}。`);
      if (p?.basis) expect(item.description, r.id).toContain(`（${p.basis}）`);
    });
    // The fixture, a newspaper article of November 2017 dated from its text: the month, with that basis.
    const fixture = items[reports.findIndex((r) => r.id === FX)]!;
    expect(fixture.dc).toEqual({ publishers: ['中国经营报'], dates: ['2017-11'] });
    expect(fixture.description).toContain(
      '发布者：中国经营报；类型：报纸文章；发布日期：2017年11月（据正文推定）。',
    );
    expect(fixture.link).toBe(`${PUBLIC_URL}reports/${FX}/`);
  });

  it('is linked from the head of every page, and visibly from /reports/', () => {
    const pages = readdirSync(build.out, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.html'),
    );
    expect(pages.length).toBeGreaterThan(20);
    for (const f of pages) {
      const head = /<head>([\s\S]*?)<\/head>/.exec(read(f))![1]!;
      expect(head, f).toContain('<link rel="alternate" type="application/rss+xml" href="/rss.xml"');
    }
    expect(read('reports/index.html')).toMatch(
      /<p class="reports-index__feed[^"]*">订阅新报告：<a href="\/rss\.xml" type="application\/rss\+xml"[^>]*>RSS订阅源<\/a>/,
    );
  });
});

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const nginx = existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so');

describe.runIf(nginx)('the feed served by nginx with deploy/nginx/', () => {
  let server: ChildProcess | undefined;
  let base = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Its own process group, so that the whole of serve.sh and its nginx stop together.
    server = spawn('bash', ['deploy/nginx/serve.sh', String(port), build.out], {
      cwd: projectRoot,
      detached: true,
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${base}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('nginx did not start');
  });
  afterAll(() => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ])('as application/rss+xml in UTF-8 (Accept-Encoding: %s), precompressed', async (accept, encoding) => {
    // fetch() would decode the body; the header says which file nginx sent.
    const res = await fetch(`${base}/rss.xml`, { headers: { 'Accept-Encoding': accept } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('content-encoding') ?? undefined).toBe(encoding);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(xml);
    if (encoding)
      expect(existsSync(join(build.out, `rss.xml.${encoding === 'br' ? 'br' : 'gz'}`))).toBe(true);
  });
});
