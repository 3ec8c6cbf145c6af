/**
 * Every figure's picture to download, as the build makes it (src/charts/picture.ts,
 * src/integrations/chromium/pictures.ts), for every figure of both reports of the site with a public
 * address (tests/helpers/build.ts `siteWithFixture`, the build site-url.test.ts and two-reports.test.ts
 * read): the SVG beside the figure's data files, its text (parsed) with the title, sources, credit and the
 * figure's public address, its font inside it; the PNG beside it at twice the SVG's size, the very picture
 * Chromium draws of the SVG — opened in a dark-themed browser, so both are light whatever the reader's
 * theme; and the figure's share page offering both (its links resolve), linked from the figure's footer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import pixelmatch from 'pixelmatch';
import { chromium, type Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PICTURE_FONT, PICTURE_SCALE } from '../../src/charts/picture.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/integrations/chromium/chromium.ts';
import { serveStatic } from '../../src/integrations/chromium/static-server.ts';
import { embedCredit } from '../../src/lib/embed.ts';
import { publicSources } from '../../src/lib/figures.ts';
import { PUBLIC_URL, siteWithFixture, type BuildResult } from '../helpers/build.ts';
import { loadSite } from '../helpers/content.ts';

let built: BuildResult;
beforeAll(() => {
  built = siteWithFixture();
});

/** Every figure of every report of that site: [`<svg path>`, its report, the figure]. */
const figures = () => {
  const { reports } = loadSite(built.content);
  return reports.flatMap((r) => [...r.figures.values()].map((f) => ({ report: r, fig: f })));
};
const file = (path: string) => join(built.out, path.replace(/^\//, ''));
const flat = (s: string) => s.replace(/\s/g, '');
const doc = (html: string) => new JSDOM(html).window.document;

describe('figure pictures', () => {
  it('are built for every figure of every report', () => {
    expect(built.status, built.output).toBe(0);
    const all = figures();
    expect(new Set(all.map((f) => f.report.id)).size).toBeGreaterThan(1);
    for (const { report, fig } of all)
      expect(existsSync(file(report.paths.data(fig.id, 'svg'))), fig.id).toBe(true);
  });

  it('say in their text the title, sources, credit and the figure’s public address, in their own font', () => {
    for (const { report, fig } of figures()) {
      const svg = readFileSync(file(report.paths.data(fig.id, 'svg')), 'utf8');
      const root = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document.documentElement;
      const lines = [...root.children].filter((e) => e.tagName === 'text').map((e) => e.textContent ?? '');
      const text = flat(lines.join(''));
      expect(text.startsWith(flat(`图${fig.number}　${fig.title}`)), fig.id).toBe(true);
      expect(text, fig.id).toContain('来源：');
      for (const s of publicSources(fig)) expect(text, fig.id).toContain(flat(s.titleText));
      expect(text, fig.id).toContain(flat(embedCredit(fig)));
      expect(lines.at(-1), fig.id).toBe(new URL(report.paths.share(fig.id), PUBLIC_URL).href);
      // The font is inside: one face per weight it sets, as WOFF2, under the picture's own family.
      const faces = [...root.querySelectorAll('style')].map((s) => s.textContent).join('');
      expect(faces.match(/@font-face/g)?.length, fig.id).toBe(2);
      expect(faces).toContain(`font-family:'${PICTURE_FONT}'`);
      expect(faces).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\)/);
      expect(root.getAttribute('font-family')?.startsWith(`'${PICTURE_FONT}'`)).toBe(true);
    }
  });

  it('are offered on each figure’s share page, linked from the figure’s footer', () => {
    for (const { report, fig } of figures()) {
      const share = doc(readFileSync(file(`${report.paths.share(fig.id)}index.html`), 'utf8'));
      const section = share.querySelector('#picture')!;
      expect(section.querySelector('h2')?.textContent).toBe('下载图片');
      const links = [...section.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
      expect(links).toEqual([report.paths.data(fig.id, 'svg'), report.paths.data(fig.id, 'png')]);
      for (const href of links) expect(existsSync(file(href!)), href!).toBe(true);
      // A screen tool: the print sheet hides it as it hides a figure's footer.
      expect(section.classList.contains('figure__downloads')).toBe(true);
      const page = doc(readFileSync(file(`${report.paths.page}index.html`), 'utf8'));
      const footer = [...page.querySelectorAll(`#${fig.id} .figure__downloads a`)].map((a) =>
        a.getAttribute('href'),
      );
      expect(footer).toContain(`${report.paths.share(fig.id)}#picture`);
    }
  });
});

/** A PNG's pixels. */
const pixels = (png: Buffer) => PNG.sync.read(png);

describe.runIf(existsSync(CHROMIUM_PATH))('figure pictures in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(built.out, { compress: false });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('give a PNG twice the SVG’s size that is the SVG as a dark-themed browser draws it: light', async () => {
    for (const { report, fig } of figures()) {
      const svgPath = report.paths.data(fig.id, 'svg');
      const svg = readFileSync(file(svgPath), 'utf8');
      const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
      const png = pixels(readFileSync(file(report.paths.data(fig.id, 'png'))));
      expect([png.width, png.height], fig.id).toEqual([w! * PICTURE_SCALE, h! * PICTURE_SCALE]);

      const context = await browser.newContext({
        viewport: { width: w!, height: h! },
        deviceScaleFactor: PICTURE_SCALE,
        colorScheme: 'dark',
      });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}${svgPath}`);
        const loaded = await page.evaluate(async (family) => {
          await document.fonts.ready;
          return [...document.fonts].filter(
            (f) => f.family.replace(/["']/g, '') === family && f.status === 'loaded',
          ).length;
        }, PICTURE_FONT);
        expect(loaded, fig.id).toBe(2);
        const shot = pixels(await page.screenshot({ type: 'png' }));
        const diff = pixelmatch(png.data, shot.data, undefined, png.width, png.height, { threshold: 0.1 });
        // Anti-aliasing may differ by a few pixels; a different theme, font or layout differs by thousands.
        expect(diff / (png.width * png.height), `${fig.id}: ${diff} pixels differ`).toBeLessThan(0.001);
        // Light: the corners and the margins are the picture's white, in the dark-themed browser too.
        const at = (x: number, y: number) => [
          ...shot.data.subarray((y * shot.width + x) * 4, (y * shot.width + x) * 4 + 3),
        ];
        for (const [x, y] of [
          [1, 1],
          [shot.width - 2, shot.height - 2],
        ])
          expect(at(x!, y!), fig.id).toEqual([255, 255, 255]);
      } finally {
        await context.close();
      }
    }
  });
});
