/**
 * What a page must never do, collected while a test runs it: log an error to the console, throw, violate
 * the Content-Security-Policy, get an HTTP error for one of its own requests, or ask another origin for
 * anything. For the Playwright specs (tests/e2e/); the Firefox pass logs CSP violations with the same
 * in-page listener (`logCspViolations`).
 */
import type { Page } from '@playwright/test';

/**
 * Runs in the page before its own scripts: Chromium and Firefox report CSP violations only to their own
 * consoles, so each one is logged as a console error, where the tests listen.
 */
export function logCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
  );
}

/**
 * Starts watching a page (call before `goto`); the list fills as problems happen and is empty for a clean
 * page: `expect(problems).toEqual([])` at the end of the test.
 */
export async function watchPage(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    // data: and blob: stay on the page; the site is served from 127.0.0.1 (the base URL's host).
    if (/^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1')
      problems.push(`third-party request: ${r.url()}`);
  });
  await page.addInitScript(logCspViolations);
  return problems;
}
