/**
 * A figure's embed page in another site's iframe (a host page on another origin, tests/helpers/
 * embed-host.ts): the chart drawn and interactive, the host told the page's height and the iframe
 * resized to it (again when the page grows), nothing asked of any origin but the site's, no error.
 * Framing under the real headers (allowed for embeds only) is checked under nginx (headers.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { pagePaths } from '../helpers/dist.ts';
import { startEmbedHost, type EmbedHost } from '../helpers/embed-host.ts';
import { logCspViolations } from '../helpers/watch.ts';

const EMBEDS = pagePaths().filter((p) => /^\/(reports\/[^/]+\/)?embed\/[^/]+\/$/.test(p));
let host: EmbedHost;

test.beforeAll(async ({ baseURL }) => {
  host = await startEmbedHost(baseURL!);
});
test.afterAll(async () => host.close());

test('every figure has an embed page', () => {
  expect(EMBEDS.length).toBeGreaterThan(0);
});

for (const path of EMBEDS) {
  test(`${path} in another site's iframe: drawn, interactive, its height sent and the frame resized; nothing from elsewhere`, async ({
    page,
    baseURL,
  }) => {
    const site = new URL(baseURL!).origin;
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    page.on('request', (r) => {
      // Everything the framed page asks for (the host's own page aside).
      if (r.frame() !== page.mainFrame()) requests.push(r.url());
    });
    await page.addInitScript(logCspViolations);
    await page.goto(host.url(path));
    const frame = page.frameLocator('iframe');

    // Drawn at once, at the width of its frame; the reading script gave it its 交互查看 button.
    await expect(frame.locator('main h1')).toBeVisible();
    await expect(frame.locator('figure-chart .chart svg').first()).toBeVisible();
    await expect(frame.getByRole('button', { name: '交互查看' })).toBeVisible();

    // The host is told the page's height, from the site's origin, and its iframe takes it.
    await expect.poll(() => page.evaluate(() => (window as any).heights.length)).toBeGreaterThan(0);
    const fits = async () =>
      page.evaluate(() => {
        const last = (window as any).heights.at(-1);
        const iframe = document.querySelector('iframe')!;
        return { sent: last.height, frame: iframe.getBoundingClientRect().height, origin: last.origin };
      });
    const first = await fits();
    expect(first.origin).toBe(site);
    expect(first.frame).toBe(first.sent);
    // The page inside is exactly as tall: the frame shows it whole, without a scroll bar of its own.
    const inner = await frame.locator('html').evaluate((html) => ({
      height: Math.ceil(html.getBoundingClientRect().height),
      scrolls: html.scrollHeight > innerHeight + 1,
    }));
    expect(inner).toEqual({ height: first.sent, scrolls: false });

    // Opening the data table makes the page taller: a new message, and the frame follows.
    await frame.locator('details.figure__data > summary').click();
    await expect.poll(async () => (await fits()).sent).toBeGreaterThan(first.sent);
    const opened = await fits();
    expect(opened.frame).toBe(opened.sent);

    // Links leave the frame: the way back to the figure in its report opens in the top window.
    const back = frame.getByRole('link', { name: /在报告中查看图/ });
    await expect(back).toHaveAttribute('target', '_top');

    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== site)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('a figure’s embed code: from the figure to its share page, which stays, and copied with one click', async ({
  page,
  context,
}) => {
  const link = page.locator('figure .figure__downloads a[href$="#embed"]', { hasText: '嵌入' }).first();
  await page.goto('/');
  // Offered only with a public address (an iframe needs the embed page's absolute address).
  test.skip((await link.count()) === 0, 'built without a public address: no embed code');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const href = (await link.getAttribute('href'))!;
  await page.goto(href);
  // The share page, which sends other readers on to the figure, keeps those who came for the code.
  await expect(page.getByRole('heading', { name: '嵌入代码' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(href);
  const code = page.getByRole('textbox', { name: '嵌入代码' });
  await expect(code).toHaveAttribute('readonly', '');
  const snippet = await code.inputValue();
  expect(snippet).toMatch(
    /^<iframe src="https?:\/\/[^"]+\/embed\/[^"]+\/" title="[^"]+" width="\d+" height="\d+"/,
  );
  await page.getByRole('button', { name: '复制嵌入代码' }).click();
  await expect(page.locator('#embed [role="status"]')).toHaveText('已复制嵌入代码');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  expect(problems).toEqual([]);
});
