/**
 * 「用手机打开」 on a site with a public address: every report page and share page offers the QR code of
 * its own public address, with the address as text, and the report's PDF carries it on its cover with the
 * address beside it. The codes are read from pixels, as a phone's camera reads them: screenshots in
 * Chromium (Playwright) and Firefox (puppeteer-core) at a desktop's and a phone's width, and the PDF's
 * cover rendered by poppler. With scripting on, the code is not fetched until the reader opens it; the
 * opened details of the report pages pass axe (WCAG 2.2 A/AA), in the light and the dark theme.
 *
 * The e2e and Firefox passes run on dist/, which has no public address (and so no code: tests/dist
 * checks that); this reads the build with one that tests/build/site-url.test.ts and two-reports.test.ts
 * read (tests/helpers/build.ts `siteWithFixture`, made once per run), served as it is.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, devices, type Browser } from 'playwright-core';
import puppeteer, { type Browser as FirefoxBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/integrations/chromium/chromium.ts';
import { serveStatic } from '../../src/integrations/chromium/static-server.ts';
import type { ReportModel } from '../../src/model/build.ts';
import type { ShareTarget } from '../../src/lib/share.ts';
import { PUBLIC_URL, siteWithFixture } from '../helpers/build.ts';
import { loadSite } from '../helpers/content.ts';
import { readWithPdfjs, type StructNode } from '../helpers/pdf.ts';
import { decodeQr, pdfPagePng, readQr } from '../helpers/qr.ts';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A page that offers the code: its path, what the code's text alternative names, whether it is a share page. */
interface QrPage {
  path: string;
  name: string;
  share: boolean;
}

let out = '';
let reports: ReportModel[] = [];
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const build = siteWithFixture();
  expect(build.status, build.output).toBe(0);
  out = build.out;
  reports = loadSite(build.content).reports;
  server = await serveStatic(out);
});
afterAll(async () => {
  await server?.close();
});

const read = (path: string) => readFileSync(join(out, path), 'utf8');
const urlOf = (path: string) => new URL(path, PUBLIC_URL).href;
const reportPage = (r: ReportModel): QrPage => ({
  path: r.paths.page,
  name: `《${r.data.title}》`,
  share: false,
});
const sharePage = (r: ReportModel, t: ShareTarget): QrPage => ({
  path: r.paths.share(t.id),
  name: `${t.kicker}“${t.title}”`,
  share: true,
});
/** What the browsers open: each report's page and one of its share pages (a section's, then a figure's). */
const browsed = () =>
  reports.flatMap((r, i) => [
    reportPage(r),
    sharePage(
      r,
      r.shareTargets.find((t) => t.kind === (i % 2 ? 'figure' : 'section'))!,
    ),
  ]);

describe('the pages', () => {
  it('give every report page and share page one code, of its own public address, shown as text too', () => {
    const pages = reports.flatMap((r) => [reportPage(r), ...r.shareTargets.map((t) => sharePage(r, t))]);
    expect(pages.length).toBeGreaterThan(10);
    for (const { path } of pages) {
      const blocks = read(`${path}index.html`).match(/<details class="qr">[\s\S]*?<\/details>/g) ?? [];
      expect(blocks, path).toHaveLength(1);
      expect(blocks[0]).toMatch(/^<details class="qr"><summary>用手机打开<\/summary>/);
      expect(blocks[0]).toContain(`<p>${urlOf(path)}</p>`);
      // Drawn at 4 CSS pixels a module, its size known to the page before it loads.
      const modules = Number(/^<svg [^>]*viewBox="0 0 (\d+) \1"/.exec(read(`${path}qr.svg`))?.[1]);
      expect(modules, path).toBeGreaterThan(20);
      expect(blocks[0]).toContain(
        `<img src="${path}qr.svg" width="${modules * 4}" height="${modules * 4}" loading="lazy"`,
      );
    }
  });
});

/** How a browser shows a page's code: the requests for it, then opened: its pixels, text and alternative. */
interface Shown {
  /** axe's WCAG 2.2 A/AA violations in the opened details. */
  violations: string[];
  fetchedBefore: string[];
  fetchedAfter: string[];
  png: Uint8Array;
  text: string;
  alt: string;
}

const WIDTHS = [1440, 360];
/** WCAG 2.2 A and AA: every rule axe has for them (as tests/e2e/quality.spec.ts). */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** In the page: whether the code's image has loaded (it starts loading once the details open). */
const loaded = () => {
  const img = document.querySelector<HTMLImageElement>('details.qr > img');
  return !!img?.complete && img.naturalWidth > 0;
};

