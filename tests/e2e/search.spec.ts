/**
 * Search across every report (src/client/site-search.ts over the Pagefind index the build writes), in
 * Chromium. On the built site (dist/): a first visit fetches nothing of search until the box is
 * focused, and without JavaScript there is no box. On the site with the test fixture's second report
 * (built once per run, tests/helpers/e2e-builds.ts, served as dist/ is): the index holds the report
 * pages only; each query finds exactly the passages of both reports that hold its words — links to the
 * report and anchor, the words marked, the count in the live region (tests/helpers/search.ts reads
 * what to expect from the content); the box and its results by keyboard, for axe, on /reports/ and on
 * a phone. Under the CSP header on nginx: tests/e2e/headers.spec.ts; in Firefox: tests/firefox/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../src/integrations/chromium/static-server.ts';
import type { SiteModel } from '../../src/model/build.ts';
import { withFixture } from '../helpers/build.ts';
import { loadSite } from '../helpers/content.ts';
import { e2eSharedBuild } from '../helpers/e2e-builds.ts';
import { resultProblems, SEARCH_QUERIES, shownResults } from '../helpers/search.ts';
import { watchPage } from '../helpers/watch.ts';

const input = (page: Page) => page.getByRole('searchbox', { name: '搜索全部报告' });

/** How long the first search may take: it loads Pagefind, which can take seconds on a busy 2-core machine. */
const FIRST = { timeout: 20_000 };

/** Types a query into the box (focusing it, which loads the search) and waits for its live region. */
async function search(page: Page, query: string): Promise<void> {
  const box = input(page);
  await box.click();
  await box.fill(query);
  await expect(page.locator('site-search [role="status"]')).toHaveText(/^(找到|没有找到)/, FIRST);
}

test.describe('on the built site', () => {
  test('a first visit to / fetches nothing of search until the box is focused', async ({ page }) => {
    const problems = await watchPage(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    // Reading on: scrolling loads the figures' code, never the search's.
    await page.mouse.wheel(0, 3000);
    await page.waitForLoadState('networkidle');
    const ofSearch = (path: string) => path.startsWith('/pagefind/') || /\/site-search\./.test(path);
    expect(requests.filter(ofSearch)).toEqual([]);

    await input(page).focus();
    await expect.poll(() => requests.filter(ofSearch), FIRST).toContain('/pagefind/pagefind-entry.json');
    expect(requests).toContain('/pagefind/pagefind.js');
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  test('a worker slower than Pagefind waits for: the search still answers', async ({ page }) => {
    // Pagefind gives its worker 5 s, then tries the page, where the CSP forbids WebAssembly; the box
    // starts Pagefind again, which finds its worker (tests/e2e/headers.spec.ts: with the CSP header).
    const problems = await watchPage(page);
    await page.route('**/pagefind/pagefind-worker.js', async (route) => {
      await new Promise((r) => setTimeout(r, 6000));
      await route.continue();
    });
    await page.goto('/');
    await search(page, SEARCH_QUERIES.amount);
    await expect(page.locator('site-search [role="status"]')).toHaveText(/^找到\d+处/);
    // What Pagefind's try in the page left: its warning is no error; the refusals of its WebAssembly are.
    expect(problems.filter((p) => !/WebAssembly|WASM|wasm-eval/.test(p))).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const path of ['/', '/reports/'])
      test(`${path}: no search box; the reports index is the way in`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('site-search')).toHaveCount(1);
        await expect(page.locator('site-search')).toBeHidden();
        if (path === '/') await expect(page.locator('.topbar a[href="/reports/"]')).toBeVisible();
      });
  });
});

