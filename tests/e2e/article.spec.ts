import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sourceLines } from '../../src/model/checks/verbatim.ts';
import { comparableText } from '../../src/lib/text/typography.ts';
import { watchPage } from '../helpers/watch.ts';

const SECTIONS = ['overview', 'cooperation-history', 'jd-pain-tencent-leap', 'coopetition', 'about'];
const source = readFileSync(new URL('../../content/reports/wechat-jd/source.txt', import.meta.url), 'utf8');

test('the report page loads with its sections in order, no errors and no third-party requests', async ({
  page,
}) => {
  const problems = await watchPage(page);
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/微信京东十年“联姻”落幕/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('微信京东十年“联姻”落幕');
  // The report's header (title, subtitle, credits, dates) is part of <main>.
  await expect(page.locator('main > header.masthead h1')).toHaveCount(1);
  const ids = await page.locator('article > section').evaluateAll((els) => els.map((e) => e.id));
  expect(ids).toEqual(SECTIONS);
  for (const id of SECTIONS) {
    await expect(page.locator(`nav a[href="#${id}"]`)).toHaveCount(1);
  }
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test('copying a paragraph or a heading copies its words, without the ¶ and # controls', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/');
  const lines = sourceLines(source).map(comparableText);
  // The controls are still drawn, by CSS, and named for assistive technology.
  const para = page.locator('#cooperation-history-p1 > .anchor');
  await expect(para).toHaveAccessibleName(/^复制本段链接：.+，第1段$/);
  expect(await para.evaluate((a) => getComputedStyle(a, '::before').content)).toBe('"¶"');
  const hash = page.locator('#cooperation-history-heading > .anchor');
  await expect(hash).toHaveAccessibleName('复制链接：十年合作历程：从流量红利到战略分化');
  expect(await hash.evaluate((a) => getComputedStyle(a, '::before').content)).toBe('"#"');
  // Selecting a whole paragraph, heading or opinion paragraph gives exactly its line of the source.
  for (const selector of [
    '#cooperation-history-p1',
    '#cooperation-history-heading',
    '#opinion-cao-lei-1-p1',
  ]) {
    const selected = await page.locator(selector).evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    expect(selected, selector).not.toMatch(/[¶#]/);
    expect(lines, selector).toContain(comparableText(selected));
  }
  // The browser's own copy of a paragraph selected with the mouse.
  await page.locator('#cooperation-history-p2').click({ clickCount: 3 });
  await page.keyboard.press('ControlOrMeta+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).not.toMatch(/[¶#]/);
  expect(lines).toContain(comparableText(copied));
});

test('the article is the source text, every paragraph in order', async ({ page }) => {
  await page.goto('/');
  const rendered = await page
    .locator('article')
    // The report's own text: headings, paragraphs and the omitted picture's caption (not our figures),
    // without the copy-link controls (# and ¶).
    .locator(':is(h2:not(.visually-hidden), p, figcaption):not(.figure, .figure *)')
    .evaluateAll((els) =>
      els.map((e) => {
        const copy = e.cloneNode(true) as Element;
        copy.querySelectorAll('.anchor').forEach((a) => a.remove());
        return copy.textContent ?? '';
      }),
    );
  const header = await page
    .locator('.masthead__credits > div')
    .evaluateAll((els) =>
      els.map((e) => `${e.querySelector('dt')!.textContent} | ${e.querySelector('dd')!.textContent}`),
    );
  const lines = sourceLines(source);
  // The credit lines are printed in the header, everything else in the article, in the source's order.
  expect(header.map(comparableText)).toEqual(lines.filter((l) => l.includes(' | ')).map(comparableText));
  expect(rendered.map(comparableText)).toEqual(lines.filter((l) => !l.includes(' | ')).map(comparableText));
  // Every paragraph carries a stable ASCII id.
  const pIds = await page.locator('article p:not(.figure p)').evaluateAll((els) => els.map((e) => e.id));
  expect(pIds).toHaveLength(29);
  for (const id of pIds) expect(id).toMatch(/^[a-z][a-z0-9-]*-p\d+$/);
  expect(new Set(pIds).size).toBe(pIds.length);
});

test('a deep link lands on its section', async ({ page }) => {
  await page.goto('/#coopetition');
  const section = page.locator('#coopetition');
  await expect(section).toBeInViewport();
  // Scrolled to the section's top, or as far as the page goes when the section is near the end
  // (polled: fonts and smooth scrolling may still be settling).
  const distance = () =>
    section.evaluate((e) => {
      const max = document.documentElement.scrollHeight - window.innerHeight;
      const offset = e.getBoundingClientRect().top + window.scrollY;
      return window.scrollY > 0 ? Math.abs(window.scrollY - Math.min(offset, max)) : Infinity;
    });
  await expect.poll(distance, { timeout: 5000 }).toBeLessThan(80);
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(
    /^竞合新生态：互联网巨头走向“动态平衡”$/,
  );
  await expect(section.locator('h2 > .anchor')).toHaveAccessibleName(
    '复制链接：竞合新生态：互联网巨头走向“动态平衡”',
  );
});

test('the first frame is drawn once the first screen has arrived, up to the end of the opening section', async ({
  page,
}) => {
  // What the page holds at its first rendering opportunity (the first animation frame).
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const opening = document.querySelector('article > section');
      document.documentElement.dataset.firstFrame = JSON.stringify({
        opening: opening?.id ?? null,
        // Fully parsed: the parser has moved past its end tag.
        complete: Boolean(opening?.nextElementSibling) || document.readyState !== 'loading',
        paragraphs: opening?.querySelectorAll('p[id]').length ?? 0,
      });
    });
  });
  // A slow line, so the page arrives in pieces and the browser could paint the first of them.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: 16 * 1024,
    uploadThroughput: 16 * 1024,
  });
  await page.goto('/');
  const first = JSON.parse((await page.locator('html').getAttribute('data-first-frame')) ?? 'null');
  expect(first).toEqual({
    opening: SECTIONS[0],
    complete: true,
    paragraphs: await page.locator(`#${SECTIONS[0]} p[id]`).count(),
  });
});

