/**
 * The Firefox pass: the built site (dist/) in Debian's firefox-esr, driven over WebDriver BiDi by
 * puppeteer-core (Playwright cannot drive a stock Firefox). At a phone's and a desktop's width: no
 * sideways scrolling, headings that break only between words, full-width punctuation at full width, the
 * figures drawn, the expert grid a real table (or cards on a phone), and no console errors. (The QR codes
 * exist only with a public address, which dist/ has not: tests/build/qr.test.ts reads them in Firefox.)
 * And search, on the site with the test fixture's second report served with the headers of _headers (the
 * CSP's WebAssembly for Pagefind's worker): nothing of it before the box is focused, then each query finds
 * exactly the passages of both reports that hold it (tests/helpers/search.ts). And corrections and chart
 * pictures: each part's dated note leads to its entry in 「更正与更新」 and back; each share page offers the
 * figure's SVG and PNG without scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/integrations/chromium/static-server.ts';
import { headersFor, parseHeadersFile } from '../../src/integrations/delivery/headers.ts';
import { sharedBuild, withFixture } from '../helpers/build.ts';
import { reachEveryChart } from '../helpers/chart-overlaps.ts';
import { loadSite } from '../helpers/content.ts';
import { dist } from '../helpers/dist.ts';
import { resultProblems, SEARCH_QUERIES, shownResults } from '../helpers/search.ts';
import { logCspViolations } from '../helpers/watch.ts';
import {
  expertRowProblems,
  measureExpertRows,
  measureHeadingLines,
  measurePunctuationWidths,
  skipLinkProblems,
  wordsSplit,
} from '../helpers/layout.ts';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const WIDTHS = [360, 1440];
const home = loadSite().home;
const PAGES = [
  { path: '/', figures: home.figures.size, grid: home.experts.length },
  { path: home.experts[0]?.page ?? '/reports/' },
  // A share page as crawlers and readers without JavaScript see it: its script would send us on to /#….
  { path: '/s/coopetition/', scripts: false },
];

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}: apt-get install firefox-esr (or set FIREFOX_PATH)`,
    );
  }
  server = await serveStatic(dist);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(WIDTHS)('Firefox at %i px', (width) => {
  describe.each(PAGES)('$path', ({ path, figures, grid, scripts = true }) => {
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      page = await browser.newPage();
      await page.setViewport({ width, height: 800 });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      // Firefox reports CSP violations only to its own console: log them where we listen.
      await page.evaluateOnNewDocument(logCspViolations);
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      page.on('request', (r) => {
        const url = new URL(r.url());
        // data: and blob: stay on the page.
        if (['http:', 'https:'].includes(url.protocol) && url.origin !== server.url)
          errors.push(`third-party request: ${r.url()}`);
      });
      if (!scripts) {
        await page.setRequestInterception(true);
        page.on('request', (r) =>
          /\.m?js$/.test(new URL(r.url()).pathname) ? void r.abort() : void r.continue(),
        );
      } else {
        page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
      }
      const response = await page.goto(server.url + path, { waitUntil: 'networkidle0' });
      expect(response?.status()).toBe(200);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
    });

    afterAll(async () => {
      await page?.close();
    });

    it('stays on the page and logs no error', () => {
      expect(new URL(page.url()).pathname).toBe(path);
      expect(errors).toEqual([]);
    });

    it('shows the skip link on top of everything on the first Tab, at the top and scrolled down', async () => {
      for (const y of [0, 0.5]) {
        // A fresh load, so that the Tab is the first.
        await page.goto(server.url + path, { waitUntil: 'networkidle0' });
        await page.evaluate((y) => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * y), y);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(skipLinkProblems), `scrolled to ${y * 100}%`).toEqual([]);
      }
    });

    it('does not scroll sideways', async () => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });

    it('breaks the title and the headings only between words', async () => {
      const headings = await page.evaluate(measureHeadingLines);
      expect(headings.length).toBeGreaterThan(0);
      expect(headings.flatMap((h) => wordsSplit(h).map((split) => `${h.heading}: ${split}`))).toEqual([]);
    });

    it('sets full-width punctuation at full width', async () => {
      const marks = await page.evaluate(measurePunctuationWidths);
      expect(marks.length).toBeGreaterThan(path === '/' ? 100 : 5);
      // Full width is 1 em (more where a justified line is stretched); squeezed marks are 0.5 em.
      const narrow = marks.filter((m) => m.em < 0.9).map((m) => `${m.context} ${m.em.toFixed(2)}em`);
      expect(narrow.length, `${narrow.length} of ${marks.length} squeezed: ${narrow.slice(0, 8)}`).toBe(0);
    });

    if (figures)
      it('draws every figure as the reader reaches it', async () => {
        await page.evaluate(reachEveryChart);
        const sizes = await page.evaluate(() =>
          [...document.querySelectorAll('.figure svg.chart-svg')]
            .filter((svg) => svg.checkVisibility())
            .map((svg) => {
              const { width, height } = svg.getBoundingClientRect();
              return { width, height };
            }),
        );
        expect(sizes).toHaveLength(figures);
        for (const size of sizes) {
          expect(size.width).toBeGreaterThan(200);
          expect(size.height).toBeGreaterThan(100);
        }
      });

    if (grid)
      it('lays the expert grid out as a table, or as cards on a phone', async () => {
        const rows = await page.evaluate(measureExpertRows);
        expect(rows).toHaveLength(grid as number);
        expect(expertRowProblems(rows, width > 640)).toEqual([]);
      });
  });
});

describe.each(WIDTHS)('Firefox at %i px: deep links', (width) => {
  // Blocks off screen are laid out late (content-visibility): the target must still end up at the top.
  it.each(['coopetition', 'fig-valuation', 'expert-guo-tao'])('/#%s lands below the top bar', async (id) => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width, height: 800 });
      await page.goto(`${server.url}/#${id}`, { waitUntil: 'networkidle0' });
      const landed = () =>
        page.evaluate((id) => {
          const target = document.getElementById(id)!.getBoundingClientRect().top;
          const bar = document.querySelector('.topbar')!.getBoundingClientRect().bottom;
          return target >= bar - 1 && target < bar + 60;
        }, id);
      // The landing script holds the target in place until layout settles (a few frames).
      for (let i = 0; i < 20 && !(await landed()); i++) await new Promise((r) => setTimeout(r, 100));
      expect(await landed()).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe.each(WIDTHS)('Firefox at %i px: search across two reports', (width) => {
  let site: { url: string; close: () => Promise<void> };
  let model: ReturnType<typeof loadSite>;

  beforeAll(async () => {
    const built = sharedBuild('with-fixture', withFixture);
    expect(built.status, built.output).toBe(0);
    model = loadSite(built.content);
    // As a host serves it: the CSP header lets Pagefind's worker, and only it, run WebAssembly.
    const rules = parseHeadersFile(readFileSync(join(built.out, '_headers'), 'utf8'));
    site = await serveStatic(built.out, {
      headers: (path) => Object.fromEntries(headersFor(rules, path)),
    });
  }, 600_000);
  afterAll(async () => {
    await site?.close();
  });

  it.each(Object.entries(SEARCH_QUERIES))(
    '%s %s: exactly the passages that hold it',
    async (_kind, query) => {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width, height: 800 });
        const errors: string[] = [];
        const requests: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        await page.evaluateOnNewDocument(logCspViolations);
        await page.goto(`${site.url}/`, { waitUntil: 'networkidle0' });
        expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);

        await page.click('site-search input');
        await page.type('site-search input', query);
        let problems: string[] = [];
        for (let i = 0; i < 100; i++) {
          problems = resultProblems(model, query, await page.evaluate(shownResults));
          if (!problems.length) break;
          await new Promise((r) => setTimeout(r, 200));
        }
        expect(problems).toEqual([]);
        expect(requests).toContain('/pagefind/pagefind-worker.js');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

describe.each(WIDTHS)('Firefox at %i px: corrections and chart pictures', (width) => {
  const site = loadSite();
  const corrected = site.reports.filter((r) => r.corrections.length > 0);

  it('the committed content has corrections and figures to test', () => {
    expect(corrected.length).toBeGreaterThan(0);
    expect(site.reports.some((r) => r.figures.size > 0)).toBe(true);
  });

  it.each(corrected.map((r) => [r.paths.page, r] as const))(
    '%s: a part’s dated note leads to its entry in 「更正与更新」, which links back to the part',
    async (_page, r) => {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width, height: 800 });
        await page.goto(`${server.url}${r.paths.page}#corrections`, { waitUntil: 'networkidle0' });
        const shown = await page.evaluate(() => {
          const s = document.getElementById('corrections')!;
          const box = s.getBoundingClientRect();
          return { heading: s.querySelector('h2')?.textContent?.trim(), height: box.height, top: box.top };
        });
        expect(shown.heading).toBe('更正与更新');
        expect(shown.height).toBeGreaterThan(0);
        for (const c of r.corrections) {
          const part = c.anchors[0]!;
          // The part's note links to the entry; following it brings the entry into view.
          const note = await page.evaluate(
            (part, entry) => {
              const el = document.getElementById(part)!;
              const owner =
                el.tagName === 'TR' ? el.closest('figure')! : el.tagName === 'P' ? el.parentElement! : el;
              const a = owner.querySelector<HTMLAnchorElement>(`a[href$="#${entry}"]`);
              a?.click();
              return a?.textContent?.trim();
            },
            part,
            c.anchor,
          );
          expect(note, part).toMatch(/^更正（.+）$/);
          const entryState = () =>
            page.evaluate((id) => {
              const li = document.getElementById(id)!;
              const top = li.getBoundingClientRect().top;
              return {
                target: location.hash === `#${id}`,
                inView: top >= 0 && top < innerHeight,
                links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')),
              };
            }, c.anchor);
          let entry = await entryState();
          for (let i = 0; i < 30 && !(entry.target && entry.inView); i++) {
            await new Promise((r) => setTimeout(r, 100));
            entry = await entryState();
          }
          expect(entry.target, c.anchor).toBe(true);
          expect(entry.inView, c.anchor).toBe(true);
          expect(entry.links).toEqual(c.anchors.map((a) => `#${a}`));
        }
      } finally {
        await page.close();
      }
    },
  );

  it.each(
    site.reports.flatMap((r) => [...r.figures.values()].map((f) => [r.paths.share(f.id), r, f] as const)),
  )('%s: 「下载图片」 offers the SVG and the PNG, served as images, without scripts', async (path, r, f) => {
    const page = await browser.newPage();
    try {
      // Without its scripts (Firefox over BiDi cannot turn JavaScript off): the share page would send us on.
      await page.setRequestInterception(true);
      page.on('request', (r) =>
        /\.m?js$/.test(new URL(r.url()).pathname) ? void r.abort() : void r.continue(),
      );
      await page.setViewport({ width, height: 800 });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('#picture a[download]')].map((a) => ({
          href: a.getAttribute('href'),
          visible: a.getBoundingClientRect().width > 0,
        })),
      );
      expect(links.map((l) => l.href)).toEqual([r.paths.data(f.id, 'svg'), r.paths.data(f.id, 'png')]);
      expect(links.every((l) => l.visible)).toBe(true);
      for (const [href, type] of [
        [r.paths.data(f.id, 'svg'), 'image/svg+xml'],
        [r.paths.data(f.id, 'png'), 'image/png'],
      ] as const) {
        const res = await fetch(`${server.url}${href}`);
        expect(res.status, href).toBe(200);
        expect(res.headers.get('content-type'), href).toContain(type);
      }
    } finally {
      await page.close();
    }
  });
});
