import { expect, test, type Page } from '@playwright/test';
import { loadSite } from '../helpers/content.ts';
import {
  expertRowProblems,
  mastheadProblems,
  measureExpertRows,
  measureHeadingLines,
  measurePunctuationWidths,
  wordsSplit,
} from '../helpers/layout.ts';

// The same checks as the Firefox pass (tests/firefox/), in Chromium at 1440 px and 360 px.

async function headingsSplitInsideWords(page: Page) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const headings = await page.evaluate(measureHeadingLines);
  expect(headings.length).toBeGreaterThan(0);
  return headings.flatMap((h) => wordsSplit(h).map((split) => `${h.heading}: ${split}`));
}

/** The pages whose title and headings are measured. */
const HEADING_PAGES = ['/', '/experts/gao-pan/'];
const REPORTS = loadSite().reports;

/**
 * Each page is loaded once (fonts ready) for the tests that measure it: in order, in one worker (a
 * failed test restarts the worker, which loads it again). None of them changes the page.
 */
for (const path of [...new Set([...HEADING_PAGES, ...REPORTS.map((r) => r.paths.page)])]) {
  test.describe(path, () => {
    test.describe.configure({ mode: 'default' });
    let page: Page;
    test.beforeAll(async ({ browser }) => {
      page = await browser.newPage();
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
    });
    test.afterAll(async () => {
      await page?.close();
    });

    if (HEADING_PAGES.includes(path))
      test(`${path}: the title and headings break only between words; punctuation keeps full width`, async () => {
        expect(await headingsSplitInsideWords(page)).toEqual([]);
        const marks = await page.evaluate(measurePunctuationWidths);
        expect(marks.length).toBeGreaterThan(path === '/' ? 100 : 5);
        const narrow = marks.filter((m) => m.em < 0.9).map((m) => `${m.context} ${m.em.toFixed(2)}em`);
        expect(narrow.length, `${narrow.length} of ${marks.length} squeezed: ${narrow.slice(0, 8)}`).toBe(0);
      });

    if (path === '/')
      test('the expert grid’s row headers are table cells on wide screens, cards on phones', async ({
        isMobile,
      }) => {
        const rows = await page.evaluate(measureExpertRows);
        expect(rows).toHaveLength(8);
        expect(expertRowProblems(rows, !isMobile)).toEqual([]);
      });

    if (REPORTS.some((r) => r.paths.page === path))
      test(`${path}: the header’s labels keep their width, its dates break only between dates; nothing scrolls sideways`, async () => {
        expect(await page.locator('.masthead dt:visible').count()).toBeGreaterThan(0);
        expect(await page.evaluate(mastheadProblems)).toEqual([]);
        expect(
          await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        ).toBeLessThanOrEqual(0);
      });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a share page’s title breaks only between words', async ({ page }) => {
    await page.goto('/s/coopetition/');
    expect(await headingsSplitInsideWords(page)).toEqual([]);
  });
});

test('a header label of 2 to 8 characters keeps its width and its separator beside it', async ({ page }) => {
  const report = loadSite().reports.find((r) => r.data.dates.some((d) => d.end));
  test.skip(!report, 'no report with a date range');
  await page.goto(report!.paths.page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // The label of the range as content may have it: from two characters to eight.
  for (const label of ['存续', '合作期', '一级入口存续期', '微信一级入口存续']) {
    await page.evaluate((label) => {
      const dd = [...document.querySelectorAll('.masthead dd')].find(
        (d) => d.querySelectorAll('time').length === 2,
      )!;
      dd.previousElementSibling!.textContent = label;
    }, label);
    expect(await page.evaluate(mastheadProblems), label).toEqual([]);
  }
});

test('/404.html: the notice breaks only between words, unjustified; nothing scrolls sideways', async ({
  page,
}) => {
  await page.goto('/404.html');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const lines = await page.evaluate(measureHeadingLines, 'main p, main li');
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.flatMap((l) => wordsSplit(l).map((s) => `${l.heading}: ${s}`))).toEqual([]);
  const aligns = await page
    .locator('main p')
    .evaluateAll((ps) => ps.map((p) => getComputedStyle(p).textAlign));
  expect(aligns.filter((a) => a === 'justify')).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
});
