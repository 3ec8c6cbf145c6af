/**
 * After the build, Chromium (Debian's, as for the tests) turns built pages into files readers get:
 * the share-preview PNGs (/og/<id>/ pages → /og/<id>.png, 1200×630; the card pages are then removed).
 * Without Chromium the build says so and skips them.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serveStatic } from './static-server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default function chromiumAssets(): AstroIntegration {
  return {
    name: 'chromium-assets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const ogRoot = join(root, 'og');
        const cards = existsSync(ogRoot)
          ? readdirSync(ogRoot).filter((d) => existsSync(join(ogRoot, d, 'index.html')))
          : [];
        if (process.env.REPORT_SKIP_CHROMIUM) {
          logger.info('REPORT_SKIP_CHROMIUM is set: skipping share images');
          return;
        }
        if (!existsSync(CHROMIUM_PATH)) {
          logger.warn(
            `Chromium not found at ${CHROMIUM_PATH}: skipping the share images (apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH)`,
          );
          return;
        }
        const { chromium } = await import('@playwright/test');
        const server = await serveStatic(root);
        const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
        try {
          const page = await browser.newPage({
            viewport: { width: 1200, height: 630 },
            colorScheme: 'light',
          });
          for (const id of cards) {
            await page.goto(`${server.url}/og/${id}/`, { waitUntil: 'load' });
            await page.evaluate(() => document.fonts.ready);
            await page.screenshot({ path: join(ogRoot, `${id}.png`), type: 'png' });
            rmSync(join(ogRoot, id), { recursive: true });
          }
          logger.info(`share images: ${cards.length} PNG(s) in /og/`);
        } finally {
          await browser.close();
          await server.close();
        }
      },
    },
  };
}
