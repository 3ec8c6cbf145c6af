import { expect, test, type Page } from '@playwright/test';

/** The target is on screen, below the sticky top bar, and highlighted as :target. */
async function expectLanded(page: Page, id: string) {
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveJSProperty('id', id);
  expect(await target.evaluate((e) => e.matches(':target'))).toBe(true);
  const bar = await page.locator('.topbar').boundingBox();
  await expect
    .poll(async () => {
      const box = await target.boundingBox();
      const max = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight - scrollY);
      // Just below the bar, unless the page cannot scroll further.
      return box!.y >= bar!.height - 1 && (box!.y < bar!.height + 60 || max < 2);
    })
    .toBe(true);
}

for (const id of [
  'coopetition',
  'cooperation-history-p3',
  'opinion-gao-pan-2-p1',
  'fig-valuation',
  'event-2019-10-31-jingxi',
  'expert-guo-tao',
]) {
  test(`/#${id} lands on its target`, async ({ page }) => {
    await page.goto(`/#${id}`);
    await expectLanded(page, id);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('deep links still land, and copy links are plain links', async ({ page }) => {
    await page.goto('/#event-2021-12-dividend');
    await expectLanded(page, 'event-2021-12-dividend');
    await expect(page.locator('#fig-stake .anchor')).toHaveAttribute('href', '#fig-stake');
    await page.locator('#cooperation-history .anchor').first().click();
    await expect(page).toHaveURL(/#cooperation-history$/);
  });
});

test('a link into a collapsed data table opens it', async ({ page }) => {
  await page.goto('/#fig-gmv-gmv-2015');
  await expect(page.locator('#fig-gmv details.figure__data')).toHaveAttribute('open', '');
  await expect(page.locator('[id="fig-gmv-gmv-2015"]')).toBeInViewport();
});

test('a data row’s first published id (numbered rows) still lands on the same datum', async ({ page }) => {
  // Until 2026-11 rows were numbered in file order; the alias map keeps each number on its datum.
  await page.goto('/#fig-gmv-6');
  await expect(page).toHaveURL(/#fig-gmv-mobile-share-quarter-2014-q4$/);
  await expect(page.locator('#fig-gmv details.figure__data')).toHaveAttribute('open', '');
  await expect(page.locator('[id="fig-gmv-mobile-share-quarter-2014-q4"]')).toContainText('2014年第四季度');
  await page.goto('/#event-2014-06-18-618-orders');
  await expect(page).toHaveURL(/#event-2014-06-618-orders$/);
});

test('a retired id is sent to its new home through the alias map', async ({ page }) => {
  // Add an alias to the report's map to exercise the script that resolves it: it fetches the map only
  // for an id the page lacks.
  const fetched: string[] = [];
  await page.route('**/anchor-aliases.json', async (route) => {
    fetched.push(route.request().url());
    const response = await route.fetch();
    const aliases = { ...(await response.json()), 'old-figure-id': 'fig-stake' };
    await route.fulfill({ response, json: aliases });
  });
  await page.goto('/#fig-gmv');
  await expect(page.locator('#fig-gmv')).toBeInViewport();
  expect(fetched).toEqual([]);
  await page.goto('/#old-figure-id');
  await expect(page).toHaveURL(/#fig-stake$/);
  await expect(page.locator('#fig-stake')).toBeInViewport();
  expect(fetched).toHaveLength(1);
});

test('copy link puts the part’s full URL on the clipboard and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/');
  const anchor = page.locator('#fig-stake .figure__title .anchor');
  await expect(anchor).toHaveAccessibleName('复制链接：图1 腾讯持有京东股份比例');
  await anchor.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#copy-status')).toHaveText('已复制链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/#fig-stake`);
  await expect(page).toHaveURL(/#fig-stake$/);

  // A paragraph's control appears on hover/focus and copies the paragraph's address.
  await page.locator('#cooperation-history-p2 > .anchor').focus();
  await expect(page.locator('#cooperation-history-p2 > .anchor')).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe(`${baseURL}/#cooperation-history-p2`);
});

test('selecting words offers a link to the passage', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/');
  await page.locator('#opinion-chen-hudong-1-p1').evaluate((p) => {
    const text = [...p.childNodes].find(
      (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('水电煤'),
    )!;
    const start = text.textContent!.indexOf('“水电煤”');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 5);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const button = page.getByRole('button', { name: '复制该段落链接' });
  await expect(button).toBeVisible();
  await button.click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}/#opinion-chen-hudong-1-p1:~:text=${encodeURIComponent('“水电煤”')}`);
  // Opening it lands on the paragraph (the text fragment or, failing that, the id).
  await page.goto(copied);
  await expect(page.locator('#opinion-chen-hudong-1-p1')).toBeInViewport();
});

test('the table of contents follows the reading position', async ({ page, isMobile }) => {
  await page.goto('/#coopetition');
  await expect(page.locator('#toc a[href="#coopetition"]')).toHaveAttribute('aria-current', 'location');
  await expect(page.locator('#toc a[aria-current]')).toHaveCount(1);
  if (isMobile) {
    // On phones the table of contents is a menu behind the top bar's 目录 button.
    await expect(page.locator('#toc')).toBeHidden();
    const toggle = page.getByRole('button', { name: '目录' });
    await toggle.click();
    await expect(page.locator('#toc')).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.locator('#toc a[href="#experts"]').click();
    await expect(page.locator('#toc')).toBeHidden();
    await expect(page.locator('#experts')).toBeInViewport();
  } else {
    await expect(page.locator('#toc')).toBeVisible();
    await page.locator('#toc a[href="#timeline"]').click();
    await expect(page.locator('#toc a[href="#timeline"]')).toHaveAttribute('aria-current', 'location');
  }
});

test('every page carries share metadata; share pages have their own title, description and image', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/');
  const meta = (p: string) => page.locator(`meta[property="${p}"], meta[name="${p}"]`).first();
  await expect(meta('og:locale')).toHaveAttribute('content', 'zh_CN');
  // The report gives no date: the month inferred from its companion pieces, no finer.
  await expect(meta('article:published_time')).toHaveAttribute('content', '2025-09');
  // Without an absolute image URL the card is the small one.
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary');
  // No public address is configured (content/site.yaml): no absolute canonical or image URLs.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);

  for (const [id, title] of [
    ['fig-valuation', '京东估值与市值'],
    ['coopetition', '竞合新生态：互联网巨头走向“动态平衡”'],
  ]) {
    const response = await request.get(`/s/${id}/`);
    expect(response.ok()).toBe(true);
    const html = await response.text();
    expect(html).toContain(`<meta property="og:title" content="`);
    expect(html).toMatch(new RegExp(`<title>[^<]*${title}`));
    expect(html).not.toContain('property="og:image"');
    const png = await request.get(`/og/${id}.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(html).toContain(`href="/#${id}"`);
  }
  // Readers who open a share page are sent on to the part of the report.
  await page.goto('/s/fig-stake/');
  await expect(page).toHaveURL(`${baseURL}/#fig-stake`);
});

test('the 404 page points back to the report', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await page
    .getByRole('link', { name: /微信京东十年/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/$/);
});

test('a citation copies with today’s date as the access date', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/#cite');
  const gbt = page.locator('#cite-report-0');
  await expect(gbt).toHaveText(
    '无痕. 微信京东十年“联姻”落幕: 网经社独家解读报告[EB/OL]. (2025-09)[引用日期]. https://www.100ec.cn/zt//wjly5js/.',
  );
  await page.locator('#cite').getByRole('button', { name: '复制' }).first().click();
  await expect(page.locator('#copy-status')).toHaveText('已复制引用');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    /^无痕\. 微信京东十年“联姻”落幕: 网经社独家解读报告\[EB\/OL\]\. \(2025-09\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/www\.100ec\.cn\/zt\/\/wjly5js\/\.$/,
  );
  // The access date is Beijing’s calendar day.
  const beijing = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  expect(copied).toContain(`[${beijing}]`);
  await expect(page.locator('#cite details')).toHaveCount(4);
  // A figure is cited as this site’s work, accompanying the report.
  await expect(page.locator('#cite-fig-stake-0')).toHaveText(
    '研报精读编辑部. 腾讯持有京东股份比例: 《微信京东十年“联姻”落幕》附图1[EB/OL]. (2026-11)[引用日期].',
  );
});