test('blocks far below the first screen are laid out only when the reader nears them', async ({ page }) => {
  await page.goto('/');
  const laidOut = (selector: string) =>
    page
      .locator(selector)
      .evaluate((e) => e.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
  expect(await laidOut('#overview')).toBe(true);
  expect(await laidOut('#experts')).toBe(false);
  // Once the reader scrolls, every block is drawn once and keeps its real height: a long jump (like a
  // drag of the scrollbar) lands where it aims instead of on reserved heights that change under it.
  await page.evaluate(() => scrollBy(0, 100));
  await expect(page.locator('html')).toHaveAttribute('data-lazy-layout', 'drawn');
  const aim = await page.locator('#experts').evaluate((e) => e.getBoundingClientRect().top + scrollY);
  await page.evaluate((y) => scrollTo(0, y), aim);
  await expect.poll(() => laidOut('#experts')).toBe(true);
  await page.waitForTimeout(300);
  expect(
    await page.locator('#experts').evaluate((e) => Math.abs(e.getBoundingClientRect().top)),
  ).toBeLessThan(2);
});

test('a chart is drawn when the reader nears it, in a box that already has its size', async ({ page }) => {
  await page.goto('/');
  // The drawing shown at this width (the other one is not displayed).
  const drawing = page.locator('#fig-valuation .chart').filter({ visible: true });
  const state = () =>
    drawing.evaluate((e) => ({
      waiting: e.hasAttribute('data-draw-near'),
      drawn: e.querySelector('svg')!.checkVisibility(),
      height: e.getBoundingClientRect().height,
    }));
  const first = await state();
  expect(first).toMatchObject({ waiting: true, drawn: false });
  // A reader who has started to scroll (blocks are drawn once then, see above) jumps to the figure.
  await page.evaluate(() => scrollBy(0, 100));
  await expect(page.locator('html')).toHaveAttribute('data-lazy-layout', 'drawn');
  expect((await state()).waiting).toBe(true);
  await drawing.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  await expect.poll(async () => (await state()).drawn).toBe(true);
  const drawn = await state();
  expect(drawn.waiting).toBe(false);
  expect(Math.abs(drawn.height - first.height)).toBeLessThan(0.5);
  const svg = await drawing.locator('svg').evaluate((e) => e.getBoundingClientRect().height);
  expect(Math.abs(svg - drawn.height)).toBeLessThan(0.5);
});

test('a block waiting to be drawn reserves at least its real height, so it never overlaps the next', async ({
  page,
  browser,
  viewport,
}) => {
  await page.goto('/');
  const reserved = await page
    .locator('.lazy-layout')
    .evaluateAll((els) =>
      els.map(
        (e) => [e.id, parseFloat(getComputedStyle(e).containIntrinsicBlockSize.replace('auto', ''))] as const,
      ),
    );
  const plain = await browser.newPage({ viewport: viewport!, javaScriptEnabled: false });
  await plain.goto(page.url());
  const real = Object.fromEntries(
    await plain
      .locator('.lazy-layout')
      .evaluateAll((els) => els.map((e) => [e.id, e.getBoundingClientRect().height] as const)),
  );
  await plain.close();
  expect(reserved.length).toBeGreaterThan(5);
  for (const [id, height] of reserved) expect(height, id).toBeGreaterThanOrEqual(real[id]!);
});

test('the ¶ link hanging beside a paragraph is not clipped by its section', async ({ page, isMobile }) => {
  test.skip(isMobile, 'on touch screens paragraphs are linked from the passage button');
  await page.goto('/#cooperation-history-p3');
  await page.locator('#cooperation-history-p3').hover();
  const link = page.locator('#cooperation-history-p3 > .anchor--para');
  await expect(link).toHaveCSS('opacity', '1');
  const box = (await link.boundingBox())!;
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.closest('.anchor--para')?.getAttribute('href'),
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  expect(hit).toBe('#cooperation-history-p3');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole report reads', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#opinion-gao-pan-3-p1')).toContainText('轻绑定、深协同');
    await expect(page.locator('#about')).toContainText('网经社深耕数字经济行业18年');
  });
});

test('no horizontal scrolling at this width', async ({ page }) => {
  await page.goto('/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('light and dark themes come from the colour-scheme preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).not.toBe(dark);
  const lum = (c: string) =>
    c
      .match(/\d+/g)!
      .slice(0, 3)
      .map(Number)
      .reduce((a, b) => a + b, 0);
  expect(lum(dark)).toBeLessThan(lum(light));
});