describe.runIf(existsSync(CHROMIUM_PATH))('in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function show(p: QrPage, width: number, colorScheme: 'light' | 'dark'): Promise<Shown> {
    const context = await browser.newContext({
      ...(width < 600 ? devices['Pixel 7'] : devices['Desktop Chrome']),
      viewport: { width, height: 800 },
      colorScheme,
      // A share page as readers without JavaScript see it: its script sends readers on to the part.
      javaScriptEnabled: !p.share,
    });
    try {
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => r.url().endsWith('/qr.svg') && fetched.push(new URL(r.url()).pathname));
      await page.goto(server.url + p.path, { waitUntil: 'networkidle' });
      const fetchedBefore = [...fetched];
      await page.locator('details.qr > summary').click();
      await page.waitForFunction(loaded);
      const img = page.getByRole('img', { name: `${p.name}的二维码`, exact: true });
      // axe runs as a script of the page: on the pages with scripting on (the same details on all).
      const axe = p.share
        ? []
        : (await new AxeBuilder({ page }).include('details.qr').withTags(WCAG).analyze()).violations;
      return {
        violations: axe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
        fetchedBefore,
        fetchedAfter: fetched,
        png: await img.screenshot(),
        text: await page.locator('details.qr > p').innerText(),
        alt: (await img.getAttribute('alt')) ?? '',
      };
    } finally {
      await context.close();
    }
  }

  it('fetches each code only when opened, and it reads as the page’s address', async () => {
    for (const p of browsed()) {
      for (const width of WIDTHS) {
        const at = `${p.path} at ${width} px`;
        const shown = await show(p, width, 'light');
        // Browsers load lazy images at once where scripting is off (HTML: no lazy loading without it,
        // against tracking), as for the share pages here: 0.6 KB more for those readers.
        expect(shown.violations, at).toEqual([]);
        expect(shown.fetchedBefore, at).toEqual(p.share ? [`${p.path}qr.svg`] : []);
        expect(shown.fetchedAfter, at).toEqual([`${p.path}qr.svg`]);
        expect(decodeQr(shown.png), at).toBe(urlOf(p.path));
        expect(shown.text, at).toBe(urlOf(p.path));
        expect(shown.alt, at).toBe(`${p.name}的二维码`);
      }
    }
  });

  it('reads in the dark theme too (dark modules on their own white square)', async () => {
    const p = reportPage(reports[0]!);
    const shown = await show(p, 360, 'dark');
    expect(shown.violations).toEqual([]);
    expect(decodeQr(shown.png)).toBe(urlOf(p.path));
  });
});

describe('in Firefox', () => {
  let browser: FirefoxBrowser;
  beforeAll(async () => {
    if (!existsSync(FIREFOX_PATH))
      throw new Error(
        `Firefox not found at ${FIREFOX_PATH}: apt-get install firefox-esr (or set FIREFOX_PATH)`,
      );
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fetches each code only when opened, and it reads as the page’s address', async () => {
    for (const p of browsed()) {
      for (const width of WIDTHS) {
        const at = `${p.path} at ${width} px`;
        const page = await browser.newPage();
        try {
          await page.setViewport({ width, height: 800 });
          const fetched: string[] = [];
          page.on('request', (r) => r.url().endsWith('/qr.svg') && fetched.push(new URL(r.url()).pathname));
          if (p.share) {
            // Without its script, as a reader without JavaScript sees it (it would send us on to the part).
            await page.setRequestInterception(true);
            page.on('request', (r) =>
              /\.m?js$/.test(new URL(r.url()).pathname) ? void r.abort() : void r.continue(),
            );
          }
          await page.goto(server.url + p.path, { waitUntil: 'networkidle0' });
          expect(fetched, at).toEqual([]);
          await page.click('details.qr > summary');
          await page.waitForFunction(loaded);
          const img = (await page.$('details.qr > img'))!;
          expect(fetched, at).toEqual([`${p.path}qr.svg`]);
          expect(decodeQr(await img.screenshot()), at).toBe(urlOf(p.path));
          expect(await page.$eval('details.qr > p', (e) => e.textContent), at).toBe(urlOf(p.path));
          expect(await img.evaluate((i) => i.alt), at).toBe(`${p.name}的二维码`);
        } finally {
          await page.close();
        }
      }
    }
  });
});

describe.runIf(existsSync(CHROMIUM_PATH))('the PDF', () => {
  /** The words of a PDF's first page with their boxes, in points from the top left (pdftotext -bbox). */
  const coverWords = (pdf: string) =>
    [
      ...execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], { encoding: 'utf8' }).matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ left: +m[1]!, top: +m[2]!, right: +m[3]!, bottom: +m[4]!, text: m[5]! }));

  it('carries on each report’s cover the code of the report’s address, the address beside it', () => {
    expect(reports.length).toBeGreaterThanOrEqual(2);
    for (const r of reports) {
      const pdf = join(out, r.paths.pdf);
      const dpi = 200;
      const code = readQr(pdfPagePng(pdf, 1, dpi));
      expect(code?.data, r.paths.pdf).toBe(urlOf(r.paths.page));
      // The code's square in points, quiet zone included, and the address a word of the page to the right
      // of it, within its height.
      const quiet = (4 * (code!.box.right - code!.box.left)) / code!.modules;
      const pt = (px: number) => (px * 72) / dpi;
      const box = {
        right: pt(code!.box.right + quiet),
        top: pt(code!.box.top - quiet),
        bottom: pt(code!.box.bottom + quiet),
      };
      const address = coverWords(pdf).find((w) => w.text === urlOf(r.paths.page));
      expect(address, r.paths.pdf).toBeDefined();
      expect(address!.left, r.paths.pdf).toBeGreaterThan(box.right);
      expect(address!.top, r.paths.pdf).toBeGreaterThanOrEqual(box.top - 1);
      expect(address!.bottom, r.paths.pdf).toBeLessThanOrEqual(box.bottom + 1);
    }
  });

  it('tags the code as a figure with its text alternative', async () => {
    for (const r of reports) {
      const { pages } = await readWithPdfjs(readFileSync(join(out, r.paths.pdf)));
      const figures: StructNode[] = [];
      const walk = (n: StructNode | null | undefined): void => {
        if (n?.role === 'Figure') figures.push(n);
        n?.children?.forEach(walk);
      };
      walk(pages[0]!.tree);
      expect(
        figures.map((f) => f.alt),
        r.paths.pdf,
      ).toContain(`《${r.data.title}》的二维码`);
    }
  });
});
