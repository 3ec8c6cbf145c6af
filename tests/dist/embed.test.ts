/**
 * Embeds over the built site: every figure of every report has an embed page (its figure, number and
 * title, sources, the credit and a link back to the figure in its report, links leaving the frame); with
 * a public address the figure links to its iframe code (on its share page) and has an oEmbed answer,
 * discovered from its share page and its embed page; without one, none of these (the embed pages are
 * still built).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EMBED_WIDTH, embedCredit } from '../../src/lib/embed.ts';
import type { FigureExport } from '../../src/lib/figures.ts';
import { dist, existsInDist, htmlPages } from '../helpers/dist.ts';

const pages = htmlPages();
const doc = (html: string) => new JSDOM(html).window.document;
/** The site's public address, as the build wrote it into the canonical links (none without one). */
const home = doc(readFileSync(join(dist, 'index.html'), 'utf8'));
const address = existsSync(join(dist, 'sitemap-index.xml'))
  ? new URL('/', home.querySelector('meta[property="og:url"]')!.getAttribute('content')!).href
  : undefined;

/** Every embed page with its report's base path and its figure's data (the figure's JSON download). */
const embeds = pages
  .map((p) => ({ ...p, m: /^(\/(?:reports\/[^/]+\/)?)embed\/([^/]+)\/$/.exec(p.path) }))
  .filter((p) => p.m)
  .map(({ path, html, m }) => {
    const base = m![1]!;
    const id = m![2]!;
    const figure = JSON.parse(readFileSync(join(dist, `${base}data/${id}.json`), 'utf8')) as FigureExport;
    return { path, html, base, id, figure };
  });

describe('embed pages', () => {
  it('exist for every figure of every report (one per JSON download)', () => {
    const downloads = pages.length && [
      ...new Set(
        pages.flatMap((p) =>
          [...p.html.matchAll(/href="(\/(?:reports\/[^/]+\/)?)data\/([^/"]+)\.json"/g)].map(
            (m) => `${m[1]}embed/${m[2]}/`,
          ),
        ),
      ),
    ];
    expect(embeds.length).toBeGreaterThan(0);
    expect(embeds.map((e) => e.path).sort()).toEqual([...(downloads as string[])].sort());
  });

  it.each(embeds.map((e) => [e.path, e] as const))(
    '%s: the figure, its sources, the credit and a link back, every link leaving the frame',
    (_path, { html, base, id, figure }) => {
      const d = doc(html);
      const h1 = d.querySelector('main h1')!;
      expect(h1.textContent!.replace(/\s+/g, '')).toBe(
        `图${figure.number}${figure.title}`.replace(/\s+/g, ''),
      );
      expect(d.querySelectorAll('main figure-chart .chart svg').length).toBeGreaterThan(0);
      // Drawn at once (nothing waits for the reader to scroll near it) and laid out at once.
      expect(d.querySelector('[data-draw-near], .lazy-layout')).toBeNull();
      expect(d.querySelector('.figure__caption')!.textContent).toContain('来源');
      const main = d.querySelector('main')!.textContent!.replace(/\s+/g, '');
      expect(main).toContain(embedCredit(figure).replace(/\s+/g, ''));
      const back = [...d.querySelectorAll('main a')].find((a) => a.getAttribute('href') === `${base}#${id}`);
      expect(back?.getAttribute('target')).toBe('_top');
      expect(d.querySelector('head base')?.getAttribute('target')).toBe('_top');
      expect(d.querySelector('head base')?.hasAttribute('href')).toBe(false);
      // No link into the embed page itself: every one names a page of the site (or another site).
      for (const a of d.querySelectorAll('main a[href]'))
        expect(a.getAttribute('href'), a.outerHTML).toMatch(/^(\/|https?:)/);
      // Nothing from another origin: no src or stylesheet but the site's own.
      for (const el of d.querySelectorAll('[src], link[rel="stylesheet"]'))
        expect(el.getAttribute('src') ?? el.getAttribute('href')).toMatch(/^\/(?!\/)/);
      // The canonical page is the figure in its report.
      if (address)
        expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
          new URL(`${base}#${id}`, address).href,
        );
      // No code to embed the embed.
      expect(d.querySelector('a[href$="#embed"]')).toBeNull();
    },
  );
});

describe.runIf(address)('with a public address', () => {
  it.each(embeds.map((e) => [e.path, e] as const))(
    '%s: an oEmbed answer (rich: the iframe of this page), discovered from the embed and the share page',
    (path, { html, base, id, figure }) => {
      const file = join(dist, `${base}oembed/${id}.json`);
      const o = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: figure.compiledBy.name });
      expect(o.title).toBe(`图${figure.number}：${figure.title}`);
      expect(o.author_name).toBe(embedCredit(figure));
      expect(o.provider_url).toBe(address);
      expect(o.width).toBe(EMBED_WIDTH);
      expect(o.height).toBeGreaterThan(figure.height.wide);
      const iframes = doc(o.html as string).querySelectorAll('body > *');
      expect(iframes).toHaveLength(1);
      const iframe = iframes[0]!;
      expect(iframe.tagName).toBe('IFRAME');
      const src = new URL(iframe.getAttribute('src')!);
      expect(src.href).toBe(new URL(path, address).href);
      expect(existsInDist(src.pathname)).toBe(true);
      expect(iframe.getAttribute('height')).toBe(String(o.height));
      expect(iframe.getAttribute('title')).toContain(figure.title);

      const oembed = new URL(`${base}oembed/${id}.json`, address).href;
      const share = pages.find((p) => p.path === `${base}s/${id}/`)!;
      for (const page of [html, share.html]) {
        const links = doc(page).querySelectorAll(
          'head link[rel="alternate"][type="application/json+oembed"]',
        );
        expect(links).toHaveLength(1);
        expect(links[0]!.getAttribute('href')).toBe(oembed);
      }
    },
  );

  it.each(embeds.map((e) => [e.path, e] as const))(
    '%s: the figure in its report links to its iframe code, selectable text on its share page',
    (_path, { base, id }) => {
      const report = doc(pages.find((p) => p.path === base)!.html);
      const link = [...report.querySelectorAll(`#${id} .figure__downloads a`)].find(
        (a) => a.textContent === '嵌入',
      );
      expect(link?.getAttribute('href')).toBe(`${base}s/${id}/#embed`);
      const share = doc(pages.find((p) => p.path === `${base}s/${id}/`)!.html);
      const code = share.querySelector('#embed textarea')!;
      expect(code.hasAttribute('readonly')).toBe(true);
      const o = JSON.parse(readFileSync(join(dist, `${base}oembed/${id}.json`), 'utf8')) as { html: string };
      expect(code.textContent).toBe(o.html);
      const copy = share.querySelector('#embed button')!;
      expect(copy.textContent!.trim()).toBe('复制嵌入代码');
      expect(share.querySelector('#embed [role="status"]')).not.toBeNull();
      // The copy button needs the script: hidden until it runs.
      expect(copy.hasAttribute('hidden')).toBe(true);
    },
  );
});

describe.runIf(!address)('without a public address', () => {
  it('offers no iframe code, no oEmbed answer and no discovery link (an embed needs an absolute address)', () => {
    expect(embeds.length).toBeGreaterThan(0);
    for (const p of pages) {
      expect(p.html, p.path).not.toContain('#embed"');
      expect(p.html, p.path).not.toContain('id="embed-code"');
      expect(p.html, p.path).not.toContain('application/json+oembed');
    }
    for (const { base, id } of embeds) expect(existsSync(join(dist, `${base}oembed/${id}.json`))).toBe(false);
  });
});
