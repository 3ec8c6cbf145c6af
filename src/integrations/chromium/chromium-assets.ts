/**
 * After the build, Chromium (Debian's, as for the tests) turns built pages into files readers get:
 * - the share-preview PNGs (every `…/og/<part>/` card page → `…/og/<part>.png`, 1200×630; the card pages
 *   are then removed);
 * - each report's printed report: every page that links its PDF (`<link rel="alternate"
 *   type="application/pdf">`) printed with print.css to that file (A4, cover, printed contents with page
 *   numbers), tagged, with an outline from the headings, embedded CJK fonts and PDF/UA metadata
 *   (src/integrations/pdf/);
 * - each report page's reserved heights for the blocks laid out late (./lazy-heights.ts).
 * Without Chromium the build says so and skips them. Beside it in this folder: the Chromium it launches
 * (chromium.ts, as the tests and the bench launch it), the server it reads dist/ through
 * (static-server.ts) and the heights it reserves (lazy-heights.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getSite } from '../../model/site.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { measureHeadingLines, wordsSplit } from '../../lib/text/line-measure.ts';
import { MEASURE_WIDTH, reserveHeights } from './lazy-heights.ts';
import { printReport } from '../pdf/print-report.ts';
import { serveStatic } from './static-server.ts';

export default function chromiumAssets(): AstroIntegration {
  /** The site's public address (astro.config.mjs `site`), for the PDF's links to the site's pages. */
  let siteUrl: string | null = null;
  return {
    name: 'chromium-assets',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = config.site ?? null;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
          f.endsWith('index.html'),
        );
        // Preview cards: `<…>/og/<part>/index.html`.
        const cards = pages
          .map((f) => f.replaceAll('\\', '/'))
          .filter((f) => /(^|\/)og\/[^/]+\/index\.html$/.test(f))
          .map((f) => dirname(f));
        // Report pages: those that link their PDF.
        const reports = pages.flatMap((f) => {
          const m = /<link rel="alternate" type="application\/pdf" href="([^"]+)"/.exec(
            readFileSync(join(root, f), 'utf8'),
          );
          return m
            ? [{ file: f, page: `/${f.replaceAll('\\', '/').replace(/index\.html$/, '')}`, pdf: m[1]! }]
            : [];
        });
        // The cards are never published: without Chromium they go unphotographed.
        const dropCards = () => cards.forEach((card) => rmSync(join(root, card), { recursive: true }));
        if (process.env.REPORT_SKIP_CHROMIUM) {
          logger.info('REPORT_SKIP_CHROMIUM is set: skipping the share images and the PDF');
          return dropCards();
        }
        if (!existsSync(CHROMIUM_PATH)) {
          logger.warn(
            `Chromium not found at ${CHROMIUM_PATH}: skipping the share images and the PDF (run "npm run setup" to install it, or set CHROMIUM_PATH)`,
          );
          return dropCards();
        }
        const { chromium } = await import('playwright-core');
        const server = await serveStatic(root);
        const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
        try {
          const page = await browser.newPage({
            viewport: { width: 1200, height: 630 },
            colorScheme: 'light',
          });
          // Every line of a card (kicker, title, description, brand) breaks only between words, as
          // headings do: checked here, on the card at its size, before it is photographed.
          const split: string[] = [];
          for (const card of cards) {
            await page.goto(`${server.url}/${card}/`, { waitUntil: 'load' });
            await page.evaluate(() => document.fonts.ready);
            const lines = await page.evaluate(measureHeadingLines, '.card__text > *');
            for (const l of lines) split.push(...wordsSplit(l).map((w) => `${card}: ${l.heading}: ${w}`));
            await page.screenshot({ path: join(root, `${card}.png`), type: 'png' });
            rmSync(join(root, card), { recursive: true });
          }
          if (split.length) throw new Error(`share cards break lines inside words:\n${split.join('\n')}`);
          logger.info(`share images: ${cards.length} PNG(s)`);
          for (const report of reports) {
            const n = await reserveHeights(browser, `${server.url}${report.page}`, join(root, report.file));
            logger.info(`reserved heights: ${n} block(s) of ${report.page} measured at ${MEASURE_WIDTH} px`);
          }
          for (const report of reports) {
            const pdf = await printReport(page, `${server.url}${report.page}`, join(root, report.pdf), {
              creator: getSite().name,
              siteUrl,
            });
            const t = Object.fromEntries(
              Object.entries(pdf.timings).map(([k, ms]) => [k, `${(ms / 1000).toFixed(1)} s`]),
            );
            logger.info(
              `printed report: ${report.pdf}, ${pdf.pages} pages, ${(pdf.bytes / 1024).toFixed(0)} KB in ${t.total} ` +
                `(page ${t.load}; ${pdf.prints} prints, ${pdf.floated} block(s) of text moved before figures; ` +
                `for the contents' page numbers: ${t.print1} + ${t.print2}, ` +
                `read back ${t.read1} + ${t.read2}; PDF/UA post-processing ${t.finish})`,
            );
          }
        } finally {
          await browser.close();
          await server.close();
        }
      },
    },
  };
}
