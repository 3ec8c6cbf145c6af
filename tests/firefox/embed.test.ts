/**
 * A figure's embed page in Firefox, in another site's iframe (tests/helpers/embed-host.ts): the chart
 * drawn and its script run, the host told the page's height and its iframe resized to it, nothing asked
 * of any origin but the site's, no console error.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../src/integrations/chromium/static-server.ts';
import { pagePaths, dist } from '../helpers/dist.ts';
import { startEmbedHost, type EmbedHost } from '../helpers/embed-host.ts';
import { logCspViolations } from '../helpers/watch.ts';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EMBED = pagePaths().find((p) => /^\/(reports\/[^/]+\/)?embed\/[^/]+\/$/.test(p));

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let host: EmbedHost;

beforeAll(async () => {
  server = await serveStatic(dist);
  host = await startEmbedHost(server.url);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await server?.close();
});

describe('Firefox: an embed page in another site’s iframe', () => {
  it('is drawn, runs its script, sends its height and is resized to it; nothing from elsewhere', async () => {
    expect(EMBED).toBeDefined();
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.evaluateOnNewDocument(logCspViolations);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.frame() !== page.mainFrame()) requests.push(r.url());
    });
    await page.goto(host.url(EMBED!), { waitUntil: 'load' });
    await page.waitForFunction(() => (window as any).heights?.length > 0, { timeout: 20_000 });
    const frame = page.frames().find((f) => f.url().startsWith(`${server.url}/`))!;
    expect(frame).toBeDefined();
    await frame.waitForSelector('.figure__actions button', { timeout: 20_000 });
    expect(await frame.$$eval('figure-chart .chart svg', (svgs) => svgs.length)).toBeGreaterThan(0);
    const fit = await page.evaluate(() => {
      const last = (window as any).heights.at(-1);
      return { sent: last.height, frame: document.querySelector('iframe')!.getBoundingClientRect().height };
    });
    expect(fit.frame).toBe(fit.sent);
    const inner = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    expect(inner).toBe(fit.sent);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => /^https?:/.test(u) && new URL(u).origin !== server.url)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