test.describe('across two reports', () => {
  let model: SiteModel;
  let server: { url: string; close: () => Promise<void> } | undefined;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    const built = await e2eSharedBuild('with-fixture', withFixture);
    expect(built.status, built.output).toBe(0);
    model = loadSite(built.content);
    expect(model.reports.length).toBeGreaterThan(1);
    server = await serveStatic(built.out);
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('the index holds the report pages, and nothing else', async ({ request }) => {
    const entry = await (await request.get(`${server!.url}/pagefind/pagefind-entry.json`)).json();
    const pages = Object.values(entry.languages as Record<string, { page_count: number }>);
    expect(pages.reduce((n, l) => n + l.page_count, 0)).toBe(model.reports.length);
  });

  for (const [kind, query] of Object.entries(SEARCH_QUERIES))
    test(`${kind} ${query}: exactly the passages that hold it, in both reports, the words marked`, async ({
      page,
    }) => {
      const problems = await watchPage(page);
      await page.goto(`${server!.url}/`);
      await search(page, query);
      await expect
        .poll(async () => resultProblems(model, query, await page.evaluate(shownResults)))
        .toEqual([]);
      const shown = await page.evaluate(shownResults);
      if (kind === 'nothing') {
        expect(shown.hits).toEqual([]);
        await expect(page.locator('site-search ol')).toBeEmpty();
      } else {
        await expect(page.locator('site-search ol > li > a').first()).toBeVisible();
      }
      // A name and a term both reports use: hits in each.
      if (kind === 'festival' || kind === 'expert')
        expect(new Set(shown.hits.map((h) => h.href.split('#')[0])).size).toBe(model.reports.length);
      expect(problems).toEqual([]);
    });

  test('by keyboard: Tab to the box, type, arrows through the hits, Enter lands on the passage', async ({
    page,
  }) => {
    const problems = await watchPage(page);
    await page.goto(`${server!.url}/`);
    for (let i = 0; i < 20 && !(await input(page).evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(input(page)).toBeFocused();
    await page.keyboard.type(SEARCH_QUERIES.expert);
    const status = page.locator('site-search [role="status"]');
    await expect(status).toHaveText(/^找到\d+处（\d+份报告）。$/, FIRST);
    const links = page.locator('site-search ol > li > a');
    const count = await links.count();
    expect(count).toBeGreaterThan(1);

    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(input(page)).toBeFocused();
    // Escape closes the list and keeps the box, with what was typed.
    await page.keyboard.press('Escape');
    await expect(links.first()).toBeHidden();
    await expect(input(page)).toBeFocused();
    await expect(input(page)).toHaveValue(SEARCH_QUERIES.expert);

    // A hit in the other report: its page, at the passage.
    await page.keyboard.press('ArrowDown'); // the list is closed: nothing moves
    await expect(input(page)).toBeFocused();
    await input(page).blur();
    await input(page).focus();
    await expect(links.first()).toBeVisible();
    const other = model.reports.find((r) => !r.home)!;
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const at = hrefs.findIndex((h) => h.startsWith(`${other.paths.page}#`));
    expect(at, hrefs.join(' ')).toBeGreaterThanOrEqual(0);
    const href = hrefs[at]!;
    const target = links.nth(at);
    for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${server!.url}${href}`);
    const id = href.split('#')[1]!;
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    await expect(page.locator(`[id="${id}"]`)).toContainText(SEARCH_QUERIES.expert);
    expect(problems).toEqual([]);
  });

  test('a hit on the same page closes the list and shows its passage', async ({ page }) => {
    await page.goto(`${server!.url}/`);
    await search(page, SEARCH_QUERIES.expert);
    const home = model.home.paths.page;
    const link = page.locator(`site-search ol a[href^="${home}#"]`).first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(`${server!.url}${href}`);
    await expect(page.locator('site-search ol')).toBeHidden();
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
  });

  test('is a labelled search landmark whose results pass axe', async ({ page }) => {
    test.slow(true, 'axe on a report page');
    await page.goto(`${server!.url}/`);
    await expect(page.getByRole('search')).toHaveCount(1);
    await search(page, SEARCH_QUERIES.festival);
    const results = page.getByRole('search').getByRole('list');
    await expect(results.getByRole('listitem').first()).toBeVisible();
    expect(await results.getByRole('listitem').count()).toBe(await results.getByRole('link').count());
    const { violations } = await new AxeBuilder({ page })
      .include('site-search')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });

  test('/reports/ has the box too, its results in the page', async ({ page }) => {
    const problems = await watchPage(page);
    await page.goto(`${server!.url}/reports/`);
    await search(page, SEARCH_QUERIES.twoWords);
    await expect
      .poll(async () => resultProblems(model, SEARCH_QUERIES.twoWords, await page.evaluate(shownResults)))
      .toEqual([]);
    const panel = page.locator('.site-search__panel');
    await expect(panel).toBeVisible();
    expect(await panel.evaluate((el) => !!el.closest('main') && getComputedStyle(el).position)).toBe(
      'static',
    );
    expect(problems).toEqual([]);
  });

  test('fits the screen: the box over the bar on a phone, the list within the width', async ({ page }) => {
    await page.goto(`${server!.url}/`);
    const bar = (await page.locator('.topbar').boundingBox())!;
    await search(page, SEARCH_QUERIES.expert);
    const box = (await input(page).boundingBox())!;
    const panel = (await page.locator('.site-search__panel').boundingBox())!;
    const width = page.viewportSize()!.width;
    if (width < 640) expect(box.width).toBeGreaterThan(width * 0.8);
    expect(box.y).toBeGreaterThanOrEqual(bar.y);
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y + bar.height);
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(width);
    expect(panel.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});
