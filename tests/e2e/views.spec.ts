/**
 * The report views: timeline, expert grid and expert pages. The timeline and grid checks read the first
 * report's own data (wechat-jd) on its page, wherever the site serves it; the expert pages are checked for
 * every expert of every report.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadSite } from '../helpers/content.ts';

const site = loadSite();
const first = site.byId.get('wechat-jd');
/** The first report's page (`/` while it is the home report). */
const WJ = first?.paths.page ?? '/';
test.skip(!first, 'the first report is not in content/');

test.describe('without JavaScript', () => {
  // One page for the three tests, in order, in one worker (a failed test restarts the worker, which
  // loads it again): the filters they click are set back, but for the last one.
  test.describe.configure({ mode: 'default' });
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(WJ);
  });
  test.afterAll(async () => {
    await page?.close();
  });

  test('the timeline lists the partnership’s events with dates at their precision and their sources', async () => {
    const events = page.locator('#timeline ol > li');
    await expect(events).toHaveCount(13);
    const ids = await events.evaluateAll((els) => els.map((e) => e.id));
    for (const id of ids) expect(id).toMatch(/^event-\d{4}(-\d{2}(-\d{2})?)?-[a-z0-9-]+$/);
    for (const prefix of [
      'event-2014-03-10-',
      'event-2014-05-22-',
      'event-2014-05-27-',
      'event-2014-06-',
      'event-2015-04-',
      'event-2019-05-10-',
      'event-2019-10-31-',
      'event-2021-12-',
      'event-2022-06-29-',
      'event-2025-09-30-',
    ]) {
      expect(
        ids.some((id) => id.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    await expect(page.locator('#event-2014-05-27-entry time')).toHaveText('2014年5月27日');
    await expect(page.locator('#event-2014-05-27-entry time')).toHaveAttribute('datetime', '2014-05-27');
    await expect(page.locator('#event-2021-12-dividend time')).toHaveAttribute('datetime', '2021-12');
    await expect(page.locator('#event-2021-12-dividend time')).toHaveText('2021年12月');
    // The report's date and the public sources' less precise one, side by side.
    const jingxi = page.locator('#event-2019-10-31-jingxi');
    await expect(jingxi.locator('time').nth(0)).toHaveText('2019年10月31日');
    await expect(jingxi.locator('time').nth(1)).toHaveText('2019年秋');
    // A season is no month: the <time> says only its year.
    await expect(jingxi.locator('time').nth(1)).toHaveAttribute('datetime', '2019');
    await expect(jingxi).toContainText('公开资料');
    // 618大促期间 is a period: a month at most.
    await expect(page.locator('#event-2014-06-618-orders time')).toHaveText('2014年6月');
    // Every report link names its section and points at a paragraph of the article; every event has a source.
    const reportLinks = page.locator('#timeline .event__sources a[href^="#"]');
    expect(await reportLinks.count()).toBeGreaterThan(5);
    for (const link of await reportLinks.all()) {
      await expect(link).toHaveText(/^报告“[^”]+”第\d+段$/);
      await expect(page.locator((await link.getAttribute('href'))!)).toHaveCount(1);
    }
    // The closure notice is cited to the report's lead.
    await expect(page.locator('#event-2025-09-12-notice .event__sources a[href="#overview-p1"]')).toHaveCount(
      1,
    );
    // Source labels say what the documents are; no internal notes reach readers.
    await expect(page.locator('#timeline')).not.toContainText(/\[URL slug|reprint of|copy on/);
    await expect(page.locator('#event-2014-03-10-tencent-stake')).toContainText('公司公告（转载）');
    for (const event of await events.all())
      expect(await event.locator('.event__sources a').count()).toBeGreaterThan(0);
  });

  test('the category filter works with CSS alone', async () => {
    await page.locator('#timeline label', { hasText: '资本' }).click();
    await expect(page.locator('#timeline ol > li:visible')).toHaveCount(2);
    await expect(page.locator('#event-2021-12-dividend')).toBeVisible();
    await page.locator('#timeline label', { hasText: '全部' }).click();
    await expect(page.locator('#timeline ol > li:visible')).toHaveCount(13);
  });

  test('the expert grid compares verbatim excerpts by perspective and links to the full opinion', async () => {
    const rows = page.locator('#experts tbody tr');
    // One row per expert the report quotes, in the order it first quotes them.
    expect(await rows.evaluateAll((els) => els.map((e) => e.id))).toEqual(
      first!.experts.map((e) => e.anchor),
    );
    await expect(page.locator('#experts thead th')).toHaveText(['专家', '京东', '腾讯与微信', '行业与竞合']);
    await expect(page.locator('#expert-gao-pan')).toContainText('江南北商学院院长');
    await expect(page.locator('#expert-gao-pan')).toContainText('3条观点');
    // 曹磊 and 刘俊斌 speak about both companies: the grid says so.
    await expect(page.locator('#expert-cao-lei td[data-perspective="jd"]')).toContainText(
      '京东实现了从“借力”到“自立”的跃升',
    );
    await expect(page.locator('#expert-liu-junbin td[data-perspective="tencent"]')).toContainText(
      '微信自己的购物平台也需要加强',
    );
    // An empty cell means only that this table excerpts nothing there.
    await expect(page.locator('#expert-fan-xifeng td[data-perspective="tencent"]')).toHaveText('本表未摘录');
    await expect(page.locator('#experts')).not.toContainText('未就此发表评论');
    // Contrasts are not cut: 郭涛’s 好处 comes with its 弊端.
    await expect(page.locator('#expert-guo-tao td[data-perspective="jd"]')).toContainText('弊端也不容忽视');
    const links = page.locator('#experts blockquote a');
    await expect(links).toHaveCount(20);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(`article ${href}`)).toHaveCount(1);
    }
    // Filter by perspective without JS: only that column stays.
    await page.locator('#experts label', { hasText: '腾讯与微信' }).click();
    await expect(page.locator('#experts td[data-perspective="tencent"]:visible')).toHaveCount(8);
    await expect(page.locator('#experts td[data-perspective="jd"]:visible')).toHaveCount(0);
  });
});

