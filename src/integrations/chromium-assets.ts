/**
 * After the build, Chromium (Debian's, as for the tests) turns built pages into files readers get:
 * - the share-preview PNGs (/og/<id>/ pages → /og/<id>.png, 1200×630; the card pages are then removed);
 * - the printed report, /wechat-jd-report.pdf: `/` printed with print.css (A4, cover, page numbers),
 *   tagged, with an outline from the headings, embedded CJK fonts, and title/author metadata.
 * Without Chromium the build says so and skips them.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PDFDocument } from 'pdf-lib';
import { REPORT_PDF } from '../lib/report-meta.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.ts';
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
          await printReport(page, `${server.url}/`, join(root, REPORT_PDF));
          logger.info(`printed report: ${REPORT_PDF}`);
        } finally {
          await browser.close();
          await server.close();
        }
      },
    },
  };
}

/** Prints the report page to a PDF and sets its document metadata. */
async function printReport(page: import('@playwright/test').Page, url: string, out: string): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 1400 });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const meta = await page.evaluate(async () => {
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    // Load the print font's slices for all of the page's text before printing.
    const text = document.body.innerText;
    await Promise.all([400, 700].map((w) => document.fonts.load(`${w} 16px 'Report Print Sans'`, text)));
    await document.fonts.ready;
    const get = (sel: string) => document.querySelector(sel)?.textContent?.trim() ?? '';
    return {
      title: `${get('.masthead__title')}——${get('.masthead__subtitle')}`,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      credits: [...document.querySelectorAll('.masthead__credits > div')].map((d) => ({
        role: d.querySelector('dt')?.textContent?.trim() ?? '',
        name: d.querySelector('dd')?.textContent?.trim() ?? '',
      })),
    };
  });
  const bytes = await page.pdf({
    format: 'A4',
    preferCSSPageSize: true,
    printBackground: true,
    outline: true,
    tagged: true,
  });
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const author = meta.credits.find((c) => c.role === '撰写')?.name;
  const publisher = meta.credits.find((c) => c.role === '出品')?.name ?? '';
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(author ? `${author}（${publisher}）` : publisher);
  pdf.setSubject(meta.description);
  pdf.setKeywords(['微信', '京东', '腾讯', '电商', publisher]);
  pdf.setLanguage('zh-CN');
  pdf.setCreator(`${publisher}（网页版）`);
  pdf.setProducer('Chromium, pdf-lib');
  writeFileSync(out, await pdf.save({ useObjectStreams: false }));
}
