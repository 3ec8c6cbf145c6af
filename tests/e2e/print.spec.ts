import { expect, test, type Page } from '@playwright/test';
import { chartOverlaps } from '../helpers/chart-overlaps.ts';

/** Printable height of an A4 page with print.css's margins (297 mm − 20 mm − 22 mm), in CSS px. */
const PAGE_HEIGHT = ((297 - 42) / 25.4) * 96;
/** Printable width (210 mm − 2 × 18 mm). */
const PAGE_WIDTH = Math.floor(((210 - 36) / 25.4) * 96);

test.describe('printing', () => {
  // Every test reads the same printed page, loaded once: in order, in one worker (a failed test
  // restarts the worker, which loads it again for the tests after it).
  test.describe.configure({ mode: 'default' });
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage({ viewport: { width: PAGE_WIDTH, height: 1000 }, colorScheme: 'dark' });
    await page.goto('/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.evaluate(() => document.fonts.ready);
  });
  test.afterAll(async () => {
    await page?.close();
  });

  test('hides the screen furniture and prints light, even in dark mode', async () => {
    for (const sel of [
      '.topbar',
      '#toc',
      '.filter',
      '.anchor',
      '.figure__actions',
      '.figure__downloads',
      '.skip-link',
    ]) {
      for (const el of await page.locator(sel).all()) await expect(el).toBeHidden();
    }
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(17, 17, 17)');
  });

  test('expands what is collapsed: data tables and citations', async () => {
    for (const table of await page.locator('.figure__data table').all()) await expect(table).toBeVisible();
    await expect(page.locator('#cite-fig-valuation-2')).toBeVisible();
  });

  test('keeps figures whole, on one page, drawn as the wide build-time SVG', async () => {
    for (const id of ['fig-stake', 'fig-gmv', 'fig-valuation']) {
      const chart = page.locator(`#${id} .figure__chart`);
      expect(await chart.evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
      const box = await chart.boundingBox();
      expect(box!.height).toBeLessThan(PAGE_HEIGHT);
      await expect(page.locator(`#${id} .chart--wide svg`)).toBeVisible();
      await expect(page.locator(`#${id} .chart--narrow svg`)).toBeHidden();
    }
    for (const h of await page.locator('article h2').all()) {
      expect(await h.evaluate((e) => getComputedStyle(e).breakAfter)).toBe('avoid');
    }
  });

  test('prints chart labels that overlap no other label, event line or axis', async () => {
    for (const id of ['fig-stake', 'fig-gmv', 'fig-valuation']) {
      expect(await chartOverlaps(page.locator(`#${id} .chart--wide svg`)), id).toEqual([]);
    }
  });

  test('reflows the timeline and the expert grid and shows everything', async () => {
    await expect(page.locator('#timeline ol > li')).toHaveCount(13);
    for (const li of await page.locator('#timeline ol > li').all()) await expect(li).toBeVisible();
    await expect(page.locator('#experts td[data-perspective]:visible')).toHaveCount(24);
  });

  test('lays out on paper in reading order: no positioned box in the flow of text', async () => {
    // Positioned boxes paint after the flow, so their text would come late in the PDF's content stream.
    const positioned = await page.evaluate(() =>
      [...document.querySelectorAll('main p, main .opinion, main .figure__chart, main .event, main li')]
        .filter((e) => e.checkVisibility() && getComputedStyle(e).position !== 'static')
        .map((e) => e.id || e.className),
    );
    expect(positioned).toEqual([]);
  });

  test('keeps headings and attributions with what follows, data rows whole and header rows repeated', async () => {
    const style = (sel: string, prop: 'breakAfter' | 'breakInside' | 'display') =>
      page.evaluate(
        ([s, p]) => [...document.querySelectorAll(s!)].map((e) => getComputedStyle(e)[p as 'display']),
        [sel, prop],
      );
    // An expert's attribution line acts as a heading of the opinion's text.
    for (const sel of ['h2', 'h3', 'summary', 'caption', '.opinion__by']) {
      expect(new Set(await style(sel, 'breakAfter')), sel).toEqual(new Set(['avoid']));
    }
    // Data rows stay whole; a row of the expert grid (long excerpts) may break, its expert's card not.
    expect(new Set(await style('main tr:not(.expert-row)', 'breakInside'))).toEqual(new Set(['avoid']));
    expect(new Set(await style('main .expert-card', 'breakInside'))).toEqual(new Set(['avoid']));
    expect(new Set(await style('main thead', 'display'))).toEqual(new Set(['table-header-group']));
    expect(new Set(await style('.cite__block', 'breakInside'))).toEqual(new Set(['avoid']));
  });

  test('prints the cover: how this edition relates to the original and who compiles it', async () => {
    await expect(page.locator('.masthead__edition')).toBeVisible();
    await expect(page.locator('.masthead__edition')).toContainText('本版编制');
    // The build date is only filled in by the PDF build: the page itself has no clock.
    await expect(page.locator('[data-build-date]')).toBeHidden();
    await expect(page.locator('[data-build-date]')).toHaveText('本版生成于');
    await expect(page.locator('[data-build-date] time')).toHaveCount(0);
  });

  test('has no horizontal overflow on an A4 page', async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('prints the address of external links, once', async () => {
    const after = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after('#fig-stake figcaption a[href^="http"]')).toMatch(
      /^"\s*〔" attr\(href\) "〕"$|〔http/,
    );
    // A link that already shows its address does not repeat it.
    expect(await after('#overview-p3 a.url')).toBe('none');
  });
});

test('a figure’s share page shows its picture downloads on screen (not forwarded) and hides them in print', async ({
  page,
}) => {
  await page.goto('/');
  const href = await page.locator('.figure__downloads a[href$="#picture"]').first().getAttribute('href');
  expect(href).toMatch(/\/s\/[^/]+\/#picture$/);
  await page.goto(href!);
  // It stays: a reader who came for the picture is not sent on to the figure.
  await page.waitForTimeout(300);
  expect(new URL(page.url()).hash).toBe('#picture');
  const links = page.locator('#picture a[download]');
  await expect(links).toHaveCount(2);
  for (const link of await links.all()) await expect(link).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#picture')).toBeHidden();
});

test('the cover of the printed report is not part of the screen view', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.masthead__edition')).toBeHidden();
  await expect(page.locator('[data-build-date]')).toBeHidden();
});

test.describe('the print font', () => {
  test('is not downloaded for the screen; printing loads one subset file per weight', async ({ page }) => {
    const fonts: string[] = [];
    page.on('requestfinished', (r) => {
      if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    expect(fonts).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    const faces = await page.evaluate(async () => {
      const text = document.body.innerText;
      const loaded = await Promise.all(
        [400, 700].map((w) => document.fonts.load(`${w} 16px 'Report Print Sans'`, text)),
      );
      return loaded.flat().map((f) => `${f.family} ${f.weight} ${f.status}`);
    });
    expect(faces).toEqual(['Report Print Sans 400 loaded', 'Report Print Sans 700 loaded']);
    expect(fonts.sort()).toEqual([
      expect.stringMatching(/^\/fonts\/noto-sans-sc-400\.[\w-]{8}\.woff2$/),
      expect.stringMatching(/^\/fonts\/noto-sans-sc-700\.[\w-]{8}\.woff2$/),
    ]);
  });
});
