/** An offline link checker over dist/: every internal link and anchor resolves; no third-party assets. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportPaths } from '../../src/model/paths.ts';
import { loadParsed } from '../helpers/content.ts';
import { existsInDist, htmlPages, idsOf, linksOf } from '../helpers/dist.ts';

const pages = htmlPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const parsed = loadParsed();
const reports = parsed.reports.map((r) => ({
  page: reportPaths(r.id, r.id === parsed.site.home, undefined).page,
  ids: r.published && 'ids' in r.published ? r.published.ids : [],
}));

describe('links in the built site', () => {
  it('builds the pages', () => {
    expect(pages.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/', '/404.html', '/experts/cao-lei/', '/s/fig-stake/']),
    );
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: every internal link and #anchor resolves',
    (_path, page) => {
      const broken: string[] = [];
      for (const href of linksOf(page.html)) {
        if (/^(https?:|mailto:|data:)/.test(href)) continue;
        const url = new URL(href, `http://site${page.path}`);
        if (url.host !== 'site') continue;
        const targetPath = url.pathname;
        if (!existsInDist(targetPath)) {
          broken.push(href);
          continue;
        }
        if (url.hash) {
          const target = byPath.get(targetPath) ?? byPath.get(`${targetPath}/`);
          const ids = target ? idsOf(target.html) : new Set<string>();
          if (!ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(href);
        }
      }
      expect(broken).toEqual([]);
    },
  );

  it.each(pages.map((p) => [p.path, p] as const))('%s: loads nothing from another origin', (_path, page) => {
    const external = [
      ...page.html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:[^"]+)"/g),
    ]
      .map((m) => m[0])
      // Links to the site's own public address, which nothing loads: canonical, a figure's oEmbed answer.
      .filter((tag) => !/rel="(canonical|alternate|external[^"]*)"/.test(tag));
    expect(external).toEqual([]);
  });

  it.each(reports.map((r) => [r.page, r] as const))(
    '%s: publishes every id of its report’s anchors.json, or an alias for it',
    (_page, report) => {
      // The aliases as the page publishes them, for its landing script: the map its <meta> names.
      const html = byPath.get(report.page)!.html;
      const href = /<meta name="anchor-aliases" content="([^"]+)">/.exec(html)![1]!;
      const aliases = JSON.parse(readFileSync(new URL(`../../dist${href}`, import.meta.url), 'utf8'));
      const ids = idsOf(html);
      expect(report.ids.length).toBeGreaterThan(0);
      expect(report.ids.filter((id) => !ids.has(id) && !ids.has(aliases[id]))).toEqual([]);
    },
  );

  it('publishes no sitemap, no feed, no QR code and no absolute site URL without a configured address', () => {
    // content/site.yaml has no `url`: a sitemap and a feed need absolute URLs, so there is neither, and no
    // page links a feed (tests/build covers a build with an address: tests/build/feed.test.ts).
    expect(existsInDist('/sitemap-index.xml')).toBe(false);
    expect(existsInDist('/rss.xml')).toBe(false);
    expect(readFileSync(new URL('../../dist/robots.txt', import.meta.url), 'utf8')).not.toMatch(/Sitemap:/);
    // Nor a QR code to open a page on a phone (tests/build/qr.test.ts): one of a local address opens nothing.
    expect(existsInDist('/qr.svg')).toBe(false);
    for (const page of pages) {
      expect(page.html, page.path).not.toMatch(/rel="canonical"|property="og:url"|property="og:image"/);
      expect(page.html, page.path).not.toMatch(/application\/rss\+xml|\/rss\.xml/);
      expect(page.html, page.path).not.toMatch(/<details class="qr"|qr\.svg/);
    }
  });
});
