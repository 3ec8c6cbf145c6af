/**
 * The site as the repo's nginx config serves it (E2E_SERVER=nginx, deploy/nginx/): every response carries
 * the headers public/_headers declares for its path — the CSP, the security headers, Cache-Control —
 * as real HTTP headers, and text files come precompressed from the build's .br/.gz siblings.
 * Then every page runs its scripts under that header (the CSP as HTTP header and <meta> both apply): no
 * console error, CSP violation or request elsewhere, the interactive chart, the search (whose
 * WebAssembly only the header allows, in Pagefind's worker) and a share page's forwarding included.
 * Runs only with E2E_SERVER=nginx (npm run test:e2e:nginx; tests/playwright.config.ts ignores it
 * otherwise): `astro preview` applies neither. Everything else runs in the normal Chromium pass.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/integrations/delivery/headers.ts';
import { isCompressible } from '../../src/integrations/delivery/compressible.ts';
import { printSheetOf } from '../../src/integrations/pdf/print-fonts.ts';
import { SEARCH_BUNDLE } from '../../src/lib/search.ts';
import { cspEmbedHeader, cspHeader } from '../../src/lib/security.ts';
import { loadSite } from '../helpers/content.ts';
import { dist, pagePaths } from '../helpers/dist.ts';
import { startEmbedHost } from '../helpers/embed-host.ts';
import { openLiveChart } from '../helpers/live-chart.ts';
import { resultProblems, SEARCH_QUERIES, shownResults } from '../helpers/search.ts';
import { watchPage } from '../helpers/watch.ts';

const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
/** What hosts send without a Cache-Control rule (deploy/nginx says it explicitly). */
const DEFAULT_CACHE = 'public, max-age=0, must-revalidate';
/** The embed pages, made to be framed by other sites (every report's). */
const EMBEDS = pagePaths().filter((p) => /^\/(reports\/[^/]+\/)?embed\/[^/]+\/$/.test(p));
const isEmbed = (path: string) => EMBEDS.includes(path);
/** The CSP a page is sent: any site may frame an embed, no site any other page. */
const cspOf = (path: string) => (isEmbed(path) ? cspEmbedHeader() : cspHeader());

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  // The search index: gzip already, unpacked by Pagefind's script, sent as they are.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Site paths to fetch, and the dist/ file each one is. */
function sitePaths(): Array<{ path: string; file: string }> {
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  // The print fonts, as the page's inline print stylesheet names them.
  const printCss = printSheetOf(index)!;
  const fonts = [...printCss.matchAll(/url\((\/fonts\/[^)]+)\)/g)].map((m) => m[1]!);
  const scripts = [...index.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const paths = [
    '/',
    '/experts/cao-lei/',
    '/s/fig-stake/',
    ...EMBEDS.slice(0, 1),
    '/404.html',
    ...fonts,
    ...scripts,
    '/og/report.png',
    '/data/fig-stake.csv',
    '/data/fig-stake.json',
    '/wechat-jd-report.pdf',
    '/favicon.svg',
    '/robots.txt',
    // The search: Pagefind's script, its worker, its entry file and one file of each kind of its index.
    ...['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].map((f) => `${SEARCH_BUNDLE}${f}`),
    ...[/\.pf_meta$/, /\.pf_index$/, /\.pf_fragment$/, /\.pagefind$/].map((kind) => {
      const file = readdirSync(join(dist, SEARCH_BUNDLE), { recursive: true, encoding: 'utf8' }).find((f) =>
        kind.test(f),
      );
      return `${SEARCH_BUNDLE}${file}`;
    }),
    // The sitemap exists only once content/site.yaml has a public `url`.
    ...(existsSync(join(dist, 'sitemap-index.xml')) ? ['/sitemap-index.xml', '/sitemap-0.xml'] : []),
    // So does the feed (its Content-Type is _headers' own; tests/build/feed.test.ts checks it on nginx).
    ...(existsSync(join(dist, 'rss.xml')) ? ['/rss.xml'] : []),
  ];
  return paths.map((path) => ({ path, file: join(dist, path.endsWith('/') ? `${path}index.html` : path) }));
}

test.describe('served by nginx with the headers of _headers', () => {
  for (const { path, file } of sitePaths()) {
    test(`${path}: headers, caching and precompressed body`, async ({ request }) => {
      expect(existsSync(file), file).toBe(true);
      const expected = headersFor(rules, path);
      const body = readFileSync(file);
      const compressible = isCompressible(file);

      for (const [accept, encoding] of [
        ['br, gzip', existsSync(`${file}.br`) ? 'br' : existsSync(`${file}.gz`) ? 'gzip' : undefined],
        ['gzip', existsSync(`${file}.gz`) ? 'gzip' : undefined],
        ['identity', undefined],
      ] as const) {
        const res = await request.get(path, { headers: { 'Accept-Encoding': accept } });
        expect(res.status(), `${path} (${accept})`).toBe(200);
        const h = res.headers();
        for (const [name, value] of expected) expect(h[name], `${path}: ${name}`).toBe(value);
        expect(h['content-security-policy']).toBe(cspOf(path));
        expect(h['x-frame-options']).toBe(isEmbed(path) ? undefined : 'DENY');
        expect(h['cache-control']).toBe(expected.get('cache-control') ?? DEFAULT_CACHE);
        expect(h['content-type']).toBe(expected.get('content-type') ?? TYPES[extname(file)]);
        expect(h['content-encoding'], `${path} (${accept})`).toBe(encoding);
        if (encoding) {
          // Sent as the build wrote it: the sibling's exact length, not compressed per request.
          const sibling = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
          expect(Number(h['content-length'])).toBe(statSync(sibling).size);
        }
        if (existsSync(`${file}.gz`)) expect(h['vary']).toMatch(/Accept-Encoding/i);
        expect((await res.body()).equals(body), `${path}: body equals dist/ (${accept})`).toBe(true);
      }
      if (compressible && body.length > 1024) {
        expect(existsSync(`${file}.br`) && existsSync(`${file}.gz`), `${path}: .br and .gz`).toBe(true);
      }
    });
  }

  test('a missing page is the 404 page, with the same headers', async ({ request }) => {
    const res = await request.get('/no-such-page/');
    expect(res.status()).toBe(404);
    expect(await res.text()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
    const h = res.headers();
    for (const [name, value] of headersFor(rules, '/no-such-page/')) expect(h[name], name).toBe(value);
    expect(h['cache-control']).toBe(DEFAULT_CACHE);
  });

  test('the host configuration itself is not served', async ({ request }) => {
    expect((await request.get('/_headers')).status()).toBe(404);
  });

  test('a folder without its slash redirects to it, on the same host and port', async ({ request }) => {
    const res = await request.get('/experts/cao-lei', { maxRedirects: 0 });
    expect(res.status()).toBe(301);
    expect(res.headers()['location']).toBe('/experts/cao-lei/');
  });
});

test.describe('pages under the real headers', () => {
  for (const path of pagePaths()) {
    test(`${path}: runs its scripts under the CSP header without an error, a violation or a request elsewhere`, async ({
      page,
    }) => {
      const problems = await watchPage(page);
      const response = await page.goto(path);
      expect(response?.headers()['content-security-policy']).toBe(cspOf(path));
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });
  }

  test('the interactive chart loads under the CSP header, without errors', async ({ page }) => {
    const problems = await watchPage(page);
    await page.goto('/');
    await openLiveChart(page, 'fig-valuation');
    expect(problems).toEqual([]);
  });

  test('search runs under the CSP header: Pagefind’s WebAssembly in its worker, nowhere else', async ({
    page,
  }) => {
    const problems = await watchPage(page);
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: '搜索全部报告' });
    const worker = page.waitForEvent('worker');
    await box.click();
    await box.fill(SEARCH_QUERIES.amount);
    expect((await worker).url()).toMatch(new RegExp(`${SEARCH_BUNDLE}pagefind-worker\\.js$`));
    // Its first search loads Pagefind: on a busy 2-core machine that can take seconds.
    await expect
      .poll(
        async () => resultProblems(loadSite(), SEARCH_QUERIES.amount, await page.evaluate(shownResults)),
        {
          timeout: 20_000,
        },
      )
      .toEqual([]);
    // The page's own policy has no 'wasm-unsafe-eval': had the search fallen back to the page, it would
    // have been stopped there (a violation, an error).
    expect(problems).toEqual([]);
  });

  test('a share page sends readers on to its part, which a deep link lands on', async ({ page, baseURL }) => {
    const problems = await watchPage(page);
    await page.goto('/s/fig-stake/');
    await expect(page).toHaveURL(`${baseURL}/#fig-stake`);
    await expect(page.locator('#fig-stake')).toBeInViewport();
    expect(problems).toEqual([]);
  });

  test('other sites may frame a figure’s embed page, and no other page', async ({ page, baseURL }) => {
    expect(EMBEDS.length).toBeGreaterThan(0);
    const host = await startEmbedHost(baseURL!);
    try {
      const problems = await watchPage(page);
      const refused: string[] = [];
      page.on('console', (m) => /frame-ancestors|X-Frame-Options/.test(m.text()) && refused.push(m.text()));
      // The embed: drawn in the frame of another origin, its scripts running under its CSP header.
      await page.goto(host.url(EMBEDS[0]!));
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('figure-chart .chart svg').first()).toBeVisible();
      await expect(frame.getByRole('button', { name: '交互查看' })).toBeVisible();
      await expect.poll(() => page.evaluate(() => (window as any).heights.length)).toBeGreaterThan(0);
      expect(refused).toEqual([]);
      // The host's own page comes from localhost: besides it, nothing from elsewhere, no error.
      await page.waitForLoadState('networkidle');
      expect(
        problems.filter((p) => !/^third-party request: http:\/\/localhost:\d+\/\?path=/.test(p)),
      ).toEqual([]);
      // Every other kind of page refuses (frame-ancestors 'none', X-Frame-Options: DENY): nothing drawn.
      for (const path of ['/', '/s/fig-stake/', '/experts/cao-lei/']) {
        await page.goto(host.url(path));
        await expect.poll(() => refused.length, path).toBeGreaterThan(0);
        await expect(frame.locator('main')).toHaveCount(0);
        refused.length = 0;
      }
    } finally {
      await host.close();
    }
  });
});
