/**
 * After the build, Chromium (Debian's, as for the tests) turns built pages into files readers get:
 * - the share-preview PNGs (/og/<id>/ pages → /og/<id>.png, 1200×630; the card pages are then removed);
 * - the printed report, /wechat-jd-report.pdf: `/` printed with print.css (A4, cover, printed contents
 *   with page numbers, page numbers), tagged, with an outline from the headings, embedded CJK fonts and
 *   PDF/UA metadata (src/integrations/pdf/).
 * Without Chromium the build says so and skips them.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSite } from '../data/site.ts';
import { REPORT_PDF } from '../lib/report-meta.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { printReport } from './pdf/print-report.ts';
import { serveStatic } from './static-server.ts';

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
          logger.info('REPORT_SKIP_CHROMIUM is set: skipping the share images and the PDF');
          return;
        }
        if (!existsSync(CHROMIUM_PATH)) {
          logger.warn(
            `Chromium not found at ${CHROMIUM_PATH}: skipping the share images and the PDF (run "npm run setup" to install it, or set CHROMIUM_PATH)`,
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
          const pdf = await printReport(page, `${server.url}/`, join(root, REPORT_PDF), {
            creator: getSite().name,
          });
          const t = Object.fromEntries(
            Object.entries(pdf.timings).map(([k, ms]) => [k, `${(ms / 1000).toFixed(1)} s`]),
          );
          logger.info(
            `printed report: ${REPORT_PDF}, ${pdf.pages} pages, ${(pdf.bytes / 1024).toFixed(0)} KB in ${t.total} ` +
              `(page ${t.load}; two prints for the contents' page numbers: ${t.print1} + ${t.print2}, ` +
              `read back ${t.read1} + ${t.read2}; PDF/UA post-processing ${t.finish})`,
          );
        } finally {
          await browser.close();
          await server.close();
        }
      },
    },
  };
}
