import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/integrations/chromium/chromium.ts';

/** Port of the preview server the end-to-end tests run against (the built site in dist/). */
const port = Number(process.env.E2E_PORT ?? 4322);
/**
 * E2E_SERVER=nginx serves dist/ with the repo's nginx config (deploy/nginx/) instead of `astro preview`:
 * real HTTP headers from public/_headers, precompressed files, redirects, the CSP as a header. That run
 * is tests/e2e/headers.spec.ts alone, what only a real server shows; every other spec runs on the preview.
 */
const nginx = process.env.E2E_SERVER === 'nginx';

export default defineConfig({
  testDir: './e2e',
  ...(nginx ? { testMatch: 'headers.spec.ts' } : { testIgnore: 'headers.spec.ts' }),
  outputDir: '../test-results',
  // A folder for the builds specs share (the site with the fixture's second report, for search).
  globalSetup: './helpers/e2e-setup.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      // Browsers cannot be downloaded here: use Debian's Chromium (apt-get install chromium).
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
    { name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 360, height: 780 } } },
    // The narrowest phones (320 px): the layout checks only.
    {
      name: 'narrow',
      testMatch: 'layout.spec.ts',
      use: { ...devices['Pixel 7'], viewport: { width: 320, height: 640 } },
    },
  ],
  webServer: {
    // The tests run against the built site: `npm run build` first (npm test does).
    command: nginx
      ? `bash deploy/nginx/serve.sh ${port}`
      : `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    cwd: '..',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // serve.sh stops nginx and removes its temporary config on SIGTERM.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
