/** An offline link checker over dist/: every internal link and anchor resolves; no third-party assets. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { existsInDist, htmlPages, idsOf, linksOf } from '../helpers/dist.ts';

const pages = htmlPages();
const byPath = new Map(pages.map((p) => [p.path, p]));

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
      .filter((tag) => !/rel="(canonical|external[^"]*)"/.test(tag));
    expect(external).toEqual([]);
  });

  it('publishes every id of the anchor manifest on /, or an alias for it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../anchors.json', import.meta.url), 'utf8')) as {
      ids: string[];
    };
    const aliases = JSON.parse(
      readFileSync(new URL('../../src/data/anchor-aliases.json', import.meta.url), 'utf8'),
    );
    const ids = idsOf(byPath.get('/')!.html);
    expect(manifest.ids.filter((id) => !ids.has(id) && !ids.has(aliases[id]))).toEqual([]);
  });

  it('lists the pages in the sitemap and points robots.txt at it', () => {
    const sitemap = readFileSync(new URL('../../dist/sitemap.xml', import.meta.url), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toContain('/');
    expect(locs.filter((l) => l.startsWith('/experts/'))).toHaveLength(8);
    expect(locs.filter((l) => l.startsWith('/s/'))).toHaveLength(8);
    for (const loc of locs) expect(existsInDist(loc), loc).toBe(true);
    expect(readFileSync(new URL('../../dist/robots.txt', import.meta.url), 'utf8')).toMatch(
      /^Sitemap: https?:\/\/.+\/sitemap\.xml$/m,
    );
  });
});