test('filters keep their state in the URL', async ({ page }) => {
  await page.goto(`${WJ}?view=tencent`);
  await expect(page.locator('#view-tencent')).toBeChecked();
  await expect(page.locator('#experts td[data-perspective="industry"]:visible')).toHaveCount(0);
  await page.locator('#experts label', { hasText: '行业与竞合' }).click();
  await expect(page).toHaveURL(/\?view=industry$/);
  await expect(page.locator('#experts [role="status"]')).toHaveText(/显示\d+项/);
  await page.locator('#timeline label', { hasText: '协议' }).click();
  await expect(page).toHaveURL(/view=industry&cat=agreement|cat=agreement&view=industry/);
  await page.reload();
  await expect(page.locator('#cat-agreement')).toBeChecked();
  await expect(page.locator('#timeline ol > li:visible')).toHaveCount(3);
  await page.locator('#experts label', { hasText: '全部视角' }).click();
  await expect(page).not.toHaveURL(/view=/);
});

test('a filter chosen before its code has arrived is kept, and goes into the URL', async ({ page }) => {
  // Hold the filters' code back until the reader has chosen (a slow network, or a quick reader).
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(/filter-group[^/]*\.js$/, async (route) => {
    requested = true;
    await released;
    await route.continue();
  });
  await page.goto(WJ);
  await page.locator('#timeline label', { hasText: '资本' }).click();
  await expect(page.locator('#timeline ol > li:visible')).toHaveCount(2);
  await expect.poll(() => requested).toBe(true);
  release();
  await expect(page).toHaveURL(/\?cat=capital$/);
  await expect(page.locator('#cat-capital')).toBeChecked();
  await expect(page.locator('#timeline ol > li:visible')).toHaveCount(2);
  await expect(page.locator('#timeline [role="status"]')).toHaveText(/显示2项/);
});

test('on this width the grid is a table or a stack of cards', async ({ page, isMobile }) => {
  await page.goto(WJ);
  const display = await page.locator('#expert-cao-lei').evaluate((e) => getComputedStyle(e).display);
  expect(display).toBe(isMobile ? 'block' : 'table-row');
});

test('each expert has a page with all their opinions, each report’s titles, linked back to the reports', async ({
  page,
}) => {
  test.setTimeout(30_000 * site.experts.length);
  // Where each back link leads, checked on its page once all expert pages are read (one visit per page).
  const targets = new Map<string, string[]>();
  for (const { expert, reports } of site.experts) {
    await page.goto(expert.page);
    await expect(page.locator('h1')).toHaveText(expert.data.name);
    // An expert is shared by every report: the page is titled for the expert, not for one report.
    await expect(page).toHaveTitle(new RegExp(`^${expert.data.name}的观点｜`));
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toContain(expert.data.name);
    const count = reports.reduce((n, r) => n + r.opinions.length, 0);
    await expect(page.locator('main')).toContainText(`共有${count}条观点`);
    // Each report's own titles (a 原文如此 mark may follow a misprinted one).
    for (const { introduced } of reports)
      await expect(page.locator('main')).toContainText(
        `本文介绍为：${introduced.titles[0] ?? expert.data.name}`,
      );
    const back = await page
      .locator('main .expert-opinion__back a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(back).toHaveLength(count);
    for (const href of back) {
      const [path, id] = href.split('#') as [string, string];
      targets.set(path, [...(targets.get(path) ?? []), id]);
    }
  }
  expect(targets.size).toBeGreaterThan(0);
  for (const [path, ids] of targets) {
    await page.goto(path);
    for (const id of ids) await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
  }
});
